"""Fixed-layout pages in millimetres from the paper's top-left (forms, certificates, 套打, the 附件3 map).

A printer offset moves everything drawn on a page (+x right, +y down); a watermark is drawn over every page and a
background picture under it, unless the background is for the screen only (套打 onto pre-printed paper). Written
atomically through ``open_sheet``; ``Sheet`` itself writes to any binary file (a preview in memory).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from reportlab.lib.colors import Color, black, toColor

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.errors import ValidationError
from vocweek_desktop.files import atomic_path
from vocweek_desktop.io.pdf.canvas import draw_watermark, new_canvas
from vocweek_desktop.io.pdf.fonts import bundled_font
from vocweek_desktop.io.pdf.geometry import MM, Box, Offset, Paper
from vocweek_desktop.io.pdf.images import PdfImage
from vocweek_desktop.io.pdf.text import ALIGNMENTS, VALIGNMENTS, TextFit, fit_text, text_width

ColorLike = str | Color | tuple[float, float, float]
NO_OFFSET = Offset()


def _color(value: ColorLike | None) -> Color:
    if value is None:
        return black
    if isinstance(value, tuple):
        return Color(*value)
    return toColor(value)


class Sheet:
    """A PDF of fixed-layout pages: draw with millimetre coordinates, call ``new_page`` between pages, ``close``
    at the end (``open_sheet`` does both the close and the atomic write)."""

    def __init__(self, target: str | Path | IO[bytes], paper: Paper, *, font: str | None = None,
                 offset: Offset = NO_OFFSET, watermark: str | None = None, background: PdfImage | None = None,
                 draw_background: bool = True, title: str = "", author: str = "", subject: str = ""):
        self.paper = paper
        self.font = font or bundled_font()
        self.offset = offset
        self.watermark = watermark
        self.background = background
        self.draw_background = draw_background
        self.page_count = 0  # pages finished
        self._canvas = new_canvas(str(target) if isinstance(target, Path) else target, paper.size, font=self.font,
                                  title=title, author=author, subject=subject)
        self._forms: dict[int, tuple[str, PdfImage]] = {}  # pictures already in the PDF, by identity
        self._open = False  # a page is begun (background drawn, offset applied): only when drawing on it
        self._closed = False

    # Pages.

    @property
    def canvas(self):
        """The reportlab canvas of the current page, in points from the bottom-left, the offset already applied:
        for drawing the layer does not offer (the map's shapes); see ``point``."""
        self._begin()
        return self._canvas

    def _begin(self) -> None:
        if self._open:
            return
        if self._closed:
            raise RuntimeError("the sheet is closed")
        self._open = True
        canvas = self._canvas
        canvas.saveState()
        if self.offset:
            canvas.translate(self.offset.x * MM, -self.offset.y * MM)
        canvas.setFont(self.font, 10)
        if self.background is not None and self.draw_background:
            width, height = self.paper.size
            self._place(self.background, 0, 0, width, height)

    def new_page(self) -> None:
        """Finish the current page (the watermark goes over it) if anything was drawn on it; the next drawing
        starts a new page."""
        if self._open:
            self._finish_page()

    def _finish_page(self) -> None:
        canvas = self._canvas
        if self.watermark:
            draw_watermark(canvas, self.watermark, self.paper.size, font=self.font)
        canvas.restoreState()
        canvas.showPage()
        self.page_count += 1
        self._open = False

    def close(self) -> int:
        """Finish the last page and write the PDF; returns the number of pages (an empty sheet gets one page)."""
        if self._closed:
            return self.page_count
        if self._open or self.page_count == 0:
            self._begin()
            self._finish_page()
        self._canvas.save()
        self._closed = True
        return self.page_count

    # Coordinates.

    def point(self, x: float, y: float) -> tuple[float, float]:
        """Millimetres from the paper's top-left → reportlab points from the bottom-left (the offset is already
        applied to the canvas, not here)."""
        return x * MM, (self.paper.height - y) * MM

    # Drawing.

    def text_box(self, text: str, box: Box, *, size: float = 12, min_size: float | None = None,
                 align: str = "left", valign: str = "top", font: str | None = None, line_spacing: float = 1.2,
                 wrap: bool = True, color: ColorLike | None = None) -> TextFit:
        """Set ``text`` inside ``box``: wrapped (Chinese rules), aligned, shrunk down to ``min_size`` when needed.

        Never draws outside the box: text that does not fit at ``min_size`` is cut at its edge and the result
        says ``fits=False`` so that the caller can flag it. Returns the size used and the lines.
        """
        if align not in ALIGNMENTS:
            raise ValueError(f"align must be one of {ALIGNMENTS}")
        if valign not in VALIGNMENTS:
            raise ValueError(f"valign must be one of {VALIGNMENTS}")
        font = font or self.font
        width, height = box.width * MM, box.height * MM
        fit = fit_text(text, font, width, height, size=size, min_size=min_size, line_spacing=line_spacing, wrap=wrap)
        canvas = self.canvas
        left, top = self.point(box.x, box.y)
        spare = height - fit.height
        if fit.fits and valign == "middle":
            top -= spare / 2
        elif fit.fits and valign == "bottom":
            top -= spare
        if not fit.fits:
            canvas.saveState()  # the clip ends with the box
            path = canvas.beginPath()
            path.rect(left, top - height, width, height)
            canvas.clipPath(path, stroke=0, fill=0)
        # Every drawing method sets the colour and font it needs, so none is saved and restored around a box
        # (a thousand certificates draw six boxes each).
        canvas.setFillColor(_color(color))
        canvas.setFont(font, fit.size)
        baseline = top - fit.ascent * fit.size
        for line, line_width in zip(fit.lines, fit.widths, strict=True):
            if align == "left":
                x = left
            elif align == "center":
                x = left + (width - line_width) / 2
            else:
                x = left + width - line_width
            canvas.drawString(x, baseline, line)
            baseline -= fit.leading
        if not fit.fits:
            canvas.restoreState()
        return fit

    def text(self, text: str, x: float, y: float, *, size: float = 10, align: str = "left", font: str | None = None,
             color: ColorLike | None = None) -> float:
        """One line with its baseline at (``x``, ``y``) mm, starting, centred or ending there (``align``); returns
        its width in mm."""
        font = font or self.font
        canvas = self.canvas
        px, py = self.point(x, y)
        width = text_width(text, font, size)
        shift = {"left": 0.0, "center": width / 2, "right": width}[align]
        canvas.setFillColor(_color(color))
        canvas.setFont(font, size)
        canvas.drawString(px - shift, py, text)
        return width / MM

    def line(self, x1: float, y1: float, x2: float, y2: float, *, width: float = 0.3, color: ColorLike | None = None,
             dash: tuple[float, ...] | None = None) -> None:
        """A straight line between two points in mm (``width`` in mm, ``dash`` lengths in mm)."""
        canvas = self.canvas
        canvas.saveState()
        canvas.setStrokeColor(_color(color))
        canvas.setLineWidth(width * MM)
        if dash:
            canvas.setDash([d * MM for d in dash])
        canvas.line(*self.point(x1, y1), *self.point(x2, y2))
        canvas.restoreState()

    def rect(self, box: Box, *, stroke: ColorLike | None = "#000000", fill: ColorLike | None = None,
             width: float = 0.3, radius: float = 0.0) -> None:
        """A rectangle outlined with ``stroke`` (None: no outline) and filled with ``fill`` (None: empty)."""
        canvas = self.canvas
        canvas.saveState()
        if stroke is not None:
            canvas.setStrokeColor(_color(stroke))
            canvas.setLineWidth(width * MM)
        if fill is not None:
            canvas.setFillColor(_color(fill))
        x, top = self.point(box.x, box.y)
        args = (x, top - box.height * MM, box.width * MM, box.height * MM)
        if radius:
            canvas.roundRect(*args, radius * MM, stroke=int(stroke is not None), fill=int(fill is not None))
        else:
            canvas.rect(*args, stroke=int(stroke is not None), fill=int(fill is not None))
        canvas.restoreState()

    def image(self, picture: PdfImage, box: Box, *, keep_aspect: bool = True) -> Box:
        """Draw ``picture`` in ``box`` (a seal, a logo), as large as fits and centred when ``keep_aspect``, else
        stretched; transparent parts stay transparent. Returns where it landed."""
        if keep_aspect:
            scale = min(box.width / picture.width, box.height / picture.height)
            width, height = picture.width * scale, picture.height * scale
            box = Box(box.x + (box.width - width) / 2, box.y + (box.height - height) / 2, width, height)
        x, top = self.point(box.x, box.y)
        self._place(picture, x, top - box.height * MM, box.width * MM, box.height * MM)
        return box

    def _place(self, picture: PdfImage, x: float, y: float, width: float, height: float) -> None:
        # reportlab hashes an image's pixels at every drawImage; a picture on every page (a background, a seal)
        # is put once in a form and the form placed on each page instead.
        canvas = self.canvas
        entry = self._forms.get(id(picture))
        if entry is None:
            entry = self._forms[id(picture)] = (f"picture{len(self._forms)}", picture)
            canvas.beginForm(entry[0], 0, 0, 1, 1)
            canvas.drawImage(picture.reader, 0, 0, 1, 1, mask="auto")
            canvas.endForm()
        canvas.saveState()
        canvas.transform(width, 0, 0, height, x, y)
        canvas.doForm(entry[0])
        canvas.restoreState()


def check_box(box: Box, paper: Paper, label: str) -> None:
    """Refuse a box that is empty or not wholly on the paper (a template field placed off the sheet)."""
    if box.width <= 0 or box.height <= 0 or not box.within(paper):
        raise ValidationError({label: msg.PDF_BOX_OFF_PAPER.format(
            label=label, x=f"{box.x:g}", y=f"{box.y:g}", width=f"{box.width:g}", height=f"{box.height:g}",
            paper_width=f"{paper.width:g}", paper_height=f"{paper.height:g}")})


@contextlib.contextmanager
def open_sheet(path: str | Path, paper: Paper, **options) -> Iterator[Sheet]:
    """A ``Sheet`` writing to ``path`` atomically: the file appears, whole, only when the block ends normally."""
    with atomic_path(path) as partial:
        sheet = Sheet(partial, paper, **options)
        yield sheet
        sheet.close()
