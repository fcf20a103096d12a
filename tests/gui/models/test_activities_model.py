"""The windowed activities model: its columns from the shared Column spec, edits in place through the service."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from tests.activity_data import MONDAY, add
from vocweek_desktop.gui.models.activities_model import ActivitiesModel
from vocweek_desktop.gui.models.records_model import RIGHT
from vocweek_desktop.services import activities, editions
from vocweek_desktop.services.activities import COLUMNS


@pytest.fixture
def model(qtbot, demo_db, ed):
    def make() -> ActivitiesModel:
        made = ActivitiesModel()
        edition = editions.get_edition(demo_db, ed)
        made.set_context(demo_db, ed, year=edition.year, week=(edition.week_start, edition.week_end))
        return made
    return make


def test_columns_are_the_services_columns_with_widths_and_checks(model):
    shown = model()
    assert [(c.key, c.header) for c in shown.columns()] == COLUMNS
    assert all(c.width for c in shown.columns())
    power = shown.column(shown.column_of("need_power"))
    assert power.check and power.editable
    assert shown.headerData(shown.column_of("need_power"), Qt.Orientation.Horizontal,
                            Qt.ItemDataRole.ToolTipRole) == "用电需求，转后勤处"
    assert shown.column(shown.column_of("expected_students")).align == RIGHT
    assert not shown.column(shown.column_of("organiser")).editable
    assert not shown.column(shown.column_of("source")).editable


def test_moving_a_one_day_activity_reports_both_dates_for_undo(model, demo_db, ed, qtbot):
    record = add(demo_db, ed, first_date=MONDAY)
    shown = model()
    friday = MONDAY + dt.timedelta(days=4)
    with qtbot.waitSignal(shown.edited) as edited:
        assert shown.setData(shown.index(0, shown.column_of("first_date")), friday)
    assert edited.args == [record.id, {"first_date": MONDAY, "last_date": MONDAY},
                           {"first_date": friday, "last_date": friday}]
    assert shown.index(0, shown.column_of("last_date")).data() == "5月17日（周五）"


def test_a_value_typed_back_unchanged_is_no_edit_and_a_bad_one_is_refused(model, demo_db, ed, qtbot):
    record = add(demo_db, ed, expected_students=120)
    shown = model()
    edits, refusals = [], []
    shown.edited.connect(lambda *args: edits.append(args))
    shown.edit_refused.connect(refusals.append)
    students = shown.index(0, shown.column_of("expected_students"))
    assert shown.setData(students, "120")
    assert edits == [] and refusals == []
    assert not shown.setData(students, "约两百")
    assert edits == [] and len(refusals) == 1 and "约两百" in refusals[0]
    assert activities.get_activity(demo_db, record.id).values["expected_students"] == 120
