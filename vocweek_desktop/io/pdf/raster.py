"""PDF pages as pictures, for showing a PDF in the window exactly as it was written (the certificate preview is the
PDF itself, page by page). pypdfium2 renders synchronously and needs no display; it is imported on first use."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageImage:
    """One rendered page: size in pixels and its pixels as 8-bit BGRA rows (``stride`` bytes per row)."""

    width: int
    height: int
    stride: int
    data: bytes
    width_mm: float
    height_mm: float


def page_count(pdf: bytes) -> int:
    """How many pages the PDF has."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def render_page(pdf: bytes, index: int, *, dpi: float = 96.0, width_px: int | None = None) -> PageImage:
    """Page ``index`` (0-based) of ``pdf`` at ``dpi`` (or scaled to ``width_px`` pixels wide), on white."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        page = document[index]
        try:
            width_pt, height_pt = page.get_size()
            scale = width_px / width_pt if width_px else dpi / 72.0
            bitmap = page.render(scale=scale, fill_color=(255, 255, 255, 255), prefer_bgrx=True)
            try:
                data = bytes(bitmap.buffer)
                mode = bitmap.mode
                if mode not in ("BGRA", "BGRX"):  # 3-byte BGR: widen to BGRA for the window
                    data = _bgr_to_bgra(data, bitmap.width, bitmap.height, bitmap.stride)
                    stride = bitmap.width * 4
                else:
                    stride = bitmap.stride
                return PageImage(bitmap.width, bitmap.height, stride, data, width_pt * 25.4 / 72, height_pt * 25.4 / 72)
            finally:
                bitmap.close()
        finally:
            page.close()
    finally:
        document.close()


def _bgr_to_bgra(data: bytes, width: int, height: int, stride: int) -> bytes:
    out = bytearray(width * height * 4)
    for row in range(height):
        source = data[row * stride: row * stride + width * 3]
        target = row * width * 4
        out[target: target + width * 4: 4] = source[0::3]
        out[target + 1: target + width * 4: 4] = source[1::3]
        out[target + 2: target + width * 4: 4] = source[2::3]
        out[target + 3: target + width * 4: 4] = b"\xff" * width
    return bytes(out)
