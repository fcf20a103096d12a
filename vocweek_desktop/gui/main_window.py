"""The main window: edition selector, one tab per capability, File/Edit/View/Help menus."""

from __future__ import annotations

import datetime as dt
import importlib
import logging
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from vocweek_desktop import logs, preferences
from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.errors import VocWeekError
from vocweek_desktop.gui import settings
from vocweek_desktop.gui.afterweek_flow import AfterweekFlow, local_paths
from vocweek_desktop.gui.import_flow import ImportFlow
from vocweek_desktop.gui.tabs.base import TabPage
from vocweek_desktop.services import database, editions
from vocweek_desktop.services.database import DatabaseLock, DatabaseLockedError
from vocweek_desktop.store.engine import Database

log = logging.getLogger(__name__)

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


@dataclass
class TabSlot:
    """A place in the window's tab bar: the tab once built, until then an empty placeholder page."""

    spec: str
    page_name: str
    title: str
    tab: TabPage | None = None
    placeholder: QWidget | None = None


def load_tab_classes(specs: tuple[str, ...] | None = None) -> list[type[TabPage]]:
    """Import the TabPage classes named in ``specs`` (default: TAB_PAGES)."""
    classes = []
    for spec in TAB_PAGES if specs is None else specs:
        module_name, class_name = spec.split(":")
        classes.append(getattr(importlib.import_module(module_name), class_name))
    return classes


class PathLabel(QLabel):
    """A label for a file path that elides the middle instead of forcing the window wider."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._full = ""
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def set_full_text(self, text: str) -> None:
        """Show ``text``, elided to the space there is; the tooltip keeps all of it."""
        self._full = text
        self.setToolTip(text)
        self._elide()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Small, so a long path never dictates the window's width."""
        return QSize(120, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Wide enough for the whole text."""
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 8, super().sizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Re-elide to the new width."""
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideMiddle, max(self.width(), 120)))


