"""The main window on a temporary database: title, year selector, File menu, settings, tab wiring."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from tests.edition_data import edition_values
from vocweek_desktop import __version__
from vocweek_desktop.gui import main_window, settings
from vocweek_desktop.gui.main_window import MainWindow
from vocweek_desktop.gui.tabs.base import TabPage
from vocweek_desktop.services import colleges, editions
from vocweek_desktop.services.database import create_demo
from vocweek_desktop.store import migrate
from vocweek_desktop.store.engine import open_database


class SpyTab(TabPage):
    """A tab that records what the window tells it."""

    def __init__(self):
        super().__init__()
        self.contexts: list[tuple[object, int | None]] = []
        self.refreshes = 0
        self.copy_action = QAction("复制选中行", self)
        self.copy_action.setShortcut("Ctrl+C")

    def tab_title(self) -> str:
        return "甲"

    def set_context(self, db, edition_id) -> None:
        self.contexts.append((db, edition_id))

    def refresh(self) -> None:
        self.refreshes += 1

    def edit_actions(self) -> list[QAction]:
        return [self.copy_action]


class OtherSpyTab(SpyTab):
    """A second recording tab, without edit actions of its own."""

    def tab_title(self) -> str:
        return "乙"

    edit_actions = None


@pytest.fixture
def spy_window(qtbot, demo_db, monkeypatch):
    """The window with two recording tabs instead of the real ones."""
    monkeypatch.setattr(main_window, "TAB_PAGES", (f"{__name__}:SpyTab", f"{__name__}:OtherSpyTab"))
    win = MainWindow(demo_db)
    qtbot.addWidget(win)
    win.show()
    return win


def _edition_2024(db) -> int:
    return next(e.id for e in editions.list_editions(db) if e.year == 2024)


def _patch_open(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))


def _patch_save(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))


def _record_boxes(monkeypatch, kind: str) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []

    def box(parent, title, text, *args, **kwargs):
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, kind, staticmethod(box))
    return shown


def test_window_shows_database_and_year(window, demo_db):
    assert str(demo_db.path) in window.windowTitle()
    assert str(demo_db.path) in window.path_label.toolTip()
    combo = window.edition_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["2024 年度"]
    assert window.edition_id == _edition_2024(demo_db)
    tabs = [window.tab_widget.tabText(i) for i in range(window.tab_widget.count())]
    assert tabs == ["概览", "学院", "活动报名", "展位布局", "外出审批", "活动总结", "评奖打分"]
    assert window.stack.currentWidget() is window.tab_widget
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["文件(&F)", "编辑(&E)", "视图(&V)", "帮助(&H)"]
    assert window.open_action.shortcut().toString() == "Ctrl+O"
    assert window.new_database_action.shortcut().toString() == "Ctrl+N"
    assert window.save_as_action.shortcut().toString() == "Ctrl+Shift+S"
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    assert window.refresh_action.shortcut().toString() == "F5"


def _title_as_shown(window) -> str:
    """The title bar's text: Qt on Linux and Windows appends " — <display name>" unless the title already ends with
    it (QPlatformWindow::formatWindowTitle)."""
    title, name = window.windowTitle(), QApplication.applicationDisplayName()
    return title if title.endswith(name) else f"{title} \u2014 {name}"


def test_title_bar_names_the_program_once(qtbot, window, demo_db):
    before = QApplication.applicationDisplayName()
    QApplication.setApplicationDisplayName("职教周工作台")  # as app.create_application names it
    try:
        assert _title_as_shown(window) == f"{demo_db.path} \u2014 职教周工作台"
        empty = MainWindow(None)
        qtbot.addWidget(empty)
        assert _title_as_shown(empty) == "职教周工作台"
    finally:
        QApplication.setApplicationDisplayName(before)


def test_open_database_from_file_menu(window, tmp_path, monkeypatch):
    other_path = tmp_path / "other.sqlite3"
    other = create_demo(other_path)
    editions.create_from_defaults(other, 2025)
    other.close()
    _patch_open(monkeypatch, other_path)

    window.open_action.trigger()

    assert window.db.path == other_path.resolve()
    assert str(other_path.resolve()) in window.windowTitle()
    assert str(other_path.resolve()) in window.path_label.toolTip()
    combo = window.edition_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["2025 年度", "2024 年度"]
    assert settings.last_database() == other_path.resolve()


@pytest.mark.parametrize("content", [
    "这不是数据库，只是一个文本文件\n".encode(),
    b"SQLite format 3\x00" + bytes(range(256)) * 16,
], ids=["text", "damaged-sqlite"])
def test_opening_a_bad_file_says_why_and_leaves_it_untouched(window, demo_db, tmp_path, monkeypatch, content):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(content)
    _patch_open(monkeypatch, bad)
    shown = _record_boxes(monkeypatch, "critical")

    window.open_action.trigger()

    assert len(shown) == 1
    title, text = shown[0]
    assert title == "无法打开数据库"
    assert str(bad) in text and "文件未做任何改动" in text
    assert bad.read_bytes() == content
    assert window.db is demo_db
    assert str(demo_db.path) in window.windowTitle()
    assert window.edition_combo.count() == 1


def test_save_as_writes_a_copy_with_the_same_colleges(window, demo_db, tmp_path, monkeypatch):
    target = tmp_path / "copies" / "备份 2024.sqlite3"
    _patch_save(monkeypatch, target)
    original_names = [c.name for c in colleges.list_colleges(demo_db, _edition_2024(demo_db))]

    window.save_as_action.trigger()

    assert target.is_file()
    assert window.db.path == target.resolve()
    assert str(target.resolve()) in window.windowTitle()
    assert "已另存为" in window.statusBar().currentMessage()
    copy = open_database(target, create=False)
    try:
        assert [c.name for c in colleges.list_colleges(copy, _edition_2024(copy))] == original_names
    finally:
        copy.close()
    assert len(original_names) == 10


def test_new_database_shows_the_empty_state_and_creates_this_year(window, tmp_path, monkeypatch):
    target = tmp_path / "新库"
    _patch_save(monkeypatch, target)

    window.new_database_action.trigger()

    created = target.with_suffix(".sqlite3")
    assert window.db.path == created.resolve()
    assert window.edition_id is None
    assert window.edition_combo.count() == 0
    assert window.stack.currentWidget() is window.empty_page
    assert not window.edition_settings_action.isEnabled()
    year = dt.date.today().year
    assert "还没有任何年度" in window.empty_label.text()
    assert str(year) in window.create_current_year_button.text()

    window.create_current_year_button.click()

    assert window.edition_combo.currentText() == f"{year} 年度"
    assert window.stack.currentWidget() is window.tab_widget
    assert window.edition_settings_action.isEnabled()
    assert [e.year for e in editions.list_editions(window.db)] == [year]


def test_new_database_never_overwrites_a_file(window, demo_db, tmp_path, monkeypatch):
    existing = tmp_path / "existing.sqlite3"
    existing.write_bytes(b"keep me")
    _patch_save(monkeypatch, existing)
    shown = _record_boxes(monkeypatch, "warning")

    window.new_database_action.trigger()

    assert existing.read_bytes() == b"keep me"
    assert len(shown) == 1 and "已经存在" in shown[0][1]
    assert window.db is demo_db


def test_geometry_is_remembered(qtbot, demo_db, monkeypatch):
    # Recording tabs: the window's size must not depend on how wide a real tab's minimum is.
    monkeypatch.setattr(main_window, "TAB_PAGES", (f"{__name__}:SpyTab",))
    first = MainWindow(demo_db)
    qtbot.addWidget(first)
    first.show()
    first.resize(720, 540)
    qtbot.waitUntil(lambda: first.size().width() == 720)
    first.close()

    again = open_database(demo_db.path)
    second = MainWindow(again)
    qtbot.addWidget(second)
    assert (second.size().width(), second.size().height()) == (720, 540)
    assert settings.app_settings().value(settings.GEOMETRY) is not None


def test_closing_the_window_writes_what_is_still_being_typed(qtbot, tmp_path, monkeypatch):
    """A booth's note typed in the property panel and never left (no Enter, no click elsewhere) was written only
    after the window had closed the database and released its lock — when another program may hold it. It is
    written before."""
    from vocweek_desktop.services import layout

    db = create_demo(tmp_path / "layout.sqlite3", with_layout=True)
    notes_at_close = []
    real_close = db.close

    def close():
        notes_at_close.append({b.number: b.notes for b in layout.get_layout(db, edition_id).booths}["B01"])
        real_close()
    monkeypatch.setattr(db, "close", close)
    edition_id = editions.list_editions(db)[0].id
    win = MainWindow(db)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    tab = win.page("layout")
    win.tab_widget.setCurrentWidget(tab)
    tab.scene.select_only([item for item in tab.scene.booths.values() if item.record.number == "B01"])
    tab.ui.notes_edit.setFocus()
    qtbot.keyClicks(tab.ui.notes_edit, "2 x A1 poster")
    win.close()
    assert notes_at_close == ["2 x A1 poster"]


def test_default_size_without_saved_geometry(qtbot, demo_db):
    win = MainWindow(demo_db)
    qtbot.addWidget(win)
    assert (win.width(), win.height()) == (1280, 800)


def test_last_edition_is_remembered_per_database(qtbot, demo_db, tmp_path):
    newer = editions.create_from_defaults(demo_db, 2025)
    other_path = tmp_path / "other.sqlite3"
    other = create_demo(other_path)
    other.close()

    first = MainWindow(demo_db)
    qtbot.addWidget(first)
    assert first.edition_combo.currentText() == "2025 年度"  # newest first by default
    first.select_edition(_edition_2024(demo_db))
    assert first.edition_id == _edition_2024(demo_db)
    assert first.open_database_file(other_path)
    assert first.edition_combo.currentText() == "2024 年度"
    first.close()

    second = MainWindow(open_database(demo_db.path))
    qtbot.addWidget(second)
    assert second.edition_id == _edition_2024(second.db) != newer.id
    assert second.edition_combo.currentText() == "2024 年度"


def test_tabs_load_when_shown_and_loaded_tabs_refresh_after_another_changes_data(spy_window, demo_db):
    first, second = spy_window.tabs
    edition_id = _edition_2024(demo_db)
    assert first.contexts == [(demo_db, edition_id)]
    assert second.contexts == []  # not shown yet: nothing loaded at start-up
    spy_window.tab_widget.setCurrentWidget(second)
    assert second.contexts == [(demo_db, edition_id)]
    spy_window.tab_widget.setCurrentWidget(first)
    assert first.contexts == [(demo_db, edition_id)]  # shown again: not loaded twice

    newer = editions.create_from_defaults(demo_db, 2025)
    spy_window.reload_editions()
    spy_window.select_edition(newer.id)
    assert first.contexts[-1] == (demo_db, newer.id)
    assert second.contexts[-1] == (demo_db, edition_id)  # hidden: loads the new year when shown
    first.data_changed.emit()
    assert second.refreshes == 0  # nothing to refresh: it will load fresh data anyway
    spy_window.tab_widget.setCurrentWidget(second)
    assert second.contexts[-1] == (demo_db, newer.id)

    first.data_changed.emit()
    assert (first.refreshes, second.refreshes) == (0, 1)
    second.data_changed.emit()
    assert (first.refreshes, second.refreshes) == (1, 1)

    spy_window.refresh_action.trigger()
    assert (first.refreshes, second.refreshes) == (2, 2)

    first.status_message.emit("已保存 3 行")
    assert spy_window.statusBar().currentMessage() == "已保存 3 行"


def test_edit_menu_follows_the_current_tab(spy_window, qtbot):
    first, second = spy_window.tabs
    assert spy_window.edit_menu.actions() == [first.copy_action]
    spy_window.tab_widget.setCurrentIndex(1)
    texts = [a.text() for a in spy_window.edit_menu.actions()]
    assert texts == ["剪切\tCtrl+X", "复制\tCtrl+C", "粘贴\tCtrl+V", "全选\tCtrl+A"]
    assert all(a.shortcut().isEmpty() for a in spy_window.edit_menu.actions())  # hints, not bindings
    spy_window.tab_widget.setCurrentIndex(0)
    assert spy_window.edit_menu.actions() == [first.copy_action]


def test_standard_copy_acts_on_the_focused_widget(spy_window, qtbot):
    from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout

    spy_window.tab_widget.setCurrentIndex(1)
    second = spy_window.tabs[1]
    edit = QLineEdit("德阳校区 3 号楼")
    QVBoxLayout(second).addWidget(edit)
    spy_window.activateWindow()
    edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is edit)
    select_all, copy = spy_window.edit_menu.actions()[3], spy_window.edit_menu.actions()[1]
    select_all.trigger()
    copy.trigger()
    assert QApplication.clipboard().text() == "德阳校区 3 号楼"


def test_copy_from_the_edit_menu_on_the_colleges_tab(window, demo_db, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QTableView

    tab = window.page("colleges")
    window.tab_widget.setCurrentWidget(tab)
    assert window.current_tab() is tab

    def headers(view):
        model = view.model()
        return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]

    views = [v for v in tab.findChildren(QTableView) if v.model() is not None and "学院名称" in headers(v)]
    assert views, "the colleges tab shows no table of the 10 demo colleges"
    view = views[0]
    assert view.model().rowCount() == 10
    QApplication.clipboard().clear()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(view.model().index(0, 1)).center())
    copy = next(a for a in window.edit_menu.actions() if a.text().startswith("复制"))
    copy.trigger()
    first_college = colleges.list_colleges(demo_db, _edition_2024(demo_db))[0].name
    assert first_college in QApplication.clipboard().text()


def test_new_edition_dialog_result_is_selected(spy_window, demo_db, monkeypatch):
    from vocweek_desktop.gui.dialogs import edition_dialog

    class FakeNewEditionDialog(QDialog):
        def __init__(self, db, parent=None):
            super().__init__(parent)
            self.db = db
            self.created_edition_id = None

        def exec(self):
            self.created_edition_id = editions.create_from_defaults(self.db, 2026).id
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(edition_dialog, "NewEditionDialog", FakeNewEditionDialog)
    spy_window.new_edition_action.trigger()
    assert spy_window.edition_combo.currentText() == "2026 年度"
    first, _ = spy_window.tabs
    assert first.contexts[-1][1] == spy_window.edition_id
    assert editions.get_edition(demo_db, spy_window.edition_id).year == 2026


def test_edition_settings_dialog_gets_the_selected_edition(spy_window, demo_db, monkeypatch):
    from vocweek_desktop.gui.dialogs import edition_dialog

    opened: list[int] = []

    class FakeEditionDialog(QDialog):
        def __init__(self, db, edition_id, parent=None):
            super().__init__(parent)
            opened.append(edition_id)
            self.db, self.edition_id = db, edition_id

        def exec(self):
            values = edition_values(editions.get_edition(self.db, self.edition_id))
            values["title"] = "改过的标题"
            editions.update_edition(self.db, self.edition_id, values)
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(edition_dialog, "EditionDialog", FakeEditionDialog)
    first, _ = spy_window.tabs
    before = len(first.contexts)
    spy_window.edition_settings_action.trigger()
    assert opened == [_edition_2024(demo_db)]
    assert len(first.contexts) > before
    assert spy_window.edition_combo.itemData(0, 3) == "改过的标题"  # 3: the tooltip role


def test_about_shows_version_revision_and_paths(window, demo_db, monkeypatch):
    shown = []
    monkeypatch.setattr(QDialog, "exec", lambda self: shown.append(self) or 0)
    window.about_action.trigger()
    assert len(shown) == 1
    values = shown[0].values
    assert values["version"] == __version__
    assert values["revision"] == migrate.HEAD_REVISION
    assert values["database"] == str(demo_db.path)
    assert values["log"] == str(window.log_file)
    assert Path(values["data"]).is_dir()
    assert shown[0].windowTitle() == "关于职教周工作台"


def test_window_without_database_shows_how_to_open_one(qtbot):
    win = MainWindow(None)
    qtbot.addWidget(win)
    assert win.stack.currentWidget() is win.empty_page
    assert "没有打开数据库" in win.empty_label.text()
    assert not win.save_as_action.isEnabled()
    assert not win.create_current_year_button.isVisibleTo(win)
