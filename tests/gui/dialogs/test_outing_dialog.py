"""The request form: bad input marked on its fields with nothing saved, the list of people typed and pasted, the
counts following the list, hired vehicles and insurance, papers required, a finished request read-only."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from tests.gui.widget_input import error_shown, type_text
from tests.services.outing_data import outing_in
from vocweek_desktop.domain import outings as rules
from vocweek_desktop.gui.dialogs.outing_dialog import OutingDialog
from vocweek_desktop.services import activities, colleges, editions, outings

SOON = (dt.datetime.now() + dt.timedelta(days=7)).replace(hour=8, minute=0, second=0, microsecond=0)


@pytest.fixture
def ctx(demo_db):
    edition_id = editions.list_editions(demo_db)[0].id
    return demo_db, edition_id, colleges.list_colleges(demo_db, edition_id)


def save(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_a_draft_needs_only_a_college_and_a_title(qtbot, show, ctx):
    db, ed, found = ctx
    dialog = show(OutingDialog(db, ed, parent=None))
    save(qtbot, dialog)
    assert dialog.isVisible() and "活动名称不能为空" in error_shown(dialog) and "学院不能为空" in error_shown(dialog)
    assert dialog.ui.college_combo.property("invalid") is True
    assert outings.list_outings(db, ed) == []
    dialog.ui.college_combo.setCurrentIndex(dialog.ui.college_combo.findData(found[0].id))
    type_text(qtbot, dialog.ui.title_edit, "智能制造科普进社区")
    save(qtbot, dialog)
    assert not dialog.isVisible() and dialog.record.state == "草稿" and dialog.record.number == "WC-2024-001"


def test_submitting_marks_every_missing_field_and_saves_nothing(qtbot, show, ctx):
    db, ed, found = ctx
    dialog = show(OutingDialog(db, ed, parent=None, preset={"college_id": found[1].id}))
    type_text(qtbot, dialog.ui.title_edit, "汽修进社区")
    dialog.ui.return_edit.setDateTime(dialog.ui.departure_edit.dateTime().addSecs(-3600))
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    shown = error_shown(dialog)
    assert "参与人员名单为空" in shown and "返回时间（5月12日 07:00）应晚于出发时间（5月12日 08:00）" in shown
    for name in ("people_view", "return_edit", "destination_edit", "safety_plan_edit", "transport_combo"):
        assert getattr(dialog.ui, name).property("invalid") is True, name
    assert outings.list_outings(db, ed) == []


def test_people_are_pasted_typed_and_counted(qtbot, show, ctx, monkeypatch):
    db, ed, found = ctx
    dialog = show(OutingDialog(db, ed, parent=None, preset={"college_id": found[1].id}))
    QApplication.clipboard().setText("姓名\t身份\t班级\n王强\t老师\t汽车系\n李雷\t学生\t汽修2201\n")
    dialog.ui.people_view.setFocus()
    qtbot.keyClick(dialog.ui.people_view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert dialog.people.people() == [{"name": "王强", "role": "教师", "unit": "汽车系", "phone": ""},
                                      {"name": "李雷", "role": "学生", "unit": "汽修2201", "phone": ""}]
    assert (dialog.ui.teacher_count_spin.value(), dialog.ui.student_count_spin.value()) == (1, 1)
    assert dialog.ui.people_summary_label.text() == "名单：教师 1 人，学生 1 人"
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, title, text, *a: warnings.append(text)))
    assert dialog.paste_people("赵六\t家长") == 0
    assert "参与人员第 1 行：身份“家长”无效" in warnings[-1] and len(dialog.people.people()) == 2
    # Typed in place: a new row, then its role edited (同学 is understood as 学生, 家长 is refused).
    qtbot.mouseClick(dialog.ui.add_person_button, Qt.MouseButton.LeftButton)
    model = dialog.people
    model.setData(model.index(2, 0), "韩梅梅")
    assert model.setData(model.index(2, 1), "同学") and model.index(2, 1).data() == "学生"
    assert not model.setData(model.index(2, 1), "家长") and "身份“家长”无效" in warnings[-1]
    assert dialog.ui.student_count_spin.value() == 2
    # Counts typed by hand no longer follow the list: they must agree when saved.
    dialog.ui.student_count_spin.setValue(5)
    dialog.ui.people_view.selectRow(0)
    qtbot.keyClick(dialog.ui.people_view, Qt.Key.Key_Delete)
    assert [p["name"] for p in model.people()] == ["李雷", "韩梅梅"]
    assert dialog.ui.student_count_spin.value() == 5


def test_hired_vehicle_and_insurance_open_their_fields_and_require_the_contract(qtbot, show, ctx):
    db, ed, _found = ctx
    dialog = show(OutingDialog(db, ed, parent=None))
    ui = dialog.ui
    assert not ui.vehicle_plate_edit.isEnabled() and not ui.insurer_edit.isEnabled()
    assert dialog.paper_checks["车辆合同"].text() == "车辆合同" and dialog.paper_checks["活动方案"].text() == "*活动方案"
    ui.transport_combo.setCurrentIndex(ui.transport_combo.findData("租用车辆"))
    assert ui.vehicle_plate_edit.isEnabled() and dialog.paper_checks["车辆合同"].text() == "*车辆合同"
    ui.insured_check.setChecked(True)
    assert ui.insurer_edit.isEnabled() and ui.policy_number_edit.isEnabled()


def test_an_activity_names_the_request_and_an_existing_request_is_shown(qtbot, show, ctx):
    db, ed, found = ctx
    activity = activities.add_activity(db, ed, {"college_id": found[1].id, "title": "汽修进社区",
                                                "category": "社会服务", "first_date": dt.date(2024, 5, 15),
                                                "off_campus": True})
    dialog = show(OutingDialog(db, ed, parent=None, preset={"college_id": found[1].id}))
    combo = dialog.ui.activity_combo
    assert combo.itemText(1) == "汽修进社区（校外，5月15日）"
    combo.setCurrentIndex(combo.findData(activity.id))
    assert dialog.ui.title_edit.text() == "汽修进社区"
    dialog.reject()
    outing_id = outing_in(db, ed, found[1].id, rules.SUBMITTED, activity_id=activity.id, departure=SOON,
                          return_at=SOON + dt.timedelta(hours=4))
    dialog = show(OutingDialog(db, ed, outing_id))
    assert dialog.values() == {**outings.get_outing(db, outing_id).values()}
    assert "编号 <b>WC-2024-001</b>" in dialog.ui.header_label.text() and dialog.submit_button.isHidden()
    type_text(qtbot, dialog.ui.lead_phone_edit, "")
    save(qtbot, dialog)
    assert error_shown(dialog) == "• 带队教师“王强”没有填写联系电话"
    assert outings.get_outing(db, outing_id).lead_phone == "13800138000"


def test_a_withdrawn_request_is_read_only(qtbot, show, ctx):
    db, ed, found = ctx
    outing_id = outing_in(db, ed, found[1].id, rules.WITHDRAWN)
    dialog = show(OutingDialog(db, ed, outing_id))
    assert dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).isHidden()
    assert not dialog.ui.people_view.editTriggers() and not dialog.ui.paste_people_button.isEnabled()
    assert "已经结束，只能查看" in dialog.ui.header_label.text()


def test_people_are_read_from_an_excel_file(qtbot, show, ctx, monkeypatch, tmp_path):
    import openpyxl
    from PySide6.QtWidgets import QFileDialog

    db, ed, found = ctx
    workbook = openpyxl.Workbook()
    ws = workbook.active
    ws.title = "学生名单"
    for row in (["学号", "姓名", "班级"], ["2022001", "李雷", "汽修2201"], ["2022002", "韩梅梅", "汽修2201"]):
        ws.append(row)
    workbook.save(tmp_path / "学生名单.xlsx")
    bad = openpyxl.Workbook()
    bad.active.title = "名单"
    for row in (["姓名", "身份"], ["王强", "老师"], ["赵六", "家长"]):
        bad.active.append(row)
    bad.save(tmp_path / "有错.xlsx")
    chosen = [str(tmp_path / "学生名单.xlsx")]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (chosen.pop(0), "")))
    told = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda _p, _t, text, *a: told.append(text)))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a: told.append(text)))
    dialog = show(OutingDialog(db, ed, parent=None, preset={"college_id": found[1].id}))
    assert dialog.ui.import_people_button.isEnabled()
    qtbot.mouseClick(dialog.ui.import_people_button, Qt.MouseButton.LeftButton)
    assert [(p["name"], p["role"], p["unit"]) for p in dialog.people.people()] == [
        ("李雷", "学生", "汽修2201"), ("韩梅梅", "学生", "汽修2201")]
    assert (dialog.ui.teacher_count_spin.value(), dialog.ui.student_count_spin.value()) == (0, 2)
    assert told == ["已从“学生名单.xlsx”加入 2 人。文件中没有“身份”一列，都记为学生；其中的教师请在“身份”一列改为教师。"]
    # A list with a bad row: nobody is added, the cell is named.
    assert dialog.import_people(tmp_path / "有错.xlsx") == 0
    assert told[-1] == "“有错.xlsx”中的名单有问题，没有加入：\n名单!B3：身份“家长”无效，应为 教师 或 学生"
    assert len(dialog.people.people()) == 2
    # Not a list at all.
    (tmp_path / "坏.xlsx").write_bytes(b"not a workbook")
    assert dialog.import_people(tmp_path / "坏.xlsx") == 0 and "坏.xlsx" in told[-1]
