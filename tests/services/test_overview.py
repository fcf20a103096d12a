"""The 概览 overview on crafted data: per-day counts (multi-day, clipped), theme days, categories, warnings."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, update

from vocweek_desktop.domain.dates import days_between, format_duration
from vocweek_desktop.services import activities, activity_bin, colleges
from vocweek_desktop.services.activities import ActivityFilter
from vocweek_desktop.services.overview import (
    EMPTY_DAY,
    LATE,
    NO_OFFLINE,
    NOT_REGISTERED,
    OUTSIDE_WEEK,
    overview_at,
    week_overview,
)
from vocweek_desktop.store.models import Activity, Edition, RegistrationSubmission

D = dt.date
BEFORE = dt.datetime(2024, 5, 8, 12, 30)  # deadline is 2024-05-10 18:00
AFTER = dt.datetime(2024, 5, 10, 21, 0)


def _add(db, edition_id, *, college_id=None, department_id=None, title, first, last=None, form="线下",
         category="其他", theme_day=None, status="计划", received_at=None):
    record = activities.add_activity(db, edition_id, {
        "college_id": college_id, "department_id": department_id, "title": title, "first_date": first,
        "last_date": last or first, "form": form, "category": category, "theme_day": theme_day, "status": status,
    }, source_kind="import" if received_at else "manual")
    if received_at is not None:
        with db.transaction() as session:
            session.execute(update(Activity).where(Activity.id == record.id).values(received_at=received_at))
    return record.id


def _submission(db, edition_id, college_id, received_at):
    with db.transaction() as session:
        session.add(RegistrationSubmission(edition_id=edition_id, college_id=college_id, file_name="附件1.xlsx",
                                           received_at=received_at))


@pytest.fixture
def week(db, edition):
    """Five colleges and a department with crafted registrations; returns their ids."""
    ids = {name: colleges.add_college(db, edition.id, {"name": name}).id
           for name in ("甲学院", "乙学院", "丙学院", "丁学院", "戊学院")}
    dept = next(o.id for o in activities.organisers(db, edition.id) if o.name == "学生处、团委")
    e = edition.id
    # 甲: an exhibition from before the week into it (counts 12–14 only), and a one-day online activity.
    _add(db, e, college_id=ids["甲学院"], title="数字化成果展", first=D(2024, 5, 10), last=D(2024, 5, 14),
         category="数字化展览", theme_day="学院日")
    _add(db, e, college_id=ids["甲学院"], title="云上开放日", first=D(2024, 5, 13), form="线上",
         category="特色主题活动", theme_day="学生日")
    # 乙: only online activities, one of them over two days.
    _add(db, e, college_id=ids["乙学院"], title="线上讲座", first=D(2024, 5, 15), form="线上",
         category="社会服务", theme_day="教师日")
    _add(db, e, college_id=ids["乙学院"], title="云展厅", first=D(2024, 5, 16), last=D(2024, 5, 17), form="线上",
         category="数字化展览")
    # 丙: a cancelled activity and a deleted one, both on 18 May: neither counts, so 18 May is empty.
    _add(db, e, college_id=ids["丙学院"], title="取消的义诊", first=D(2024, 5, 18), status="取消")
    deleted = _add(db, e, college_id=ids["丙学院"], title="删除的讲座", first=D(2024, 5, 18))
    activity_bin.delete_activities(db, [deleted])
    # 丁: nothing at all.
    # 戊: sent its form late (the earliest time counts), one activity in the week and one after it.
    _submission(db, e, ids["戊学院"], dt.datetime(2024, 5, 11, 20, 30))
    _add(db, e, college_id=ids["戊学院"], title="企业专场招聘会", first=D(2024, 5, 12), form="线上+线下",
         category="校园招聘会", received_at=dt.datetime(2024, 5, 11, 21, 0))
    _add(db, e, college_id=ids["戊学院"], title="周后回访", first=D(2024, 5, 20), category="其他",
         received_at=dt.datetime(2024, 5, 11, 21, 0))
    # A department's activity counts on its day too.
    _add(db, e, department_id=dept, title="校企签约仪式", first=D(2024, 5, 17), category="校企集中签约",
         theme_day="企业日")
    return ids


def _by_kind(overview, kind):
    return [w for w in overview.warnings if w.kind == kind]


def test_days_count_multi_day_activities_on_each_day_clipped_to_the_week(db, edition, week):
    ov = week_overview(db, edition.id, now=BEFORE)
    assert [(d.day, d.count) for d in ov.days] == [
        (D(2024, 5, 12), 2), (D(2024, 5, 13), 2), (D(2024, 5, 14), 1), (D(2024, 5, 15), 1),
        (D(2024, 5, 16), 1), (D(2024, 5, 17), 2), (D(2024, 5, 18), 0)]
    assert [(d.label, d.weekday) for d in ov.days][:2] == [("5月12日", "周日"), ("5月13日", "周一")]
    assert ov.days[1].theme_days == (("学院日", 1), ("学生日", 1))
    assert ov.days[6].theme_days == ()
    # Cancelled and deleted rows are not counted; the one after the week is counted but on no day.
    assert ov.total == 7
    assert ov.outside_week == 2


def test_theme_day_and_category_counts(db, edition, week):
    ov = week_overview(db, edition.id, now=BEFORE)
    themes = {g.name: (g.count, g.per_day) for g in ov.theme_days}
    assert themes == {
        "学院日": (1, (1, 1, 1, 0, 0, 0, 0)),
        "学生日": (1, (0, 1, 0, 0, 0, 0, 0)),
        "教师日": (1, (0, 0, 0, 1, 0, 0, 0)),
        "企业日": (1, (0, 0, 0, 0, 0, 1, 0)),
    }
    categories = {g.name: (g.count, g.per_day) for g in ov.categories}
    assert categories["数字化展览"] == (2, (1, 1, 1, 0, 1, 1, 0))
    assert categories["校园招聘会"] == (1, (1, 0, 0, 0, 0, 0, 0))
    assert categories["其他"] == (1, (0, 0, 0, 0, 0, 0, 0))  # the activity after the week
    assert categories["线下宣传展示"] == (0, (0,) * 7)
    assert sum(g.count for g in ov.categories) == ov.total


def test_college_counts_for_the_chart(db, edition, week):
    ov = week_overview(db, edition.id, now=BEFORE)
    assert [(c.name, c.count, c.offline, c.registered) for c in ov.colleges] == [
        ("甲学院", 2, 1, True), ("乙学院", 2, 0, True), ("丙学院", 0, 0, True), ("丁学院", 0, 0, False),
        ("戊学院", 2, 2, True)]


def test_a_day_with_nothing_is_warned_and_routes_to_that_day(db, edition, week):
    [warning] = _by_kind(week_overview(db, edition.id, now=BEFORE), EMPTY_DAY)
    assert warning.text == "5月18日（周六）没有安排任何活动（通知要求“天天有活动”）"
    assert warning.filter == ActivityFilter(day=D(2024, 5, 18))
    assert warning.day == D(2024, 5, 18)


def test_college_without_offline_activity(db, edition, week):
    warnings = _by_kind(week_overview(db, edition.id, now=BEFORE), NO_OFFLINE)
    assert [w.text for w in warnings] == [
        "乙学院没有线下活动（2 项活动均为线上）",
        "丙学院没有有效活动（报名的活动均已取消），也就没有线下活动",
    ]
    assert warnings[0].filter == ActivityFilter(organiser=("college", week["乙学院"]))
    assert warnings[0].college_id == week["乙学院"]


def test_college_not_registered_before_the_deadline_shows_the_time_left(db, edition, week):
    [warning] = _by_kind(week_overview(db, edition.id, now=BEFORE), NOT_REGISTERED)
    assert warning.text == "丁学院尚未报名任何活动（截止 5月10日 18:00，距截止还有 2 天 5 小时）"
    assert warning.filter == ActivityFilter(organiser=("college", week["丁学院"]))


def test_college_not_registered_after_the_deadline_shows_how_late(db, edition, week):
    ov = week_overview(db, edition.id, now=AFTER)
    [warning] = _by_kind(ov, NOT_REGISTERED)
    assert warning.text == "丁学院尚未报名任何活动（截止 5月10日 18:00，已逾期 3 小时）"
    assert ov.deadline_text == "已逾期 3 小时"
    assert week_overview(db, edition.id, now=BEFORE).deadline_text == "距截止还有 2 天 5 小时"


def test_late_submission_uses_the_earliest_received_time(db, edition, week):
    [warning] = _by_kind(week_overview(db, edition.id, now=AFTER), LATE)
    assert warning.text == "戊学院的报名表逾期 1 天 2 小时提交（收到于 2024年5月11日 20:30，截止 2024年5月10日 18:00）"
    assert warning.filter == ActivityFilter(organiser=("college", week["戊学院"]))


def test_a_past_editions_deadline_has_passed_instead_of_counting_days(db, edition, week):
    """Seen in 2026, the 2024 edition's header and warnings say the deadline has passed, not "已逾期 933 天";
    during the week the delay is still counted."""
    later = dt.datetime(2026, 11, 30, 9, 0)
    ov = week_overview(db, edition.id, now=later)
    assert ov.deadline_text == "已截止"
    assert [w.text for w in _by_kind(ov, NOT_REGISTERED)] == ["丁学院尚未报名任何活动（截止 2024年5月10日 18:00，已截止）"]
    assert not any("933" in w.text or "天" in w.text.split("（")[-1] for w in _by_kind(ov, NOT_REGISTERED))
    during = week_overview(db, edition.id, now=dt.datetime(2024, 5, 18, 20, 0))
    assert during.deadline_text == "已逾期 8 天 2 小时"


def test_late_received_time_of_imported_activities_alone_counts(db, edition):
    college = colleges.add_college(db, edition.id, {"name": "己学院"}).id
    _add(db, edition.id, college_id=college, title="展示", first=D(2024, 5, 13),
         received_at=dt.datetime(2024, 5, 10, 18, 45))
    [warning] = _by_kind(week_overview(db, edition.id, now=AFTER), LATE)
    assert warning.text == "己学院的报名表逾期 45 分钟提交（收到于 2024年5月10日 18:45，截止 2024年5月10日 18:00）"


def test_on_time_submission_is_not_late_and_counts_as_registered(db, edition):
    college = colleges.add_college(db, edition.id, {"name": "庚学院"}).id
    _submission(db, edition.id, college, dt.datetime(2024, 5, 10, 17, 59))
    ov = week_overview(db, edition.id, now=AFTER)
    assert _by_kind(ov, LATE) == [] and _by_kind(ov, NOT_REGISTERED) == []
    # It sent a form with no rows: it has nothing offline either.
    assert [w.college_id for w in _by_kind(ov, NO_OFFLINE)] == [college]


def test_activities_outside_the_week(db, edition, week):
    [warning] = _by_kind(week_overview(db, edition.id, now=BEFORE), OUTSIDE_WEEK)
    assert warning.text == "2 项活动的日期不在活动周（5月12日（周日）至5月18日（周六））之内"
    assert warning.filter == ActivityFilter(outside_week_only=True)
    # The filter the warning carries finds exactly those rows in the registrations tab.
    rows = activities.fetch_activities(db, edition.id, warning.filter)
    assert sorted(r.values[1] for r in rows) == ["周后回访", "数字化成果展"]


def test_warning_order_and_filters_find_the_rows(db, edition, week):
    ov = week_overview(db, edition.id, now=AFTER)
    assert [w.kind for w in ov.warnings] == [EMPTY_DAY, NOT_REGISTERED, LATE, NO_OFFLINE, NO_OFFLINE, OUTSIDE_WEEK]
    late = _by_kind(ov, LATE)[0]
    assert {r.values[1] for r in activities.fetch_activities(db, edition.id, late.filter)} == {"企业专场招聘会",
                                                                                                "周后回访"}


def test_no_deadline_set(db, edition, week):
    with db.transaction() as session:
        session.execute(update(Edition).where(Edition.id == edition.id).values(registration_deadline=None))
    ov = week_overview(db, edition.id, now=AFTER)
    assert [w.text for w in _by_kind(ov, NOT_REGISTERED)] == ["丁学院尚未报名任何活动"]
    assert _by_kind(ov, LATE) == []
    assert ov.deadline_text == ""


def test_empty_edition(db, edition):
    ov = week_overview(db, edition.id, now=BEFORE)
    assert ov.total == 0 and ov.colleges == ()
    assert [w.day for w in ov.warnings] == [D(2024, 5, 12) + dt.timedelta(days=i) for i in range(7)]


def test_unknown_edition(db):
    from vocweek_desktop.domain.errors import NotFoundError

    with pytest.raises(NotFoundError):
        week_overview(db, 999)


@pytest.mark.parametrize(("delta", "text"), [
    (dt.timedelta(days=2, hours=5, minutes=30), "2 天 5 小时"),
    (dt.timedelta(days=3), "3 天"),
    (dt.timedelta(days=1, minutes=59), "1 天"),
    (dt.timedelta(hours=3), "3 小时"),
    (dt.timedelta(minutes=45, seconds=59), "45 分钟"),
    (dt.timedelta(seconds=20), "不到 1 分钟"),
    (-dt.timedelta(hours=5), "5 小时"),
])
def test_format_duration(delta, text):
    assert format_duration(delta) == text


_dates = st.dates(min_value=D(2024, 5, 8), max_value=D(2024, 5, 22))
_activity = st.tuples(_dates, st.integers(0, 9), st.sampled_from(["线下", "线上", "线上+线下"]),
                      st.sampled_from(["计划", "已举办", "取消"]), st.booleans(),
                      st.sampled_from([None, "学院日", "学生日", "教师日", "企业日"]))


@settings(deadline=None, max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(_activity, max_size=12))
def test_day_counts_match_days_of(db, edition, rows):
    """SQL counts equal counting row by row the days each activity runs within the week."""
    with db.transaction() as session:
        session.execute(delete(Activity))
    college = colleges.list_colleges(db, edition.id)
    college_id = college[0].id if college else colleges.add_college(db, edition.id, {"name": "测试学院"}).id
    start, end = D(2024, 5, 12), D(2024, 5, 18)
    expected = {start + dt.timedelta(days=i): 0 for i in range(7)}
    expected_theme: dict[str, int] = {}
    offline = 0
    for i, (first, span, form, status, deleted, theme) in enumerate(rows):
        last = first + dt.timedelta(days=span)
        row_id = _add(db, edition.id, college_id=college_id, title=f"活动{i}", first=first, last=last, form=form,
                      status=status, theme_day=theme)
        if deleted:
            activity_bin.delete_activities(db, [row_id])
        if deleted or status == "取消":
            continue
        offline += form != "线上"
        for day in days_between(max(first, start), min(last, end)):
            expected[day] += 1
            if theme:
                expected_theme[theme] = expected_theme.get(theme, 0) + 1
    ov = week_overview(db, edition.id, now=BEFORE)
    assert {d.day: d.count for d in ov.days} == expected
    assert {g.name: sum(g.per_day) for g in ov.theme_days if sum(g.per_day)} == expected_theme
    assert ov.colleges[0].offline == offline


def test_overview_at_redoes_the_deadline_texts_without_the_database(db, edition, week):
    before = week_overview(db, edition.id, now=BEFORE)
    db.close()  # no query may happen
    after = overview_at(before, AFTER)
    assert after.days == before.days and after.colleges == before.colleges
    assert [w.text for w in _by_kind(after, NOT_REGISTERED)] == [
        "丁学院尚未报名任何活动（截止 5月10日 18:00，已逾期 3 小时）"]
    assert after.deadline_text == "已逾期 3 小时" and after.now == AFTER


def test_an_activity_added_by_a_statistics_form_registers_nothing(db, edition):
    """A college that never registered, whose 附件2 (received 5月22日) adds an activity it held: still not registered,
    and not "late" by the 附件2's time; a college that registered keeps its own registration time."""
    never = colleges.add_college(db, edition.id, {"name": "辛学院"}).id
    on_time = colleges.add_college(db, edition.id, {"name": "壬学院"}).id
    _add(db, edition.id, college_id=on_time, title="报名的活动", first=D(2024, 5, 13))  # entered by hand
    later = dt.datetime(2024, 5, 22, 15, 30)
    for college, title in ((never, "红色宣讲进社区"), (on_time, "补充的活动")):
        added = _add(db, edition.id, college_id=college, title=title, first=D(2024, 5, 16), status="已举办",
                     received_at=later)
        with db.transaction() as session:
            session.execute(update(Activity).where(Activity.id == added).values(added_after=True))
    ov = week_overview(db, edition.id, now=dt.datetime(2024, 5, 24, 9, 0))
    assert [w.college_id for w in _by_kind(ov, NOT_REGISTERED)] == [never]
    assert _by_kind(ov, LATE) == []
    counts = {c.name: (c.registered, c.count, c.first_received) for c in ov.colleges}
    assert counts == {"辛学院": (False, 1, None), "壬学院": (True, 2, None)}  # the added activity was held: counted
