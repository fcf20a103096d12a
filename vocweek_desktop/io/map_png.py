"""The 附件3 map as a PNG picture: the same plan as the PDF, drawn with Pillow in the bundled font at a chosen
resolution (pages after the first, the legend, are stacked below it). No Qt: the CLI writes it too."""

from __future__ import annotations

import functools
import io
from pathlib import Path

from vocweek_desktop import paths
from vocweek_desktop.domain.layout_map import MapLine, MapPlan, MapPolygon, MapRect, MapText
from vocweek_desktop.files import write_bytes

PAGE_GAP_MM = 6.0


@functools.lru_cache(maxsize=64)
def _font(size_px: float):
    from PIL import ImageFont

    # A fractional size: text rounded to whole pixels came out up to 3 % wider than the plan measured it, and a
    # legend's longest phone number ran into its cell's border.
    return ImageFont.truetype(str(paths.font_path()), max(size_px, 1.0))


def render_pages(plan: MapPlan, dpi: int):
    """The plan's pages as one Pillow image (white, RGB) at ``dpi``."""
    from PIL import Image, ImageDraw

    scale = dpi / 25.4  # pixels per mm
    page_w, page_h = plan.paper
    gap = PAGE_GAP_MM * scale
    width = round(page_w * scale)
    height = round(len(plan.pages) * page_h * scale + (len(plan.pages) - 1) * gap)
    image = Image.new("RGB", (width, height), "#FFFFFF")
    draw = ImageDraw.Draw(image)
    for number, page in enumerate(plan.pages):
        top = number * (page_h * scale + gap)
        if number:
            draw.rectangle((0, top - gap, width, top), fill="#BBBBBB")

        def at(x: float, y: float, top=top) -> tuple[float, float]:
            return x * scale, top + y * scale

        for shape in page.shapes:
            if isinstance(shape, MapRect):
                (x0, y0), (x1, y1) = at(shape.x, shape.y), at(shape.x + shape.width, shape.y + shape.height)
                line = max(round(shape.line * scale), 1) if shape.stroke else 0
                draw.rectangle((round(x0), round(y0), round(x1), round(y1)), fill=shape.fill,
                               outline=shape.stroke, width=line)
            elif isinstance(shape, MapText):
                if shape.text:
                    anchor = {"left": "ls", "center": "ms", "right": "rs"}[shape.align]
                    draw.text(at(shape.x, shape.y), shape.text, fill=shape.color, anchor=anchor,
                              font=_font(round(shape.size / 72 * dpi, 2)))
            elif isinstance(shape, MapLine):
                draw.line((*at(shape.x1, shape.y1), *at(shape.x2, shape.y2)), fill=shape.color,
                          width=max(round(shape.width * scale), 1))
            elif isinstance(shape, MapPolygon):
                draw.polygon([at(x, y) for x, y in shape.points], fill=shape.fill)
    return image


def write_map_png(plan: MapPlan, path: str | Path, dpi: int = 200) -> Path:
    """Write the plan as a PNG of ``dpi`` dots per inch (atomically), with its resolution recorded in the file."""
    buffer = io.BytesIO()
    render_pages(plan, dpi).save(buffer, format="PNG", dpi=(dpi, dpi), optimize=False)
    write_bytes(path, buffer.getvalue())
    return Path(path)
