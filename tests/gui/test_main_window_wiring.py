"""How the window ties its tabs and the workbook flow together: overview clicks, menus, drag and drop."""

import datetime as dt
import os

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from vocweek_desktop.gui.main_window import MainWindow
from vocweek_desktop.services import activities, colleges, editions
from vocweek_desktop.services.activities import ActivityFilter


def _edition(db):
    return editions.list_editions(db)[0].id


def _add(db, edition_id, college, title, day):
    return activities.add_activity(db, edition_id, {"college_id": college.id, "title": title, "category": "校园开放",
                                                    "first_date": day, "last_date": day})


def _drop_event(kind, paths):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    if kind == "enter":
        return QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                               Qt.KeyboardModifier.NoModifier), mime
    return QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier), mime


def test_tabs_in_the_order_of_the_design(window):
    titles = [window.tab_widget.tabText(i) for i in range(window.tab_widget.count())]
    assert titles == ["概览", "学院", "活动报名", "展位布局", "外出审批", "活动总结", "评奖打分"]


def test_only_the_tab_in_front_is_built_at_start_up_and_a_click_builds_the_next(window):
    """The six tabs behind 概览 are placeholders until shown (neither imported nor built at start-up); each, once
    built, has the label and page name the window gave its placeholder, and sits where the placeholder was."""
    from vocweek_desktop.gui.main_window import TAB_PAGES, lazy_tabs
    from vocweek_desktop.gui.tabs.base import TabPage

    widgets = window.tab_widget
    assert isinstance(widgets.widget(0), TabPage)
    assert not any(isinstance(widgets.widget(i), TabPage) for i in range(1, widgets.count()))
    widgets.setCurrentIndex(3)  # as a click on 展位布局 does
    layout_tab = widgets.widget(3)
    assert isinstance(layout_tab, TabPage) and window.current_tab() is layout_tab
    assert widgets.currentIndex() == 3 and layout_tab.edition_id == window.edition_id  # loaded on first show
    assert not isinstance(widgets.widget(2), TabPage)
    expected = lazy_tabs(window)
    built = window.tabs  # every one now
    for spec, tab in zip(TAB_PAGES[1:], built[1:], strict=True):
        assert (tab.page_name, tab.tab_title()) == expected[spec]
        assert widgets.tabText(widgets.indexOf(tab)) == expected[spec][1]
    assert widgets.currentIndex() == 3 and widgets.count() == len(TAB_PAGES)


def test_a_click_on_the_overview_filters_the_registrations(window, demo_db):
    edition_id = _edition(demo_db)
    college = colleges.list_colleges(demo_db, edition_id)[0]
    _add(demo_db, edition_id, college, "开放日", dt.date(2024, 5, 13))
    _add(demo_db, edition_id, college, "招聘会", dt.date(2024, 5, 15))
    window.refresh_all()
    overview, registrations = window.page("overview"), window.page("activities")

    overview.navigate.emit("activities", ActivityFilter(day=dt.date(2024, 5, 15)))

    assert window.current_tab() is registrations
    assert registrations.current_filter().day == dt.date(2024, 5, 15)
    model = registrations.model
    titles = [model.index(row, activities.COLUMN_KEYS.index("title")).data() for row in range(model.rowCount())]
    assert titles == ["招聘会"]


def test_export_takes_the_filter_the_registrations_tab_shows(window, demo_db, monkeypatch):
    seen = []
    monkeypatch.setattr(window.import_flow, "export_activities", lambda flt=None: seen.append(flt))
    registrations = window.page("activities")
    registrations.apply_filter(ActivityFilter(category="校园开放"))

    window.export_activities_action.trigger()

    assert seen and seen[0].category == "校园开放"


def test_another_edition_exports_everything_until_its_own_filter_is_shown(window, demo_db, monkeypatch):
    seen = []
    monkeypatch.setattr(window.import_flow, "export_activities", lambda flt=None: seen.append(flt))
    window.page("activities").apply_filter(ActivityFilter(category="校园开放"))
    newer = editions.create_from_defaults(demo_db, 2025)
    window.reload_editions(select_id=newer.id)
    window.export_activities_action.trigger()
    assert seen == [None]  # the 2024 filter is not the 2025 one


