"""The week's report as a workbook: one sheet per table, a caption, the header, the rows and a 合计 row whose numbers
are values (computed by the service), never formulas; ratios are numbers shown as percentages."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from vocweek_desktop.domain.report import PERCENT, TEXT, ReportTable
from vocweek_desktop.io.excel_export import PAPER_A4, display_width, print_setup, save_workbook, set_text, sheet_name

PERCENT_FORMAT = "0.0%"


def write_report_workbook(path: str | Path, tables: Sequence[ReportTable], *, title: str) -> Path:
    """Write ``tables`` to ``path`` (atomically), one sheet each, in order."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    workbook.remove(workbook.active)
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    header_fill, total_fill = PatternFill("solid", fgColor="DDEBF7"), PatternFill("solid", fgColor="F2F2F2")
    used: set[str] = set()
    for table in tables:
        name = sheet_name(table.sheet, used)
        ws = workbook.create_sheet(name)
        caption = ws.cell(row=1, column=1)
        set_text(caption, f"{title}：{table.title}")
        caption.font = Font(size=14, bold=True)
        header_row = 2
        for index, column in enumerate(table.columns, start=1):
            cell = ws.cell(row=header_row, column=index)
            set_text(cell, column.header)
            cell.font, cell.fill, cell.border = Font(bold=True), header_fill, border
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        rows = list(table.rows) + ([table.total] if table.total is not None else [])
        for index, column in enumerate(table.columns, start=1):
            # One line per row (openpyxl cannot size a row to wrapped text, and LibreOffice then overlaps it): the
            # column is as wide as its longest text, within reason.
            longest = max([display_width(column.header), *(display_width(_shown(row[index - 1], column.kind))
                                                            for row in rows)])
            ws.column_dimensions[get_column_letter(index)].width = min(max(8.0, longest * 1.1 + 2), 60.0)
        for offset, values in enumerate(rows, start=1):
            is_total = table.total is not None and offset == len(rows)
            for index, (column, value) in enumerate(zip(table.columns, values, strict=True), start=1):
                cell = ws.cell(row=header_row + offset, column=index)
                set_text(cell, value if value != "" else None)
                cell.border = border
                if column.kind == PERCENT and isinstance(value, float):
                    cell.number_format = PERCENT_FORMAT
                if column.kind == TEXT:
                    cell.alignment = Alignment(vertical="center")
                if is_total:
                    cell.font, cell.fill = Font(bold=True), total_fill
        last = header_row + len(rows)
        if table.note:
            note = ws.cell(row=last + 2, column=1)
            set_text(note, table.note)
            note.font = Font(color="595959")
        ws.freeze_panes = ws.cell(row=header_row + 1, column=2)
        print_setup(ws, header_row, paper=PAPER_A4, landscape=len(table.columns) > 6)
    return save_workbook(workbook, Path(path))




def _shown(value: object, kind: str) -> str:
    if value is None:
        return ""
    if kind == PERCENT and isinstance(value, float):
        return f"{value * 100:.1f}%"
    return str(value)
