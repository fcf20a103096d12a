"""新增 / 编辑 a row of the duty table and a leadership-group member, as a user fills the forms."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from tests.gui.widget_input import error_shown, type_text
from vocweek_desktop.gui.dialogs.organisation_dialogs import DepartmentDialog, MemberDialog
from vocweek_desktop.services import editions, organisation
from vocweek_desktop.store.models import LeadershipMember


@pytest.fixture
def edition_id(demo_db) -> int:
    return editions.list_editions(demo_db)[0].id


def _save(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_new_department_lists_who_takes_each_need_and_saves(qtbot, demo_db, edition_id, show):
    dialog = show(DepartmentDialog(demo_db, edition_id))
    assert dialog.windowTitle() == "新增部门"
    combo = dialog.ui.need_key_combo
    assert combo.itemText(0) == "无" and combo.itemText(1) == "用电（现由后勤处承接）"
    type_text(qtbot, dialog.ui.name_edit, "  招生就业处 ")
    type_text(qtbot, dialog.ui.duty_edit, "组织校园招聘会")
    _save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    added = organisation.list_departments(demo_db, edition_id)[-1]
    assert (added.name, added.duty, added.head, added.need_key) == ("招生就业处", "组织校园招聘会", "", None)
    assert dialog.record == added


def test_editing_a_department_shows_its_values_and_its_own_need_without_an_owner(qtbot, demo_db, edition_id, show):
    logistics = next(d for d in organisation.list_departments(demo_db, edition_id) if d.name == "后勤处")
    dialog = show(DepartmentDialog(demo_db, edition_id, logistics.id))
    assert dialog.windowTitle() == "编辑部门 — 后勤处"
    assert (dialog.ui.name_edit.text(), dialog.ui.head_edit.text()) == ("后勤处", logistics.head)
    assert dialog.ui.duty_edit.toPlainText() == logistics.duty
    assert dialog.ui.need_key_combo.currentText() == "用电"  # its own need: no "（现由…承接）"
    type_text(qtbot, dialog.ui.head_edit, "新负责人")
    _save(qtbot, dialog)
    assert organisation.list_departments(demo_db, edition_id)[5].head == "新负责人"


def test_a_department_needs_a_name_of_its_own(qtbot, demo_db, edition_id, show):
    before = organisation.list_departments(demo_db, edition_id)
    dialog = show(DepartmentDialog(demo_db, edition_id))
    _save(qtbot, dialog)
    assert dialog.isVisible() and dialog.ui.name_edit.property("invalid") is True
    assert "名称不能为空" in error_shown(dialog)
    type_text(qtbot, dialog.ui.name_edit, "保卫处")
    assert not dialog.ui.name_edit.property("invalid")  # typing clears the mark
    _save(qtbot, dialog)
    assert dialog.isVisible() and "本年度已有名为“保卫处”的部门" in dialog.ui.name_edit.toolTip()
    assert organisation.list_departments(demo_db, edition_id) == before


def test_new_member_is_a_member_unless_chosen_otherwise(qtbot, demo_db, edition_id, show):
    dialog = show(MemberDialog(demo_db, edition_id))
    assert dialog.windowTitle() == "新增领导小组成员"
    combo = dialog.ui.role_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["组长", "副组长", "成员"]
    assert combo.currentText() == "成员"
    _save(qtbot, dialog)
    assert dialog.isVisible() and dialog.ui.name_edit.property("invalid") is True
    combo.setCurrentIndex(combo.findData("副组长"))
    type_text(qtbot, dialog.ui.name_edit, "王 小 明")
    _save(qtbot, dialog)
    last = organisation.list_leadership(demo_db, edition_id)[-1]
    assert (last.role, last.name) == ("副组长", "王小明")


def test_a_member_with_a_role_the_rules_no_longer_allow_is_shown_and_refused(qtbot, demo_db, edition_id, show):
    member = organisation.list_leadership(demo_db, edition_id)[0]
    with demo_db.transaction() as session:
        session.get(LeadershipMember, member.id).role = "顾问"
    dialog = show(MemberDialog(demo_db, edition_id, member.id))
    assert dialog.windowTitle() == "编辑领导小组成员"
    assert dialog.ui.role_combo.currentText() == "顾问" and dialog.ui.name_edit.text() == member.name
    _save(qtbot, dialog)
    assert dialog.isVisible() and dialog.ui.role_combo.property("invalid") is True
    assert "职务“顾问”无效" in error_shown(dialog)
    dialog.ui.role_combo.setCurrentIndex(dialog.ui.role_combo.findData("组长"))
    _save(qtbot, dialog)
    assert organisation.list_leadership(demo_db, edition_id)[0].role == "组长"
