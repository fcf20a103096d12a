"""The 修改记录 model: audit events on the records model base, long change lists shortened in the cell only."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from vocweek_desktop.gui.models.history_model import EDITION_COLUMNS, RECORD_COLUMNS, HistoryModel
from vocweek_desktop.services.audit import AuditRecord

CREATED = AuditRecord(id=7, at=dt.datetime(2024, 5, 10, 18, 0), operator="张老师", edition_id=1, entity="college",
                      entity_id=3, action="create", summary="智能制造学院", before=None,
                      after={"name": "智能制造学院", "dean": "刘洋", "teacher_count": 86, "phone": "0571-1"})
MOVED = AuditRecord(id=8, at=dt.datetime(2024, 5, 11, 9, 5), operator="李老师", edition_id=1, entity="college",
                    entity_id=3, action="move", summary="智能制造学院", before={"display_order": 11},
                    after={"display_order": 10})


def texts(model: HistoryModel, row: int, role=Qt.ItemDataRole.DisplayRole) -> list[str]:
    return [model.index(row, column).data(role) for column in range(model.columnCount())]


def test_edition_columns_name_the_record_and_say_what_changed(qtbot):
    model = HistoryModel(EDITION_COLUMNS)
    model.set_rows([MOVED, CREATED])
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "时间", "操作人", "记录类型", "名称", "操作", "修改内容"]
    assert texts(model, 0) == ["2024-05-11 09:05", "李老师", "学院", "智能制造学院", "调整顺序", "排序：11 → 10"]
    assert model.index(1, 5).data().splitlines() == ["名称：智能制造学院", "院长：刘洋", "教师人数：86", "联系电话：0571-1"]
    assert model.index(0, 5).data(HistoryModel.RecordRole) is MOVED
    assert model.index(0, 5).data(Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    assert not model.flags(model.index(0, 5)) & Qt.ItemFlag.ItemIsEditable


def test_a_long_change_list_is_shortened_in_the_cell_but_not_in_the_tooltip_or_a_copy(qtbot):
    model = HistoryModel(RECORD_COLUMNS, max_lines=3)
    model.set_rows([CREATED, MOVED])
    changes = model.column_of("changes")
    full = ["名称：智能制造学院", "院长：刘洋", "教师人数：86", "联系电话：0571-1"]
    assert model.index(0, changes).data().splitlines() == [*full[:2], "……另有 2 项"]
    assert model.index(0, changes).data(Qt.ItemDataRole.ToolTipRole).splitlines() == full
    assert model.index(1, changes).data() == "排序：11 → 10"  # short enough: whole
    table = model.table([model.record(0)])
    assert table[0] == ["时间", "操作人", "操作", "修改内容"]
    assert table[1][:3] == ["2024-05-10 18:00", "张老师", "新增"] and table[1][3].splitlines() == full
