"""The rules of a 附件2 row and of the totals sheet."""

from __future__ import annotations

import datetime as dt

import pytest

from vocweek_desktop.domain import statistics as stats
from vocweek_desktop.domain.parsing import ParseError

PLANNED = (dt.date(2024, 5, 13), dt.date(2024, 5, 13))


@pytest.mark.parametrize(("text", "expected"), [
    ("是", "是"), ("已举办", "是"), (" 如期举办 ", "是"), ("√", "是"), ("否", "否"), ("取消", "否"), ("×", "否"),
    ("改期", "改期"), ("延期举办", "改期"), ("提前", "改期"), (None, None), ("", None), ("—", None),
])
def test_held_words(text, expected):
    assert stats.parse_held(text) == expected


def test_held_refuses_what_it_does_not_know():
    with pytest.raises(ParseError, match="实际举办“也许”无效，应为：是、否、改期"):
        stats.parse_held("也许")


def test_held_as_planned_keeps_the_planned_dates():
    cleaned, errors = stats.clean_actual({"held": "是", "actual_teachers": 12}, PLANNED)
    assert errors == {}
    assert cleaned["status"] == "已举办"
    assert (cleaned["actual_first_date"], cleaned["actual_last_date"]) == PLANNED
    assert cleaned["actual_teachers"] == 12


def test_moved_needs_another_date():
    _cleaned, errors = stats.clean_actual({"held": "改期"}, PLANNED)
    assert errors == {"actual_first_date": "实际举办为“改期”，请填写实际日期"}
    _cleaned, errors = stats.clean_actual({"held": "改期", "actual_first_date": PLANNED[0]}, PLANNED)
    assert "与计划日期相同" in errors["actual_first_date"]
    cleaned, errors = stats.clean_actual({"held": "改期", "actual_first_date": dt.date(2024, 5, 16)}, PLANNED)
    assert not errors and cleaned["actual_first_date"] == cleaned["actual_last_date"] == dt.date(2024, 5, 16)


def test_another_date_without_a_word_means_moved():
    cleaned, errors = stats.clean_actual({"actual_first_date": dt.date(2024, 5, 15)}, PLANNED)
    assert not errors and cleaned["held"] == "改期" and cleaned["status"] == "已举办"


def test_not_held_refuses_figures():
    cleaned, errors = stats.clean_actual({"held": "否", "actual_students": 30, "actual_teachers": 0,
                                          "media_reports": 2}, PLANNED)
    assert cleaned["status"] == "取消" and cleaned["actual_first_date"] is None
    assert set(errors) == {"actual_students", "media_reports"}
    assert errors["actual_students"] == "活动未举办，参与学生(人次)不应填写（填写的是 30）"


def test_a_new_activity_needs_a_date():
    _cleaned, errors = stats.clean_actual({"held": "是"}, None)
    assert errors == {"actual_first_date": "新增的活动请填写实际日期"}
    cleaned, errors = stats.clean_actual({"first_date": dt.date(2024, 5, 17)}, None)
    assert not errors and cleaned["actual_first_date"] == dt.date(2024, 5, 17)


def test_enterprises_are_split_and_joined():
    cleaned, _ = stats.clean_actual({"actual_enterprises": "甲公司，乙公司、甲公司"}, PLANNED)
    assert cleaned["actual_enterprises"] == "甲公司、乙公司"
    cleaned, _ = stats.clean_actual({"held": "是"}, PLANNED)
    assert cleaned["actual_enterprises"] is None  # not reported, not "none"


def test_reported_or_not():
    assert not stats.is_reported({"title": "x", "first_date": PLANNED[0], "held": None})
    assert stats.is_reported({"media_reports": 0})


def test_people_cannot_outnumber_the_headcount():
    cleaned, errors = stats.clean_participation({"teachers_participating": 50, "students_participating": 900,
                                                 "student_total": 800}, (45, 1200))
    assert cleaned["teacher_total"] == 45 and cleaned["student_total"] == 800
    assert set(errors) == {"teachers_participating", "students_participating"}
    assert errors["students_participating"] == ("参与学生人数 900 超过了学生总数 800（人数不是人次，不能超过总人数）")
    _cleaned, errors = stats.clean_participation({"teachers_participating": 50}, (None, None))
    assert errors == {}


def test_ratio():
    assert stats.ratio(30, 120) == 0.25
    assert stats.ratio(None, 120) is None and stats.ratio(3, 0) is None
