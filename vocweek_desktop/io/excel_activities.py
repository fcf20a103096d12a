"""附件1 活动信息表 as Excel: the template a college fills in, the reader of what comes back, and the exports.

Plain data in and out: the services query the database and pass rows here; nothing in this module touches
the database. Every user string is written through ``excel_export.set_text`` so text that starts with
``= + - @`` stays text.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.activities import CAMPUS, CATEGORIES, FORMS, NEEDS, THEME_DAYS
from vocweek_desktop.io.excel_export import save_workbook, set_text
from vocweek_desktop.io.excel_safety import (
    MAX_ROWS,
    ReadCancelled,
    WorkbookError,
    merged_ranges,
    open_workbook,
    stream_rows,
)

SHEET_TITLE = "活动信息表"
LIST_SHEET_TITLE = "下拉选项"
EXAMPLE_MARK = "示例"
YES, NO = "是", "否"
HEADER_SCAN_ROWS = 30  # the header is looked for in this many rows at the top of a sheet
CHECK_EVERY = 256  # rows between progress reports / cancel checks

# The template's columns, in order; the row id column comes last and is hidden.
TEMPLATE_FIELDS: tuple[str, ...] = (
    "seq", "title", "category", "theme_day", "first_date", "last_date", "start_time", "end_time", "venue",
    "off_campus", "form", "audience", "expected_teachers", "expected_students", "expected_public", "enterprises",
    "person_in_charge", "phone", "need_power", "need_it", "need_security", "need_media", "description", "row_uid",
)
# Long texts wrap in their cells, so the 23 columns still fit an A4 landscape page at a readable scale.
COLUMN_WIDTHS: dict[str, float] = {
    "seq": 6, "title": 26, "category": 14, "theme_day": 8, "first_date": 11.5, "last_date": 11.5, "start_time": 8,
    "end_time": 8, "venue": 16, "off_campus": 8, "form": 10, "audience": 14, "expected_teachers": 8,
    "expected_students": 8, "expected_public": 8, "enterprises": 20, "person_in_charge": 9, "phone": 14,
    "need_power": 7, "need_it": 7, "need_security": 7, "need_media": 7, "description": 30, "row_uid": 34,
}
PAPER_A4 = "9"  # openpyxl's Worksheet.PAPERSIZE_A4 (write-only sheets lack the constant)
DATE_FORMAT = "yyyy-mm-dd"
TIME_FORMAT = "hh:mm"
TEMPLATE_SPARE_ROWS = 300  # rows below the data that get the dropdowns

_FOOTER = re.compile(r"^(注|备注|说明|填表人|填报人|制表人|审核人|审批人|联系人|联系电话|负责人签字|签字|盖章|日期)\s*:")
_COLLEGE_LABEL = re.compile(r"^(?:学院|二级学院|学院名称|所属学院|填报学院|单位|填报单位|单位名称)"
                            r"(?:\s*[（(][^)）]*[)）])?\s*[:：]\s*(.*)$")
_YEAR = re.compile(r"(20\d{2})\s*年")
_COUNT_WORDS = {"教师": "教师", "老师": "教师", "学生": "学生", "公众": "公众", "社会公众": "公众", "群众": "公众",
                "社会人员": "公众", "校外人员": "公众"}


@dataclass(frozen=True)
class TemplateInfo:
    """What a template's title rows and instructions say about the edition."""

    year: int
    title: str
    week_start: dt.date
    week_end: dt.date
    deadline: dt.datetime | None = None
    office: str = "教务处"
    contact: str = ""



def _print_a4_landscape(ws, header_row: int) -> None:
    """Print on A4 landscape, one page wide, repeating the header row on every page."""
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = PAPER_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True

def header_label(key: str) -> str:
    """The header the template writes for a field: the canonical name of ``parsing.HEADER_ALIASES``."""
    from vocweek_desktop.domain.parsing import HEADER_ALIASES

    return HEADER_ALIASES[key][0]


def _text(value: object) -> str:
    if value is None:
        return ""
    return unicodedata.normalize("NFKC", str(value)).strip()


def _yes_no(value: object) -> str:
    return YES if value else NO


