"""GUI fixtures: fresh settings for every test, and the main window on the demo database."""

import pytest

from vocweek_desktop import preferences
from vocweek_desktop.gui import settings
from vocweek_desktop.gui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _fresh_settings():
    """No test sees the last database, folder or geometry another test left in the settings."""
    settings.app_settings().clear()
    yield
    settings.app_settings().clear()


@pytest.fixture(autouse=True)
def _operator_known(_isolated_folders):
    """An operator's name is stored, so no test meets the start-up question (tests of the question remove it)."""
    preferences.set_operator("测试员")


@pytest.fixture
def window(qtbot, demo_db):
    """The main window on the demo database, shown."""
    win = MainWindow(demo_db)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def answers(monkeypatch):
    """Patch QMessageBox.question / warning: questions get the queued answers (the last one stays; default Yes);
    both are recorded as (title, text)."""
    from PySide6.QtWidgets import QMessageBox

    log: dict[str, list] = {"question": [], "warning": [], "reply": [QMessageBox.StandardButton.Yes]}

    def question(parent, title, text, *args, **kwargs):
        log["question"].append((title, text))
        return log["reply"].pop(0) if len(log["reply"]) > 1 else log["reply"][0]

    def warning(parent, title, text, *args, **kwargs):
        log["warning"].append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    return log


@pytest.fixture
def press_cancel_on_progress(qtbot):
    """Call with a delay in ms: from then on, clicks 取消 on the first visible progress dialog."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

    def press():
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and widget.isVisible():
                qtbot.mouseClick(widget.findChild(QPushButton), Qt.MouseButton.LeftButton)
                return
        QTimer.singleShot(50, press)

    return lambda delay_ms: QTimer.singleShot(delay_ms, press)


@pytest.fixture
def history_dialogs(monkeypatch, qtbot):
    """Every 修改记录 dialog that is exec()'d, shown without blocking, in the order they were opened."""
    from vocweek_desktop.gui.dialogs.history_dialog import HistoryDialog

    dialogs: list[HistoryDialog] = []

    def fake_exec(dialog):
        qtbot.addWidget(dialog)
        dialog.show()
        dialogs.append(dialog)
        return 0

    monkeypatch.setattr(HistoryDialog, "exec", fake_exec)
    return dialogs


@pytest.fixture
def offers(monkeypatch):
    """Message boxes with buttons of their own — the "open it / open its folder" message after a file is written
    (gui/file_actions.py), a choice between layouts — answered without blocking: ``offers["reply"]`` is the text of
    the button clicked (default 关闭), or a list of them for several boxes in turn (the last one stays); each box is
    recorded as (title, text, button texts); what would have been opened is in ``offers["opened"]`` (local paths)."""
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QMessageBox

    log: dict[str, list] = {"shown": [], "opened": [], "reply": "关闭"}

    def fake_exec(box):
        buttons = {button.text(): button for button in box.buttons()}
        log["shown"].append((box.windowTitle(), box.text(), list(buttons)))
        reply = log["reply"]
        if isinstance(reply, list):
            reply = reply.pop(0) if len(reply) > 1 else reply[0]
        buttons[reply].click()
        return 0

    def open_url(url):
        log["opened"].append(url.toLocalFile())
        return True

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    return log
