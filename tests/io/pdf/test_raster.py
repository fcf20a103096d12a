"""PDF pages as pictures for the in-window preview: the page count, the size at a dpi or a width, dark text on a
white page."""

from __future__ import annotations

import io

from vocweek_desktop.io.pdf.geometry import Box, paper
from vocweek_desktop.io.pdf.raster import page_count, render_page
from vocweek_desktop.io.pdf.sheet import Sheet


def _pdf() -> bytes:
    buffer = io.BytesIO()
    sheet = Sheet(buffer, paper("A4", landscape=True))
    sheet.rect(Box(0, 0, 148.5, 210), stroke=None, fill="#000000")  # the left half black
    sheet.new_page()
    sheet.text_box("第二页", Box(10, 10, 100, 20), size=20)
    sheet.close()
    return buffer.getvalue()


def test_pages_are_rendered_at_the_size_asked_on_white():
    pdf = _pdf()
    assert page_count(pdf) == 2
    page = render_page(pdf, 0, dpi=36)
    assert (page.width, page.height) == (421, 298) and round(page.width_mm) == 297
    assert page.stride >= page.width * 4 and len(page.data) == page.stride * page.height
    row = page.data[page.stride * 100: page.stride * 100 + page.width * 4]
    left, right = row[40 * 4: 40 * 4 + 3], row[380 * 4: 380 * 4 + 3]
    assert left == b"\x00\x00\x00" and right == b"\xff\xff\xff"
    assert render_page(pdf, 1, width_px=600).width == 600
