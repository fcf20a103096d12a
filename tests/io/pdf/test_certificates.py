"""Certificate pages read back from the PDF's own coordinates: every field within 0.5 mm of its box plus the printer
offset, page size in mm, background and seal only on blank paper, the watermark, fonts embedded, a long name shrunk
inside its box, and the calibration page."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from tests.io.pdf.pdf_inspect import (
    assert_fonts_embedded,
    compact,
    image_count,
    page_sizes_mm,
    page_texts,
    text_runs,
    viewer_preferences,
)
from vocweek_desktop.domain import awards as rules
from vocweek_desktop.io.pdf.certificates import CertificateLayout, FieldLayout, draw_calibration, draw_certificates
from vocweek_desktop.io.pdf.fonts import bundled_font
from vocweek_desktop.io.pdf.geometry import MM, Box, Offset, paper
from vocweek_desktop.io.pdf.images import load_image
from vocweek_desktop.io.pdf.text import fit_text

VALUES = {"college": "智能制造学院", "award": "优秀组织奖", "year": 2024, "theme": "一技在手，一生无忧",
          "school": "四川科技职业学院", "date": "2024年5月23日", "number": "川科教〔2024〕职教周第001号"}
LONG = "四川科技职业学院现代服务与数字商务学院（示例超长名称，用来检验缩小字号）"


def _picture(color) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (60, 40), color).save(buffer, "PNG")
    return buffer.getvalue()


def _layout(sheet=None, *, pictures=False) -> CertificateLayout:
    sheet = sheet or paper("A4", landscape=True)
    fields = tuple(FieldLayout(f.key, f.label, Box(*rules.scaled_box(f.box, (sheet.width, sheet.height))), f.size,
                               f.min_size, f.align, f.on_overlay) for f in rules.FIELD_DEFAULTS)
    background = load_image(_picture("#f4e3c1"), name="底纹.png") if pictures else None
    seal = load_image(_picture("#cc0000"), name="印章.png") if pictures else None
    return CertificateLayout(sheet, fields, bundled_font(), background, seal, Box(*rules.DEFAULT_SEAL_BOX))


def _pages(*colleges):
    return [{f.key: rules.fill(f.text, {**VALUES, "college": c}) for f in rules.FIELD_DEFAULTS} for c in colleges]


def _expected(field: FieldLayout, text: str, offset: Offset) -> tuple[float, float, str]:
    """Where the first line of ``text`` must start (x, baseline y) in mm, worked out from the box alone."""
    fit = fit_text(text, bundled_font(), field.box.width * MM, field.box.height * MM, size=field.size,
                   min_size=field.min_size)
    line = fit.lines[0]
    width = fit.widths[0] / MM
    x = {"left": field.box.x, "center": field.box.x + (field.box.width - width) / 2,
         "right": field.box.right - width}[field.align]
    top = field.box.y + (field.box.height - fit.height / MM) / 2
    return x + offset.x, top + fit.ascent * fit.size / MM + offset.y, line


@pytest.mark.parametrize("offset", [Offset(), Offset(2.5, -1.5)])
def test_every_field_is_where_its_box_and_the_offset_put_it(tmp_path, offset):
    layout = _layout()
    path = tmp_path / "cert.pdf"
    pages = _pages("智能制造学院")
    assert draw_certificates(path, layout, pages, offset=offset) == []
    assert page_sizes_mm(path) == [(297.0, 210.0)]
    runs = text_runs(path)
    for field in layout.fields:
        x, y, line = _expected(field, pages[0][field.key], offset)
        run = next(r for r in runs if r.text == line)
        assert abs(run.x - x) <= 0.5 and abs(run.y - y) <= 0.5, (field.key, run, x, y)
        # And inside its box (moved by the offset), as a person checking a print would see it.
        assert field.box.x + offset.x - 0.5 <= run.x <= field.box.right + offset.x
        assert field.box.y + offset.y <= run.y <= field.box.bottom + offset.y + 0.5


def test_a_long_name_shrinks_inside_its_box_and_leaves_the_others_alone(tmp_path):
    layout = _layout()
    path = tmp_path / "long.pdf"
    assert draw_certificates(path, layout, _pages("智能制造学院", LONG)) == []
    short, long = text_runs(path, 0), text_runs(path, 1)
    recipient = next(f for f in layout.fields if f.key == "recipient")
    long_runs = [r for r in long if r.y <= recipient.box.bottom and r.y >= recipient.box.y]
    assert long_runs and all(r.size < recipient.size for r in long_runs)
    assert all(r.size >= recipient.min_size for r in long_runs)
    others = {(r.text, round(r.x, 2), round(r.y, 2), round(r.size, 2)) for r in short if "智能制造学院" not in r.text}
    assert others <= {(r.text, round(r.x, 2), round(r.y, 2), round(r.size, 2)) for r in long}


def test_text_that_cannot_fit_even_at_the_smallest_size_is_flagged(tmp_path):
    layout = _layout()
    flags = draw_certificates(tmp_path / "cut.pdf", layout, [{"recipient": LONG * 6, "college": "过长学院"}])
    assert [(f.page, f.key, f.label, f.recipient) for f in flags] == [(1, "recipient", "获奖单位", "过长学院")]


def test_blank_paper_prints_background_and_seal_overlay_prints_neither_nor_fixed_fields(tmp_path):
    layout = _layout(pictures=True)
    blank, overlay, preview = tmp_path / "blank.pdf", tmp_path / "overlay.pdf", tmp_path / "preview.pdf"
    draw_certificates(blank, layout, _pages("学院A"), mode="blank")
    draw_certificates(overlay, layout, _pages("学院A"), mode="overlay")
    draw_certificates(preview, layout, _pages("学院A"), mode="overlay", preview=True)
    assert image_count(blank) == 2  # background and seal
    assert image_count(overlay) == 0
    assert image_count(preview) == 1  # the background, on screen only
    assert "荣誉证书" in page_texts(blank)[0] and "荣誉证书" not in page_texts(overlay)[0]
    assert "学院A" in page_texts(overlay)[0]


def test_watermark_fonts_and_no_fit_to_page_hint(tmp_path):
    path = tmp_path / "draft.pdf"
    draw_certificates(path, _layout(), _pages("学院A", "学院B"), watermark="样稿")
    runs = text_runs(path, 1)
    mark = next(r for r in runs if r.text == "样稿")
    assert 20 < abs(mark.angle) < 50
    assert viewer_preferences(path) == {"PrintScaling": "None"}
    assert [f.name for f in assert_fonts_embedded(path)] == ["LXGWWenKai-Regular"]
    final = tmp_path / "final.pdf"
    draw_certificates(final, _layout(), _pages("学院A"))
    assert "样稿" not in page_texts(final)[0]


def test_other_papers(tmp_path):
    path = tmp_path / "a3.pdf"
    draw_certificates(path, _layout(paper("A3")), _pages("学院A"))
    assert page_sizes_mm(path) == [(297.0, 420.0)]


def test_calibration_page_has_numbered_marks_and_a_cross_label_per_box(tmp_path):
    path = tmp_path / "calibration.pdf"
    draw_calibration(path, _layout(), offset=Offset(1.5, -0.5), printer="教务处 HP")
    text = page_texts(path)[0]
    for mark in ("10", "100", "290", "标题（48.5, 28）", "获奖单位（40, 66）", "证书编号（20, 186）", "印章（190, 126）"):
        assert mark in text
    assert "教务处 HP，偏移 X +1.5 毫米、Y -0.5 毫米" in text.replace("\n", "")
    label = next(r for r in text_runs(path) if r.text.startswith("获奖单位（"))
    # The label sits just right of the cross at the box's corner (40, 66), moved by the offset.
    assert abs(label.x - (40 + 1.2 + 1.5)) <= 0.5 and abs(label.y - (66 + 3.6 - 0.5)) <= 0.5
    assert_fonts_embedded(path)


PRINTABLE_MM = 5.0  # office printers leave about 4–5 mm of every edge blank


def _extent(run):
    """(left, top, right, bottom) in mm of a text run, from the font's own metrics (not the layout code's)."""
    from reportlab.pdfbase.pdfmetrics import getFont

    face = getFont(bundled_font()).face
    width = getFont(bundled_font()).stringWidth(run.text, run.size) / MM
    return run.x, run.y - face.ascent / 1000 * run.size / MM, run.x + width, run.y - face.descent / 1000 * run.size / MM


@pytest.mark.parametrize("sheet", [paper("A4", landscape=True), paper("A4"), paper("A3", landscape=True)])
def test_the_calibration_numbers_print_inside_the_printable_area(tmp_path, sheet):
    path = tmp_path / "calibration.pdf"
    draw_calibration(path, _layout(sheet))
    numbers = [r for r in text_runs(path) if r.text.isdigit() and r.size < 7]
    for run in numbers:
        left, top, right, bottom = _extent(run)
        assert left >= PRINTABLE_MM and top >= PRINTABLE_MM, run
        assert right <= sheet.width - PRINTABLE_MM and bottom <= sheet.height - PRINTABLE_MM, run
    # Every 10 mm is numbered along the top and down the left (both carry 10 and 20, read by step 3).
    marks = {int(r.text) for r in numbers}
    assert set(range(10, int(sheet.width) - 10, 10)) <= marks and set(range(10, int(sheet.height) - 10, 10)) <= marks


@pytest.mark.parametrize("sheet", [paper("A4", landscape=True), paper("A4"), paper("A3", landscape=True)])
def test_the_calibration_notes_leave_every_box_and_its_cross_readable(tmp_path, sheet):
    import re

    layout = _layout(sheet)
    path = tmp_path / "calibration.pdf"
    draw_calibration(path, layout, offset=Offset(1.5, -0.5))
    runs = text_runs(path)
    labelled = re.compile(r"^.+（[\d.]+, [\d.]+）$")  # 标题（48.5, 28）: the label beside a box's cross
    labels = [r for r in runs if labelled.match(r.text)]
    notes = [r for r in runs if not r.text.isdigit() and r not in labels]
    assert len(labels) == len(layout.fields) + 1 and notes[0].text.startswith("证书打印校准页")
    assert notes[0].size >= 6.5

    def page_mm(run):  # the run's extent back on the page's own mm (the offset taken off)
        left, top, right, bottom = _extent(run)
        return left - 1.5, top + 0.5, right - 1.5, bottom + 0.5

    taken = [(b.x - 4, b.y - 4, b.right, b.bottom) for b in [f.box for f in layout.fields] + [layout.seal_box]]
    taken += [page_mm(r) for r in labels]
    for run in notes:
        left, top, right, bottom = page_mm(run)
        for x1, y1, x2, y2 in taken:
            assert right <= x1 or left >= x2 or bottom <= y1 or top >= y2, (run.text, (x1, y1, x2, y2))


def test_the_calibration_steps_read_the_new_offset_from_the_one_this_page_was_printed_with(tmp_path):
    path = tmp_path / "calibration.pdf"
    draw_calibration(path, _layout(), offset=Offset(1.5, -0.5), printer="教务处 HP")
    text = compact(page_texts(path)[0])
    assert "新偏移X=本页偏移X+（20−量得的毫米数）" in text and "偏移X+1.5毫米、Y-0.5毫米" in text


@pytest.mark.parametrize("mode", ["blank", "overlay"])
def test_every_printed_line_sits_in_its_box_moved_by_the_offset_by_the_fonts_own_metrics(tmp_path, mode):
    # Independent of the layout code: each line's ink (from the font's ascent, descent and advance widths) must lie
    # in the field's box moved by the offset, aligned as the field says, and a one-line field centred vertically.
    layout, offset = _layout(), Offset(2.5, -1.5)
    path = tmp_path / "cert.pdf"
    pages = _pages("智能制造学院")
    draw_certificates(path, layout, pages, mode=mode, offset=offset)
    runs = [r for r in text_runs(path) if r.text != "样稿"]
    printed = [f for f in layout.fields if f.on_overlay or mode == "blank"]
    assert len(runs) >= len(printed)
    for field in printed:
        box = Box(field.box.x + offset.x, field.box.y + offset.y, field.box.width, field.box.height)
        inside = [r for r in runs if box.x - 0.5 <= r.x <= box.right and box.y <= r.y <= box.bottom + 0.5]
        assert compact("".join(r.text for r in inside)) == compact(pages[0][field.key]), field.key
        extents = [_extent(r) for r in inside]
        for left, top, right, bottom in extents:
            assert left >= box.x - 0.5 and right <= box.right + 0.5, field.key
            assert top >= box.y - 0.5 and bottom <= box.bottom + 0.5, field.key
            middle = (left + right) / 2
            expected = {"left": abs(left - box.x), "center": abs(middle - box.centre[0]),
                        "right": abs(right - box.right)}[field.align]
            assert expected <= 0.5, (field.key, field.align, left, right, box)
        if len(extents) == 1:
            _left, top, _right, bottom = extents[0]
            assert abs((top + bottom) / 2 - box.centre[1]) <= 0.5, field.key
    if mode == "overlay":
        assert not any("荣誉证书" in r.text for r in runs)
