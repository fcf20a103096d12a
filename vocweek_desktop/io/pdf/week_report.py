"""The week's report (活动周总结数据) as an A4 PDF: a cover page with the edition's title and theme, then numbered
sections of text, charts (matplotlib in the bundled font, embedded as 200 dpi pictures: reportlab cannot place a
vector PDF or SVG without another package) with a numbered caption, and tables that break across pages with their
header repeated; page numbers on every page, every font embedded, written atomically."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, Image, KeepTogether, PageBreak, TableStyle

from vocweek_desktop.domain.report import TEXT, ReportChart, ReportSection, ReportTable, cell_text
from vocweek_desktop.io.pdf.document import Text, TextStyle, space, table, write_document
from vocweek_desktop.io.pdf.fonts import bundled_font

CONTENT_WIDTH_MM = 170.0
CHART_DPI = 200
TOTAL_FILL = "#F2F2F2"


@dataclass(frozen=True)
class ReportCover:
    """What the cover page says."""

    title: str
    theme: str
    school: str
    office: str
    period: str
    date: str


def _chart_png(chart: ReportChart) -> tuple[bytes, float, float]:
    """The chart drawn as PNG, and its size in mm."""
    from vocweek_desktop.io.charts import STATE_COLORS, bar_chart_figure, figure_png

    width = CONTENT_WIDTH_MM / 25.4
    colours = [STATE_COLORS.get(name, "#8c8c8c") for name, _values in chart.series] \
        if all(name in STATE_COLORS for name, _values in chart.series) else None
    figure = bar_chart_figure(chart.labels, chart.series, unit=chart.unit, percent=chart.percent,
                              stacked=chart.stacked, horizontal=chart.horizontal, width=width, colors=colours)
    inches = figure.get_size_inches()
    return figure_png(figure, dpi=CHART_DPI), inches[0] * 25.4, inches[1] * 25.4


def _table(data: ReportTable, cell: TextStyle) -> object:
    widths = [column.width for column in data.columns]
    scale = min(1.0, CONTENT_WIDTH_MM / sum(widths))
    widths = [w * scale for w in widths]
    aligns = ["left" if column.kind == TEXT else "right" for column in data.columns]
    rows = [[column.header for column in data.columns]]
    rows += [[cell_text(value, column.kind) for column, value in zip(data.columns, row, strict=True)]
             for row in data.rows]
    if data.total is not None:
        rows.append([cell_text(value, column.kind if index else TEXT)
                     for index, (column, value) in enumerate(zip(data.columns, data.total, strict=True))])
    if len(rows) == 1:
        rows.append(["（无）"] + [""] * (len(data.columns) - 1))
    result = table(rows, widths, cell, aligns=aligns, padding=3)
    if data.total is not None:
        result.setStyle(TableStyle([("BACKGROUND", (0, -1), (-1, -1), colors.HexColor(TOTAL_FILL))]))
    return result


def write_report_pdf(path: str | Path, cover: ReportCover, sections: Sequence[ReportSection], *,
                     progress: Callable[[int, int], None] | None = None) -> Path:
    """Lay the report out and write it to ``path``; ``progress(done, total)`` after each chart is drawn."""
    font = bundled_font()
    body = TextStyle(font, size=11, leading=19, align="justify")
    cover_title = body.but(size=26, leading=40, align="center")
    cover_line = body.but(size=15, leading=26, align="center")
    heading = body.but(size=15, leading=24, space_before=6, space_after=4)
    caption = body.but(size=10, leading=15, align="center", color="#404040", space_after=6)
    table_title = body.but(size=11.5, leading=18, space_before=6, space_after=3)
    note = body.but(size=9, leading=14, color="#595959", space_before=2)
    cell = body.but(size=9, leading=13, align="left")

    story: list = [space(45)]
    if cover.school:
        story.append(Text(cover.school, cover_line.but(size=18, leading=30)))
        story.append(space(12))
    story += [Text(cover.title, cover_title), space(10)]
    if cover.theme:
        story.append(Text(f"活动主题：“{cover.theme}”", cover_line))
    story += [Text(f"活动时间：{cover.period}", cover_line), space(95)]
    if cover.school or cover.office:
        story.append(Text(f"{cover.school}{cover.office}", cover_line))
    story += [Text(cover.date, cover_line), PageBreak()]

    charts = [part for section in sections for part in section.parts if isinstance(part, ReportChart)]
    drawn = 0
    figure_number = 0
    for section in sections:
        story.append(CondPageBreak(60 * 2.834645669))  # a heading is never left alone at the foot of a page
        story.append(Text(section.heading, heading))
        if section.text:
            story.append(Text(section.text, body.but(indent=2, space_after=4)))
        for part in section.parts:
            if isinstance(part, ReportChart):
                png, width, height = _chart_png(part)
                figure_number += 1
                picture = Image(io.BytesIO(png), width=width * 2.834645669, height=height * 2.834645669)
                story.append(KeepTogether([picture, Text(f"图{figure_number}　{part.title}", caption)]))
                drawn += 1
                if progress is not None:
                    progress(drawn, len(charts))
            else:
                parts = [Text(part.title, table_title), _table(part, cell)]
                if part.note:
                    parts.append(Text(part.note, note))
                story.append(KeepTogether(parts[:2]) if len(part.rows) <= 12 else parts[0])
                if len(part.rows) > 12:
                    story.append(parts[1])
                story.extend(parts[2:])
                story.append(space(3))
    return write_document(path, story, font=font, title=cover.title, author=f"{cover.school}{cover.office}",
                          subject=cover.theme, header=cover.title, page_numbers="always",
                          margins=(22.0, 20.0, 20.0, 20.0), cover=True)

