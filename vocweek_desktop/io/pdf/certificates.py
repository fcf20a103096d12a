"""荣誉证书 pages and the printer's calibration page, drawn on the fixed-layout sheet (``sheet.Sheet``).

Two modes: ``blank`` (空白纸: background picture and seal printed with the fields) and ``overlay`` (套打 onto bought,
pre-printed certificate paper: only the fields marked for it are printed; the background is drawn only in a
preview, to see where the text lands, and never in a file meant for the printer). The printer's offset moves
everything on the page in both modes. A text that does not fit its box shrinks down to its smallest size and is
flagged below it; it never moves or shrinks another field.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.files import atomic_path
from vocweek_desktop.io.pdf.geometry import MM, Box, Offset, Paper
from vocweek_desktop.io.pdf.images import PdfImage
from vocweek_desktop.io.pdf.sheet import NO_OFFSET, Sheet
from vocweek_desktop.io.pdf.text import fit_text, text_width

MODES = ("blank", "overlay")
GRID_GREY = "#b8c4d6"
GRID_DARK = "#6f86a8"
MARK_RED = "#c62828"
PRINTABLE = 6.0  # mm kept clear of every edge on the calibration page: office printers leave 4–5 mm blank
NUMBER_SIZE = 6.0
NOTE_SIZES = (8.5, 7.5, 6.5)  # the notes' text: the largest that finds a free place
RULER_HEIGHT = 11.0  # mm under the notes for the ruler


@dataclass(frozen=True)
class FieldLayout:
    """A field of the template: its key and label, the box it is set in, its sizes, alignment, and whether it is
    printed onto pre-printed paper (套打)."""

    key: str
    label: str
    box: Box
    size: float
    min_size: float
    align: str = "left"
    on_overlay: bool = True


@dataclass(frozen=True)
class CertificateLayout:
    """Everything a certificate page is drawn from besides its texts."""

    paper: Paper
    fields: tuple[FieldLayout, ...]
    font: str | None = None  # a registered reportlab font (None: the bundled one)
    background: PdfImage | None = None
    seal: PdfImage | None = None
    seal_box: Box | None = None


@dataclass(frozen=True)
class FitFlag:
    """A field whose text did not fit its box even at its smallest size (cut at the box's edge)."""

    page: int  # 1-based
    key: str
    label: str
    recipient: str


def draw_certificates(target: str | Path | IO[bytes], layout: CertificateLayout,
                      pages: Sequence[Mapping[str, str]], *, mode: str = "blank", offset: Offset = NO_OFFSET,
                      watermark: str | None = None, preview: bool = False, title: str = "") -> list[FitFlag]:
    """One page per mapping of field key → filled text (``pages``), to ``target`` (a path, written atomically, or
    a binary file). Returns the fields that did not fit. ``preview``: also draw the background in 套打 mode."""
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}")
    if isinstance(target, str | Path):
        with atomic_path(target) as partial, open(partial, "wb") as stream:
            return draw_certificates(stream, layout, pages, mode=mode, offset=offset, watermark=watermark,
                                     preview=preview, title=title)
    overlay = mode == "overlay"
    sheet = Sheet(target, layout.paper, font=layout.font, offset=offset, watermark=watermark or None,
                  background=layout.background, draw_background=not overlay or preview, title=title,
                  subject=msg.CERT_PDF_SUBJECT)
    fields = [f for f in layout.fields if f.on_overlay or not overlay]
    flags: list[FitFlag] = []
    for number, texts in enumerate(pages, start=1):
        sheet.canvas  # begin the page (background, offset) even if every field of it is empty  # noqa: B018
        for field in fields:
            text = texts.get(field.key, "")
            if not text:
                continue
            fit = sheet.text_box(text, field.box, size=field.size, min_size=field.min_size, align=field.align,
                                 valign="middle")
            if not fit.fits:
                flags.append(FitFlag(number, field.key, field.label, texts.get("college", "")))
        if layout.seal is not None and layout.seal_box is not None and not overlay:
            sheet.image(layout.seal, layout.seal_box)
        sheet.new_page()
    sheet.close()
    return flags


