"""Whole-record rules: a college, an edition's settings, a duty-table row, a leadership member."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vocweek_desktop.domain.errors import ValidationError
from vocweek_desktop.domain.rules import clean_college, clean_department, clean_edition, clean_member

GOOD_COLLEGE = {
    "name": "智能制造学院", "short_name": "智造", "dean": "王 建国", "party_secretary": "李红梅",
    "contact_person": "张 伟", "phone": "028-37330356转8001", "email": "zhizao@example.edu.cn",
    "teacher_count": "86", "student_count": 2350,
}


def edition_values(**changes) -> dict[str, object]:
    """Valid settings for a 2024 edition, with ``changes`` applied."""
    values: dict[str, object] = {
        "year": 2024, "title": "2024年职业教育活动周", "theme": "一技在手，一生无忧", "doc_number": "川科教发〔2024〕26号",
        "week_start": dt.date(2024, 5, 12), "week_end": dt.date(2024, 5, 18),
        "showcase_date": dt.date(2024, 5, 13), "showcase_start": dt.time(9, 30), "showcase_end": dt.time(17, 0),
        "showcase_venue": "东区科技广场", "registration_deadline": dt.datetime(2024, 5, 10, 18),
        "report_deadline": dt.datetime(2024, 5, 23, 23, 59, 59), "award_name": "优秀组织奖", "award_quota": 4,
        "school_name": "四川科技职业学院", "office_name": "教务处",
        "contacts": [{"name": "鄢 涛", "phone": "028-37330356", "email": "173882469@qq.com"}],
    }
    values.update(changes)
    return values


def errors_of(clean, values) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        clean(values)
    assert caught.value.message == "；".join(caught.value.fields.values())
    return caught.value.fields


# --- college -----------------------------------------------------------------------------------------


def test_clean_college_normalises():
    cleaned = clean_college(GOOD_COLLEGE)
    assert cleaned == {
        "name": "智能制造学院", "short_name": "智造", "dean": "王建国", "party_secretary": "李红梅",
        "contact_person": "张伟", "phone": "028-37330356转8001", "email": "zhizao@example.edu.cn",
        "teacher_count": 86, "student_count": 2350,
    }


def test_clean_college_optional_fields_may_be_blank():
    cleaned = clean_college({"name": "航空学院"})
    assert cleaned["teacher_count"] is None and cleaned["student_count"] is None
    assert cleaned["phone"] == cleaned["email"] == cleaned["dean"] == ""


@pytest.mark.parametrize(("field", "value", "message"), [
    ("name", "", "名称不能为空"),
    ("name", " \u3000 ", "名称不能为空"),
    ("name", "学" * 101, "名称不能超过100个字"),
    ("dean", "王" * 51, "院长不能超过50个字"),
    ("teacher_count", "-3", "教师人数不能为负数（填写的是 -3）"),
    ("student_count", "两千", "学生人数“两千”不是整数"),
    ("student_count", "12.5", "学生人数“12.5”不是整数"),
    ("phone", "028-123", "联系电话“028-123”格式不正确"),
    ("email", "zhizao.example.edu.cn", "电子邮箱“zhizao.example.edu.cn”不是有效的电子邮箱地址"),
])
def test_clean_college_refuses(field, value, message):
    fields = errors_of(clean_college, {**GOOD_COLLEGE, field: value})
    assert list(fields) == [field]
    assert fields[field].startswith(message)


def test_clean_college_reports_every_bad_field_at_once():
    fields = errors_of(clean_college, {"name": "", "phone": "x", "email": "y", "teacher_count": -1,
                                       "student_count": "z"})
    assert set(fields) == {"name", "phone", "email", "teacher_count", "student_count"}


@settings(deadline=None)
@given(st.integers(min_value=0, max_value=100_000), st.integers(min_value=0, max_value=100_000))
def test_clean_college_keeps_any_non_negative_headcount(teachers, students):
    cleaned = clean_college({"name": "示例学院", "teacher_count": str(teachers), "student_count": students})
    assert (cleaned["teacher_count"], cleaned["student_count"]) == (teachers, students)


# --- edition -----------------------------------------------------------------------------------------


def test_clean_edition_accepts_the_notice():
    cleaned = clean_edition(edition_values())
    assert cleaned["award_quota"] == 4
    assert cleaned["contacts"] == [{"name": "鄢涛", "phone": "028-37330356", "email": "173882469@qq.com"}]


@pytest.mark.parametrize(("changes", "field", "fragment"), [
    ({"week_end": dt.date(2024, 5, 11)}, "week_end", "活动周末日（2024-05-11）不能早于首日（2024-05-12）"),
    ({"showcase_date": dt.date(2024, 5, 19)}, "showcase_date", "集中展示日（2024-05-19）应在活动周"),
    ({"showcase_date": dt.date(2024, 5, 11)}, "showcase_date", "应在活动周 2024-05-12 至 2024-05-18 之内"),
    ({"report_deadline": dt.datetime(2024, 5, 18, 23, 0)}, "report_deadline", "应在活动周结束（2024-05-18）之后"),
    ({"showcase_end": dt.time(9, 0)}, "showcase_end", "展示结束时间（09:00）应晚于开始时间（09:30）"),
    ({"award_quota": 0}, "award_quota", "获奖名额至少为 1"),
    ({"award_quota": None}, "award_quota", "获奖名额至少为 1"),
    ({"award_quota": -2}, "award_quota", "获奖名额不能为负数"),
    ({"award_quota": "四"}, "award_quota", "获奖名额“四”不是整数"),
    ({"year": 1999}, "year", "年度 1999 不在 2000–2100 之间"),
    ({"title": ""}, "title", "标题不能为空"),
    ({"award_name": " "}, "award_name", "奖项名称不能为空"),
    ({"week_start": None}, "week_start", "活动周首日不能为空"),
])
def test_clean_edition_refuses(changes, field, fragment):
    fields = errors_of(clean_edition, edition_values(**changes))
    assert field in fields
    assert fragment in fields[field]


def test_showcase_on_first_and_last_day_and_report_the_next_morning_are_fine():
    for day in (dt.date(2024, 5, 12), dt.date(2024, 5, 18)):
        clean_edition(edition_values(showcase_date=day, report_deadline=dt.datetime(2024, 5, 19, 0, 0)))


def test_one_day_week_is_allowed():
    clean_edition(edition_values(week_end=dt.date(2024, 5, 12), showcase_date=dt.date(2024, 5, 12)))


def test_clean_edition_contact_errors_name_the_contact():
    fields = errors_of(clean_edition, edition_values(contacts=[
        {"name": "湛兴波", "phone": "028-37330356"},
        {"name": "", "phone": "12", "email": "bad"},
    ]))
    assert set(fields) == {"contacts.1.name", "contacts.1.phone", "contacts.1.email"}
    assert fields["contacts.1.name"] == "第2位联系人不能为空"
    assert fields["contacts.1.phone"].startswith("第2位联系电话“12”格式不正确")


# --- department and member -----------------------------------------------------------------------------


def test_clean_department():
    cleaned = clean_department({"name": "学生处、团委", "duty": " 组织及配合各学院开展活动。 ", "head": "伍 希",
                                "need_key": ""})
    assert cleaned == {"name": "学生处、团委", "duty": "组织及配合各学院开展活动。", "head": "伍希", "need_key": None}
    assert clean_department({"name": "保卫处", "need_key": "security"})["need_key"] == "security"


def test_clean_department_refuses():
    fields = errors_of(clean_department, {"name": "", "duty": "职" * 1001, "head": "人" * 101, "need_key": "rocket"})
    assert fields["name"] == "名称不能为空"
    assert fields["duty"] == "职责不能超过1000个字"
    assert fields["head"] == "负责人不能超过100个字"
    assert fields["need_key"].startswith("承接活动需求“rocket”无效，应为：power（用电）")


@pytest.mark.parametrize("role", ["组长", "副组长", "成员"])
def test_clean_member_roles(role):
    assert clean_member({"role": role, "name": "高 莉"}) == {"role": role, "name": "高莉"}


def test_clean_member_refuses():
    fields = errors_of(clean_member, {"role": "主任", "name": ""})
    assert fields["role"] == "职务“主任”无效，应为 组长、副组长 或 成员"
    assert fields["name"] == "名称不能为空"


def test_the_week_must_lie_in_the_editions_year():
    from vocweek_desktop.domain.errors import ValidationError
    from vocweek_desktop.domain.notice_defaults import edition_defaults
    from vocweek_desktop.domain.rules import clean_edition

    values = edition_defaults(2024)
    values["year"] = 2023
    with pytest.raises(ValidationError) as refused:
        clean_edition(values)
    assert refused.value.fields["week_start"] == "活动周首日（2024-05-12）不在2023年：请核对年度或日期"
