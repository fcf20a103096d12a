"""The 评奖打分 tab driven as the office drives it: the rubric and rules, a judge's score grid (typing in cells,
refusals shown, 回避), the indicators' rows, the result with confirm and unlock, the certificate template, the PDF
preview, and the files it writes."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog

from tests.activity_data import add
from tests.award_data import scored
from tests.gui.widget_input import column_texts, double_click_row, type_text
from tests.io.pdf.pdf_inspect import all_text, page_texts
from vocweek_desktop.gui.tabs.awards.section import CERTIFICATES, RESULT, SCORING
from vocweek_desktop.gui.tabs.awards_tab import AwardsTab
from vocweek_desktop.services import audit, award_scores, awards, certificates, editions


@pytest.fixture
def env(db):
    edition = editions.create_from_defaults(db, 2024)
    data = scored(db, edition.id)
    add(db, edition.id, data.colleges["学院A"], title="技能展示", enterprises="甲公司")
    return data


@pytest.fixture
def tab(qtbot, db, env):
    page = AwardsTab()
    qtbot.addWidget(page)
    page.resize(1500, 950)
    page.set_context(db, env.edition_id)
    page.show()
    qtbot.waitExposed(page)
    return page


def score_column(tab, criterion_position: int) -> int:
    criterion = awards.list_criteria(tab.db, tab.edition_id)[criterion_position - 1]
    return tab.scoring.model.column_of(f"c{criterion.id}")


def type_in_cell(qtbot, view, row, column, text):
    """Double-click a cell, type into its editor, press Enter."""
    view.scrollTo(view.model().index(row, column))
    double_click_row(qtbot, view, row, column)
    editor = QApplication.focusWidget()
    type_text(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)  # the delegate commits in a queued call


def test_the_tab_shows_the_rubric_the_rule_and_the_first_judges_sheet(tab, env):
    assert tab.tab_title() == "评奖打分"
    assert column_texts(tab.criteria_pane.view, 1) == ["策划组织与宣传推广", "线下活动数量及质量", "师生参与及企业贡献"]
    assert tab.ui.tie_break_edit.text() == "2,3,1" and tab.ui.trim_spin.value() == 5
    assert "达到 5 位及以上" in tab.ui.rule_preview_label.text()
    assert tab.scoring.current_judge().name == "王评委"
    assert tab.ui.sheet_title_label.text() == "评委 王评委（教务处） 的评分表"
    model = tab.scoring.model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["学院A", "学院B", "学院C", "学院D", "学院E"]
    assert model.index(0, model.column_of("total")).data() == "90"
    assert model.index(0, model.column_of("indicator:offline")).data() == "1"
    assert model.index(0, model.column_of("indicator:participation")).data() == "0%（计划）"
    assert tab.ui.progress_table.item(2, 0).text() == "赵评委" and tab.ui.progress_table.item(2, 2).text() == "1"


def test_clicking_an_indicator_shows_the_rows_behind_it(qtbot, tab):
    tab.ui.sections.setCurrentIndex(SCORING)
    view = tab.ui.score_view
    column = tab.scoring.model.column_of("indicator:enterprises")
    view.scrollTo(tab.scoring.model.index(0, column))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(
        tab.scoring.model.index(0, column)).center())
    dialog = tab.scoring.indicator_dialog
    assert dialog.isVisible() and dialog.windowTitle() == "学院A的合作企业"
    assert dialog.table.item(0, 0).text() == "甲公司" and dialog.table.item(0, 1).text() == "技能展示"
    dialog.close()


def test_typing_scores_in_the_grid_is_checked_and_saved(qtbot, tab, env):
    tab.ui.sections.setCurrentIndex(SCORING)
    view, column = tab.ui.score_view, score_column(tab, 2)
    type_in_cell(qtbot, view, 3, column, "45")  # 学院D, criterion 2 (maximum 40)
    assert "超过满分 40" in tab.ui.score_hint_label.text()
    assert awards.judge_sheet(tab.db, env.judges["王评委"])[3].scores[2] == 30
    type_in_cell(qtbot, view, 3, column, "39.5")
    assert awards.judge_sheet(tab.db, env.judges["王评委"])[3].scores[2] == 39.5
    assert tab.scoring.model.index(3, tab.scoring.model.column_of("total")).data() == "79.5"
    assert tab.ui.score_hint_label.text().startswith("已保存")
    # The result moved with it: 学院D's final is now (79.5 + 72 + 71) / 3 = 74.17.
    assert str(awards.compute_result(tab.db, tab.edition_id).result.row(env.colleges["学院D"]).final) == "74.17"
    assert any(line.cells[1] == "学院D" and line.cells[2] == "74.17" for line in tab.result.model._lines)


def test_abstaining_in_the_grid_needs_a_reason_unless_it_is_the_judges_own_college(qtbot, tab, env):
    model = tab.scoring.model
    index = model.index(0, model.column_of("abstain"))
    assert not model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert "回避理由" in tab.ui.score_hint_label.text()
    model.setData(model.index(0, model.column_of("reason")), "曾在该学院任职")
    assert model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    row = awards.judge_sheet(tab.db, env.judges["王评委"])[0]
    assert row.abstain and row.reason == "曾在该学院任职" and row.scores == {}
    assert not model.flags(model.index(0, score_column(tab, 1))) & Qt.ItemFlag.ItemIsEditable


def test_rules_are_applied_or_refused_with_the_reason(tab, answers):
    tab.ui.trim_spin.setValue(3)
    tab.ui.tie_break_edit.setText("3，1")
    tab.ui.spread_spin.setValue(0)
    assert tab.apply_rules()
    values = awards.rule_values(tab.db, tab.edition_id)
    assert values["awards.trim_threshold"] == 3 and values["awards.tie_break"] == [3, 1]
    assert values["awards.spread_limit"] is None
    assert "达到 3 位及以上" in tab.ui.rule_label.text()
    tab.ui.tie_break_edit.setText("二")
    assert not tab.apply_rules()
    assert answers["warning"][-1][1] == "同分比较顺序（评分标准序号）的值“二”无效"


def test_confirm_locks_everything_and_unlock_asks_for_a_reason(qtbot, tab, answers, monkeypatch):
    tab.ui.sections.setCurrentIndex(RESULT)
    assert "建议获奖：学院E、学院A、学院B、学院C" == tab.ui.lock_label.text()
    qtbot.mouseClick(tab.ui.confirm_button, Qt.MouseButton.LeftButton)
    assert "学院E、学院A、学院B、学院C" in answers["question"][0][1]
    assert awards.lock_state(tab.db, tab.edition_id).locked
    assert "确认并锁定" in tab.ui.state_label.text() and tab.ui.lock_label.text().startswith("获奖：")
    assert not tab.ui.confirm_button.isEnabled() and tab.ui.unlock_button.isEnabled()
    assert not tab.criteria_pane.buttons["add"].isEnabled()
    tab.ui.sections.setCurrentIndex(SCORING)
    assert not tab.scoring.model.flags(tab.scoring.model.index(0, score_column(tab, 1))) & Qt.ItemFlag.ItemIsEditable
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("复核学院B的评分", True)))
    tab.ui.sections.setCurrentIndex(RESULT)
    qtbot.mouseClick(tab.ui.unlock_button, Qt.MouseButton.LeftButton)
    assert not awards.lock_state(tab.db, tab.edition_id).locked
    assert "理由：复核学院B的评分" in tab.ui.state_label.text()
    assert [e.action for e in audit.history(tab.db, "award", tab.edition_id)] == ["lock", "unlock"]


def test_a_tie_across_the_quota_line_is_settled_by_ticking_names(tab, env, monkeypatch):
    from vocweek_desktop.gui.dialogs.award_dialogs import TieChoiceDialog

    record = editions.get_edition(tab.db, tab.edition_id)
    values = {name: getattr(record, name) for name in editions.EDITION_COLUMNS}
    editions.update_edition(tab.db, tab.edition_id, {**values, "contacts": [], "award_quota": 3})
    for judge in env.judges.values():
        for criterion, value in zip(env.criteria, (25, 35, 25), strict=True):
            award_scores.set_score(tab.db, judge, env.colleges["学院C"], criterion.id, value)
    tab.reload()
    assert "名额线上并列：学院B、学院C（确认时选定 1 个）" in tab.ui.lock_label.text()
    seen = {}

    def choose(dialog):
        seen["ok_before"] = dialog.buttons.buttons()[0].isEnabled()
        dialog.boxes[1][1].setChecked(True)  # 学院C
        seen["ok_after"] = dialog.buttons.buttons()[0].isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(TieChoiceDialog, "exec", choose)
    assert tab.result.confirm_result()
    assert seen == {"ok_before": False, "ok_after": True}
    assert awards.lock_state(tab.db, tab.edition_id).awarded == tuple(env.colleges[n] for n in ("学院E", "学院A",
                                                                                                "学院C"))


def test_the_certificate_preview_is_the_pdf_and_follows_mode_and_confirmation(qtbot, tab, tmp_path, answers):
    tab.ui.sections.setCurrentIndex(CERTIFICATES)
    tab.certificates.refresh_preview()
    assert tab.certificates.preview.page_count == 4 and len(tab.certificates.preview.images) == 4
    assert not tab.certificates.preview.images[0].isNull() and tab.certificates.preview.images[0].width() > 300
    assert "样稿" in tab.ui.cert_notes_label.text()
    draft = tab.certificates.print_certificates(tmp_path / "样稿.pdf")
    assert all("样稿" in text for text in page_texts(draft))
    assert certificates.register(tab.db, tab.edition_id) == []
    awards.confirm(tab.db, tab.edition_id)
    tab.reload()
    tab.ui.mode_overlay_radio.setChecked(True)
    tab.ui.offset_x_spin.setValue(2)
    tab.certificates.refresh_preview()
    assert "样稿" not in tab.ui.cert_notes_label.text() and "套打" in tab.ui.cert_notes_label.text()
    final = tab.certificates.print_certificates(tmp_path / "证书.pdf")
    text = all_text(final)
    assert "样稿" not in text and "荣誉证书" not in text and "学院E" in text
    assert [r.college for r in certificates.register(tab.db, tab.edition_id)] == ["学院E", "学院A", "学院B", "学院C"]
    register = tab.certificates.export_register(tmp_path / "登记表.xlsx")
    assert openpyxl.load_workbook(register).active["C3"].value == "学院E"
    calibration = tab.certificates.print_calibration(tmp_path / "校准页.pdf")
    assert "偏移 X +2 毫米" in page_texts(calibration)[0].replace("\n", "")


def test_the_template_editor_saves_checks_and_moves_boxes_with_the_paper(tab, answers, tmp_path):
    table = tab.ui.fields_table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "获奖单位")
    table.item(row, 2).setText("250")
    assert not tab.certificates.apply_template()
    assert "“获奖单位”的位置（x 250、y 66、宽 217、高 14 毫米）不在 297×210 毫米的纸面内" in answers["warning"][-1][1]
    table.item(row, 2).setText("30")
    table.item(row, 1).setText("兹授予{college}：")
    assert tab.certificates.apply_template()
    field = next(f for f in certificates.get_template(tab.db, tab.edition_id).fields if f.key == "recipient")
    assert (field.x, field.text) == (30, "兹授予{college}：")
    tab.ui.paper_combo.setCurrentIndex(tab.ui.paper_combo.findData("A3横向"))
    assert tab.ui.paper_width_spin.value() == 420
    assert tab.certificates.apply_template()
    template = certificates.get_template(tab.db, tab.edition_id)
    moved = next(f for f in template.fields if f.key == "recipient")
    assert (template.width, template.height) == (420, 297) and moved.x == pytest.approx(30 * 420 / 297)
    not_a_picture = tmp_path / "印章.png"
    not_a_picture.write_bytes(b"not a picture")
    assert not tab.certificates.set_picture("seal", not_a_picture)
    assert "印章图片：“印章.png”不是可用的图片" in answers["warning"][-1][1]


def test_printer_offsets_are_saved_per_printer(tab):
    tab.ui.printer_combo.setEditText("教务处 HP")
    tab.ui.offset_x_spin.setValue(1.5)
    tab.ui.offset_y_spin.setValue(-0.5)
    tab.certificates.save_offset()
    tab.ui.printer_combo.setEditText("打印室")
    tab.ui.offset_x_spin.setValue(0)
    tab.certificates.save_offset()
    tab.reload()
    assert tab.ui.printer_combo.currentText() == "打印室"
    tab.ui.printer_combo.setCurrentText("教务处 HP")
    assert (tab.ui.offset_x_spin.value(), tab.ui.offset_y_spin.value()) == (1.5, -0.5)


def test_score_sheets_go_out_and_come_back_through_the_preview(tab, tmp_path, monkeypatch, env):
    from vocweek_desktop.gui.dialogs.import_preview_dialog import ImportPreviewDialog

    written = tab.scoring.export_sheets(tmp_path)
    assert len(written) == 3
    path = next(p for p in written if "李评委" in p.name)
    workbook = openpyxl.load_workbook(path)
    workbook.active["B5"] = 30  # 学院A, criterion 1: 27 → 30
    workbook.save(path)
    seen = {}

    def accept(dialog):
        seen["summary"] = dialog.preview.summary()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPreviewDialog, "exec", accept)
    assert tab.scoring.import_sheets([path]) == 1
    assert seen["summary"] == "新评分 0 个学院，修改 1 个，未变 4 个"
    assert awards.judge_sheet(tab.db, env.judges["李评委"])[0].scores[1] == 30


def test_result_export_and_charts(tab, tmp_path, qtbot):
    tab.ui.sections.setCurrentIndex(RESULT)
    qtbot.waitUntil(lambda: len(tab.result.chart_canvases) == 2, timeout=30000)
    path = tab.result.export_result(tmp_path / "结果.xlsx")
    assert openpyxl.load_workbook(path).sheetnames[0] == "评分结果"
    pdf = tab.result.export_result(tmp_path / "结果")
    assert pdf.suffix == ".pdf" and "二、排名" in all_text(pdf)


def test_the_college_stays_in_sight_when_the_sheet_scrolls_to_its_last_columns(qtbot, tab):
    # On a laptop the grid scrolls sideways to the comment and 回避 columns: each row must still name its college.
    tab.resize(1100, 700)
    tab.ui.sections.setCurrentIndex(SCORING)
    view, model = tab.ui.score_view, tab.scoring.model
    view.scrollTo(model.index(0, model.column_of("reason")))
    qtbot.waitUntil(lambda: view.horizontalScrollBar().value() > 0)
    header = view.verticalHeader()
    assert header.isVisible() and view.isColumnHidden(model.column_of("college"))
    assert [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())] == [
        "学院A", "学院B", "学院C", "学院D", "学院E"]
    assert header.width() > view.fontMetrics().horizontalAdvance("学院A")
    # Another judge's sheet (a model reset) keeps the names in the header.
    tab.judges_pane.view.selectRow(1)
    assert tab.scoring.current_judge().name == "李评委" and view.isColumnHidden(model.column_of("college"))


def test_chart_labels_shrink_to_the_room_each_bar_has_on_a_small_screen(qtbot, tab, env):
    from vocweek_desktop.services import colleges

    for number in range(9):  # 14 colleges scored: a laptop's result page gives each bar a few pixels
        college = colleges.add_college(tab.db, env.edition_id, {"name": f"示例学院{number + 1}号"}).id
        for criterion in env.criteria:
            award_scores.set_score(tab.db, env.judges["王评委"], college, criterion.id, 10 + number)
    tab.resize(1346, 600)  # the tab in a 1366 × 768 window
    tab.reload()
    tab.ui.sections.setCurrentIndex(RESULT)
    qtbot.waitUntil(lambda: len(tab.result.chart_canvases) == 2, timeout=30000)
    for canvas in tab.result.chart_canvases:
        canvas.draw()
        axes = canvas.figure.axes[0]
        labels = [label for label in axes.get_yticklabels() if label.get_text()]
        assert len(labels) == 14
        room = axes.bbox.height / len(labels)  # pixels between two bars' centres
        # A Chinese label is as tall as its size; keep a fifth of the room free between two labels.
        assert all(label.get_fontsize() * canvas.figure.dpi / 72 <= 0.8 * room for label in labels), (
            labels[0].get_fontsize(), room, axes.bbox.height)


def test_the_certificate_settings_fit_beside_the_preview_on_a_laptop_screen(qtbot, db, env):
    page = AwardsTab()
    qtbot.addWidget(page)
    page.resize(1346, 600)  # the tab in a 1366 × 768 window
    page.set_context(db, env.edition_id)
    page.show()  # on the first section, as the window opens it
    qtbot.waitExposed(page)
    page.ui.sections.setCurrentIndex(CERTIFICATES)
    scroll = page.ui.cert_scroll
    qtbot.waitUntil(lambda: scroll.widget().width() >= scroll.widget().minimumSizeHint().width())  # laid out
    # Nothing cut at the right, no sideways scrolling (the splitter is sized once the page is shown).
    qtbot.waitUntil(lambda: scroll.horizontalScrollBar().maximum() == 0, timeout=3000)
    assert page.certificates.preview.width() >= 360


def _wheel(widget, notches: int) -> None:
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent

    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0), QPoint(0, -120 * notches),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_scrolling_the_certificate_settings_with_the_wheel_changes_no_offset_or_size(qtbot, tab):
    # Rolling the wheel down the panel passes over the offset boxes: the offset used to print must not change unless
    # the office clicked into the box first.
    tab.ui.sections.setCurrentIndex(CERTIFICATES)
    spin, combo, scroll = tab.ui.offset_y_spin, tab.ui.paper_combo, tab.ui.cert_scroll
    tab.resize(1300, 500)  # the panel scrolls
    qtbot.waitUntil(lambda: scroll.verticalScrollBar().maximum() > 0)
    from vocweek_desktop.gui.tabs.awards.certificates import FIELD_COLUMNS

    align = tab.ui.fields_table.cellWidget(1, FIELD_COLUMNS.index("align"))  # a cell's box, made with the table
    before, paper, aligned = spin.value(), combo.currentText(), align.currentText()
    tab.ui.fields_table.setFocus()
    _wheel(spin, 3)
    _wheel(combo, 2)
    _wheel(align, 1)
    assert spin.value() == before and combo.currentText() == paper and align.currentText() == aligned
    assert scroll.verticalScrollBar().value() > 0  # the wheel scrolled the panel instead
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    _wheel(spin, 1)
    assert spin.value() != before  # clicked into, the box takes the wheel as usual


def test_progress_names_the_colleges_each_judge_has_still_to_score(tab, env):
    for criterion in env.criteria:  # 王评委 clears 学院D: not scored yet; and scores 学院C on one criterion only
        award_scores.set_score(tab.db, env.judges["王评委"], env.colleges["学院D"], criterion.id, None)
    award_scores.set_score(tab.db, env.judges["王评委"], env.colleges["学院C"], env.criteria[1].id, None)
    tab.reload()
    table = tab.ui.progress_table
    assert [table.item(0, c).text() for c in range(5)] == ["王评委", "3", "0", "1（学院C）", "1（学院D）"]
    assert [table.item(1, c).text() for c in range(5)] == ["李评委", "5", "0", "0", "0"]
    assert tab.ui.progress_group.title() == "评分进度（2/3 位评委已评完）"
