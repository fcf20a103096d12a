"""Start-up: log file, bundled font, exception hook, choosing the database, and run() itself."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtGui import QFontDatabase, QFontInfo, QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton

from vocweek_desktop import app as app_module
from vocweek_desktop import logs, paths, preferences
from vocweek_desktop.gui import settings
from vocweek_desktop.gui.dialogs.error_dialog import ErrorDialog
from vocweek_desktop.gui.main_window import MainWindow
from vocweek_desktop.services.database import create_demo


@pytest.fixture(autouse=True)
def _fresh_settings():
    """No test sees the last database another test left in the settings (run() remembers the one it opened)."""
    settings.app_settings().clear()
    yield
    settings.app_settings().clear()


@pytest.fixture
def restored_app(qapp, monkeypatch):
    """The application, put back as it was (font, locale, translators, hooks) after the test."""
    font, locale = qapp.font(), QLocale()
    monkeypatch.setattr(app_module, "qInstallMessageHandler", lambda handler: None)  # keep pytest-qt's
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    kept = len(app_module._keep)
    yield qapp
    for translator in app_module._keep[kept:]:
        qapp.removeTranslator(translator)
    del app_module._keep[kept:]
    qapp.setFont(font)
    QLocale.setDefault(locale)
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, logs._VocWeekFileHandler):
            root.removeHandler(handler)
            handler.close()


@pytest.fixture
def log_file():
    """The log set up in this test's data folder; the handler is removed afterwards."""
    path = logs.setup_logging()
    yield path
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, logs._VocWeekFileHandler):
            root.removeHandler(handler)
            handler.close()


def test_log_file_is_in_the_data_folder_and_set_up_once(log_file, _isolated_folders):
    assert log_file == paths.log_dir() / "vocweek.log"
    assert log_file.is_relative_to(_isolated_folders)
    assert logs.setup_logging() == log_file
    ours = [h for h in logging.getLogger().handlers if isinstance(h, logs._VocWeekFileHandler)]
    assert len(ours) == 1
    assert ours[0].maxBytes > 0 and ours[0].backupCount > 0
    logging.getLogger("vocweek_desktop.test").warning("学院表已保存")
    ours[0].flush()
    assert "学院表已保存" in log_file.read_text(encoding="utf-8")


def test_application_uses_the_bundled_font(restored_app):
    app = app_module.create_application()
    assert app is restored_app
    assert QFontInfo(app.font()).family() == "LXGW WenKai"
    assert app.font().pointSizeF() >= 10
    assert app_module.register_font(app) == "LXGW WenKai"
    assert "LXGW WenKai" in QFontDatabase.families()
    assert app.organizationName() == "VocWeek" and app.applicationName() == "VocWeek"
    assert QLocale().language() == QLocale.Language.Chinese
    # Qt's own standard texts are Chinese too.
    assert QApplication.translate("QPlatformTheme", "Cancel") == "取消"


