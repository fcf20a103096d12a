"""Sections of a flowing document (slips printed together): each section's pages carry its own header line and
watermark and are numbered within it; a form's grid with merged cells."""

from __future__ import annotations

from reportlab.platypus import PageBreak

from tests.io.pdf import pdf_inspect
from vocweek_desktop.io.pdf.document import Section, Text, TextStyle, table, write_document
from vocweek_desktop.io.pdf.fonts import bundled_font

FONT = bundled_font()


def test_each_section_has_its_header_watermark_and_page_numbers(tmp_path):
    style = TextStyle(FONT, size=11)
    long = [["序号", "姓名"]] + [[str(n), f"学生{n:03d}"] for n in range(1, 90)]
    story = [Section("a", header="审批表 甲-001", watermark="未批准"), Text("甲", style), table(long, [20, 60], style),
             PageBreak(), Section("b", header="审批表 乙-002"), Text("乙", style)]
    path = write_document(tmp_path / "sections.pdf", story, header="文档页眉", watermark="样稿")
    pages = [pdf_inspect.compact(text) for text in pdf_inspect.page_texts(path)]
    assert len(pages) == 5
    for number, page in enumerate(pages[:4], start=1):
        assert "审批表甲-001" in page and f"第{number}页/共4页" in page and "未批准" in page and "样稿" not in page
    assert "审批表乙-002" in pages[4] and "第1页/共1页" in pages[4] and "未批准" not in pages[4]
    assert "文档页眉" not in "".join(pages)
    # Without sections nothing changes: the document's header, watermark and numbering.
    plain = write_document(tmp_path / "plain.pdf", [Text("丙", style), PageBreak(), Text("丁", style)],
                           header="文档页眉", watermark="样稿")
    assert [pdf_inspect.compact(t)[-13:] for t in pdf_inspect.page_texts(plain)] == ["文档页眉第1页/共2页样稿",
                                                                                     "文档页眉第2页/共2页样稿"]


def test_merged_cells_and_row_heights_of_a_form_grid(tmp_path):
    style = TextStyle(FONT, size=10)
    grid = table([["名称", "新能源汽车维修进社区", "", ""], ["出发", "5月15日", "返回", "5月15日"]], [20, 60, 20, 60],
                 style, header_rows=0, spans=[((1, 0), (3, 0))], heights=[None, 20])
    assert grid._spanCmds == [("SPAN", (1, 0), (3, 0))]
    path = write_document(tmp_path / "grid.pdf", [grid])
    assert "名称新能源汽车维修进社区出发5月15日返回5月15日" in pdf_inspect.all_text(path)
    assert abs(grid._rowHeights[1] - 20 * 72 / 25.4) < 0.01
