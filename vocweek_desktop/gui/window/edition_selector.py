"""The main window's edition (year) selector: the toolbar's 年度 combo, 新建年度 and 活动周设置, and the page
shown instead of the tabs while there is no database or no edition."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from vocweek_desktop.domain.errors import VocWeekError
from vocweek_desktop.gui import settings
from vocweek_desktop.services import editions
from vocweek_desktop.store.engine import Database


class EditionSelector:
    """Part of MainWindow: the edition every tab shows, chosen in the toolbar, and the empty state."""

    db: Database | None
    edition_id: int | None
    tab_widget: QTabWidget
    stack: QStackedWidget
    _filters: dict[str, object]
    _tab_contexts: dict

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

    def _build_empty_page(self) -> QWidget:
        """The page shown instead of the tabs: no database open, or no edition in it yet."""
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
        return self.empty_page

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
