"""Table model of an edition's activities: rows read from SQL in windows, sorted and filtered in SQL.

The model never holds every row: it knows how many rows match (``count_activities``) and keeps a few windows of
``WINDOW`` rows (``fetch_activities(offset, limit)``), loading a window when the view first asks for one of its
rows and dropping the least recently used beyond ``MAX_WINDOWS``. Sorting re-queries; there is no
QSortFilterProxyModel (TRAPS.md: ≈ 39 s to sort 100,000 rows through one).
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from vocweek_desktop.domain.activities import NEEDS
from vocweek_desktop.domain.dates import format_datetime, format_day, format_time
from vocweek_desktop.domain.errors import NotFoundError, ValidationError, VocWeekError
from vocweek_desktop.services import activities
from vocweek_desktop.services.activities import COLUMN_KEYS, COLUMNS, EDITABLE_FIELDS, ActivityFilter, ActivityRow
from vocweek_desktop.store.engine import Database

_Index = QModelIndex | QPersistentModelIndex
_VALUE_INDEX = {key: i for i, key in enumerate(COLUMN_KEYS)}
_HEADERS = dict(COLUMNS) | {"deleted_at": "删除时间"}
COUNT_FIELDS = frozenset({"expected_teachers", "expected_students", "expected_public",
                          "actual_teachers", "actual_students", "actual_public"})
DATE_FIELDS = frozenset({"first_date", "last_date"})
TIME_FIELDS = frozenset({"start_time", "end_time"})
NEED_FIELDS = frozenset(NEEDS)
#: Tint of a row whose dates fall outside the week (allowed, but flagged).
OUTSIDE_WEEK_COLOR = QColor("#fff1c7")


def organiser_key(organiser: tuple[str, int] | None) -> str | None:
    """A combo box's item data for an organiser ('college:3'): Qt compares Python tuples by identity only."""
    return f"{organiser[0]}:{organiser[1]}" if organiser is not None else None


def organiser_of(key: object) -> tuple[str, int] | None:
    """The (kind, id) of ``organiser_key``'s text."""
    if not isinstance(key, str) or ":" not in key:
        return None
    kind, _, number = key.partition(":")
    return kind, int(number)


