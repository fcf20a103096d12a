"""Flowing documents (the org table, the week's report, the score result, the slip's participant pages): text in
paragraphs, tables that break across pages with their header rows repeated, a title, margins, an optional header
and footer line, page numbers "第 N 页 / 共 M 页" and a watermark on every page; written atomically.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Literal

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Spacer, Table, TableStyle

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.files import atomic_path
from vocweek_desktop.io.pdf.canvas import canvas_options, draw_watermark, prepare
from vocweek_desktop.io.pdf.fonts import bundled_font
from vocweek_desktop.io.pdf.geometry import MM, Paper, paper
from vocweek_desktop.io.pdf.text import ALIGNMENTS, text_width, vertical_metrics, wrap_lines

PageNumbers = Literal["always", "several", "never"]


@dataclass(frozen=True)
class TextStyle:
    """How a paragraph or a table cell is set: font (a registered name), size and line spacing in points,
    alignment (left, center, right, justify), colour, first-line indent (in characters, 2 for the 公文 habit) and space around it (points)."""

    font: str
    size: float = 10.5
    leading: float | None = None  # baseline to baseline; default 1.5 × size
    align: str = "left"
    color: str = "#000000"
    indent: float = 0.0
    space_before: float = 0.0
    space_after: float = 0.0

    @property
    def line_height(self) -> float:
        """Baseline-to-baseline distance in points."""
        return self.leading if self.leading is not None else 1.5 * self.size

    def but(self, **changes) -> TextStyle:
        """A copy with some values changed."""
        return replace(self, **changes)


@dataclass(frozen=True)
class _Line:
    text: str
    first: bool  # of its paragraph (indented)
    last: bool  # of its paragraph (not justified)


class Text(Flowable):
    """A paragraph of plain text (no markup: what the user typed is printed as typed), broken into lines by the
    Chinese rules of ``text.wrap_lines``, and split across pages between lines. A newline starts a new paragraph
    (indented like the first when the style says so)."""

    def __init__(self, text: str, style: TextStyle, *, lines: Sequence[_Line] | None = None,
                 continued: bool = False):
        super().__init__()
        if style.align not in (*ALIGNMENTS, "justify"):
            raise ValueError(f"align must be one of {ALIGNMENTS} or justify")
        self.text = str(text)
        self.style = style
        self._lines: list[_Line] | None = list(lines) if lines is not None else None
        self._fixed = lines is not None  # a piece of a split paragraph keeps the lines it was split with
        self._wrapped_for: float | None = None
        self._continued = continued  # the rest of a paragraph split at a page break

    def __repr__(self) -> str:
        return f"Text({self.text[:20]!r})"

    def _layout(self, available_width: float) -> list[_Line]:
        if self._lines is None or (not self._fixed and self._wrapped_for != available_width):
            style, lines = self.style, []
            indent = style.indent * style.size
            for paragraph in self.text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
                wrapped = wrap_lines(paragraph, style.font, style.size, available_width, indent=indent)
                lines += [_Line(line, index == 0, index == len(wrapped) - 1) for index, line in enumerate(wrapped)]
            self._lines, self._wrapped_for = lines, available_width
        return self._lines

    def wrap(self, available_width, available_height):
        """Lay the text out in ``available_width``; returns the size it takes."""
        self.width = available_width
        self.height = len(self._layout(available_width)) * self.style.line_height
        return self.width, self.height

    def getSpaceBefore(self):  # noqa: N802 - reportlab's name
        """Space above, in points (none above the rest of a paragraph continued on the next page)."""
        return 0.0 if self._continued else self.style.space_before

    def getSpaceAfter(self):  # noqa: N802 - reportlab's name
        """Space below, in points."""
        return self.style.space_after

    def split(self, available_width, available_height):
        """The lines that fit in ``available_height`` and the rest, or nothing when not even one line fits."""
        lines = self._layout(available_width)
        count = int((available_height + 1e-6) // self.style.line_height)
        if count <= 0:
            return []
        if count >= len(lines):
            return [self]
        return [Text(self.text, self.style, lines=lines[:count], continued=self._continued),
                Text(self.text, self.style, lines=lines[count:], continued=True)]

    def draw(self):
        """Draw the lines, the glyphs of each centred in its line height."""
        style, canvas = self.style, self.canv
        ascent, descent = vertical_metrics(style.font)
        leading = style.line_height
        canvas.setFillColor(colors.toColor(style.color))
        canvas.setFont(style.font, style.size)
        lines = self._layout(self.width)
        baseline = len(lines) * leading - (leading - (ascent - descent) * style.size) / 2 - ascent * style.size
        for line in lines:
            line_width = text_width(line.text, style.font, style.size)
            indent = style.indent * style.size if line.first else 0.0
            if style.align == "center":
                x = (self.width - line_width) / 2
            elif style.align == "right":
                x = self.width - line_width
            else:
                x = indent
            spare = self.width - indent - line_width
            if style.align == "justify" and not line.last and len(line.text) > 1 and spare < 0.25 * self.width:
                # Chinese text is set flush at both edges: the spare width shared between the characters (not on
                # a line left short by a long number pushed to the next, which would be stretched apart).
                text = canvas.beginText(x, baseline)
                text.setCharSpace(max(spare, 0.0) / (len(line.text) - 1))
                text.textOut(line.text)
                canvas.drawText(text)
            else:
                canvas.drawString(x, baseline, line.text)
            baseline -= leading


def table(rows: Sequence[Sequence[str | Flowable]], widths: Sequence[float], style: TextStyle, *,
          header_rows: int = 1, header_style: TextStyle | None = None, aligns: Sequence[str] | None = None,
          header_fill: str | None = "#E8EEF7", grid: float = 0.6, padding: float = 4.0,
          spans: Sequence[tuple[tuple[int, int], tuple[int, int]]] = (), style_commands: Sequence[tuple] = (),
          heights: Sequence[float | None] | None = None) -> Table:
    """A table whose text cells wrap by the Chinese rules and which breaks across pages between rows, repeating
    its first ``header_rows`` rows on each page. ``widths`` of the columns in mm; ``aligns`` per column (left,
    center, right, justify). A form's grid: ``spans`` ((col, row), (col, row)) merge cells (the first holds the
    text), ``style_commands`` are more reportlab TableStyle commands (label cells shaded, …), ``heights`` minimum row
    heights in mm (None: as the text needs)."""
    header_style = header_style or style.but(align="center")
    aligns = list(aligns or ["left"] * len(widths))
    cells = []
    for row_index, row in enumerate(rows):
        cells.append([
            value if isinstance(value, Flowable)
            else Text("" if value is None else str(value),
                      header_style if row_index < header_rows else style.but(align=aligns[column]))
            for column, value in enumerate(row)
        ])
    row_heights = [height * MM if height else None for height in heights] if heights is not None else None
    result = Table(cells, colWidths=[width * MM for width in widths], rowHeights=row_heights, repeatRows=header_rows)
    commands = [
        # A table sets each cell's font even for flowable cells; its default is an unembedded Helvetica.
        ("FONTNAME", (0, 0), (-1, -1), style.font),
        ("FONTSIZE", (0, 0), (-1, -1), style.size),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), padding),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
        ("LEFTPADDING", (0, 0), (-1, -1), padding),
        ("RIGHTPADDING", (0, 0), (-1, -1), padding),
    ]
    if grid:
        commands.append(("GRID", (0, 0), (-1, -1), grid, colors.black))
    if header_fill and header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor(header_fill)))
    commands.extend(("SPAN", first, last) for first, last in spans)
    commands.extend(style_commands)
    result.setStyle(TableStyle(commands))
    return result


def space(height_mm: float) -> Spacer:
    """Vertical space of ``height_mm`` millimetres."""
    return Spacer(1, height_mm * MM)


class Section(Flowable):
    """Starts a section of a document (one slip of a batch printed together): from the page it is drawn on, the
    pages carry the section's header line and watermark, and are numbered within the section (第 1 页 / 共 2 页).
    Put it first on a page (after a PageBreak); it takes no room."""

    def __init__(self, key: object, *, header: str = "", watermark: str = ""):
        super().__init__()
        self.key, self.header, self.watermark = key, header, watermark

    def wrap(self, available_width, available_height):
        """No room taken."""
        return 0, 0

    def draw(self):
        """Mark the canvas: the decoration of this page and the next ones is the section's."""
        self.canv._vocweek_section = (self.key, self.header, self.watermark)


