"""Field rules: names, headcounts, phones and e-mail addresses."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.validation import (
    check_email,
    check_phone,
    clean_name,
    clean_text,
    is_valid_email,
    is_valid_phone,
    parse_count,
)

CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
SPACES = st.sampled_from([" ", "  ", "\u3000", "\t", " \u3000 "])
FULLWIDTH_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")


# --- names -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("raw", "stored"), [
    ("高 莉", "高莉"),
    ("  伍 希 ", "伍希"),
    ("周\u3000鹏", "周鹏"),
    ("院 长 书 记", "院长书记"),
    ("熊阿布", "熊阿布"),
    ("学生处、团委", "学生处、团委"),  # Chinese punctuation kept
    ("智能制造学院（示例）", "智能制造学院（示例）"),
    ("ＡＢＣ　学院", "ABC 学院"),  # full-width letters folded, a space between Latin and CJK kept
    ("Li   Ming", "Li Ming"),
    (None, ""),
    ("   ", ""),
])
def test_clean_name_examples(raw, stored):
    assert clean_name(raw) == stored


@settings(deadline=None)
@given(st.lists(CJK, min_size=2, max_size=6), st.lists(SPACES, min_size=5, max_size=5))
def test_padding_between_chinese_characters_is_removed(chars, pads):
    padded = "".join(char + pads[index % len(pads)] for index, char in enumerate(chars))
    assert clean_name(pads[0] + padded) == "".join(chars)


@settings(deadline=None)
@given(st.text(max_size=40))
def test_clean_name_properties(raw):
    name = clean_name(raw)
    assert clean_name(name) == name  # idempotent
    assert name == name.strip()
    assert "  " not in name and "\u3000" not in name
    assert not re.search(r"[\u3400-\u9fff]\s+[\u3400-\u9fff]", name)
    assert not re.search(r"[０-９Ａ-Ｚａ-ｚ]", name)
    # Only white space is removed; every other character survives, folded.
    assert re.sub(r"\s", "", name) == re.sub(r"\s", "", clean_text(raw))


@settings(deadline=None)
@given(st.text(alphabet=st.sampled_from("（），、。：；“”《》"), max_size=10))
def test_chinese_punctuation_is_kept(raw):
    assert clean_name(raw) == raw


# --- headcounts --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("raw", "number"), [
    (None, None), ("", None), ("  ", None), (0, 0), (86, 86), ("2350", 2350), ("２３５０", 2350),
    ("2,350", 2350), ("2，350", 2350), (12.0, 12), (" 7 ", 7), ("+5", 5),
])
def test_parse_count_accepts(raw, number):
    errors: dict[str, str] = {}
    assert parse_count(errors, "student_count", raw) == number
    assert errors == {}


@pytest.mark.parametrize(("raw", "fragment"), [
    ("abc", "学生人数“abc”不是整数"),
    ("十二", "学生人数“十二”不是整数"),
    ("3.5", "学生人数“3.5”不是整数"),
    (3.5, "学生人数“3.5”不是整数"),
    (True, "不是整数"),
    (-1, "学生人数不能为负数（填写的是 -1）"),
    ("-20", "学生人数不能为负数（填写的是 -20）"),
])
def test_parse_count_refuses(raw, fragment):
    errors: dict[str, str] = {}
    assert parse_count(errors, "student_count", raw) is None
    assert fragment in errors["student_count"]


@pytest.mark.parametrize(("raw", "fragment"), [
    ("99999999999999999999", "学生人数“99999999999999999999”太大，不能超过 10000000"),
    ("9" * 5000, "太大，不能超过 10000000"),  # int() itself refuses more than 4,300 digits
    (10**30, "太大"),
    (1e30, "太大"),
    ("10000001", "太大"),
    ("-" + "9" * 5000, "学生人数不能为负数"),
])
def test_parse_count_refuses_numbers_too_large_for_a_headcount(raw, fragment):
    errors: dict[str, str] = {}
    assert parse_count(errors, "student_count", raw) is None
    assert fragment in errors["student_count"]


def test_parse_count_limit_itself_and_leading_zeros():
    errors: dict[str, str] = {}
    assert parse_count(errors, "student_count", "10000000") == 10_000_000
    assert parse_count(errors, "student_count", "0" * 50 + "12") == 12
    assert errors == {}


@settings(deadline=None)
@given(st.integers(min_value=0, max_value=10**7))
def test_parse_count_reads_its_own_text(number):
    errors: dict[str, str] = {}
    assert parse_count(errors, "teacher_count", str(number)) == number
    assert parse_count(errors, "teacher_count", str(number).translate(FULLWIDTH_DIGITS)) == number
    assert errors == {}


@settings(deadline=None)
@given(st.one_of(st.integers(), st.text(alphabet="+-0123456789", max_size=30)))
def test_parse_count_never_raises_and_keeps_the_range(raw):
    errors: dict[str, str] = {}
    number = parse_count(errors, "student_count", raw)
    assert (number is None) or (0 <= number <= 10_000_000 and not errors)


@settings(deadline=None)
@given(st.integers(max_value=-1))
def test_parse_count_refuses_every_negative(number):
    errors: dict[str, str] = {}
    assert parse_count(errors, "teacher_count", number) is None
    assert str(number) in errors["teacher_count"] and "教师人数" in errors["teacher_count"]


# --- phones --------------------------------------------------------------------------------------------


VALID_PHONES = [
    "028-37330356", "028-37330356转8001", "13800138000", "１３８００１３８０００", "０２８－３７３３０３５６",
    "(028)37330356", "028 37330356", "+86 13800138000", "0816-2345678", "028-37330356-8001", "139 8080 1234",
    "139-8080-1234",
]
INVALID_PHONES = [
    "12345", "abc", "028-1234567", "138001380001", "1380013800", "12800138000", "028-37330356转",
    "电话028-37330356", "23800138000", "028--37330356", "13800138000转", "四川成都", "37330356", "3733 0356",
]


@pytest.mark.parametrize("phone", VALID_PHONES)
def test_valid_phones(phone):
    errors: dict[str, str] = {}
    stored = check_phone(errors, "phone", phone)
    assert errors == {}
    assert not re.search(r"[^\x20-\x7e转]", stored)  # digits folded to ASCII
    assert re.sub(r"\D", "", stored) == re.sub(r"\D", "", phone.translate(
        str.maketrans("０１２３４５６７８９", "0123456789")))


@pytest.mark.parametrize("phone", INVALID_PHONES)
def test_invalid_phones_name_field_and_value(phone):
    errors: dict[str, str] = {}
    check_phone(errors, "phone", phone)
    assert errors["phone"].startswith(f"联系电话“{phone}”格式不正确")


@pytest.mark.parametrize(("typed", "stored"), [
    ("139 8080 1234", "13980801234"), ("139-8080-1234", "13980801234"), ("１３９ ８０８０ １２３４", "13980801234"),
    ("+86 139 8080 1234", "+8613980801234"), ("028 37330356", "028-37330356"), ("(028)37330356", "028-37330356"),
    ("（０２８）３７３３０３５６", "028-37330356"), ("028-37330356-8001", "028-37330356转8001"),
    ("028-37330356 转 8001", "028-37330356转8001"), ("0816-2345678分机12", "0816-2345678转12"),
])
def test_phones_are_stored_in_one_form(typed, stored):
    errors: dict[str, str] = {}
    assert check_phone(errors, "phone", typed) == stored
    assert errors == {}


def test_a_landline_without_area_code_is_refused_saying_so():
    errors: dict[str, str] = {}
    check_phone(errors, "phone", "37330110")
    assert errors["phone"] == msg.BAD_PHONE.format(label="联系电话", value="37330110")
    assert "带区号" in errors["phone"]


def test_empty_phone_is_allowed():
    errors: dict[str, str] = {}
    assert check_phone(errors, "phone", "") == "" and errors == {}


MOBILES = st.builds(lambda second, rest: f"1{second}{rest}", st.sampled_from("3456789"),
                    st.text(alphabet="0123456789", min_size=9, max_size=9))
LANDLINES = st.builds(
    lambda area, first, rest, ext: f"0{area}-{first}{rest}{ext}",
    st.text(alphabet="0123456789", min_size=2, max_size=3),
    st.sampled_from("23456789"),
    st.text(alphabet="0123456789", min_size=6, max_size=7),
    st.one_of(st.just(""), st.text(alphabet="0123456789", min_size=1, max_size=6).map(lambda e: "转" + e)),
)


@settings(deadline=None)
@given(st.one_of(MOBILES, LANDLINES))
def test_generated_phones_are_valid_also_in_full_width(phone):
    assert is_valid_phone(phone)
    errors: dict[str, str] = {}
    assert check_phone(errors, "phone", phone.translate(FULLWIDTH_DIGITS)) == phone
    assert errors == {}


@settings(deadline=None)
@given(st.text(alphabet="0123456789", max_size=6))
def test_too_short_numbers_are_invalid(digits):
    assert not is_valid_phone(digits)


UNICODE_DIGITS = st.characters(categories=["Nd"])


@settings(deadline=None)
@given(st.one_of(st.text(min_size=1, max_size=20),
                 st.builds(lambda rest: "13" + "".join(rest), st.lists(UNICODE_DIGITS, min_size=9, max_size=9)),
                 st.builds(lambda rest: "028-3" + "".join(rest), st.lists(UNICODE_DIGITS, min_size=7, max_size=7))))
def test_accepted_phones_hold_only_ascii_digits(raw):
    errors: dict[str, str] = {}
    stored = check_phone(errors, "phone", raw)
    if not errors and stored:
        digits = re.findall(r"\d", stored)
        assert all(digit in "0123456789" for digit in digits), stored
        assert len(digits) >= 7


# --- e-mail ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("address", ["173882469@qq.com", "zhizao@example.edu.cn", "Li.Ming+week@school.org.cn",
                                     "１７３８８２４６９＠qq.com"])
def test_valid_email(address):
    errors: dict[str, str] = {}
    stored = check_email(errors, "email", address)
    assert errors == {} and is_valid_email(stored) and stored.isascii()


@pytest.mark.parametrize("address", ["173882469", "a@b", "@qq.com", "a@@qq.com", "鄢涛@qq.com", "a b@qq.com",
                                     "a@qq..com", "a@qq.c"])
def test_invalid_email_names_field_and_value(address):
    errors: dict[str, str] = {}
    check_email(errors, "email", address)
    assert errors["email"] == f"电子邮箱“{address}”不是有效的电子邮箱地址"
