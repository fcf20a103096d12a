"""Writing tables to Excel so that any user text is shown as text and never run as a formula."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

FORMULA_PREFIXES = ("=", "+", "-", "@")


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
