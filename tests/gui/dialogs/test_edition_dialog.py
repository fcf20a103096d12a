"""活动周设置 and 新建年度 dialogs, driven with qtbot on a temporary database (never exec())."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from tests.gui.widget_input import error_shown
from vocweek_desktop.gui.dialogs.edition_dialog import INVALID_CELL_COLOR, EditionDialog, NewEditionDialog
from vocweek_desktop.gui.dialogs.record_dialog import is_marked
from vocweek_desktop.services import colleges, editions, organisation


def _ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


@pytest.fixture
def settings(qtbot, db, edition):
    """The 活动周设置 dialog on the 2024 edition, shown non-modally."""
    dialog = EditionDialog(db, edition.id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.fixture
def information(monkeypatch):
    """Record QMessageBox.information calls instead of opening a box."""
    calls: list[str] = []

    def fake(parent, title, text, *args, **kwargs):
        calls.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", staticmethod(fake))
    return calls


# --------------------------------------------------------------------------------------------- 活动周设置


def test_settings_show_the_2024_values(settings):
    ui = settings.ui
    assert "2024" in settings.windowTitle()
    assert ui.yearSpin.value() == 2024
    assert ui.titleEdit.text() == "2024年职业教育活动周"
    assert ui.themeEdit.text() == "一技在手，一生无忧"
    assert ui.weekStartEdit.date() == QDate(2024, 5, 12)
    assert ui.weekEndEdit.date() == QDate(2024, 5, 18)
    assert ui.weekInfoLabel.text() == "共 7 天"
    assert ui.showcaseDateEdit.date() == QDate(2024, 5, 13)
    assert ui.showcaseDateEdit.text() == "2024-05-13 周一"
    assert (ui.showcaseStartEdit.time(), ui.showcaseEndEdit.time()) == (QTime(9, 30), QTime(17, 0))
    assert ui.showcaseVenueEdit.text() == "东区科技广场"
    assert ui.registrationDeadlineEdit.dateTime().toString("yyyy-MM-dd HH:mm") == "2024-05-10 18:00"
    assert ui.reportDeadlineEdit.dateTime().toString("yyyy-MM-dd") == "2024-05-23"
    assert ui.awardNameEdit.text() == "优秀组织奖"
    assert ui.awardQuotaSpin.value() == 4
    assert ui.schoolNameEdit.text() == "四川科技职业学院"
    assert ui.officeNameEdit.text() == "教务处"
    for box in (ui.showcaseDateUnsetCheck, ui.showcaseTimeUnsetCheck, ui.registrationDeadlineUnsetCheck,
                ui.reportDeadlineUnsetCheck):
        assert not box.isChecked()
    table = ui.contactsTable
    assert [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())] == [
        ["湛兴波", "028-37330356", ""], ["鄢涛", "028-37330356", "173882469@qq.com"]]
    assert not ui.errorLabel.isVisible()


def test_ok_without_changes_keeps_every_value(qtbot, db, edition, settings):
    _ok(qtbot, settings)
    assert settings.result() == QDialog.DialogCode.Accepted
    # The report deadline (end of 23 May) keeps its seconds although the editor shows minutes.
    assert editions.get_edition(db, edition.id) == edition


def test_editing_fields_and_ok_updates_the_database(qtbot, db, edition, settings):
    ui = settings.ui
    ui.themeEdit.setText("技能成就梦想")
    ui.docNumberEdit.setText("川科教发〔2024〕30号")
    ui.weekEndEdit.setDate(QDate(2024, 5, 19))
    ui.showcaseDateEdit.setDate(QDate(2024, 5, 14))
    ui.showcaseStartEdit.setTime(QTime(10, 0))
    ui.showcaseVenueEdit.setText("西区体育馆")
    ui.registrationDeadlineEdit.setDateTime(QDateTime(QDate(2024, 5, 9), QTime(12, 0)))
    ui.awardQuotaSpin.setValue(5)
    settings.add_contact_row("周鹏", "13900001111", "zp@example.edu.cn", edit=False)
    _ok(qtbot, settings)

    assert settings.result() == QDialog.DialogCode.Accepted
    record = editions.get_edition(db, edition.id)
    assert record.theme == "技能成就梦想"
    assert record.doc_number == "川科教发〔2024〕30号"
    assert record.week_end == dt.date(2024, 5, 19)
    assert record.showcase_date == dt.date(2024, 5, 14)
    assert record.showcase_start == dt.time(10, 0)
    assert record.showcase_venue == "西区体育馆"
    assert record.registration_deadline == dt.datetime(2024, 5, 9, 12, 0)
    assert record.report_deadline == edition.report_deadline
    assert record.award_quota == 5
    assert [c.name for c in record.contacts] == ["湛兴波", "鄢涛", "周鹏"]
    assert record.contacts[2].email == "zp@example.edu.cn"
    assert settings.record == record


def test_cancel_saves_nothing(qtbot, db, edition, settings):
    settings.ui.themeEdit.setText("不应保存")
    settings.ui.awardQuotaSpin.setValue(9)
    button = settings.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert settings.result() == QDialog.DialogCode.Rejected and not settings.isVisible()
    assert editions.get_edition(db, edition.id) == edition


def test_the_week_hint_follows_the_dates(settings):
    settings.ui.weekEndEdit.setDate(QDate(2024, 5, 14))
    assert settings.ui.weekInfoLabel.text() == "共 3 天"
    settings.ui.weekEndEdit.setDate(QDate(2024, 5, 10))
    assert settings.ui.weekInfoLabel.text() == "末日早于首日"


def test_pending_boxes_clear_the_optional_values(qtbot, db, edition, settings):
    ui = settings.ui
    qtbot.mouseClick(ui.showcaseDateUnsetCheck, Qt.MouseButton.LeftButton)
    assert not ui.showcaseDateEdit.isEnabled()
    ui.showcaseTimeUnsetCheck.setChecked(True)
    ui.registrationDeadlineUnsetCheck.setChecked(True)
    assert not ui.showcaseStartEdit.isEnabled() and not ui.registrationDeadlineEdit.isEnabled()
    _ok(qtbot, settings)
    record = editions.get_edition(db, edition.id)
    assert (record.showcase_date, record.showcase_start, record.showcase_end) == (None, None, None)
    assert record.registration_deadline is None
    assert record.report_deadline == edition.report_deadline

    again = EditionDialog(db, edition.id)
    qtbot.addWidget(again)
    assert again.ui.showcaseDateUnsetCheck.isChecked() and not again.ui.showcaseDateEdit.isEnabled()
    assert again.ui.registrationDeadlineUnsetCheck.isChecked()
    assert not again.ui.reportDeadlineUnsetCheck.isChecked()


def test_remove_and_blank_contact_rows(qtbot, db, edition, settings):
    table = settings.ui.contactsTable
    assert not settings.ui.removeContactButton.isEnabled()
    table.selectRow(0)
    assert settings.ui.removeContactButton.isEnabled()
    qtbot.mouseClick(settings.ui.removeContactButton, Qt.MouseButton.LeftButton)
    assert table.rowCount() == 1
    qtbot.mouseClick(settings.ui.addContactButton, Qt.MouseButton.LeftButton)
    assert table.rowCount() == 2  # left blank: not saved
    _ok(qtbot, settings)
    assert [c.name for c in editions.get_edition(db, edition.id).contacts] == ["鄢涛"]


def _last_before_first(ui):
    ui.weekEndEdit.setDate(QDate(2024, 5, 11))


def _showcase_outside(ui):
    ui.showcaseDateEdit.setDate(QDate(2024, 5, 20))


def _report_not_after(ui):
    ui.reportDeadlineEdit.setDateTime(QDateTime(QDate(2024, 5, 18), QTime(20, 0)))


def _quota_zero(ui):
    ui.awardQuotaSpin.setValue(0)


def _title_empty(ui):
    ui.titleEdit.setText("")


RULES = [
    pytest.param(_last_before_first, "weekEndEdit", "活动周末日（2024-05-11）不能早于首日（2024-05-12）", id="last-day"),
    pytest.param(_showcase_outside, "showcaseDateEdit", "集中展示日（2024-05-20）应在活动周 2024-05-12 至 2024-05-18 之内",
                 id="showcase"),
    pytest.param(_report_not_after, "reportDeadlineEdit", "总结材料截止时间（2024-05-18 20:00）应在活动周结束",
                 id="report-deadline"),
    pytest.param(_quota_zero, "awardQuotaSpin", "获奖名额至少为 1", id="quota"),
    pytest.param(_title_empty, "titleEdit", "标题不能为空", id="title"),
]


@pytest.mark.parametrize(("break_rule", "widget_name", "text"), RULES)
def test_each_rule_marks_its_widget_and_saves_nothing(qtbot, db, edition, settings, break_rule, widget_name, text):
    settings.ui.themeEdit.setText("不应保存")
    break_rule(settings.ui)
    _ok(qtbot, settings)

    assert settings.isVisible() and settings.result() != QDialog.DialogCode.Accepted
    assert settings.ui.errorLabel.isVisible()
    assert text in error_shown(settings)
    widget = getattr(settings.ui, widget_name)
    assert is_marked(widget)
    assert text in widget.toolTip()
    assert [marked for marked in settings.findChildren(QWidget) if is_marked(marked)] == [widget]
    assert editions.get_edition(db, edition.id) == edition


def test_bad_contact_phone_marks_the_cell(qtbot, db, edition, settings):
    table = settings.ui.contactsTable
    table.item(1, 1).setText("12345")
    _ok(qtbot, settings)
    assert settings.isVisible()
    assert "第2位联系电话“12345”格式不正确" in error_shown(settings)
    assert is_marked(table)
    assert table.item(1, 1).background().color() == INVALID_CELL_COLOR
    assert "12345" in table.item(1, 1).toolTip()
    assert table.item(0, 1).toolTip() == ""
    assert editions.get_edition(db, edition.id) == edition


def test_contact_errors_point_at_the_right_row_past_blank_rows(qtbot, settings):
    table = settings.ui.contactsTable
    settings.add_contact_row(edit=False)  # row 2, blank: skipped
    settings.add_contact_row("王五", "", "wangwu@", edit=False)  # row 3 = contact 3
    _ok(qtbot, settings)
    assert "第3位电子邮箱“wangwu@”不是有效的电子邮箱地址" in error_shown(settings)
    assert table.item(3, 2).background().color() == INVALID_CELL_COLOR
    assert table.item(2, 2).toolTip() == ""


def test_several_errors_at_once_then_fixed(qtbot, db, edition, settings):
    ui = settings.ui
    _last_before_first(ui)
    _quota_zero(ui)
    _ok(qtbot, settings)
    assert error_shown(settings).count("•") == 2
    assert is_marked(ui.weekEndEdit) and is_marked(ui.awardQuotaSpin)

    ui.awardQuotaSpin.setValue(3)
    _ok(qtbot, settings)
    assert not is_marked(ui.awardQuotaSpin) and is_marked(ui.weekEndEdit)
    assert "获奖名额" not in error_shown(settings)

    ui.weekEndEdit.setDate(QDate(2024, 5, 18))
    _ok(qtbot, settings)
    assert settings.result() == QDialog.DialogCode.Accepted
    assert not is_marked(ui.weekEndEdit)
    assert ui.weekEndEdit.toolTip() == "活动周末日"  # the form's own tooltip is back
    assert editions.get_edition(db, edition.id).award_quota == 3


def test_a_year_that_is_taken_is_refused(qtbot, db, edition, settings):
    editions.create_from_defaults(db, 2025)
    settings.ui.yearSpin.setValue(2025)
    _ok(qtbot, settings)
    assert settings.isVisible()
    assert "2025年度的活动周已经存在" in error_shown(settings)
    assert is_marked(settings.ui.yearSpin)
    assert editions.get_edition(db, edition.id) == edition


def test_missing_edition_raises(qtbot, db):
    from vocweek_desktop.domain.errors import NotFoundError

    with pytest.raises(NotFoundError):
        EditionDialog(db, 999)


# --------------------------------------------------------------------------------------------- 新建年度


def _new(qtbot, db) -> NewEditionDialog:
    dialog = NewEditionDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_new_edition_from_defaults_in_an_empty_database(qtbot, db, information):
    dialog = _new(qtbot, db)
    assert dialog.ui.yearSpin.value() == QDate.currentDate().year()
    assert dialog.ui.defaultsRadio.isChecked()
    assert not dialog.ui.copyRadio.isEnabled()
    dialog.ui.yearSpin.setValue(2026)
    _ok(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    record = editions.get_edition(db, dialog.created_edition_id)
    assert record.year == 2026
    assert record.week_start == dt.date(2026, 5, 12)
    assert record.registration_deadline == dt.datetime(2026, 5, 10, 18, 0)
    assert len(organisation.list_departments(db, record.id)) == 7
    assert information == [dialog.summary_text]
    assert information[0].startswith("已创建2026年度（通知默认值）：7 个部门、10 位领导小组成员、2 位联系人")


def test_new_edition_defaults_to_copying_the_newest_year(qtbot, db, edition):
    editions.create_from_defaults(db, 2022)
    dialog = _new(qtbot, db)
    assert dialog.ui.yearSpin.value() == 2025
    assert dialog.ui.copyRadio.isChecked() and dialog.ui.sourceCombo.isEnabled()
    assert [dialog.ui.sourceCombo.itemText(i) for i in range(dialog.ui.sourceCombo.count())] == [
        "2024年度（2024年职业教育活动周）", "2022年度（2022年职业教育活动周）"]
    assert error_shown(dialog) == ""
    dialog.ui.defaultsRadio.setChecked(True)
    assert not dialog.ui.sourceCombo.isEnabled()


def test_copy_forward_from_the_demo(qtbot, demo_db, information):
    source = editions.get_edition(demo_db, editions.list_editions(demo_db)[0].id)
    dialog = _new(qtbot, demo_db)
    assert dialog.ui.yearSpin.value() == 2025
    assert dialog.ui.sourceCombo.currentData() == source.id
    _ok(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert len(information) == 1
    assert "已创建2025年度：复制了 10 个学院、7 个部门、10 位领导小组成员、2 位联系人" in information[0]
    copied = editions.get_edition(demo_db, dialog.created_edition_id)
    assert copied.year == 2025
    assert (copied.week_start, copied.week_end) == (dt.date(2025, 5, 12), dt.date(2025, 5, 18))
    assert copied.showcase_date == dt.date(2025, 5, 13)
    assert copied.registration_deadline == dt.datetime(2025, 5, 10, 18, 0)
    assert copied.report_deadline.date() == dt.date(2025, 5, 23)
    assert copied.theme == source.theme
    old = colleges.list_colleges(demo_db, source.id)
    new = colleges.list_colleges(demo_db, copied.id)
    assert [(c.name, c.dean, c.party_secretary, c.phone, c.email, c.teacher_count, c.student_count)
            for c in new] == [(c.name, c.dean, c.party_secretary, c.phone, c.email, c.teacher_count,
                               c.student_count) for c in old]
    assert {c.edition_id for c in new} == {copied.id}


def test_duplicate_year_is_refused(qtbot, db, edition, information):
    dialog = _new(qtbot, db)
    dialog.ui.yearSpin.setValue(2024)
    assert "2024年度的活动周已经存在" in error_shown(dialog)  # said at once
    assert is_marked(dialog.ui.yearSpin)
    for radio in (dialog.ui.copyRadio, dialog.ui.defaultsRadio):
        radio.setChecked(True)
        _ok(qtbot, dialog)
        assert dialog.isVisible() and dialog.created_edition_id is None
        assert "2024年度的活动周已经存在" in error_shown(dialog)
    assert information == []
    assert [e.year for e in editions.list_editions(db)] == [2024]
    dialog.ui.yearSpin.setValue(2030)
    assert error_shown(dialog) == "" and not is_marked(dialog.ui.yearSpin)


def test_year_created_elsewhere_meanwhile_is_refused_by_the_service(qtbot, db, edition, information):
    dialog = _new(qtbot, db)
    assert error_shown(dialog) == ""
    editions.create_from_defaults(db, 2025)  # e.g. by another seat, after the dialog opened
    _ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.created_edition_id is None
    assert "2025年度的活动周已经存在" in error_shown(dialog)
    assert information == []
    assert colleges.list_colleges(db, editions.list_editions(db)[0].id) == []
