"""附件2 情况统计表 as Excel: the template a college fills in after the week (its registered activities prefilled,
with their hidden row ids) and how the returned workbook's two tables are found.

Sheet 活动情况: a row per activity — 活动名称, 活动类别, 计划日期 (prefilled), then what happened: 实际举办 (是 / 否 /
改期), 实际日期, 参与教师 / 学生 / 社会公众 (人次), 参与企业, 媒体报道 (篇), 备注. Rows added below are activities
the college held without registering them. Sheet 学院汇总: the college's headcounts and how many of its teachers and
students took part (people, not person-times). Plain data in; nothing here touches the database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain import parsing
from vocweek_desktop.domain.activities import CATEGORIES
from vocweek_desktop.domain.dates import days_between
from vocweek_desktop.domain.parsing import ParseError
from vocweek_desktop.domain.statistics import HELD_CHOICES
from vocweek_desktop.io import excel_template
from vocweek_desktop.io.excel_export import DATE_FORMAT, PAPER_A4
from vocweek_desktop.io.excel_read import EXAMPLE_MARK, ROW_UID, Column, TableSpec
from vocweek_desktop.io.excel_template import (
    ALL_COLUMNS,
    ChoiceList,
    PrintSetup,
    TemplateColumn,
    TemplateSpec,
    TitleRow,
)

SHEET_TITLE = "活动情况"
TOTALS_SHEET = "学院汇总"
FONT_SIZE = 12
# (key, header, width) in order; A4 landscape fitted to the width prints the 12 pt text at 80 % (9.6 pt) even where
# a width unit is widest (LibreOffice: 7 pt), and a date never shows as #### in Excel.
_COLUMNS: tuple[tuple[str, str, float], ...] = (
    ("seq", "序号", 5), ("title", "活动名称", 22), ("category", "活动类别", 12), ("first_date", "计划日期", 12),
    ("held", "实际举办", 8), ("actual_date", "实际日期", 12), ("actual_teachers", "参与教师(人次)", 9),
    ("actual_students", "参与学生(人次)", 9), ("actual_public", "社会公众(人次)", 9),
    ("actual_enterprises", "参与企业", 18), ("media_reports", "媒体报道(篇)", 8), ("actual_notes", "备注", 16),
    (ROW_UID, "行ID", 34),
)
_TOTAL_COLUMNS: tuple[tuple[str, str, float], ...] = (
    ("college", "学院", 26), ("teacher_total", "教师总数", 12), ("student_total", "学生总数", 12),
    ("teachers_participating", "参与教师人数", 14), ("students_participating", "参与学生人数", 14),
)
_CHOICES = {"category": "category", "first_date": "date", "held": "held", "actual_date": "date"}


def _count(label: str):
    def parse(value: object) -> int | None:
        try:
            return parsing.parse_count(value)
        except ParseError as error:
            raise ParseError(str(error).replace("人数", label, 1)) from None
    return parse


STATISTICS_TABLE = TableSpec(
    [Column("seq", "序号", ("编号", "序")),
     Column("college", "学院", ("学院名称", "二级学院", "组织单位", "单位")),
     Column("title", "活动名称", ("活动", "名称", "活动主题", "项目名称", "活动项目"), required=True),
     Column("category", "活动类别", ("类别", "活动类型", "类型")),
     Column("first_date", "计划日期", ("活动日期", "日期", "原定日期", "报名日期", "原计划日期", "计划举办日期")),
     Column("held", "实际举办", ("是否举办", "举办情况", "实际举办情况", "是否如期举办", "完成情况", "举办状态"),
            required=True),
     Column("actual_date", "实际日期", ("实际举办日期", "改期日期", "实际时间", "举办日期", "实际开展日期")),
     Column("actual_teachers", "参与教师(人次)", ("参与教师人次", "教师人次", "实际参与教师数", "参与教师", "教师(人次)"),
            parse=_count("参与教师人次")),
     Column("actual_students", "参与学生(人次)", ("参与学生人次", "学生人次", "实际参与学生数", "参与学生", "学生(人次)"),
            parse=_count("参与学生人次")),
     Column("actual_public", "社会公众(人次)", ("社会公众人次", "公众人次", "实际参与公众数", "参与公众", "社会公众",
                                           "公众(人次)"), parse=_count("社会公众人次")),
     Column("actual_enterprises", "参与企业", ("合作企业", "参与企业名称", "企业", "合作单位")),
     Column("media_reports", "媒体报道(篇)", ("媒体报道", "报道篇数", "媒体报道数", "报道数", "新闻报道"),
            parse=_count("媒体报道篇数")),
     Column("actual_notes", "备注", ("说明", "情况说明")),
     Column(ROW_UID, "行ID", ("row_uid", "rowid", "行标识"))],
    anchor="title", needs=("held",), min_columns=3, no_header_message=msg.STATISTICS_NO_HEADER,
    skip_in_blank=(ROW_UID, "seq"))

PARTICIPATION_TABLE = TableSpec(
    [Column("college", "学院", ("学院名称", "二级学院", "单位")),
     Column("teacher_total", "教师总数", ("教师人数", "专任教师数", "教职工数", "教师数"), parse=_count("教师总数")),
     Column("student_total", "学生总数", ("学生人数", "在校生数", "在校学生数", "学生数"), parse=_count("学生总数")),
     Column("teachers_participating", "参与教师人数", ("参与教师数", "实际参与教师人数", "参加教师人数"),
            parse=_count("参与教师人数")),
     Column("students_participating", "参与学生人数", ("参与学生数", "实际参与学生人数", "参加学生人数"),
            parse=_count("参与学生人数"))],
    anchor="teachers_participating", min_columns=2, no_header_message=msg.STATISTICS_NO_TOTALS)


@dataclass(frozen=True)
class StatisticsInfo:
    """What the template's title rows and instructions say about the edition and the college."""

    year: int
    title: str
    week_start: dt.date
    week_end: dt.date
    deadline: dt.datetime | None = None
    office: str = "教务处"
    contact: str = ""


