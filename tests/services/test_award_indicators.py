"""Objective indicators from crafted data: each figure worked out from the rows written here, and the rows behind it."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.activity_data import WEEK_START, add
from tests.award_data import add_colleges
from vocweek_desktop.services import activity_bin, award_indicators
from vocweek_desktop.store.models import CollegeParticipation, PublicityItem


@pytest.fixture
def env(db, edition):
    colleges = add_colleges(db, edition.id, ("学院A", "学院B"))  # 50 teachers + 950 students each
    a = colleges["学院A"]
    day = WEEK_START + dt.timedelta(days=1)  # Monday 13 May
    add(db, edition.id, a, title="技能展示", form="线下", expected_teachers=10, expected_students=90,
        enterprises="甲公司、乙公司")
    add(db, edition.id, a, title="开放日", form="线上+线下", first_date=day, last_date=day + dt.timedelta(days=2),
        status="已举办", expected_teachers=5, expected_students=45, enterprises="乙公司")
    add(db, edition.id, a, title="云展馆", form="线上", first_date=WEEK_START + dt.timedelta(days=6),
        expected_students=100, enterprises="丙公司")
    cancelled = add(db, edition.id, a, title="取消的活动", form="线下", status="取消", expected_students=500,
                    enterprises="丁公司")
    gone = add(db, edition.id, a, title="删除的活动", form="线下", expected_students=500)
    activity_bin.delete_activities(db, [gone.id])
    with db.transaction() as session:
        for channel, title in (("微信公众号", "报道一"), ("微信公众号", "报道二"), ("学校官网", "报道三")):
            session.add(PublicityItem(edition_id=edition.id, row_uid=title, college_id=a, channel=channel,
                                      title=title, link="", notes="", published_on=day))
    return edition.id, colleges, cancelled


def test_indicators_from_the_rows_with_planned_participation(db, env):
    edition_id, colleges, _ = env
    found = {i.name: i for i in award_indicators.indicators(db, edition_id)}
    a = found["学院A"]
    # Offline, not cancelled, not deleted: 技能展示 and 开放日 (线上+线下), of which 开放日 is 已举办.
    assert (a.offline, a.offline_held) == (2, 1)
    # Days: 13 (技能展示), 13-15 (开放日), 18 (云展馆) → 13, 14, 15, 18 = 4 of 7.
    assert (a.days, a.week_days) == (4, 7)
    # Planned: 10 + 90 + 5 + 45 + 100 = 250 person-times over 1,000 people.
    assert (a.people, a.headcount, a.participation_kind) == (250, 1000, "planned")
    assert a.participation == pytest.approx(0.25)
    assert a.enterprises == 3  # 甲, 乙 (twice), 丙; 丁 only in the cancelled activity
    assert a.publicity == (("微信公众号", 2), ("学校官网", 1))
    assert [a.text(k) for k in award_indicators.KEYS] == ["2（已举办 1）", "4/7", "25%（计划）", "3",
                                                          "3（微信公众号 2、学校官网 1）"]
    b = found["学院B"]
    assert (b.offline, b.days, b.people, b.enterprises, b.publicity_total) == (0, 0, 0, 0, 0)


def test_actual_participation_replaces_the_planned_one_once_reported(db, env):
    edition_id, colleges, _ = env
    with db.transaction() as session:
        session.add(CollegeParticipation(edition_id=edition_id, college_id=colleges["学院A"], teacher_total=40,
                                         student_total=None, teachers_participating=30, students_participating=570))
    a = award_indicators.indicators(db, edition_id)[0]
    # (30 + 570) / (40 + 950 from the 学院 tab) = 600 / 990.
    assert (a.people, a.headcount, a.participation_kind) == (600, 990, "actual")
    assert a.text("participation") == "61%（实际）"
    rows = award_indicators.indicator_rows(db, edition_id, colleges["学院A"], "participation")
    assert rows.rows[0] == ("附件2 情况统计表", "30", "570", "40", "950")
    assert rows.rows[-1][0] == "合计：600 人 / 990 人 = 60.6%"


def test_each_indicator_shows_the_rows_behind_it(db, env):
    edition_id, colleges, _ = env
    a = colleges["学院A"]
    offline = award_indicators.indicator_rows(db, edition_id, a, "offline")
    assert [row[0] for row in offline.rows] == ["技能展示", "开放日"] and "未取消" in offline.source
    days = award_indicators.indicator_rows(db, edition_id, a, "days")
    assert [(row[0], row[2]) for row in days.rows][:3] == [("2024-05-12", "（无）"), ("2024-05-13", "技能展示、开放日"),
                                                          ("2024-05-14", "开放日")]
    planned = award_indicators.indicator_rows(db, edition_id, a, "participation")
    assert [row[0] for row in planned.rows] == ["技能展示", "开放日", "云展馆", "学院师生总数（学院页）",
                                                "合计：250 人 / 1000 人 = 25.0%"]
    enterprises = award_indicators.indicator_rows(db, edition_id, a, "enterprises")
    assert enterprises.rows == (("丙公司", "云展馆"), ("乙公司", "技能展示、开放日"), ("甲公司", "技能展示"))
    publicity = award_indicators.indicator_rows(db, edition_id, a, "publicity")
    assert [row[:2] for row in publicity.rows] == [("微信公众号", "报道一"), ("微信公众号", "报道二"), ("学校官网", "报道三")]
