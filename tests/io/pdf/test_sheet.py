"""Fixed-layout pages: boxes land where asked (printer offset included), text shrinks inside its box, watermark and
background on every page when asked, fonts embedded, print at 100 %, written atomically."""

from __future__ import annotations

import io
import re

import pytest
from PIL import Image
from reportlab.pdfbase import pdfmetrics

from tests.io.pdf import pdf_inspect
from vocweek_desktop.domain.errors import ValidationError
from vocweek_desktop.io.pdf.fonts import bundled_font
from vocweek_desktop.io.pdf.geometry import MM, Box, Offset, paper, paper_mm
from vocweek_desktop.io.pdf.images import load_image
from vocweek_desktop.io.pdf.sheet import Sheet, check_box, open_sheet

FONT = bundled_font()
ASCENT = pdfmetrics.getFont(FONT).face.ascent / 1000  # read from the font file, not from the layer
DESCENT = pdfmetrics.getFont(FONT).face.descent / 1000
TOLERANCE = 0.5  # mm


def width_mm(text: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, FONT, size) * 25.4 / 72


@pytest.fixture
def picture(tmp_path):
    path = tmp_path / "底图.png"
    Image.new("RGB", (300, 200), "#f5e6c8").save(path)
    return load_image(path)


def test_page_sizes_in_mm(tmp_path):
    for sheet_paper, expected in ((paper("A4"), (210, 297)), (paper("A4", landscape=True), (297, 210)),
                                  (paper("A3"), (297, 420)), (paper_mm(250, 180), (250, 180))):
        path = tmp_path / "size.pdf"
        with open_sheet(path, sheet_paper) as sheet:
            sheet.text_box("尺寸", Box(10, 10, 50, 10))
            sheet.new_page()
            sheet.text_box("第二页", Box(10, 10, 50, 10))
        assert pdf_inspect.page_sizes_mm(path) == [expected, expected]


@pytest.mark.parametrize("offset", [Offset(), Offset(3, -2), Offset(-1.5, 4.25)])
def test_text_lands_in_its_box_plus_the_offset(tmp_path, offset):
    path = tmp_path / "boxes.pdf"
    size = 14
    boxes = {
        "左上对齐": (Box(20, 30, 80, 20), "left", "top"),
        "居中对齐": (Box(110, 30, 80, 20), "center", "middle"),
        "右下对齐": (Box(20, 120, 170, 30), "right", "bottom"),
    }
    with open_sheet(path, paper("A4"), offset=offset) as sheet:
        for text, (box, align, valign) in boxes.items():
            fit = sheet.text_box(text, box, size=size, align=align, valign=valign)
            assert fit.fits and fit.size == size
    runs = pdf_inspect.text_runs(path)
    for text, (box, align, valign) in boxes.items():
        run = pdf_inspect.find_run(runs, text)
        assert run.size == pytest.approx(size) and run.angle == pytest.approx(0)
        left = {"left": box.x, "center": box.x + (box.width - width_mm(text, size)) / 2,
                "right": box.right - width_mm(text, size)}[align]
        glyph_height = (ASCENT - DESCENT) * size * 25.4 / 72
        top = {"top": box.y, "middle": box.y + (box.height - glyph_height) / 2,
               "bottom": box.bottom - glyph_height}[valign]
        baseline = top + ASCENT * size * 25.4 / 72
        assert abs(run.x - (left + offset.x)) <= TOLERANCE, (text, run)
        assert abs(run.y - (baseline + offset.y)) <= TOLERANCE, (text, run)


def test_a_long_name_shrinks_inside_its_box_and_is_flagged_below_the_minimum(tmp_path):
    path = tmp_path / "names.pdf"
    box = Box(30, 40, 90, 12)
    long_name = "四川科技职业学院现代服务与数字商务学院"
    with open_sheet(path, paper("A4", landscape=True)) as sheet:
        short = sheet.text_box("智能制造学院", box, size=24, min_size=12, wrap=False)
        longer = sheet.text_box(long_name, Box(30, 80, 90, 12), size=24, min_size=12, wrap=False)
        too_long = sheet.text_box(long_name * 3, Box(30, 120, 90, 12), size=24, min_size=12, wrap=False)
    assert short.fits and short.size == 24
    assert longer.fits and 12 <= longer.size < 24
    assert not too_long.fits and too_long.size == 12
    runs = pdf_inspect.text_runs(path)
    drawn = pdf_inspect.find_run(runs, long_name)
    assert drawn.size == pytest.approx(longer.size)
    assert drawn.x >= 30 - TOLERANCE and drawn.x + width_mm(long_name, drawn.size) <= 120 + TOLERANCE
    assert 80 <= drawn.y - ASCENT * drawn.size * 25.4 / 72 + TOLERANCE and drawn.y <= 92
    # The one that does not fit is cut at the box edge: a clipping path the size of the box surrounds it.
    content = pdf_inspect.reader(path).pages[0].get_contents().get_data().decode("latin-1")
    clips = re.findall(r"([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+) re W\*? n", content)
    assert [[float(v) / MM for v in clip] for clip in clips] == [pytest.approx([30, 210 - 132, 90, 12])]


