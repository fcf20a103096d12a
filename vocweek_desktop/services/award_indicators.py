"""Objective indicators shown beside each college while judging (notice 七's three criteria), computed from the
data, each with the rows behind it:

- offline activities held (线下 or 线上+线下, not cancelled; how many are marked 已举办);
- the days of the week covered by the college's activities;
- participation: people who took part over the college's headcounts — the actual figures of 附件2
  (college_participation) once they exist, the planned ones until then (expected teachers and students of its
  activities over the headcounts of the 学院 tab), marked as such;
- distinct partner enterprises of its activities;
- publicity items by channel.

Read only: issue 10's imports fill the publicity and participation tables.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.activities import OFFLINE_FORMS
from vocweek_desktop.domain.dates import format_iso_day, format_span, weekday_name
from vocweek_desktop.services import ordering
from vocweek_desktop.services.rows import get_row, load_edition
from vocweek_desktop.store.engine import Database
from vocweek_desktop.store.models import (
    Activity,
    ActivityEnterprise,
    College,
    CollegeParticipation,
    Enterprise,
    PublicityItem,
)

KEYS = ("offline", "days", "participation", "enterprises", "publicity")
CANCELLED = "取消"


@dataclass(frozen=True)
class CollegeIndicators:
    """One college's indicators (``participation_kind``: "actual", "planned" or "" when there is no headcount)."""

    college_id: int
    name: str
    offline: int
    offline_held: int
    days: int
    week_days: int
    people: int
    headcount: int | None
    participation: float | None
    participation_kind: str
    enterprises: int
    publicity: tuple[tuple[str, int], ...]  # (channel, items), most first

    @property
    def publicity_total(self) -> int:
        """Publicity items on every channel."""
        return sum(count for _channel, count in self.publicity)

    def text(self, key: str) -> str:
        """What the cell of indicator ``key`` shows."""
        if key == "offline":
            return msg.AWARD_IND_OFFLINE.format(count=self.offline, held=self.offline_held) if self.offline_held \
                else str(self.offline)
        if key == "days":
            return f"{self.days}/{self.week_days}"
        if key == "participation":
            if self.participation is None:
                return msg.AWARD_IND_NO_HEADCOUNT
            label = msg.AWARD_IND_ACTUAL if self.participation_kind == "actual" else msg.AWARD_IND_PLANNED
            return f"{self.participation:.0%}（{label}）"
        if key == "enterprises":
            return str(self.enterprises)
        if key == "publicity":
            if not self.publicity:
                return "0"
            return f"{self.publicity_total}（" + "、".join(f"{c} {n}" for c, n in self.publicity) + "）"
        raise KeyError(key)


@dataclass(frozen=True)
class IndicatorRows:
    """The rows behind one indicator of one college: a title, where the number comes from, a header and rows."""

    title: str
    source: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


def _live(edition_id: int):
    return (Activity.edition_id == edition_id, Activity.deleted_at.is_(None), Activity.status != CANCELLED,
            Activity.college_id.is_not(None))


def _week_days(first: dt.date, last: dt.date, start: dt.date, end: dt.date) -> set[dt.date]:
    low, high = max(first, start), min(last, end)
    return {low + dt.timedelta(days=n) for n in range((high - low).days + 1)} if low <= high else set()


def indicators(db: Database, edition_id: int) -> list[CollegeIndicators]:
    """Every college's indicators, in the colleges' order."""
    with db.transaction() as session:
        edition = load_edition(session, edition_id)
        colleges = ordering.ordered(session, College, edition_id)
        week_days = (edition.week_end - edition.week_start).days + 1
        offline: Counter[int] = Counter()
        held: Counter[int] = Counter()
        days: dict[int, set[dt.date]] = {}
        planned: Counter[int] = Counter()
        for college_id, form, status, first, last, teachers, students in session.execute(
                select(Activity.college_id, Activity.form, Activity.status, Activity.first_date, Activity.last_date,
                       Activity.expected_teachers, Activity.expected_students).where(*_live(edition_id))):
            if form in OFFLINE_FORMS:
                offline[college_id] += 1
                held[college_id] += status == "已举办"
            days.setdefault(college_id, set()).update(_week_days(first, last, edition.week_start, edition.week_end))
            planned[college_id] += (teachers or 0) + (students or 0)
        enterprises: dict[int, set[int]] = {}
        for college_id, enterprise_id in session.execute(
                select(Activity.college_id, ActivityEnterprise.enterprise_id)
                .join(ActivityEnterprise, ActivityEnterprise.activity_id == Activity.id).where(*_live(edition_id))):
            enterprises.setdefault(college_id, set()).add(enterprise_id)
        actual = {row.college_id: row for row in session.scalars(
            select(CollegeParticipation).where(CollegeParticipation.edition_id == edition_id))}
        channels: dict[int, Counter[str]] = {}
        for college_id, channel in session.execute(select(PublicityItem.college_id, PublicityItem.channel)
                                                   .where(PublicityItem.edition_id == edition_id,
                                                          PublicityItem.college_id.is_not(None))):
            channels.setdefault(college_id, Counter())[channel] += 1
        result = []
        for college in colleges:
            people, headcount, kind = _participation(college, actual.get(college.id), planned[college.id])
            ratio = people / headcount if headcount else None
            result.append(CollegeIndicators(
                college.id, college.name, offline[college.id], held[college.id], len(days.get(college.id, ())),
                week_days, people, headcount, ratio, kind if ratio is not None else "",
                len(enterprises.get(college.id, ())), tuple(channels.get(college.id, Counter()).most_common())))
        return result


