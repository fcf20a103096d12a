"""The 材料提交 matrix in 概览, driven with qtbot: states and colours against crafted deadlines, a cell's files (open,
a kept copy moved away, delete), 复制提醒, files dropped on a cell, an extension granted and taken back."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from vocweek_desktop.domain import submissions as kinds
from vocweek_desktop.gui.dialogs.submission_dialogs import ExtensionDialog
from vocweek_desktop.gui.models.submissions_model import STATE_BRUSHES
from vocweek_desktop.gui.tabs.overview.submissions_matrix import SubmissionsMatrix
from vocweek_desktop.services import colleges, submissions

NOW = dt.datetime(2024, 5, 25, 10, 0)  # after the report deadline (5月23日 23:59)


@pytest.fixture
def data(db, edition, tmp_path):
    smart = colleges.add_college(db, edition.id, {"name": "智能制造学院"})
    auto = colleges.add_college(db, edition.id, {"name": "汽车工程学院"})
    report = tmp_path / "总结.docx"
    report.write_text("智能制造学院总结")
    late = tmp_path / "汽车总结.docx"
    late.write_text("汽车工程学院总结")
    first = submissions.record_submission(db, edition.id, smart.id, kinds.REPORT, report,
                                          received_at=dt.datetime(2024, 5, 22, 9, 0), check_name=False)
    submissions.record_submission(db, edition.id, auto.id, kinds.REPORT, late,
                                  received_at=dt.datetime(2024, 5, 24, 16, 30), check_name=False)
    submissions.grant_extension(db, edition.id, auto.id, kinds.STATISTICS, dt.datetime(2024, 5, 27, 18, 0), "出差")
    return {"smart": smart, "auto": auto, "report": first, "edition": edition.id}


@pytest.fixture
def matrix(qtbot, db, data):
    widget = SubmissionsMatrix(clock=lambda: NOW)
    qtbot.addWidget(widget)
    widget.resize(1100, 420)
    widget.set_context(db, data["edition"])
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shown(widget, college_id, kind):
    model = widget.model
    index = widget.index_of(college_id, kind)
    return model.data(index), model.data(index, Qt.ItemDataRole.BackgroundRole).color().name()


def test_states_colours_and_headers(matrix, data):
    model = matrix.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "学院", "附件1 活动信息表", "工作总结报告", "附件2 情况统计表", "新闻图片影像资料", "催交提醒"]
    smart, auto = data["smart"].id, data["auto"].id
    assert shown(matrix, smart, kinds.REPORT) == ("已交 5-22", STATE_BRUSHES[kinds.ON_TIME])
    assert shown(matrix, auto, kinds.REPORT) == ("补交 5-24", STATE_BRUSHES[kinds.LATE])
    assert shown(matrix, auto, kinds.STATISTICS) == ("延期至 5-27", STATE_BRUSHES[kinds.EXTENDED])
    assert shown(matrix, smart, kinds.STATISTICS) == ("逾期", STATE_BRUSHES[kinds.OVERDUE])
    assert shown(matrix, smart, kinds.REGISTRATION) == ("逾期", STATE_BRUSHES[kinds.OVERDUE])
    tip = model.data(matrix.index_of(auto, kinds.STATISTICS), Qt.ItemDataRole.ToolTipRole)
    assert "已延期至 5月27日 18:00（出差）" in tip
    reminder = model.index(0, model.column_of("__reminder__"))
    assert model.data(reminder) == "复制提醒"
    assert "总结材料截止 5月23日 23:59（已过）" in matrix.ui.summary_label.text()
    assert "2 个学院还有材料未交" in matrix.ui.summary_label.text()


def test_a_click_on_a_cell_shows_its_files(matrix, data, qtbot, offers):
    view = matrix.ui.matrix_view
    index = matrix.index_of(data["smart"].id, kinds.REPORT)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    assert matrix.current_cell() == (data["smart"].id, kinds.REPORT)
    assert matrix.ui.files_list.count() == 1
    assert matrix.ui.files_list.item(0).text() == "05-22 09:00　总结.docx"
    assert "智能制造学院</b> · 工作总结报告：已交" in matrix.ui.cell_label.text()
    assert matrix.ui.open_button.isEnabled() and matrix.ui.extend_button.isEnabled()
    assert matrix.open_selected_file()
    assert offers["opened"] == [str(data["report"].path)]
    assert matrix.open_selected_folder()
    assert offers["opened"][-1] == str(data["report"].path.parent)


def test_a_kept_copy_moved_away_is_reported(matrix, data, answers):
    data["report"].path.unlink()
    matrix.reload()
    matrix.select_cell(data["smart"].id, kinds.REPORT)
    assert matrix.ui.files_list.item(0).text().endswith("⚠ 文件已不在")
    assert matrix.model.data(matrix.index_of(data["smart"].id, kinds.REPORT)).endswith("⚠")
    assert "1 个文件已不在管理文件夹中" in matrix.ui.summary_label.text()
    assert not matrix.open_selected_file()
    assert answers["warning"][-1][1].startswith("“总结.docx”已不在管理文件夹中")


def test_deleting_a_record(matrix, data, answers):
    matrix.select_cell(data["smart"].id, kinds.REPORT)
    answers["reply"] = [QMessageBox.StandardButton.No]
    assert not matrix.delete_selected_file()
    answers["reply"] = [QMessageBox.StandardButton.Yes]
    assert matrix.delete_selected_file()
    assert shown(matrix, data["smart"].id, kinds.REPORT)[0] == "逾期"
    assert not data["report"].path.exists()


def test_one_click_copies_a_college_reminder(matrix, data, qtbot):
    view = matrix.ui.matrix_view
    row = matrix.model.row_of(data["auto"].id)
    index = matrix.model.index(row, matrix.model.column_of("__reminder__"))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    text = QGuiApplication.clipboard().text()
    assert text.splitlines()[0] == "【2024年职教周材料提醒】汽车工程学院：以下材料尚未提交，请抓紧报送："
    assert "附件2 情况统计表（已延期至 5月27日 18:00）" in text
    assert text.splitlines()[-1].startswith("请发送至教务处（")
    assert matrix.ui.reminder_edit.toPlainText() == text
    both = matrix.copy_all_reminders()
    assert both.count("【2024年职教周材料提醒】") == 2 and QGuiApplication.clipboard().text() == both


def test_files_dropped_on_a_cell_are_that_material(matrix, data, tmp_path, monkeypatch):
    boxes = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: boxes.append(a[2])))
    photo = tmp_path / "IMG_0001.jpg"
    photo.write_bytes(b"\xff\xd8")
    view = matrix.ui.matrix_view
    index = matrix.index_of(data["smart"].id, kinds.MEDIA)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo))])
    event = QDropEvent(QPointF(view.visualRect(index).center()), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    assert matrix._drops.eventFilter(view.viewport(), event)
    text, colour = shown(matrix, data["smart"].id, kinds.MEDIA)
    assert text.startswith("补交") and colour == STATE_BRUSHES[kinds.LATE]  # received (the file's time) after 5月23日
    [record] = submissions.list_submissions(matrix.db, matrix.edition_id, kind=kinds.MEDIA)
    assert (record.college, record.file_name) == ("智能制造学院", "IMG_0001.jpg")
    assert "已记录 1 个文件" in boxes[-1]
    assert matrix.current_cell() == (data["smart"].id, kinds.MEDIA)


def test_an_extension_is_granted_and_taken_back(matrix, data, monkeypatch):
    def grant(dialog: ExtensionDialog):
        assert "原截止时间 5月23日 23:59" in dialog.ui.info_label.text()
        dialog.ui.reason_edit.setText("")
        dialog.accept()  # refused: the reason is missing
        assert "原因不能为空" in dialog.ui.error_label.text()
        dialog.ui.reason_edit.setText("院长出差")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExtensionDialog, "exec", grant)
    matrix.select_cell(data["smart"].id, kinds.MEDIA)
    assert matrix.extend_cell()
    text, colour = shown(matrix, data["smart"].id, kinds.MEDIA)
    assert text == "延期至 5-26" and colour == STATE_BRUSHES[kinds.EXTENDED]

    def remove(dialog: ExtensionDialog):
        assert not dialog.ui.remove_button.isHidden()  # offered once an extension exists
        dialog.ui.remove_button.click()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExtensionDialog, "exec", remove)
    assert matrix.extend_cell()
    assert shown(matrix, data["smart"].id, kinds.MEDIA)[0] == "逾期"


def test_the_overview_has_the_matrix_on_its_second_page(qtbot, window):
    """The second page loads just after the window's first paint (start-up waits for the first page alone); its
    label then says how many colleges still owe something."""
    overview = window.page("overview") or window.tab_widget.widget(0)
    assert overview.pages.tabText(0) == "本周活动"
    qtbot.waitUntil(lambda: overview.submissions.matrix is not None)
    assert len(overview.submissions.matrix.rows) == 10
    owed = sum(1 for row in overview.submissions.matrix.rows if row.reminder)
    assert owed and overview.pages.tabText(1) == f"材料提交（{owed} 个学院未交齐）"


def test_the_office_adds_a_kind(matrix, data, monkeypatch, answers):
    from PySide6.QtWidgets import QInputDialog

    typed = iter([("活动视频，优秀案例", True), ("", True)])
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: next(typed)))
    assert matrix.edit_kinds()
    model = matrix.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in (5, 6)] == ["活动视频", "优秀案例"]
    assert "活动视频" in matrix.matrix.rows[0].reminder
    path = data["report"].path.parent / "视频.mp4"
    path.write_bytes(b"mp4")
    submissions.record_submission(matrix.db, matrix.edition_id, data["smart"].id, "活动视频", path)
    assert not matrix.edit_kinds()  # a kind with files cannot be taken away
    assert answers["warning"][-1][1] == "材料种类“活动视频”已有提交记录，不能删去"


def test_the_matrix_is_read_again_when_it_comes_into_view(qtbot, db, data):
    """Left open over the deadline, the matrix shows 逾期 once it is looked at again, and a kept copy moved away by
    hand meanwhile is flagged: the window hears of neither."""
    now = [dt.datetime(2024, 5, 23, 18, 0)]
    widget = SubmissionsMatrix(clock=lambda: now[0])
    qtbot.addWidget(widget)
    widget.set_context(db, data["edition"])
    widget.show()
    qtbot.waitExposed(widget)
    assert shown(widget, data["smart"].id, kinds.MEDIA)[0] == "未交"
    widget.select_cell(data["smart"].id, kinds.REPORT)
    widget.hide()
    now[0] = dt.datetime(2024, 5, 24, 8, 0)
    data["report"].path.unlink()
    widget.show()
    assert shown(widget, data["smart"].id, kinds.MEDIA)[0] == "逾期"
    assert "1 个文件已不在管理文件夹中" in widget.ui.summary_label.text()
    assert widget.current_cell() == (data["smart"].id, kinds.REPORT)  # the cell chosen is kept
    assert widget.ui.files_list.item(0).text().endswith("⚠ 文件已不在")