def test_wrapped_box_text_keeps_punctuation_off_line_starts(tmp_path):
    path = tmp_path / "wrap.pdf"
    text = "在2024年职业教育活动周中组织有力、成效显著，被评为优秀组织单位，特发此证，以资鼓励。" * 2
    with open_sheet(path, paper("A4")) as sheet:
        for index, width in enumerate(range(40, 120, 8)):
            fit = sheet.text_box(text, Box(20, 10 + index * 28, width, 27), size=12, min_size=6)
            assert fit.fits and len(fit.lines) > 1
    starts = pdf_inspect.line_starts(path)
    assert len(starts) > 30 and not set(starts) & set("，。、）」")


def test_watermark_on_every_page_only_when_asked(tmp_path):
    for watermark in ("样稿", None):
        path = tmp_path / f"{watermark}.pdf"
        with open_sheet(path, paper("A4", landscape=True), watermark=watermark) as sheet:
            for name in ("甲学院", "乙学院", "丙学院"):
                sheet.text_box(name, Box(20, 20, 100, 20))
                sheet.new_page()
        pages = pdf_inspect.page_texts(path)
        assert len(pages) == 3  # the last new_page() leaves no blank page
        for page_number, text in enumerate(pages):
            assert ("样稿" in text) == (watermark is not None)
            if watermark:
                mark = pdf_inspect.find_run(pdf_inspect.text_runs(path, page_number), "样稿")
                assert mark.angle == pytest.approx(35.26, abs=0.1) and mark.size > 60


def test_background_drawn_on_blank_paper_and_left_out_for_overlay(tmp_path, picture):
    seal = load_image(_png_bytes(80, 80, (200, 0, 0, 180)), name="公章.png")
    counts = {}
    for draw_background in (True, False):
        path = tmp_path / f"bg-{draw_background}.pdf"
        with open_sheet(path, paper("A4", landscape=True), background=picture, draw_background=draw_background,
                        offset=Offset(2, 1)) as sheet:
            for name in ("甲学院", "乙学院"):
                sheet.text_box(name, Box(20, 20, 100, 20))
                landed = sheet.image(seal, Box(200, 120, 50, 30))  # kept square, centred in the box
                sheet.new_page()
        assert landed == Box(210, 120, 30, 30)
        counts[draw_background] = [pdf_inspect.image_count(path, page) for page in range(2)]
        # Every field is printed in both modes.
        assert [pdf_inspect.find_run(pdf_inspect.text_runs(path, page), name).x for page, name in
                ((0, "甲学院"), (1, "乙学院"))] == pytest.approx([22, 22], abs=TOLERANCE)
    assert counts == {True: [2, 2], False: [1, 1]}


def test_fonts_embedded_and_printed_at_full_size(tmp_path):
    path = tmp_path / "fonts.pdf"
    sheet = Sheet(path, paper("A4"), title="证书", author="教务处")
    sheet.text_box("荣誉证书", Box(20, 20, 100, 20), size=30)
    sheet.text("川科教〔2024〕职教周第001号", 20, 280, size=9)
    sheet.line(20, 50, 190, 50)
    sheet.rect(Box(15, 15, 180, 267), fill="#fafafa", radius=3)
    sheet.close()
    fonts = pdf_inspect.assert_fonts_embedded(path)
    assert [font.name for font in fonts] == ["LXGWWenKai-Regular"]
    assert pdf_inspect.viewer_preferences(path) == {"PrintScaling": "None"}
    assert pdf_inspect.reader(path).metadata.title == "证书"


def test_an_empty_sheet_is_one_blank_page_without_helvetica():
    buffer = io.BytesIO()
    assert Sheet(buffer, paper("A4")).close() == 1
    buffer.seek(0)
    assert pdf_inspect.page_sizes_mm(buffer) == [(210, 297)]
    assert not any(font.name == "Helvetica" for font in pdf_inspect.fonts(buffer))


def test_nothing_is_left_behind_when_drawing_fails(tmp_path):
    path = tmp_path / "out" / "证书.pdf"
    with pytest.raises(ZeroDivisionError), open_sheet(path, paper("A4")) as sheet:
        sheet.text_box("甲", Box(10, 10, 10, 10))
        raise ZeroDivisionError
    assert list(path.parent.iterdir()) == []
    path.write_bytes(b"old")
    with pytest.raises(ZeroDivisionError), open_sheet(path, paper("A4")):
        raise ZeroDivisionError
    assert path.read_bytes() == b"old"


def test_a_box_off_the_paper_is_refused_by_name():
    check_box(Box(10, 10, 100, 20), paper("A4"), "获奖单位")
    with pytest.raises(ValidationError, match="“获奖单位”的位置（x 150、y 10、宽 100、高 20 毫米）不在 210×297 毫米的纸面内"):
        check_box(Box(150, 10, 100, 20), paper("A4"), "获奖单位")
    with pytest.raises(ValidationError, match="获奖单位"):
        check_box(Box(10, 10, 0, 20), paper("A4"), "获奖单位")


def _png_bytes(width, height, color) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGBA", (width, height), color).save(buffer, format="PNG")
    return buffer.getvalue()
