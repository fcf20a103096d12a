"""Copy and paste in the 活动报名 table, as Excel does: the selected cells out as tab-separated text with their
column names; pasted back, a block of values into the selected cells (checked like an edit in place, one undo step)
or whole rows as new activities, checked like an import and written after the user confirms the preview."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from vocweek_desktop.domain.errors import ValidationError, VocWeekError
from vocweek_desktop.gui.clipboard import is_own_table, set_clipboard, to_tsv
from vocweek_desktop.gui.models.activities_model import ActivitiesModel
from vocweek_desktop.gui.tabs.activities.commands import PasteCellsCommand
from vocweek_desktop.services import activities

if TYPE_CHECKING:
    from vocweek_desktop.gui.tabs.activities_tab import ActivitiesTab
    from vocweek_desktop.store.engine import Database

#: How many refused cells a paste lists by name (the rest are counted).
MAX_REFUSALS_SHOWN = 10


def _row_number(line: str) -> int:
    """The row a refusal line names (第 3 行…), for listing them top to bottom."""
    digits = "".join(char for char in line.split("行", 1)[0] if char.isdigit())
    return int(digits) if digits else 0


class ActivitiesClipboard(QObject):
    """复制 and 粘贴 of the 活动报名 tab, on the tab's table, model and undo stack."""

    def __init__(self, tab: ActivitiesTab):
        super().__init__(tab)
        self.tab = tab

    @property
    def db(self) -> Database | None:
        """The tab's open database."""
        return self.tab.db

    @property
    def edition_id(self) -> int | None:
        """The tab's edition."""
        return self.tab.edition_id

    def selection_table(self) -> list[list[str]]:
        """The selected cells as rows of text, headed by their column names (unselected cells left empty)."""
        selection = self.tab.ui.table_view.selectionModel().selection()
        if selection.isEmpty():
            return []
        rows = self.tab.selected_rows()
        columns = sorted({column for selected in selection
                          for column in range(selected.left(), selected.right() + 1)})
        view = self.tab.ui.table_view
        columns = [c for c in columns if not view.isColumnHidden(c)]
        chosen = {(row, column) for selected in selection
                  for row in range(selected.top(), selected.bottom() + 1)
                  for column in range(selected.left(), selected.right() + 1)}
        table = [[str(self.tab.model.headerData(c, Qt.Orientation.Horizontal)) for c in columns]]
        for row in rows:
            table.append([self.tab.model.data(self.tab.model.index(row, c), ActivitiesModel.CopyRole) or ""
                          if (row, c) in chosen else "" for c in columns])
        return table

    def copy_selection(self) -> str:
        """复制: the selected cells to the clipboard as tab-separated text with a header row; returns the text."""
        table = self.selection_table()
        if not table:
            return ""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            text = to_tsv(table, line_end="\r\n", final_line_end=True)
        finally:
            QApplication.restoreOverrideCursor()
        set_clipboard(text, own_table=True)
        self.tab.status_message.emit(self.tr("已复制 {0} 行").format(len(table) - 1))
        return text

    def paste_rows(self, text: str | None = None, *, own_table: bool | None = None) -> None:
        """粘贴, as Excel pastes: one value or a block narrower than a row goes into the selected cells (validated like
        an edit in place, all cells or none, one undo step); a block with a header row or whole rows is checked like
        an import and written only after the user confirms its preview.

        ``own_table``: the text was copied from this table (its first line is the column names copy adds); read from
        the clipboard when the text is.
        """
        if self.db is None or self.edition_id is None:
            return
        if text is None:
            text = QGuiApplication.clipboard().text()
            own_table = is_own_table() if own_table is None else own_table
        from vocweek_desktop.io.tsv import parse_tsv
        from vocweek_desktop.services.activities_import import TEMPLATE_ROW_WIDTH, looks_like_header

        block = parse_tsv(text or "")
        if not block:
            self.tab.status_message.emit(self.tr("剪贴板中没有可粘贴的表格内容"))
            return
        width = max(len(row) for row in block)
        whole_rows = width >= min(self.tab.model.columnCount(), TEMPLATE_ROW_WIDTH)
        target = self._paste_target()
        if own_table and not whole_rows and target is not None:
            # Cells copied here carry their column names on a first line (for Excel); pasted back into cells, only
            # their values go in, as Excel pastes what it copied. Blank lines are kept: each value stays in its row.
            cells = parse_tsv(text or "", keep_blank=True)[1:]
            if cells:
                self._paste_cells(cells, len(block[0]), target)
            else:
                self.tab.status_message.emit(self.tr("剪贴板中没有可粘贴的表格内容"))
            return
        # Whole rows: as wide as this table, or as a 附件1 row copied from a college's workbook.
        if looks_like_header(block[0]) or whole_rows:
            self._paste_rows(text)
            return
        if target is None:
            if width == 1:
                self.tab.status_message.emit(self.tr("请先选中要粘贴到的单元格，再粘贴"))
                return
            self._paste_rows(text)  # a row without header and nothing selected: a new activity, in the table's order
            return
        self._paste_cells(block, width, target)

    def _paste_target(self) -> tuple[list[tuple[int, int]], int, int] | None:
        """(the selected cells, top row, left column) of the selection, or of the current cell; None if neither."""
        view = self.tab.ui.table_view
        cells = sorted({(index.row(), index.column()) for index in view.selectionModel().selectedIndexes()})
        if not cells:
            current = view.currentIndex()
            if not current.isValid():
                return None
            cells = [(current.row(), current.column())]
        return cells, min(row for row, _ in cells), min(column for _, column in cells)

    def _paste_cells(self, block: list[list[str]], width: int, target) -> None:
        selected, top, left = target
        model = self.tab.model
        height = len(block)
        if height == 1 and width == 1 and len(selected) > 1:
            places = [(row, column, block[0][0]) for row, column in selected]  # one value fills the selection
        else:
            if top + height > model.rowCount():
                self._refuse_paste(self.tr("粘贴的内容有 {0} 行，从第 {1} 行往下只有 {2} 行。").format(
                    height, top + 1, model.rowCount() - top))
                return
            if left + width > model.columnCount():
                self._refuse_paste(self.tr("粘贴的内容有 {0} 列，从“{1}”往右只有 {2} 列。").format(
                    width, model.headerData(left, Qt.Orientation.Horizontal), model.columnCount() - left))
                return
            places = [(top + r, left + c, row[c] if c < len(row) else "")
                      for r, row in enumerate(block) for c in range(width)]
        cells, where, refused = [], {}, []
        for row, column, value in places:
            record = model.record(row)
            current = model.data(model.index(row, column), ActivitiesModel.CopyRole) or ""
            if record is None or value.strip() == current.strip():
                continue  # nothing to change in this cell
            spec = model.column(column)
            if not spec.editable:
                refused.append(self.tr("第 {0} 行“{1}”：这一列不能粘贴修改，请用“编辑活动…”").format(row + 1, spec.header))
                continue
            cells.append((record.id, spec.key, value))
            where[(record.id, spec.key)] = (row, column)
        if refused:
            self._refuse_paste("\n".join(refused))
            return
        if not cells:
            self.tab.status_message.emit(self.tr("粘贴的内容与表格中相同，没有需要写入的内容"))
            return
        try:
            changed = activities.paste_cells(self.db, self.edition_id, cells)
        except ValidationError as exc:
            lines = []
            for name, reason in exc.fields.items():
                activity_id, _, key = name.partition(":")
                row, column = where.get((int(activity_id), key), (None, None))
                if row is None:
                    lines.append(reason)
                    continue
                lines.append(self.tr("第 {0} 行“{1}”：{2}").format(
                    row + 1, model.headerData(column, Qt.Orientation.Horizontal), reason))
            self._refuse_paste("\n".join(sorted(lines, key=_row_number)))
            return
        except VocWeekError as exc:
            self._refuse_paste(str(exc))
            return
        if changed:
            self.tab.undo_stack.push(PasteCellsCommand(self.db, len(cells), changed, self._on_paste_written,
                                                   self._refuse_paste))
        model.reload_rows(list(changed))  # in their places, as an edit in place: the rows do not jump away
        self._select_cells([(row, column) for row, column, _value in places])
        self.tab.status_message.emit(self.tr("已粘贴 {0} 个单元格（可撤销）").format(len(cells)))
        self.tab.data_changed.emit()

    def _select_cells(self, cells: list[tuple[int, int]]) -> None:
        """Select these (row, column) cells as they are shown, the first one current and in view."""
        view, model = self.tab.ui.table_view, self.tab.model
        selection = QItemSelection()
        for row, column in cells:
            selection.select(model.index(row, column), model.index(row, column))
        first = model.index(*min(cells))
        view.selectionModel().setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
        view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        view.scrollTo(first)

    def _on_paste_written(self, activity_ids: list[int], status: str) -> None:
        self.tab.model.reload_rows(activity_ids)
        self.tab.status_message.emit(status)
        self.tab.data_changed.emit()

    def _refuse_paste(self, text: str) -> None:
        lines = text.splitlines()
        if len(lines) > MAX_REFUSALS_SHOWN:
            lines = lines[:MAX_REFUSALS_SHOWN] + [self.tr("……另有 {0} 处").format(len(lines) - MAX_REFUSALS_SHOWN)]
        QMessageBox.warning(self.tab, self.tr("粘贴"), self.tr("没有粘贴，表格没有改动：\n{0}").format("\n".join(lines)))

    def _paste_rows(self, text: str) -> None:
        """Rows copied from Excel or this table: checked like an import, written after the preview is confirmed."""
        from vocweek_desktop.domain.errors import NothingToImport
        from vocweek_desktop.services import activities_import, imports

        def preview_for(college_id: int | None):
            return activities_import.preview_paste(self.db, self.edition_id, text or "", college_id=college_id)

        organiser = self.tab.current_filter().organiser
        college_id = organiser[1] if organiser is not None and organiser[0] == "college" else None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            preview = preview_for(college_id)
        except NothingToImport as exc:
            QApplication.restoreOverrideCursor()
            self.tab.status_message.emit(str(exc))
            return
        except VocWeekError as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self.tab, self.tr("粘贴活动"), str(exc))
            return
        QApplication.restoreOverrideCursor()
        if not (preview.to_add or preview.to_update or preview.problems or preview.warnings):
            self.tab.status_message.emit(self.tr("粘贴的 {0} 行与已有活动相同，没有需要写入的内容").format(
                len(preview.unchanged)))
            return
        choice = self.confirm_paste(preview, preview_for)
        if choice is None:
            self.tab.status_message.emit(self.tr("已取消粘贴，数据库没有改动"))
            return
        preview, skip, delete_uids = choice
        try:
            result = imports.apply_import(self.db, preview, skip_error_rows=skip, delete_uids=delete_uids)
        except VocWeekError as exc:
            QMessageBox.warning(self.tab, self.tr("粘贴活动"), self.tr("没有写入，数据库没有改动：\n{0}").format(exc))
            return
        self.tab.after_change(self.tr("已粘贴：{0}").format(result.summary()))
        self.tab.select_activities([item.record_id for item in (*preview.to_add, *preview.to_update)])

    def confirm_paste(self, preview, reload) -> tuple[object, bool, list[str]] | None:
        """The import preview of a paste (新增 / 更新 / 未变 / 问题 with cell addresses); None when cancelled,
        else (the preview shown, skip rows with errors, row ids ticked for deletion)."""
        from vocweek_desktop.gui.dialogs.import_preview_dialog import ImportPreviewDialog

        found = activities.organisers(self.db, self.edition_id)
        dialog = ImportPreviewDialog(preview, self.tab, colleges=[(o.id, o.name) for o in found if o.kind == "college"],
                                     reload=reload)
        dialog.setWindowTitle(self.tr("粘贴活动 — 预览"))
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.preview, dialog.skip_error_rows(), dialog.delete_uids()
        finally:
            dialog.deleteLater()
