"""Table models whose columns are described once, by a Column spec, over plain records (dataclasses with an ``id``).

``ColumnsModel`` draws any table from its columns: cell text, alignment, check boxes, tooltips, clipboard text and
edits in place. ``RecordsModel`` holds a list of records and sorts and searches it in Python followed by a model
reset: a QSortFilterProxyModel over a Python model calls ``data()`` for every comparison (TRAPS.md: ≈ 39 s for
100,000 rows, against 0.07 s for ``list.sort``). The windowed ActivitiesModel reads its rows from SQL in windows
but draws them from the same spec.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush

from vocweek_desktop.domain.validation import normalize_text
from vocweek_desktop.io.collation import sort_key

_Index = QModelIndex | QPersistentModelIndex

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter


def plain_text(value: object) -> str:
    """A value as a cell shows it by default: nothing for None, else its text."""
    return "" if value is None else str(value)


def no_tooltip(_value: object) -> None:
    """A Column ``tooltip`` for cells that explain nothing beyond what they show."""
    return None


@cache
def default_sort_key(value: object) -> tuple:
    """Unknown values first, then numbers as numbers, dates as dates and text in pinyin order."""
    if value is None:
        return (0, 0)
    if isinstance(value, str):
        return (1, sort_key(value, limit=len(value)))  # the 活动报名 table's own pinyin order, "第2" before "第10"
    return (1, value)


@dataclass(frozen=True)
class Column:
    """How one column shows, sorts, searches, copies and edits a field of a record."""

    #: The field (also the record attribute read when ``value`` is not given).
    key: str
    header: str
    #: The field's value in a record; default ``getattr(record, key)``.
    value: Callable[[Any], object] | None = None
    #: What a cell shows of a value.
    text: Callable[[object], str] = plain_text
    align: Qt.AlignmentFlag = LEFT
    #: Edited in place (the model's ``commit`` saves it); with ``check``, a check box the user ticks.
    editable: bool = False
    #: A yes/no value shown as a check box.
    check: bool = False
    #: Orders a column of a RecordsModel; default ``default_sort_key`` of the value.
    sort_key: Callable[[object], object] | None = None
    #: A cell's tooltip; default the cell's text (long text that does not fit is read there).
    tooltip: Callable[[object], str | None] | None = None
    header_tooltip: str = ""
    #: The search box of a RecordsModel looks in this column's text.
    searchable: bool = False
    #: Width hint for the view, in average Chinese characters.
    width: float | None = None
    #: A value as clipboard text; default the cell's text (是/否 for a check box).
    copy: Callable[[object], str] | None = None

    def value_of(self, record: Any) -> object:
        """The field's value in ``record``."""
        return self.value(record) if self.value is not None else getattr(record, self.key)

    def text_of(self, value: object) -> str:
        """What a cell shows for ``value`` (a check box shows no text)."""
        return "" if self.check else self.text(value)

    def tooltip_of(self, value: object) -> str | None:
        """A cell's tooltip for ``value``."""
        if self.tooltip is not None:
            return self.tooltip(value)
        return self.text_of(value) or None

    def copy_of(self, value: object) -> str:
        """``value`` as clipboard text."""
        if self.copy is not None:
            return self.copy(value)
        if self.check:
            return "是" if value else "否"
        return self.text(value)


class ColumnsModel(QAbstractTableModel):
    """A table drawn from a Column spec; subclasses say where the records of the rows come from.

    Subclasses implement ``rowCount`` and ``record(row)``, and may tint rows (``row_brush``), explain them
    (``row_tooltip``) and save edits in place (``commit``).
    """

    #: ``data(index, RecordRole)``: the record of the cell's row.
    RecordRole = Qt.ItemDataRole.UserRole + 1
    #: ``data(index, ValueRole)``: the stored Python value of a cell (date, time, bool, int, str or None).
    ValueRole = Qt.ItemDataRole.UserRole + 2
    #: ``data(index, CopyRole)``: the cell as clipboard text.
    CopyRole = Qt.ItemDataRole.UserRole + 3

    #: An edit in place was refused: the Chinese reason (the cell keeps its value).
    edit_refused = Signal(str)

    def __init__(self, columns: Sequence[Column] | None = None, parent=None):
        super().__init__(parent)
        self._columns: list[Column] = list(columns) if columns is not None else self.build_columns()
        self._positions = {column.key: position for position, column in enumerate(self._columns)}

    def build_columns(self) -> list[Column]:
        """The columns of a model made without a spec (subclasses that build theirs with ``self.tr``)."""
        raise NotImplementedError

    # ------------------------------------------------------------------------------------------ spec

    def columns(self) -> list[Column]:
        """The column spec, in column order."""
        return list(self._columns)

    def column(self, column: int) -> Column:
        """The spec of ``column``."""
        return self._columns[column]

    def column_key(self, column: int) -> str:
        """The field shown in ``column``."""
        return self._columns[column].key

    def column_of(self, key: str) -> int:
        """The column showing ``key`` (-1 when not shown)."""
        return self._positions.get(key, -1)

    def table(self, records: Iterable[Any]) -> list[list[object]]:
        """A header row and a row per record, each cell as the clipboard gets it (Excel and Word paste a table)."""
        return [[column.header for column in self._columns]] + [
            [column.copy_of(column.value_of(record)) for column in self._columns] for record in records]

    # ------------------------------------------------------------------------------------------ hooks

    def record(self, row: int) -> Any | None:
        """The record shown in ``row`` (None outside the table)."""
        raise NotImplementedError

    def row_brush(self, record: Any) -> QBrush | None:
        """A background for a whole row (a warning tint), or None."""
        return None

    def row_tooltip(self, record: Any) -> str | None:
        """A note on a whole row, shown above the cell's own tooltip, or None."""
        return None

    def commit(self, row: int, record: Any, column: Column, value: object) -> bool:
        """Save an edit in place of a changed value; False (after emitting ``edit_refused``) when refused."""
        return False

    # ------------------------------------------------------------------------------------------ Qt

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """One column per spec entry."""
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        """Text, value, check state, tint, tooltip, alignment, record and clipboard text of a cell."""
        if not index.isValid():
            return None
        record = self.record(index.row())
        if record is None:
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text_of(column.value_of(record))
        if role in (Qt.ItemDataRole.EditRole, self.ValueRole):
            return column.value_of(record)
        if role == Qt.ItemDataRole.CheckStateRole:
            if not column.check:
                return None
            return Qt.CheckState.Checked if column.value_of(record) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.row_brush(record)
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [self.row_tooltip(record), column.tooltip_of(column.value_of(record))]
            return "\n".join(part for part in parts if part) or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        if role == self.RecordRole:
            return record
        if role == self.CopyRole:
            return column.copy_of(column.value_of(record))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        """The columns' headers (and their tooltips); rows are numbered from 1."""
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._columns):
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return self._columns[section].header
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._columns[section].header_tooltip or None
            return None
        return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Editable columns can be edited in place; editable check boxes can be ticked."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = self._columns[index.column()]
        if column.editable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable if column.check else Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """Hand an edited cell to ``commit``; a value typed back unchanged is no edit."""
        if not index.isValid():
            return False
        column = self._columns[index.column()]
        if not column.editable:
            return False
        if column.check:
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        record = self.record(index.row())
        if record is None:
            return False
        if column.value_of(record) == value:
            return True
        return self.commit(index.row(), record, column, value)