def test_a_request_for_a_page_the_window_lacks_changes_nothing(window):
    front = window.current_tab()
    window.page("overview").navigate.emit("外出审批", ActivityFilter())
    assert window.current_tab() is front and window.page("外出审批") is None


def test_files_dropped_on_the_window_go_where_they_belong(window, tmp_path, monkeypatch):
    """A workbook to the 附件1 import (one that does not open too: the importer says why), a 附件2 to its import, any
    other file recorded as material a college handed in."""
    from vocweek_desktop.services import statistics_templates

    imported, statistics, recorded = [], [], []
    monkeypatch.setattr(window.import_flow, "import_files", lambda paths: imported.append(list(paths)) or True)
    monkeypatch.setattr(window.afterweek_flow, "import_statistics",
                        lambda paths, college_id=None: statistics.append(list(paths)) or True)
    monkeypatch.setattr(window.afterweek_flow, "record_files",
                        lambda paths, college_id=None, kind=None: recorded.append(list(paths)) or ["x"])
    book, text = tmp_path / "智能制造学院.xlsx", tmp_path / "说明.txt"
    book.write_bytes(b"PK")
    text.write_text("x")
    [stats] = statistics_templates.write_templates(window.db, window.edition_id, tmp_path / "附件2.xlsx",
                                                   college_id=colleges.list_colleges(window.db, window.edition_id)[0].id)

    enter, _ = _drop_event("enter", [book, text, stats])
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop, _ = _drop_event("drop", [book, text, stats])
    window.dropEvent(drop)

    assert imported == [[book]]
    assert statistics == [[stats]]
    assert recorded == [[text]]


def test_dropped_workbooks_imported_are_selected_in_the_registrations(window, demo_db, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QDialog, QMessageBox

    from tests.xlsx_helpers import simple_workbook
    from vocweek_desktop.gui.dialogs.import_preview_dialog import ImportPreviewDialog

    edition_id = _edition(demo_db)
    college = colleges.list_colleges(demo_db, edition_id)[0]
    for day in range(12, 19):
        _add(demo_db, edition_id, college, f"已有{day}", dt.date(2024, 5, day))
    registrations = window.page("activities")
    window.tab_widget.setCurrentWidget(registrations)
    book = simple_workbook(tmp_path / "附件1.xlsx", [[f"学院：{college.name}"], ["活动名称", "活动日期"],
                                                     ["新活动甲", "5月16日"], ["新活动乙", "5月18日"]])
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *args, **kwargs: QMessageBox.StandardButton.Ok))
    drop, _ = _drop_event("drop", [book])
    window.dropEvent(drop)
    model = registrations.model
    title = activities.COLUMN_KEYS.index("title")
    assert sorted(model.index(row, title).data() for row in registrations.selected_rows()) == ["新活动乙", "新活动甲"]


def test_a_drop_of_something_else_is_refused(window, tmp_path, monkeypatch):
    imported = []
    monkeypatch.setattr(window.import_flow, "import_files", lambda paths: imported.append(paths))
    text = tmp_path / "说明.txt"
    text.write_text("x")
    enter, _ = _drop_event("enter", [text])


def test_a_drop_of_no_local_file_is_refused(window, monkeypatch):
    routed = []
    monkeypatch.setattr(window.afterweek_flow, "route", lambda paths, **kwargs: routed.append(paths))
    mime = QMimeData()
    mime.setUrls([QUrl("https://example.edu.cn/总结.docx")])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(enter)
    assert not enter.isAccepted()
    window.dropEvent(QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier))
    assert routed == []


def test_file_menu_offers_the_workbook_actions(window):
    texts = [a.text() for a in window.file_menu.actions() if a.text()]
    for wanted in ("导入活动信息表…", "生成活动信息表…", "导入学院名单…", "导出活动…", "导出部门任务单…",
                   "生成情况统计表…", "导入情况统计表…", "记录提交的材料…", "导出活动周总结…"):
        assert wanted in texts
    assert window.import_action.shortcut().toString() == "Ctrl+I"