@dataclass(frozen=True)
class PageDecor:
    """What is drawn on every page of a document besides its content."""

    font: str
    header: str = ""  # a line above the content, right-aligned, with a rule under it
    footer: str = ""  # a line under the content, left-aligned
    page_numbers: PageNumbers = "always"
    watermark: str = ""
    margins: tuple[float, float, float, float] = (20.0, 20.0, 20.0, 20.0)  # top, right, bottom, left, mm
    cover: bool = False  # the first page is a cover: no header, footer or page number on it (it is counted)


def _decorated_canvas(decor: PageDecor):
    """A canvas class that keeps each page until the end, so that "共 M 页" is known when the pages are drawn."""

    class DecoratedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            sections = [state.get("_vocweek_section") for state in self._pages]
            keys = [section[0] if section else None for section in sections]
            totals = {key: keys.count(key) for key in keys}
            seen: dict[object, int] = {}
            for state, section, key in zip(self._pages, sections, keys, strict=True):
                self.__dict__.update(state)
                seen[key] = seen.get(key, 0) + 1
                page_decor = decor if section is None else replace(decor, header=section[1] or decor.header,
                                                                   watermark=section[2])
                _decorate(self, page_decor, seen[key], totals[key])
                Canvas.showPage(self)
            Canvas.save(self)

    return DecoratedCanvas


