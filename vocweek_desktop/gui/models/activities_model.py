"""Table model of an edition's activities: rows read from SQL in windows, sorted and filtered in SQL.

The model never holds every row: it knows how many rows match (``count_activities``) and keeps a few windows of
``WINDOW`` rows (``fetch_activities(offset, limit)``), loading a window when the view first asks for one of its
rows and dropping the least recently used beyond ``MAX_WINDOWS``. Sorting re-queries; there is no
QSortFilterProxyModel (TRAPS.md: ≈ 39 s to sort 100,000 rows through one). Its columns are a Column spec, as
every other table's (records_model.py).
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from vocweek_desktop.domain.activities import NEEDS
from vocweek_desktop.domain.dates import format_datetime, format_day, format_time
from vocweek_desktop.domain.errors import NotFoundError, ValidationError, VocWeekError
from vocweek_desktop.gui.models.records_model import RIGHT, Column, ColumnsModel, no_tooltip
from vocweek_desktop.services import activities
from vocweek_desktop.services.activities import COLUMNS, EDITABLE_FIELDS, ActivityFilter, ActivityRow
from vocweek_desktop.store.engine import Database

_Index = QModelIndex | QPersistentModelIndex
COUNT_FIELDS = frozenset({"expected_teachers", "expected_students", "expected_public",
                          "actual_teachers", "actual_students", "actual_public"})
DATE_FIELDS = frozenset({"first_date", "last_date"})
TIME_FIELDS = frozenset({"start_time", "end_time"})
NEED_FIELDS = frozenset(NEEDS)
#: Text columns whose whole text is in the tooltip (it is often longer than the column).
LONG_TEXT_FIELDS = frozenset({"title", "description", "enterprises", "venue", "audience", "source"})
#: Column widths in average Chinese characters.
WIDTHS: dict[str, float] = {
    "organiser": 11, "title": 15, "category": 10, "theme_day": 4, "first_date": 7.5, "last_date": 7.5,
    "start_time": 4, "end_time": 4, "venue": 9, "off_campus": 4, "form": 5, "audience": 6,
    "expected_teachers": 4, "expected_students": 4, "expected_public": 4, "actual_teachers": 4,
    "actual_students": 4, "actual_public": 4, "enterprises": 12, "person_in_charge": 4, "phone": 7.5,
    "need_power": 3, "need_it": 4, "need_security": 3, "need_media": 4, "status": 3.5, "description": 14,
    "source": 8,
}
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


class ActivitiesModel(ColumnsModel):
    """Activities of one edition matching a filter, in SQL order, fetched window by window."""

    WINDOW = 500
    MAX_WINDOWS = 20

    #: An edit in place was saved: activity id, the old values and the new values of the fields that changed.
    edited = Signal(int, dict, dict)

    def __init__(self, parent=None):
        super().__init__(parent=parent)
        self._db: Database | None = None
        self._edition_id: int | None = None
        self._year: int | None = None
        self._week: tuple[dt.date, dt.date] | None = None
        self._filter = ActivityFilter()
        self._sort_key = "first_date"
        self._descending = False
        self._count = 0
        self._windows: OrderedDict[int, list[ActivityRow]] = OrderedDict()

    def build_columns(self) -> list[Column]:
        """Every field of services.activities.COLUMNS, in its order."""
        columns = []
        for position, (key, header) in enumerate(COLUMNS):
            spec: dict[str, object] = {"value": lambda row, position=position: row.values[position],
                                       "editable": key in EDITABLE_FIELDS, "width": WIDTHS.get(key),
                                       "copy": lambda value, key=key: copy_text(key, value)}
            if key in NEED_FIELDS:
                label, department = NEEDS[key]
                tip = self.tr("{0}需求 → {1}").format(label, department)
                spec |= {"check": True, "tooltip": lambda _value, tip=tip: tip,
                         "header_tooltip": self.tr("{0}需求，转{1}").format(label, department)}
            elif key not in LONG_TEXT_FIELDS:
                spec["tooltip"] = no_tooltip
            if key in DATE_FIELDS:
                spec["text"] = self._day
            elif key in TIME_FIELDS:
                spec["text"] = format_time
            elif key == "off_campus":
                outside, inside = self.tr("校外"), self.tr("校内")
                spec["text"] = lambda value, outside=outside, inside=inside: "" if value is None else (
                    outside if value else inside)
            elif key in COUNT_FIELDS:
                spec["align"] = RIGHT
            columns.append(Column(key, self.tr(header), **spec))
        return columns

    def _day(self, value: dt.date | None) -> str:
        return format_day(value, self._year)

    # ------------------------------------------------------------------------------------------ state

    def set_context(self, db: Database | None, edition_id: int | None, *, year: int | None = None,
                    week: tuple[dt.date, dt.date] | None = None, flt: ActivityFilter | None = None) -> None:
        """Show the activities of ``edition_id`` matching ``flt`` (rows outside ``week`` are flagged)."""
        self._db, self._edition_id, self._year, self._week = db, edition_id, year, week
        if flt is not None:
            self._filter = flt
        self.refresh()

    def set_filter(self, flt: ActivityFilter) -> None:
        """Show only the rows matching ``flt``."""
        if flt != self._filter:
            self._filter = flt
            self.refresh()

    def filter(self) -> ActivityFilter:
        """The filter in force."""
        return self._filter

    def sort_key(self) -> str:
        """The field the rows are sorted by."""
        return self._sort_key

    def descending(self) -> bool:
        """Whether the rows are sorted in descending order."""
        return self._descending

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
        """Numbers of the windows held in memory (window ``w`` holds rows ``w*WINDOW`` …; the benchmark's figure)."""
        return sorted(self._windows)

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
        self._windows[number] = rows
        while len(self._windows) > self.MAX_WINDOWS:
            self._windows.popitem(last=False)
        return rows

    def record(self, row: int) -> ActivityRow | None:
        """The activity shown in ``row`` (its window is read when not in memory)."""
        if not 0 <= row < self._count:
            return None
        rows = self._window(row // self.WINDOW)
        offset = row % self.WINDOW
        return rows[offset] if offset < len(rows) else None

    def activity_id(self, row: int) -> int | None:
        """The id of the activity in ``row``."""
        found = self.record(row)
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
                    self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Every matching row (their contents are read window by window)."""
        return 0 if parent.isValid() else self._count

    # ------------------------------------------------------------------------------------------ hooks

    def row_brush(self, record: ActivityRow) -> QBrush | None:
        """Rows outside the week are tinted."""
        return QBrush(OUTSIDE_WEEK_COLOR) if record.outside_week else None

    def row_tooltip(self, record: ActivityRow) -> str | None:
        """Rows outside the week say so, with the week's dates."""
        if not record.outside_week:
            return None
        if self._week is None:
            return self.tr("日期不在活动周内")
        return self.tr("日期不在活动周内（活动周：{0} 至 {1}）").format(format_day(self._week[0]),
                                                                   format_day(self._week[1]))

    def commit(self, row: int, record: ActivityRow, column: Column, value: object) -> bool:
        """Save one edited cell through the service (its rules may change other fields too: a one-day activity
        moved to another day ends that day); ``edited`` carries what changed, for undo."""
        if not self.write(record.id, {column.key: value}):
            return False
        shown = self.row_of(record.id)
        saved = self.record(shown) if shown is not None else None
        if saved is None:  # not among the rows in memory any more: what was asked for is what changed
            self.edited.emit(record.id, {column.key: column.value_of(record)}, {column.key: value})
            return True
        changed = [spec for spec in self._columns
                   if spec.editable and spec.value_of(saved) != spec.value_of(record)]
        if changed:  # nothing when the same value came back typed as text ("120" for 120, "" for none)
            self.edited.emit(record.id, {spec.key: spec.value_of(record) for spec in changed},
                             {spec.key: spec.value_of(saved) for spec in changed})
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
        if not 0 <= column < self.columnCount():
            return
        key, descending = self.column_key(column), order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort_key, self._descending):
            return
        self._sort_key, self._descending = key, descending
        self.beginResetModel()
        self._windows.clear()
        self.endResetModel()
