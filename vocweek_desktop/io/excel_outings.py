"""The 保卫处 list of approved outings (外出活动名单) as Excel, laid out to be printed and handed to the security
office: who leaves, when, where, how many, the lead teacher and phone, the vehicle — by date, a row per outing,
the day written once per group, totals at the end. A4 landscape, one page wide, the header repeated on every page,
page numbers below. Plain data in: the services query, this module lays out."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.io.excel_export import PAPER_A4, display_width, save_workbook, set_text

HEADER_FILL = "DDEBF7"
DAY_FILL = "F2F2F2"
FONT_SIZE = 11
# (key, header, width in Excel characters): about 139 width units print on A4 landscape at 9 pt or more.
COLUMNS: tuple[tuple[str, str, float], ...] = (
    ("day", "日期", 13), ("departure", "出发", 7), ("return", "返回", 11), ("number", "编号", 12),
    ("college", "学院", 14), ("title", "活动名称", 16), ("destination", "目的地及地址", 20),
    ("teachers", "教师", 5), ("students", "学生", 5), ("total", "合计", 5), ("lead_teacher", "带队教师", 8),
    ("lead_phone", "联系电话", 14), ("vehicle", "交通及车辆", 18),
)
COUNT_KEYS = ("teachers", "students", "total")




def write_security_list(path: str | Path, title: str, rows: Sequence[Mapping[str, object]]) -> Path:
    """One sheet: a title, a line of totals, then the outings (each a mapping of COLUMNS' keys, in order, the day
    given on every row and written once per day); written atomically."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    ws = workbook.active
    ws.title = "外出活动名单"
    last = get_column_letter(len(COLUMNS))
    thin = Side(style="thin", color="000000")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    font, bold = Font(size=FONT_SIZE), Font(size=FONT_SIZE, bold=True)
    centred = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrapped = Alignment(vertical="center", wrap_text=True)
    numbers = Alignment(horizontal="right", vertical="center")

    set_text(ws["A1"], title)
    ws["A1"].font = Font(size=15, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    ws.merge_cells(f"A1:{last}1")
    ws.row_dimensions[1].height = 28
    people = sum(int(row.get("total") or 0) for row in rows)
    set_text(ws["A2"], f"共 {len(rows)} 项外出活动，合计 {people} 人；按出发时间排列。")
    ws.merge_cells(f"A2:{last}2")
    ws.row_dimensions[2].height = 20

    header = 3
    for index, (_key, label, width) in enumerate(COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
        cell = ws.cell(row=header, column=index)
        set_text(cell, label)
        cell.font, cell.fill, cell.alignment, cell.border = bold, PatternFill("solid", fgColor=HEADER_FILL), \
            centred, border
    ws.row_dimensions[header].height = 24

    number = header
    previous_day = None
    for row in rows:
        number += 1
        lines = 1
        for index, (key, _label, width) in enumerate(COLUMNS, start=1):
            cell = ws.cell(row=number, column=index)
            value = row.get(key)
            if key == "day":
                if value == previous_day:
                    value = None
                else:
                    cell.fill = PatternFill("solid", fgColor=DAY_FILL)
            if value is not None and value != "":
                set_text(cell, value)
                if isinstance(value, str):
                    lines = max(lines, sum(-(-display_width(part) // max(int(width) - 1, 1)) or 1
                                           for part in value.split("\n")))
            cell.font, cell.border = font, border
            cell.alignment = numbers if key in COUNT_KEYS else wrapped
        previous_day = row.get("day")
        ws.row_dimensions[number].height = 15 * min(lines, 5) + 3
    if not rows:
        number += 1
        set_text(ws.cell(row=number, column=1), msg.OUTING_SECURITY_EMPTY)
        ws.merge_cells(f"A{number}:{last}{number}")
        ws.cell(row=number, column=1).alignment = centred
    else:
        number += 1
        set_text(ws.cell(row=number, column=1), "合计")
        for index, (key, _label, _width) in enumerate(COLUMNS, start=1):
            cell = ws.cell(row=number, column=index)
            if key in COUNT_KEYS:
                cell.value = sum(int(row.get(key) or 0) for row in rows)
                cell.alignment = numbers
            cell.font, cell.border = bold, border

    ws.freeze_panes = f"A{header + 1}"
    ws.print_title_rows = f"{header}:{header}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = PAPER_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.3
    ws.page_margins.top = ws.page_margins.bottom = 0.5
    ws.print_options.horizontalCentered = True
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    return save_workbook(workbook, Path(path))