def _instructions(info: TemplateInfo) -> str:
    deadline = ""
    if info.deadline is not None:
        deadline = f"请于{info.deadline.month}月{info.deadline.day}日{info.deadline:%H:%M}前报{info.office}"
        deadline += f"（{info.contact}）。" if info.contact else "。"
    week = f"{info.week_start.month}月{info.week_start.day}日至{info.week_end.month}月{info.week_end.day}日"
    return (
        f"填写说明：1. 每行填写一项活动，活动周为{week}；灰色“{EXAMPLE_MARK}”行仅供参考，可保留，导入时自动忽略。"
        "2. 活动类别、主题日、活动日期、校内/校外、线上/线下及四项需求请从下拉列表中选择；多日活动（如展览、云上活动）"
        "请填写结束日期，单日活动可不填。3. 时间写作 9:30，人数填写数字；合作企业有多家时用顿号“、”分隔。"
        "4. 请勿修改表头，勿删除或改动最右侧的隐藏列（行ID），它用于再次导入时更新原有的行。" + deadline
    )


def _example_row(info: TemplateInfo) -> dict[str, object]:
    day = info.week_start + dt.timedelta(days=1) if info.week_end > info.week_start else info.week_start
    return {
        "seq": EXAMPLE_MARK, "title": msg.TEMPLATE_EXAMPLE_TITLE, "category": CATEGORIES[0], "theme_day": THEME_DAYS[0],
        "first_date": day, "last_date": None, "start_time": dt.time(9, 30), "end_time": dt.time(11, 30),
        "venue": "东区科技广场", "off_campus": False, "form": FORMS[0], "audience": "校内师生、社会公众",
        "expected_teachers": 10, "expected_students": 200, "expected_public": 50,
        "enterprises": "四川某某智能科技有限公司", "person_in_charge": "张老师", "phone": "028-37330000",
        "need_power": True, "need_it": False, "need_security": True, "need_media": True,
        "description": "（简要介绍活动内容、亮点与面向对象）", "row_uid": EXAMPLE_MARK,
    }


def _cell_value(key: str, value: object) -> object:
    if key == "off_campus":
        return None if value is None else CAMPUS[1] if value else CAMPUS[0]
    if key in NEEDS:
        return _yes_no(value)
    if key == "enterprises" and not isinstance(value, str) and value is not None:
        return "、".join(value)
    if isinstance(value, str) and not value:
        return None
    return value


