"""The 新增 / 编辑活动 form: every field reaches the database; refused values are marked and nothing is saved."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QDialog

from tests.activity_data import MONDAY, WEEK_START, add, college_ids, department_id
from tests.gui.widget_input import error_shown, type_text
from vocweek_desktop.gui.dialogs.activity_dialog import ActivityDialog
from vocweek_desktop.gui.dialogs.record_dialog import is_marked
from vocweek_desktop.services import activities


@pytest.fixture
def open_dialog(qtbot, demo_db, ed):
    def make(activity_id=None, **kwargs) -> ActivityDialog:
        dialog = ActivityDialog(demo_db, ed, activity_id, **kwargs)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog
    return make


def _choose(combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)


def test_a_new_activity_with_every_field(open_dialog, qtbot, demo_db, ed):
    dialog = open_dialog()
    ui = dialog.ui
    assert dialog.windowTitle() == "新增活动"
    assert ui.organiser_combo.currentText() == "（请选择）"
    assert ui.first_date_edit.date().toPython() == WEEK_START
    assert ui.start_time_edit.text() == "未填"
    _choose(ui.organiser_combo, "学生处、团委")
    type_text(qtbot, ui.title_edit, "职业技能嘉年华")
    _choose(ui.category_combo, "特色主题活动")
    _choose(ui.theme_day_combo, "学生日")
    ui.first_date_edit.setDate(QDate(2024, 5, 14))
    assert ui.last_date_edit.date() == QDate(2024, 5, 14)  # a one-day activity follows its date
    ui.last_date_edit.setDate(QDate(2024, 5, 16))
    ui.start_time_edit.setTime(QTime(14, 0))
    ui.end_time_edit.setTime(QTime(17, 30))
    type_text(qtbot, ui.venue_edit, "东区科技广场")
    _choose(ui.campus_combo, "校外")
    _choose(ui.form_combo, "线上+线下")
    type_text(qtbot, ui.audience_edit, "全校学生")
    type_text(qtbot, ui.expected_teachers_edit, "12")
    type_text(qtbot, ui.expected_students_edit, "３００")  # full-width digits
    type_text(qtbot, ui.actual_public_edit, "50")
    type_text(qtbot, ui.enterprises_edit, "四川某某科技有限公司、成都某某公司，四川 某某科技有限公司")
    type_text(qtbot, ui.person_edit, "王芳")
    type_text(qtbot, ui.phone_edit, "13808080101")
    _choose(ui.status_combo, "已举办")
    ui.need_power_check.setChecked(True)
    ui.need_media_check.setChecked(True)
    ui.description_edit.setPlainText("社团展示与职业体验")

    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = activities.get_activity(demo_db, dialog.record.id)
    values = saved.values
    assert saved.department_id == department_id(demo_db, ed, "学生处、团委") and saved.college_id is None
    assert values["title"] == "职业技能嘉年华" and values["category"] == "特色主题活动"
    assert values["theme_day"] == "学生日"
    assert (values["first_date"], values["last_date"]) == (dt.date(2024, 5, 14), dt.date(2024, 5, 16))
    assert (values["start_time"], values["end_time"]) == (dt.time(14, 0), dt.time(17, 30))
    assert values["venue"] == "东区科技广场" and values["off_campus"] is True and values["form"] == "线上+线下"
    assert values["audience"] == "全校学生"
    assert (values["expected_teachers"], values["expected_students"], values["expected_public"]) == (12, 300, None)
    assert values["actual_public"] == 50
    assert values["enterprises"] == ["四川某某科技有限公司", "成都某某公司"]  # the same enterprise once
    assert (values["person_in_charge"], values["phone"], values["status"]) == ("王芳", "13808080101", "已举办")
    assert [values[f] for f in ("need_power", "need_it", "need_security", "need_media")] == [True, False, False, True]
    assert values["description"] == "社团展示与职业体验"
    assert values["source_kind"] == "manual"


def test_refused_values_are_marked_with_chinese_reasons_and_nothing_is_saved(open_dialog, qtbot, demo_db, ed):
    dialog = open_dialog()
    ui = dialog.ui
    ui.start_time_edit.setTime(QTime(10, 0))
    ui.end_time_edit.setTime(QTime(9, 0))
    type_text(qtbot, ui.expected_students_edit, "约两百")
    type_text(qtbot, ui.phone_edit, "12")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    for widget in (ui.organiser_combo, ui.title_edit, ui.end_time_edit, ui.expected_students_edit, ui.phone_edit):
        assert is_marked(widget), widget.objectName()
    assert not is_marked(ui.venue_edit) and not is_marked(ui.start_time_edit)
    text = error_shown(dialog)
    assert "请选择组织单位" in text and "活动名称不能为空" in text
    assert "结束时间（09:00）应晚于开始时间（10:00）" in text and "约两百" in text
    assert f"• {ui.end_time_edit.toolTip()}" in text.splitlines()
    assert activities.count_activities(demo_db, ed) == 0

    # Fixing the fields clears their marks; the save then goes through.
    _choose(ui.organiser_combo, "智能制造学院（示例）")
    type_text(qtbot, ui.title_edit, "改好了")
    ui.end_time_edit.setTime(QTime(11, 0))
    assert not is_marked(ui.end_time_edit) and not is_marked(ui.title_edit)
    type_text(qtbot, ui.expected_students_edit, "")
    type_text(qtbot, ui.phone_edit, "")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert activities.count_activities(demo_db, ed) == 1


def test_the_phone_rule_is_the_imports(open_dialog, qtbot, demo_db, ed):
    """The same numbers as the import: an 8-digit number without area code is refused with the same message, a
    mobile typed in groups is stored as 11 digits."""
    from vocweek_desktop.domain import messages as msg

    dialog = open_dialog(preset={"organiser": ("college", college_ids(demo_db, ed)[0])})
    type_text(qtbot, dialog.ui.title_edit, "技能展示")
    type_text(qtbot, dialog.ui.phone_edit, "37330110")
    dialog.accept()
    assert is_marked(dialog.ui.phone_edit)
    assert msg.BAD_PHONE.format(label="联系电话", value="37330110") in error_shown(dialog)
    type_text(qtbot, dialog.ui.phone_edit, "139 8080 1234")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert activities.get_activity(demo_db, dialog.record.id).values["phone"] == "13980801234"


def test_an_end_date_before_the_start_is_refused(open_dialog, demo_db, ed):
    dialog = open_dialog(preset={"organiser": ("college", college_ids(demo_db, ed)[0])})
    dialog.ui.title_edit.setText("展览")
    dialog.ui.first_date_edit.setDate(QDate(2024, 5, 15))
    dialog.ui.last_date_edit.setDate(QDate(2024, 5, 13))
    dialog.accept()
    assert is_marked(dialog.ui.last_date_edit)
    assert "不能早于活动日期" in error_shown(dialog)
    assert activities.count_activities(demo_db, ed) == 0


def test_editing_shows_the_stored_values_and_saves_changes(open_dialog, qtbot, demo_db, ed):
    colleges = college_ids(demo_db, ed)
    record = add(demo_db, ed, colleges[2], title="大数据作品展", first_date=MONDAY, start_time=dt.time(9, 30),
                 end_time=dt.time(11, 30), enterprises=["甲公司", "乙公司"], need_it=True, expected_teachers=8,
                 theme_day="教师日")
    dialog = open_dialog(record.id)
    ui = dialog.ui
    assert dialog.windowTitle() == "编辑活动 — 大数据作品展"
    assert ui.organiser_combo.currentText() == "信息工程学院（示例）"
    assert ui.title_edit.text() == "大数据作品展" and ui.theme_day_combo.currentText() == "教师日"
    assert ui.first_date_edit.date() == QDate(2024, 5, 13) and ui.start_time_edit.time() == QTime(9, 30)
    assert ui.enterprises_edit.text() == "甲公司、乙公司" and ui.need_it_check.isChecked()
    assert ui.expected_teachers_edit.text() == "8" and ui.expected_students_edit.text() == ""
    assert ui.source_label.text() == "来源：手工录入"

    _choose(ui.organiser_combo, "航空学院（示例）")
    type_text(qtbot, ui.enterprises_edit, "丙公司")
    ui.end_time_edit.setTime(QTime(0, 0))  # 未填
    _choose(ui.theme_day_combo, "（无）")
    dialog.accept()
    saved = activities.get_activity(demo_db, record.id)
    assert saved.college_id == colleges[7]
    assert saved.values["enterprises"] == ["丙公司"] and saved.values["end_time"] is None
    assert saved.values["theme_day"] is None
    assert activities.count_activities(demo_db, ed) == 1


def test_need_boxes_name_the_department_and_dates_outside_the_week_are_flagged(open_dialog):
    dialog = open_dialog()
    ui = dialog.ui
    assert ui.need_power_check.text() == "用电（后勤处）"
    assert ui.need_it_check.text() == "信息设备（信息中心）"
    assert ui.need_security_check.text() == "安保（保卫处）"
    assert ui.need_media_check.text() == "宣传拍摄（融媒体中心）"
    assert "5月12日（周日） 至 5月18日（周六）" in ui.week_label.text()
    assert "不在活动周内" not in ui.week_label.text()
    ui.first_date_edit.setDate(QDate(2024, 5, 20))
    assert "不在活动周内" in ui.week_label.text()


def test_an_imported_activity_names_its_file(open_dialog, demo_db, ed):
    from sqlalchemy import update

    from vocweek_desktop.store.models import Activity

    record = add(demo_db, ed, title="导入的活动")
    with demo_db.transaction() as session:
        session.execute(update(Activity).where(Activity.id == record.id).values(
            source_kind="import", source_file="智能制造学院.xlsx", source_sheet="活动信息表", source_row=7,
            received_at=dt.datetime(2024, 5, 9, 16, 20)))
    dialog = open_dialog(record.id)
    assert dialog.ui.source_label.text() == \
        "来源：导入 智能制造学院.xlsx，工作表“活动信息表”第 7 行，收到于 2024-05-09 16:20"


def test_tab_moves_on_from_an_empty_time(open_dialog, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    dialog = open_dialog()
    ui = dialog.ui
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    ui.start_time_edit.setFocus()
    qtbot.waitUntil(ui.start_time_edit.hasFocus)
    assert ui.start_time_edit.text() == "未填"

    qtbot.keyClick(ui.start_time_edit, Qt.Key.Key_Tab)  # QDateTimeEdit swallowed it while showing 未填
    assert QApplication.focusWidget() is ui.end_time_edit
    qtbot.keyClick(ui.end_time_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is ui.venue_edit
    qtbot.keyClick(ui.venue_edit, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(ui.end_time_edit, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is ui.start_time_edit