def _decorate(canvas: Canvas, decor: PageDecor, number: int, total: int) -> None:
    width, height = canvas._pagesize
    top, right, bottom, left = (value * MM for value in decor.margins)
    size = 9
    ascent, _ = vertical_metrics(decor.font)
    if decor.cover and number == 1:
        if decor.watermark:
            draw_watermark(canvas, decor.watermark, (width, height), font=decor.font)
        return
    canvas.saveState()
    canvas.setFillGray(0.3)
    canvas.setFont(decor.font, size)
    if decor.header:
        y = height - top + 4 * MM
        canvas.drawRightString(width - right, y, decor.header)
        canvas.setStrokeGray(0.5)
        canvas.setLineWidth(0.5)
        canvas.line(left, y - 1.5 * MM, width - right, y - 1.5 * MM)
    footer_y = bottom - 6 * MM - ascent * size
    if decor.footer:
        canvas.drawString(left, footer_y, decor.footer)
    if decor.page_numbers == "always" or (decor.page_numbers == "several" and total > 1):
        label = msg.PAGE_NUMBER.format(page=number, pages=total)
        if decor.footer:
            canvas.drawRightString(width - right, footer_y, label)
        else:
            canvas.drawCentredString(width / 2, footer_y, label)
    canvas.restoreState()
    if decor.watermark:
        draw_watermark(canvas, decor.watermark, (width, height), font=decor.font)


def build_document(target: str | IO[bytes], story: list[Flowable], *, page: Paper | None = None,
                   font: str | None = None, title: str = "", author: str = "", subject: str = "",
                   header: str = "", footer: str = "", page_numbers: PageNumbers = "always", watermark: str = "",
                   margins: tuple[float, float, float, float] = (20.0, 20.0, 20.0, 20.0), cover: bool = False) -> int:
    """Lay ``story`` out on pages of ``page`` (default A4 portrait) inside ``margins`` (top, right, bottom, left,
    mm) and write it to ``target``; returns the number of pages. With ``cover`` the first page carries no header,
    footer or page number."""
    page = page or paper("A4")
    font = font or bundled_font()
    decor = PageDecor(font, header, footer, page_numbers, watermark, margins, cover)
    top, right, bottom, left = (value * MM for value in margins)
    width, height = page.size
    counted: list[int] = []

    def on_page(canvas, _doc):
        counted.append(canvas.getPageNumber())

    document = BaseDocTemplate(target, pagesize=page.size, title=title, author=author, subject=subject,
                               creator="职教周工作台 VocWeek Desktop", leftMargin=left, rightMargin=right,
                               topMargin=top, bottomMargin=bottom, **canvas_options(font))
    frame = Frame(left, bottom, width - left - right, height - top - bottom, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, id="body")
    document.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])

    def make_canvas(*args, **kwargs):
        return prepare(_decorated_canvas(decor)(*args, **kwargs), title=title, author=author, subject=subject)

    document.build(list(story), canvasmaker=make_canvas)
    return len(counted)


def write_document(path: str | Path, story: list[Flowable], **options) -> Path:
    """``build_document`` into ``path``, atomically (never a half-written PDF under the user's name)."""
    with atomic_path(path) as partial:
        build_document(str(partial), story, **options)
    return Path(path)