def test_an_import_refreshes_every_tab(window, demo_db, qtbot):
    edition_id = _edition(demo_db)
    college = colleges.list_colleges(demo_db, edition_id)[0]
    registrations = window.page("activities")
    window.tab_widget.setCurrentWidget(registrations)
    assert registrations.model.rowCount() == 0
    _add(demo_db, edition_id, college, "校企签约仪式", dt.date(2024, 5, 14))

    window.import_flow.data_changed.emit()

    qtbot.waitUntil(lambda: registrations.model.rowCount() == 1, timeout=5000)


def _lock_by_another_pc(path):
    import json

    from vocweek_desktop.store import lock

    lock.lock_path(path).write_text(json.dumps({"host": "JWC-PC01", "pid": 4242, "user": "鄢涛",
                                                "purpose": "职教周工作台窗口", "since": "2024-05-10 17:02"},
                                               ensure_ascii=False), encoding="utf-8")


@pytest.mark.parametrize("answer", ["No", "Yes"])
def test_a_database_open_elsewhere_is_opened_only_when_the_user_says_so(window, demo_db, tmp_path, monkeypatch,
                                                                        answer):
    from PySide6.QtWidgets import QMessageBox

    from vocweek_desktop.services.database import create_demo
    from vocweek_desktop.store import lock

    other = tmp_path / "另一台电脑的库.sqlite3"
    create_demo(other).close()
    _lock_by_another_pc(other)
    asked = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return getattr(QMessageBox.StandardButton, answer)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    opened = window.open_database_file(other)

    assert asked and "JWC-PC01" in asked[0] and "鄢涛" in asked[0]
    if answer == "No":
        assert not opened and window.db is demo_db
        assert lock.read_lock(other).host == "JWC-PC01"
    else:
        assert opened and window.db.path == other.resolve()
        assert lock.read_lock(other).pid == os.getpid()
        window.close()
        assert not lock.lock_path(other).exists()


def test_starting_on_a_database_open_elsewhere_and_declining_shows_the_empty_state(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from vocweek_desktop.services.database import create_demo
    from vocweek_desktop.store.engine import open_database

    path = tmp_path / "共享盘上的库.sqlite3"
    create_demo(path).close()
    _lock_by_another_pc(path)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))

    win = MainWindow(open_database(path))
    qtbot.addWidget(win)

    assert win.db is None and win.stack.currentWidget() is win.empty_page


def test_the_edit_menu_still_offers_undo_after_leaving_the_registrations_tab_and_coming_back(window, qtbot):
    registrations = window.page("activities")
    for index in (2, 0, 1, 2):
        window.tab_widget.setCurrentIndex(index)

    texts = [action.text() for action in window.edit_menu.actions()]
    assert "撤销" in texts and "重做" in texts
    registrations.undo_action.setText("撤销")  # the Python side of the undo stack's action is still usable


def test_the_window_fits_the_width_of_a_1366_pixel_laptop_at_125_percent(window, qtbot):
    # 1366 / 1.25 = 1093 logical pixels, less the window frame: no tab may force the window wider than that.
    for index in range(window.tab_widget.count()):
        window.tab_widget.setCurrentIndex(index)
    assert window.minimumSizeHint().width() <= 1070


