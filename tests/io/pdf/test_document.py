"""Flowing documents: a table of 200 rows over pages with its header on each, page numbers, header and footer
lines, the watermark, Chinese wrapping in cells, only embedded fonts (a table's default font is Helvetica)."""

from __future__ import annotations

import io
import re

import pytest

from tests.io.pdf import pdf_inspect
from vocweek_desktop.io.pdf.document import Text, TextStyle, build_document, space, table, write_document
from vocweek_desktop.io.pdf.fonts import bundled_font
from vocweek_desktop.io.pdf.geometry import paper

FONT = bundled_font()
DUTY = "负责职教周内各项活动图片影像资料拍摄及新闻报道，后续撰写发布新闻向省教育厅及各大媒体投稿等相关工作。"


def rows(count: int) -> list[list[str]]:
    return [["序号", "部门名称", "职责说明", "负责人"]] + [
        [str(number), f"部门{number:03d}", DUTY * (1 + number % 3), f"负责人{number:03d}"]
        for number in range(1, count + 1)
    ]


@pytest.fixture(scope="module")
def long_table(tmp_path_factory):
    path = tmp_path_factory.mktemp("doc") / "二百行.pdf"
    style = TextStyle(FONT, size=10)
    story = [Text("二百行的表", style.but(size=18, leading=28, align="center")), space(4),
             table(rows(200), [15, 30, 100, 25], style, aligns=["center", "left", "justify", "center"])]
    write_document(path, story, header="2024年职业教育活动周", footer="四川科技职业学院教务处", watermark="未批准",
                   title="二百行")
    return path


def test_a_table_of_200_rows_breaks_over_pages_with_its_header_on_each(long_table):
    pages = pdf_inspect.page_texts(long_table)
    assert len(pages) > 5
    seen = []
    for text in pages:
        flat = pdf_inspect.compact(text)
        assert "序号部门名称职责说明负责人" in flat
        seen += [int(n) for n in re.findall(r"部门(\d{3})", flat)]
    assert seen == list(range(1, 201))  # every row once, in order, none cut in two


def test_page_numbers_header_footer_and_watermark_on_every_page(long_table):
    pages = pdf_inspect.page_texts(long_table)
    for number, text in enumerate(pages, start=1):
        flat = pdf_inspect.compact(text)
        assert f"第{number}页/共{len(pages)}页" in flat
        assert "2024年职业教育活动周" in flat and "四川科技职业学院教务处" in flat and "未批准" in flat
    # The footer line sits in the bottom margin, the page number at its right end.
    runs = pdf_inspect.text_runs(long_table, 0)
    number = pdf_inspect.find_run(runs, "第 1 页")
    assert 280 < number.y < 290 and number.x > 150
    assert pdf_inspect.find_run(runs, "四川科技职业学院教务处").x == pytest.approx(20, abs=0.5)


def test_a_cover_page_carries_no_header_footer_or_number_but_is_counted(tmp_path):
    from reportlab.platypus import PageBreak

    style = TextStyle(FONT, size=12)
    path = tmp_path / "报告.pdf"
    write_document(path, [Text("封面标题", style), PageBreak(), Text("正文", style)], header="页眉文字", footer="页脚文字",
                   watermark="样稿", cover=True)
    cover, body = (pdf_inspect.compact(text) for text in pdf_inspect.page_texts(path))
    assert cover == "封面标题样稿"  # the watermark stays on every page
    assert "第2页/共2页" in body and "页眉文字" in body and "页脚文字" in body


def test_cells_wrap_by_the_chinese_rules_and_fonts_are_embedded(long_table):
    starts = pdf_inspect.line_starts(long_table)
    assert len(starts) > 1000 and not set(starts) & set("，。、；：）」》")
    assert [font.name for font in pdf_inspect.assert_fonts_embedded(long_table)] == ["LXGWWenKai-Regular"]
    assert pdf_inspect.viewer_preferences(long_table) == {"PrintScaling": "None"}


def test_no_watermark_unless_asked_and_page_numbers_only_when_several():
    style = TextStyle(FONT)
    one = io.BytesIO()
    assert build_document(one, [Text("一页的文件", style)], page_numbers="several") == 1
    one.seek(0)
    assert pdf_inspect.all_text(one) == "一页的文件"
    two = io.BytesIO()
    assert build_document(two, [Text("很长的段落" * 2000, style)], page_numbers="several") > 1
    two.seek(0)
    assert "第1页/共" in pdf_inspect.all_text(two) and "未批准" not in pdf_inspect.all_text(two)


def test_a_paragraph_longer_than_a_page_continues_on_the_next(tmp_path):
    text = "学校成立2024年职业教育活动周工作领导小组，以确保此项工作的组织、协调与指导。" * 120
    path = write_document(tmp_path / "long.pdf", [Text(text, TextStyle(FONT, size=12, indent=2, align="justify"))],
                          page=paper("A4", landscape=True), page_numbers="never")
    pages = pdf_inspect.page_texts(path)
    assert len(pages) > 1 and pdf_inspect.page_sizes_mm(path)[0] == (297, 210)
    assert pdf_inspect.compact("".join(pages)) == pdf_inspect.compact(text)
    first = pdf_inspect.text_runs(path, 0)
    # The first line is indented by two characters, the continued lines on later pages are not.
    assert first[0].x == pytest.approx(20 + 2 * 12 * 25.4 / 72, abs=0.5)
    assert pdf_inspect.text_runs(path, 1)[0].x == pytest.approx(20, abs=0.5)


def test_the_file_appears_whole_or_not_at_all(tmp_path):
    class Broken(Text):
        def draw(self):
            raise RuntimeError("drawing failed")

    path = tmp_path / "out.pdf"
    with pytest.raises(RuntimeError):
        write_document(path, [Text("第一段", TextStyle(FONT)), Broken("坏的", TextStyle(FONT))])
    assert list(tmp_path.iterdir()) == []
