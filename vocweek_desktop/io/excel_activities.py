"""附件1 活动信息表 as Excel: the template a college fills in, how its returned table is found, and the exports.

Plain data in and out: the services query the database and pass rows here; nothing in this module touches the
database. The layout is the shared template writer's (``excel_template``) and the reading the shared reader's
(``excel_read``); this module says what is particular to 附件1: its columns, title rows, dropdowns, example row,
its header names (``parse_headers.HEADER_ALIASES``, two-row headers included) and which rows are examples.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.activities import CAMPUS, CATEGORIES, FORMS, NEEDS, THEME_DAYS
from vocweek_desktop.domain.dates import days_between
from vocweek_desktop.io import excel_template
from vocweek_desktop.io.excel_export import DATE_FORMAT, PAPER_A3, TIME_FORMAT, save_workbook, write_rows_sheet
from vocweek_desktop.io.excel_read import (
    EXAMPLE_MARK,
    Column,
    Header,
    RawRow,
    TableSpec,
    clean_text,
)
from vocweek_desktop.io.excel_template import (
    ALL_COLUMNS,
    ChoiceList,
    PrintSetup,
    TemplateColumn,
    TemplateSpec,
    TitleRow,
)

SHEET_TITLE = "活动信息表"
YES, NO = "是", "否"

# The template's columns, in order; the row id column comes last and is hidden.
TEMPLATE_FIELDS: tuple[str, ...] = (
    "seq", "title", "category", "theme_day", "first_date", "last_date", "start_time", "end_time", "venue",
    "off_campus", "form", "audience", "expected_teachers", "expected_students", "expected_public", "enterprises",
    "person_in_charge", "phone", "need_power", "need_it", "need_security", "need_media", "description", "row_uid",
)
# The template prints on A3 landscape, fitted to the page's width, its text at 12 pt: the 23 columns (212 width
# units) then print at 77 % or more, every text at 9 pt or more, even where a width unit is widest (LibreOffice
# without Calibri: 7 pt). Sized for Excel's narrower unit (5.25 pt): a date or a time never shows as ####, a header
# takes at most three lines, 学院日 and most phones one; long texts wrap.
COLUMN_WIDTHS: dict[str, float] = {
    "seq": 5, "title": 17, "category": 12, "theme_day": 8, "first_date": 12, "last_date": 12, "start_time": 6.5,
    "end_time": 6.5, "venue": 11, "off_campus": 7.5, "form": 7.5, "audience": 10, "expected_teachers": 8,
    "expected_students": 8, "expected_public": 8, "enterprises": 12, "person_in_charge": 8, "phone": 16,
    "need_power": 6, "need_it": 6, "need_security": 6, "need_media": 6, "description": 13, "row_uid": 34,
}
TEMPLATE_FONT_SIZE = 12
# The dropdown list (of the hidden list sheet) each column takes its values from.
_CHOICES = {"category": "category", "theme_day": "theme_day", "first_date": "date", "last_date": "date",
            "off_campus": "campus", "form": "form", **{key: "yes_no" for key in NEEDS}}
_FORMATS = {"first_date": DATE_FORMAT, "last_date": DATE_FORMAT, "start_time": TIME_FORMAT, "end_time": TIME_FORMAT}
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


def header_label(key: str) -> str:
    """The header the template writes for a field: the canonical name of ``parse_headers.HEADER_ALIASES``."""
    from vocweek_desktop.domain.parse_headers import HEADER_ALIASES

    return HEADER_ALIASES[key][0]


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


def template_spec(info: TemplateInfo, college: str) -> TemplateSpec:
    """One college's 附件1: title rows, instructions, the columns with their dropdowns, the example row."""
    title = info.title if str(info.year) in info.title else f"{info.year}年{info.title}"
    days = days_between(info.week_start, info.week_end)
    return TemplateSpec(
        sheet_title=SHEET_TITLE,
        columns=[TemplateColumn(key, header_label(key), COLUMN_WIDTHS[key], _FORMATS.get(key), _CHOICES.get(key),
                                hidden=key == "row_uid") for key in TEMPLATE_FIELDS],
        title_rows=[TitleRow("附件1", size=TEMPLATE_FONT_SIZE, bold=True),
                    TitleRow(f"{title}活动信息表", size=18, bold=True, merge=ALL_COLUMNS, centred=True, height=32),
                    TitleRow(f"学院：{college}", size=14, bold=True, merge=6, height=22),
                    TitleRow(_instructions(info), size=TEMPLATE_FONT_SIZE, merge=ALL_COLUMNS, wrap=True, color="404040",
                             height=68)],
        example=_example_row(info),
        lists=[ChoiceList("category", "活动类别", CATEGORIES), ChoiceList("theme_day", "主题日", THEME_DAYS),
               ChoiceList("date", "活动日期", days, strict=False),  # a date outside the week is allowed
               ChoiceList("campus", "校内/校外", CAMPUS), ChoiceList("form", "线上/线下", FORMS),
               ChoiceList("yes_no", "是/否", (YES, NO))],
        frozen_columns=2,
        header_height=50,  # three lines of 12 pt: 预计参与教师数 over a narrow column
        print=PrintSetup(paper=PAPER_A3, margins=(0.3, 0.3, 0.5, 0.5)),
        cell_value=_cell_value,
        font_size=TEMPLATE_FONT_SIZE,
    )


