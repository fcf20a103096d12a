"""Writing tables to Excel so that any user text is shown as text and never run as a formula."""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

PAPER_A4 = "9"  # openpyxl's Worksheet.PAPERSIZE_A4 (write-only sheets lack the constant)
PAPER_A3 = "8"
DATE_FORMAT = "yyyy-mm-dd"
TIME_FORMAT = "hh:mm"
HEADER_LINE_HEIGHT = 15.0  # points per line of a wrapped, bold 11-point header


def display_width(text: object) -> int:
    """How many Excel width units ``text`` takes: two for a Chinese (wide) character, one for others."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in str(text))


def sheet_name(name: str, used: set[str], fallback: str = "表") -> str:
    """A sheet name Excel accepts for ``name`` (at most 31 characters, none of []:*?/\\), made unique among
    ``used`` with (2), (3)… and added to it: openpyxl refuses the characters with a bare ValueError."""
    base = re.sub(r"[\[\]:*?/\\]", "_", name)[:31] or fallback
    title, number = base, 2
    while title in used:
        suffix = f"({number})"
        title, number = base[: 31 - len(suffix)] + suffix, number + 1
    used.add(title)
    return title


def set_text(cell, value: object) -> None:
    """Assign ``value`` to an openpyxl cell; a string is always stored as a string, never as a formula."""
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"


def write_sheet(ws, header: Sequence[str], rows: Iterable[Sequence[object]], widths: Sequence[float] | None = None,
                start_row: int = 1) -> int:
    """Write a header and rows into ``ws`` from ``start_row``; returns the last row written."""
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    for column, title in enumerate(header, start=1):
        cell = ws.cell(row=start_row, column=column)
        set_text(cell, title)
        cell.font = bold
        cell.fill = fill
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    row_number = start_row
    for row_number, row in enumerate(rows, start=start_row + 1):
        for column, value in enumerate(row, start=1):
            set_text(ws.cell(row=row_number, column=column), value)
    for column, width in enumerate(widths or [], start=1):
        ws.column_dimensions[get_column_letter(column)].width = width
    ws.freeze_panes = ws.cell(row=start_row + 1, column=1)
    return row_number


def write_table(path: Path, sheet_title: str, header: Sequence[str], rows: Iterable[Sequence[object]],
                widths: Sequence[float] | None = None) -> Path:
    """A one-sheet workbook with a header row and the rows; written to a temporary name, then moved into place."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = sheet_title
    write_sheet(sheet, header, rows, widths)
    return save_workbook(workbook, path)


def save_workbook(workbook, path: Path) -> Path:
    """Save atomically: a failed save never leaves a half-written file under the user's name."""
    from vocweek_desktop.files import atomic_path

    with atomic_path(path) as partial:
        workbook.save(partial)
    return Path(path)


def print_setup(ws, header_row: int, *, paper: str = PAPER_A4, landscape: bool = True) -> None:
    """Print one page wide (as many pages down as needed), repeating the rows up to ``header_row`` on every page."""
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = paper
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def write_rows_sheet(workbook, title: str, header: Sequence[str], rows: Iterable[Sequence[object]],
                     widths: Sequence[float], *, caption: str | None = None, formats: Mapping[int, str] | None = None,
                     hidden_columns: Sequence[int] = ()) -> int:
    """Append a write-only sheet: optional caption row, header, rows (user text kept as text); returns rows written."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    ws = workbook.create_sheet(title)
    for column, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(column)].width = width
    for column in hidden_columns:
        ws.column_dimensions[get_column_letter(column + 1)].hidden = True
    header_row = 2 if caption else 1
    # A header wider than its column wraps; without a row height LibreOffice (and Excel when printing) draws the
    # wrapped lines over the rows around it.
    lines = max((math.ceil(display_width(text) / max(width - 1, 1))
                 for text, width in zip(header, widths, strict=False) if text), default=1)  # widths may be fewer
    if lines > 1:
        ws.row_dimensions[header_row].height = HEADER_LINE_HEIGHT * lines
    # A write-only sheet writes its properties and views with the first row: set them all before appending.
    ws.freeze_panes = f"A{header_row + 1}"
    print_setup(ws, header_row)
    if caption:
        cell = WriteOnlyCell(ws)
        set_text(cell, caption)
        cell.font = Font(size=14, bold=True)
        ws.append([cell])
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")
    centred = Alignment(horizontal="center", vertical="center", wrap_text=True)
    cells = []
    for text in header:
        cell = WriteOnlyCell(ws)
        set_text(cell, text)
        cell.font, cell.fill, cell.alignment = bold, fill, centred
        cells.append(cell)
    ws.append(cells)
    formats = dict(formats or {})
    count = 0
    for row in rows:
        cells = []
        for column, value in enumerate(row):
            cell = WriteOnlyCell(ws)
            set_text(cell, value)
            if column in formats and value is not None and not isinstance(value, str):
                cell.number_format = formats[column]
            cells.append(cell)
        ws.append(cells)
        count += 1
    ws.auto_filter.ref = f"A{header_row}:{get_column_letter(max(len(header), 1))}{header_row + count}"
    return count


def write_error_rows(path: str | Path, sheet: str, labels: Sequence[str], rows: Iterable[tuple[int, Sequence, str]],
                     *, problems_header: str, row_header: str = "原行号", wide_column: int | None = None) -> Path:
    """The rows an import refused, for the sender to fix: the row number, its problems, then the original cells
    under the original header (the column ``wide_column``, the one that names a row, made wider)."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    header = [row_header, problems_header, *labels]
    widths = [8, 48, *[26 if i == wide_column else 14 for i in range(len(labels))]]
    body = ([number, problems, *values] for number, values, problems in rows)
    write_rows_sheet(workbook, sheet[:31], header, body, widths)
    return save_workbook(workbook, Path(path))