def _display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _write_row(ws, row: int, values: Mapping[str, object], styles: dict[str, object]) -> None:
    lines = 1
    for column, key in enumerate(TEMPLATE_FIELDS, start=1):
        cell = ws.cell(row=row, column=column)
        value = _cell_value(key, values.get(key))
        if value is not None:
            set_text(cell, value)
            if isinstance(value, str) and key != "row_uid":
                lines = max(lines, -(-_display_width(value) // max(int(COLUMN_WIDTHS[key]) - 1, 1)))
        if key in ("first_date", "last_date"):
            cell.number_format = DATE_FORMAT
        elif key in ("start_time", "end_time"):
            cell.number_format = TIME_FORMAT
        for name, style in styles.items():
            setattr(cell, name, style)
    if lines > 1:  # openpyxl cannot autofit: give wrapped text the lines it needs (at most six)
        ws.row_dimensions[row].height = 15 * min(lines, 6)


def write_template(path: str | Path, info: TemplateInfo, college: str,
                   activities: Iterable[Mapping[str, object]] = ()) -> Path:
    """Write one college's 附件1 template, prefilled with ``activities`` (field → typed value, ``row_uid`` included)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    workbook = Workbook()
    ws = workbook.active
    ws.title = SHEET_TITLE
    last_column = len(TEMPLATE_FIELDS) - 1  # the hidden row id column is not part of the title area
    last_letter = get_column_letter(last_column)
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)

    set_text(ws["A1"], "附件1")
    ws["A1"].font = Font(size=11, bold=True)
    title = info.title if str(info.year) in info.title else f"{info.year}年{info.title}"
    set_text(ws["A2"], f"{title}活动信息表")
    ws.merge_cells(f"A2:{last_letter}2")
    ws["A2"].font = Font(size=16, bold=True)
    ws["A2"].alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[2].height = 30
    set_text(ws["A3"], f"学院：{college}")
    ws.merge_cells("A3:F3")
    ws["A3"].font = Font(size=12, bold=True)
    set_text(ws["A4"], _instructions(info))
    ws.merge_cells(f"A4:{last_letter}4")
    ws["A4"].alignment = Alignment(wrap_text=True, vertical="top")
    ws["A4"].font = Font(size=10, color="404040")
    ws.row_dimensions[4].height = 58

    header_row = 5
    header_font = Font(bold=True)
    header_fill = PatternFill("solid", fgColor="DDEBF7")
    for column, key in enumerate(TEMPLATE_FIELDS, start=1):
        cell = ws.cell(row=header_row, column=column)
        set_text(cell, header_label(key))
        cell.font = header_font
        cell.fill = header_fill
        cell.border = border
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.column_dimensions[get_column_letter(column)].width = COLUMN_WIDTHS[key]
    ws.row_dimensions[header_row].height = 32
    ws.column_dimensions[get_column_letter(len(TEMPLATE_FIELDS))].hidden = True

    wrapped = Alignment(wrap_text=True, vertical="center")
    example_styles = {"font": Font(italic=True, color="7F7F7F"), "fill": PatternFill("solid", fgColor="EDEDED"),
                      "border": border, "alignment": wrapped}
    _write_row(ws, header_row + 1, _example_row(info), example_styles)
    first_data = header_row + 2
    row = first_data
    data_styles = {"border": border, "alignment": wrapped}
    for number, values in enumerate(activities, start=1):
        values = {**values, "seq": number}
        if values.get("last_date") == values.get("first_date"):
            values["last_date"] = None  # single day: left blank, so changing the date is one edit
        _write_row(ws, row, values, data_styles)
        row += 1
    # Spare rows get the dropdowns but no formatting: formatted empty rows would print as blank pages.
    last_row = max(row, first_data) + TEMPLATE_SPARE_ROWS

    lists = workbook.create_sheet(LIST_SHEET_TITLE)
    days = [info.week_start + dt.timedelta(days=i) for i in range((info.week_end - info.week_start).days + 1)]
    columns = {"category": CATEGORIES, "theme_day": THEME_DAYS, "date": days, "campus": CAMPUS, "form": FORMS,
               "yes_no": (YES, NO)}
    headers = {"category": "活动类别", "theme_day": "主题日", "date": "活动日期", "campus": "校内/校外",
               "form": "线上/线下", "yes_no": "是/否"}
    ranges: dict[str, str] = {}
    for column, (name, items) in enumerate(columns.items(), start=1):
        letter = get_column_letter(column)
        set_text(lists.cell(row=1, column=column), headers[name])
        for index, item in enumerate(items, start=2):
            cell = lists.cell(row=index, column=column)
            set_text(cell, item)
            if isinstance(item, dt.date):
                cell.number_format = DATE_FORMAT
        ranges[name] = f"'{LIST_SHEET_TITLE}'!${letter}$2:${letter}${len(items) + 1}"
    lists.sheet_state = "hidden"

    def validation(list_name: str, keys: Sequence[str], strict: bool = True) -> None:
        rule = DataValidation(type="list", formula1=ranges[list_name], allow_blank=True,
                              showErrorMessage=strict, errorTitle="请从下拉列表中选择",
                              error="请从下拉列表中选择一项（可留空）。")
        for key in keys:
            letter = get_column_letter(TEMPLATE_FIELDS.index(key) + 1)
            rule.add(f"{letter}{header_row + 1}:{letter}{last_row}")
        ws.add_data_validation(rule)

    validation("category", ["category"])
    validation("theme_day", ["theme_day"])
    validation("date", ["first_date", "last_date"], strict=False)  # a date outside the week is allowed
    validation("campus", ["off_campus"])
    validation("form", ["form"])
    validation("yes_no", list(NEEDS))

    ws.freeze_panes = ws.cell(row=header_row + 1, column=3)
    _print_a4_landscape(ws, header_row)
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.5
    ws.print_options.horizontalCentered = True
    workbook.active = 0
    return save_workbook(workbook, Path(path))


# --- reading --------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Header:
    """Where the header is and which column holds which field (0-based column indexes)."""

    row: int  # first header row (1-based)
    last_row: int  # last header row: ``row`` or ``row + 1`` for a header over two rows
    columns: dict[str, int]
    labels: tuple[str, ...]  # the header text of every column, as written (two-row headers joined by "/")
    unknown: tuple[str, ...] = ()
    duplicates: tuple[tuple[str, tuple[int, ...]], ...] = ()


@dataclass(frozen=True)
class RawRow:
    """A data row as read: its Excel row number and cell values (0-based by column)."""

    number: int
    values: tuple

    def get(self, column: int | None) -> object:
        """The value in a column (None beyond the row's end or when the column is absent)."""
        if column is None or column >= len(self.values):
            return None
        return self.values[column]


@dataclass
class SheetRead:
    """What was read from an activity workbook: sheet, header, college and year of the title rows, the data rows."""

    file: Path
    sheet: str
    header: Header
    college: str | None = None
    college_cell: str | None = None
    year: int | None = None
    year_cell: str | None = None
    rows: list[RawRow] = field(default_factory=list)
    examples: list[int] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)


def cell_name(column: int, row: int) -> str:
    """``F7`` for 0-based column 5 of row 7."""
    from openpyxl.utils import get_column_letter

    return f"{get_column_letter(column + 1)}{row}"


def _match(text: str) -> str | None:
    from vocweek_desktop.domain.parsing import match_header

    return match_header(text) if text else None


def _count_header(group: str, bottom: str) -> str | None:
    word = _COUNT_WORDS.get(bottom.replace("数", "").replace("人", ""))
    if word is None or not any(mark in group for mark in ("人数", "参与", "预计", "实际", "规模")):
        return None
    return f"{'实际' if '实际' in group else '预计'}参与{word}数"


def _map_single(values: Sequence[object]) -> tuple[dict[str, int], list[str]]:
    columns: dict[str, int] = {}
    labels = []
    for column, value in enumerate(values):
        text = _text(value)
        labels.append(text)
        key = _match(text)
        if key is not None and key not in columns:
            columns[key] = column
    return columns, labels


def _map_double(top: Sequence[object], bottom: Sequence[object]) -> tuple[dict[str, int], list[str]]:
    columns: dict[str, int] = {}
    labels = []
    group = ""
    for column in range(max(len(top), len(bottom))):
        upper = _text(top[column]) if column < len(top) else ""
        lower = _text(bottom[column]) if column < len(bottom) else ""
        if upper:
            group = upper
        elif not lower:
            group = ""
        if not lower:
            candidates = [upper]
            labels.append(upper)
        else:
            labels.append(f"{group}/{lower}" if group else lower)
            tail = group[-2:] if len(group) >= 2 else ""
            candidates = [lower, f"{group}{lower}", f"{lower}{tail}", _count_header(group, lower) or ""]
        for text in candidates:
            key = _match(text) if text else None
            if key is not None and key not in columns:
                columns[key] = column
                break
    return columns, labels


def find_header(rows: Sequence[tuple[int, tuple]]) -> Header | None:
    """The header among the first rows of a sheet: the row (or two rows) naming the most known columns.

    A header must name the title column and at least one more; a two-row header is taken only when it
    names more columns than its first row alone.
    """
    best: tuple[int, Header] | None = None
    singles = [_map_single(values) for _, values in rows]
    for index, (number, values) in enumerate(rows):
        single, labels = singles[index]
        candidates = [(len(single), single, labels, number)]
        if index + 1 < len(rows) and rows[index + 1][0] == number + 1:
            double, double_labels = _map_double(values, rows[index + 1][1])
            # A title or note row above a one-row header would "combine" with it to the same columns.
            if len(double) > max(len(single), len(singles[index + 1][0])):
                candidates.append((len(double), double, double_labels, number + 1))
        for score, columns, labels, last in candidates:
            if "title" not in columns or score < 2:
                continue
            if best is None or score > best[0]:
                mapped = set(columns.values())
                unknown = tuple(text for column, text in enumerate(labels) if text and column not in mapped)
                best = (score, Header(row=number, last_row=last, columns=columns, labels=tuple(labels),
                                      unknown=unknown))
    if best is None:
        return None
    header = best[1]
    duplicates = []
    source = [values for number, values in rows if number == header.row]
    if source and header.last_row == header.row:
        seen: dict[str, list[int]] = {}
        for column, value in enumerate(source[0]):
            key = _match(_text(value))
            if key is not None:
                seen.setdefault(key, []).append(column)
        duplicates = [(key, tuple(cols)) for key, cols in seen.items() if len(cols) > 1]
    return Header(row=header.row, last_row=header.last_row, columns=header.columns, labels=header.labels,
                  unknown=header.unknown, duplicates=tuple(duplicates))


def _title_facts(rows: Iterable[tuple[int, tuple]]) -> tuple[str | None, str | None, int | None, str | None]:
    college = college_cell = year_cell = None
    year = None
    for number, values in rows:
        for column, value in enumerate(values):
            text = _text(value)
            if not text:
                continue
            if college is None:
                found = _COLLEGE_LABEL.match(text)
                if found:
                    name = re.split(r"\s{2,}|\s+\S{1,6}[:：]", found.group(1).strip())[0].strip()
                    if not name:  # 学院：| 智能制造学院 — the name in the next filled cell
                        name = next((_text(v) for v in values[column + 1:] if _text(v)), "")
                    if name:
                        college, college_cell = name, cell_name(column, number)
            if year is None:
                found = _YEAR.search(text)
                if found:
                    year, year_cell = int(found.group(1)), cell_name(column, number)
    return college, college_cell, year, year_cell


def is_example(row: RawRow, header: Header) -> bool:
    """The template's example row (a title that starts with 示例, or 序号 / row id 示例 with no title), left in by
    the college. A real title typed over the example row makes it an activity: colleges do write over it."""
    title = _text(row.get(header.columns.get("title"))).lstrip("(（【[ ")
    if title.startswith(("示例", "样例", "例:", "例：")):
        return True
    if title:
        return False
    for key in ("seq", "row_uid"):
        text = _text(row.get(header.columns.get(key))).strip("()（）【】[]:： ")
        if text in ("示例", "例", "样例", "举例", "示例行", "example"):
            return True
    return False


def is_blank(row: RawRow, header: Header) -> bool:
    """No value in any known column except 序号 and the row id (a pre-numbered empty row)."""
    for key, column in header.columns.items():
        value = row.get(column)
        if key == "row_uid" or (key == "seq" and (not isinstance(value, str) or len(value.strip()) <= 3)):
            continue
        if value is not None and (not isinstance(value, str) or value.strip()):
            return False
    return True


def is_footer(row: RawRow, header: Header) -> bool:
    """A note under the table (注：… / 填表人：…) rather than an activity: one or two cells, the first a labelled text."""
    filled = [(column, v) for column, v in enumerate(row.values)
              if v is not None and (not isinstance(v, str) or v.strip())]
    if not filled or len(filled) > 2 or not isinstance(filled[0][1], str):
        return False
    column, value = filled[0]
    text = _text(value)  # NFKC: full-width colons are ":" here
    if _FOOTER.match(text):
        return True
    return len(filled) == 1 and column != header.columns.get("title") and ":" in text


def _check(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise ReadCancelled(msg.IMPORT_CANCELLED)


def read_activity_workbook(path: str | Path, *, progress: Callable[[int, int], None] | None = None,
                           cancelled: Callable[[], bool] | None = None) -> SheetRead:
    """Read the first sheet of ``path`` that has an activity header; refuses unsafe or unreadable files.

    ``progress(done, total)`` reports rows read against the sheet's declared size (an estimate);
    ``cancelled()`` returning True stops with ``ReadCancelled``.
    """
    path = Path(path)
    with open_workbook(path) as workbook:
        found: SheetRead | None = None
        others: list[str] = []
        for sheet in workbook.worksheets:
            if getattr(sheet, "sheet_state", "visible") != "visible":
                continue
            if found is not None:
                head = _first_rows(path, sheet)
                if find_header(head) is not None:
                    others.append(sheet.title)
                continue
            found = _read_sheet(path, sheet, progress, cancelled)
        if found is None:
            raise WorkbookError(msg.XLSX_NO_HEADER.format(name=path.name))
        for title in others:
            found.notices.append(msg.XLSX_OTHER_SHEET.format(sheet=title, first=found.sheet))
        return found


def _first_rows(path: Path, sheet) -> list[tuple[int, tuple]]:
    head = []
    for number, values in stream_rows(path, sheet):
        if number > HEADER_SCAN_ROWS:
            break
        head.append((number, values))
    return head


def _read_sheet(path: Path, sheet, progress, cancelled) -> SheetRead | None:
    estimate = 0
    try:
        estimate = int(sheet.max_row or 0)  # from <dimension>, maybe stale: only for the progress bar
    except (TypeError, ValueError):
        estimate = 0
    stream = stream_rows(path, sheet)
    iterator: Iterator[tuple[int, tuple]] = iter(stream)
    head: list[tuple[int, tuple]] = []
    for number, values in iterator:
        head.append((number, values))
        if number >= HEADER_SCAN_ROWS:
            break
    header = find_header(head)
    if header is None:
        return None
    college, college_cell, year, year_cell = _title_facts((n, v) for n, v in head if n < header.row)
    result = SheetRead(file=path, sheet=sheet.title, header=header, college=college, college_cell=college_cell,
                       year=year, year_cell=year_cell)
    # A cell merged down over several activities (one date, contact or 学院 for a group of rows) holds its value
    # only in the top row: every row of the range gets it. Only down, and only in rows that have content.
    tops: dict[int, list[int]] = {}
    fills: dict[int, list[tuple[int, int]]] = {}
    budget = MAX_ROWS * 4  # cells filled at most: a sheet merged down to row 1,048,576 costs no more
    for min_col, min_row, _max_col, max_row in merged_ranges(path, sheet):
        max_row = min(max_row, MAX_ROWS, min_row + budget)
        if min_row > header.last_row and max_row > min_row:
            tops.setdefault(min_row, []).append(min_col - 1)
            budget -= max_row - min_row
            for number in range(min_row + 1, max_row + 1):
                fills.setdefault(number, []).append((min_col - 1, min_row))
    top_values: dict[tuple[int, int], object] = {}

    def take(number: int, values: tuple) -> None:
        for column in tops.get(number, ()):
            top_values[(number, column)] = values[column] if column < len(values) else None
        if number <= header.last_row:
            return
        row = RawRow(number, values)
        if is_blank(row, header):
            return
        if number in fills:
            filled = list(values) + [None] * (max(c for c, _ in fills[number]) + 1 - len(values))
            for column, top in fills[number]:
                if filled[column] is None:
                    filled[column] = top_values.get((top, column))
            row = RawRow(number, tuple(filled))
            values = row.values
        if is_example(row, header):
            result.examples.append(number)
            return
        if is_footer(row, header):
            column = next(i for i, v in enumerate(values) if _text(v))
            result.notices.append(msg.XLSX_NOT_AN_ACTIVITY.format(sheet=sheet.title, cell=cell_name(column, number),
                                                                  text=str(values[column]).strip()[:30]))
            return
        result.rows.append(row)

    for number, values in head:
        take(number, values)
    for number, values in iterator:
        take(number, values)
        if number % CHECK_EVERY == 0:
            _check(cancelled)
            if progress is not None:
                progress(number, max(estimate, number + 1))
    if stream.stopped_after is not None:
        result.notices.append(msg.XLSX_BLANK_RUN.format(sheet=sheet.title, row=stream.stopped_after,
                                                        count=stream.blank_run))
    if header.unknown:
        result.notices.append(msg.XLSX_UNKNOWN_COLUMNS.format(columns="、".join(f"“{t}”" for t in header.unknown)))
    for _key, columns in header.duplicates:
        cells = "、".join(cell_name(c, header.row) for c in columns)
        result.notices.append(msg.XLSX_DUPLICATE_COLUMN.format(label=header.labels[columns[0]], cells=cells,
                                                               first=cell_name(columns[0], header.row)))
    if progress is not None:
        progress(estimate or 1, estimate or 1)
    return result


# --- exports --------------------------------------------------------------------------------------------------

def _export_value(key: str, value: object) -> object:
    if key == "off_campus":
        return None if value is None else CAMPUS[1] if value else CAMPUS[0]
    if key in NEEDS:
        return _yes_no(value)
    return value


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
    # A write-only sheet writes its properties and views with the first row: set them all before appending.
    ws.freeze_panes = f"A{header_row + 1}"
    _print_a4_landscape(ws, header_row)
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


def write_activities(path: str | Path, columns: Sequence[tuple[str, str]], rows: Iterable[tuple[str, Sequence]]) -> Path:
    """Export activities: ``columns`` are (key, header); ``rows`` yield (row_uid, values in column order).

    The row id goes into a last, hidden column so the exported file can be edited and imported back.
    """
    from openpyxl import Workbook

    from vocweek_desktop.domain.parsing import HEADER_ALIASES

    workbook = Workbook(write_only=True)
    keys = [key for key, _ in columns]
    # The template's names where there is one, so an exported file can be edited and imported back whole.
    header = [header_label(key) if key in HEADER_ALIASES else label for key, label in columns]
    header.append(header_label("row_uid"))
    widths = [COLUMN_WIDTHS.get(key, 18 if key == "organiser" else 12) for key in keys] + [34]
    formats = {i: DATE_FORMAT for i, k in enumerate(keys) if k in ("first_date", "last_date")}
    formats.update({i: TIME_FORMAT for i, k in enumerate(keys) if k in ("start_time", "end_time")})

    def typed() -> Iterator[list[object]]:
        for row_uid, values in rows:
            yield [_export_value(key, value) for key, value in zip(keys, values, strict=False)] + [row_uid]

    write_rows_sheet(workbook, "活动清单", header, typed(), widths, formats=formats, hidden_columns=[len(keys)])
    return save_workbook(workbook, Path(path))


TASK_HEADER = ("开始日期", "结束日期", "时间", "活动地点", "组织单位", "活动名称", "负责人", "联系电话", "校内/校外")
TASK_WIDTHS = (12, 12, 13, 22, 20, 32, 10, 16, 9)


def _sheet_name(name: str, used: set[str]) -> str:
    base = re.sub(r"[\[\]:*?/\\]", "_", name)[:31] or "部门"
    title, number = base, 2
    while title in used:
        suffix = f"({number})"
        title, number = base[: 31 - len(suffix)] + suffix, number + 1
    used.add(title)
    return title


def write_task_lists(path: str | Path, edition_title: str,
                     departments: Sequence[tuple[str, str, Sequence[Mapping[str, object]]]]) -> Path:
    """One sheet per department: (department, need label, tasks with first_date, last_date, start_time, end_time,
    venue, organiser, title, person_in_charge, phone, off_campus)."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    used: set[str] = set()
    for department, need, tasks in departments:
        rows = []
        for task in tasks:
            start, end = task.get("start_time"), task.get("end_time")
            time = "-".join(t.strftime("%H:%M") for t in (start, end) if t is not None)
            rows.append([task.get("first_date"), task.get("last_date"), time or "全天/未定", task.get("venue"),
                         task.get("organiser"), task.get("title"), task.get("person_in_charge"), task.get("phone"),
                         _export_value("off_campus", task.get("off_campus"))])
        if not rows:
            rows.append([None, None, None, None, None, "（暂无需要承接的活动）", None, None, None])
        caption = f"{department}：{edition_title}活动保障任务清单（{need}）"
        write_rows_sheet(workbook, _sheet_name(department, used), TASK_HEADER, rows, TASK_WIDTHS, caption=caption,
                         formats={0: DATE_FORMAT, 1: DATE_FORMAT})
    if not departments:
        write_rows_sheet(workbook, "任务清单", TASK_HEADER, [], TASK_WIDTHS, caption=msg.EXPORT_NO_TASKS)
    return save_workbook(workbook, Path(path))


def write_skipped(path: str | Path, sheet: str, labels: Sequence[str], rows: Iterable[tuple[int, Sequence, str]]) -> Path:
    """The rows an import skipped, for the college to fix: the original header and cells, the row and the problems."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    header = ["原行号", msg.IMPORT_ROW_ERRORS_HEADER, *labels]
    widths = [8, 48, *[COLUMN_WIDTHS.get("title", 14) if i == 1 else 14 for i in range(len(labels))]]
    body = ([number, problems, *values] for number, values, problems in rows)
    write_rows_sheet(workbook, sheet[:31] or SHEET_TITLE, header, body, widths)
    return save_workbook(workbook, Path(path))