def write_template(path: str | Path, info: TemplateInfo, college: str,
                   activities: Iterable[Mapping[str, object]] = ()) -> Path:
    """Write one college's 附件1 template, prefilled with ``activities`` (field → typed value, ``row_uid`` included)."""

    def numbered() -> Iterator[dict[str, object]]:
        for number, values in enumerate(activities, start=1):
            values = {**values, "seq": number}
            if values.get("last_date") == values.get("first_date"):
                values["last_date"] = None  # single day: left blank, so changing the date is one edit
            yield values

    return excel_template.write_template(path, template_spec(info, college), numbered())


# --- reading --------------------------------------------------------------------------------------------------

def _count_header(group: str, bottom: str) -> str | None:
    word = _COUNT_WORDS.get(bottom.replace("数", "").replace("人", ""))
    if word is None or not any(mark in group for mark in ("人数", "参与", "预计", "实际", "规模")):
        return None
    return f"{'实际' if '实际' in group else '预计'}参与{word}数"


class ActivityTable(TableSpec):
    """附件1's table: every header name of ``parse_headers.HEADER_ALIASES`` (two-row headers such as 预计参与人数 over
    教师 / 学生 / 公众 included), 活动名称 as the anchor, and the template's example row left out."""

    def __init__(self) -> None:
        from vocweek_desktop.domain.parse_headers import HEADER_ALIASES

        # A file needs a date: its own column, or one cell with date and time.
        columns = [Column(key, names[0], names[1:], required=key == "first_date",
                          alternatives=("date_time",) if key == "first_date" else ())
                   for key, names in HEADER_ALIASES.items()]
        # A column a college adds (备注, 说明) is kept in the activity's notes; an export's 来源 is not read back.
        super().__init__(columns,
                         anchor="title", no_header_message=msg.XLSX_NO_HEADER,
                         other_sheet_message=msg.XLSX_OTHER_SHEET, footer_message=msg.XLSX_NOT_AN_ACTIVITY,
                         unknown_message=msg.XLSX_KEPT_COLUMNS, ignored_headers=("来源",))

    def match_header(self, text: str) -> str | None:
        """The field a header names, by ``parse_headers.match_header`` (its aliases, flattened groups, trailing 人)."""
        from vocweek_desktop.domain.parse_headers import match_header

        return match_header(text) if text else None

    def pair_names(self, group: str, lower: str) -> Sequence[str]:
        """A count under a group (教师 under 预计参与人数) as the one-row header it stands for."""
        return [_count_header(group, lower) or ""]

    def is_blank(self, row: RawRow, header: Header) -> bool:
        """No value in any known column except 序号 and the row id (a pre-numbered empty row)."""
        for key, column in header.columns.items():
            value = row.get(column)
            if key == "row_uid" or (key == "seq" and (not isinstance(value, str) or len(value.strip()) <= 3)):
                continue
            if value is not None and (not isinstance(value, str) or value.strip()):
                return False
        return True

    def is_example(self, row: RawRow, header: Header) -> bool:
        """The template's example row (a title that starts with 示例, or 序号 / row id 示例 with no title), left in
        by the college. A real title typed over the example row makes it an activity: colleges do write over it."""
        title = clean_text(row.get(header.columns.get("title"))).lstrip("(（【[ ")
        if title.startswith(("示例", "样例", "例:", "例：")):
            return True
        if title:
            return False
        for key in ("seq", "row_uid"):
            text = clean_text(row.get(header.columns.get(key))).strip("()（）【】[]:： ")
            if text in ("示例", "例", "样例", "举例", "示例行", "example"):
                return True
        return False


ACTIVITY_TABLE = ActivityTable()


# --- exports --------------------------------------------------------------------------------------------------

def _export_value(key: str, value: object) -> object:
    if key == "off_campus":
        return None if value is None else CAMPUS[1] if value else CAMPUS[0]
    if key in NEEDS:
        return _yes_no(value)
    return value


def write_activities(path: str | Path, columns: Sequence[tuple[str, str]], rows: Iterable[tuple[str, Sequence]]) -> Path:
    """Export activities: ``columns`` are (key, header); ``rows`` yield (row_uid, values in column order).

    The row id goes into a last, hidden column so the exported file can be edited and imported back.
    """
    from openpyxl import Workbook

    from vocweek_desktop.domain.parse_headers import HEADER_ALIASES

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
