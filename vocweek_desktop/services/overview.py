"""The 概览 week overview: activities per day, theme day, category and college, and what needs attention (the
week's gaps, the colleges' registrations, and outings not approved in time).

Everything is counted in SQL (a handful of aggregate queries however many activities there are). Only live
rows count (not in the recycle bin) and cancelled activities are not counted; a multi-day activity counts on
every day of the week it runs (clipped to the week).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from sqlalchemy import and_, case, func, or_, select

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain import outings as outing_rules
from vocweek_desktop.domain.activities import CATEGORIES, OFFLINE_FORMS, THEME_DAYS
from vocweek_desktop.domain.dates import (
    days_between,
    format_day,
    format_duration,
    format_moment,
    format_moment_long,
    weekday_name,
)
from vocweek_desktop.services.activities import ActivityFilter
from vocweek_desktop.services.outings import OutingFilter
from vocweek_desktop.services.rows import load_edition
from vocweek_desktop.store.engine import Database
from vocweek_desktop.store.models import Activity, College, OutingRequest, RegistrationSubmission

CANCELLED = "取消"

# Warning kinds, in the order the list shows them.
EMPTY_DAY = "empty_day"
NOT_REGISTERED = "not_registered"
LATE = "late"
NO_OFFLINE = "no_offline"
OUTSIDE_WEEK = "outside_week"
# Outings (外出审批): an off-campus activity without an approved request, a request leaving within 48 hours (or
# already gone) without approval, an approved one back (by its return time) but not marked 已完成.
OUTING_MISSING = "outing_missing"
OUTING_SOON = "outing_soon"
OUTING_OVERDUE = "outing_overdue"
#: How far ahead a request still not approved is warned about.
OUTING_HORIZON = dt.timedelta(hours=48)


@dataclass(frozen=True)
class DayCount:
    """One day of the week: how many activities run on it, and which theme days they keep."""

    day: dt.date
    count: int
    theme_days: tuple[tuple[str, int], ...] = ()  # (theme day, activities on this day), only those > 0

    @property
    def label(self) -> str:
        """5月12日"""
        return f"{self.day.month}月{self.day.day}日"

    @property
    def weekday(self) -> str:
        """周日"""
        return weekday_name(self.day)


@dataclass(frozen=True)
class GroupCount:
    """A theme day or a category: activities in it, and how many of them run on each day of the week."""

    name: str
    count: int
    per_day: tuple[int, ...]


@dataclass(frozen=True)
class CollegeCount:
    """A college's registrations: activities counted, offline ones among them, and whether it sent anything."""

    college_id: int
    name: str
    short_name: str
    count: int
    offline: int
    registered: bool
    first_received: dt.datetime | None


@dataclass(frozen=True)
class OverviewWarning:
    """Something the office should look at, and what a click shows: the tab named ``page`` ("activities", or
    "outings" for the warnings about outings) with ``filter`` (an ActivityFilter, or an OutingFilter)."""

    kind: str
    text: str
    filter: ActivityFilter | OutingFilter
    college_id: int | None = None
    day: dt.date | None = None
    page: str = "activities"


@dataclass(frozen=True)
class OffCampusActivity:
    """A college's off-campus activity with no approved (or completed) outing request related to it."""

    activity_id: int
    college_id: int
    college: str
    title: str
    first_date: dt.date


@dataclass(frozen=True)
class OutingFact:
    """An outing request that is not over, as its time-dependent warnings need it."""

    outing_id: int
    number: str
    college: str
    title: str
    state: str
    departure: dt.datetime
    return_at: dt.datetime | None


@dataclass(frozen=True)
class Overview:
    """The whole 概览 of one edition at the moment ``now``."""

    edition_id: int
    year: int
    title: str
    week_start: dt.date
    week_end: dt.date
    registration_deadline: dt.datetime | None
    now: dt.datetime
    total: int
    outside_week: int
    days: tuple[DayCount, ...]
    theme_days: tuple[GroupCount, ...]
    categories: tuple[GroupCount, ...]
    colleges: tuple[CollegeCount, ...]
    warnings: tuple[OverviewWarning, ...] = field(default=())
    off_campus_unapproved: tuple[OffCampusActivity, ...] = ()
    outings: tuple[OutingFact, ...] = ()

    @property
    def deadline_text(self) -> str:
        """距截止还有 2 天 5 小时 / 已逾期 3 小时, or an empty string when no deadline is set."""
        if self.registration_deadline is None:
            return ""
        return deadline_status(self.registration_deadline, self.now, self.week_end)


def deadline_status(deadline: dt.datetime, now: dt.datetime, week_end: dt.date | None = None) -> str:
    """距截止还有 … before the deadline, 已逾期 … from it on, and 已截止 once the week is over (a past edition's
    deadline is history, not a count of days)."""
    if now < deadline:
        return msg.OVERVIEW_TIME_LEFT.format(duration=format_duration(deadline - now))
    if week_end is not None and now.date() > week_end:
        return msg.OVERVIEW_DEADLINE_PASSED
    return msg.OVERVIEW_OVERDUE.format(duration=format_duration(now - deadline))