def _participation(college: College, actual: CollegeParticipation | None, planned: int) -> tuple[int, int | None, str]:
    """(people, headcount, kind): the 附件2 figures when given, else the planned ones."""
    if actual is not None and (actual.teachers_participating is not None or actual.students_participating is not None):
        teachers = actual.teacher_total if actual.teacher_total is not None else college.teacher_count
        students = actual.student_total if actual.student_total is not None else college.student_count
        headcount = (teachers or 0) + (students or 0)
        people = (actual.teachers_participating or 0) + (actual.students_participating or 0)
        return people, headcount or None, "actual"
    headcount = (college.teacher_count or 0) + (college.student_count or 0)
    return planned, headcount or None, "planned"


def indicator_rows(db: Database, edition_id: int, college_id: int, key: str) -> IndicatorRows:
    """The rows behind indicator ``key`` of one college (click on an indicator → these)."""
    if key not in KEYS:
        raise KeyError(key)
    with db.transaction() as session:
        edition = load_edition(session, edition_id)
        college = get_row(session, College, college_id, msg.COLLEGE_NOT_FOUND)
        live = (*_live(edition_id), Activity.college_id == college_id)
        if key in ("offline", "days"):
            activities = session.execute(select(Activity.title, Activity.first_date, Activity.last_date, Activity.form,
                                                Activity.status).where(*live)
                                         .order_by(Activity.first_date, Activity.id)).all()
        if key == "offline":
            rows = [(title, format_span(first, last), form, status) for title, first, last, form, status in activities
                    if form in OFFLINE_FORMS]
            return IndicatorRows(msg.AWARD_IND_TITLES[key].format(college=college.name), msg.AWARD_IND_SOURCES[key],
                                 ("活动名称", "日期", "形式", "状态"), tuple(rows))
        if key == "days":
            rows = []
            for offset in range((edition.week_end - edition.week_start).days + 1):
                day = edition.week_start + dt.timedelta(days=offset)
                titles = [title for title, first, last, *_ in activities if first <= day <= last]
                rows.append((format_iso_day(day), weekday_name(day), "、".join(titles) or msg.AWARD_IND_NONE))
            return IndicatorRows(msg.AWARD_IND_TITLES[key].format(college=college.name), msg.AWARD_IND_SOURCES[key],
                                 ("日期", "星期", "活动"), tuple(rows))
        if key == "participation":
            actual = session.scalar(select(CollegeParticipation).where(CollegeParticipation.edition_id == edition_id,
                                                                       CollegeParticipation.college_id == college_id))
            planned = session.execute(select(Activity.title, Activity.expected_teachers, Activity.expected_students)
                                      .where(*live).order_by(Activity.first_date, Activity.id)).all()
            people, headcount, kind = _participation(college, actual, sum((t or 0) + (s or 0) for _n, t, s in planned))
            if kind == "actual":
                rows = [(msg.AWARD_IND_ACTUAL_ROW, _n(actual.teachers_participating), _n(actual.students_participating),
                         _n(actual.teacher_total if actual.teacher_total is not None else college.teacher_count),
                         _n(actual.student_total if actual.student_total is not None else college.student_count))]
                source = msg.AWARD_IND_SOURCES["participation_actual"]
            else:
                rows = [(title, _n(t), _n(s), "", "") for title, t, s in planned]
                rows.append((msg.AWARD_IND_HEADCOUNT_ROW, "", "", _n(college.teacher_count), _n(college.student_count)))
                source = msg.AWARD_IND_SOURCES["participation_planned"]
            ratio = f"{people / headcount:.1%}" if headcount else msg.AWARD_IND_NO_HEADCOUNT
            rows.append((msg.AWARD_IND_TOTAL_ROW.format(people=people, headcount=headcount or 0, ratio=ratio),
                         "", "", "", ""))
            return IndicatorRows(msg.AWARD_IND_TITLES[key].format(college=college.name), source,
                                 ("来源", "教师", "学生", "教师总数", "学生总数"), tuple(rows))
        if key == "enterprises":
            found: dict[str, list[str]] = {}
            for name, title in session.execute(
                    select(Enterprise.name, Activity.title).join(ActivityEnterprise,
                                                                 ActivityEnterprise.enterprise_id == Enterprise.id)
                    .join(Activity, Activity.id == ActivityEnterprise.activity_id).where(*live)
                    .order_by(Enterprise.name, Activity.first_date)):
                found.setdefault(name, []).append(title)
            return IndicatorRows(msg.AWARD_IND_TITLES[key].format(college=college.name), msg.AWARD_IND_SOURCES[key],
                                 ("合作企业", "参与的活动"), tuple((name, "、".join(titles)) for name, titles in found.items()))
        items = session.execute(select(PublicityItem.channel, PublicityItem.title, PublicityItem.published_on,
                                       PublicityItem.link)
                                .where(PublicityItem.edition_id == edition_id, PublicityItem.college_id == college_id)
                                .order_by(PublicityItem.published_on, PublicityItem.id)).all()
        busiest = Counter(channel for channel, *_rest in items)  # channels in the order the cell lists them
        items = sorted(items, key=lambda item: -busiest[item[0]])
        return IndicatorRows(msg.AWARD_IND_TITLES[key].format(college=college.name), msg.AWARD_IND_SOURCES[key],
                             ("渠道", "标题", "日期", "链接"),
                             tuple((channel, title, format_iso_day(day) if day else "", link or "")
                                   for channel, title, day, link in items))


def _n(value: int | None) -> str:
    return "" if value is None else str(value)
