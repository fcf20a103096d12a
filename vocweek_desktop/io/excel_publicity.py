"""Publicity items as Excel: the list the office keeps (or the media centre sends), written with a hidden row id so
that an exported list can be edited and imported back, and how such a list is found in a workbook."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.publicity import CHANNELS
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

SHEET_TITLE = "宣传报道"
FONT_SIZE = 11
_COLUMNS: tuple[tuple[str, str, float], ...] = (
    ("channel", "渠道", 12), ("title", "标题", 40), ("link", "链接", 36), ("published_on", "发布日期", 12),
    ("college", "学院", 18), ("activity", "相关活动", 22), ("notes", "备注", 18), (ROW_UID, "行ID", 34),
)

PUBLICITY_TABLE = TableSpec(
    [Column("channel", "渠道", ("发布渠道", "媒体", "发布平台", "平台", "媒体名称", "发布媒体", "媒体类型", "报道媒体"),
            required=True),
     Column("title", "标题", ("报道标题", "新闻标题", "题目", "稿件标题", "文章标题"), required=True),
     Column("link", "链接", ("网址", "url", "链接地址", "报道链接", "网页链接")),
     Column("published_on", "发布日期", ("日期", "发布时间", "报道日期", "时间")),
     Column("college", "学院", ("学院名称", "二级学院", "所属学院", "单位")),
     Column("activity", "相关活动", ("活动", "活动名称", "报道活动")),
     Column("notes", "备注", ("说明",)),
     Column(ROW_UID, "行ID", ("row_uid", "rowid", "行标识"))],
    anchor="title", needs=("channel",), no_header_message=msg.PUBLICITY_NO_HEADER, skip_in_blank=(ROW_UID,))


def _instructions() -> str:
    return ("填写说明：每行一篇报道。渠道请从下拉列表中选择（" + "、".join(CHANNELS) + "）；链接填写完整网址；"
            "学院、相关活动可留空。灰色“示例”行导入时自动忽略；请勿删除最右侧的隐藏列（行ID），它用于再次导入时更新原有的行。")


def template_spec(year: int, colleges: Sequence[str]) -> TemplateSpec:
    """The publicity list: title, instructions, channel and college dropdowns, an example row, a hidden row id."""
    return TemplateSpec(
        sheet_title=SHEET_TITLE,
        columns=[TemplateColumn(key, label, width, DATE_FORMAT if key == "published_on" else None,
                                {"channel": "channel", "college": "college"}.get(key), hidden=key == ROW_UID)
                 for key, label, width in _COLUMNS],
        title_rows=[TitleRow(f"{year}年职教周宣传报道统计", size=16, bold=True, merge=ALL_COLUMNS, centred=True,
                             height=28),
                    TitleRow(_instructions(), size=FONT_SIZE, merge=ALL_COLUMNS, wrap=True, color="404040",
                             height=46)],
        example={"channel": "微信公众号", "title": "示例：我校举办2024年职业教育活动周启动仪式", "link":
                 "https://mp.weixin.qq.com/s/示例", "published_on": dt.date(year, 5, 12), "college": None,
                 "activity": None, "notes": "", ROW_UID: EXAMPLE_MARK},
        lists=[ChoiceList("channel", "渠道", CHANNELS), ChoiceList("college", "学院", list(colleges) or [""],
                                                                   strict=False)],
        frozen_columns=2, header_height=24, print=PrintSetup(paper=PAPER_A4), font_size=FONT_SIZE)


def write_publicity(path: str | Path, year: int, colleges: Sequence[str],
                    items: Iterable[Mapping[str, object]]) -> Path:
    """The publicity list (key → typed value, ``row_uid`` included) as a workbook that imports back."""
    return excel_template.write_template(path, template_spec(year, colleges), items)


def header_labels() -> list[str]:
    """The list's headers, in order."""
    return [label for _key, label, _width in _COLUMNS]