def copy_text(key: str, value: object) -> str:
    """A value as it goes to the clipboard (and back in through a paste): ISO dates, 是/否, 校内/校外."""
    if value is None:
        return ""
    if key in NEED_FIELDS:
        return "是" if value else "否"
    if key == "off_campus":
        return "校外" if value else "校内"
    if isinstance(value, dt.datetime):
        return format_datetime(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return format_time(value)
    return str(value)


class ActivitiesModel(QAbstractTableModel):
    """Activities of one edition matching a filter, in SQL order, fetched window by window."""

    #: ``data(index, ValueRole)``: the stored Python value of a cell (date, time, bool, int, str or None).
    ValueRole = Qt.ItemDataRole.UserRole + 1
    #: ``data(index, RowRole)``: the ActivityRow of the cell's row.
    RowRole = Qt.ItemDataRole.UserRole + 2
    #: ``data(index, CopyRole)``: the cell as clipboard text.
    CopyRole = Qt.ItemDataRole.UserRole + 3

    WINDOW = 500
    MAX_WINDOWS = 20

    #: An edit in place was refused; the Chinese reason (the old value stays).
    edit_refused = Signal(str)
    #: An edit in place was saved: activity id, the old values and the new values of the changed fields.
    edited = Signal(int, dict, dict)

    def __init__(self, parent=None, *, columns: list[str] | None = None, deleted: bool = False,
                 editable: bool = True):
        super().__init__(parent)
        self._keys = list(columns) if columns is not None else list(COLUMN_KEYS)
        self._deleted = deleted
        self._editable = editable and not deleted
        self._db: Database | None = None
        self._edition_id: int | None = None
        self._year: int | None = None
        self._week: tuple[dt.date, dt.date] | None = None
        self._filter = ActivityFilter(deleted=deleted)
        self._sort_key = "deleted_at" if deleted else "first_date"
        self._descending = deleted
        self._count = 0
        self._windows: OrderedDict[int, list[ActivityRow]] = OrderedDict()
        self.windows_fetched = 0  # how many windows were read from the database (tests, benchmark)

    # ------------------------------------------------------------------------------------------ state

    def set_context(self, db: Database | None, edition_id: int | None, *, year: int | None = None,
                    week: tuple[dt.date, dt.date] | None = None, flt: ActivityFilter | None = None) -> None:
        """Show the activities of ``edition_id`` matching ``flt`` (rows outside ``week`` are flagged)."""
        self._db, self._edition_id, self._year, self._week = db, edition_id, year, week
        if flt is not None:
            self._filter = ActivityFilter(**{**flt.__dict__, "deleted": self._deleted})
        self.refresh()

    def set_filter(self, flt: ActivityFilter) -> None:
        """Show only the rows matching ``flt`` (the recycle bin flag is the model's own)."""
        flt = ActivityFilter(**{**flt.__dict__, "deleted": self._deleted})
        if flt != self._filter:
            self._filter = flt
            self.refresh()

    def filter(self) -> ActivityFilter:
        """The filter in force."""
        return self._filter

    def sort_state(self) -> tuple[str, bool]:
        """(sort key, descending)."""
        return self._sort_key, self._descending

    def refresh(self) -> None:
        """Count again and forget every loaded window (rows are read again when shown)."""
        self.beginResetModel()
        self._windows.clear()
        self._count = 0
        if self._db is not None and self._edition_id is not None:
            self._count = activities.count_activities(self._db, self._edition_id, self._filter)
        self.endResetModel()

    def matching_count(self) -> int:
        """How many rows match the filter (all of them are rows of the model)."""
        return self._count

    def loaded_windows(self) -> list[int]:
        """Numbers of the windows held in memory (window ``w`` holds rows ``w*WINDOW`` …)."""
        return sorted(self._windows)

    def column_key(self, column: int) -> str:
        """The field shown in ``column``."""
        return self._keys[column]

    def column_of(self, key: str) -> int:
        """The column showing ``key`` (-1 when not shown)."""
        return self._keys.index(key) if key in self._keys else -1

    def keys(self) -> list[str]:
        """The fields shown, in column order."""
        return list(self._keys)

    # ------------------------------------------------------------------------------------------ rows

    def _window(self, number: int) -> list[ActivityRow]:
        rows = self._windows.get(number)
        if rows is not None:
            self._windows.move_to_end(number)
            return rows
        if self._db is None or self._edition_id is None:
            return []
        rows = activities.fetch_activities(self._db, self._edition_id, self._filter, sort_key=self._sort_key,
                                           descending=self._descending, offset=number * self.WINDOW,
                                           limit=self.WINDOW)
        self.windows_fetched += 1
        self._windows[number] = rows
        while len(self._windows) > self.MAX_WINDOWS:
            self._windows.popitem(last=False)
        return rows

    def row(self, row: int) -> ActivityRow | None:
        """The activity shown in ``row`` (its window is read when not in memory)."""
        if not 0 <= row < self._count:
            return None
        rows = self._window(row // self.WINDOW)
        offset = row % self.WINDOW
        return rows[offset] if offset < len(rows) else None

    def activity_id(self, row: int) -> int | None:
        """The id of the activity in ``row``."""
        found = self.row(row)
        return found.id if found is not None else None

    def row_of(self, activity_id: int) -> int | None:
        """The row showing ``activity_id`` among the windows in memory, or None."""
        for number, rows in self._windows.items():
            for offset, found in enumerate(rows):
                if found.id == activity_id:
                    return number * self.WINDOW + offset
        return None

    def reload_rows(self, activity_ids: list[int]) -> None:
        """Read these activities again where they are shown (after an edit), keeping their places."""
        if self._db is None or self._edition_id is None:
            return
        fresh = {row.id: row for row in activities.activity_rows(self._db, self._edition_id, activity_ids)}
        for number, rows in self._windows.items():
            for offset, found in enumerate(rows):
                if found.id in fresh:
                    rows[offset] = fresh[found.id]
                    row = number * self.WINDOW + offset
                    self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._keys) - 1))

    def value(self, found: ActivityRow, key: str) -> object:
        """The stored value of one field of a row."""
        if key == "deleted_at":
            return found.deleted_at
        return found.values[_VALUE_INDEX[key]]

    def display(self, found: ActivityRow, key: str) -> str:
        """What a cell shows."""
        value = self.value(found, key)
        if value is None or key in NEED_FIELDS:
            return ""
        if key in DATE_FIELDS:
            return format_day(value, self._year)
        if key in TIME_FIELDS:
            return format_time(value)
        if key == "off_campus":
            return self.tr("校外") if value else self.tr("校内")
        if key == "deleted_at":
            return format_datetime(value)
        return str(value)

    def outside_week_text(self) -> str:
        """The tooltip of a row outside the week."""
        if self._week is None:
            return self.tr("日期不在活动周内")
        return self.tr("日期不在活动周内（活动周：{0} 至 {1}）").format(format_day(self._week[0]),
                                                                   format_day(self._week[1]))

    # ------------------------------------------------------------------------------------------ Qt

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Every matching row (their contents are read window by window)."""
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """One column per shown field."""
        return 0 if parent.isValid() else len(self._keys)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        """Text, check state, tint and tooltip of a cell."""
        if not index.isValid():
            return None
        found = self.row(index.row())
        if found is None:
            return None
        key = self._keys[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(found, key)
        if role == Qt.ItemDataRole.EditRole or role == self.ValueRole:
            return self.value(found, key)
        if role == Qt.ItemDataRole.CheckStateRole and key in NEED_FIELDS:
            return Qt.CheckState.Checked if self.value(found, key) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole and found.outside_week:
            return QBrush(OUTSIDE_WEEK_COLOR)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(found, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in COUNT_FIELDS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.RowRole:
            return found
        if role == self.CopyRole:
            return copy_text(key, self.value(found, key))
        return None

    def _tooltip(self, found: ActivityRow, key: str) -> str | None:
        parts = []
        if found.outside_week:
            parts.append(self.outside_week_text())
        if key in NEED_FIELDS:
            label, department = NEEDS[key]
            parts.append(self.tr("{0}需求 → {1}").format(label, department))
        elif key in ("title", "description", "enterprises", "venue", "audience", "source"):
            text = self.display(found, key)
            if text:
                parts.append(text)
        return "\n".join(parts) if parts else None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        """Chinese column headers; rows are numbered from 1."""
        if orientation == Qt.Orientation.Horizontal:
            key = self._keys[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr(_HEADERS[key])
            if role == Qt.ItemDataRole.ToolTipRole and key in NEED_FIELDS:
                label, department = NEEDS[key]
                return self.tr("{0}需求，转{1}").format(label, department)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Editable fields can be edited in place; the needs are check boxes."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        key = self._keys[index.column()]
        if self._editable and key in EDITABLE_FIELDS:
            flags |= Qt.ItemFlag.ItemIsUserCheckable if key in NEED_FIELDS else Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """Save one edited cell through the service; a refused value is reported and the cell keeps its value."""
        if not index.isValid() or not self._editable or self._db is None:
            return False
        key = self._keys[index.column()]
        if key not in EDITABLE_FIELDS:
            return False
        if key in NEED_FIELDS:
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        found = self.row(index.row())
        if found is None:
            return False
        changes = {key: value}
        if key == "first_date" and isinstance(value, dt.date):
            first, last = self.value(found, "first_date"), self.value(found, "last_date")
            if first == last:  # a one-day activity moves as a whole
                changes["last_date"] = value
        old = {name: self.value(found, name) for name in changes}
        if all(old[name] == changes[name] for name in changes):
            return True
        if not self.write(found.id, changes):
            return False
        row = self.row_of(found.id)
        saved = self.row(row) if row is not None else None
        if saved is not None and all(self.value(saved, name) == old[name] for name in changes):
            return True  # the same value again, as typed text ("120" for 120, "" for none): nothing to undo
        self.edited.emit(found.id, old, changes)
        return True

    def write(self, activity_id: int, changes: dict[str, object]) -> bool:
        """Save ``changes`` of one activity (an edit, or its undo) and show the saved row; False when refused."""
        try:
            activities.update_activity(self._db, activity_id, self._service_values(changes))
        except ValidationError as exc:
            messages = [exc.fields[name] for name in changes if name in exc.fields]
            self.edit_refused.emit("；".join(messages) if messages else str(exc))
            return False
        except (NotFoundError, VocWeekError) as exc:
            self.edit_refused.emit(str(exc))
            return False
        self.reload_rows([activity_id])
        return True

    @staticmethod
    def _service_values(changes: dict[str, object]) -> dict[str, object]:
        values = dict(changes)  # enterprises may stay text: the domain splits it at 、，, ；
        if "enterprises" in values and values["enterprises"] is None:
            values["enterprises"] = []
        if "theme_day" in values and not values["theme_day"]:
            values["theme_day"] = None
        return values

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column`` in SQL; the rows are read again from the top."""
        if not 0 <= column < len(self._keys):
            return
        key, descending = self._keys[column], order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort_key, self._descending):
            return
        self._sort_key, self._descending = key, descending
        self.beginResetModel()
        self._windows.clear()
        self.endResetModel()
