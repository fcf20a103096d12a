"""The main window: one tab per capability under the edition selector, and its File/Edit/View/Help menus.

This module is the window's frame and its list of tabs; the window's jobs are its parts in gui/window/: the tab
slots, the database file and its lock, the edition selector, the actions and menus, the workbooks and dropped
files, who did what.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QTabWidget, QWidget

from vocweek_desktop import logs
from vocweek_desktop.gui import settings
from vocweek_desktop.gui.tabs.base import TabPage
from vocweek_desktop.gui.widgets.path_label import PathLabel
from vocweek_desktop.gui.window.audit_trail import AuditTrail
from vocweek_desktop.gui.window.database_files import DatabaseFiles
from vocweek_desktop.gui.window.edition_selector import EditionSelector
from vocweek_desktop.gui.window.menus import WindowMenus
from vocweek_desktop.gui.window.tab_slots import TabSlot, WindowTabs, tab_class
from vocweek_desktop.gui.window.workbooks import WorkbookActions
from vocweek_desktop.services.database import DatabaseLock
from vocweek_desktop.store.engine import Database

#: The window's tabs, in order, as "module:Class". Adding a tab is one line here; the class is a TabPage
#: whose constructor takes no arguments. A tab may offer ``edit_actions() -> list[QAction]`` for the
#: 编辑 menu; otherwise the QActions it added to itself with ``addAction`` are listed there, and when it has
#: none, standard 剪切/复制/粘贴/全选 entries that press those keys in the focused widget. Tabs reach each other
#: only through the window: ``navigate(page_name, payload)`` brings the tab of that ``page_name`` to the front.
TAB_PAGES: tuple[str, ...] = (
    "vocweek_desktop.gui.tabs.overview_tab:OverviewTab",
    "vocweek_desktop.gui.tabs.colleges_tab:CollegesTab",
    "vocweek_desktop.gui.tabs.activities_tab:ActivitiesTab",
    "vocweek_desktop.gui.tabs.layout_tab:LayoutTab",
    "vocweek_desktop.gui.tabs.outings_tab:OutingsTab",
    "vocweek_desktop.gui.tabs.afterweek_tab:AfterweekTab",
    "vocweek_desktop.gui.tabs.awards_tab:AwardsTab",
)


def lazy_tabs(window: QWidget) -> dict[str, tuple[str, str]]:
    """The TAB_PAGES the window builds only when first shown, with the page name and label each will have.

    Known here so that a tab behind the first is neither imported nor built at start-up (the six of them cost about
    a quarter of it); a spec not listed is built at once. A test checks these against the built tabs.
    """
    return {
        "vocweek_desktop.gui.tabs.colleges_tab:CollegesTab": ("colleges", window.tr("学院")),
        "vocweek_desktop.gui.tabs.activities_tab:ActivitiesTab": ("activities", window.tr("活动报名")),
        "vocweek_desktop.gui.tabs.layout_tab:LayoutTab": ("layout", window.tr("展位布局")),
        "vocweek_desktop.gui.tabs.outings_tab:OutingsTab": ("outings", window.tr("外出审批")),
        "vocweek_desktop.gui.tabs.afterweek_tab:AfterweekTab": ("afterweek", window.tr("活动总结")),
        "vocweek_desktop.gui.tabs.awards_tab:AwardsTab": ("awards", window.tr("评奖打分")),
    }


def load_tab_classes(specs: tuple[str, ...] | None = None) -> list[type[TabPage]]:
    """Import the TabPage classes named in ``specs`` (default: TAB_PAGES)."""
    return [tab_class(spec) for spec in (TAB_PAGES if specs is None else specs)]


class MainWindow(WindowTabs, DatabaseFiles, EditionSelector, WindowMenus, WorkbookActions, AuditTrail, QMainWindow):
    """One window over one open database; the toolbar chooses the edition (year) every tab shows."""

    #: Emitted after another database was opened (new path).
    database_changed = Signal(str)
    #: Emitted when the selected edition changes (id, or 0 when there is none).
    edition_changed = Signal(int)

    def __init__(self, db: Database | None = None, *, log_file: Path | None = None, operator: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.db: Database | None = None
        #: ``vocweek --operator NAME``: the name for this session, not stored (文件 → 操作人… stores a new one).
        self._operator_override = operator
        self.log_file = log_file if log_file is not None else logs.log_path()
        self.edition_id: int | None = None
        self._lock: DatabaseLock | None = None
        self.setObjectName("MainWindow")

        self._build_actions()
        self._build_toolbar()
        self._build_central()
        self._build_menus()
        self._build_status_bar()
        self._restore_window_state()
        if not self.set_database(db):
            self.set_database(None)  # locked elsewhere and the user chose not to open it: the empty state

    def _build_central(self) -> None:
        self.tab_widget = QTabWidget()
        self.tab_widget.setObjectName("mainTabs")
        self.tab_widget.setDocumentMode(True)
        self._slots: list[TabSlot] = []
        self._tab_contexts: dict[TabPage, tuple] = {}  # the (database, edition) each tab has loaded
        self._filters: dict[str, object] = {}  # page name → the filter that tab shows (for 导出活动…)
        lazy = lazy_tabs(self)
        for spec in TAB_PAGES:
            if spec in lazy and self._slots:  # the first tab is in front at start-up: built at once
                page_name, title = lazy[spec]
                slot = TabSlot(spec, page_name, title, placeholder=QWidget())
                self._slots.append(slot)
                self.tab_widget.addTab(slot.placeholder, title)
            else:
                self.add_tab(load_tab_classes((spec,))[0]())
        self.tab_widget.currentChanged.connect(self._on_current_tab_changed)
        self._build_flows()

        self.stack = QStackedWidget()
        self.stack.addWidget(self.tab_widget)
        self.stack.addWidget(self._build_empty_page())
        self.setCentralWidget(self.stack)

    def _build_status_bar(self) -> None:
        self.path_label = PathLabel()
        self.statusBar().addPermanentWidget(self.path_label)

    def _restore_window_state(self) -> None:
        geometry, state = settings.window_state()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        if state is not None:
            self.restoreState(state)

    def show_status(self, text: str, timeout_ms: int = 8000) -> None:
        """Show ``text`` in the status bar."""
        self.statusBar().showMessage(text, timeout_ms)

    def about_dialog(self):
        """The 关于 dialog for the current state (not shown)."""
        from vocweek_desktop.gui.dialogs.about_dialog import AboutDialog

        return AboutDialog(self.db.path if self.db else None, self.db.revision if self.db else None,
                           self.log_file, self)

    def show_about(self) -> None:
        """帮助 → 关于."""
        self.about_dialog().exec()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """Write what is still being typed, remember geometry and toolbar state, then release the database."""
        focused = QApplication.focusWidget()
        if focused is not None:
            focused.clearFocus()  # a field left writes itself (editingFinished, a cell editor's commit)
        settings.remember_window_state(self.saveGeometry(), self.saveState())
        self._close_database()
        super().closeEvent(event)
