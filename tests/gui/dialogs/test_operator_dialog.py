"""The operator's name in the window: asked once at the first start, changed from 文件 → 操作人…, set on every
database the window opens, and what the audit trail then records."""

from __future__ import annotations

import getpass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from tests.gui.widget_input import error_shown, type_text
from vocweek_desktop import preferences
from vocweek_desktop.gui.dialogs.operator_dialog import OperatorDialog
from vocweek_desktop.gui.main_window import MainWindow
from vocweek_desktop.services import audit, colleges, editions
from vocweek_desktop.services.database import create_demo


@pytest.fixture
def nothing_stored():
    """The first start: no operator's name stored yet."""
    preferences.preferences_path().unlink()


@pytest.fixture
def answer(monkeypatch, qtbot):
    """Call with a name: the operator dialog, when opened, is answered with it (None: cancelled); returns what the
    dialogs showed, as (prompt, prefilled name)."""
    shown = []

    def arm(name: str | None):
        def fake_exec(dialog: OperatorDialog):
            qtbot.addWidget(dialog)
            shown.append((dialog.ui.prompt_label.text(), dialog.ui.operator_edit.text()))
            if name is None:
                dialog.reject()
            else:
                type_text(qtbot, dialog.ui.operator_edit, name)
                qtbot.mouseClick(dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save),
                                 Qt.MouseButton.LeftButton)
            return dialog.result()
        monkeypatch.setattr(OperatorDialog, "exec", fake_exec)
        return shown
    return arm


def _college_events(db) -> list[tuple[str, str]]:
    edition_id = editions.list_editions(db)[0].id
    return [(e.operator, e.summary) for e in audit.events(db, edition_id, entity="college", limit=1)]


def test_first_start_asks_once_prefilled_with_the_computer_user(qtbot, demo_db, nothing_stored, answer):
    shown = answer(" 王 老师 ")
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    assert window.ask_operator_if_unset() is True
    assert shown == [("请输入您的姓名（记录在修改记录中）", getpass.getuser())]
    assert preferences.stored_operator() == "王老师" and demo_db.operator == "王老师"
    assert "操作人：王老师" in window.statusBar().currentMessage()
    colleges.add_college(demo_db, editions.list_editions(demo_db)[0].id, {"name": "新学院"})
    assert _college_events(demo_db) == [("王老师", "新学院")]
    assert window.ask_operator_if_unset() is False  # asked once: stored now
    assert len(shown) == 1


def test_cancelled_question_keeps_the_computer_user_and_asks_next_time(qtbot, demo_db, nothing_stored, answer):
    shown = answer(None)
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    assert window.ask_operator_if_unset() is True
    assert preferences.stored_operator() is None and demo_db.operator == getpass.getuser()
    assert window.ask_operator_if_unset() is True and len(shown) == 2


def test_an_empty_name_is_refused_and_the_dialog_stays_open(qtbot, nothing_stored):
    dialog = OperatorDialog("张伟")
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).text() == "确定"
    type_text(qtbot, dialog.ui.operator_edit, "   ")
    qtbot.mouseClick(dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert "操作人姓名不能为空" in error_shown(dialog)
    assert preferences.stored_operator() is None


def test_an_unwritable_preferences_file_is_said_in_the_dialog(qtbot, nothing_stored):
    preferences.preferences_path().mkdir()  # a folder where the file should be: it cannot be written
    dialog = OperatorDialog("张伟")
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.mouseClick(dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "无法写入" in error_shown(dialog) and "preferences.json" in error_shown(dialog)


def test_stored_name_is_used_without_asking(window, demo_db):
    assert window.ask_operator_if_unset() is False  # unpatched exec would fail the test
    assert demo_db.operator == "测试员"


def test_menu_entry_changes_the_name_for_the_open_and_every_later_database(window, demo_db, tmp_path, answer):
    entries = [action.text() for action in window.file_menu.actions()]
    assert "操作人…" in entries and "修改记录…" in entries
    answer("李老师")
    window.operator_action.trigger()
    assert preferences.stored_operator() == "李老师" and demo_db.operator == "李老师"
    other = create_demo(tmp_path / "other.sqlite3")
    other.close()
    assert window.open_database_file(other.path)
    assert window.db.operator == "李老师"


def test_operator_option_holds_for_the_session_without_asking_or_storing(qtbot, demo_db, nothing_stored):
    window = MainWindow(demo_db, operator="赵老师")
    qtbot.addWidget(window)
    assert window.ask_operator_if_unset() is False
    assert demo_db.operator == "赵老师" and preferences.stored_operator() is None

