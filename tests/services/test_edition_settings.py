"""Per-edition rules: defaults, checked values, changes recorded; numbers never reused."""

from __future__ import annotations

import pytest

from vocweek_desktop.domain import edition_settings as rules
from vocweek_desktop.domain.errors import ValidationError
from vocweek_desktop.services import audit, edition_settings, numbering


@pytest.fixture
def lead_days():
    rules.register(rules.Setting("test.lead_days", "提前申报天数", 3, rules.whole_number(0, 60)))
    yield "test.lead_days"
    rules.SETTINGS.pop("test.lead_days")


def test_default_until_set_then_the_stored_value(db, edition, lead_days):
    assert edition_settings.get_setting(db, edition.id, lead_days) == 3
    assert edition_settings.set_setting(db, edition.id, lead_days, "5") == 5
    assert edition_settings.get_setting(db, edition.id, lead_days) == 5
    assert edition_settings.all_settings(db, edition.id, "test.") == {lead_days: 5}
    events = [e for e in audit.history(db, "edition", edition.id) if e.summary == "提前申报天数"]
    assert [(e.before, e.after) for e in events] == [({lead_days: 3}, {lead_days: 5})]


def test_a_bad_value_is_refused_naming_the_setting_and_nothing_is_stored(db, edition, lead_days):
    for bad in (-1, 61, "三天", 2.5, True):
        with pytest.raises(ValidationError) as caught:
            edition_settings.set_setting(db, edition.id, lead_days, bad)
        assert "提前申报天数" in str(caught.value)
    assert edition_settings.get_setting(db, edition.id, lead_days) == 3
    with pytest.raises(ValidationError):
        edition_settings.get_setting(db, edition.id, "no.such.key")


def test_choices_subset_keeps_the_allowed_order():
    clean = rules.choices_subset(("甲", "乙", "丙"))
    assert clean(["丙", "甲"]) == ["甲", "丙"]
    with pytest.raises(ValueError):
        clean(["丁"])


def test_numbers_are_never_handed_out_twice_and_a_rollback_gives_one_back(db, edition):
    with db.transaction() as session:
        assert [numbering.next_number(session, edition.id, "outing") for _ in range(3)] == [1, 2, 3]
    with pytest.raises(RuntimeError), db.transaction() as session:
        assert numbering.next_number(session, edition.id, "outing") == 4
        raise RuntimeError("the request was not saved")
    with db.transaction() as session:
        assert numbering.next_number(session, edition.id, "outing") == 4
        assert numbering.next_number(session, edition.id, "certificate") == 1
        assert numbering.last_number(session, edition.id, "outing") == 4
