"""The 概览 warnings about outings: off-campus activities with no approved outing, outings leaving within 48 hours
(or gone) without approval, approved outings back but not 已完成 — recomputed as the clock moves."""

from __future__ import annotations

import datetime as dt

from tests.services.outing_data import BEFORE, DEPART, RETURN, outing_in
from vocweek_desktop.domain import outings as rules
from vocweek_desktop.services import activities, outings
from vocweek_desktop.services.outings import OutingFilter
from vocweek_desktop.services.overview import (
    OUTING_MISSING,
    OUTING_OVERDUE,
    OUTING_SOON,
    overview_at,
    week_overview,
)


def outing_texts(overview) -> list[tuple[str, str]]:
    return [(w.kind, w.text) for w in overview.warnings if w.page == "outings"]


def off_campus(env, college, title="汽修进社区", **more):
    return activities.add_activity(env.db, env.edition.id, {"college_id": college.id, "title": title,
                                                            "category": "社会服务", "first_date": DEPART.date(),
                                                            "off_campus": True, **more})


def test_an_off_campus_activity_warns_until_an_outing_for_it_is_approved(env):
    db, ed = env.db, env.edition.id
    activity = off_campus(env, env.auto)
    off_campus(env, env.smart, "取消的外出", status="取消")  # cancelled: no warning
    activities.add_activity(db, ed, {"college_id": env.smart.id, "title": "校内开放日", "category": "校园开放",
                                     "first_date": DEPART.date()})  # on campus: no warning
    overview = week_overview(db, ed, now=BEFORE)
    assert outing_texts(overview) == [(OUTING_MISSING, "汽车工程学院的校外活动“汽修进社区”（5月15日（周三））还没有已批准的外出申请")]
    warning = next(w for w in overview.warnings if w.kind == OUTING_MISSING)
    assert warning.filter == OutingFilter(college_id=env.auto.id) and warning.page == "outings"
    outing_id = outing_in(db, ed, env.auto.id, rules.SUBMITTED, activity_id=activity.id)
    assert [k for k, _ in outing_texts(week_overview(db, ed, now=BEFORE))] == [OUTING_MISSING]
    outings.approve_outing(db, outing_id, now=BEFORE)
    assert outing_texts(week_overview(db, ed, now=BEFORE)) == []


def test_an_outing_not_approved_warns_from_48_hours_before_departure_and_while_it_is_out(env):
    db, ed = env.db, env.edition.id
    outing_id = outing_in(db, ed, env.auto.id, rules.SUBMITTED)
    overview = week_overview(db, ed, now=DEPART - dt.timedelta(hours=49))
    assert outing_texts(overview) == []
    soon = overview_at(overview, DEPART - dt.timedelta(hours=47, minutes=30))
    assert outing_texts(soon) == [(OUTING_SOON, "外出申请 WC-2024-001（汽车工程学院，新能源汽车维修进社区）将于 5月15日 08:00 "
                                               "出发，还有 1 天 23 小时，当前为“已提交”")]
    assert soon.warnings[-1].filter == OutingFilter(outing_id=outing_id)
    gone = overview_at(overview, DEPART + dt.timedelta(hours=1))
    assert outing_texts(gone) == [(OUTING_SOON, "外出申请 WC-2024-001（汽车工程学院，新能源汽车维修进社区）已于 5月15日 08:00 "
                                               "出发，仍为“已提交”，未经批准")]
    assert outing_texts(overview_at(overview, RETURN + dt.timedelta(minutes=1))) == []  # over: nothing to stop
    outings.withdraw_outing(db, outing_id, now=BEFORE)
    assert outing_texts(week_overview(db, ed, now=DEPART - dt.timedelta(hours=1))) == []
    draft = outing_in(db, ed, env.smart.id, rules.DRAFT)
    assert [k for k, _ in outing_texts(week_overview(db, ed, now=DEPART - dt.timedelta(hours=1)))] == [OUTING_SOON]
    outings.submit_outing(db, draft, now=BEFORE)
    outings.approve_outing(db, draft, now=BEFORE)
    assert outing_texts(week_overview(db, ed, now=DEPART - dt.timedelta(hours=1))) == []


def test_an_approved_outing_back_but_not_completed_warns(env):
    db, ed = env.db, env.edition.id
    outing_id = outing_in(db, ed, env.auto.id, rules.APPROVED)
    overview = week_overview(db, ed, now=RETURN - dt.timedelta(minutes=1))
    assert outing_texts(overview) == []
    later = overview_at(overview, RETURN + dt.timedelta(hours=15, minutes=30))
    assert outing_texts(later) == [(OUTING_OVERDUE, "外出申请 WC-2024-001（汽车工程学院，新能源汽车维修进社区）应于 5月15日 17:30 "
                                                    "返回，已过 15 小时，尚未标记为已完成")]
    # Years later the week is history: still not closed, but no count of days (never "已过 929 天").
    years = overview_at(overview, RETURN + dt.timedelta(days=929))
    assert outing_texts(years) == [(OUTING_OVERDUE, "外出申请 WC-2024-001（汽车工程学院，新能源汽车维修进社区）应于 5月15日 "
                                                    "17:30 返回，尚未标记为已完成")]
    outings.complete_outing(db, outing_id, now=RETURN + dt.timedelta(hours=16))
    assert outing_texts(week_overview(db, ed, now=RETURN + dt.timedelta(hours=16))) == []
