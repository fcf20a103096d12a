"""外出活动审批表: the printed approval slip of an outing request, A4 portrait, to be signed by hand.

Every field of the request, the counts, the papers checklist ticked, the 签核历程 (who, when, decision, comment),
and boxes for the signatures and dates of the college, the academic affairs office and the security office. A
request not approved prints with a 未批准 watermark. The slip itself fits one page: the list of people is printed
on it when it fits, otherwise on the pages after it, each page headed with the request's number. Several slips go
into one PDF as sections (each numbered and watermarked on its own). Plain data in; services build it.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.platypus import Flowable, PageBreak

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.dates import format_date_long, format_datetime, format_moment, format_time
from vocweek_desktop.files import atomic_path
from vocweek_desktop.io.pdf.document import Section, Text, TextStyle, build_document, space, table
from vocweek_desktop.io.pdf.fonts import bundled_font
from vocweek_desktop.io.pdf.geometry import paper
from vocweek_desktop.io.pdf.text import text_width, vertical_metrics

MARGINS = (16.0, 15.0, 16.0, 15.0)  # top, right, bottom, left, mm
BODY_WIDTH = 210.0 - MARGINS[1] - MARGINS[3]
LABEL_FILL = "#EEF2F8"
TICK = "√"


@dataclass(frozen=True)
class SlipEvent:
    """A line of the 签核历程: when, who, what was decided, the comment."""

    at: dt.datetime
    operator: str
    decision: str
    comment: str = ""


@dataclass(frozen=True)
class SlipData:
    """What one slip shows, as text ready to print (the services format the request's values)."""

    number: str
    state: str
    approved: bool
    school_name: str
    edition_title: str
    college: str
    activity: str
    title: str
    destination: str
    address: str
    departure: dt.datetime | None
    return_at: dt.datetime | None
    teacher_count: int | None
    student_count: int | None
    lead_teacher: str
    lead_phone: str
    transport: str
    vehicle: str
    insurance: str
    safety_plan: str
    emergency_contact: str
    emergency_phone: str
    papers: Sequence[tuple[str, bool, bool]]  # (paper, handed in, required)
    participants: Sequence[tuple[str, str, str, str]]  # (name, role, unit, phone)
    history: Sequence[SlipEvent] = ()
    late_reason: str = ""
    warnings: Sequence[str] = ()
    notes: str = ""
    printed_at: dt.datetime | None = None
    office_name: str = "教务处"


class Checklist(Flowable):
    """The papers as boxes, ticked (√) when handed in; a required paper not handed in is marked 缺. The boxes are
    drawn, the tick is text (so a reader of the PDF sees √ 活动方案)."""

    def __init__(self, items: Sequence[tuple[str, bool, bool]], style: TextStyle):
        super().__init__()
        self.items, self.style = list(items), style
        self._rows: list[list[tuple[str, bool, bool, float]]] = []

    def _item_width(self, label: str, required_missing: bool) -> float:
        size = self.style.size
        text = label + ("（缺）" if required_missing else "")
        return size * 1.1 + 2 + text_width(text, self.style.font, size) + size * 1.5

    def wrap(self, available_width, available_height):
        """Items left to right, wrapped onto more lines as needed."""
        self._rows, row, used = [], [], 0.0
        for label, ticked, required in self.items:
            width = self._item_width(label, required and not ticked)
            if row and used + width > available_width:
                self._rows.append(row)
                row, used = [], 0.0
            row.append((label, ticked, required, width))
            used += width
        if row:
            self._rows.append(row)
        self.width = available_width
        self.height = len(self._rows) * self.style.line_height
        return self.width, self.height

    def draw(self):
        """Each box, its tick, its label."""
        canvas, style = self.canv, self.style
        size, leading = style.size, style.line_height
        ascent, descent = vertical_metrics(style.font)
        box = size * 1.05
        y = self.height
        for row in self._rows:
            baseline = y - (leading - (ascent - descent) * size) / 2 - ascent * size
            x = 0.0
            for label, ticked, required, width in row:
                canvas.setLineWidth(0.7)
                canvas.setStrokeColor(colors.black)
                bottom = baseline - 0.16 * size  # the box stands on the descent, as tall as a CJK glyph
                canvas.rect(x, bottom, box, box, stroke=1, fill=0)
                canvas.setFillColor(colors.black)
                canvas.setFont(style.font, size)
                if ticked:
                    canvas.setFont(style.font, size * 0.9)
                    canvas.drawCentredString(x + box / 2, bottom + 0.16 * size, TICK)
                    canvas.setFont(style.font, size)
                canvas.drawString(x + box + 2, baseline, label)
                if required and not ticked:
                    canvas.setFillColor(colors.HexColor("#B71C1C"))
                    canvas.drawString(x + box + 2 + text_width(label, style.font, size), baseline, "（缺）")
                x += width
            y -= leading


def _when(value: dt.datetime | None) -> str:
    return f"{format_date_long(value.date(), weekday=True)}{format_time(value.time())}" if value else ""


def _people(count: int | None, unit: str) -> str:
    return f"{count} {unit}" if count is not None else ""


def _styles(font: str) -> dict[str, TextStyle]:
    body = TextStyle(font, size=10.5, leading=15)
    return {
        "title": body.but(size=19, leading=26, align="center"),
        "subtitle": body.but(size=11, leading=16, align="center", color="#333333"),
        "meta": body.but(size=9.5, leading=13),
        "label": body.but(align="center"),
        "cell": body,
        "small": body.but(size=9.5, leading=13),
        "section": body.but(size=12, leading=18, space_before=6, space_after=3),
        "sign": body.but(size=10.5, leading=17),
    }


#: Long texts (safety plan, notes) cut to this many characters on the slip when the whole does not fit one page.
EXCERPT = 120


def _excerpt(text: str) -> str:
    return text if len(text) <= EXCERPT else text[:EXCERPT] + "……（全文见附页）"


def _main_grid(slip: SlipData, styles: dict[str, TextStyle], *, texts_inline: bool = True) -> Flowable:
    label, cell = styles["label"], styles["cell"]
    widths = (24, 66, 24, 66)
    total = (slip.teacher_count or 0) + (slip.student_count or 0)
    counts = f"教师 {_people(slip.teacher_count, '人') or '—'}，学生 {_people(slip.student_count, '人') or '—'}，共 {total} 人"
    rows: list[list[object]] = [
        ["申请学院", slip.college, "相关活动", slip.activity or "—"],
        ["活动名称", slip.title, "", ""],
        ["目的地", slip.destination, "详细地址", slip.address],
        ["出发时间", _when(slip.departure), "返回时间", _when(slip.return_at)],
        ["参与人数", counts, "", ""],
        ["带队教师", slip.lead_teacher, "联系电话", slip.lead_phone],
        ["交通方式", slip.transport + (f"（{slip.vehicle}）" if slip.vehicle else ""), "", ""],
        ["保险", slip.insurance, "", ""],
        ["紧急联系人", slip.emergency_contact, "联系电话", slip.emergency_phone],
        ["安全预案", slip.safety_plan if texts_inline else _excerpt(slip.safety_plan), "", ""],
        ["已交材料", Checklist(slip.papers, cell), "", ""],
    ]
    if slip.late_reason:
        rows.append(["补办原因", slip.late_reason, "", ""])
    if slip.warnings:
        rows.append(["提示", "；".join(slip.warnings), "", ""])
    if slip.notes:
        rows.append(["备注", slip.notes if texts_inline else _excerpt(slip.notes), "", ""])
    wide = [index for index, row in enumerate(rows) if row[2] == "" and row[3] == ""]
    cells = [[Text(str(value), label if column % 2 == 0 else cell) if not isinstance(value, Flowable) else value
              for column, value in enumerate(row)] for row in rows]
    shade = [("BACKGROUND", (0, r), (0, r), colors.HexColor(LABEL_FILL)) for r in range(len(rows))]
    shade += [("BACKGROUND", (2, r), (2, r), colors.HexColor(LABEL_FILL)) for r in range(len(rows)) if r not in wide]
    return table(cells, widths, cell, header_rows=0, spans=[((1, r), (3, r)) for r in wide], style_commands=shade,
                 padding=3.5)


def _people_table(slip: SlipData, styles: dict[str, TextStyle], *, continued: bool) -> Flowable:
    """The list of people, two to a row on the slip (five columns each), one to a row on the pages after it."""
    small = styles["small"]
    header = ["序号", "姓名", "身份", "班级或单位", "联系电话"]
    people = [(str(index), name, role, unit, phone) for index, (name, role, unit, phone)
              in enumerate(slip.participants, start=1)]
    if continued:
        # Rows as tight as a printed Excel list (15 pt): a coach load of people (45–48) on one page.
        return table([header, *people], (14, 30, 18, 70, 48), small.but(leading=12), aligns=[
            "center", "left", "center", "left", "left"], padding=1.5,
            style_commands=[("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)])
    half = (len(people) + 1) // 2
    rows = [header + header]
    for index in range(half):
        left = people[index]
        right = people[index + half] if index + half < len(people) else ("",) * 5
        rows.append([*left, *right])
    return table(rows, (9, 16, 10, 29, 26) * 2, small, aligns=["center", "left", "center", "left", "left"] * 2,
                 padding=2.5, style_commands=[("LINEAFTER", (4, 0), (4, -1), 1.2, colors.black)])


def _history(slip: SlipData, styles: dict[str, TextStyle]) -> Flowable:
    small = styles["small"]
    rows: list[list[str]] = [["时间", "操作人", "签核", "意见"]]
    rows += [[format_datetime(event.at), event.operator, event.decision, event.comment] for event in slip.history]
    if not slip.history:
        rows.append(["", "", "", "（尚无签核记录）"])
    return table(rows, (32, 28, 34, 86), small, aligns=["center", "center", "center", "left"], padding=2.5)


def _signatures(slip: SlipData, styles: dict[str, TextStyle]) -> Flowable:
    sign = styles["sign"]
    boxes = [("申请学院意见：", "负责人（签字）：\u3000\u3000\u3000（盖章）"),
             (f"{slip.office_name or '教务处'}审批意见：", "审批人（签字）："),
             ("保卫处意见：", "经办人（签字）：")]
    cells = [[Text(f"{title}\n\n\n\n{who}\n日期：\u3000\u3000年\u3000\u3000月\u3000\u3000日", sign)
              for title, who in boxes]]
    return table(cells, (60, 60, 60), sign, header_rows=0, heights=[40], padding=4,
                 style_commands=[("VALIGN", (0, 0), (-1, -1), "TOP")])


def _slip_story(slip: SlipData, styles: dict[str, TextStyle], *, people_inline: bool, key: object,
                texts_inline: bool = True, appendix: bool = True) -> list[Flowable]:
    watermark = "" if slip.approved else msg.OUTING_UNAPPROVED_MARK
    story: list[Flowable] = [Section(key, header=f"{msg.OUTING_SLIP_TITLE}　{slip.number}", watermark=watermark),
                             Text(f"{slip.school_name}{msg.OUTING_SLIP_TITLE}", styles["title"])]
    if slip.edition_title:
        story.append(Text(slip.edition_title, styles["subtitle"]))
    printed = f"\u3000打印时间：{format_moment(slip.printed_at)}" if slip.printed_at else ""
    meta = table([[Text(f"编号：{slip.number}", styles["meta"]),
                   Text(f"当前状态：{slip.state}{printed}", styles["meta"].but(align="right"))]],
                 (90, 90), styles["meta"], header_rows=0, grid=0, padding=1.5)
    story += [space(2), meta, space(1), _main_grid(slip, styles, texts_inline=texts_inline)]
    count = len(slip.participants)
    story.append(Text(f"参与人员名单（共 {count} 人）" + ("" if people_inline or not count else "：见附页"),
                      styles["section"]))
    if people_inline and count:
        story.append(_people_table(slip, styles, continued=False))
    story += [Text("签核历程", styles["section"]), _history(slip, styles), space(4), _signatures(slip, styles)]
    if not appendix:
        return story
    long_texts = [(label, text) for label, text in (("安全预案", slip.safety_plan), ("备注", slip.notes))
                  if not texts_inline and len(text) > EXCERPT]
    if (not people_inline and count) or long_texts:
        story.append(PageBreak())
    for label, text in long_texts:
        story += [Text(f"{label}（{slip.number}，全文）", styles["section"]), Text(text, styles["cell"].but(indent=2))]
    if not people_inline and count:
        story += [Text(f"参与人员名单（{slip.number}，{slip.college}，共 {count} 人）", styles["section"]),
                  _people_table(slip, styles, continued=True)]
    return story


def _pages(story: list[Flowable], font: str) -> int:
    return build_document(io.BytesIO(), story, page=paper("A4"), font=font, margins=MARGINS)


def _fits(slip: SlipData, styles: dict[str, TextStyle], font: str, **options) -> bool:
    """Whether the slip itself (without what goes on the pages after it) takes one page."""
    from reportlab.platypus.doctemplate import LayoutError

    try:
        return _pages(_slip_story(slip, styles, key=0, appendix=False, **options), font) == 1
    except LayoutError:  # a cell taller than a page
        return False


def slip_story(slip: SlipData, *, font: str | None = None, key: object = 0) -> list[Flowable]:
    """The flowables of one slip, the slip on one page: the list of people on it when it fits, else on the pages
    after it; a safety plan or notes too long for the page cut short there and printed whole after it."""
    font = font or bundled_font()
    styles = _styles(font)
    tries = [{"people_inline": people, "texts_inline": texts} for texts in (True, False) for people in (True, False)
             if people or slip.participants]
    for options in tries[:-1]:
        if _fits(slip, styles, font, **options):
            return _slip_story(slip, styles, key=key, **options)
    return _slip_story(slip, styles, key=key, **tries[-1])


def write_slips(path: str | Path, slips: Sequence[SlipData], *, font: str | None = None) -> int:
    """Write one or more slips into ``path`` (atomically), each starting on a new page; returns the page count."""
    font = font or bundled_font()
    story: list[Flowable] = []
    for index, slip in enumerate(slips):
        if index:
            story.append(PageBreak())
        story += slip_story(slip, font=font, key=index)
    first = slips[0] if slips else None
    title = f"{msg.OUTING_SLIP_TITLE} {first.number}" if len(slips) == 1 else msg.OUTING_SLIP_TITLE
    with atomic_path(path) as partial:
        pages = build_document(str(partial), story, page=paper("A4"), font=font, margins=MARGINS, title=title,
                               author=f"{first.school_name}{first.office_name}" if first else "",
                               page_numbers="always")
    return pages