class MainWindow(QMainWindow):
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

    # ----------------------------------------------------------------------------------------- building

    def _action(self, text: str, slot, shortcut=None, status_tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if status_tip:
            action.setStatusTip(status_tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.open_action = self._action(self.tr("打开数据库…"), self.open_database_dialog,
                                        QKeySequence.StandardKey.Open, self.tr("打开另一个数据库文件"))
        self.new_database_action = self._action(self.tr("新建数据库…"), self.new_database_dialog,
                                                QKeySequence.StandardKey.New, self.tr("新建一个空的数据库文件"))
        self.save_as_action = self._action(self.tr("另存为…"), self.save_as_dialog, "Ctrl+Shift+S",
                                           self.tr("把当前数据库完整复制到另一个文件，并改为编辑那个文件"))
        self.quit_action = self._action(self.tr("退出"), self.close, "Ctrl+Q")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.refresh_action = self._action(self.tr("刷新"), self.refresh_all, QKeySequence.StandardKey.Refresh,
                                           self.tr("重新读取数据库"))
        self.about_action = self._action(self.tr("关于…"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.import_action = self._action(self.tr("导入活动信息表…"), self.import_workbooks_dialog, "Ctrl+I",
                                          self.tr("导入各学院交回的附件1 活动信息表（导入前先预览）；也可把文件拖到窗口上"))
        self.template_action = self._action(self.tr("生成活动信息表…"), self.write_templates_dialog, None,
                                            self.tr("为一个或全部学院生成附件1 活动信息表模板"))
        self.export_activities_action = self._action(self.tr("导出活动…"), self.export_activities_dialog, "Ctrl+E",
                                                     self.tr("把活动（活动报名页当前筛选出的）导出为 Excel"))
        self.export_tasks_action = self._action(self.tr("导出部门任务单…"), self.export_tasks_dialog, None,
                                                self.tr("按用电、信息设备、安保、宣传拍摄需求，为各部门导出任务单"))
        self.import_colleges_action = self._action(self.tr("导入学院名单…"), self.import_colleges_dialog, None,
                                                   self.tr("从 Excel 导入学院名单（导入前先预览）"))
        # After the week: 附件2 out and in, the files colleges hand in, the week's report (gui/afterweek_flow.py).
        self.statistics_template_action = self._action(self.tr("生成情况统计表…"), self._afterweek("write_statistics_templates"),
                                                       None, self.tr("为一个或全部学院生成附件2 情况统计表"))
        self.import_statistics_action = self._action(self.tr("导入情况统计表…"),
                                                     self._afterweek("choose_and_import_statistics"), None,
                                                     self.tr("导入学院交回的附件2（导入前先预览计划与实际的差异）"))
        self.record_submission_action = self._action(self.tr("记录提交的材料…"), self._afterweek("choose_and_record"),
                                                     None, self.tr("记录学院提交的总结、图片等文件；也可把文件拖到窗口上"))
        self.export_report_action = self._action(self.tr("导出活动周总结…"), self._afterweek("export_report"), None,
                                                 self.tr("导出活动周总结数据（PDF 报告）"))
        self.workbook_actions = (self.import_action, self.template_action, self.export_activities_action,
                                 self.export_tasks_action, self.import_colleges_action,
                                 self.statistics_template_action, self.import_statistics_action,
                                 self.record_submission_action, self.export_report_action)
        self.new_edition_action = self._action(self.tr("新建年度…"), self.new_edition_dialog, None,
                                               self.tr("按通知的默认设置或复制已有年度，新建一个年度的活动周"))
        self.edition_settings_action = self._action(self.tr("活动周设置…"), self.edition_settings_dialog, None,
                                                    self.tr("修改所选年度的标题、日期、截止时间、奖项和联系人"))
        self.history_action = self._action(self.tr("修改记录…"), self.edition_history_dialog, None,
                                           self.tr("查看所选年度最近的修改：谁在什么时候改了什么"))
        self.operator_action = self._action(self.tr("操作人…"), self.change_operator_dialog, None,
                                            self.tr("修改记录中的操作人姓名"))
        #: The window's own key bindings, to give back when a tab that took one over is no longer in front.
        self._window_shortcuts = {action: action.shortcut() for action in self.findChildren(QAction)
                                  if not action.shortcut().isEmpty()}

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("年度"), self)
        toolbar.setObjectName("editionToolBar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        label = QLabel(self.tr("年度："))
        label.setContentsMargins(6, 0, 4, 0)
        toolbar.addWidget(label)
        self.edition_combo = QComboBox()
        self.edition_combo.setObjectName("editionCombo")
        self.edition_combo.setMinimumContentsLength(10)
        self.edition_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.edition_combo.setToolTip(self.tr("选择要查看和编辑的年度"))
        self.edition_combo.setPlaceholderText(self.tr("（尚无年度）"))
        self.edition_combo.currentIndexChanged.connect(self._on_edition_index_changed)
        toolbar.addWidget(self.edition_combo)
        toolbar.addSeparator()
        toolbar.addAction(self.new_edition_action)
        toolbar.addAction(self.edition_settings_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.edition_toolbar = toolbar

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

        self.import_flow = ImportFlow(self, None, None)
        self.import_flow.data_changed.connect(self._on_import_data_changed)
        self.import_flow.imported.connect(self._on_imported)
        self.import_flow.status_message.connect(self.show_status)
        self.afterweek_flow = AfterweekFlow(self, registration_import=lambda paths: self.import_flow.import_files(paths),
                                            outing_import=self._import_outing_requests)
        self.afterweek_flow.data_changed.connect(self._on_import_data_changed)
        self.afterweek_flow.status_message.connect(self.show_status)
        self.setAcceptDrops(True)

        self.empty_page = QWidget()
        self.empty_page.setObjectName("emptyState")
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.create_current_year_button = QPushButton()
        self.create_current_year_button.clicked.connect(self.create_current_year_edition)
        self.empty_new_edition_button = QPushButton(self.tr("新建年度…"))
        self.empty_new_edition_button.clicked.connect(self.new_edition_dialog)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.create_current_year_button)
        buttons.addWidget(self.empty_new_edition_button)
        buttons.addStretch(1)
        empty_layout = QVBoxLayout(self.empty_page)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addSpacing(12)
        empty_layout.addLayout(buttons)
        empty_layout.addStretch(2)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.tab_widget)
        self.stack.addWidget(self.empty_page)
        self.setCentralWidget(self.stack)

    @property
    def tabs(self) -> list[TabPage]:
        """Every tab page, in order (building those not shown yet)."""
        return [self._built(slot) for slot in self._slots]

    def _loaded_tabs(self) -> list[TabPage]:
        return [slot.tab for slot in self._slots if slot.tab is not None]

    def page(self, page_name: str) -> TabPage | None:
        """The tab that goes by ``page_name`` (TabPage.page_name), if the window has it (built if need be)."""
        slot = next((slot for slot in self._slots if slot.page_name and slot.page_name == page_name), None)
        return self._built(slot) if slot is not None else None

    def _built(self, slot: TabSlot) -> TabPage:
        """``slot``'s tab, built and put in its placeholder's place the first time it is asked for."""
        if slot.tab is not None:
            return slot.tab
        tab = load_tab_classes((slot.spec,))[0]()
        slot.tab = tab
        self._wire(tab)
        widgets = self.tab_widget
        blocked = widgets.blockSignals(True)  # the swap is not a change of tab
        current, index = widgets.currentIndex(), widgets.indexOf(slot.placeholder)
        widgets.removeTab(index)
        widgets.insertTab(index, tab, tab.tab_title())
        widgets.setCurrentIndex(current)
        widgets.blockSignals(blocked)
        slot.placeholder.deleteLater()
        slot.placeholder = None
        return tab

    def navigate(self, page_name: str, payload: object) -> None:
        """Bring the tab named ``page_name`` to the front and have it show ``payload`` (a tab's ``navigate``)."""
        tab = self.page(page_name)
        if tab is None:
            return
        self.tab_widget.setCurrentWidget(tab)
        self._sync_tab(tab)
        tab.show_request(payload)

    def add_tab(self, tab: TabPage) -> None:
        """Add a tab page to the window and wire its signals."""
        self._slots.append(TabSlot("", tab.page_name, tab.tab_title(), tab=tab))
        self.tab_widget.addTab(tab, tab.tab_title())
        self._wire(tab)

    def _wire(self, tab: TabPage) -> None:
        tab.status_message.connect(self.show_status)
        tab.data_changed.connect(partial(self._on_tab_data_changed, tab))
        tab.navigate.connect(self.navigate)
        tab.filter_changed.connect(partial(self._on_filter_changed, tab))

    def _on_filter_changed(self, tab: TabPage, flt: object) -> None:
        self._filters[tab.page_name] = flt

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("文件(&F)"))
        file_menu.addAction(self.open_action)
        file_menu.addAction(self.new_database_action)
        file_menu.addAction(self.save_as_action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.template_action)
        file_menu.addAction(self.import_colleges_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_activities_action)
        file_menu.addAction(self.export_tasks_action)
        file_menu.addSeparator()
        for action in (self.statistics_template_action, self.import_statistics_action, self.record_submission_action,
                       self.export_report_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.history_action)
        file_menu.addAction(self.operator_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.file_menu = file_menu

        self.edit_menu = bar.addMenu(self.tr("编辑(&E)"))
        # Shown with their usual keys but not bound to them: the widget with the focus handles the keys
        # itself, and a window-wide binding could clash with a tab's own shortcut.
        self.standard_edit_actions: list[QAction] = []
        for text, key in ((self.tr("剪切"), QKeySequence.StandardKey.Cut),
                          (self.tr("复制"), QKeySequence.StandardKey.Copy),
                          (self.tr("粘贴"), QKeySequence.StandardKey.Paste),
                          (self.tr("全选"), QKeySequence.StandardKey.SelectAll)):
            hint = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
            action = QAction(f"{text}\t{hint}", self)
            action.triggered.connect(partial(self._forward_key, key))
            self.standard_edit_actions.append(action)

        view_menu = bar.addMenu(self.tr("视图(&V)"))
        view_menu.addAction(self.refresh_action)
        self.view_menu = view_menu

        help_menu = bar.addMenu(self.tr("帮助(&H)"))
        help_menu.addAction(self.about_action)
        self.help_menu = help_menu
        self._fill_edit_menu()

    def _build_status_bar(self) -> None:
        self.path_label = PathLabel()
        self.statusBar().addPermanentWidget(self.path_label)

    def _restore_window_state(self) -> None:
        geometry, state = settings.window_state()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        if state is not None:
            self.restoreState(state)

    # ----------------------------------------------------------------------------------------- database

    def _open_anyway(self, exc: DatabaseLockedError) -> bool:
        """Another process holds the file: the user decides whether to open it all the same (default: no)."""
        answer = QMessageBox.question(
            self, self.tr("数据库正在被使用"),
            self.tr("{0}\n\n仍要打开吗？两处同时修改会互相干扰，只在确认对方已不再使用时才这样做。").format(exc),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _take_lock(self, db: Database) -> DatabaseLock | None:
        """The lock of a database handed to the window already open; None when it is not to be worked on: the
        user chose not to open a file held elsewhere, or it cannot be written (said in one dialog)."""
        try:
            try:
                return database.lock_for_editing(db, msg.LOCK_PURPOSE_WINDOW)
            except DatabaseLockedError as exc:
                if not self._open_anyway(exc):
                    return None
            return database.lock_for_editing(db, msg.LOCK_PURPOSE_WINDOW, override=True)
        except VocWeekError as exc:
            log.warning("could not take the lock of %s: %s", db.path, exc)
            QMessageBox.critical(self, self.tr("无法打开数据库"), str(exc))
            return None

    def _open_for_editing(self, path: Path, create: bool) -> tuple[Database, DatabaseLock] | None:
        """The database at ``path`` with its lock; None when the user chose not to open a file held elsewhere."""
        try:
            return database.open_for_editing(path, msg.LOCK_PURPOSE_WINDOW, create=create)
        except DatabaseLockedError as exc:
            if not self._open_anyway(exc):
                return None
        return database.open_for_editing(path, msg.LOCK_PURPOSE_WINDOW, create=create, override=True)

    def set_database(self, db: Database | None, *, lock: DatabaseLock | None = None) -> bool:
        """Work on ``db`` from now on (the previously open database is closed); ``lock`` is its lock when taken.

        Returns False, keeping the current database, when ``db`` is locked by someone else and the user
        chose not to open it anyway.
        """
        new_lock = lock
        if db is not None and db is not self.db and new_lock is None:
            new_lock = self._take_lock(db)
            if new_lock is None:
                db.close()
                return False
        old = self.db
        self.db = db
        self.edition_id = None
        if old is not None and old is not db:
            old.close()
            if self._lock is not None:
                self._lock.release()
                self._lock = None
        if new_lock is not None:
            self._lock = new_lock
            if new_lock.notice and db is not None and new_lock.notice not in db.notices:
                db.notices.append(new_lock.notice)
        if db is not None:
            db.operator = self.operator_name()
        # The title ends with the program's name: Qt (Linux, Windows) appends the application's display name to a
        # title that does not, and the name would show twice.
        if db is None:
            title, shown = self.tr("职教周工作台"), self.tr("未打开数据库")
        else:
            settings.remember_database(db.path)
            title = self.tr("{0} — 职教周工作台").format(db.path)
            shown = self.tr("数据库：{0}").format(db.path)
        self.setWindowTitle(title)
        self.path_label.set_full_text(shown)
        for action in (self.save_as_action, self.refresh_action, self.new_edition_action, self.history_action):
            action.setEnabled(db is not None)
        self.reload_editions()
        if db is not None:
            self.database_changed.emit(str(db.path))
            if db.notices:  # a lock file taken over: said once, and left in the status bar
                self.show_status("　".join(db.notices), 0)
        return True

    def open_database_file(self, path: str | Path, *, create: bool = False) -> bool:
        """Open the database at ``path`` in this window; on failure say why and keep the current one."""
        path = Path(path).expanduser().resolve()
        if self.db is not None and path == self.db.path.resolve():
            return True
        try:
            opened = self._open_for_editing(path, create)
        except VocWeekError as exc:
            log.warning("could not open %s: %s", path, exc)
            QMessageBox.critical(self, self.tr("无法打开数据库"), str(exc))
            return False
        if opened is None:
            return False
        db, lock = opened
        self.set_database(db, lock=lock)
        if db.backup_path is not None:
            shown = [self.tr("数据库结构已升级；升级前的备份保存在 {0}").format(db.backup_path), *db.notices]
            self.show_status("　".join(shown), 0)
        elif not db.notices:  # else set_database shows them and they stay
            self.show_status(self.tr("已打开 {0}").format(path))
        return True

    def _file_filter(self) -> str:
        return self.tr("VocWeek 数据库 (*.sqlite3 *.sqlite *.db);;所有文件 (*)")

    def _start_folder(self) -> str:
        folder = settings.last_folder()
        if not folder and self.db is not None:
            folder = str(self.db.path.parent)
        return folder

    def open_database_dialog(self) -> None:
        """文件 → 打开数据库."""
        name, _ = QFileDialog.getOpenFileName(self, self.tr("打开数据库"), self._start_folder(),
                                              self._file_filter())
        if name:
            settings.remember_folder(name)
            self.open_database_file(name)

    def new_database_dialog(self) -> None:
        """文件 → 新建数据库: an empty file at head; never overwrites an existing file (an empty one is built into)."""
        name, _ = QFileDialog.getSaveFileName(self, self.tr("新建数据库"), self._start_folder(),
                                              self._file_filter(),
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if not name:
            return
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(".sqlite3")
        settings.remember_folder(path)
        if path.exists() and not (path.is_file() and path.stat().st_size == 0):  # an empty file holds nothing
            QMessageBox.warning(self, self.tr("新建数据库"),
                                self.tr("文件“{0}”已经存在，没有覆盖它。请换一个文件名，"
                                        "或用“打开数据库”打开它。").format(path))
            return
        self.open_database_file(path, create=True)

    def save_as_dialog(self) -> None:
        """文件 → 另存为: a consistent copy of the open database, which the window then works on."""
        if self.db is None:
            return
        suggested = str(Path(self._start_folder() or self.db.path.parent) / f"{self.db.path.stem}-副本.sqlite3")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("另存为"), suggested, self._file_filter())
        if not name:
            return
        self.save_as(name)

    def save_as(self, target: str | Path) -> bool:
        """Copy the open database to ``target`` (SQLite backup API) and switch the window to the copy."""
        from vocweek_desktop.services.database import save_copy

        target = Path(target)
        if not target.suffix:
            target = target.with_suffix(".sqlite3")
        settings.remember_folder(target)
        try:
            copied = save_copy(self.db, target)
        except (VocWeekError, OSError) as exc:
            log.warning("save as %s failed: %s", target, exc)
            QMessageBox.critical(self, self.tr("另存为失败"), str(exc))
            return False
        remembered = self.edition_id
        if not self.open_database_file(copied):
            return False
        if remembered is not None:
            settings.remember_edition(copied, remembered)
            self.select_edition(remembered)
        self.show_status(self.tr("已另存为 {0}，现在编辑的是这个文件").format(copied), 0)
        return True

    # ----------------------------------------------------------------------------------------- editions

    def reload_editions(self, select_id: int | None = None) -> None:
        """Refill the year selector from the database and show the chosen (or remembered) edition."""
        found = editions.list_editions(self.db) if self.db is not None else []
        if select_id is None:
            select_id = self.edition_id
            if self.db is not None and select_id not in {e.id for e in found}:
                select_id = settings.last_edition(self.db.path)
        self.edition_combo.blockSignals(True)
        try:
            self.edition_combo.clear()
            for summary in found:
                self.edition_combo.addItem(self.tr("{0} 年度").format(summary.year), summary.id)
                self.edition_combo.setItemData(self.edition_combo.count() - 1, summary.title,
                                               Qt.ItemDataRole.ToolTipRole)
            index = self.edition_combo.findData(select_id) if select_id is not None else -1
            if index < 0 and found:
                index = 0
            self.edition_combo.setCurrentIndex(index)
        finally:
            self.edition_combo.blockSignals(False)
        self._set_edition(self.edition_combo.currentData() if found else None, force=True)

    def select_edition(self, edition_id: int) -> None:
        """Choose ``edition_id`` in the year selector (and so in every tab)."""
        index = self.edition_combo.findData(edition_id)
        if index >= 0:
            self.edition_combo.setCurrentIndex(index)

    def _on_edition_index_changed(self, index: int) -> None:
        self._set_edition(self.edition_combo.itemData(index) if index >= 0 else None)

    def _set_edition(self, edition_id: int | None, *, force: bool = False) -> None:
        if edition_id == self.edition_id and not force:
            return
        self.edition_id = edition_id
        self._filters.clear()  # another edition's filters: each tab tells its own again when it loads this one
        if self.db is not None and edition_id is not None:
            settings.remember_edition(self.db.path, edition_id)
        self.edition_settings_action.setEnabled(edition_id is not None)
        for action in self.workbook_actions:
            action.setEnabled(edition_id is not None)
        self._update_empty_state()
        self.import_flow.set_context(self.db, edition_id)
        self.afterweek_flow.set_context(self.db, edition_id)
        self._sync_tab(self.current_tab())
        self.edition_changed.emit(edition_id or 0)

    def _update_empty_state(self) -> None:
        if self.db is not None and self.edition_id is not None:
            self.stack.setCurrentWidget(self.tab_widget)
            return
        if self.db is None:
            self.empty_label.setText(self.tr("<h3>没有打开数据库</h3><p>请用“文件 → 打开数据库”或“新建数据库”。</p>"))
        else:
            year = dt.date.today().year
            self.empty_label.setText(self.tr(
                "<h3>这个数据库里还没有任何年度的活动周</h3>"
                "<p>可以按通知的默认设置新建 {0} 年度（日期顺延到 {0} 年，之后可在“活动周设置”中修改），"
                "或者新建其他年度、复制已有年度。</p>").format(year))
            self.create_current_year_button.setText(self.tr("新建 {0} 年度（默认设置）").format(year))
        self.create_current_year_button.setVisible(self.db is not None)
        self.empty_new_edition_button.setVisible(self.db is not None)
        self.stack.setCurrentWidget(self.empty_page)

    def create_current_year_edition(self) -> None:
        """The empty state's button: this year's edition from the notice's defaults."""
        if self.db is None:
            return
        year = dt.date.today().year
        try:
            record = editions.create_from_defaults(self.db, year)
        except VocWeekError as exc:
            QMessageBox.warning(self, self.tr("新建年度"), str(exc))
            return
        self.reload_editions(select_id=record.id)
        self.show_status(self.tr("已按默认设置新建 {0} 年度").format(year))

    def new_edition_dialog(self) -> None:
        """新建年度: the dialog creates the edition; the window then selects it."""
        if self.db is None:
            return
        from vocweek_desktop.gui.dialogs.edition_dialog import NewEditionDialog

        dialog = NewEditionDialog(self.db, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.created_edition_id is not None:
            self.reload_editions(select_id=dialog.created_edition_id)
            self.show_status(self.tr("已新建年度"))

    def edition_settings_dialog(self) -> None:
        """活动周设置 of the selected edition; every tab is refreshed after a change."""
        if self.db is None or self.edition_id is None:
            return
        from vocweek_desktop.gui.dialogs.edition_dialog import EditionDialog

        dialog = EditionDialog(self.db, self.edition_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._tab_contexts.clear()  # the week's dates may have moved: every tab loads the edition again
            self.reload_editions(select_id=self.edition_id)
            self.show_status(self.tr("活动周设置已保存"))

    # ----------------------------------------------------------------------------------------- tabs

    def current_tab(self) -> TabPage | None:
        """The tab page in front."""
        widget = self.tab_widget.currentWidget()
        slot = next((slot for slot in self._slots if widget is not None and widget is slot.placeholder), None)
        if slot is not None:  # in front, so it is shown: built now
            return self._built(slot)
        return widget if isinstance(widget, TabPage) else None

    def _sync_tab(self, tab: TabPage | None) -> None:
        """Hand ``tab`` the current database and edition if it does not have them yet.

        Only the tab in front loads at start-up or on a change of edition; the others load when first shown.
        """
        if tab is None:
            return
        context = (self.db, self.edition_id)
        if self._tab_contexts.get(tab) != context:
            self._tab_contexts[tab] = context
            tab.set_context(*context)

    def _refresh_loaded_tabs(self, except_tab: TabPage | None = None) -> None:
        # A tab that has not loaded the current edition yet will read fresh data when it is shown.
        for tab in self._loaded_tabs():
            if tab is not except_tab and self._tab_contexts.get(tab) == (self.db, self.edition_id):
                tab.refresh()

    def _on_tab_data_changed(self, source: TabPage) -> None:
        self._refresh_loaded_tabs(except_tab=source)

    def refresh_all(self) -> None:
        """视图 → 刷新: reload the year selector and every tab from the database."""
        self.reload_editions()
        self._refresh_loaded_tabs()
        self.show_status(self.tr("已刷新"))

    def _on_current_tab_changed(self, _index: int) -> None:
        self._sync_tab(self.current_tab())
        self._fill_edit_menu()

    def _fill_edit_menu(self) -> None:
        # Not QMenu.clear(): PySide invalidates the Python side of every action it removes, and the undo
        # stack's own actions (made in C++) then raise "already deleted" the next time the tab is shown.
        for action in self.edit_menu.actions():
            self.edit_menu.removeAction(action)
        tab = self.current_tab()
        actions: list[QAction] = []
        if tab is not None:
            provider = getattr(tab, "edit_actions", None)
            actions = list(provider()) if callable(provider) else [a for a in tab.actions() if a.text()]
        for action in actions or self.standard_edit_actions:
            self.edit_menu.addAction(action)
        self._yield_shortcuts_to(actions)

    def _yield_shortcuts_to(self, tab_actions: list[QAction]) -> None:
        """While a tab binds a key the window binds too (Ctrl+N: 新增活动 and 新建数据库), the tab's wins.

        Two live bindings of one key are ambiguous to Qt, which then triggers neither.
        """
        taken = {action.shortcut() for action in tab_actions if not action.shortcut().isEmpty()}
        for action, key in self._window_shortcuts.items():
            action.setShortcut(QKeySequence() if key in taken else key)

    def _forward_key(self, key: QKeySequence.StandardKey) -> None:
        """编辑 menu's standard entries: press the key in the widget that has the focus."""
        target = QApplication.focusWidget()
        if target is None or not self.isAncestorOf(target):
            return
        combination = QKeySequence(key)[0]
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, combination.key(), combination.keyboardModifiers()))

    # ----------------------------------------------------------------------------------------- workbooks

    def import_workbooks_dialog(self) -> None:
        """文件 → 导入活动信息表: choose workbooks, preview each, write what the user confirms."""
        self.import_flow.choose_and_import()

    def write_templates_dialog(self) -> None:
        """文件 → 生成活动信息表."""
        self.import_flow.write_templates()

    def export_activities_dialog(self) -> None:
        """文件 → 导出活动: what the 活动报名 tab shows (its filter), or every activity."""
        self.import_flow.export_activities(self._filters.get("activities"))

    def export_tasks_dialog(self) -> None:
        """文件 → 导出部门任务单: one workbook, or one per department."""
        from vocweek_desktop.gui.task_lists_export import export_task_lists

        if self.db is None or self.edition_id is None:
            return
        written = export_task_lists(self, self.db, self.edition_id)
        if written:
            self.show_status(self.tr("已导出 {0} 个部门任务单文件").format(len(written)))

    def import_colleges_dialog(self) -> None:
        """文件 → 导入学院名单."""
        self.import_flow.import_colleges()

    def _on_import_data_changed(self) -> None:
        self._refresh_loaded_tabs()

    def _on_imported(self, activity_ids: list) -> None:
        """The activities tab, when it shows this edition, selects the rows an import wrote."""
        tab = next((tab for tab in self._loaded_tabs() if tab.page_name == "activities"), None)
        if tab is not None and self._tab_contexts.get(tab) == (self.db, self.edition_id):
            tab.show_request(list(activity_ids))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        """Accept files dragged onto the window."""
        if self.edition_id is not None and local_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        """Dropped files go where they belong: a 附件1 or 附件2 workbook, a publicity list or an outing request to its
        import (each with its preview), any other file is recorded as material a college handed in
        (gui/afterweek_flow.py)."""
        paths = local_paths(event.mimeData())
        if self.edition_id is None or not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.afterweek_flow.route(paths)

    def _import_outing_requests(self, paths: list) -> bool:
        """Outing request workbooks dropped on the window: the 外出审批 tab, brought to the front, imports them."""
        tab = self.page("outings")
        if tab is None:
            return False
        self.tab_widget.setCurrentWidget(tab)
        self._sync_tab(tab)
        return bool(tab.import_requests(list(paths)))

    def _afterweek(self, name: str):
        """A slot calling AfterweekFlow's ``name`` (the flow is made after the actions)."""
        return lambda _checked=False: getattr(self.afterweek_flow, name)()

    # ----------------------------------------------------------------------------------------- who did what

    def operator_name(self) -> str:
        """The name this window's changes are recorded under: --operator, else the stored name, else the OS user."""
        return preferences.resolve_operator(self._operator_override)

    def ask_operator_if_unset(self) -> bool:
        """At start-up: ask for the operator's name once, when none is stored; returns whether the dialog was shown."""
        if self._operator_override or preferences.stored_operator() is not None:
            return False
        self.change_operator_dialog()
        return True

    def change_operator_dialog(self) -> None:
        """文件 → 操作人…: change (and store) the name written into the audit trail."""
        from vocweek_desktop.gui.dialogs.operator_dialog import OperatorDialog

        dialog = OperatorDialog(self.operator_name(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._operator_override = None  # the name just chosen now holds, over a --operator one
            if self.db is not None:
                self.db.operator = self.operator_name()
            self.show_status(self.tr("操作人：{0}").format(dialog.record))

    def edition_history_dialog(self) -> None:
        """文件 → 修改记录…: the newest changes of the selected edition."""
        if self.db is None:
            return
        from vocweek_desktop.gui.dialogs.history_dialog import show_edition_history

        title = self.edition_combo.currentText() if self.edition_id is not None else ""
        show_edition_history(self, self.db, self.edition_id, title)

    # ----------------------------------------------------------------------------------------- misc

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
        if self.db is not None:
            self.db.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None
        super().closeEvent(event)