def week_overview(db: Database, edition_id: int, *, now: dt.datetime | None = None) -> Overview:
    """Counts and warnings of ``edition_id`` as they stand at ``now`` (default: the current time)."""
    now = now if now is not None else dt.datetime.now()
    with db.transaction() as session:
        edition = load_edition(session, edition_id)
        week = days_between(edition.week_start, edition.week_end)
        counted = and_(Activity.edition_id == edition_id, Activity.deleted_at.is_(None), Activity.status != CANCELLED)
        runs_on = [func.coalesce(func.sum(case((and_(Activity.first_date <= day, Activity.last_date >= day), 1),
                                               else_=0)), 0) for day in week]
        outside = or_(Activity.first_date < edition.week_start, Activity.last_date > edition.week_end)

        # One pass over the edition's activities: (theme day, category) groups with per-day counts.
        groups = session.execute(
            select(Activity.theme_day, Activity.category, func.count(), func.sum(case((outside, 1), else_=0)),
                   *runs_on)
            .where(counted).group_by(Activity.theme_day, Activity.category)
        ).all()

        # An activity a 附件2 added after the week was never registered: it neither registers its college nor
        # dates the college's registration.
        registered = Activity.added_after.is_(False)
        colleges = session.execute(
            select(College.id, College.name, College.short_name,
                   func.coalesce(func.sum(case((registered, 1), else_=0)), 0),
                   func.coalesce(func.sum(case((Activity.status != CANCELLED, 1), else_=0)), 0),
                   func.coalesce(func.sum(case((and_(Activity.status != CANCELLED,
                                                     Activity.form.in_(OFFLINE_FORMS)), 1), else_=0)), 0),
                   func.min(case((registered, Activity.received_at))))
            .outerjoin(Activity, and_(Activity.college_id == College.id, Activity.deleted_at.is_(None)))
            .where(College.edition_id == edition_id)
            .group_by(College.id)
            .order_by(College.display_order, College.id)
        ).all()
        submitted = dict(session.execute(
            select(RegistrationSubmission.college_id, func.min(RegistrationSubmission.received_at))
            .where(RegistrationSubmission.edition_id == edition_id)
            .group_by(RegistrationSubmission.college_id)
        ).all())

        n = len(week)
        day_totals = [0] * n
        theme_totals: dict[str, list[int]] = {name: [0] * (n + 1) for name in THEME_DAYS}
        category_totals: dict[str, list[int]] = {name: [0] * (n + 1) for name in CATEGORIES}
        total = outside_count = 0
        for theme_day, category, count, outside_rows, *per_day in groups:
            total += count
            outside_count += outside_rows or 0
            for bucket, key in ((theme_totals, theme_day), (category_totals, category)):
                if key is None:
                    continue
                row = bucket.setdefault(key, [0] * (n + 1))
                row[0] += count
                for i, value in enumerate(per_day):
                    row[i + 1] += value
            for i, value in enumerate(per_day):
                day_totals[i] += value

        days = tuple(
            DayCount(day, day_totals[i], tuple((name, row[i + 1]) for name, row in theme_totals.items() if row[i + 1]))
            for i, day in enumerate(week))
        college_counts = []
        for college_id, name, short_name, any_rows, count, offline, activity_received in colleges:
            received = [t for t in (activity_received, submitted.get(college_id)) if t is not None]
            college_counts.append(CollegeCount(
                college_id=college_id, name=name, short_name=short_name or "", count=count, offline=offline,
                registered=bool(any_rows) or college_id in submitted, first_received=min(received, default=None)))

        overview = Overview(
            edition_id=edition.id, year=edition.year, title=edition.title, week_start=edition.week_start,
            week_end=edition.week_end, registration_deadline=edition.registration_deadline, now=now,
            total=total, outside_week=outside_count, days=days,
            theme_days=tuple(GroupCount(name, row[0], tuple(row[1:])) for name, row in theme_totals.items()),
            categories=tuple(GroupCount(name, row[0], tuple(row[1:])) for name, row in category_totals.items()),
            colleges=tuple(college_counts), **_outing_facts(session, edition_id),
        )
        return _with_warnings(overview)


def _outing_facts(session, edition_id: int) -> dict[str, tuple]:
    """Off-campus activities without an approved request, and the requests not over (two queries)."""
    approved = (select(OutingRequest.id).where(OutingRequest.activity_id == Activity.id,
                                               OutingRequest.state.in_(outing_rules.APPROVED_STATES)).exists())
    missing = session.execute(
        select(Activity.id, College.id, College.name, Activity.title, Activity.first_date)
        .join(College, College.id == Activity.college_id)
        .where(Activity.edition_id == edition_id, Activity.deleted_at.is_(None), Activity.status != CANCELLED,
               Activity.off_campus.is_(True), ~approved)
        .order_by(Activity.first_date, College.display_order, Activity.title)).all()
    pending = session.execute(
        select(OutingRequest.id, OutingRequest.number, College.name, OutingRequest.title, OutingRequest.state,
               OutingRequest.departure, OutingRequest.return_at)
        .join(College, College.id == OutingRequest.college_id)
        .where(OutingRequest.edition_id == edition_id, OutingRequest.departure.isnot(None),
               OutingRequest.state.notin_(outing_rules.FINAL_STATES))
        .order_by(OutingRequest.departure, OutingRequest.number)).all()
    return {"off_campus_unapproved": tuple(OffCampusActivity(*row) for row in missing),
            "outings": tuple(OutingFact(*row) for row in pending)}