class RecordsModel(ColumnsModel):
    """A list of records in the order given, shown searched and sorted; ``set_rows`` replaces them all.

    Sorting and searching rearrange the Python list and reset the model (a view's selection goes with the
    reset: ListPane keeps it by record id).
    """

    def __init__(self, columns: Sequence[Column] | None = None, parent=None):
        super().__init__(columns, parent)
        self._all: list = []
        self._rows: list = []
        self._rows_by_id: dict[object, int] = {}
        self._haystacks: list[str] | None = None
        self._terms: list[str] = []
        self._sort: tuple[int, bool] | None = None  # (column, descending)

    # ------------------------------------------------------------------------------------------ rows

    def set_rows(self, records: Iterable) -> None:
        """Replace every record (in their own order, e.g. display order); the search and sort stay."""
        self.beginResetModel()
        self._all = list(records)
        self._haystacks = None
        self._arrange()
        self.endResetModel()

    def replace_record(self, record: Any) -> None:
        """Put ``record`` in place of the record with its id, without a reset (an edit in place: the view keeps its
        current cell); the order is not redone until the next sort or search."""
        key = getattr(record, "id", None)
        self._all = [record if getattr(item, "id", None) == key else item for item in self._all]
        self._haystacks = None
        row = self._rows_by_id.get(key)
        if row is not None:
            self._rows[row] = record
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def records(self) -> list:
        """Every record, in the order given to ``set_rows`` (search and sort ignored)."""
        return list(self._all)

    def shown_records(self) -> list:
        """The records shown, top to bottom."""
        return list(self._rows)

    def record(self, row: int) -> Any | None:
        """The record shown in ``row``."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, record_id: object) -> int | None:
        """The row showing the record with ``id`` ``record_id``, or None when it is not shown."""
        return self._rows_by_id.get(record_id)

    def total_count(self) -> int:
        """How many records there are, shown or not."""
        return len(self._all)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """The records shown."""
        return 0 if parent.isValid() else len(self._rows)

    # ------------------------------------------------------------------------------------------ search, sort

    def set_search(self, text: str) -> None:
        """Show only records whose searchable columns contain every word of ``text`` (full-width folded, any case)."""
        terms = normalize_text(text).casefold().split()
        if terms == self._terms:
            return
        self.beginResetModel()
        self._terms = terms
        self._arrange()
        self.endResetModel()

    def search_terms(self) -> list[str]:
        """The words searched for."""
        return list(self._terms)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column`` (records with equal values keep their own order)."""
        if not 0 <= column < len(self._columns):
            return
        self.beginResetModel()
        self._sort = (column, order == Qt.SortOrder.DescendingOrder)
        self._arrange()
        self.endResetModel()

    def _haystack(self, position: int) -> str:
        if self._haystacks is None:
            searched = [column for column in self._columns if column.searchable]
            self._haystacks = ["\n".join(normalize_text(column.text(column.value_of(record))).casefold()
                                         for column in searched) for record in self._all]
        return self._haystacks[position]

    def _arrange(self) -> None:
        rows = list(self._all)
        if self._terms:
            rows = [record for position, record in enumerate(self._all)
                    if all(term in self._haystack(position) for term in self._terms)]
        if self._sort is not None:
            column, descending = self._columns[self._sort[0]], self._sort[1]
            key = column.sort_key or default_sort_key
            rows.sort(key=lambda record: key(column.value_of(record)), reverse=descending)
        self._rows = rows
        self._rows_by_id = {getattr(record, "id", None): row for row, record in enumerate(rows)}
