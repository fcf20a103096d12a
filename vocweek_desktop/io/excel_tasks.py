"""The departments' task lists (部门任务单) as Excel, laid out to be printed and handed to a department.

One sheet per department that an activity need is routed to (用电 → 后勤处, 安保 → 保卫处, …): a title, how many
activities, then a bordered table — one date column (one day, or first to last day), time, venue, activity,
organiser, person in charge and phone, on or off campus; the security department also gets the expected headcounts
with their totals. A4 landscape, fitted to the width, text at 11 pt that prints at 9 pt or more, the header repeated
on every page, page numbers below; the showcase day's booths under the tasks of 后勤处 and 保卫处. Also the
展位需求清单 for 后勤处, laid out the same way. Plain data in: the services query, this module lays out.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.activities import CAMPUS
from vocweek_desktop.domain.dates import format_day, format_time
from vocweek_desktop.io.excel_export import PAPER_A4, display_width, save_workbook, set_text, sheet_name

HEADER_FILL = "DDEBF7"
FONT_SIZE = 11
NO_TASKS = "（暂无需要承接的活动）"


@dataclass(frozen=True)
class DepartmentTasks:
    """What one department is asked to support.

    ``tasks``: one mapping per activity with first_date, last_date, start_time, end_time, venue, organiser, title,
    person_in_charge, phone, off_campus and the expected_teachers / _students / _public counts.
    ``headcounts``: print the expected headcounts (保卫处 plans its staff by them).
    ``booths``: the showcase day's booths this department serves (number, college, note), printed below the tasks
    under ``booths_title`` (the showcase day's date, time and venue added by the service).
    """

    department: str
    need: str
    tasks: Sequence[Mapping[str, object]]
    headcounts: bool = False
    booths: Sequence[Mapping[str, object]] = ()
    booths_title: str = msg.TASK_BOOTHS_TITLE_PLAIN


# (key, header, width in Excel characters). A4 landscape holds about 139 width units at 9 pt or more (margins of
# 0.3 inch; see tests/xlsx_print): the plain list takes 118, with the headcounts 132. One day (5月13日（周一）),
# a time span and a phone with an extension (028-37330105转8012) each fit one line.
TASK_COLUMNS: tuple[tuple[str, str, float], ...] = (
    ("day", "日期", 16), ("time", "时间", 12), ("venue", "活动地点", 16), ("title", "活动名称", 24),
    ("organiser", "组织单位", 16), ("person_in_charge", "负责人", 8), ("phone", "联系电话", 19),
    ("campus", "校内外", 7),
)
HEADCOUNT_GROUP = "预计人数"
HEADCOUNT_COLUMNS: tuple[tuple[str, str, float], ...] = (
    ("expected_teachers", "教师", 5), ("expected_students", "学生", 5), ("expected_public", "公众", 5),
    ("expected_total", "合计", 5),
)
# With the headcounts the text columns give up a little width, so the whole still prints at 9 pt.
_NARROWER_WITH_HEADCOUNTS = {"title": 20, "venue": 15, "organiser": 15}
BOOTH_COLUMNS: tuple[tuple[str, str], ...] = (("number", "展位号"), ("college", "学院"), ("note", "说明"))
# Which task columns each booth column spans (first, last; 1-based): the booth table is printed across the whole width
# of the sheet, so a college's full name and a note fit on one or two lines.
_BOOTH_SPANS = ((1, 1), (2, 4), (5, None))


def _columns(headcounts: bool) -> list[tuple[str, str, float]]:
    columns = [(key, label, _NARROWER_WITH_HEADCOUNTS.get(key, width) if headcounts else width)
               for key, label, width in TASK_COLUMNS]
    return columns + list(HEADCOUNT_COLUMNS) if headcounts else columns


def _total(task: Mapping[str, object]) -> int | None:
    counts = [task.get(key) for key in ("expected_teachers", "expected_students", "expected_public")]
    return sum(count for count in counts if isinstance(count, int)) if any(c is not None for c in counts) else None


def _cells(task: Mapping[str, object], year: int | None) -> dict[str, object]:
    start, end = task.get("start_time"), task.get("end_time")
    time = "-".join(format_time(t) for t in (start, end) if t is not None)
    off_campus = task.get("off_campus")
    first, last = task.get("first_date"), task.get("last_date")
    day = format_day(first, year) if first else ""
    if first and last and last != first:  # a span breaks after 至, not inside a date
        day = f"{day}至\n{format_day(last, year)}"
    return {
        "day": day,
        "time": time or "全天/未定", "venue": task.get("venue"), "title": task.get("title"),
        "organiser": task.get("organiser"), "person_in_charge": task.get("person_in_charge"),
        "phone": task.get("phone"), "campus": None if off_campus is None else CAMPUS[1] if off_campus else CAMPUS[0],
        "expected_teachers": task.get("expected_teachers"), "expected_students": task.get("expected_students"),
        "expected_public": task.get("expected_public"), "expected_total": _total(task),
    }




def _lines(value: object, width: float) -> int:
    """How many lines ``value`` wraps to in a column ``width`` Excel characters wide (its own breaks kept)."""
    if not isinstance(value, str) or not value:
        return 1
    return sum(-(-display_width(part) // max(int(width) - 1, 1)) or 1 for part in value.split("\n"))


def _write_sheet(ws, edition_title: str, year: int | None, item: DepartmentTasks) -> None:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    columns = _columns(item.headcounts)
    last = get_column_letter(len(columns))
    thin = Side(style="thin", color="000000")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    font, bold = Font(size=FONT_SIZE), Font(size=FONT_SIZE, bold=True)
    fill = PatternFill("solid", fgColor=HEADER_FILL)
    centred = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrapped = Alignment(vertical="center", wrap_text=True)
    numbers = Alignment(horizontal="right", vertical="center")

    def caption(row: int, text: str, size: float, height: float, **style) -> None:
        cell = ws.cell(row=row, column=1)
        set_text(cell, text)
        cell.font = Font(size=size, bold=style.pop("bold", False))
        cell.alignment = Alignment(vertical="center", **style)
        ws.merge_cells(f"A{row}:{last}{row}")
        ws.row_dimensions[row].height = height

    caption(1, f"{item.department}：{edition_title}活动保障任务清单（{item.need}）", 15, 28, bold=True,
            horizontal="center")
    summary = f"共 {len(item.tasks)} 项活动"
    if item.headcounts:
        total = sum(_total(task) or 0 for task in item.tasks)
        summary += f"，预计参与 {total} 人"
    caption(2, summary + "，按日期和开始时间排列。", FONT_SIZE, 20)

    # The header: one row, or two where 预计人数 stands over its four counts.
    header_rows = 2 if item.headcounts else 1
    first_header = 3
    for index, (key, label, width) in enumerate(columns, start=1):
        letter = get_column_letter(index)
        ws.column_dimensions[letter].width = width
        in_group = key in {k for k, _, _ in HEADCOUNT_COLUMNS}
        cell = ws.cell(row=first_header + (1 if in_group else 0), column=index)
        set_text(cell, label)
        if header_rows == 2 and not in_group:
            ws.merge_cells(f"{letter}{first_header}:{letter}{first_header + 1}")
    if item.headcounts:
        group = len(TASK_COLUMNS) + 1
        set_text(ws.cell(row=first_header, column=group), HEADCOUNT_GROUP)
        ws.merge_cells(start_row=first_header, start_column=group, end_row=first_header,
                       end_column=len(columns))
    last_header = first_header + header_rows - 1
    for row in ws.iter_rows(min_row=first_header, max_row=last_header, max_col=len(columns)):
        for cell in row:
            cell.font, cell.fill, cell.alignment, cell.border = bold, fill, centred, border
    ws.row_dimensions[last_header].height = 30 if header_rows == 1 else 18

    row_number = last_header
    for task in item.tasks:
        row_number += 1
        values = _cells(task, year)
        lines = 1
        for index, (key, _label, width) in enumerate(columns, start=1):
            cell = ws.cell(row=row_number, column=index)
            value = values.get(key)
            if value is not None and value != "":
                set_text(cell, value)
                lines = max(lines, _lines(value, width))
            cell.font, cell.border = font, border
            cell.alignment = numbers if isinstance(value, int) else wrapped
        ws.row_dimensions[row_number].height = 15 * min(lines, 4) + 3
    if not item.tasks:
        row_number += 1
        set_text(ws.cell(row=row_number, column=1), NO_TASKS)
        ws.merge_cells(f"A{row_number}:{last}{row_number}")
        for index in range(1, len(columns) + 1):
            ws.cell(row=row_number, column=index).border = border
        ws.cell(row=row_number, column=1).alignment = centred
        ws.row_dimensions[row_number].height = 22
    elif item.headcounts:
        row_number += 1
        set_text(ws.cell(row=row_number, column=1), "合计")
        for index, (key, _label, _width) in enumerate(columns, start=1):
            cell = ws.cell(row=row_number, column=index)
            if key in {k for k, _, _ in HEADCOUNT_COLUMNS}:
                cell.value = sum(_cells(task, year)[key] or 0 for task in item.tasks)
                cell.alignment = numbers
            cell.font, cell.border = bold, border
        ws.row_dimensions[row_number].height = 20

    if item.booths:
        row_number += 2
        caption(row_number, item.booths_title, 13, 24, bold=True)
        spans = [(first, last or len(columns)) for first, last in _BOOTH_SPANS]
        span_widths = [sum(width for _key, _label, width in columns[first - 1:last]) for first, last in spans]

        def booth_row(values: Sequence[object], style: Font, align: Alignment, filled: bool) -> None:
            lines = 1
            for (first, last), width, value in zip(spans, span_widths, values, strict=True):
                cell = ws.cell(row=row_number, column=first)
                set_text(cell, value)
                cell.font, cell.alignment = style, align
                if filled:
                    cell.fill = fill
                if last > first:
                    ws.merge_cells(start_row=row_number, start_column=first, end_row=row_number, end_column=last)
                for index in range(first, last + 1):  # a merged range shows the borders of all its cells
                    ws.cell(row=row_number, column=index).border = border
                lines = max(lines, _lines(value, width))
            ws.row_dimensions[row_number].height = 15 * min(lines, 4) + 3

        row_number += 1
        booth_row([label for _key, label in BOOTH_COLUMNS], bold, centred, True)
        for booth in item.booths:
            row_number += 1
            booth_row([booth.get(key) for key, _label in BOOTH_COLUMNS], font, wrapped, False)

    ws.freeze_panes = f"A{last_header + 1}"
    ws.print_title_rows = f"{first_header}:{last_header}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = PAPER_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.3
    ws.page_margins.top = ws.page_margins.bottom = 0.5
    ws.print_options.horizontalCentered = True
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"


# 展位号, 学院, 用电, 桌数, 椅数, 备注 (msg.LAYOUT_NEEDS_HEADER): A4 portrait prints them at 10 pt.
NEEDS_WIDTHS = (9, 28, 6, 6, 6, 30)


def write_booth_needs(path: str | Path, title: str, subtitle: str, rows: Sequence[Sequence[object]]) -> Path:
    """展位需求清单 for 后勤处, laid out to be printed: a title, when and where with the totals, a bordered table
    (booth, college, power 是/否, tables, chairs, notes) and a 合计 line; A4 portrait one page wide at 9 pt or more,
    the header on every page. ``rows``: (number, college, power, tables, chairs, notes) per booth."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    ws = workbook.active
    ws.title = "展位需求"
    columns = list(zip(msg.LAYOUT_NEEDS_HEADER, NEEDS_WIDTHS, strict=True))
    last = get_column_letter(len(columns))
    thin = Side(style="thin", color="000000")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    font, bold = Font(size=FONT_SIZE), Font(size=FONT_SIZE, bold=True)
    centred = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrapped = Alignment(vertical="center", wrap_text=True)
    numbers = Alignment(horizontal="right", vertical="center")
    for row, text, size, height in ((1, title, 15, 28), (2, subtitle, FONT_SIZE, 20)):
        cell = ws.cell(row=row, column=1)
        set_text(cell, text)
        cell.font = Font(size=size, bold=row == 1)
        cell.alignment = Alignment(horizontal="center" if row == 1 else "left", vertical="center")
        ws.merge_cells(f"A{row}:{last}{row}")
        ws.row_dimensions[row].height = height
    for column, (label, width) in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(column)].width = width
        cell = ws.cell(row=3, column=column)
        set_text(cell, label)
        cell.font, cell.alignment, cell.border = bold, centred, border
        cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
    ws.row_dimensions[3].height = 20
    row_number = 3
    for values in rows:
        row_number += 1
        lines = 1
        for column, ((_label, width), value) in enumerate(zip(columns, values, strict=True), start=1):
            cell = ws.cell(row=row_number, column=column)
            set_text(cell, value)
            cell.font, cell.border = font, border
            cell.alignment = numbers if isinstance(value, int) else centred if column == 3 else wrapped
            lines = max(lines, _lines(value, width))
        ws.row_dimensions[row_number].height = 15 * min(lines, 4) + 3
    row_number += 1
    totals = [msg.LAYOUT_NEEDS_TOTAL, msg.LAYOUT_NEEDS_COUNT.format(count=len(rows)), sum(1 for r in rows if r[2] == "是"),
              sum(r[3] or 0 for r in rows), sum(r[4] or 0 for r in rows), None]
    for column, value in enumerate(totals, start=1):
        cell = ws.cell(row=row_number, column=column)
        set_text(cell, value)
        cell.font, cell.border = bold, border
        cell.alignment = centred if column == 3 else numbers if isinstance(value, int) else wrapped
    ws.row_dimensions[row_number].height = 20
    ws.freeze_panes = "A4"
    ws.print_title_rows = "3:3"
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = PAPER_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.print_options.horizontalCentered = True
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    return save_workbook(workbook, Path(path))


def write_task_lists(path: str | Path, edition_title: str, departments: Sequence[DepartmentTasks], *,
                     year: int | None = None) -> Path:
    """One workbook with a sheet per department (dates without the year when it is ``year``); written atomically."""
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    used: set[str] = set()
    for item in departments:
        _write_sheet(workbook.create_sheet(sheet_name(item.department, used, "部门")), edition_title, year, item)
    if not departments:
        ws = workbook.create_sheet("任务清单")
        set_text(ws.cell(row=1, column=1), msg.EXPORT_NO_TASKS)
    return save_workbook(workbook, Path(path))
