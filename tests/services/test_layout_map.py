"""The 附件3 map read back from the PDF it wrote (text, pages, fonts, and the scale measured in the PDF's own
coordinates), the PNG, a moved showcase day, a legend too long for the page, and the 展位需求清单."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from PIL import Image

from tests.io.pdf.pdf_inspect import MM, all_text, assert_fonts_embedded, find_run, page_sizes_mm, text_runs
from vocweek_desktop.domain.errors import ValidationError
from vocweek_desktop.services import editions, layout, layout_map
from vocweek_desktop.services.database import create_demo


@pytest.fixture
def demo(tmp_path):
    """The demo database with its sample plaza: (db, edition id)."""
    db = create_demo(tmp_path / "demo.sqlite3", with_layout=True)
    yield db, editions.list_editions(db)[0].id
    db.close()


@pytest.mark.parametrize(("paper", "portrait", "size"), [("A4", False, (297, 210)), ("A4", True, (210, 297)),
                                                         ("A3", False, (420, 297)), ("A3", True, (297, 420))])
def test_the_map_fits_one_page_with_every_booth_and_college(demo, tmp_path, paper, portrait, size):
    db, edition_id = demo
    path = tmp_path / f"map-{paper}.pdf"
    plan = layout_map.export_map(db, edition_id, path, paper=paper, portrait=portrait)
    assert page_sizes_mm(path) == [size] and len(plan.pages) == 1
    text = all_text(path)
    assert "2024年职教周学院集中展示位置分布图" in text
    assert "2024年5月13日（周一）09:30–17:00" in text and "东区科技广场" in text
    assert f"比例尺1:{plan.scale}" in text
    data = layout.get_layout(db, edition_id)
    for booth in data.booths:
        assert booth.number in text
    for college in data.colleges:
        assert college.name in text and college.contact_person in text
    assert_fonts_embedded(path)


def test_the_scale_is_the_smallest_round_one_and_true_in_the_pdf(demo, tmp_path):
    db, edition_id = demo
    path = tmp_path / "map.pdf"
    plan = layout_map.export_map(db, edition_id, path, paper="A4")
    # 60 m × 40 m in A4 landscape's 277 × 156 mm plan area: 1:250 would need 240 × 160 mm, 1:300 gives 200 × 133.
    assert plan.scale == 300
    runs = text_runs(path)
    a01 = next(r for r in runs if r.text == "A01")
    a05 = next(r for r in runs if r.text == "A05")
    b01 = next(r for r in runs if r.text == "B01")
    data = {b.number: b for b in layout.get_layout(db, edition_id).booths}
    # Centred numbers of the same width: the runs' starts are as far apart as the booths' centres.
    metres = data["A05"].x - data["A01"].x
    assert a05.x - a01.x == pytest.approx(metres * 1000 / plan.scale, abs=0.01)
    assert b01.y - a01.y == pytest.approx((data["B01"].y - data["A01"].y) * 1000 / plan.scale, abs=0.01)
    # And against the paper: the middle of the run "A01" is where 1:N puts the booth's centre.
    from vocweek_desktop.io.pdf.fonts import bundled_font
    from vocweek_desktop.io.pdf.text import text_width

    centre, _top = plan.to_paper(data["A01"].x, data["A01"].y)
    assert a01.x + text_width("A01", bundled_font(), a01.size) / 2 / MM == pytest.approx(centre, abs=0.01)


@pytest.mark.parametrize(("paper", "portrait", "smallest"), [("A4", False, 7), ("A4", True, 9), ("A3", False, 9),
                                                              ("A3", True, 9)])
def test_the_legend_shows_every_phone_whole_at_a_size_the_page_allows(demo, tmp_path, paper, portrait, smallest):
    """Looked at on paper: the legend was 7 pt on A3 as on A4, and "028-37330105转8012" was cut to "028-37330105…".
    Now each column is as wide as its text, at the largest size (9, 8, 7 pt) the room beside or under the plan allows."""
    db, edition_id = demo
    path = tmp_path / "map.pdf"
    plan = layout_map.export_map(db, edition_id, path, paper=paper, portrait=portrait)
    assert plan.legend_beside and len(plan.pages) == 1
    runs = text_runs(path)
    for college in layout.get_layout(db, edition_id).colleges:
        phone = find_run(runs, college.phone)
        assert phone.text == college.phone and phone.size >= smallest
        assert find_run(runs, college.name).size >= smallest
    assert not any("…" in run.text for run in runs)


@pytest.mark.parametrize("paper", ["A4", "A3"])
def test_the_scale_bar_is_right_under_the_plan_when_the_legend_is_too(demo, tmp_path, paper):
    """Seen on the portrait pages: with the legend under the plan, the scale bar had gone to the foot of the page,
    a hand's width from what it measures. It stays under the plan's corner; the legend comes after it."""
    db, edition_id = demo
    path = tmp_path / "map.pdf"
    plan = layout_map.export_map(db, edition_id, path, paper=paper, portrait=True)
    data = layout.get_layout(db, edition_id)
    left, bottom = plan.to_paper(0, data.plaza.depth)
    runs = text_runs(path)
    zero, scale = next(run for run in runs if run.text == "0"), find_run(runs, "比例尺")
    assert 0 < zero.y - bottom < 12 and 0 < scale.y - bottom < 12
    assert find_run(runs, "展位与学院对照表").y > scale.y


def test_a_moved_showcase_day_shows_its_new_date(demo, tmp_path):
    db, edition_id = demo
    editions.update_edition(db, edition_id, {**_settings(db, edition_id), "showcase_date": dt.date(2024, 5, 15),
                                             "showcase_venue": "体育馆"})
    path = tmp_path / "moved.pdf"
    layout_map.export_map(db, edition_id, path)
    text = all_text(path)
    assert "2024年5月15日（周三）" in text and "体育馆" in text and "5月13日" not in text


def _settings(db, edition_id):
    record = editions.get_edition(db, edition_id)
    values = {name: getattr(record, name) for name in editions.EDITION_COLUMNS}
    values["contacts"] = [{"name": c.name, "phone": c.phone, "email": c.email} for c in record.contacts]
    return values


def test_the_png_renders_at_the_chosen_dpi(demo, tmp_path):
    db, edition_id = demo
    path = tmp_path / "map.png"
    layout_map.export_map(db, edition_id, path, paper="A4", dpi=100)
    with Image.open(path) as picture:
        assert picture.size == (round(297 / 25.4 * 100), round(210 / 25.4 * 100))
        assert round(picture.info["dpi"][0]) == 100
        colours = picture.convert("RGB").getcolors(maxcolors=100_000)
    assert len(colours) > 20  # drawn, not blank


def test_bad_outputs_are_refused(demo, tmp_path):
    db, edition_id = demo
    with pytest.raises(ValidationError, match="只能保存为 PDF 或 PNG"):
        layout_map.export_map(db, edition_id, tmp_path / "map.jpg")
    with pytest.raises(ValidationError, match="分辨率 10 DPI 无效"):
        layout_map.export_map(db, edition_id, tmp_path / "map.png", dpi=10)
    assert list(tmp_path.glob("map.*")) == []


def test_a_long_legend_goes_to_the_pages_after(tmp_path, env):
    db = env.db
    plaza = layout.ensure_layout(db, env.edition.id, {"width": 120, "depth": 80})
    layout.add_items(db, plaza.id, [{"number": f"A{i:03d}", "x": 2 + (i % 38) * 3.1, "y": 2 + (i // 38) * 3.1,
                                     "width": 3, "depth": 3} for i in range(200)])
    path = tmp_path / "big.pdf"
    plan = layout_map.export_map(db, env.edition.id, path, paper="A4")
    assert not plan.legend_beside and len(plan.pages) == len(page_sizes_mm(path)) >= 2
    text = all_text(path)
    assert all(f"A{i:03d}" in text for i in range(200)) and "展位与学院对照表" in text


def test_the_needs_list_for_logistics(demo, tmp_path):
    db, edition_id = demo
    path = layout_map.export_needs(db, edition_id, tmp_path / "needs.xlsx")
    ws = openpyxl.load_workbook(path).active
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    assert rows[0][0] == "2024年职教周集中展示展位需求清单（后勤处）"
    assert rows[1][0] == "展示时间：2024年5月13日（周一） 09:30–17:00    地点：东区科技广场"
    assert rows[2] == ["展位号", "学院", "用电", "桌数", "椅数", "备注"]
    assert rows[3] == ["A01", "智能制造学院（示例）", "是", 2, 4, None]
    assert rows[-2] == ["F01", None, "否", 1, 2, "咨询与医疗服务"]
    booths = rows[3:-1]
    assert rows[-1] == ["合计", f"{len(booths)} 个展位", sum(r[2] == "是" for r in booths), sum(r[3] for r in booths),
                        sum(r[4] for r in booths), None]


def test_the_needs_list_prints_as_a_department_wants_it(demo, tmp_path):
    """Printed through LibreOffice it was a grid without lines, numbers run into the notes, no date or place."""
    from tests.xlsx_print import print_scale, smallest_printed_text

    db, edition_id = demo
    ws = openpyxl.load_workbook(layout_map.export_needs(db, edition_id, tmp_path / "needs.xlsx")).active
    body = range(3, ws.max_row + 1)
    assert all(ws.cell(r, c).border.left.style == "thin" for r in body for c in range(1, 7))
    assert ws.print_title_rows == "$3:$3" and ws.page_setup.paperSize == 9 and "&P" in ws.oddFooter.center.text
    size, cell = smallest_printed_text(ws)
    assert size >= 9, f"{cell} prints at {size:.1f} pt (scale {print_scale(ws)})"
