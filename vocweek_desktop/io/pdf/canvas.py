"""What every PDF of the program shares: a canvas that starts on an embedded font, prints at 100 %, and the
watermark drawn over a page."""

from __future__ import annotations

import math
from typing import IO

from reportlab.pdfgen.canvas import Canvas

from vocweek_desktop.io.pdf.fonts import bundled_font
from vocweek_desktop.io.pdf.text import text_width, vertical_metrics

WATERMARK_GREY = 0.5
WATERMARK_ALPHA = 0.3


def canvas_options(font: str | None = None) -> dict:
    """Keyword arguments for any reportlab canvas or doc template: start on ``font`` (default: the bundled one).

    reportlab's canvas starts on Helvetica and names it in every page even when nothing is written in it, so
    ``pdffonts`` would list an unembedded Helvetica (TRAPS.md); starting on a registered TrueType font avoids it.
    """
    return {"initialFontName": font or bundled_font(), "initialFontSize": 10}


def prepare(canvas: Canvas, *, title: str = "", author: str = "", subject: str = "") -> Canvas:
    """Set what a printed document needs on ``canvas``: metadata, and no fit-to-page hint (print at 100 %)."""
    canvas.setViewerPreference("PrintScaling", "None")
    canvas.setCreator("职教周工作台 VocWeek Desktop")
    if title:
        canvas.setTitle(title)
    if author:
        canvas.setAuthor(author)
    if subject:
        canvas.setSubject(subject)
    return canvas


def new_canvas(target: str | IO[bytes], pagesize: tuple[float, float], *, font: str | None = None, title: str = "",
               author: str = "", subject: str = "") -> Canvas:
    """A reportlab canvas writing to ``target`` (a path or a binary file), prepared as every PDF of ours is."""
    canvas = Canvas(target, pagesize=pagesize, **canvas_options(font))
    return prepare(canvas, title=title, author=author, subject=subject)


def draw_watermark(canvas: Canvas, text: str, pagesize: tuple[float, float], *, font: str | None = None) -> None:
    """Draw ``text`` (样稿, 未批准) across the page, diagonally, large, grey and half transparent, over what is there."""
    if not text:
        return
    font = font or bundled_font()
    width, height = pagesize
    angle = math.degrees(math.atan2(height, width))
    # As large as fits along 60 % of the diagonal, but never taller than a fifth of the short side.
    diagonal = math.hypot(width, height)
    size = min(0.6 * diagonal / max(text_width(text, font, 1.0), 1e-6), min(width, height) / 5)
    ascent, descent = vertical_metrics(font)
    canvas.saveState()
    canvas.setFillGray(WATERMARK_GREY)
    canvas.setFillAlpha(WATERMARK_ALPHA)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(angle)
    canvas.setFont(font, size)
    canvas.drawCentredString(0, -(ascent + descent) / 2 * size, text)
    canvas.restoreState()
