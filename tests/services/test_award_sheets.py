"""Score sheets out and back: the workbook a judge gets, what the preview says about what comes back (problems by
cell, nothing written until applied, all or nothing), and the round trip."""

from __future__ import annotations

from fractions import Fraction

import openpyxl
import pytest

from tests.award_data import add_colleges
from tests.services.audit_events import event_count
from vocweek_desktop.domain.errors import ConflictError, ValidationError
from vocweek_desktop.services import award_judges, award_sheets, awards, editions, imports

HEADER_ROW = 4  # three title rows above the header


@pytest.fixture
def env(db, edition):
    colleges = add_colleges(db, edition.id, ("学院A", "学院B", "学院C"))
    judge = award_judges.add_judge(db, edition.id, {"name": "王评委", "unit": "教务处", "college_id": colleges["学院C"]})
    return edition.id, colleges, judge


def _sheet(tmp_path, db, edition_id, judge=None):
    [path] = award_sheets.write_sheets(db, edition_id, tmp_path, [judge.id] if judge else None)
    workbook = openpyxl.load_workbook(path)
    return path, workbook, workbook["评分表"]


def _row(ws, name):
    return next(r for r in range(HEADER_ROW + 1, ws.max_row + 1) if ws.cell(r, 1).value == name)


def test_the_workbook_names_the_judge_has_a_column_per_criterion_and_hides_the_ids(db, env, tmp_path):
    edition_id, colleges, judge = env
    path, workbook, ws = _sheet(tmp_path, db, edition_id)
    assert path.name == "2024年优秀组织奖评分表-王评委.xlsx"
    assert ws["A2"].value == "评委：王评委（教务处）"
    assert [c.value for c in ws[HEADER_ROW]] == ["学院", "策划组织与宣传推广（满分30）", "线下活动数量及质量（满分40）",
                                                 "师生参与及企业贡献（满分30）", "评语", "回避", "回避理由", "行ID"]
    assert ws.column_dimensions["H"].hidden
    assert [ws.cell(r, 1).value for r in range(5, 8)] == ["学院A", "学院B", "学院C"]
    assert (ws.cell(7, 6).value, ws.cell(7, 7).value) == ("是", "评委来自该学院")  # the judge's own college
    meta = workbook["文件信息"]
    assert meta.sheet_state == "hidden"
    assert {meta.cell(r, 1).value: meta.cell(r, 2).value for r in (1, 2, 3)} == {
        "评委编号": judge.sheet_uid, "评委": "王评委", "年度": "2024"}


def test_round_trip_writes_only_after_the_preview_is_applied(db, env, tmp_path):
    edition_id, colleges, judge = env
    path, workbook, ws = _sheet(tmp_path, db, edition_id)
    a, b = _row(ws, "学院A"), _row(ws, "学院B")
    for column, value in zip((2, 3, 4), (28, "35.5", 25), strict=True):
        ws.cell(a, column).value = value
    ws.cell(a, 5).value = "=HYPERLINK(\"x\")"  # user text that looks like a formula stays text
    ws.cell(a, 5).data_type = "s"
    workbook.save(path)
    before = event_count(db)
    preview = award_sheets.preview_sheet(db, edition_id, path)
    assert preview.summary() == "新评分 2 个学院，修改 0 个，未变 0 个"  # A, and C (回避); B is blank: not yet
    assert event_count(db) == before and awards.judge_sheet(db, judge.id)[0].state == "unscored"
    result = imports.apply_import(db, preview)
    sheet = {row.college_name: row for row in awards.judge_sheet(db, judge.id)}
    assert sheet["学院A"].scores == {1: 28, 2: Fraction(71, 2), 3: 25}
    assert sheet["学院A"].comment == "=HYPERLINK(\"x\")"
    assert sheet["学院B"].state == "unscored" and sheet["学院C"].state == "abstained"
    assert result.added == 2
    # Out again (prefilled), a score changed, 学院A blanked: the blank one is offered, deleted only when ticked.
    path, workbook, ws = _sheet(tmp_path, db, edition_id)
    assert ws.cell(_row(ws, "学院A"), 3).value == 35.5
    for column in (2, 3, 4, 5):
        ws.cell(_row(ws, "学院A"), column).value = None
    b = _row(ws, "学院B")
    for column, value in zip((2, 3, 4), (20, 30, 20), strict=True):
        ws.cell(b, column).value = value
    workbook.save(path)
    preview = award_sheets.preview_sheet(db, edition_id, path)
    assert [m.label for m in preview.missing] == ["学院A"]
    imports.apply_import(db, preview)
    assert awards.judge_sheet(db, judge.id)[0].state == "scored"  # kept: not ticked
    preview = award_sheets.preview_sheet(db, edition_id, path)
    result = imports.apply_import(db, preview, delete_uids=[m.row_uid for m in preview.missing])
    assert result.summary() == "新评分 0 个学院，修改 0 个，未变 2 个，清除留空学院的原有评分 1 个"
    assert awards.judge_sheet(db, judge.id)[0].state == "unscored"