def test_ctrl_n_adds_an_activity_in_the_registrations_tab_and_makes_a_database_elsewhere(window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

    opened = []
    monkeypatch.setattr(QDialog, "exec", lambda self: opened.append(type(self).__name__) or 0)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: opened.append("新建数据库") or ("", "")))
    window.activateWindow()  # shortcuts only fire in the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    window.tab_widget.setCurrentIndex(2)
    view = window.current_tab().ui.table_view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened == ["ActivityDialog"]  # was neither: Qt found the key bound twice and ran nothing

    opened.clear()
    window.tab_widget.setCurrentIndex(1)
    window.current_tab().colleges.view.setFocus()
    qtbot.keyClick(window.current_tab().colleges.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened == ["新建数据库"]
    assert window.new_database_action.shortcut().toString() == "Ctrl+N"


def test_ctrl_f_goes_to_the_search_box_of_the_tab_in_front(window, qtbot):
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    colleges, registrations = window.page("colleges"), window.page("activities")
    for tab, view, search in ((colleges, colleges.colleges.view, colleges.colleges.search_edit),
                              (registrations, registrations.ui.table_view, registrations.ui.search_edit)):
        window.tab_widget.setCurrentWidget(tab)
        search.setText("旧的查找")
        view.setFocus()
        qtbot.waitUntil(view.hasFocus)
        qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        assert QApplication.focusWidget() is search
        assert search.selectedText() == "旧的查找"  # typing replaces the last search
        assert "查找" in [action.text() for action in window.edit_menu.actions()]


# --- lock files, empty and read-only databases (issue 7, items 14 and 16) -------------------------------------


@pytest.fixture
def criticals(monkeypatch):
    """QMessageBox.critical recorded as (title, text) instead of shown."""
    from PySide6.QtWidgets import QMessageBox

    seen: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(
        lambda parent, title, text, *a, **k: seen.append((title, text)) or QMessageBox.StandardButton.Ok))
    return seen


def test_a_read_only_database_is_refused_in_one_dialog(window, demo_db, tmp_path, read_only, criticals):
    from vocweek_desktop.services.database import create_demo

    other = tmp_path / "光盘上的库" / "demo.sqlite3"
    create_demo(other).close()
    read_only(other)

    assert window.open_database_file(other) is False

    assert len(criticals) == 1 and "只读" in criticals[0][1] and str(other) in criticals[0][1]
    assert window.db is demo_db


def test_starting_on_a_read_only_database_shows_one_dialog_and_the_empty_state(qtbot, tmp_path, read_only,
                                                                               criticals):
    from vocweek_desktop.services.database import create_demo
    from vocweek_desktop.store.engine import open_database

    path = tmp_path / "只读文件夹" / "demo.sqlite3"
    create_demo(path).close()
    read_only(path, folder=True)

    win = MainWindow(open_database(path))
    qtbot.addWidget(win)

    assert len(criticals) == 1 and "只读" in criticals[0][1]
    assert win.db is None and win.stack.currentWidget() is win.empty_page


def test_a_garbled_lock_file_is_taken_over_and_said_in_the_status_bar(window, tmp_path):
    from vocweek_desktop.services.database import create_demo
    from vocweek_desktop.store import lock

    other = tmp_path / "other.sqlite3"
    create_demo(other).close()
    lock.lock_path(other).write_bytes(b'{"host": "JWC-PC01", "pid')

    assert window.open_database_file(other)

    assert str(lock.lock_path(other).resolve()) in window.statusBar().currentMessage()
    assert lock.read_lock(other).pid == os.getpid()


def test_a_folder_in_the_lock_files_place_is_one_dialog(window, demo_db, tmp_path, criticals):
    from vocweek_desktop.services.database import create_demo
    from vocweek_desktop.store import lock

    other = tmp_path / "other.sqlite3"
    create_demo(other).close()
    lock.lock_path(other).mkdir()

    assert window.open_database_file(other) is False

    assert len(criticals) == 1 and str(lock.lock_path(other).resolve()) in criticals[0][1]
    assert window.db is demo_db


def test_an_empty_file_is_refused_and_new_database_builds_into_it(window, demo_db, tmp_path, monkeypatch,
                                                                  criticals):
    from PySide6.QtWidgets import QFileDialog

    empty = tmp_path / "empty.sqlite3"
    empty.touch()

    assert window.open_database_file(empty) is False
    assert len(criticals) == 1 and "空文件" in criticals[0][1] and empty.stat().st_size == 0

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(empty), "")))
    window.new_database_dialog()
    assert window.db.path == empty.resolve() and empty.stat().st_size > 0
