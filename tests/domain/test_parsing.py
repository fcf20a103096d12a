"""Tolerant cell parsers of the 附件1 import: every accepted spelling, every refusal and its Chinese reason."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vocweek_desktop.domain.activities import CATEGORIES, FORMS, STATUSES, THEME_DAYS
from vocweek_desktop.domain.parse_dates import parse_date, parse_date_range, parse_date_time, parse_schedule
from vocweek_desktop.domain.parse_headers import HEADER_ALIASES, match_header, normalize_header
from vocweek_desktop.domain.parse_times import PERIOD_RANGES, parse_time, parse_time_range
from vocweek_desktop.domain.parsing import (
    ParseError,
    parse_bool,
    parse_campus,
    parse_category,
    parse_count,
    parse_form,
    parse_status,
    parse_theme_day,
)

Y = 2024
D = dt.date
T = dt.time
MAY13 = D(2024, 5, 13)
FULL = str.maketrans("0123456789:./-", "０１２３４５６７８９：．／－")


def full_width(text: str) -> str:
    """The same text with full-width digits and punctuation, as a Chinese IME types it."""
    return text.translate(FULL)


# ---------------------------------------------------------------------------------------------- dates


@pytest.mark.parametrize("value", [
    "5月13日", "５月１３日", "5.13", "5/13", "5-13", "2024.5.13", "2024/5/13", "2024-05-13", "2024年5月13日",
    "２０２４年５月１３日", "2024年05月13日", "5月13号", "5月13", "20240513", "五月十三日", "二〇二四年五月十三日",
    "5月13日（周一）", "5月13日(周一)", "5月13日 星期一", "5月13日周一", "星期一 5月13日", " 5月13日\n", "5 月 13 日",
    "5/13/2024", "2024.05.13", "2024-05-13 00:00:00",
    45425, 45425.0, 45425.75, 20240513, 5.13, MAY13, dt.datetime(2024, 5, 13, 0, 0), dt.datetime(2024, 5, 13, 9, 30),
])
def test_parse_date_accepts(value):
    assert parse_date(value, year=Y) == MAY13


def test_parse_date_year_defaults_to_edition_year():
    assert parse_date("5月13日", year=2025) == D(2025, 5, 13)
    assert parse_date("2023年5月13日", year=2025) == D(2023, 5, 13)
    assert parse_date(5.13, year=2025) == D(2025, 5, 13)
    assert parse_date(5.4, year=2025) == D(2025, 5, 4)  # 5.40 is no date, so 5.4 can only be 5月4日


def test_parse_date_leap_day_only_in_leap_years():
    assert parse_date("2月29日", year=2024) == D(2024, 2, 29)
    with pytest.raises(ParseError, match="^日期“2月29日”无效$"):
        parse_date("2月29日", year=2025)


@pytest.mark.parametrize("value", [None, "", "  ", "\n", "-", "—", "/", "无"])
def test_parse_date_blank(value):
    assert parse_date(value, year=Y) is None
    assert parse_date_range(value, year=Y) == (None, None)
    assert parse_date_time(value, year=Y) == (None, None, None)


@pytest.mark.parametrize(("value", "reason"), [
    ("5月32日", "日期“5月32日”无效"),
    ("2月30日", "日期“2月30日”无效"),
    ("５月３２日", "日期“５月３２日”无效"),
    ("13月1日", "日期“13月1日”无效"),
    ("2024-02-30", "日期“2024-02-30”无效"),
    ("0月5日", "日期“0月5日”无效"),
    ("13日", "日期“13日”缺少月份，请写成 5月13日"),
    ("13号", "日期“13号”缺少月份，请写成 5月13日"),
    (13, "日期“13”缺少月份，请写成 5月13日"),
    ("下周一", "日期“下周一”无法识别，请写成 5月13日 或 2024-05-13"),
    ("abc", "日期“abc”无法识别，请写成 5月13日 或 2024-05-13"),
    (123, "日期“123”无法识别，请写成 5月13日 或 2024-05-13"),
    (5.1, "日期“5.1”有歧义（5月1日 还是 5月10日？），请写成 5月13日"),
    ("5月13日 9:30", "日期“5月13日 9:30”中含有时间，这一栏只填日期"),
    ("5月13日上午", "日期“5月13日上午”中含有时间，这一栏只填日期"),
    ("5月13日-15日", "“5月13日-15日”是一段日期（2024-05-13 至 2024-05-15），这一栏只能填一天"),
    ("9:30", "日期“9:30”无法识别，请写成 5月13日 或 2024-05-13"),
    (True, "日期“True”无法识别，请写成 5月13日 或 2024-05-13"),
    (dt.time(9, 30), "日期“09:30:00”无法识别，请写成 5月13日 或 2024-05-13"),
])
def test_parse_date_refuses(value, reason):
    with pytest.raises(ParseError) as caught:
        parse_date(value, year=Y)
    assert str(caught.value) == reason


def test_parse_error_is_a_value_error():
    assert issubclass(ParseError, ValueError)


@pytest.mark.parametrize(("value", "expected"), [
    ("5月13日-15日", (D(2024, 5, 13), D(2024, 5, 15))),
    ("5月13日至5月15日", (D(2024, 5, 13), D(2024, 5, 15))),
    ("5月13日—5月18日", (D(2024, 5, 13), D(2024, 5, 18))),
    ("5月13日——5月18日", (D(2024, 5, 13), D(2024, 5, 18))),
    ("5月13日~5月18日", (D(2024, 5, 13), D(2024, 5, 18))),
    ("5月13日到18日", (D(2024, 5, 13), D(2024, 5, 18))),
    ("5月13-15日", (D(2024, 5, 13), D(2024, 5, 15))),
    ("5.13-5.15", (D(2024, 5, 13), D(2024, 5, 15))),
    ("5.13-15", (D(2024, 5, 13), D(2024, 5, 15))),
    ("2024/5/13-2024/5/19", (D(2024, 5, 13), D(2024, 5, 19))),
    ("2024-05-13至2024-05-19", (D(2024, 5, 13), D(2024, 5, 19))),
    ("５月１３日－１５日", (D(2024, 5, 13), D(2024, 5, 15))),
    ("5月13日-15日（周一至周三）", (D(2024, 5, 13), D(2024, 5, 15))),
    ("5月31日-6月2日", (D(2024, 5, 31), D(2024, 6, 2))),
    ("12月30日-1月2日", (D(2024, 12, 30), D(2025, 1, 2))),
    ("5月13日", (MAY13, MAY13)),
    (45425, (MAY13, MAY13)),
    (MAY13, (MAY13, MAY13)),
])
def test_parse_date_range(value, expected):
    assert parse_date_range(value, year=Y) == expected


@pytest.mark.parametrize(("value", "reason"), [
    ("5月15日-13日", "日期“5月15日-13日”的结束日期早于开始日期"),
    ("5月13日-32日", "日期“5月13日-32日”无效"),
    ("5月13日-15日 9:00", "日期“5月13日-15日 9:00”中含有时间，这一栏只填日期"),
])
def test_parse_date_range_refuses(value, reason):
    with pytest.raises(ParseError) as caught:
        parse_date_range(value, year=Y)
    assert str(caught.value) == reason


# ---------------------------------------------------------------------------------------------- times


@pytest.mark.parametrize(("value", "expected"), [
    ("9:30", T(9, 30)), ("9：30", T(9, 30)), ("９：３０", T(9, 30)), ("09:30", T(9, 30)), ("09:30:00", T(9, 30)),
    ("9:30:15", T(9, 30, 15)), ("9点30", T(9, 30)), ("9点30分", T(9, 30)), ("9点半", T(9, 30)),
    ("9时30分", T(9, 30)), ("9时", T(9, 0)), ("9点", T(9, 0)), ("9点整", T(9, 0)), ("9点一刻", T(9, 15)),
    ("九点半", T(9, 30)), ("十点", T(10, 0)), ("下午3点", T(15, 0)), ("下午3:30", T(15, 30)),
    ("下午三点半", T(15, 30)), ("下午15:00", T(15, 0)), ("晚上7点", T(19, 0)), ("中午12点", T(12, 0)),
    ("中午1点", T(13, 0)), ("上午9点", T(9, 0)), ("上午 9:30", T(9, 30)), ("上午12点", T(12, 0)),
    ("凌晨1点", T(1, 0)), ("晚上12点", T(0, 0)), ("3pm", T(15, 0)), ("3:30 PM", T(15, 30)), ("9:30am", T(9, 30)),
    ("9.30", T(9, 30)), ("14.05", T(14, 5)), ("1430", T(14, 30)), ("9", T(9, 0)), ("9:30开始", T(9, 30)),
    (" 9:30\n", T(9, 30)),
    (0.395833, T(9, 30)), (0.5, T(12, 0)), (0.625, T(15, 0)), (9, T(9, 0)), (9.3, T(9, 30)), (45425.395833, T(9, 30)),
    (T(9, 30), T(9, 30)), (dt.datetime(1899, 12, 30, 9, 30), T(9, 30)),
])
def test_parse_time_accepts(value, expected):
    assert parse_time(value) == expected


@pytest.mark.parametrize("value", [None, "", " ", "-", "—", "/", "无"])
def test_parse_time_blank(value):
    assert parse_time(value) is None
    assert parse_time_range(value) == (None, None)


@pytest.mark.parametrize(("value", "reason"), [
    ("25:00", "时间“25:00”无效"),
    ("24:00", "时间“24:00”无效"),
    ("9:60", "时间“9:60”无效"),
    ("２５：００", "时间“２５：００”无效"),
    ("9:30:61", "时间“9:30:61”无效"),
    ("abc", "时间“abc”无法识别，请写成 9:30 或 下午3点"),
    ("早些时候", "时间“早些时候”无法识别，请写成 9:30 或 下午3点"),
    (-0.5, "时间“-0.5”无法识别，请写成 9:30 或 下午3点"),
    (True, "时间“True”无法识别，请写成 9:30 或 下午3点"),
    (MAY13, "时间“2024-05-13”无法识别，请写成 9:30 或 下午3点"),
    ("9:30-11:30", "时间“9:30-11:30”是一段时间，这一栏只填一个时刻（如 9:30）"),
    ("上午", "时间“上午”是一段时间，这一栏只填一个时刻（如 9:30）"),
])
def test_parse_time_refuses(value, reason):
    with pytest.raises(ParseError) as caught:
        parse_time(value)
    assert str(caught.value) == reason


def test_period_defaults_are_documented_constants():
    assert PERIOD_RANGES["上午"] == (T(8, 30), T(12, 0))
    assert PERIOD_RANGES["下午"] == (T(14, 0), T(17, 30))
    assert PERIOD_RANGES["晚上"] == (T(19, 0), T(21, 0))
    assert PERIOD_RANGES["全天"] == (T(9, 0), T(17, 0))


@pytest.mark.parametrize(("value", "expected"), [
    ("9:30-11:30", (T(9, 30), T(11, 30))),
    ("9:30—11:30", (T(9, 30), T(11, 30))),
    ("9:30–11:30", (T(9, 30), T(11, 30))),
    ("9:30~11:30", (T(9, 30), T(11, 30))),
    ("9:30～11:30", (T(9, 30), T(11, 30))),
    ("9:30至11:30", (T(9, 30), T(11, 30))),
    ("9:30到11:30", (T(9, 30), T(11, 30))),
    ("9:30 - 11:30", (T(9, 30), T(11, 30))),
    ("９：３０－１１：３０", (T(9, 30), T(11, 30))),
    ("9.30-11.30", (T(9, 30), T(11, 30))),
    ("9点-11点半", (T(9, 0), T(11, 30))),
    ("下午2点-4点", (T(14, 0), T(16, 0))),
    ("下午2:00-5:30", (T(14, 0), T(17, 30))),
    ("上午9点-12点", (T(9, 0), T(12, 0))),
    ("上午10点-下午3点", (T(10, 0), T(15, 0))),
    ("晚上7点-9点", (T(19, 0), T(21, 0))),
    ("上午", PERIOD_RANGES["上午"]),
    ("下午", PERIOD_RANGES["下午"]),
    ("晚上", PERIOD_RANGES["晚上"]),
    ("全天", PERIOD_RANGES["全天"]),
    ("中午", PERIOD_RANGES["中午"]),
    ("上午-下午", (T(8, 30), T(17, 30))),
    ("9:30", (T(9, 30), None)),
    ("下午3点", (T(15, 0), None)),
    ("9:30-", (T(9, 30), None)),
    (0.395833, (T(9, 30), None)),
    (T(14, 0), (T(14, 0), None)),
])
def test_parse_time_range(value, expected):
    assert parse_time_range(value) == expected


@pytest.mark.parametrize(("value", "reason"), [
    ("9:30-25:00", "时间“9:30-25:00”无效"),
    ("9:30-11:30-12:00", "时间“9:30-11:30-12:00”无法识别，请写成 9:30 或 下午3点"),
    ("随时", "时间“随时”无法识别，请写成 9:30 或 下午3点"),
])
def test_parse_time_range_refuses(value, reason):
    with pytest.raises(ParseError) as caught:
        parse_time_range(value)
    assert str(caught.value) == reason


@pytest.mark.parametrize(("value", "expected"), [
    ("5月13日 9:30-11:30", (MAY13, T(9, 30), T(11, 30))),
    ("5月13日9:30-11:30", (MAY13, T(9, 30), T(11, 30))),
    ("5月13日上午", (MAY13, T(8, 30), T(12, 0))),
    ("5月13日 下午", (MAY13, T(14, 0), T(17, 30))),
    ("5月13日全天", (MAY13, T(9, 0), T(17, 0))),
    ("5月13日（周一）下午2点-4点", (MAY13, T(14, 0), T(16, 0))),
    ("5月13日 星期一 9:30", (MAY13, T(9, 30), None)),
    ("2024/5/13 14:00", (MAY13, T(14, 0), None)),
    ("2024-05-13 14:00:00", (MAY13, T(14, 0), None)),
    ("2024-05-13T14:00", (MAY13, T(14, 0), None)),
    ("5.13 9.30-11.30", (MAY13, T(9, 30), T(11, 30))),
    ("5/13，9:30-11:30", (MAY13, T(9, 30), T(11, 30))),
    ("５月１３日　９：３０－１１：３０", (MAY13, T(9, 30), T(11, 30))),
    ("5月13日\n9:30-11:30", (MAY13, T(9, 30), T(11, 30))),
    ("五月十三日下午三点", (MAY13, T(15, 0), None)),
    ("5月13日", (MAY13, None, None)),
    ("9:30-11:30", (None, T(9, 30), T(11, 30))),
    (dt.datetime(2024, 5, 13, 14, 0), (MAY13, T(14, 0), None)),
    (dt.datetime(2024, 5, 13), (MAY13, None, None)),
    (MAY13, (MAY13, None, None)),
    (T(9, 30), (None, T(9, 30), None)),
    (45425.395833, (MAY13, T(9, 30), None)),
    (45425, (MAY13, None, None)),
])
def test_parse_date_time(value, expected):
    assert parse_date_time(value, year=Y) == expected


@pytest.mark.parametrize(("value", "reason"), [
    ("5月32日 9:30", "日期“5月32日 9:30”无效"),
    ("13日 9:30", "日期“13日 9:30”缺少月份，请写成 5月13日"),
    ("5月13日 随便", "日期时间“5月13日 随便”无法识别，请写成 5月13日 9:30-11:30"),
    ("5月13日 25:00", "时间“5月13日 25:00”无效"),
    ("下周", "日期时间“下周”无法识别，请写成 5月13日 9:30-11:30"),
    ("5月13日-15日 9:00", "“5月13日-15日 9:00”是一段日期（2024-05-13 至 2024-05-15），这一栏只能填一天"),
])
def test_parse_date_time_refuses(value, reason):
    with pytest.raises(ParseError) as caught:
        parse_date_time(value, year=Y)
    assert str(caught.value) == reason


def test_parse_schedule_keeps_a_span_with_its_hours():
    assert parse_schedule("5月13日-15日 9:00-17:00", year=Y) == (MAY13, D(2024, 5, 15), T(9, 0), T(17, 0))
    assert parse_schedule("5月13日至5月19日 全天", year=Y) == (MAY13, D(2024, 5, 19), T(9, 0), T(17, 0))
    assert parse_schedule(None, year=Y) == (None, None, None, None)


# ---------------------------------------------------------------------------------------------- counts


@pytest.mark.parametrize(("value", "expected"), [
    (200, 200), ("200", 200), ("约200人", 200), ("200人", 200), ("200余人", 200), ("200多人", 200),
    ("２００", 200), ("２００人", 200), ("1,200", 1200), ("1，200", 1200), ("1,200,000", 1200000), (200.0, 200),
    ("200.0", 200), (" 200 ", 200), ("约 200 人", 200), ("预计200人", 200), ("200名", 200), ("200人次", 200),
    ("200左右", 200), ("200+", 200), ("二百人", 200), ("两百", 200), ("1.2万", 12000), ("1万人", 10000),
    (0, 0), ("0", 0), ("0人", 0),
])
def test_parse_count_accepts(value, expected):
    assert parse_count(value) == expected


@pytest.mark.parametrize("value", [None, "", "  ", "—", "-", "无", "/", "——", "暂无"])
def test_parse_count_blank(value):
    assert parse_count(value) is None


@pytest.mark.parametrize(("value", "reason"), [
    ("若干", "人数“若干”不是整数，请填写具体数字（如 200）"),
    ("很多", "人数“很多”不是整数，请填写具体数字（如 200）"),
    ("200.5", "人数“200.5”不是整数，请填写具体数字（如 200）"),
    (200.5, "人数“200.5”不是整数，请填写具体数字（如 200）"),
    (True, "人数“True”不是整数，请填写具体数字（如 200）"),
    (float("nan"), "人数“nan”不是整数，请填写具体数字（如 200）"),
    ("1,2", "人数“1,2”不是整数，请填写具体数字（如 200）"),
    (-5, "人数“-5”不能为负数"),
    (-5.0, "人数“-5”不能为负数"),
    ("-5", "人数“-5”不能为负数"),
    ("－５", "人数“－５”不能为负数"),
    ("100-200人", "人数“100-200人”是一个范围，请填写一个数字"),
    ("100~200", "人数“100~200”是一个范围，请填写一个数字"),
])
def test_parse_count_refuses(value, reason):
    with pytest.raises(ParseError) as caught:
        parse_count(value)
    assert str(caught.value) == reason


# ---------------------------------------------------------------------------------------------- choices


@pytest.mark.parametrize("value", ["是", "√", "✓", "✔", "有", "需要", "要", "Y", "y", "yes", "YES", "TRUE", "true",
                                   "1", 1, 1.0, True, "Ｙ", " 是 ", "需要（投影仪2台）", "是，需要音响"])
def test_parse_bool_true(value):
    assert parse_bool(value) is True


@pytest.mark.parametrize("value", ["否", "×", "✗", "x", "X", "无", "不需要", "不要", "N", "n", "no", "FALSE", "false",
                                   "0", 0, 0.0, False, "无需", "否（自备）"])
def test_parse_bool_false(value):
    assert parse_bool(value) is False


@pytest.mark.parametrize("value", [None, "", " ", "-", "—", "/"])
def test_parse_bool_blank(value):
    assert parse_bool(value) is None


@pytest.mark.parametrize(("value", "reason"), [
    ("也许", "“也许”应填 是 或 否"),
    (2, "“2”应填 是 或 否"),
    ("是否", "“是否”应填 是 或 否"),
])
def test_parse_bool_refuses(value, reason):
    with pytest.raises(ParseError) as caught:
        parse_bool(value)
    assert str(caught.value) == reason


@pytest.mark.parametrize(("value", "expected"), [
    ("校内", False), ("本校", False), ("校园内", False), ("校外", True), ("外校", True), ("校内外", True),
    ("校内+校外", True), ("校内、校外", True), (" 校 外 ", True), (True, True), (False, False),
    (None, None), ("", None), ("-", None),
])
def test_parse_campus(value, expected):
    assert parse_campus(value) is expected


def test_parse_campus_refuses():
    with pytest.raises(ParseError) as caught:
        parse_campus("操场")
    assert str(caught.value) == "校内/校外“操场”无效，应为：校内、校外"


@pytest.mark.parametrize(("value", "expected"), [
    ("线下", "线下"), ("线上", "线上"), ("线上+线下", "线上+线下"), ("线上线下", "线上+线下"), ("线上、线下", "线上+线下"),
    ("线下+线上", "线上+线下"), ("混合", "线上+线下"), ("线上＋线下", "线上+线下"), ("线上/线下", "线上+线下"),
    ("线上线下结合", "线上+线下"), ("现场", "线下"), ("云上", "线上"), ("直播", "线上"), (" 线 下 ", "线下"),
    (None, None), ("", None), ("—", None),
])
def test_parse_form(value, expected):
    assert parse_form(value) == expected


def test_parse_form_refuses():
    with pytest.raises(ParseError) as caught:
        parse_form("线上线上")
    assert str(caught.value) == "线上/线下“线上线上”无效，应为：线下、线上、线上+线下"


@pytest.mark.parametrize("name", CATEGORIES)
def test_parse_category_canonical_names(name):
    assert parse_category(name) == name
    assert parse_category(f" {name} ") == name


@pytest.mark.parametrize(("value", "expected"), [
    ("线下宣传展示活动", "线下宣传展示"), ("数字化展览活动", "数字化展览"), ("特色主题活动", "特色主题活动"),
    ("特色主题", "特色主题活动"), ("社会服务活动", "社会服务"), ("校园招聘", "校园招聘会"), ("招聘会", "校园招聘会"),
    ("校企签约", "校企集中签约"), ("工匠进校园", "校友返校及工匠进校园"), ("校友返校", "校友返校及工匠进校园"),
    ("校友返校和工匠进校园", "校友返校及工匠进校园"), ("校友寻访", "优秀校友寻访"), ("优秀校友寻访活动", "优秀校友寻访"),
    ("校园开放日", "校园开放"), ("其它", "其他"), ("1.线下宣传展示", "线下宣传展示"), ("（三）特色主题活动", "特色主题活动"),
    (None, None), ("", None), ("—", None),
])
def test_parse_category_variants(value, expected):
    assert parse_category(value) == expected


def test_parse_category_refuses():
    with pytest.raises(ParseError) as caught:
        parse_category("文艺汇演")
    assert str(caught.value) == "活动类别“文艺汇演”无效，应为：" + "、".join(CATEGORIES)


@pytest.mark.parametrize(("value", "expected"), [
    *((day, day) for day in THEME_DAYS),
    ("学院", "学院日"), ("学生", "学生日"), ("教师", "教师日"), ("企业", "企业日"), ("企业主题日", "企业日"),
    (" 企 业 日 ", "企业日"), (None, None), ("", None), ("无", None), ("-", None),
])
def test_parse_theme_day(value, expected):
    assert parse_theme_day(value) == expected


def test_parse_theme_day_refuses():
    with pytest.raises(ParseError) as caught:
        parse_theme_day("家长日")
    assert str(caught.value) == "主题日“家长日”无效，应为：学院日、学生日、教师日、企业日"


@pytest.mark.parametrize(("value", "expected"), [
    *((status, status) for status in STATUSES),
    ("已完成", "已举办"), ("完成", "已举办"), ("取消了", "取消"), ("已取消", "取消"), ("计划中", "计划"),
    (None, None), ("", None),
])
def test_parse_status(value, expected):
    assert parse_status(value) == expected


def test_parse_status_refuses():
    with pytest.raises(ParseError) as caught:
        parse_status("延期")
    assert str(caught.value) == "状态“延期”无效，应为：计划、已举办、取消"


def test_choice_lists_cover_the_domain():
    assert {parse_form(form) for form in FORMS} == set(FORMS)


# ---------------------------------------------------------------------------------------------- properties

days = st.dates(min_value=D(1950, 1, 1), max_value=D(2099, 12, 31))
DATE_STYLES = (
    lambda d: f"{d.year}年{d.month}月{d.day}日",
    lambda d: f"{d.year}-{d.month:02d}-{d.day:02d}",
    lambda d: f"{d.year}/{d.month}/{d.day}",
    lambda d: f"{d.year}.{d.month}.{d.day}",
    lambda d: f"{d.year}{d.month:02d}{d.day:02d}",
    lambda d: f"{d.month}/{d.day}/{d.year}",
    lambda d: f"{d.year}年{d.month}月{d.day}日（周{'一二三四五六日'[d.weekday()]}）",
    lambda d: f"{d.year}年{d.month}月{d.day}日 星期{'一二三四五六日'[d.weekday()]}",
)
YEARLESS_STYLES = (
    lambda d: f"{d.month}月{d.day}日",
    lambda d: f"{d.month}.{d.day}",
    lambda d: f"{d.month}/{d.day}",
    lambda d: f"{d.month}-{d.day}",
    lambda d: f"{d.month}月{d.day}号",
)


@settings(deadline=None)
@given(day=days, style=st.sampled_from(DATE_STYLES), wide=st.booleans())
def test_any_date_in_any_style_round_trips(day, style, wide):
    text = style(day)
    text = full_width(text) if wide else text
    assert parse_date(text, year=2000) == day
    assert parse_date_range(text, year=2000) == (day, day)
    assert parse_date_time(text, year=2000) == (day, None, None)


@settings(deadline=None)
@given(day=days, style=st.sampled_from(YEARLESS_STYLES), wide=st.booleans())
def test_any_date_without_year_takes_the_given_year(day, style, wide):
    text = style(day)
    text = full_width(text) if wide else text
    assert parse_date(text, year=day.year) == day


@settings(deadline=None)
@given(day=days)
def test_excel_serials_and_date_objects_round_trip(day):
    serial = (day - D(1899, 12, 30)).days
    assert parse_date(serial, year=2000) == day
    assert parse_date(float(serial), year=2000) == day
    assert parse_date(day, year=2000) == day
    assert parse_date(dt.datetime.combine(day, T(10, 15)), year=2000) == day


def _cn(n: int) -> str:
    digits = "〇一二三四五六七八九"
    if n < 10:
        return digits[n]
    return ("" if n < 20 else digits[n // 10]) + "十" + ("" if n % 10 == 0 else digits[n % 10])


@settings(deadline=None)
@given(day=days)
def test_dates_in_chinese_numerals_round_trip(day):
    assert parse_date(f"{_cn(day.month)}月{_cn(day.day)}日", year=day.year) == day


clock = st.builds(T, st.integers(0, 23), st.integers(0, 59))
TIME_STYLES = (
    lambda t: f"{t.hour}:{t.minute:02d}",
    lambda t: f"{t.hour:02d}:{t.minute:02d}:00",
    lambda t: f"{t.hour}点{t.minute}分",
    lambda t: f"{t.hour}时{t.minute}分",
    lambda t: f"{t.hour}点{t.minute:02d}",
    lambda t: f"{t.hour:02d}{t.minute:02d}",
    lambda t: f"{t.hour}.{t.minute:02d}",
)


@settings(deadline=None)
@given(time=clock, style=st.sampled_from(TIME_STYLES), wide=st.booleans())
def test_any_time_in_any_style_round_trips(time, style, wide):
    text = style(time)
    text = full_width(text) if wide else text
    assert parse_time(text) == time
    assert parse_time_range(text) == (time, None)


@settings(deadline=None)
@given(time=st.builds(T, st.integers(1, 11), st.integers(0, 59)))
def test_afternoon_and_evening_add_twelve_hours(time):
    later = time.replace(hour=time.hour + 12)
    assert parse_time(f"下午{time.hour}:{time.minute:02d}") == later
    assert parse_time(f"晚上{time.hour}点{time.minute}分") == later
    assert parse_time(f"上午{time.hour}:{time.minute:02d}") == time


@settings(deadline=None)
@given(time=st.builds(T, st.integers(0, 23), st.integers(0, 59), st.integers(0, 59)))
def test_excel_fractions_of_a_day_round_trip(time):
    fraction = (time.hour * 3600 + time.minute * 60 + time.second) / 86400
    assert parse_time(fraction) == time if fraction else parse_time(fraction) == T(0)
    assert parse_time(time) == time


@settings(deadline=None)
@given(start=clock, end=clock, sep=st.sampled_from(["-", "—", "~", "～", "至", "到", " - ", "－"]),
       style=st.sampled_from(TIME_STYLES[:5]))
def test_any_time_range_round_trips(start, end, sep, style):
    assert parse_time_range(f"{style(start)}{sep}{style(end)}") == (start, end)


@settings(deadline=None)
@given(day=days, start=clock, end=clock, style=st.sampled_from(DATE_STYLES[:4] + DATE_STYLES[6:]))
def test_date_with_time_range_round_trips(day, start, end, style):
    text = f"{style(day)} {start.hour}:{start.minute:02d}-{end.hour}:{end.minute:02d}"
    assert parse_date_time(text, year=2000) == (day, start, end)


COUNT_STYLES = (
    lambda n: str(n), lambda n: f"{n}人", lambda n: f"约{n}人", lambda n: f"{n}余人", lambda n: f"约{n}",
    lambda n: f"{n:,}", lambda n: f"{n:,}人", lambda n: f"预计{n}名",
)


@settings(deadline=None)
@given(number=st.integers(0, 10**8), style=st.sampled_from(COUNT_STYLES), wide=st.booleans())
def test_any_count_round_trips(number, style, wide):
    text = style(number)
    text = text.translate(str.maketrans("0123456789,", "０１２３４５６７８９，")) if wide else text
    assert parse_count(text) == number
    assert parse_count(number) == number
    assert parse_count(float(number)) == number


@settings(deadline=None)
@given(number=st.integers(1, 10**8))
def test_negative_counts_are_refused(number):
    with pytest.raises(ParseError, match="不能为负数"):
        parse_count(-number)
    with pytest.raises(ParseError, match="不能为负数"):
        parse_count(str(-number))


TEXT_PARSERS = (
    lambda v: parse_date(v, year=Y), lambda v: parse_date_range(v, year=Y), lambda v: parse_date_time(v, year=Y),
    lambda v: parse_schedule(v, year=Y), parse_time, parse_time_range, parse_count, parse_bool, parse_campus,
    parse_form, parse_category, parse_theme_day, parse_status,
)


@settings(deadline=None, max_examples=300)
@given(text=st.text())
def test_parsers_only_ever_raise_parse_error_on_any_text(text):
    for parser in TEXT_PARSERS:
        try:
            parser(text)
        except ParseError as error:
            assert str(error)
    assert isinstance(normalize_header(text), str)
    assert match_header(text) is None or match_header(text) in HEADER_ALIASES


@settings(deadline=None, max_examples=300)
@given(text=st.text(alphabet=st.sampled_from(
    list("0123456789０１２３４５６７８９:：.-—~至年月日号点时分半上下午晚周一二三十人约余,/ ")), max_size=20))
def test_parsers_only_ever_raise_parse_error_on_date_like_text(text):
    for parser in TEXT_PARSERS:
        try:
            parser(text)
        except ParseError as error:
            assert str(error)


@settings(deadline=None)
@given(value=st.one_of(st.integers(), st.floats(), st.booleans(), st.none(), st.dates(), st.times(), st.datetimes()))
def test_parsers_only_ever_raise_parse_error_on_any_cell_value(value):
    for parser in TEXT_PARSERS:
        try:
            parser(value)
        except ParseError as error:
            assert str(error)


# ---------------------------------------------------------------------------------------------- hardening


@pytest.mark.parametrize(("value", "expected"), [
    ("9.30-11.30", (None, T(9, 30), T(11, 30))),
    ("14.00-16.00", (None, T(14, 0), T(16, 0))),
    ("8.00", (None, T(8, 0), None)),
    ("5月13日 14.00-16.00", (MAY13, T(14, 0), T(16, 0))),
    ("45425", (MAY13, None, None)),
    ("上午10点-2点", (None, T(10, 0), T(14, 0))),
])
def test_parse_date_time_tells_clock_times_from_dates(value, expected):
    assert parse_date_time(value, year=Y) == expected


def test_dotted_spans_that_are_no_working_hours_stay_dates():
    assert parse_date_range("5.13-5.15", year=Y) == (MAY13, D(2024, 5, 15))
    assert parse_date_range("5.10-5.20", year=Y) == (D(2024, 5, 10), D(2024, 5, 20))


@pytest.mark.parametrize(("value", "expected"), [(930, T(9, 30)), (1430, T(14, 30)), ("930", T(9, 30)), (0, T(0))])
def test_parse_time_numbers_excel_made_of_typed_times(value, expected):
    assert parse_time(value) == expected


@pytest.mark.parametrize(("value", "reason"), [(24, "时间“24”无效"), (25, "时间“25”无效"), (30.5, "时间“30.5”无效"),
                                               (1460, "时间“1460”无效")])
def test_parse_time_refuses_numbers_that_are_no_time(value, reason):
    with pytest.raises(ParseError) as caught:
        parse_time(value)
    assert str(caught.value) == reason


@pytest.mark.parametrize(("parser", "value", "expected"), [
    (parse_category, "社会服务（志愿服务）", "社会服务"),
    (parse_category, "校友返校/工匠进校园", "校友返校及工匠进校园"),
    (parse_form, "线下（主会场）", "线下"),
    (parse_campus, "校外（某社区）", True),
    (parse_theme_day, "企业日（校企合作）", "企业日"),
    (parse_status, "已举办（5月13日）", "已举办"),
])
def test_choices_ignore_a_remark_in_brackets(parser, value, expected):
    assert parser(value) == expected


@pytest.mark.parametrize("value", ["周一", "（周一）", "星期三"])
def test_a_lone_weekday_is_no_date(value):
    with pytest.raises(ParseError) as caught:
        parse_date(value, year=Y)
    assert str(caught.value) == f"日期“{value}”无法识别，请写成 5月13日 或 2024-05-13"


@pytest.mark.parametrize(("parser", "value", "expected"), [
    (parse_time, "9:30（暂定）", T(9, 30)),
    (parse_time_range, "9:30-11:30（暂定）", (T(9, 30), T(11, 30))),
    (lambda v: parse_date_time(v, year=Y), "5月13日 9:30-11:30(待定)", (MAY13, T(9, 30), T(11, 30))),
])
def test_a_remark_in_brackets_after_a_time_is_ignored(parser, value, expected):
    assert parser(value) == expected


@pytest.mark.parametrize(("value", "reason"), [
    ("5月14日（周一）", "日期“5月14日（周一）”与星期不符：2024年5月14日是周二"),
    ("5月14日 星期一 9:30", "日期“5月14日 星期一 9:30”与星期不符：2024年5月14日是周二"),
    ("5月13日-15日（周一至周四）", "日期“5月13日-15日（周一至周四）”与星期不符：2024年5月15日是周三"),
])
def test_a_weekday_that_contradicts_the_date_is_refused(value, reason):
    with pytest.raises(ParseError) as caught:
        parse_schedule(value, year=Y)
    assert str(caught.value) == reason


def test_a_weekday_that_agrees_is_accepted():
    assert parse_date("5月19日（周日）", year=Y) == D(2024, 5, 19)
    assert parse_date("5月19日 星期天", year=Y) == D(2024, 5, 19)
    assert parse_date_range("5月13日-15日（周一至周三）", year=Y) == (MAY13, D(2024, 5, 15))


def test_repeated_cells_give_the_same_answer_and_errors_every_time():
    for _ in range(3):
        assert parse_date_time("5月13日 9:30-11:30", year=Y) == (MAY13, T(9, 30), T(11, 30))
        assert parse_date("5月13日", year=2025) == D(2025, 5, 13)  # the year is part of the answer
        with pytest.raises(ParseError, match="^日期“5月32日”无效$"):
            parse_date("5月32日", year=Y)
        with pytest.raises(ParseError, match="^人数“若干”不是整数"):
            parse_count("若干")