def test_qt_file_dialogs_speak_chinese(restored_app, qtbot):
    """Qt's own file dialog (the one Windows-less desktops get) in Chinese: qtbase_zh_CN lacks the labels Qt 6 renamed
    ("&Look in:", "Files of &type:"), which the program supplies (resources/translations/qt_gaps_zh_CN.qm, compiled
    from the .ts beside it)."""
    import re

    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

    app_module.create_application()
    dialog = QFileDialog(None, "导入活动信息表", str(paths.resources_dir()), "Excel 工作簿 (*.xlsx *.xlsm)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = [widget.text() for widget in dialog.findChildren(QWidget) if isinstance(widget, QLabel | QAbstractButton)]
    texts += [action.text() for action in dialog.findChildren(QAction)]
    texts = [text for text in texts if isinstance(text, str) and text and "xlsx" not in text]
    english = [text for text in texts if re.search(r"[A-Za-z]{3,}", text)]
    assert english == []
    assert "查找范围(&L)：" in texts and "文件类型(&T)：" in texts


def test_exception_hook_logs_and_shows_the_error_dialog(restored_app, log_file, monkeypatch):
    shown: list[ErrorDialog] = []
    monkeypatch.setattr(ErrorDialog, "exec", lambda self: shown.append(self) or 0)
    app_module.install_excepthook(log_file)
    assert sys.excepthook is app_module.excepthook

    try:
        {}["学院"]
    except KeyError:
        sys.excepthook(*sys.exc_info())

    assert len(shown) == 1
    dialog = shown[0]
    assert "KeyError" in dialog.summary_label.text() and "test_app.py" in dialog.summary_label.text()
    assert str(log_file) in dialog.log_label.text()
    assert "Traceback" in dialog.details and "test_exception_hook_logs_and_shows_the_error_dialog" in dialog.details
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "unexpected exception" in text and "KeyError: '学院'" in text

    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.details
    assert dialog.copy_button.text() == "已复制"


def test_an_exception_in_a_thread_is_logged(restored_app, log_file):
    app_module.install_excepthook(log_file)

    def work():
        raise ValueError("后台任务失败")

    worker = threading.Thread(target=work, name="导出线程")
    worker.start()
    worker.join()
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "unexpected exception in thread 导出线程" in text and "ValueError: 后台任务失败" in text


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_leaves_the_window_usable(restored_app, log_file, qtbot, demo_db, monkeypatch):
    shown: list[ErrorDialog] = []
    monkeypatch.setattr(ErrorDialog, "exec", lambda self: shown.append(self) or 0)
    app_module.install_excepthook(log_file)
    window = MainWindow(demo_db, log_file=log_file)
    qtbot.addWidget(window)
    window.show()
    button = QPushButton("出错", window)

    def broken():
        raise RuntimeError("模拟的意外错误")

    button.clicked.connect(broken)
    button.click()
    assert len(shown) == 1 and "模拟的意外错误" in shown[0].summary_label.text()
    assert window.isVisible()
    window.refresh_action.trigger()
    assert window.statusBar().currentMessage() == "已刷新"
    button.click()
    assert len(shown) == 2


def test_database_choice_order(tmp_path, monkeypatch):
    remembered = tmp_path / "remembered.sqlite3"
    settings.remember_database(remembered)
    assert app_module.resolve_database_path(None) == paths.default_database_path()  # remembered file is gone
    remembered.write_bytes(b"")
    assert app_module.resolve_database_path(None) == remembered.resolve()
    monkeypatch.setenv("VOCWEEK_DB", str(tmp_path / "env.sqlite3"))
    assert app_module.resolve_database_path(None) == (tmp_path / "env.sqlite3").resolve()
    assert app_module.resolve_database_path(str(tmp_path / "cli.sqlite3")) == (tmp_path / "cli.sqlite3").resolve()


def test_bad_start_database_lets_the_user_pick_another_and_is_untouched(qapp, tmp_path, monkeypatch):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    before = bad.read_bytes()
    good_path = tmp_path / "good.sqlite3"
    create_demo(good_path).close()
    asked: list[str] = []
    monkeypatch.setattr(app_module, "ask_about_database_problem", lambda message, parent=None: asked.append(message)
                        or "open")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(good_path), "")))

    db = app_module.open_startup_database(str(bad))

    try:
        assert db is not None and db.path == good_path.resolve()
    finally:
        db.close()
    assert len(asked) == 1 and str(bad) in asked[0] and "损坏" in asked[0]
    assert bad.read_bytes() == before


def test_bad_start_database_and_quit(qapp, tmp_path, monkeypatch):
    bad = tmp_path / "notes.txt"
    bad.write_text("会议纪要", encoding="utf-8")
    monkeypatch.setattr(app_module, "ask_about_database_problem", lambda message, parent=None: "quit")
    assert app_module.open_startup_database(str(bad)) is None
    assert bad.read_text(encoding="utf-8") == "会议纪要"


