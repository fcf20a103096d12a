"""二级学院: the edition's colleges — add, edit, delete, search, sort, reorder, copy and export them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QLabel, QLineEdit, QPushButton, QWidget

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.errors import VocWeekError
from vocweek_desktop.gui.file_actions import offer_to_open
from vocweek_desktop.gui.file_dialogs import save_file
from vocweek_desktop.gui.models.colleges_model import ORDER_KEY, CollegesModel
from vocweek_desktop.gui.widgets.list_pane import ListPane
from vocweek_desktop.services import colleges, editions
from vocweek_desktop.services.colleges import CollegeRecord
from vocweek_desktop.store.engine import Database

if TYPE_CHECKING:  # the form loads when first opened, not at start-up
    from vocweek_desktop.gui.dialogs.college_dialog import CollegeDialog


def edition_year(db: Database, edition_id: int) -> str:
    """The edition's year as file names carry it ("" when the edition is gone)."""
    try:
        return str(editions.get_edition(db, edition_id).year)
    except VocWeekError:
        return ""


class CollegesPane(ListPane):
    """The colleges in display order (序号), searchable over every text column, sortable by any column."""

    noun = "学院"
    list_name = "学院"
    multi_select = True
    order_key = ORDER_KEY
    history_entity = "college"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(CollegesModel(), parent)
        self._columns_fitted = False
        view = self.view
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.buttons["delete"].setToolTip(self.tr("删除选中的学院（仍有活动等数据引用时不能删除）"))
        self.search_edit.textChanged.connect(self._on_search)
        self.export_button.clicked.connect(self.export_action.trigger)
        self.model.modelReset.connect(self._update_count)
        self._update_count()

    def leading_widgets(self) -> list[QWidget]:
        """The search box and the count of colleges shown."""
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("搜索学院、简称、院长、书记、联系人、电话、邮箱"))
        self.search_edit.setClearButtonEnabled(True)
        # Wide enough for the whole hint beside the clear button (which keeps its place even while hidden).
        metrics = self.search_edit.fontMetrics()
        width = metrics.horizontalAdvance(self.search_edit.placeholderText()) + 2 * metrics.height() + 16
        self.search_edit.setMinimumWidth(width)
        self.search_edit.setMaximumWidth(width + 100)
        self.count_label = QLabel(self)
        return [self.search_edit, self.count_label]

    def trailing_widgets(self) -> list[QWidget]:
        """导出Excel…."""
        self.export_action = QAction(self.tr("导出学院名单到Excel…"), self)
        self.export_action.triggered.connect(lambda _checked=False: self.export_excel())
        self.export_button = QPushButton(self.tr("导出Excel…"), self)
        self.export_button.setToolTip(self.tr("把本年度的学院名单导出为 Excel 工作簿"))
        return [self.export_button]

    def set_context(self, db: Database | None, edition_id: int | None) -> None:
        """List the colleges of ``edition_id``; the columns are fitted to the first rows of a new edition."""
        if db is not self.db or edition_id != self.edition_id:
            self._columns_fitted = False
        super().set_context(db, edition_id)

    def reload(self, select_id=None) -> None:
        """Read the colleges again (see ListPane.reload)."""
        super().reload(select_id)
        if not self._columns_fitted and self.model.total_count():
            self._fit_columns()
            self._columns_fitted = True

    def _fit_columns(self) -> None:
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.resizeSection(column, min(max(header.sectionSize(column) + 16, 64), 320))

    def update_actions(self, *_args) -> None:
        """Commands as the selection allows; search and export need an edition."""
        super().update_actions()
        self.search_edit.setEnabled(self.has_context)
        self.export_button.setEnabled(self.has_context)
        self.export_action.setEnabled(self.has_context)

    def focus_search(self) -> None:
        """Put the cursor in the search box, its text selected for typing over."""
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _on_search(self, text: str) -> None:
        self.model.set_search(text)

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total_count()
        if not self.has_context:
            text = ""
        elif self.model.search_terms():
            text = self.tr("显示 {shown} / 共 {total} 个学院").format(shown=shown, total=total)
        else:
            text = self.tr("共 {total} 个学院").format(total=total)
        self.count_label.setText(text)

    # ListPane's hooks.

    def load(self) -> list[CollegeRecord]:
        """The edition's colleges in display order."""
        return colleges.list_colleges(self.db, self.edition_id)

    def create_dialog(self, record_id: int | None) -> CollegeDialog:
        """The college form."""
        from vocweek_desktop.gui.dialogs.college_dialog import CollegeDialog

        return CollegeDialog(self.db, self.edition_id, record_id, self)

    def delete_refusals(self, records: list[CollegeRecord]) -> list[tuple[CollegeRecord, str]]:
        """The colleges still in use, with what uses them (one gone meanwhile is simply gone: not reported)."""
        refused = {college_id: reason for college_id, _name, reason in
                   colleges.check_delete_colleges(self.db, [record.id for record in records]).refused
                   if reason != msg.COLLEGE_NOT_FOUND}
        return [(record, refused[record.id]) for record in records if record.id in refused]

    def delete_records(self, records: list[CollegeRecord]) -> tuple[list[int], list[str]]:
        """Delete the colleges in one transaction; those still in use are kept, with what uses them."""
        result = colleges.delete_colleges(self.db, [record.id for record in records])
        # A college deleted meanwhile (another window, the CLI) is gone as asked: nothing to report.
        return list(result.done), [reason for _id, _name, reason in result.refused if reason != msg.COLLEGE_NOT_FOUND]

    def move_record(self, record: CollegeRecord, offset: int) -> None:
        """Move a college in the display order."""
        colleges.move_college(self.db, record.id, offset)

    def copy_table(self, records: list[CollegeRecord]) -> list[list[object]]:
        """The export's columns (no 序号), numbers kept as numbers for Excel."""
        return colleges.college_table(records)

    # Files.

    def export_excel(self) -> Path | None:
        """Ask where, write the edition's colleges to an Excel workbook, then offer to open it or its folder."""
        if not self.has_context:
            return None
        path = save_file(self, self.tr("导出学院名单"),
                         self.tr("学院名单-{year}.xlsx").format(year=edition_year(self.db, self.edition_id)),
                         self.tr("Excel 工作簿 (*.xlsx)"), ".xlsx",
                         lambda target: colleges.export_colleges(self.db, self.edition_id, target),
                         failed_title=self.tr("导出失败"))
        if path is None:
            return None
        count = self.model.total_count()
        self.status_message.emit(self.tr("已导出 {count} 个学院到 {path}").format(count=count, path=path))
        offer_to_open(self, self.tr("导出学院名单"),
                      self.tr("已导出 {count} 个学院到：\n{path}").format(count=count, path=path), path)
        return path
