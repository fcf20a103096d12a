"""修改记录: one record's changes in order, the edition's newest changes by kind, read-only and copyable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication

from tests.activity_data import add, edition_id
from tests.gui.widget_input import click_row, column_texts, double_click_row
from vocweek_desktop.gui.dialogs import history_dialog
from vocweek_desktop.gui.dialogs.history_dialog import show_edition_history, show_history
from vocweek_desktop.services import activity_bin, colleges


@pytest.fixture
def college(demo_db):
    """A college added by 张老师, edited and moved by 李老师."""
    ed = edition_id(demo_db)
    demo_db.operator = "张老师"
    record = colleges.add_college(demo_db, ed, {"name": "智能制造学院", "teacher_count": 86})
    demo_db.operator = "李老师"
    colleges.update_college(demo_db, record.id, {"name": "智能制造学院", "dean": "刘洋", "teacher_count": 90})
    colleges.move_college(demo_db, record.id, -1)
    return record


def test_a_record_shows_its_changes_oldest_first(demo_db, college, history_dialogs):
    show_history(None, demo_db, "college", college.id, "智能制造学院")
    dialog, = history_dialogs
    view = dialog.ui.table_view
    assert dialog.windowTitle() == "修改记录 — 智能制造学院"
    assert dialog.ui.heading_label.text() == "学院“智能制造学院”的全部修改，从早到晚："
    assert not dialog.ui.filter_combo.isVisible()
    model = view.model()
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "时间", "操作人", "操作", "修改内容"]
    assert column_texts(view, 1) == ["张老师", "李老师", "李老师"]
    assert column_texts(view, 2) == ["新增", "修改", "调整顺序"]
    changes = column_texts(view, 3)
    assert changes[0].splitlines() == ["名称：智能制造学院", "教师人数：86"]
    assert changes[1].splitlines() == ["院长：（空） → 刘洋", "教师人数：86 → 90"]
    assert changes[2] == "排序：11 → 10"
    assert column_texts(view, 0)[0].count(":") == 1  # 2024-05-10 18:00, to the minute
    assert dialog.ui.count_label.text() == "共 3 条"
    assert view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert not model.flags(model.index(0, 3)) & Qt.ItemFlag.ItemIsEditable


def test_copy_gives_the_selected_events_or_all_of_them(qtbot, demo_db, college, history_dialogs):
    show_history(None, demo_db, "college", college.id, "智能制造学院")
    dialog, = history_dialogs
    QApplication.clipboard().clear()
    qtbot.mouseClick(dialog.ui.copy_button, Qt.MouseButton.LeftButton)
    lines = QApplication.clipboard().text().split("\n")
    assert lines[0] == "时间\t操作人\t操作\t修改内容"
    assert QApplication.clipboard().text().count("\t新增\t") == 1 and "调整顺序" in lines[-1]

    view = dialog.ui.table_view
    click_row(qtbot, view, 2)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text().split("\n") == ["时间\t操作人\t操作\t修改内容",
                                                           f"{column_texts(view, 0)[2]}\t李老师\t调整顺序\t排序：11 → 10"]
    assert "<table>" in QApplication.clipboard().mimeData().html()


def test_a_record_without_changes_says_so(demo_db, history_dialogs):
    show_history(None, demo_db, "activity", 999_999, "")
    dialog, = history_dialogs
    assert dialog.ui.count_label.text() == "还没有修改记录"
    assert dialog.ui.heading_label.text() == "活动的全部修改，从早到晚："
    assert not dialog.ui.copy_button.isEnabled()


def test_edition_list_is_newest_first_filtered_by_kind_and_opens_a_record(qtbot, demo_db, college, history_dialogs):
    ed = edition_id(demo_db)
    activity = add(demo_db, ed, title="数控加工技能展示")
    activity_bin.delete_activities(demo_db, [activity.id])
    show_edition_history(None, demo_db, ed, "2024 年度")
    dialog, = history_dialogs
    view = dialog.ui.table_view
    assert dialog.windowTitle() == "修改记录 — 2024 年度"
    assert dialog.ui.filter_combo.isVisible()
    assert [dialog.ui.filter_combo.itemText(i) for i in range(dialog.ui.filter_combo.count())][:3] == [
        "全部", "活动", "学院"]
    assert column_texts(view, 2)[:3] == ["活动", "活动", "学院"]  # newest first
    assert column_texts(view, 4)[:3] == ["删除", "新增", "调整顺序"]
    assert column_texts(view, 3)[:3] == ["数控加工技能展示", "数控加工技能展示", "智能制造学院"]
    every = view.model().rowCount()
    created = view.model().index(1, 5)  # a new activity's many fields: four lines in the list, all in the tooltip
    shown, full = created.data().splitlines(), created.data(Qt.ItemDataRole.ToolTipRole).splitlines()
    assert len(shown) == 4 and shown[:3] == full[:3] and shown[3] == f"……另有 {len(full) - 3} 项"
    assert "活动名称：数控加工技能展示" in full

    dialog.ui.filter_combo.setCurrentIndex(dialog.ui.filter_combo.findText("学院"))
    assert set(column_texts(view, 2)) == {"学院"}
    assert column_texts(view, 4)[:3] == ["调整顺序", "修改", "新增"]
    assert view.model().rowCount() < every
    assert dialog.ui.count_label.text() == f"共 {view.model().rowCount()} 条"

    double_click_row(qtbot, view, 1)
    assert len(history_dialogs) == 2
    assert history_dialogs[1].windowTitle() == "修改记录 — 智能制造学院"
    assert column_texts(history_dialogs[1].ui.table_view, 2) == ["新增", "修改", "调整顺序"]


def test_edition_list_shows_the_newest_when_there_are_more(demo_db, monkeypatch, history_dialogs):
    monkeypatch.setattr(history_dialog, "EDITION_LIMIT", 5)
    show_edition_history(None, demo_db, edition_id(demo_db))
    dialog, = history_dialogs
    assert dialog.model.rowCount() == 5
    assert dialog.ui.count_label.text() == "显示最新的 5 条"
    assert dialog.windowTitle() == "修改记录"


def test_window_menu_opens_the_selected_editions_list(window, demo_db, history_dialogs):
    window.history_action.trigger()
    dialog, = history_dialogs
    assert dialog.windowTitle() == "修改记录 — 2024 年度"
    assert dialog.parent() is window
    assert dialog.model.rowCount() > 0
    assert {dialog.model.record(row).edition_id for row in range(dialog.model.rowCount())} == {edition_id(demo_db)}
