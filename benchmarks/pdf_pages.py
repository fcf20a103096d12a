"""Benchmark: 1,000 certificate-like pages through the PDF layer against a bare reportlab canvas.

Run: ``uv run python benchmarks/pdf_pages.py [--pages 1000] [--repeat 3]``. Each page has a title, the recipient
(a college's name; every seventh one too long for its box, so that it shrinks), a body paragraph that wraps, the
issuer, the date and a certificate number, and the 样稿 watermark. In the same run:

- bare: ``reportlab.pdfgen.canvas.Canvas`` with the same registered font, each text drawn with ``drawString`` /
  ``drawCentredString`` at a fixed place, the body pre-split into lines, the watermark rotated by hand;
- layer: ``io.pdf.sheet.open_sheet`` with ``text_box`` for every field (wrapping, shrink-to-fit, alignment in a
  box), the watermark of the sheet, the atomic write.

Both write a file in a temporary folder; the font is registered before timing. Prints the best of ``--repeat``
runs of each and the ratio. Goal (issue 11): layer ≤ 1.5 × bare.

The layer remembers the layout of a text it has set in the same box before (a batch of certificates repeats
its title, issuer and date on every page). Two batches are timed: the seven sample colleges in turn, and every
page with its own recipient and body (a number in the name), so that no name or body is laid out twice.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

COLLEGES = ["智能制造学院", "汽车工程学院", "信息工程学院", "建筑工程学院", "经济管理学院", "艺术设计学院",
            "四川科技职业学院现代服务与数字商务学院（示例超长名称）"]
BODY = "{college}在2024年职业教育活动周中组织有力、成效显著，被评为优秀组织单位，特发此证，以资鼓励。"


def body_lines(college: str) -> list[str]:
    """The body cut into the lines the layer makes of it in its box (the floor is given them ready-made)."""
    from vocweek_desktop.io.pdf.fonts import bundled_font
    from vocweek_desktop.io.pdf.geometry import MM
    from vocweek_desktop.io.pdf.text import wrap_lines

    return wrap_lines(BODY.format(college=college), bundled_font(), 18, 217 * MM)


def bare(path: Path, pages: int, font: str, colleges: list[str], bodies: dict[str, list[str]]) -> None:
    """The floor: reportlab's canvas writing the same text at fixed places."""
    import math

    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    width, height = 297 * mm, 210 * mm
    canvas = Canvas(str(path), pagesize=(width, height), initialFontName=font)
    angle = math.degrees(math.atan2(height, width))
    for number in range(pages):
        college = colleges[number % len(colleges)]
        canvas.setFont(font, 48)
        canvas.drawCentredString(width / 2, height - 55 * mm, "荣誉证书")
        canvas.setFont(font, 22)
        canvas.drawString(40 * mm, height - 82 * mm, college)
        canvas.setFont(font, 18)
        for index, line in enumerate(bodies[college]):
            canvas.drawString(40 * mm, height - (100 + index * 11) * mm, line)
        canvas.setFont(font, 16)
        canvas.drawCentredString(210 * mm, height - 148 * mm, "四川科技职业学院")
        canvas.drawCentredString(210 * mm, height - 160 * mm, "2024年5月23日")
        canvas.setFont(font, 10)
        canvas.drawString(20 * mm, height - 186 * mm, f"川科教〔2024〕职教周第{number + 1:03d}号")
        canvas.saveState()
        canvas.setFillGray(0.5)
        canvas.setFillAlpha(0.3)
        canvas.translate(width / 2, height / 2)
        canvas.rotate(angle)
        canvas.setFont(font, 120)
        canvas.drawCentredString(0, -40, "样稿")
        canvas.restoreState()
        canvas.showPage()
    canvas.save()


def layer(path: Path, pages: int, font: str, colleges: list[str]) -> None:
    """The same page through io/pdf: every field a box, the watermark of the sheet, written atomically."""
    from vocweek_desktop.io.pdf.geometry import Box, paper
    from vocweek_desktop.io.pdf.sheet import open_sheet

    with open_sheet(path, paper("A4", landscape=True), font=font, watermark="样稿") as sheet:
        for number in range(pages):
            college = colleges[number % len(colleges)]
            sheet.text_box("荣誉证书", Box(60, 35, 177, 25), size=48, align="center", valign="middle")
            sheet.text_box(college, Box(40, 70, 110, 14), size=22, min_size=14, valign="bottom")
            sheet.text_box(BODY.format(college=college), Box(40, 92, 217, 40), size=18, line_spacing=1.6)
            sheet.text_box("四川科技职业学院", Box(170, 140, 80, 10), size=16, align="center")
            sheet.text_box("2024年5月23日", Box(170, 152, 80, 10), size=16, align="center")
            sheet.text_box(f"川科教〔2024〕职教周第{number + 1:03d}号", Box(20, 180, 120, 8), size=10, wrap=False)
            sheet.new_page()


def _forget_layouts() -> None:
    from vocweek_desktop.io.pdf import text

    text._fit.cache_clear()
    text._clusters.cache_clear()


def best_of(function, repeat: int, *args) -> float:
    """The fastest of ``repeat`` runs, in seconds (layouts remembered by an earlier run are forgotten first)."""
    times = []
    for _ in range(repeat):
        _forget_layouts()
        start = time.perf_counter()
        function(*args)
        times.append(time.perf_counter() - start)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    """Time both for each kind of batch, print the figures and the ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    from vocweek_desktop.io.pdf.fonts import bundled_font

    font = bundled_font()
    batches = {
        "the seven sample colleges in turn": COLLEGES,
        "every page different": [f"{COLLEGES[number % len(COLLEGES)]}第{number}分院" for number in range(args.pages)],
    }
    print(f"{args.pages} certificate pages, best of {args.repeat}")
    with tempfile.TemporaryDirectory(prefix="vocweek-pdf-bench-") as folder:
        folder = Path(folder)
        for label, colleges in batches.items():
            bodies = {college: body_lines(college) for college in colleges}  # the floor gets its lines ready-made
            bare(folder / "warm.pdf", 5, font, colleges, bodies)  # reportlab's first use outside the timing
            layer(folder / "warm2.pdf", 5, font, ["预热学院"])
            bare_time = best_of(bare, args.repeat, folder / "bare.pdf", args.pages, font, colleges, bodies)
            layer_time = best_of(layer, args.repeat, folder / "layer.pdf", args.pages, font, colleges)
            sizes = ((folder / "bare.pdf").stat().st_size, (folder / "layer.pdf").stat().st_size)
            print(f"{label}:")
            print(f"  bare reportlab canvas: {bare_time:.3f} s ({sizes[0] / 1024:.0f} KB)")
            print(f"  io/pdf layer:          {layer_time:.3f} s ({sizes[1] / 1024:.0f} KB)")
            print(f"  ratio: {layer_time / bare_time:.2f}x (goal <= 1.5x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
