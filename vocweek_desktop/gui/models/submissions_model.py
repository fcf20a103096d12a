"""The 概览 matrix of what each college handed in: a row per college, a column per kind of material coloured by its
state (未交 / 已交 / 逾期 / 延期 / 补交), and a last column that copies the college's reminder when clicked."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain import submissions as kinds
from vocweek_desktop.domain.dates import format_moment
from vocweek_desktop.gui.models.records_model import CENTER, LEFT, Column, RecordsModel
from vocweek_desktop.services.submissions import Cell, Matrix, MatrixRow

#: The key of the reminder column.
REMINDER = "__reminder__"
#: Cell backgrounds by state (light enough for black text, told apart in greyscale too).
STATE_BRUSHES: dict[str, str] = {kinds.MISSING: "#f2f2f2", kinds.ON_TIME: "#d4efd4", kinds.OVERDUE: "#f6c9c7",
                                 kinds.EXTENDED: "#fce3b6", kinds.LATE: "#cfe2f6"}

_Index = QModelIndex | QPersistentModelIndex


class SubmissionsMatrixModel(RecordsModel):
    """Colleges × kinds of one edition's ``Matrix``; ``set_matrix`` replaces rows and (when the kinds change)
    columns."""

    def __init__(self, parent=None):
        super().__init__(parent=parent)
        self.matrix: Matrix | None = None

    def build_columns(self) -> list[Column]:
        """学院 and 催交提醒 (the kinds come with the first matrix)."""
        return self._columns_for(())

    def _columns_for(self, kind_names) -> list[Column]:
        columns = [Column("college", self.tr("学院"), value=lambda row: row.name, align=LEFT, searchable=True)]
        for kind in kind_names:
            columns.append(Column(kind, kind, value=lambda row, kind=kind: row.cell(kind), text=self.cell_text,
                                  align=CENTER, tooltip=self.cell_tooltip, sort_key=_state_order,
                                  copy=lambda cell: cell.state if cell is not None else ""))
        columns.append(Column(REMINDER, self.tr("催交提醒"), value=lambda row: row.reminder,
                              text=lambda text: self.tr("复制提醒") if text else "—", align=CENTER,
                              tooltip=lambda text: text or self.tr("材料都已交齐，无需提醒"),
                              header_tooltip=self.tr("单击“复制提醒”，把这个学院还缺的材料和截止时间复制到剪贴板"),
                              copy=lambda text: text))
        return columns

    def set_matrix(self, matrix: Matrix | None) -> None:
        """Show ``matrix`` (None: nothing)."""
        self.beginResetModel()
        self.matrix = matrix
        kind_names = matrix.kinds if matrix is not None else ()
        if [c.key for c in self._columns[1:-1]] != list(kind_names):
            sorted_by = self._columns[self._sort[0]].key if self._sort is not None else None
            self._columns = self._columns_for(kind_names)
            self._positions = {column.key: position for position, column in enumerate(self._columns)}
            # The sort follows its column to where it now stands (or ends, when that kind is gone).
            self._sort = (self._positions[sorted_by], self._sort[1]) if sorted_by in self._positions else None
        self._all = list(matrix.rows) if matrix is not None else []
        self._haystacks = None
        self._arrange()
        self.endResetModel()

    # ------------------------------------------------------------------------------------------ cells

    def cell_text(self, cell: Cell | None) -> str:
        """已交 5-20 / 补交 5-25 / 延期至 5-26 / 逾期 / 未交, the count when more than one file came, ⚠ for a kept copy
        that is missing."""
        if cell is None:
            return ""
        if cell.first_received is not None:
            text = f"{cell.state} {cell.first_received.month}-{cell.first_received.day}"
        elif cell.state == kinds.EXTENDED and cell.extension is not None:
            text = self.tr("延期至 {0}-{1}").format(cell.extension.until.month, cell.extension.until.day)
        else:
            text = cell.state
        if cell.count > 1:
            text += f"（{cell.count}）"
        if cell.missing_files:
            text += " ⚠"
        return text

    def cell_tooltip(self, cell: Cell | None) -> str | None:
        """What the cell means: its state, when it came, the deadline (and extension), missing copies."""
        if cell is None:
            return None
        lines = [f"{cell.kind}：{cell.state}（{msg.SUBMISSION_STATE_TIPS.get(cell.state, '')}）"]
        if cell.first_received is not None:
            lines.append(self.tr("首次收到：{0}，共 {1} 个文件").format(format_moment(cell.first_received), cell.count))
        if cell.deadline is not None:
            lines.append(self.tr("截止：{0}").format(format_moment(cell.deadline)))
        if cell.extension is not None:
            lines.append(self.tr("已延期至 {0}（{1}）").format(format_moment(cell.extension.until), cell.extension.reason))
        if cell.missing_files:
            lines.append(self.tr("⚠ {0} 个文件已不在管理文件夹中（被手动移走或删除）").format(cell.missing_files))
        lines.append(self.tr("单击查看文件；把文件拖到这一格即记录为这项材料"))
        return "\n".join(lines)

    def cell_at(self, index: _Index) -> Cell | None:
        """The cell shown at ``index`` (None in the 学院 and 提醒 columns)."""
        record = self.record(index.row()) if index.isValid() else None
        value = self._columns[index.column()].value_of(record) if record is not None else None
        return value if isinstance(value, Cell) else None

    def row_record(self, row: int) -> MatrixRow | None:
        """The college's row shown at ``row``."""
        return self.record(row)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        """Each kind's cell coloured by its state; the reminder column drawn as a link."""
        if role == Qt.ItemDataRole.BackgroundRole:
            cell = self.cell_at(index)
            return QBrush(QColor(STATE_BRUSHES[cell.state])) if cell is not None else None
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() \
                and self._columns[index.column()].key == REMINDER:
            record = self.record(index.row())
            return QBrush(QColor("#1a5fb4" if record is not None and record.reminder else "#7f7f7f"))
        if role == Qt.ItemDataRole.FontRole and index.isValid() and self._columns[index.column()].key == REMINDER:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setUnderline(True)
            record = self.record(index.row())
            return font if record is not None and record.reminder else None
        return super().data(index, role)


def _state_order(cell: Cell | None) -> tuple:
    """Sorting a kind's column puts what is owed first: 逾期, 延期, 未交, 补交, 已交."""
    order = {kinds.OVERDUE: 0, kinds.EXTENDED: 1, kinds.MISSING: 2, kinds.LATE: 3, kinds.ON_TIME: 4}
    if cell is None:
        return (9, 0.0)
    return (order.get(cell.state, 5), cell.first_received.timestamp() if cell.first_received else 0.0)
