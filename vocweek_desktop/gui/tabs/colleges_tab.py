"""The 学院 tab: the edition's colleges, and section 一 of the notice (duty table and leadership group).

Each list is a pane of its own (gui/tabs/colleges/); the tab lays them out, hands them the edition, passes their
messages on to the window and prints the organisation table.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QInputDialog

from vocweek_desktop.gui import settings
from vocweek_desktop.gui.file_actions import offer_to_open
from vocweek_desktop.gui.file_dialogs import save_file
from vocweek_desktop.gui.forms.ui_colleges_tab import Ui_CollegesTab
from vocweek_desktop.gui.tabs.base import TabPage
from vocweek_desktop.gui.tabs.colleges.colleges_pane import CollegesPane, edition_year
from vocweek_desktop.gui.tabs.colleges.organisation_panes import DepartmentsPane, LeadershipPane
from vocweek_desktop.services import organisation
from vocweek_desktop.store.engine import Database


class CollegesTab(TabPage):
    """学院: the colleges pane above; the duty table and the leadership group below, with 打印组织机构表…."""

    page_name = "colleges"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ui = Ui_CollegesTab()
        self.ui.setupUi(self)
        self.colleges = CollegesPane(self)
        self.departments = DepartmentsPane(self)
        self.leadership = LeadershipPane(self)
        ui = self.ui
        ui.colleges_layout.addWidget(self.colleges)
        ui.departments_layout.addWidget(self.departments)
        ui.leadership_layout.addWidget(self.leadership)
        ui.splitter.setStretchFactor(0, 1)
        ui.splitter.setStretchFactor(1, 1)
        ui.splitter.setSizes([420, 330])
        ui.org_splitter.setStretchFactor(0, 3)
        ui.org_splitter.setStretchFactor(1, 1)
        ui.org_splitter.setSizes([900, 340])
        for pane in self.panes():
            pane.status_message.connect(self.status_message)
            pane.data_changed.connect(self.data_changed)

        self.print_action = QAction(self.tr("打印组织机构表…"), self)
        self.print_action.triggered.connect(lambda _checked=False: self.print_org_table())
        self.departments.print_button.clicked.connect(self.print_action.trigger)
        self.find_action = QAction(self.tr("查找"), self)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_action.triggered.connect(lambda _checked=False: self.colleges.focus_search())
        self.addAction(self.find_action)  # a key for the whole tab, not only while a table has the focus
        self._menu_separator = QAction(self)
        self._menu_separator.setSeparator(True)
        self.print_action.setEnabled(False)

    def panes(self) -> tuple[CollegesPane, DepartmentsPane, LeadershipPane]:
        """The three lists, top to bottom, left to right."""
        return self.colleges, self.departments, self.leadership

    # TabPage.

    def tab_title(self) -> str:
        """学院."""
        return self.tr("学院")

    def set_context(self, db: Database | None, edition_id: int | None) -> None:
        """Show the colleges, duty table and leadership group of ``edition_id`` (nothing when either is None)."""
        self.db, self.edition_id = db, edition_id
        for pane in self.panes():
            pane.set_context(db, edition_id)
        self.print_action.setEnabled(db is not None and edition_id is not None)

    def refresh(self) -> None:
        """Reload every list from the database, keeping the selections where the rows still exist."""
        for pane in self.panes():
            pane.reload()

    def edit_actions(self) -> list[QAction]:
        """The tab's commands for the window's 编辑 menu: the colleges' (with 查看修改记录…), 查找, export and print."""
        actions = self.colleges.command_actions
        return [actions[name] for name in ("add", "edit", "delete", "copy", "up", "down")] + [
            self.colleges.history_action, self.find_action, self._menu_separator, self.colleges.export_action,
            self.print_action]

    # Printing.

    def print_org_table(self) -> Path | None:
        """Ask the body font (where the machine has a choice) and where, write the organisation table (section 一) as
        PDF, then offer to open it or its folder."""
        if self.db is None or self.edition_id is None:
            return None
        db, edition_id = self.db, self.edition_id
        font = self._choose_body_font()
        if font is None:
            return None
        path = save_file(self, self.tr("打印组织机构表"),
                         self.tr("组织机构表-{year}.pdf").format(year=edition_year(db, edition_id)),
                         self.tr("PDF 文件 (*.pdf)"), ".pdf",
                         lambda target: organisation.print_org_table(db, edition_id, target, font or None),
                         failed_title=self.tr("打印失败"))
        if path is None:
            return None
        self.status_message.emit(self.tr("组织机构表已保存到 {path}").format(path=path))
        offer_to_open(self, self.tr("打印组织机构表"), self.tr("组织机构表已保存到：\n{path}").format(path=path), path)
        return path

    def _choose_body_font(self) -> str | None:
        """The body font's key when this machine offers a choice (仿宋, 宋体, the bundled font), asked with the last
        choice proposed; "" when there is nothing to choose; None when the user cancelled."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # the first look reads the system's fonts
        try:
            fonts = organisation.org_table_fonts()
        finally:
            QApplication.restoreOverrideCursor()
        if len(fonts) < 2:
            return ""
        keys, labels = [key for key, _ in fonts], [label for _, label in fonts]
        last = settings.last_body_font()
        label, ok = QInputDialog.getItem(self, self.tr("打印组织机构表"),
                                         self.tr("正文字体（嵌入 PDF，在任何电脑上显示、打印都一样）："), labels,
                                         keys.index(last) if last in keys else 0, False)
        if not ok or label not in labels:
            return None
        key = keys[labels.index(label)]
        settings.remember_body_font(key)
        return key
