"""One row of a returned 附件1 (or of rows pasted from Excel) → the activity's typed fields and the cells that failed.

Pure: the import pipeline hands over the row's cells by field and where each field was found; nothing here
knows about workbooks, the database or Qt.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping

from vocweek_desktop.domain import parse_dates, parse_times
from vocweek_desktop.domain import parsing as p
from vocweek_desktop.domain.activities import COUNT_FIELDS, NEEDS
from vocweek_desktop.domain.problems import Problem, cell_name

TEXT_FIELDS = ("title", "venue", "audience", "person_in_charge", "description", "enterprises", "phone")
#: The activity's own columns, as stored and compared on re-import.
VALUE_FIELDS = ("title", "category", "theme_day", "first_date", "last_date", "start_time", "end_time", "venue",
                "off_campus", "form", "audience", *COUNT_FIELDS, "person_in_charge", "phone", *NEEDS,
                "description", "status")

_FAILED = object()


def field_cells(header_columns: Mapping[str, int], row: int) -> dict[str, str]:
    """The cell each field of ``row`` is reported at: its own column, else the column it was read from (a date
    and time cell, the title)."""
    cells = {key: cell_name(column, row) for key, column in header_columns.items()}
    title = cells.get("title", "")
    date_cell = cells.get("first_date") or cells.get("date_time") or title
    cells.setdefault("first_date", date_cell)
    cells.setdefault("last_date", cells.get("first_date", date_cell))
    time_cell = cells.get("date_time") or cells.get("first_date", date_cell)
    cells.setdefault("start_time", time_cell)
    cells.setdefault("end_time", cells.get("start_time", time_cell))
    for key in VALUE_FIELDS + ("enterprises", "college", "organiser"):
        cells.setdefault(key, title)
    return cells


def parse_activity_cells(values: Mapping[str, object], cells: Mapping[str, str], year: int,
                         sheet: str, row: int) -> tuple[dict[str, object], list[Problem]]:
    """Typed values from the cells of one row (only the fields the file has), and the cells that failed."""
    provided: dict[str, object] = {}
    problems: list[Problem] = []

    def attempt(key: str, parse: Callable[[], object]) -> object:
        try:
            return parse()
        except p.ParseError as error:
            problems.append(Problem(sheet, cells[key], str(error), row))
            return _FAILED

    for key in TEXT_FIELDS:
        if key in values:
            provided[key] = p.cell_text(values[key]) or ""
    for key, parser in (("category", p.parse_category), ("theme_day", p.parse_theme_day),
                        ("form", p.parse_form), ("status", p.parse_status)):
        if key in values:
            value = values[key]
            result = None if value is None else attempt(key, lambda v=value, f=parser: f(v))
            if result is not _FAILED:
                provided[key] = result
    for key in COUNT_FIELDS:
        if key in values:
            value = values[key]
            result = value if type(value) is int and value >= 0 else (
                None if value is None else attempt(key, lambda v=value: p.parse_count(v)))
            if result is not _FAILED:
                provided[key] = result
    for key in NEEDS:
        if key in values:
            value = values[key]
            result = None if value is None else attempt(key, lambda v=value: p.parse_bool(v))
            if result is not _FAILED:
                provided[key] = bool(result)
    if "off_campus" in values:
        value = values["off_campus"]
        result = None if value is None else attempt("off_campus", lambda v=value: p.parse_campus(v))
        if result is not _FAILED:
            provided["off_campus"] = bool(result)
    _dates(values, year, attempt, provided)
    return provided, problems


def _dates(values: Mapping[str, object], year: int, attempt, provided: dict[str, object]) -> None:
    """Fill the date and time fields of ``provided`` from whichever date/time cells the row has (none when one
    of them failed: the row is refused anyway, and a half-read date must not look like a change)."""
    first = last = start = end = None
    dates_ok = True
    for key in ("first_date", "date_time"):
        if key not in values:
            continue
        value = values[key]
        if isinstance(value, dt.datetime) and value.time() == dt.time(0):
            result = (value.date(), value.date(), None, None)
        elif isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            result = (value, value, None, None)
        else:
            result = attempt(key, lambda v=value: parse_dates.parse_schedule(v, year=year))
        if result is _FAILED:
            dates_ok = False
            continue
        day, until, begin, finish = result
        if first is None and day is not None:
            first, last = day, until
        start = start if start is not None else begin
        end = end if end is not None else finish
    if "last_date" in values and not p.is_blank_cell(values["last_date"]):
        value = values["last_date"]
        result = value.date() if isinstance(value, dt.datetime) else value if isinstance(value, dt.date) else \
            attempt("last_date", lambda v=value: parse_dates.parse_date(v, year=year))
        if result is _FAILED:
            dates_ok = False
        else:
            last = result
    if "start_time" in values and not p.is_blank_cell(values["start_time"]):
        value = values["start_time"]
        result = (value, None) if isinstance(value, dt.time) else \
            attempt("start_time", lambda v=value: parse_times.parse_time_range(v))
        if result is _FAILED:
            dates_ok = False
        else:
            start = result[0]
            if result[1] is not None and p.is_blank_cell(values.get("end_time")):
                end = result[1]
    if "end_time" in values and not p.is_blank_cell(values["end_time"]):
        value = values["end_time"]
        result = value if isinstance(value, dt.time) else attempt("end_time", lambda v=value: parse_times.parse_time(v))
        if result is _FAILED:
            dates_ok = False
        else:
            end = result
    if not dates_ok:
        return
    if "first_date" in values or "date_time" in values:
        provided["first_date"] = first
        if last is not None and first is not None and (last != first or "last_date" in values):
            provided["last_date"] = last
    if {"start_time", "end_time", "date_time"} & values.keys() or start is not None or end is not None:
        provided["start_time"], provided["end_time"] = start, end
