"""The 附件3 map as a PDF: the plan of domain/layout_map.py drawn on fixed-layout pages (fonts embedded, printed at
100 %, so the scale bar and the booths measure true on paper)."""

from __future__ import annotations

from pathlib import Path

from vocweek_desktop.domain.layout_map import MapLine, MapPlan, MapPolygon, MapRect, MapText
from vocweek_desktop.io.pdf.geometry import Box, Paper
from vocweek_desktop.io.pdf.sheet import _color, open_sheet


def write_map_pdf(plan: MapPlan, path: str | Path, *, author: str = "") -> Path:
    """Draw every page of ``plan`` into ``path`` (atomically)."""
    with open_sheet(path, Paper(*plan.paper), title=plan.title, author=author) as sheet:
        for number, page in enumerate(plan.pages):
            if number:
                sheet.new_page()
            for shape in page.shapes:
                if isinstance(shape, MapRect):
                    sheet.rect(Box(shape.x, shape.y, shape.width, shape.height), stroke=shape.stroke,
                               fill=shape.fill, width=shape.line)
                elif isinstance(shape, MapText):
                    if shape.text:
                        sheet.text(shape.text, shape.x, shape.y, size=shape.size, align=shape.align, color=shape.color)
                elif isinstance(shape, MapLine):
                    sheet.line(shape.x1, shape.y1, shape.x2, shape.y2, width=shape.width, color=shape.color)
                elif isinstance(shape, MapPolygon):
                    canvas = sheet.canvas
                    canvas.saveState()
                    canvas.setFillColor(_color(shape.fill))
                    outline = canvas.beginPath()
                    first, *rest = [sheet.point(x, y) for x, y in shape.points]
                    outline.moveTo(*first)
                    for point in rest:
                        outline.lineTo(*point)
                    outline.close()
                    canvas.drawPath(outline, stroke=0, fill=1)
                    canvas.restoreState()
    return Path(path)
