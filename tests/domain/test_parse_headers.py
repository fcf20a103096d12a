"""Which field a header cell of a returned 附件1 names: the template's names, their variants, two-row headers, and
what is no field."""

from __future__ import annotations

import pytest

from vocweek_desktop.domain import parse_headers
from vocweek_desktop.domain.parse_headers import HEADER_ALIASES, match_header, normalize_header


@pytest.mark.parametrize(("text", "expected"), [
    ("活动名称", "活动名称"), (" 活动 名称 ", "活动名称"), ("*活动名称", "活动名称"), ("活动名称*", "活动名称"),
    ("活动名称（必填）", "活动名称"), ("预计参与教师数（人）", "预计参与教师数"), ("预计参与教师数(人)", "预计参与教师数"),
    ("活动日期\n（格式：5月13日）", "活动日期"), ("活动\n名称", "活动名称"), ("【活动名称】", "活动名称"),
    ("ＩＤ", "id"), (None, ""), ("", ""),
])
def test_normalize_header(text, expected):
    assert normalize_header(text) == expected


TEMPLATE_HEADERS = {
    "序号": "seq", "活动名称": "title", "活动类别": "category", "主题日": "theme_day", "活动日期": "first_date",
    "结束日期": "last_date", "开始时间": "start_time", "结束时间": "end_time", "活动地点": "venue",
    "校内/校外": "off_campus", "线上/线下": "form", "面向对象": "audience", "预计参与教师数": "expected_teachers",
    "预计参与学生数": "expected_students", "预计参与公众数": "expected_public", "合作企业": "enterprises",
    "负责人": "person_in_charge", "联系电话": "phone", "用电需求": "need_power", "信息设备需求": "need_it",
    "安保需求": "need_security", "宣传拍摄需求": "need_media", "活动简介": "description", "学院": "college",
    "行ID": "row_uid", "状态": "status",
}


@pytest.mark.parametrize(("text", "field"), TEMPLATE_HEADERS.items())
def test_match_header_template_names(text, field):
    assert match_header(text) == field
    assert HEADER_ALIASES[field][0] == text


@pytest.mark.parametrize(("text", "field"), [
    ("活动主题", "title"), ("活动名", "title"), ("日期", "first_date"), ("时间", "date_time"),
    ("活动时间", "date_time"), ("地点", "venue"), ("场地", "venue"), ("举办地点", "venue"),
    ("参与教师人数", "expected_teachers"), ("教师人数", "expected_teachers"), ("学生人数", "expected_students"),
    ("公众人数", "expected_public"), ("社会公众人数", "expected_public"), ("合作单位", "enterprises"),
    ("合作企业名称", "enterprises"), ("联系人", "person_in_charge"), ("活动负责人", "person_in_charge"),
    ("电话", "phone"), ("手机", "phone"), ("联系方式", "phone"), ("是否用电", "need_power"), ("用电", "need_power"),
    ("网络", "need_it"), ("信息设备", "need_it"), ("设备需求", "need_it"), ("安保", "need_security"),
    ("安全保障", "need_security"), ("宣传", "need_media"), ("拍摄", "need_media"), ("新闻宣传", "need_media"),
    ("简介", "description"), ("活动内容", "description"), ("活动简介", "description"), ("状态", "status"),
    ("校内外", "off_campus"), ("校内 / 校外", "off_campus"), ("线上／线下", "form"), ("活动形式", "form"),
    ("*活动名称（必填）", "title"), ("预计参与学生数（人）", "expected_students"), ("联 系 电 话", "phone"),
    ("实际参与学生数", "actual_students"), ("二级学院", "college"), ("行id", "row_uid"),
])
def test_match_header_variants(text, field):
    assert match_header(text) == field


@pytest.mark.parametrize("text", ["备注", "", None, "随便一列", "主题日期"])
def test_match_header_unknown(text):
    assert match_header(text) is None


def test_header_aliases_never_collide():
    seen: dict[str, str] = {}
    for field, names in HEADER_ALIASES.items():
        for name in names:
            key = normalize_header(name)
            assert seen.setdefault(key, field) == field, (name, seen[key], field)


@pytest.mark.parametrize(("text", "parent", "field"), [
    ("教师", "预计参与人数", "expected_teachers"),
    ("学生", "预计参与人数（人）", "expected_students"),
    ("社会公众", "预计参与人数", "expected_public"),
    ("教师", "实际参与人数", "actual_teachers"),
    ("用电", "需求", "need_power"),
    ("网络", "保障需求", "need_it"),
    ("安保", "活动需求", "need_security"),
    ("宣传拍摄", "需求", "need_media"),
    ("开始", "活动时间", "start_time"),
    ("结束", "活动时间", "end_time"),
    ("开始", "活动日期", "first_date"),
    ("结束", "活动日期", "last_date"),
    ("电话", "负责人", "phone"),
    ("姓名", "负责人", "person_in_charge"),
    ("活动名称", "2024年职业教育活动周活动信息表", "title"),
    ("序号", "序号", "seq"),
    ("预计参与人数-教师", None, "expected_teachers"),
    ("需求/用电", None, "need_power"),
    ("预计参与教师数/人", None, "expected_teachers"),
])
def test_match_header_two_row_headers(text, parent, field):
    assert match_header(text, parent) == field


def test_two_row_children_alone_are_not_guessed():
    assert match_header("教师") is None
    assert match_header("开始") is None


def test_flattened_two_row_headers_never_contradict_a_direct_alias():
    for key, field in parse_headers._HEADER_FLAT.items():
        assert parse_headers._HEADER_LOOKUP.get(key, field) == field, key


@pytest.mark.parametrize("text", ["所属学院", "所属单位", "所在学院"])
def test_which_college_a_row_belongs_to_is_recognised(text):
    assert match_header(text) == "college"
