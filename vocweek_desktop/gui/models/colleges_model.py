"""Table model of an edition's colleges, and the proxy that searches and sorts it (a few hundred rows)."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from vocweek_desktop.domain.validation import normalize_text
from vocweek_desktop.services.colleges import COLLEGE_COLUMNS, CollegeRecord

#: Column 0 is the display order (序号); the rest are the service's columns, in the export's order.
ORDER_COLUMN = 0
FIELDS: list[str] = ["display_order"] + [name for name, _ in COLLEGE_COLUMNS]
_NUMERIC = {"display_order", "teacher_count", "student_count"}
_TEXT_FIELDS = [name for name, _ in COLLEGE_COLUMNS if name not in _NUMERIC]

_Index = QModelIndex | QPersistentModelIndex


class CollegesModel(QAbstractTableModel):
    """The colleges in display order; row ``i`` is the ``i``-th college of the list, so 序号 is ``i + 1``."""

    #: ``data(index, RecordRole)`` gives the row's CollegeRecord.
    RecordRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[CollegeRecord] = []
        self._headers = [self.tr("序号")] + [label for _, label in COLLEGE_COLUMNS]

    def set_rows(self, rows: list[CollegeRecord]) -> None:
        """Replace every row (the list as services.colleges.list_colleges returns it, in display order)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def records(self) -> list[CollegeRecord]:
        """All rows, in display order."""
        return list(self._rows)

    def record(self, row: int) -> CollegeRecord:
        """The college of source row ``row``."""
        return self._rows[row]

    def row_of(self, college_id: int) -> int | None:
        """The source row of a college, or None when it is not shown."""
        for row, record in enumerate(self._rows):
            if record.id == college_id:
                return row
        return None

    def field(self, column: int) -> str:
        """The CollegeRecord field shown in ``column``."""
        return FIELDS[column]

    def text(self, row: int, column: int) -> str:
        """What a cell shows."""
        if column == ORDER_COLUMN:
            return str(row + 1)
        value = getattr(self._rows[row], FIELDS[column])
        return "" if value is None else str(value)

    def sort_key(self, row: int, column: int) -> tuple:
        """A key that orders a column: numbers as numbers (unknown first), text as text."""
        if column == ORDER_COLUMN:
            return (1, row)
        value = getattr(self._rows[row], FIELDS[column])
        if value is None:
            return (0, 0)
        return (1, value)

    def search_text(self, row: int) -> str:
        """Every text column of a row, normalised (NFKC, case-folded) for searching."""
        record = self._rows[row]
        return "\n".join(normalize_text(getattr(record, name)).casefold() for name in _TEXT_FIELDS)

    # Qt's model interface.

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Number of colleges."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """序号 and every field."""
        return 0 if parent.isValid() else len(FIELDS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        """Cell text, alignment and the record behind a row."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self.text(row, column)
            if role == Qt.ItemDataRole.ToolTipRole and not text and FIELDS[column] in _NUMERIC:
                return self.tr("未填写（未知）")
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == ORDER_COLUMN:
                return int(Qt.AlignmentFlag.AlignCenter)
            if FIELDS[column] in _NUMERIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == self.RecordRole:
            return self._rows[row]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        """Chinese column headers."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole and section == 0:
            return self.tr("显示顺序；按此列排序时可上移、下移")
        return None


class CollegesProxy(QSortFilterProxyModel):
    """Search over every text column (all words must occur) and sort by the column's own kind of value."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._terms: list[str] = []
        # Chinese names sort by pinyin where ICU is available (PySide6's wheels ship it).
        self._collator = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        self._collator.setNumericMode(True)

    def set_search(self, text: str) -> None:
        """Show only rows containing every whitespace-separated word of ``text`` (full-width folded, any case)."""
        terms = normalize_text(text).casefold().split()
        if terms == self._terms:
            return
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.9; invalidateFilter() is deprecated there
            self.beginFilterChange()
            self._terms = terms
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            self._terms = terms
            self.invalidateFilter()

    def search_terms(self) -> list[str]:
        """The words searched for."""
        return list(self._terms)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        """Whether a college matches the search."""
        if not self._terms:
            return True
        haystack = self.sourceModel().search_text(source_row)
        return all(term in haystack for term in self._terms)

    def lessThan(self, left: _Index, right: _Index) -> bool:
        """Compare two rows by the sorted column; ties keep the display order."""
        model: CollegesModel = self.sourceModel()
        a = model.sort_key(left.row(), left.column())
        b = model.sort_key(right.row(), right.column())
        if a[0] != b[0]:
            return a[0] < b[0]
        if isinstance(a[1], str) and isinstance(b[1], str):
            order = self._collator.compare(a[1], b[1])
            if order:
                return order < 0
        elif a[1] != b[1]:
            return a[1] < b[1]
        return left.row() < right.row()
