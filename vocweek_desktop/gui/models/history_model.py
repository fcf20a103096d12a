"""Table model of audit events (修改记录): one row per event, its changed fields as lines of one cell."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from vocweek_desktop.domain.dates import format_datetime
from vocweek_desktop.services.audit import AuditRecord

_Index = QModelIndex | QPersistentModelIndex

#: The columns of one record's history, and of the edition-wide list (which says which record each event is of).
RECORD_COLUMNS = ["at", "operator", "action", "changes"]
EDITION_COLUMNS = ["at", "operator", "entity", "summary", "action", "changes"]


def cell_text(record: AuditRecord, key: str) -> str:
    """What the ``key`` column shows for ``record`` (the changes one line per field)."""
    if key == "at":
        return format_datetime(record.at)
    if key == "entity":
        return record.entity_label
    if key == "action":
        return record.action_label
    if key == "changes":
        return "\n".join(record.change_lines())
    return str(getattr(record, key) or "")


class HistoryModel(QAbstractTableModel):
    """Read-only rows of AuditRecords in the order given; ``columns`` are keys of EDITION_COLUMNS.

    With ``max_lines``, a cell of changes shows that many lines at most (the tooltip and a copy have them all),
    so that one new activity's twenty fields do not fill a list of many events.
    """

    #: ``data(index, RecordRole)`` gives the row's AuditRecord.
    RecordRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, columns: list[str], parent=None, *, max_lines: int | None = None):
        super().__init__(parent)
        self.columns = list(columns)
        self.max_lines = max_lines
        self._rows: list[AuditRecord] = []
        self._headers = {"at": self.tr("时间"), "operator": self.tr("操作人"), "entity": self.tr("记录类型"),
                         "summary": self.tr("名称"), "action": self.tr("操作"), "changes": self.tr("修改内容")}

    def set_rows(self, rows: list[AuditRecord]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def record(self, row: int) -> AuditRecord:
        """The event of row ``row``."""
        return self._rows[row]

    def table(self, rows: list[int] | None = None) -> list[list[str]]:
        """Header and the given rows (default: all) as text, for copying."""
        chosen = range(len(self._rows)) if rows is None else rows
        return [[self._headers[key] for key in self.columns]] + [
            [cell_text(self._rows[row], key) for key in self.columns] for row in chosen]

    # Qt's model interface.

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Number of events."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """The chosen columns."""
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        """Cell text (the tooltip repeats it: a long change list is cut off in the cell), top alignment, record."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = cell_text(self._rows[index.row()], self.columns[index.column()])
            if role == Qt.ItemDataRole.DisplayRole and self.max_lines and self.columns[index.column()] == "changes":
                lines = text.splitlines()
                if len(lines) > self.max_lines:
                    shown = self.max_lines - 1
                    text = "\n".join([*lines[:shown], self.tr("……另有 {0} 项").format(len(lines) - shown)])
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if role == self.RecordRole:
            return self._rows[index.row()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        """Chinese column headers."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[self.columns[section]]
        return None
