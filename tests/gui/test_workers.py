"""The background-job helper: results, errors and cancellation come back to the GUI thread."""

import time

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


def test_cancel_button_stops_the_job(qtbot, press_cancel_on_progress):
    stopped_early = []

    def job(progress, cancelled):
        for step in range(400):
            if cancelled():
                stopped_early.append(step)
                return None
            progress(step, 400)
            time.sleep(0.01)
        return "done"


    press_cancel_on_progress(600)
    outcome = run_with_progress(None, "测试", "正在处理…", job)
    assert outcome.cancelled and not outcome.ok
    assert stopped_early and stopped_early[0] < 400
