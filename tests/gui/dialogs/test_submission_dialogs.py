"""The two small forms of the submissions matrix: 记录提交的材料 and 延期."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from vocweek_desktop.domain.errors import ValidationError
from vocweek_desktop.gui.dialogs.submission_dialogs import ExtensionDialog, SubmissionDialog

COLLEGES = [(1, "智能制造学院"), (2, "汽车工程学院")]
KINDS = ("附件1 活动信息表", "工作总结报告", "附件2 情况统计表", "新闻图片影像资料")


def test_the_record_form_needs_a_college_and_a_kind(qtbot):
    paths = [Path(f"照片{n}.jpg") for n in range(10)]
    dialog = SubmissionDialog(paths, COLLEGES, KINDS, kind="新闻图片影像资料", guessed=True,
                              received=dt.datetime(2024, 5, 20, 9, 30))
    qtbot.addWidget(dialog)
    assert dialog.ui.files_label.text().endswith("……共 10 个文件")
    assert dialog.ui.guess_label.text() == "没能从文件名判断出学院，请选择。"
    dialog.accept()
    assert dialog.result() == 0 and dialog.ui.error_label.text() == "请选择学院。"
    dialog.ui.college_combo.setCurrentIndex(2)
    dialog.ui.note_edit.setText(" 邮件补发 ")
    dialog.accept()
    assert dialog.result() == 1
    assert (dialog.college_id(), dialog.kind(), dialog.received_at(), dialog.note()) == (
        2, "新闻图片影像资料", dt.datetime(2024, 5, 20, 9, 30), "邮件补发")


def test_the_extension_form_shows_why_it_is_refused(qtbot):
    granted = []

    def grant(until, reason):
        if not reason:
            raise ValidationError({"reason": "原因不能为空"})
        granted.append((until, reason))

    dialog = ExtensionDialog("汽车工程学院", "工作总结报告", dt.datetime(2024, 5, 23, 23, 59), grant=grant)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "延期 — 汽车工程学院 工作总结报告"
    assert dialog.until() == dt.datetime(2024, 5, 26, 23, 59)  # three days more, proposed
    assert dialog.ui.remove_button.isHidden()  # nothing to take back yet
    dialog.accept()
    assert dialog.result() == 0 and dialog.ui.error_label.text() == "• 原因不能为空"
    dialog.ui.reason_edit.setText("院长出差")
    dialog.accept()
    assert dialog.result() == 1 and granted == [(dt.datetime(2024, 5, 26, 23, 59), "院长出差")]
