"""The college form on its own: what it shows, what it saves, and what it refuses."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from tests.gui.widget_input import error_shown, type_text
from vocweek_desktop.gui.dialogs.college_dialog import FIELDS, CollegeDialog
from vocweek_desktop.services import colleges


def click_save(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_form_has_a_field_for_every_college_column_and_chinese_buttons(db, edition, show):
    dialog = show(CollegeDialog(db, edition.id))
    assert set(FIELDS) == {name for name, _ in colleges.COLLEGE_COLUMNS}
    assert dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).text() == "保存"
    assert dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
    assert "028-37330356转8001" in dialog.ui.phone_edit.placeholderText()
    assert error_shown(dialog) == "" and not dialog.ui.error_label.isVisible()


def test_edit_form_shows_unknown_headcounts_as_empty_and_keeps_them_unknown(qtbot, db, edition, show):
    college = colleges.add_college(db, edition.id, {"name": "未知人数学院", "teacher_count": 30})
    dialog = show(CollegeDialog(db, edition.id, college.id))
    assert dialog.windowTitle() == "编辑学院 — 未知人数学院"
    assert dialog.ui.teacher_count_edit.text() == "30" and dialog.ui.student_count_edit.text() == ""
    type_text(qtbot, dialog.ui.teacher_count_edit, "")
    with qtbot.waitSignal(dialog.saved) as saved:
        click_save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert saved.args[0] == dialog.record == colleges.get_college(db, college.id)
    assert (dialog.record.teacher_count, dialog.record.student_count) == (None, None)


def test_text_headcount_reaches_validation(qtbot, db, edition, show):
    dialog = show(CollegeDialog(db, edition.id))
    type_text(qtbot, dialog.ui.name_edit, "甲学院")
    type_text(qtbot, dialog.ui.teacher_count_edit, "三十")
    assert dialog.values()["teacher_count"] == "三十"
    click_save(qtbot, dialog)
    assert error_shown(dialog) == "• 教师人数“三十”不是整数"
    assert dialog.ui.teacher_count_edit.toolTip() == "教师人数“三十”不是整数"
    assert dialog.record is None and colleges.list_colleges(db, edition.id) == []
    assert dialog.focusWidget() is dialog.ui.teacher_count_edit


def test_college_deleted_meanwhile_is_reported_on_the_form(qtbot, db, edition, show):
    college = colleges.add_college(db, edition.id, {"name": "将被删除学院"})
    dialog = show(CollegeDialog(db, edition.id, college.id))
    colleges.delete_colleges(db, [college.id])
    type_text(qtbot, dialog.ui.dean_edit, "某人")
    click_save(qtbot, dialog)
    assert dialog.isVisible() and "找不到这个学院" in error_shown(dialog)
    assert colleges.list_colleges(db, edition.id) == []


def test_cancel_saves_nothing(qtbot, db, edition, show):
    dialog = show(CollegeDialog(db, edition.id))
    type_text(qtbot, dialog.ui.name_edit, "不保存学院")
    qtbot.mouseClick(dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected and colleges.list_colleges(db, edition.id) == []


def test_red_mark_is_drawn(qtbot, db, edition, show):
    dialog = show(CollegeDialog(db, edition.id))
    type_text(qtbot, dialog.ui.name_edit, "乙学院")
    type_text(qtbot, dialog.ui.email_edit, "not-an-address")
    before = dialog.ui.email_edit.grab().toImage()
    click_save(qtbot, dialog)
    after = dialog.ui.email_edit.grab().toImage()
    corner = after.pixelColor(1, after.height() // 2)
    assert before != after
    assert corner.red() > 150 and corner.green() < 100 and corner.blue() < 100, corner.name()
