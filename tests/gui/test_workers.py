"""The background-job helper: results, errors and cancellation come back to the GUI thread."""

import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from vocweek_desktop.domain.errors import VocWeekError
from vocweek_desktop.gui.workers import run_with_progress


def test_result_and_progress_come_back(qtbot):
    seen = []

    def job(progress, cancelled):
        for step in range(5):
            progress(step + 1, 5)
            seen.append(step)
        return "完成"

    outcome = run_with_progress(None, "测试", "正在处理…", job)
    assert outcome.ok and outcome.result == "完成" and seen == [0, 1, 2, 3, 4]


def test_error_is_handed_over_not_raised_in_the_thread(qtbot):
    def job(progress, cancelled):
        raise VocWeekError("文件“x.xlsx”不是工作簿")

    outcome = run_with_progress(None, "测试", "正在处理…", job)
    assert not outcome.ok and isinstance(outcome.error, VocWeekError)
    assert "不是工作簿" in str(outcome.error)


def test_cancel_button_stops_the_job(qtbot):
    stopped_early = []

    def job(progress, cancelled):
        for step in range(400):
            if cancelled():
                stopped_early.append(step)
                return None
            progress(step, 400)
            time.sleep(0.01)
        return "done"

    def press_cancel():
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and widget.isVisible():
                qtbot.mouseClick(widget.findChild(QPushButton), Qt.MouseButton.LeftButton)
                return
        QTimer.singleShot(50, press_cancel)

    QTimer.singleShot(600, press_cancel)
    outcome = run_with_progress(None, "测试", "正在处理…", job)
    assert outcome.cancelled and not outcome.ok
    assert stopped_early and stopped_early[0] < 400