def _instructions(info: StatisticsInfo) -> str:
    deadline = ""
    if info.deadline is not None:
        deadline = f"请于{info.deadline.month}月{info.deadline.day}日前报{info.office}"
        deadline += f"（{info.contact}）。" if info.contact else "。"
    return (
        "填写说明：1. 每行是本学院报名的一项活动，名称、类别和计划日期已预填，请勿修改；请在“实际举办”中选择 是、否 或 改期，"
        "改期的活动填写实际日期。2. 参与人数按人次填写数字；未举办的活动不填人数。3. 报名后新增的活动请在下方空行补充："
        "活动名称、类别、实际日期和人数。4. 参与企业有多家时用顿号“、”分隔；媒体报道填写篇数。"
        f"5. 第二张工作表“{TOTALS_SHEET}”填写本学院教师、学生总数及实际参与的人数（人数，不是人次）。"
        f"6. 灰色“{EXAMPLE_MARK}”行仅供参考；请勿修改表头，勿删除最右侧的隐藏列（行ID）。" + deadline
    )


def _example(info: StatisticsInfo) -> dict[str, object]:
    day = info.week_start + dt.timedelta(days=1) if info.week_end > info.week_start else info.week_start
    return {"seq": EXAMPLE_MARK, "title": "示例：智能制造技能展示（导入时自动忽略本行）", "category": CATEGORIES[0],
            "first_date": day, "held": "改期", "actual_date": day + dt.timedelta(days=1), "actual_teachers": 12,
            "actual_students": 260, "actual_public": 80, "actual_enterprises": "四川某某智能科技有限公司",
            "media_reports": 2, "actual_notes": "因天气原因顺延一天"}


def _cell(key: str, value: object) -> object:
    if isinstance(value, list | tuple):
        return "、".join(str(v) for v in value)
    if isinstance(value, str) and not value:
        return None
    return value


def _title(info: StatisticsInfo) -> str:
    return f"{info.year}年职业教育活动周情况统计表"


def template_specs(info: StatisticsInfo, college: str) -> tuple[TemplateSpec, TemplateSpec]:
    """One college's 附件2: sheet 活动情况 and sheet 学院汇总."""
    days = days_between(info.week_start, info.week_end)
    setup = PrintSetup(paper=PAPER_A4, margins=(0.4, 0.4, 0.5, 0.5))
    activities = TemplateSpec(
        sheet_title=SHEET_TITLE,
        columns=[TemplateColumn(key, label, width, DATE_FORMAT if key in ("first_date", "actual_date") else None,
                                _CHOICES.get(key), hidden=key == ROW_UID) for key, label, width in _COLUMNS],
        title_rows=[TitleRow("附件2", size=FONT_SIZE, bold=True),
                    TitleRow(_title(info), size=18, bold=True, merge=ALL_COLUMNS, centred=True, height=32),
                    TitleRow(f"学院：{college}", size=14, bold=True, merge=6, height=22),
                    TitleRow(_instructions(info), size=FONT_SIZE, merge=ALL_COLUMNS, wrap=True, color="404040",
                             height=100)],
        example=_example(info),
        lists=[ChoiceList("category", "活动类别", CATEGORIES), ChoiceList("held", "实际举办", HELD_CHOICES),
               ChoiceList("date", "日期", days, strict=False)],
        frozen_columns=2, header_height=50, print=setup, cell_value=_cell, font_size=FONT_SIZE, spare_rows=100)
    totals = TemplateSpec(
        sheet_title=TOTALS_SHEET,
        columns=[TemplateColumn(key, label, width) for key, label, width in _TOTAL_COLUMNS],
        title_rows=[TitleRow(f"{_title(info)}——学院参与人数汇总", size=16, bold=True, merge=ALL_COLUMNS, centred=True,
                             height=28),
                    TitleRow("教师总数、学生总数为本学院在编教师和在校学生人数；参与人数为实际参加职教周活动的人数"
                             "（同一人参加多项活动只计一次）。", size=FONT_SIZE, merge=ALL_COLUMNS, wrap=True,
                             color="404040", height=36)],
        list_sheet_title="下拉选项2", header_height=36, print=PrintSetup(paper=PAPER_A4, landscape=False),
        cell_value=_cell, font_size=FONT_SIZE, spare_rows=0)
    return activities, totals


def write_template(path: str | Path, info: StatisticsInfo, college: str,
                   activities: Iterable[Mapping[str, object]],
                   totals: Mapping[str, object]) -> Path:
    """Write one college's 附件2, prefilled with its ``activities`` (title, category, first_date, row_uid and any
    actual figures already known) and its ``totals`` row."""
    first, second = template_specs(info, college)
    rows = [{**values, "seq": number} for number, values in enumerate(activities, start=1)]
    return excel_template.write_template(path, first, rows, more=[(second, [{"college": college, **totals}])])


def header_labels() -> Sequence[str]:
    """The headers of sheet 活动情况, in order (for tests and the paste of a block)."""
    return [label for _key, label, _width in _COLUMNS]