def draw_calibration(target: str | Path | IO[bytes], layout: CertificateLayout, *, offset: Offset = NO_OFFSET,
                     printer: str = "") -> None:
    """The calibration page: a millimetre grid numbered every 10 mm from the paper's top-left, a cross and the
    outline of each field's box, a 50 mm ruler, and how to read the offset off a test print. Drawn with ``offset``
    applied, so that printing it again checks the offset found.

    Everything that must be read off the print (numbers, ruler, notes) stays ``PRINTABLE`` mm inside the edges, where
    office printers do print; the notes go where they cover no box, cross or label."""
    if isinstance(target, str | Path):
        with atomic_path(target) as partial, open(partial, "wb") as stream:
            draw_calibration(stream, layout, offset=offset, printer=printer)
        return
    paper = layout.paper
    sheet = Sheet(target, paper, font=layout.font, offset=offset, title=msg.CERT_CALIBRATION_TITLE,
                  subject=msg.CERT_PDF_SUBJECT)
    width, height = paper.width, paper.height
    for mm in range(0, int(width) + 1, 5):
        dark = mm % 10 == 0
        sheet.line(mm, 0, mm, height, width=0.25 if dark else 0.1, color=GRID_DARK if dark else GRID_GREY)
    for mm in range(0, int(height) + 1, 5):
        dark = mm % 10 == 0
        sheet.line(0, mm, width, mm, width=0.25 if dark else 0.1, color=GRID_DARK if dark else GRID_GREY)
    # The numbers of the vertical lines along the top, of the horizontal ones down the left: inside the margin.
    top_baseline = PRINTABLE + NUMBER_SIZE / MM * 1.2
    for mm in range(10, int(width), 10):
        if mm + 0.6 + text_width(str(mm), sheet.font, NUMBER_SIZE) / MM <= width - PRINTABLE:
            sheet.text(str(mm), mm + 0.6, top_baseline, size=NUMBER_SIZE, color=GRID_DARK)
        else:  # too near the right edge: left of its line
            sheet.text(str(mm), mm - 0.6, top_baseline, size=NUMBER_SIZE, color=GRID_DARK, align="right")
    for mm in range(10, int(height), 10):
        if mm - 0.6 <= height - PRINTABLE - 1:
            sheet.text(str(mm), PRINTABLE + 0.5, mm - 0.6, size=NUMBER_SIZE, color=GRID_DARK)
    # What the notes must not cover: the numbers along the top and down the left, each box, its cross and label.
    taken = [Box(0, 0, width, PRINTABLE + 3), Box(0, 0, PRINTABLE + 4.5, height)]
    marks = [(f.label, f.box) for f in layout.fields]
    if layout.seal_box is not None:
        marks.append((msg.CERT_SEAL_LABEL, layout.seal_box))
    labels = []
    for label, box in marks:
        text = f"{label}（{box.x:g}, {box.y:g}）"
        labels.append((text, box))
        taken += [box, Box(box.x - 4, box.y - 4, max(text_width(text, sheet.font, 7) / MM + 6, 8), 9)]
    notes = "\n".join([msg.CERT_CALIBRATION_TITLE, *msg.CERT_CALIBRATION_STEPS,
                       msg.CERT_CALIBRATION_NOW.format(printer=printer or msg.CERT_PRINTER_DEFAULT, x=f"{offset.x:+g}",
                                                       y=f"{offset.y:+g}", width=f"{width:g}", height=f"{height:g}")])
    note_box, note_size = _free_box(paper, taken, notes, sheet.font)
    # The notes on a half-white ground; the boxes and crosses are drawn after them, so stay on top where they meet.
    canvas = sheet.canvas
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    canvas.setFillAlpha(0.85)
    left_pt, top_pt = sheet.point(note_box.x, note_box.y)
    canvas.rect(left_pt, top_pt - note_box.height * MM, note_box.width * MM, note_box.height * MM, stroke=0, fill=1)
    canvas.restoreState()
    text_area = Box(note_box.x + 2, note_box.y + 2, note_box.width - 4, note_box.height - 4 - RULER_HEIGHT)
    sheet.text_box(notes, text_area, size=note_size, min_size=5)
    # Under the notes, a 50 mm ruler with a tick every millimetre, to measure a shift to the millimetre.
    left, base = note_box.x + 4, note_box.bottom - 6
    sheet.line(left, base, left + 50, base, width=0.3)
    for mm in range(51):
        tall = 4.0 if mm % 10 == 0 else 2.5 if mm % 5 == 0 else 1.5
        sheet.line(left + mm, base, left + mm, base - tall, width=0.15)
        if mm % 10 == 0:
            sheet.text(str(mm), left + mm, base + 3.5, size=NUMBER_SIZE, align="center")
    for text, box in labels:
        sheet.rect(box, stroke=MARK_RED, width=0.2)
        x, y = box.x, box.y
        sheet.line(x - 4, y, x + 4, y, width=0.3, color=MARK_RED)
        sheet.line(x, y - 4, x, y + 4, width=0.3, color=MARK_RED)
        sheet.text(text, x + 1.2, y + 3.6, size=7, color=MARK_RED)
    sheet.close()


def _free_box(paper: Paper, taken: Sequence[Box], notes: str, font: str) -> tuple[Box, float]:
    """Where the calibration notes and their ruler cover none of ``taken`` (the numbers, boxes, crosses with their
    labels), and the size of their text: the largest text, then the widest block, then the lowest place; the lower
    right of the page at the smallest size when no place is free."""
    def clear(box: Box) -> bool:
        return all(box.right + 1 <= t.x or box.x >= t.right + 1 or box.bottom + 1 <= t.y or box.y >= t.bottom + 1
                   for t in taken)

    low, high = PRINTABLE + 3, paper.height - PRINTABLE
    for size in NOTE_SIZES:
        for share in (0.6, 0.5, 0.42, 0.35):
            width = paper.width * share
            fit = fit_text(notes, font, (width - 4) * MM, paper.height * MM, size=size)
            height = fit.height / MM + 4.5 + RULER_HEIGHT
            y = high - height
            while y >= low:
                x = PRINTABLE + 5
                while x + width <= paper.width - PRINTABLE:
                    if clear(Box(x, y, width, height)):
                        return Box(x, y, width, height), size
                    x += 2.5
                y -= 2.5
    return Box(paper.width * 0.36, paper.height - PRINTABLE - 60, paper.width * 0.6, 60), NOTE_SIZES[-1]
