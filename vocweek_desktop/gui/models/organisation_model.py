"""Table models of section 一 of the notice: the duty table (departments) and the leadership group."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from vocweek_desktop.domain.notice_defaults import NEED_LABELS
from vocweek_desktop.services.organisation import DepartmentRecord, MemberRecord

_Index = QModelIndex | QPersistentModelIndex


class _RecordsModel(QAbstractTableModel):
    """Rows of plain records in display order; subclasses say what each column shows."""

    RecordRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []

    def headers(self) -> list[str]:
        """Column headers."""
        raise NotImplementedError

    def text(self, row: int, column: int) -> str:
        """What a cell shows."""
        raise NotImplementedError

    def set_rows(self, rows: list) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def records(self) -> list:
        """All rows, in display order."""
        return list(self._rows)

    def record(self, row: int):
        """The record of ``row``."""
        return self._rows[row]

    def row_of(self, row_id: int) -> int | None:
        """The row showing the record with id ``row_id``, or None."""
        for row, record in enumerate(self._rows):
            if record.id == row_id:
                return row
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Number of rows."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Number of columns."""
        return 0 if parent.isValid() else len(self.headers())

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        """Cell text (also as tooltip, for long duties) and the record behind a row."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(index.row(), index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == self.RecordRole:
            return self._rows[index.row()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        """Chinese headers; rows are numbered."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return str(section + 1)


def need_label(need_key: str | None) -> str:
    """The activity need a key stands for (用电, 信息设备, …), or 无."""
    if need_key is None:
        return "无"
    return NEED_LABELS.get(need_key, need_key)


class DepartmentsModel(_RecordsModel):
    """The duty table: unit, duty, head, and which activity need is routed to it."""

    def headers(self) -> list[str]:
        """部门, 职责, 负责人, 承接活动需求."""
        return [self.tr("部门"), self.tr("职责"), self.tr("负责人"), self.tr("承接活动需求")]

    def text(self, row: int, column: int) -> str:
        """What a cell shows."""
        record: DepartmentRecord = self._rows[row]
        if column == 3:
            return self.tr("无") if record.need_key is None else need_label(record.need_key)
        return (record.name, record.duty, record.head)[column]


class LeadershipModel(_RecordsModel):
    """The leadership group: role (组长 / 副组长 / 成员) and name or description."""

    def headers(self) -> list[str]:
        """职务, 姓名或说明."""
        return [self.tr("职务"), self.tr("姓名或说明")]

    def text(self, row: int, column: int) -> str:
        """What a cell shows."""
        record: MemberRecord = self._rows[row]
        return record.role if column == 0 else record.name
