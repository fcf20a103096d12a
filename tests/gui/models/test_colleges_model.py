"""The colleges table model: 序号 is the place in display order whatever is shown, headcounts are numbers."""

from __future__ import annotations

from PySide6.QtCore import Qt

from vocweek_desktop.gui.models.colleges_model import ORDER_KEY, CollegesModel
from vocweek_desktop.services import colleges, editions


def _column(model, key):
    return [model.index(row, model.column_of(key)).data() for row in range(model.rowCount())]


def test_order_number_headcounts_and_search(qtbot, demo_db):
    edition_id = editions.list_editions(demo_db)[0].id
    records = colleges.list_colleges(demo_db, edition_id)
    records[1] = colleges.update_college(demo_db, records[1].id, {**records[1].__dict__, "student_count": ""})
    model = CollegesModel()
    model.set_rows(records)
    assert _column(model, ORDER_KEY) == [str(n) for n in range(1, 11)]
    assert model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) == int(Qt.AlignmentFlag.AlignCenter)
    students = model.column_of("student_count")
    assert model.index(1, students).data() == ""
    assert model.index(1, students).data(Qt.ItemDataRole.ToolTipRole) == "未填写（未知）"
    assert model.index(0, students).data(Qt.ItemDataRole.ToolTipRole) == str(records[0].student_count)

    model.set_search("航空")
    assert _column(model, "name") == ["航空学院（示例）"] and _column(model, ORDER_KEY) == ["8"]
    model.set_search(str(records[0].teacher_count))  # headcounts are not searched
    assert model.rowCount() == 0
    model.set_search("")
    model.sort(model.column_of("teacher_count"), Qt.SortOrder.DescendingOrder)
    counts = [int(text) for text in _column(model, "teacher_count")]
    assert counts == sorted(counts, reverse=True)
    assert _column(model, ORDER_KEY)[0] == str(records.index(max(records, key=lambda r: r.teacher_count)) + 1)
