"""导出评分结果 to Excel and PDF: the rule in words, the ranking with flags and tie notes, every judge's scores."""

from __future__ import annotations

import openpyxl
import pytest

from tests.award_data import scored
from tests.io.pdf.pdf_inspect import all_text, assert_fonts_embedded, page_sizes_mm
from vocweek_desktop.domain.errors import ValidationError
from vocweek_desktop.services import award_export, award_judges, awards


@pytest.fixture
def env(db, edition):
    return scored(db, edition.id)


def test_excel_has_the_ranking_the_rule_and_a_sheet_per_judge(db, env, tmp_path):
    path = award_export.export_result(db, env.edition_id, tmp_path / "结果.xlsx")
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == ["评分结果", "评奖规则", "评委-王评委", "评委-李评委", "评委-赵评委"]
    result = workbook["评分结果"]
    assert result["A1"].value == "2024年职业教育活动周“优秀组织奖”评分结果（结果尚未确认（草稿））"
    header = [c.value for c in result[2]]
    assert header[:7] == ["名次", "学院", "最终得分", "计入评委", "王评委", "李评委", "赵评委"]
    first = [c.value for c in result[3]]
    # Figures are numbers (the office sorts and sums them in Excel); finals and means show two decimals.
    assert first[:7] == [1, "学院E", 93.25, 2, 95, 91.5, "回避"]
    assert result.cell(3, 3).number_format == "0.00" and result.cell(3, header.index("线下活动数量及质量平均") + 1).value == 37.5
    assert first[header.index("标注")] == "仅 2 位评委评分（少于 3 位）"
    assert first[header.index("结果")] == "建议获奖"
    b = [c.value for c in result[5]]
    assert b[1] == "学院B" and "线下活动数量及质量 35" in b[header.index("同分说明")]
    rule = [row[0].value for row in workbook["评奖规则"].iter_rows(min_row=3)]
    assert len(rule) == 5 and rule[1].startswith("2. 学院最终得分")
    judge = workbook["评委-李评委"]
    assert [c.value for c in judge[3]] == ["学院E", 27.5, 37, 27, 91.5, None, "已评"]
    # Headers that wrap get the height of their lines (LibreOffice and Excel print them over the first row else).
    assert judge.row_dimensions[2].height >= 30 and result.row_dimensions[2].height >= 30


def test_a_judge_named_with_characters_excel_refuses_still_gets_a_sheet(db, env, tmp_path):
    """A name like 张/李 (two people sharing a seat) cannot be a sheet name as it is: the export still succeeds, with
    the character replaced, and two judges whose sheet names would collide get distinct sheets."""
    award_judges.update_judge(db, env.judges["王评委"], {"name": "张/李"})
    award_judges.update_judge(db, env.judges["赵评委"], {"name": "张:李"})
    workbook = openpyxl.load_workbook(award_export.export_result(db, env.edition_id, tmp_path / "结果.xlsx"))
    assert workbook.sheetnames[2:] == ["评委-张_李", "评委-李评委", "评委-张_李(2)"]
    assert workbook["评委-张_李(2)"]["A1"].value.startswith("评委：张:李")


def test_pdf_has_the_rule_ranking_flags_and_judges_and_says_when_unconfirmed(db, env, tmp_path):
    path = award_export.export_result(db, env.edition_id, tmp_path / "结果.pdf")
    text = all_text(path)
    for expected in ("评分结果", "一、评奖规则", "去掉一个最高分和一个最低分", "二、排名", "93.25", "仅2位评委评分",
                     "评委：王评委（教务处）", "评委：赵评委", "未确认"):
        assert expected in text
    assert page_sizes_mm(path)[0] == (297.0, 210.0)
    assert_fonts_embedded(path)
    awards.confirm(db, env.edition_id)
    confirmed = all_text(award_export.export_result(db, env.edition_id, tmp_path / "确认.pdf"))
    assert "未确认" not in confirmed and "结果已确认并锁定" in confirmed and "获奖" in confirmed


def test_other_formats_are_refused(db, env, tmp_path):
    with pytest.raises(ValidationError, match="只能导出为 Excel"):
        award_export.export_result(db, env.edition_id, tmp_path / "结果.docx")


def test_charts_are_drawn_with_every_scored_college(db, env, tmp_path):
    view = awards.compute_result(db, env.edition_id)
    figure = award_export.finals_figure(view)
    labels = [label.get_text() for label in figure.axes[0].get_yticklabels()]
    assert labels == ["学院D", "学院C", "学院B", "学院A", "学院E"]  # best at the top
    figure = award_export.criteria_figure(view)
    assert len(figure.axes[0].patches) == 5 * 3
    written = award_export.save_charts(db, env.edition_id, tmp_path / "finals.png", tmp_path / "criteria.pdf")
    assert all(path.stat().st_size > 1000 for path in written)
