"""Editions: create, read, update with validation, new year from the defaults, copy forward (29 February too)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from tests.edition_data import edition_values
from tests.services.audit_events import event_count
from vocweek_desktop.domain.dates import move_to_year
from vocweek_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from vocweek_desktop.services import colleges, editions, organisation


def _values(**changes) -> dict[str, object]:
    """A valid edition (2030) with ``changes`` applied."""
    values: dict[str, object] = {
        "year": 2030, "title": "2030年职业教育活动周", "theme": "技能成才", "doc_number": "川科教发〔2030〕8号",
        "week_start": dt.date(2030, 5, 12), "week_end": dt.date(2030, 5, 18),
        "showcase_date": dt.date(2030, 5, 13), "showcase_start": dt.time(9, 30), "showcase_end": dt.time(17, 0),
        "showcase_venue": "东区科技广场",
        "registration_deadline": dt.datetime(2030, 5, 10, 18, 0),
        "report_deadline": dt.datetime(2030, 5, 23, 23, 59, 59),
        "award_name": "优秀组织奖", "award_quota": 4, "school_name": "四川科技职业学院", "office_name": "教务处",
        "contacts": [{"name": "湛兴波", "phone": "028-37330356", "email": ""}],
    }
    values.update(changes)
    return values


# --------------------------------------------------------------------------------------------- defaults


def test_create_from_defaults_has_the_notice_settings(db):
    record = editions.create_from_defaults(db, 2024)
    assert record.year == 2024
    assert record.title == "2024年职业教育活动周"
    assert record.theme == "一技在手，一生无忧"
    assert (record.week_start, record.week_end) == (dt.date(2024, 5, 12), dt.date(2024, 5, 18))
    assert record.showcase_date == dt.date(2024, 5, 13)
    assert (record.showcase_start, record.showcase_end) == (dt.time(9, 30), dt.time(17, 0))
    assert record.showcase_venue == "东区科技广场"
    assert record.registration_deadline == dt.datetime(2024, 5, 10, 18, 0)
    assert record.report_deadline.date() == dt.date(2024, 5, 23)
    assert (record.award_name, record.award_quota) == ("优秀组织奖", 4)
    assert [(c.name, c.phone, c.email) for c in record.contacts] == [
        ("湛兴波", "028-37330356", ""), ("鄢涛", "028-37330356", "173882469@qq.com")]
    departments = organisation.list_departments(db, record.id)
    assert [d.name for d in departments][0] == "教务处"
    assert len(departments) == 7
    assert len(organisation.list_leadership(db, record.id)) == 10
    assert colleges.list_colleges(db, record.id) == []


def test_create_from_defaults_moves_every_date_to_the_year(db):
    record = editions.create_from_defaults(db, 2026)
    assert record.title == "2026年职业教育活动周"
    assert "2026" in record.doc_number
    assert (record.week_start, record.week_end) == (dt.date(2026, 5, 12), dt.date(2026, 5, 18))
    assert record.showcase_date == dt.date(2026, 5, 13)
    assert record.registration_deadline == dt.datetime(2026, 5, 10, 18, 0)
    assert record.report_deadline.date() == dt.date(2026, 5, 23)


def test_create_from_defaults_refuses_an_existing_year(db, edition):
    with pytest.raises(ConflictError) as caught:
        editions.create_from_defaults(db, 2024)
    assert "2024年度的活动周已经存在" in caught.value.message
    assert [e.year for e in editions.list_editions(db)] == [2024]


# --------------------------------------------------------------------------------------------- create, update


def test_settings_are_saved_cleaned_and_read_back(db):
    blank = editions.create_from_defaults(db, 2030)
    created = editions.update_edition(db, blank.id, _values(contacts=[
        {"name": "高 莉", "phone": "13800138000", "email": "gaoli@example.edu.cn"},
        {"name": "鄢涛", "phone": "028-37330356转8001", "email": ""}]))
    record = editions.get_edition(db, created.id)
    assert record == created
    assert record.theme == "技能成才"
    assert [c.name for c in record.contacts] == ["高莉", "鄢涛"]  # padding space between CJK names removed
    assert record.contacts[1].phone == "028-37330356转8001"


def test_list_editions_newest_first(db):
    for year in (2024, 2026, 2025):
        editions.create_from_defaults(db, year)
    assert [e.year for e in editions.list_editions(db)] == [2026, 2025, 2024]


def test_update_changes_fields_and_replaces_contacts(db, edition):
    values = edition_values(edition)
    values.update(theme="新主题", award_quota=5, showcase_venue="西区体育馆",
                  contacts=[{"name": "周鹏", "phone": "13900001111", "email": "zp@example.edu.cn"}])
    editions.update_edition(db, edition.id, values)
    record = editions.get_edition(db, edition.id)
    assert (record.theme, record.award_quota, record.showcase_venue) == ("新主题", 5, "西区体育馆")
    assert [(c.name, c.phone, c.email) for c in record.contacts] == [("周鹏", "13900001111", "zp@example.edu.cn")]


def test_update_may_clear_the_optional_dates(db, edition):
    values = edition_values(edition)
    values.update(showcase_date=None, showcase_start=None, showcase_end=None,
                  registration_deadline=None, report_deadline=None)
    record = editions.update_edition(db, edition.id, values)
    assert (record.showcase_date, record.registration_deadline, record.report_deadline) == (None, None, None)


def test_update_refuses_a_year_another_edition_has(db, edition):
    editions.create_from_defaults(db, 2025)
    values = edition_values(edition)
    values.update(year=2025, theme="不应保存")
    with pytest.raises(ConflictError) as caught:
        editions.update_edition(db, edition.id, values)
    assert "2025" in caught.value.message
    assert editions.get_edition(db, edition.id) == edition


def test_update_of_a_missing_edition(db):
    with pytest.raises(NotFoundError):
        editions.update_edition(db, 999, _values())


# --------------------------------------------------------------------------------------------- validation

RULES = [
    pytest.param({"week_end": dt.date(2024, 5, 11)}, "week_end", "不能早于首日", id="last-day-before-first"),
    pytest.param({"showcase_date": dt.date(2024, 5, 20)}, "showcase_date", "应在活动周", id="showcase-outside-week"),
    pytest.param({"showcase_date": dt.date(2024, 5, 11)}, "showcase_date", "应在活动周", id="showcase-before-week"),
    pytest.param({"report_deadline": dt.datetime(2024, 5, 18, 23, 59, 59)}, "report_deadline", "应在活动周结束",
                 id="report-on-last-day"),
    pytest.param({"report_deadline": dt.datetime(2024, 5, 15, 12, 0)}, "report_deadline", "应在活动周结束",
                 id="report-within-week"),
    pytest.param({"award_quota": 0}, "award_quota", "至少为 1", id="quota-0"),
    pytest.param({"award_quota": "四"}, "award_quota", "不是整数", id="quota-not-a-number"),
    pytest.param({"showcase_end": dt.time(9, 0)}, "showcase_end", "应晚于开始时间", id="showcase-ends-before-start"),
    pytest.param({"title": "  "}, "title", "不能为空", id="title-empty"),
    pytest.param({"year": 1999}, "year", "2000–2100", id="year-out-of-range"),
    pytest.param({"contacts": [{"name": "湛兴波", "phone": "028-37330356"}, {"name": "鄢涛", "phone": "12345"}]},
                 "contacts.1.phone", "第2位联系电话“12345”格式不正确", id="contact-phone"),
    pytest.param({"contacts": [{"name": "鄢涛", "phone": "", "email": "yantao@qq"}]},
                 "contacts.0.email", "不是有效的电子邮箱地址", id="contact-email"),
    pytest.param({"contacts": [{"name": "", "phone": "13800138000"}]}, "contacts.0.name", "第1位联系人不能为空",
                 id="contact-without-name"),
]


@pytest.mark.parametrize(("changes", "field", "text"), RULES)
def test_update_validation_names_the_field_and_saves_nothing(db, edition, changes, field, text):
    values = edition_values(edition)
    values.update(changes)
    values["theme"] = "不应保存"
    with pytest.raises(ValidationError) as caught:
        editions.update_edition(db, edition.id, values)
    assert field in caught.value.fields
    assert text in caught.value.fields[field]
    assert editions.get_edition(db, edition.id) == edition


def test_report_deadline_just_after_the_week_is_accepted(db, edition):
    values = edition_values(edition)
    values["report_deadline"] = dt.datetime(2024, 5, 19, 0, 0)
    assert editions.update_edition(db, edition.id, values).report_deadline == dt.datetime(2024, 5, 19, 0, 0)


def test_one_day_week_and_showcase_on_the_edges_are_accepted(db):
    blank = editions.create_from_defaults(db, 2030)
    record = editions.update_edition(db, blank.id, _values(week_start=dt.date(2030, 5, 12),
                                                           week_end=dt.date(2030, 5, 12),
                                                           showcase_date=dt.date(2030, 5, 12)))
    assert record.week_start == record.week_end == record.showcase_date


def test_every_broken_rule_is_reported_at_once(db):
    blank = editions.create_from_defaults(db, 2030)
    with pytest.raises(ValidationError) as caught:
        editions.update_edition(db, blank.id, _values(week_end=dt.date(2030, 5, 1), award_quota=0,
                                                      contacts=[{"name": "甲", "phone": "1"}, {"name": "乙", "email": "x"}]))
    assert set(caught.value.fields) == {"week_end", "award_quota", "contacts.0.phone", "contacts.1.email"}
    assert editions.get_edition(db, blank.id) == blank


# --------------------------------------------------------------------------------------------- copy forward


def test_copy_forward_copies_colleges_departments_leadership_contacts(demo_db):
    source = editions.list_editions(demo_db)[0]
    summary = editions.copy_edition(demo_db, source.id, 2025)
    assert (summary.year, summary.colleges, summary.departments, summary.leadership, summary.contacts) == (
        2025, 10, 7, 10, 2)

    def strip(record):
        return {k: v for k, v in dataclasses.asdict(record).items() if k not in ("id", "edition_id")}

    old = [strip(c) for c in colleges.list_colleges(demo_db, source.id)]
    new = [strip(c) for c in colleges.list_colleges(demo_db, summary.edition_id)]
    assert new == old
    assert new[0]["name"] == "智能制造学院（示例）" and new[0]["teacher_count"] == 86

    def rows(listing, edition_id, *names):
        return [tuple(getattr(r, n) for n in names) for r in listing(demo_db, edition_id)]

    for listing, names in ((organisation.list_departments, ("name", "duty", "head", "need_key")),
                           (organisation.list_leadership, ("role", "name"))):
        assert rows(listing, summary.edition_id, *names) == rows(listing, source.id, *names)


def test_copy_forward_moves_dates_and_renames(demo_db):
    source = editions.get_edition(demo_db, editions.list_editions(demo_db)[0].id)
    copied = editions.get_edition(demo_db, editions.copy_edition(demo_db, source.id, 2025).edition_id)
    assert copied.year == 2025
    assert copied.title == "2025年职业教育活动周"
    assert "2024" not in copied.doc_number
    assert (copied.week_start, copied.week_end) == (dt.date(2025, 5, 12), dt.date(2025, 5, 18))
    assert copied.showcase_date == dt.date(2025, 5, 13)
    assert copied.registration_deadline == dt.datetime(2025, 5, 10, 18, 0)
    assert copied.report_deadline == source.report_deadline.replace(year=2025)
    assert (copied.showcase_start, copied.showcase_end) == (source.showcase_start, source.showcase_end)
    assert (copied.theme, copied.award_quota, copied.showcase_venue) == (
        source.theme, source.award_quota, source.showcase_venue)
    assert copied.contacts == source.contacts
    # The source year is left as it was.
    assert editions.get_edition(demo_db, source.id) == source
    assert len(colleges.list_colleges(demo_db, source.id)) == 10


def test_copy_forward_refuses_an_existing_year(demo_db):
    source = editions.list_editions(demo_db)[0]
    editions.create_from_defaults(demo_db, 2025)
    with pytest.raises(ConflictError):
        editions.copy_edition(demo_db, source.id, 2025)
    assert [e.year for e in editions.list_editions(demo_db)] == [2025, 2024]
    assert colleges.list_colleges(demo_db, editions.list_editions(demo_db)[0].id) == []


def test_copy_of_a_missing_edition(db):
    with pytest.raises(NotFoundError):
        editions.copy_edition(db, 999, 2025)


def test_copied_edition_is_independent_of_its_source(demo_db):
    source = editions.get_edition(demo_db, editions.list_editions(demo_db)[0].id)
    target_id = editions.copy_edition(demo_db, source.id, 2025).edition_id
    first = colleges.list_colleges(demo_db, target_id)[0]
    values = {k: v for k, v in dataclasses.asdict(first).items() if k not in ("id", "edition_id", "display_order")}
    colleges.update_college(demo_db, first.id, {**values, "dean": "新院长"})
    values = edition_values(editions.get_edition(demo_db, target_id))
    editions.update_edition(demo_db, target_id, {**values, "theme": "2025主题"})
    assert colleges.list_colleges(demo_db, source.id)[0].dean == "王建国"
    assert editions.get_edition(demo_db, source.id).theme == "一技在手，一生无忧"


# --------------------------------------------------------------------------------------------- 29 February


def _leap_week_edition(db):
    """A 2024 edition whose week spans 29 February."""
    return editions.update_edition(db, editions.create_from_defaults(db, 2024).id, _values(
        year=2024, title="2024年职业教育活动周", week_start=dt.date(2024, 2, 26), week_end=dt.date(2024, 2, 29),
        showcase_date=dt.date(2024, 2, 29), registration_deadline=dt.datetime(2024, 2, 29, 18, 0),
        report_deadline=dt.datetime(2024, 3, 5, 12, 0)))


def test_move_to_year_turns_29_february_into_28():
    assert move_to_year(dt.date(2024, 2, 29), 2025) == dt.date(2025, 2, 28)
    assert move_to_year(dt.datetime(2024, 2, 29, 18, 30), 2025) == dt.datetime(2025, 2, 28, 18, 30)
    assert move_to_year(dt.date(2024, 2, 29), 2028) == dt.date(2028, 2, 29)
    assert move_to_year(dt.date(2024, 3, 1), 2025) == dt.date(2025, 3, 1)
    assert move_to_year(dt.time(9, 30), 2025) == dt.time(9, 30)
    assert move_to_year(None, 2025) is None


def test_copy_forward_from_a_leap_year_week(db):
    source = _leap_week_edition(db)
    copied = editions.get_edition(db, editions.copy_edition(db, source.id, 2025).edition_id)
    assert (copied.week_start, copied.week_end) == (dt.date(2025, 2, 26), dt.date(2025, 2, 28))
    assert copied.showcase_date == dt.date(2025, 2, 28)
    assert copied.registration_deadline == dt.datetime(2025, 2, 28, 18, 0)
    assert copied.report_deadline == dt.datetime(2025, 3, 5, 12, 0)


def test_copy_forward_into_a_leap_year_keeps_29_february(db):
    source = _leap_week_edition(db)
    copied = editions.get_edition(db, editions.copy_edition(db, source.id, 2028).edition_id)
    assert copied.week_end == copied.showcase_date == dt.date(2028, 2, 29)
    assert copied.registration_deadline == dt.datetime(2028, 2, 29, 18, 0)


def test_copy_forward_with_an_optional_date_unset(db, edition):
    values = edition_values(edition)
    values.update(showcase_date=None, registration_deadline=None)
    editions.update_edition(db, edition.id, values)
    copied = editions.get_edition(db, editions.copy_edition(db, edition.id, 2025).edition_id)
    assert (copied.showcase_date, copied.registration_deadline) == (None, None)
    assert copied.week_start == dt.date(2025, 5, 12)


# --- audit trail ----------------------------------------------------------------------------------------


def test_create_and_update_are_recorded_with_the_changed_fields(db):
    from vocweek_desktop.services import audit

    db.operator = "周老师"
    created = editions.create_from_defaults(db, 2030)
    editions.update_edition(db, created.id, _values())
    values = _values(theme="新主题", award_quota=5, contacts=[{"name": "周鹏", "phone": "13900001111", "email": ""}])
    editions.update_edition(db, created.id, values)
    editions.update_edition(db, created.id, values)  # saved unchanged: no event
    create, _first_settings, update = audit.history(db, "edition", created.id)
    assert (create.operator, create.action, create.edition_id, create.summary) == (
        "周老师", "create", created.id, "2030年职业教育活动周")
    assert create.after["year"] == 2030 and create.after["week_start"] == "2030-05-12"
    assert create.after["contacts"][0] == {"name": "湛兴波", "phone": "028-37330356", "email": ""}
    assert update.action == "update"
    assert update.before == {"theme": "技能成才", "award_quota": 4,
                             "contacts": [{"name": "湛兴波", "phone": "028-37330356", "email": ""}]}
    assert update.after == {"theme": "新主题", "award_quota": 5,
                            "contacts": [{"name": "周鹏", "phone": "13900001111", "email": ""}]}
    assert update.change_lines() == ["活动主题：技能成才 → 新主题", "获奖名额：4 → 5",
                                     "联系人：湛兴波，028-37330356 → 周鹏，13900001111"]


def test_new_year_from_the_defaults_records_every_row_it_creates(db):
    from vocweek_desktop.services import audit

    record = editions.create_from_defaults(db, 2024)
    recorded = audit.events(db, record.id)
    assert sorted({(e.entity, e.action) for e in recorded}) == [
        ("department", "create"), ("edition", "create"), ("member", "create")]
    assert len(recorded) == 1 + 7 + 10
    assert {e.summary for e in recorded if e.entity == "department"} >= {"教务处", "保卫处"}


def test_copy_forward_records_the_edition_and_each_copied_row(demo_db):
    from vocweek_desktop.services import audit

    source = editions.list_editions(demo_db)[0]
    demo_db.operator = "周老师"
    summary = editions.copy_edition(demo_db, source.id, 2025)
    recorded = audit.events(demo_db, summary.edition_id)
    counts = {}
    for event in recorded:
        counts[event.entity] = counts.get(event.entity, 0) + 1
        assert event.action == "create" and event.operator == "周老师"
        assert event.after["copied_from"] == "2024年度"
    assert counts == {"edition": 1, "college": 10, "department": 7, "member": 10}
    college = colleges.list_colleges(demo_db, summary.edition_id)[0]
    assert audit.history(demo_db, "college", college.id)[0].after["name"] == college.name


def test_refused_edition_changes_record_nothing(db, edition):
    before = event_count(db)
    with pytest.raises(ConflictError):
        editions.create_from_defaults(db, 2024)
    with pytest.raises(ValidationError):
        editions.update_edition(db, edition.id, {**edition_values(edition), "week_end": dt.date(2024, 5, 1)})
    with pytest.raises(ConflictError):
        editions.copy_edition(db, edition.id, 2024)
    assert event_count(db) == before