def test_the_problem_box_offers_open_new_and_quit(qapp, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    seen = {}

    def fake_exec(box):
        seen["text"] = box.text()
        seen["buttons"] = sorted(b.text() for b in box.buttons())
        next(b for b in box.buttons() if b.text() == "新建数据库…").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    choice = app_module.ask_about_database_problem("“x”不是 VocWeek 数据库")
    assert seen["text"] == "“x”不是 VocWeek 数据库"
    assert seen["buttons"] == sorted(["打开其他数据库…", "新建数据库…", "退出"])
    assert choice == "new"


def test_run_opens_the_window_on_the_given_database(restored_app, demo_db, monkeypatch):
    preferences.set_operator("测试员")  # a stored name: the window does not ask for one
    demo_path = demo_db.path
    demo_db.close()
    seen = {}

    def look_and_close():
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen["titles"] = [w.windowTitle() for w in windows]
        seen["rows"] = [w.edition_combo.count() for w in windows]
        for w in windows:
            w.close()

    QTimer.singleShot(0, look_and_close)
    assert app_module.run(str(demo_path)) == 0
    assert seen["titles"] == [f"{demo_path} — 职教周工作台"]
    assert seen["rows"] == [1]
    assert settings.last_database() == demo_path.resolve()
    assert (paths.log_dir() / "vocweek.log").is_file()


def test_bad_start_database_and_new_file_never_overwrites(qapp, tmp_path, monkeypatch):
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("not a database", encoding="utf-8")
    taken = tmp_path / "taken.sqlite3"
    taken.write_bytes(b"someone else's file")
    fresh = tmp_path / "fresh.sqlite3"
    asked: list[str] = []
    monkeypatch.setattr(app_module, "ask_about_database_problem", lambda message, parent=None: asked.append(message)
                        or "new")
    answers = iter([str(taken), str(fresh)])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (next(answers), "")))

    db = app_module.open_startup_database(str(bad))

    try:
        assert db.path == fresh.resolve() and fresh.is_file()
    finally:
        db.close()
    assert len(asked) == 2 and "已经存在" in asked[1]
    assert taken.read_bytes() == b"someone else's file"
    assert bad.read_text(encoding="utf-8") == "not a database"


def test_run_asks_for_the_operator_at_the_first_start_only(restored_app, demo_db, monkeypatch):
    from vocweek_desktop.gui.dialogs.operator_dialog import OperatorDialog

    path = demo_db.path
    demo_db.close()
    assert preferences.stored_operator() is None  # the first start
    asked, seen = [], {}

    def answer(dialog):
        asked.append(dialog.parent())
        dialog.ui.operator_edit.setText("钱老师")
        dialog.accept()
        return dialog.result()

    def look_and_close():
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                seen.setdefault("operators", []).append(widget.db.operator)
                widget.close()

    monkeypatch.setattr(OperatorDialog, "exec", answer)
    for _ in range(2):
        QTimer.singleShot(0, look_and_close)
        assert app_module.run(str(path)) == 0
    assert len(asked) == 1 and isinstance(asked[0], MainWindow)  # over the window, and only the first time
    assert seen == {"operators": ["钱老师", "钱老师"]}


def test_the_committed_gap_translation_is_compiled_from_its_source(tmp_path):
    import shutil
    import subprocess

    source = paths.resources_dir() / "translations" / "qt_gaps_zh_CN.ts"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    if not lrelease.is_file():
        lrelease = Path(shutil.which("pyside6-lrelease") or "pyside6-lrelease")
    target = tmp_path / "gaps.qm"
    subprocess.run([str(lrelease), str(source), "-qm", str(target)], check=True, capture_output=True, timeout=60)
    assert target.read_bytes() == source.with_suffix(".qm").read_bytes(), \
        "run `uv run pyside6-lrelease resources/translations/qt_gaps_zh_CN.ts` and commit the .qm"


def test_an_empty_start_database_is_refused_and_can_be_made_a_new_one(qapp, tmp_path, monkeypatch):
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    asked: list[str] = []
    monkeypatch.setattr(app_module, "ask_about_database_problem", lambda message, parent=None: asked.append(message)
                        or "new")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(empty), "")))

    db = app_module.open_startup_database(str(empty))

    try:
        assert db is not None and db.path == empty.resolve()
    finally:
        db.close()
    assert len(asked) == 1 and "空文件" in asked[0]
    assert empty.stat().st_size > 0
