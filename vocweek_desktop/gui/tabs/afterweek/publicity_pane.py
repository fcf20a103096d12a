"""宣传报道: the edition's publicity items — add, edit, delete, search, copy, paste from Excel (Ctrl+V), import a
workbook and export the list (which imports back as updates)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QHeaderView, QLabel, QLineEdit, QPushButton, QWidget

from vocweek_desktop.gui.models.publicity_model import PublicityModel
from vocweek_desktop.gui.widgets.list_pane import ListPane
from vocweek_desktop.services import publicity
from vocweek_desktop.services.publicity import PublicityRecord

if TYPE_CHECKING:  # the form loads when first opened, not at start-up
    from vocweek_desktop.gui.afterweek_flow import AfterweekFlow
    from vocweek_desktop.gui.dialogs.publicity_dialog import PublicityDialog


class PublicityPane(ListPane):
    """The publicity list of one edition; paste, import and export go through the tab's AfterweekFlow."""

    noun = "宣传报道"
    list_name = "宣传报道"
    commands = ("add", "edit", "delete", "copy")
    multi_select = True
    history_entity = "publicity"

    def __init__(self, flow: AfterweekFlow, parent: QWidget | None = None):
        self.flow = flow
        super().__init__(PublicityModel(), parent)
        view = self.view
        view.verticalHeader().hide()
        view.setSortingEnabled(True)
        view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.model.column_of("title"), QHeaderView.ResizeMode.Stretch)
        self._columns_fitted = False
        self.search_edit.textChanged.connect(self.model.set_search)
        self.model.modelReset.connect(self._update_count)
        self.paste_action = QAction(self.tr("粘贴宣传报道"), self)
        self.paste_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Paste))
        self.paste_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.paste_action.setToolTip(self.tr("把从 Excel 复制的行（渠道、标题、链接、发布日期、学院、相关活动）粘贴进来，先预览再写入"))
        self.paste_action.triggered.connect(lambda _checked=False: self.paste())
        view.addAction(self.paste_action)
        self.paste_button.clicked.connect(self.paste_action.trigger)
        self.import_button.clicked.connect(lambda: self.flow.choose_and_import_publicity())
        self.export_button.clicked.connect(lambda: self.flow.export_publicity())
        self._update_count()

    def leading_widgets(self) -> list[QWidget]:
        """The search box and the count shown."""
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("搜索标题、渠道、学院、活动、链接"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(260)
        self.count_label = QLabel(self)
        return [self.search_edit, self.count_label]

    def trailing_widgets(self) -> list[QWidget]:
        """粘贴, 导入…, 导出…."""
        self.paste_button = QPushButton(self.tr("粘贴"), self)
        self.paste_button.setToolTip(self.tr("粘贴从 Excel 复制的宣传报道行（Ctrl+V）"))
        self.import_button = QPushButton(self.tr("导入…"), self)
        self.import_button.setToolTip(self.tr("从 Excel 工作簿导入宣传报道（导入前先预览）"))
        self.export_button = QPushButton(self.tr("导出…"), self)
        self.export_button.setToolTip(self.tr("导出宣传报道表；修改后可再导入（按隐藏的行ID更新）"))
        return [self.paste_button, self.import_button, self.export_button]

    def reload(self, select_id=None) -> None:
        """Read the list again (see ListPane.reload); the columns are fitted to the first rows."""
        super().reload(select_id)
        if not self._columns_fitted and self.model.total_count():
            self._columns_fitted = True
            header = self.view.horizontalHeader()
            for column in range(self.model.columnCount()):
                if column != self.model.column_of("title"):
                    self.view.resizeColumnToContents(column)
                    header.resizeSection(column, min(header.sectionSize(column) + 12, 240))

    def update_actions(self, *_args) -> None:
        """Commands as the selection allows; search, paste, import and export need an edition."""
        super().update_actions()
        for widget in (self.search_edit, self.paste_button, self.import_button, self.export_button):
            widget.setEnabled(self.has_context)

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total_count()
        if not self.has_context:
            text = ""
        elif self.model.search_terms():
            text = self.tr("显示 {0} / 共 {1} 篇").format(shown, total)
        else:
            text = self.tr("共 {0} 篇").format(total)
        self.count_label.setText(text)

    def paste(self, text: str | None = None) -> bool:
        """Rows from the clipboard (or ``text``), previewed, written on confirm."""
        if not self.has_context:
            return False
        text = QGuiApplication.clipboard().text() if text is None else text
        if self.flow.paste_publicity(text):
            self.reload()
            return True
        return False

    # ListPane's hooks.

    def load(self) -> list[PublicityRecord]:
        """The edition's items."""
        return publicity.list_items(self.db, self.edition_id)

    def create_dialog(self, record_id: int | None) -> PublicityDialog:
        """The publicity form."""
        from vocweek_desktop.gui.dialogs.publicity_dialog import PublicityDialog

        return PublicityDialog(self.db, self.edition_id, record_id, self)

    def delete_records(self, records: list[PublicityRecord]) -> tuple[list[int], list[str]]:
        """Delete the items in one transaction."""
        return publicity.delete_items(self.db, [record.id for record in records]), []

    def record_name(self, record: PublicityRecord) -> str:
        """An item is named by its title."""
        return record.title
