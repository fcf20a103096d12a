"""The preview dialog shows any form's preview: its columns, labels and values come from the form (here the toy
展位表 of the pipeline's own tests, which the dialog has never heard of)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.widget_input import table_rows
from tests.services.test_imports import FORM, ToyBase, fill, template
from vocweek_desktop.gui.dialogs.import_preview_dialog import ImportPreviewDialog
from vocweek_desktop.services import imports


def headers(dialog: ImportPreviewDialog, section: str) -> list[str]:
    """The column titles of a section's table."""
    model = getattr(dialog.ui, f"{section}View").model()
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def test_a_form_the_dialog_does_not_know(qtbot, db, edition, tmp_path):
    ToyBase.metadata.create_all(db.engine)
    imports.apply_import(db, imports.preview_file(db, FORM, edition.id, fill(
        template(tmp_path / "旧.xlsx"), [["A01", 3, "智能制造学院"]])))
    path = fill(template(tmp_path / "展位.xlsx"), [["A01", 4, "智能制造学院"], ["A02", 3, ""], ["A03", 1, ""]])
    dialog = ImportPreviewDialog(imports.preview_file(db, FORM, edition.id, path))
    qtbot.addWidget(dialog)

    assert dialog.windowTitle() == "导入展位表 — 预览：展位.xlsx"
    tabs = dialog.ui.tabWidget
    assert [tabs.tabText(i) for i in range(tabs.count()) if tabs.isTabVisible(i)] == [
        "新增 1", "更新 1", "未变 0", "问题 1"]  # no rows offered for deletion
    assert not dialog.ui.factsLayout.isRowVisible(2) and not dialog.ui.factsLayout.isRowVisible(3)  # 学院, 收到时间
    assert headers(dialog, "added") == ["行", "展位号", "宽度"]
    assert table_rows(dialog.ui.addedView) == [["6", "A02", "3"]]
    assert headers(dialog, "updated") == ["行", "展位号", "改动项", "原值", "新值"]
    assert table_rows(dialog.ui.updatedView) == [["5", "A01", "宽度", "3", "4"]]
    assert table_rows(dialog.ui.problemsView) == [["展位表!B7", "展位宽度“1”不能小于 2 米"]]
    summary = dialog.ui.summaryLabel.text()
    assert summary.startswith("新增 1 行，更新 1 行，未变 0 行；有错误 1 行（1 个问题）。") and FORM.errors_hint in summary
    assert not dialog.import_button.isEnabled()


def _workbook_preview(db, ed, tmp_path, rows, **kwargs):
    from tests.xlsx_helpers import college_workbook, template_row
    from vocweek_desktop.services import activities_import

    path = college_workbook(tmp_path / "智能制造学院活动信息表.xlsx", [template_row(**row) for row in rows],
                            above=[["附件1"], ["2024年职教周活动信息表"], ["学院：智能制造学院"]])
    return activities_import.preview_workbook(db, ed, path, **kwargs)


def test_the_received_time_to_be_recorded_is_shown_against_the_deadline(qtbot, demo_db, ed, tmp_path):
    """The time recorded as the college's submission is in view, said to be the e-mail's, and whether it makes the
    form late is said at once and again as it is edited."""
    import datetime as dt

    from PySide6.QtCore import QDate, QDateTime, QTime

    received = dt.datetime(2024, 5, 11, 9, 30)
    preview = _workbook_preview(demo_db, ed, tmp_path, [{"title": "技能展示", "first_date": "5月13日"}],
                                received_at=received)
    dialog = ImportPreviewDialog(preview)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert dialog.ui.factsLayout.isRowVisible(3)
    assert ui.receivedEdit.dateTime() == QDateTime(QDate(2024, 5, 11), QTime(9, 30))
    hint = ui.receivedHint.text()
    assert "邮件" in hint and "2024年5月10日 18:00" in hint and "逾期 15 小时" in hint
    ui.receivedEdit.setDateTime(QDateTime(QDate(2024, 5, 10), QTime(17, 45)))
    assert "逾期" not in ui.receivedHint.text() and "按时" in ui.receivedHint.text()
    assert dialog.received_at() == dt.datetime(2024, 5, 10, 17, 45)


def test_pasted_rows_without_a_college_are_told_to_choose_one_above(qtbot, demo_db, ed):
    from vocweek_desktop.domain import messages as msg
    from vocweek_desktop.services import activities_import

    preview = activities_import.preview_paste(demo_db, ed, "活动名称\t活动日期\r\n好活动\t5月14日\r\n")
    assert [p.message for p in preview.problems] == [msg.PASTE_NO_COLLEGE]
    assert "标题行" not in msg.PASTE_NO_COLLEGE