def test_bad_cells_are_reported_by_cell_and_nothing_is_written(db, env, tmp_path):
    edition_id, colleges, judge = env
    path, workbook, ws = _sheet(tmp_path, db, edition_id)
    a, b, c = _row(ws, "学院A"), _row(ws, "学院B"), _row(ws, "学院C")
    ws.cell(a, 2).value, ws.cell(a, 3).value, ws.cell(a, 4).value = 31, -2, "优"
    ws.cell(b, 2).value, ws.cell(b, 3).value = 20, 30  # criterion 3 left blank
    ws.cell(c, 2).value = 10  # the judge's own college, marked 回避
    workbook.save(path)
    preview = award_sheets.preview_sheet(db, edition_id, path)
    assert [p.text for p in preview.problems] == [
        "评分表!B5：“策划组织与宣传推广”的得分“31”超过满分 30",
        "评分表!C5：“线下活动数量及质量”的得分“-2”不能为负数",
        "评分表!D5：“师生参与及企业贡献”的得分“优”不是数字",
        "评分表!D6：“师生参与及企业贡献”未评分（本行其他项目已评分；整行留空表示尚未评分）",
        "评分表!B7：已填“回避”，本行不应再评分",
    ]
    before = event_count(db)
    with pytest.raises(ValidationError, match="有 3 行存在错误"):
        imports.apply_import(db, preview)
    assert event_count(db) == before
    assert all(row.state == "unscored" for row in awards.judge_sheet(db, judge.id))


def test_a_workbook_of_another_edition_or_an_unknown_judge_is_refused_whole(db, env, tmp_path):
    edition_id, colleges, judge = env
    path, workbook, ws = _sheet(tmp_path, db, edition_id)
    ws.cell(_row(ws, "学院A"), 2).value = 20
    workbook.save(path)
    copy = editions.copy_edition(db, edition_id, 2025)
    preview = award_sheets.preview_sheet(db, copy.edition_id, path)
    assert "是 2024 年度评委“王评委”的评分表，当前年度是 2025 年" in preview.problems[0].text
    assert not preview.to_add and preview.has_errors
    award_judges.delete_judge(db, judge.id)
    preview = award_sheets.preview_sheet(db, edition_id, path)
    assert "本数据库中没有这位评委" in preview.problems[0].text


def test_a_locked_result_refuses_a_returned_sheet(db, env, tmp_path):
    edition_id, colleges, judge = env
    path, workbook, ws = _sheet(tmp_path, db, edition_id)
    for column, value in zip((2, 3, 4), (20, 30, 20), strict=True):
        ws.cell(_row(ws, "学院A"), column).value = value
    workbook.save(path)
    preview = award_sheets.preview_sheet(db, edition_id, path)
    imports.apply_import(db, preview)
    awards.confirm(db, edition_id)
    preview = award_sheets.preview_sheet(db, edition_id, path)
    assert any("锁定" in p.text for p in preview.problems)
    stale = preview
    stale.error_rows.clear()  # even a preview taken before the lock cannot write now
    with pytest.raises(ConflictError, match="锁定"):
        imports.apply_import(db, stale)


def test_template_for_named_judges_only_and_none_without_judges(db, edition, tmp_path):
    add_colleges(db, edition.id, ("学院A",))
    with pytest.raises(ValidationError, match="还没有评委"):
        award_sheets.write_sheets(db, edition.id, tmp_path)
    judges = award_judges.ensure_judges(db, edition.id, ["甲", "乙"])
    written = award_sheets.write_sheets(db, edition.id, tmp_path, [judges[1].id])
    assert [p.name for p in written] == ["2024年优秀组织奖评分表-乙.xlsx"]


def test_a_sheet_without_its_hidden_id_is_matched_by_the_judge_named_in_its_title(db, env, tmp_path):
    edition_id, colleges, judge = env
    path, workbook, ws = _sheet(tmp_path, db, edition_id)
    del workbook["文件信息"]
    for column, value in zip((2, 3, 4), (20, 30, 20), strict=True):
        ws.cell(_row(ws, "学院B"), column).value = value
    workbook.save(path)
    preview = award_sheets.preview_sheet(db, edition_id, path)
    assert not preview.problems and preview.context.judge_name == "王评委"
    ws["A2"] = "评委：不认识的人"
    workbook.save(path)
    preview = award_sheets.preview_sheet(db, edition_id, path)
    assert "标题中的评委“不认识的人”也不在本年度的评委名单中" in preview.problems[0].text
