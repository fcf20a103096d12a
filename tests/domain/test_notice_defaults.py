"""The defaults every new edition starts from, checked against the notice's own text."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.notice_facts import notice_facts, unpad, unpad_names
from vocweek_desktop.domain import notice_defaults as nd
from vocweek_desktop.domain.dates import days_between, format_day, move_to_year
from vocweek_desktop.domain.rules import clean_college, clean_edition


def test_notice_parser_undoes_padding():
    assert unpad_names("高 莉 伍 希") == ["高莉", "伍希"]
    assert unpad("院 长 书 记") == "院长、书记"
    assert unpad("熊阿布") == "熊阿布"
    assert unpad(" 周 鹏 ") == "周鹏"


def test_edition_constants_follow_the_notice():
    facts = notice_facts()
    edition = nd.EDITION_2024
    for name in ("title", "theme", "doc_number", "week_start", "week_end", "showcase_date", "showcase_start",
                 "showcase_end", "showcase_venue", "registration_deadline", "award_name", "award_quota",
                 "school_name", "office_name"):
        assert edition[name] == getattr(facts, name), name
    assert edition["report_deadline"].date() == facts.report_day
    assert edition["report_deadline"].time() >= dt.time(23, 59)
    assert edition["year"] == nd.NOTICE_YEAR == facts.week_start.year


def test_duty_leadership_and_contacts_follow_the_notice():
    facts = notice_facts()
    assert [(name, duty, head) for name, duty, head, _ in nd.DEPARTMENTS_2024] == list(facts.departments)
    assert nd.LEADERSHIP_2024[0] == ("组长", facts.leader)
    assert [name for role, name in nd.LEADERSHIP_2024 if role == "副组长"] == list(facts.deputies)
    assert "".join(name for role, name in nd.LEADERSHIP_2024 if role == "成员") == facts.members_text
    assert [(c["name"], c["phone"], c["email"]) for c in nd.CONTACTS_2024] == list(facts.contacts)


def test_needs_are_routed_to_the_units_the_duty_table_names():
    routed = {need: name for name, _, _, need in nd.DEPARTMENTS_2024 if need}
    assert routed == {"media": "融媒体中心", "it": "信息中心", "power": "后勤处", "security": "保卫处"}
    assert set(routed) == set(nd.NEED_LABELS)


def test_sample_colleges_are_marked_and_valid():
    assert 8 <= len(nd.SAMPLE_COLLEGES) <= 12
    names = [college["name"] for college in nd.SAMPLE_COLLEGES]
    assert len(set(names)) == len(names)
    for college in nd.SAMPLE_COLLEGES:
        cleaned = clean_college(college)
        assert "示例" in cleaned["name"]
        assert cleaned["teacher_count"] is not None and cleaned["student_count"] is not None


@pytest.mark.parametrize("year", range(2000, 2101))
def test_defaults_of_every_year_are_valid(year):
    values = nd.edition_defaults(year)
    values["contacts"] = [dict(contact) for contact in nd.CONTACTS_2024]
    cleaned = clean_edition(values)
    assert cleaned["year"] == year
    for name in ("week_start", "week_end", "showcase_date", "registration_deadline", "report_deadline"):
        assert cleaned[name].year == year, name
    assert str(year) in cleaned["title"]
    if year != nd.NOTICE_YEAR:
        assert "26号" not in cleaned["doc_number"]  # another year's number is not the notice's


def test_defaults_move_dates_and_keep_times():
    values = nd.edition_defaults(2025)
    assert values["week_start"] == dt.date(2025, 5, 12) and values["week_end"] == dt.date(2025, 5, 18)
    assert values["registration_deadline"] == dt.datetime(2025, 5, 10, 18, 0)
    assert values["showcase_start"] == dt.time(9, 30)
    assert values["title"] == "2025年职业教育活动周"
    assert "26号" not in values["doc_number"]  # the new year's number is not known yet
    assert nd.EDITION_2024["year"] == 2024  # the constants themselves are not changed


def test_defaults_of_the_notice_year_are_the_notice_itself():
    facts = notice_facts()
    values = nd.edition_defaults(nd.NOTICE_YEAR)
    assert values["doc_number"] == facts.doc_number
    assert (values["title"], values["week_start"]) == (facts.title, facts.week_start)


def test_move_to_year_handles_29_february():
    assert move_to_year(dt.date(2024, 2, 29), 2025) == dt.date(2025, 2, 28)
    assert move_to_year(dt.datetime(2024, 2, 29, 8, 0), 2023) == dt.datetime(2023, 2, 28, 8, 0)
    assert move_to_year("川科教发", 2025) == "川科教发"


def test_week_days_and_labels():
    days = days_between(dt.date(2024, 5, 12), dt.date(2024, 5, 18))
    assert len(days) == 7
    assert format_day(dt.date(2024, 5, 13)) == "5月13日（周一）"