def test_a_paste_preview_speaks_of_the_clipboard(qtbot, demo_db, ed):
    from vocweek_desktop.services import activities_import

    text = "学院\t活动名称\t活动日期\r\n汽车工程学院（示例）\t好活动\t5月14日\r\n汽车工程学院（示例）\t坏活动\t5月32日\r\n"
    dialog = ImportPreviewDialog(activities_import.preview_paste(demo_db, ed, text), colleges=[(1, "甲")],
                                 reload=lambda college_id: None)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    tabs = ui.tabWidget
    shown = [tabs.tabText(i) for i in range(tabs.count()) if tabs.isTabVisible(i)]
    assert shown == ["新增 1", "更新 0", "未变 0", "问题 1"]
    assert dialog.windowTitle() == "粘贴活动 — 预览"
    assert ui.fileCaption.text() == "来源：" and ui.fileLabel.text() == "剪贴板"
    assert not ui.factsLayout.isRowVisible(1)  # no 工作表
    assert ui.collegeCombo.currentText() == "按粘贴内容：汽车工程学院（示例）"
    assert table_rows(ui.problemsView) == [["第 3 行“活动日期”", "日期“5月32日”无效"]]
    words = " ".join([ui.summaryLabel.text(), ui.skipErrorsCheck.text(), dialog.import_button.text(),
                      ui.collegeCombo.toolTip()] + [ui.collegeCombo.itemText(i) for i in range(ui.collegeCombo.count())])
    for word in ("文件", "工作表", "学院改正"):
        assert word not in words, word
    assert dialog.import_button.text() == "粘贴"


def test_long_reasons_wrap_and_the_college_box_shows_its_whole_text(qtbot, demo_db, ed):
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    from vocweek_desktop.services import activities_import, colleges

    text = "学院\t活动名称\t活动日期\t联系电话\r\n汽车工程学院（示例）\t好活动\t5月14日\t12345\r\n"  # a long reason
    names = [(c.id, c.name) for c in colleges.list_colleges(demo_db, ed)]
    dialog = ImportPreviewDialog(activities_import.preview_paste(demo_db, ed, text), colleges=names,
                                 reload=lambda college_id: None)
    qtbot.addWidget(dialog)
    dialog.resize(900, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    view = dialog.ui.problemsView
    assert view.wordWrap()
    # The reason is wrapped onto more lines: the row grows once the view is laid out.
    qtbot.waitUntil(lambda: view.rowHeight(0) > 2 * view.fontMetrics().height())
    combo = dialog.ui.collegeCombo
    for index in range(combo.count()):
        combo.setCurrentIndex(index)
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                             QStyle.SubControl.SC_ComboBoxEditField, combo)
        assert field.width() >= combo.fontMetrics().horizontalAdvance(combo.currentText()), combo.currentText()


def test_a_statistics_form_is_judged_against_the_report_deadline(qtbot, demo_db, ed, tmp_path):
    """附件2 is due with the material after the week (5月23日), not by the registration deadline: one received on
    5月22日 is on time, and the hint names the 情况统计表 and the deadline it is due by."""
    import datetime as dt

    from PySide6.QtCore import QDate, QDateTime, QTime

    from vocweek_desktop.services import colleges, statistics_import, statistics_templates

    college = colleges.list_colleges(demo_db, ed)[0]
    [path] = statistics_templates.write_templates(demo_db, ed, tmp_path / "附件2.xlsx", college_id=college.id)
    preview = statistics_import.preview_workbook(demo_db, ed, path, received_at=dt.datetime(2024, 5, 22, 15, 30))
    assert preview.deadline == dt.datetime(2024, 5, 23, 23, 59, 59)
    dialog = ImportPreviewDialog(preview)
    qtbot.addWidget(dialog)
    hint = dialog.ui.receivedHint.text()
    assert "交回情况统计表的时间" in hint and "报名表" not in hint and "报名截止" not in hint
    assert "总结材料截止 2024年5月23日 23:59，按这个时间为按时提交" in hint
    dialog.ui.receivedEdit.setDateTime(QDateTime(QDate(2024, 5, 24), QTime(9, 0)))
    assert "总结材料截止 2024年5月23日 23:59，按这个时间逾期 9 小时" in dialog.ui.receivedHint.text()
