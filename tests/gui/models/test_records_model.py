"""The records model base: a Column spec drawn, sorted, searched, ticked and edited as a table view asks for it."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from vocweek_desktop.gui.models.records_model import RIGHT, Column, RecordsModel, no_tooltip


@dataclasses.dataclass(frozen=True)
class Booth:
    """A toy record, as later tables (booths, outings, scores) will have them."""

    id: int
    number: str
    college: str | None
    width: float | None
    power: bool = False


BOOTHS = [Booth(1, "A10", "智能制造学院", 3.0), Booth(2, "A2", "航空学院", None, True),
          Booth(3, "B1", "建筑工程学院", 6.0), Booth(4, "A1", None, 3.0)]


class BoothsModel(RecordsModel):
    """Columns configured in the constructor; edits in place go through ``commit``."""

    def __init__(self, refuse: str = ""):
        super().__init__([
            Column("number", "展位号", searchable=True, header_tooltip="在布局中唯一"),
            Column("college", "学院", text=lambda value: value or "（未分配）", searchable=True, editable=True),
            Column("width", "宽(米)", text=lambda value: "" if value is None else f"{value:g}", align=RIGHT,
                   tooltip=no_tooltip, editable=True),
            Column("power", "用电", check=True, editable=True),
            Column("area", "面积", value=lambda booth: (booth.width or 0) * 3),
        ])
        self.saved: list[tuple[int, str, object]] = []
        self._refuse = refuse

    def commit(self, row, record, column, value) -> bool:
        if self._refuse:
            self.edit_refused.emit(self._refuse)
            return False
        self.saved.append((record.id, column.key, value))
        return True


def _texts(model: RecordsModel, key: str) -> list[str]:
    column = model.column_of(key)
    return [model.index(row, column).data() for row in range(model.rowCount())]


@pytest.fixture
def model(qtbot) -> BoothsModel:
    booths = BoothsModel()
    booths.set_rows(BOOTHS)
    return booths


def test_cells_come_from_the_column_spec(model):
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "展位号", "学院", "宽(米)", "用电", "面积"]
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == "在布局中唯一"
    assert model.headerData(2, Qt.Orientation.Vertical) == "3"
    assert _texts(model, "college") == ["智能制造学院", "航空学院", "建筑工程学院", "（未分配）"]
    assert _texts(model, "width") == ["3", "", "6", "3"]
    assert _texts(model, "area") == ["9.0", "0", "18.0", "9.0"]
    width = model.index(1, model.column_of("width"))
    assert width.data(Qt.ItemDataRole.TextAlignmentRole) == int(RIGHT)
    assert width.data(Qt.ItemDataRole.ToolTipRole) is None
    assert width.data(RecordsModel.ValueRole) is None and width.data(RecordsModel.RecordRole) == BOOTHS[1]
    college = model.index(0, model.column_of("college"))
    assert college.data(Qt.ItemDataRole.ToolTipRole) == "智能制造学院"  # long text can be read in the tooltip
    power = model.index(1, model.column_of("power"))
    assert power.data() == "" and power.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert power.data(RecordsModel.CopyRole) == "是"
    assert model.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) is None


def test_records_rows_and_ids(model):
    assert model.rowCount() == model.total_count() == 4
    assert model.record(2) == BOOTHS[2] and model.record(4) is None and model.record(-1) is None
    assert model.row_of(3) == 2 and model.row_of(99) is None
    assert model.records() == BOOTHS == model.shown_records()
    assert model.column_key(1) == "college" and model.column_of("power") == 3 and model.column_of("nothing") == -1


def test_sort_numbers_as_numbers_text_in_pinyin_unknown_first_and_ties_stable(model):
    model.sort(model.column_of("number"))
    assert _texts(model, "number") == ["A1", "A2", "A10", "B1"]  # A2 before A10: numbers inside text count
    model.sort(model.column_of("width"))
    assert [record.id for record in model.shown_records()] == [2, 1, 4, 3]  # unknown first; 1 and 4 tie: kept
    model.sort(model.column_of("width"), Qt.SortOrder.DescendingOrder)
    assert [record.id for record in model.shown_records()] == [3, 1, 4, 2]
    model.sort(model.column_of("college"))
    assert _texts(model, "college") == ["（未分配）", "航空学院", "建筑工程学院", "智能制造学院"]  # hang, jian, zhi

    model.set_rows([*BOOTHS, Booth(5, "C1", "艺术设计学院", 2.0)])  # the sort stays for new rows
    assert _texts(model, "college")[-1] == "智能制造学院" and _texts(model, "college")[-2] == "艺术设计学院"


def test_sorting_reads_values_not_cells(model, monkeypatch):
    many = [Booth(i, f"A{i}", f"学院{i % 97}", float(i % 13)) for i in range(20_000)]
    model.set_rows(many)
    calls = []
    monkeypatch.setattr(model, "data", lambda *args: calls.append(args))
    model.sort(model.column_of("college"))
    model.sort(model.column_of("width"), Qt.SortOrder.DescendingOrder)
    assert calls == []  # no data() per comparison, as a QSortFilterProxyModel would make (TRAPS.md)
    assert model.record(0).width == 12.0


def test_search_needs_every_word_in_the_searchable_columns(model):
    model.set_search("学院")
    assert model.rowCount() == 3
    model.set_search("ａ1 智能")  # full-width letters and digits fold; every word must occur
    assert _texts(model, "number") == ["A10"]
    model.set_search("b1")
    assert _texts(model, "number") == ["B1"] and model.search_terms() == ["b1"]
    model.set_search("6")  # the width is not searched
    assert model.rowCount() == 0 and model.total_count() == 4
    model.set_search("")
    assert model.rowCount() == 4 and model.row_of(4) == 3


def test_editable_cells_and_check_boxes_go_through_commit(model):
    college, width, power, number = (model.index(0, model.column_of(key))
                                     for key in ("college", "width", "power", "number"))
    assert power.flags() & Qt.ItemFlag.ItemIsUserCheckable and not power.flags() & Qt.ItemFlag.ItemIsEditable
    assert college.flags() & Qt.ItemFlag.ItemIsEditable
    assert not number.flags() & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(number, "Z9")
    assert model.setData(college, "航空学院")
    assert model.setData(power, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert not model.setData(power, True)  # a check box is ticked, not typed
    assert model.setData(width, 3.0)  # the value it has: no edit
    assert model.saved == [(1, "college", "航空学院"), (1, "power", True)]


def test_a_refused_edit_says_why(qtbot):
    model = BoothsModel(refuse="宽度应大于 0")
    model.set_rows(BOOTHS)
    with qtbot.waitSignal(model.edit_refused) as refused:
        assert not model.setData(model.index(0, model.column_of("width")), -1.0)
    assert refused.args == ["宽度应大于 0"]


def test_a_table_view_sorts_it_by_a_header_click(qtbot, model):
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setSortingEnabled(True)
    view.sortByColumn(model.column_of("number"), Qt.SortOrder.DescendingOrder)
    assert _texts(model, "number") == ["B1", "A10", "A2", "A1"]
