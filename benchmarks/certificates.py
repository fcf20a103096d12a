"""Benchmark (issue 11): 1,000 certificate pages through the certificate code against a bare reportlab canvas
writing the same text with the same font, in the same run. Goal: certificates ≤ 1.5 × bare.

Run: ``uv run python benchmarks/certificates.py [--pages 1000] [--repeat 3]``.

- certificates: ``io.pdf.certificates.draw_certificates`` with the default template (six fields: 荣誉证书, the
  college, the body with {college} {year} {theme} {award} filled in, issuer, date, number), the seal, the 样稿
  watermark, written atomically — every page a different college (a number in its name), so that no recipient or
  body is laid out twice, and every seventh one too long for its box (it shrinks);
- bare: ``reportlab.pdfgen.canvas.Canvas`` with the same registered font and seal picture (put in the
  PDF once), each line drawn with
  ``drawString`` where the certificate code put it (the floor is handed the lines and positions ready-made), the
  watermark rotated by hand.

Prints the best of ``--repeat`` runs of each and the ratio.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

COLLEGES = ["智能制造学院", "汽车工程学院", "信息工程学院", "建筑工程学院", "经济管理学院", "艺术设计学院",
            "四川科技职业学院现代服务与数字商务学院（示例超长名称，需要缩小字号才能放下）"]


def _setup(pages: int):
    """The layout, the pages' texts, and where each line lands (for the floor)."""
    from PIL import Image

    from tests.io.pdf.pdf_inspect import text_runs
    from vocweek_desktop.domain import awards as rules
    from vocweek_desktop.io.pdf.certificates import CertificateLayout, FieldLayout, draw_certificates
    from vocweek_desktop.io.pdf.fonts import bundled_font
    from vocweek_desktop.io.pdf.geometry import Box, paper
    from vocweek_desktop.io.pdf.images import load_image

    buffer = io.BytesIO()
    Image.new("RGBA", (400, 400), (200, 0, 0, 160)).save(buffer, "PNG")
    seal = load_image(buffer.getvalue(), name="seal.png")
    fields = tuple(FieldLayout(f.key, f.label, Box(*f.box), f.size, f.min_size, f.align, f.on_overlay)
                   for f in rules.FIELD_DEFAULTS)
    layout = CertificateLayout(paper("A4", landscape=True), fields, bundled_font(), None, seal,
                               Box(*rules.DEFAULT_SEAL_BOX))
    values = {"award": "优秀组织奖", "year": 2024, "theme": "一技在手，一生无忧", "school": "四川科技职业学院",
              "date": "2024年5月23日"}
    texts = []
    for number in range(pages):
        college = f"{COLLEGES[number % len(COLLEGES)]}第{number}分院"
        texts.append({f.key: rules.fill(f.text, {**values, "college": college,
                                                 "number": f"川科教〔2024〕职教周第{number + 1:03d}号"})
                      for f in rules.FIELD_DEFAULTS})
    # Where each line of each page lands, read back from one PDF of the certificate code (the floor gets them).
    probe = io.BytesIO()
    draw_certificates(probe, layout, texts, watermark=None)
    probe.seek(0)
    from pypdf import PdfReader

    reader = PdfReader(probe)
    placed = [[(run.text, run.x, run.y, run.size) for run in text_runs(reader, page)] for page in range(pages)]
    return layout, texts, placed, draw_certificates


def bare(path: Path, layout, placed, font: str) -> None:
    """The floor: reportlab's canvas writing the same lines at the same places, the seal and the watermark."""
    import math

    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    width, height = layout.paper.size
    canvas = Canvas(str(path), pagesize=(width, height), initialFontName=font)
    angle = math.degrees(math.atan2(height, width))
    seal_box = layout.seal_box
    # The seal put in the PDF once and placed on each page (as the sheet does; drawImage would hash it every page).
    canvas.beginForm("seal", 0, 0, 1, 1)
    canvas.drawImage(layout.seal.reader, 0, 0, 1, 1, mask="auto")
    canvas.endForm()
    for lines in placed:
        for text, x, y, size in lines:
            canvas.setFont(font, size)
            canvas.drawString(x * mm, height - y * mm, text)
        canvas.saveState()
        canvas.transform(seal_box.width * mm, 0, 0, seal_box.height * mm, seal_box.x * mm,
                         height - seal_box.bottom * mm)
        canvas.doForm("seal")
        canvas.restoreState()
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


def _forget_layouts() -> None:
    from vocweek_desktop.io.pdf import text

    text._fit.cache_clear()
    text._clusters.cache_clear()


def best_of(function, repeat: int, *args) -> float:
    """The fastest of ``repeat`` runs in seconds (layouts remembered by an earlier run forgotten first)."""
    times = []
    for _ in range(repeat):
        _forget_layouts()
        start = time.perf_counter()
        function(*args)
        times.append(time.perf_counter() - start)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    """Time both, print the figures and the ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    layout, texts, placed, draw = _setup(args.pages)
    font = layout.font
    with tempfile.TemporaryDirectory(prefix="vocweek-cert-bench-") as folder:
        folder = Path(folder)
        bare(folder / "warm.pdf", layout, placed[:5], font)
        draw(folder / "warm2.pdf", layout, texts[:5], watermark="样稿")
        bare_time = best_of(bare, args.repeat, folder / "bare.pdf", layout, placed, font)
        ours = best_of(lambda: draw(folder / "certificates.pdf", layout, texts, watermark="样稿"), args.repeat)
        sizes = ((folder / "bare.pdf").stat().st_size, (folder / "certificates.pdf").stat().st_size)
    print(f"{args.pages} certificate pages (every one a different college), best of {args.repeat}")
    print(f"  bare reportlab canvas:  {bare_time:.3f} s ({sizes[0] / 1024:.0f} KB)")
    print(f"  certificate code:       {ours:.3f} s ({sizes[1] / 1024:.0f} KB)")
    print(f"  ratio: {ours / bare_time:.2f}x (goal <= 1.5x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