def overview_at(ov: Overview, now: dt.datetime) -> Overview:
    """The same figures with the time-dependent texts (time left, how late) redone for ``now``; no database."""
    return _with_warnings(replace(ov, now=now))


def _with_warnings(ov: Overview) -> Overview:
    warnings: list[OverviewWarning] = []
    for day in ov.days:
        if day.count == 0:
            warnings.append(OverviewWarning(EMPTY_DAY, msg.OVERVIEW_EMPTY_DAY.format(day=format_day(day.day)),
                                            ActivityFilter(day=day.day), day=day.day))
    deadline = ov.registration_deadline
    for college in ov.colleges:
        if college.registered:
            continue
        if deadline is None:
            text = msg.OVERVIEW_NOT_REGISTERED_NO_DEADLINE.format(college=college.name)
        else:
            past = ov.now.date() > ov.week_end
            text = msg.OVERVIEW_NOT_REGISTERED.format(
                college=college.name, deadline=format_moment_long(deadline) if past else format_moment(deadline),
                when=deadline_status(deadline, ov.now, ov.week_end))
        warnings.append(OverviewWarning(NOT_REGISTERED, text, ActivityFilter(organiser=("college", college.college_id)),
                                        college_id=college.college_id))
    if deadline is not None:
        for college in ov.colleges:
            if college.first_received is not None and college.first_received > deadline:
                text = msg.OVERVIEW_LATE.format(
                    college=college.name, duration=format_duration(college.first_received - deadline),
                    received=format_moment_long(college.first_received), deadline=format_moment_long(deadline))
                warnings.append(OverviewWarning(LATE, text, ActivityFilter(organiser=("college", college.college_id)),
                                                college_id=college.college_id))
    for college in ov.colleges:
        if college.registered and college.offline == 0:
            text = (msg.OVERVIEW_NO_OFFLINE.format(college=college.name, count=college.count) if college.count
                    else msg.OVERVIEW_NO_LIVE_ACTIVITY.format(college=college.name))
            warnings.append(OverviewWarning(NO_OFFLINE, text, ActivityFilter(organiser=("college", college.college_id)),
                                            college_id=college.college_id))
    if ov.outside_week:
        text = msg.OVERVIEW_OUTSIDE_WEEK.format(count=ov.outside_week, start=format_day(ov.week_start),
                                                end=format_day(ov.week_end))
        warnings.append(OverviewWarning(OUTSIDE_WEEK, text, ActivityFilter(outside_week_only=True)))
    warnings.extend(_outing_warnings(ov))
    return replace(ov, warnings=tuple(warnings))


def _outing_warnings(ov: Overview) -> list[OverviewWarning]:
    """The warnings about outings as they stand at ``ov.now``; a click shows the college's or the one request."""
    warnings = []
    for item in ov.off_campus_unapproved:
        text = msg.OVERVIEW_OUTING_MISSING.format(college=item.college, title=item.title,
                                                  day=format_day(item.first_date))
        warnings.append(OverviewWarning(OUTING_MISSING, text, OutingFilter(college_id=item.college_id),
                                        college_id=item.college_id, day=item.first_date, page="outings"))
    now = ov.now
    for item in ov.outings:
        pending = item.state not in outing_rules.APPROVED_STATES
        if pending and now <= item.departure <= now + OUTING_HORIZON:
            text = msg.OVERVIEW_OUTING_SOON.format(number=item.number, college=item.college, title=item.title,
                                                   departure=format_moment(item.departure),
                                                   duration=format_duration(item.departure - now), state=item.state)
        elif pending and item.departure < now and (item.return_at is None or now < item.return_at):
            text = msg.OVERVIEW_OUTING_LEFT.format(number=item.number, college=item.college, title=item.title,
                                                   departure=format_moment(item.departure), state=item.state)
        else:
            continue
        warnings.append(OverviewWarning(OUTING_SOON, text, OutingFilter(outing_id=item.outing_id),
                                        day=item.departure.date(), page="outings"))
    for item in ov.outings:
        if item.state == outing_rules.APPROVED and item.return_at is not None and item.return_at < now:
            # Once the week is over the outing is history: say it was not closed, without counting the days since.
            template = msg.OVERVIEW_OUTING_OVERDUE if now.date() <= ov.week_end else msg.OVERVIEW_OUTING_NOT_CLOSED
            text = template.format(number=item.number, college=item.college, title=item.title,
                                   returned=format_moment(item.return_at), duration=format_duration(now - item.return_at))
            warnings.append(OverviewWarning(OUTING_OVERDUE, text, OutingFilter(outing_id=item.outing_id),
                                            day=item.return_at.date(), page="outings"))
    return warnings
