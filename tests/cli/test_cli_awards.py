"""`vocweek scores template / import / result / export`, `vocweek award confirm / unlock` and `vocweek certificates
[register]`: exactly the commands of issue 11 with their flags and exit codes."""

from __future__ import annotations

import json

import openpyxl
import pytest

from tests.award_data import scored
from tests.cli.test_cli_activities import run
from tests.io.pdf.pdf_inspect import all_text, page_sizes_mm, page_texts
from vocweek_desktop.services import audit, award_judges, award_scores, awards, certificates, editions
from vocweek_desktop.store.engine import open_database


@pytest.fixture
def scored_file(tmp_path):
    path = tmp_path / "awards.sqlite3"
    db = open_database(path)
    try:
        scored(db, editions.create_from_defaults(db, 2024).id)
    finally:
        db.close()
    return str(path)


def _db(path):
    return open_database(path, create=False)


def test_template_adds_named_judges_and_import_checks_then_writes(capsys, scored_file, tmp_path):
    out_dir = tmp_path / "sheets"
    code, out, _ = run(capsys, "scores", "template", "--db", scored_file, "--out", str(out_dir), "--judge", "孙评委",
                       "--judge", "王评委")
    assert code == 0 and out.count("已导出") == 2
    sheet = out_dir / "2024年优秀组织奖评分表-孙评委.xlsx"
    workbook = openpyxl.load_workbook(sheet)
    ws = workbook.active
    ws["B5"], ws["C5"], ws["D5"] = 26, 45, 24  # 学院A; 45 is over the maximum 40
    workbook.save(sheet)
    code, out, err = run(capsys, "scores", "import", "--db", scored_file, str(sheet))
    assert code == 1 and "评分表!C5：“线下活动数量及质量”的得分“45”超过满分 40" in out and "未写入" in err
    ws["C5"] = 34
    workbook.save(sheet)
    code, out, _ = run(capsys, "scores", "import", "--db", scored_file, str(sheet), "--dry-run")
    assert code == 0 and "新评分 1 个学院" in out and "未写入" in out
    db = _db(scored_file)
    try:
        judge = next(j for j in award_judges.list_judges(db, 1) if j.name == "孙评委")
        assert awards.judge_sheet(db, judge.id)[0].state == "unscored"
    finally:
        db.close()
    code, out, _ = run(capsys, "scores", "import", "--db", scored_file, "--operator", "鄢涛", str(sheet))
    assert code == 0 and "已导入" in out
    db = _db(scored_file)
    try:
        assert awards.judge_sheet(db, judge.id)[0].total == 84
        assert audit.events(db, 1, entity="score")[0].operator == "鄢涛"
    finally:
        db.close()


def test_result_as_text_and_json(capsys, scored_file):
    code, out, _ = run(capsys, "scores", "result", "--db", scored_file)
    assert code == 0 and "1. 评委对某学院的总分" in out
    assert "  1  学院E  93.25  2 位评委  【建议获奖】  仅 2 位评委评分（少于 3 位）" in out
    code, out, _ = run(capsys, "scores", "result", "--db", scored_file, "--json")
    rows = json.loads(out)
    assert rows[0] == {"college": "学院E", "rank": 1, "final": 93.25, "judges": 2,
                       "flags": ["仅 2 位评委评分（少于 3 位）"], "awarded": True}
    assert [(r["college"], r["rank"]) for r in rows] == [("学院E", 1), ("学院A", 2), ("学院B", 3), ("学院C", 4),
                                                        ("学院D", 5)]


def test_confirm_refuses_names_without_a_tie_then_locks_and_unlock_needs_a_reason(capsys, scored_file, tmp_path):
    code, _out, err = run(capsys, "award", "confirm", "--db", scored_file, "--college", "学院D")
    assert code == 1 and "不需要选定学院" in err
    code, out, _ = run(capsys, "award", "confirm", "--db", scored_file, "--operator", "鄢涛")
    assert code == 0 and out.strip() == "已确认并锁定：学院E、学院A、学院B、学院C"
    code, _out, err = run(capsys, "award", "confirm", "--db", scored_file)
    assert code == 1 and "已经确认并锁定" in err
    code, _out, err = run(capsys, "award", "unlock", "--db", scored_file, "--reason", " ")
    assert code == 1 and "理由" in err
    code, out, _ = run(capsys, "award", "unlock", "--db", scored_file, "--reason", "复核学院B", "--operator", "湛兴波")
    assert code == 0
    db = _db(scored_file)
    try:
        assert [(e.action, e.operator) for e in audit.history(db, "award", 1)] == [("lock", "鄢涛"), ("unlock", "湛兴波")]
    finally:
        db.close()


def test_confirm_with_a_tie_across_the_line_names_the_tied_colleges(capsys, scored_file):
    db = _db(scored_file)
    try:
        criteria = awards.list_criteria(db, 1)
        for judge in award_judges.list_judges(db, 1):
            for criterion, value in zip(criteria, (25, 35, 25), strict=True):
                award_scores.set_score(db, judge.id, 3, criterion.id, value)  # 学院C now equals 学院B
        record = editions.get_edition(db, 1)
        values = {name: getattr(record, name) for name in editions.EDITION_COLUMNS}
        values["contacts"] = []
        editions.update_edition(db, 1, {**values, "award_quota": 3})
    finally:
        db.close()
    code, out, _ = run(capsys, "scores", "result", "--db", scored_file)
    assert "【并列待定】" in out and "从 学院B、学院C 中选定 1 个" in out
    code, _out, err = run(capsys, "award", "confirm", "--db", scored_file)
    assert code == 1 and "请从 学院B、学院C 中选定 1 个学院" in err
    code, out, _ = run(capsys, "award", "confirm", "--db", scored_file, "--college", "学院C")
    assert code == 0 and out.strip() == "已确认并锁定：学院E、学院A、学院C"


def test_certificates_draft_then_issued_with_offsets_calibration_and_register(capsys, scored_file, tmp_path):
    draft = tmp_path / "draft.pdf"
    code, out, _ = run(capsys, "certificates", "--db", scored_file, "--out", str(draft))
    assert code == 0 and "4 页" in out and "样稿" in out
    assert all("样稿" in text for text in page_texts(draft))
    run(capsys, "award", "confirm", "--db", scored_file)
    final = tmp_path / "final.pdf"
    code, out, _ = run(capsys, "certificates", "--db", scored_file, "--out", str(final), "--mode", "overlay",
                       "--offset-x", "1.5", "--offset-y", "-1")
    assert code == 0 and "套打" in out and "发证 4 张" in out
    assert "样稿" not in all_text(final) and "荣誉证书" not in all_text(final)  # 套打: fixed title not printed
    assert page_sizes_mm(final) == [(297.0, 210.0)] * 4
    code, out, _ = run(capsys, "certificates", "--db", scored_file, "--out", str(tmp_path / "again.pdf"))
    assert "补打 4 张" in out
    calibration = tmp_path / "calibration.pdf"
    code, out, _ = run(capsys, "certificates", "--db", scored_file, "--out", str(calibration), "--calibration",
                       "--offset-x", "2")
    assert code == 0 and "校准页" in out and "偏移 X +2 毫米" in page_texts(calibration)[0].replace("\n", "")
    register = tmp_path / "register.xlsx"
    code, out, _ = run(capsys, "certificates", "register", "--db", scored_file, "--out", str(register))
    assert code == 0 and openpyxl.load_workbook(register).active["C3"].value == "学院E"
    db = _db(scored_file)
    try:
        assert [r.reissues for r in certificates.register(db, 1)] == [1, 1, 1, 1]
    finally:
        db.close()
    code, _out, err = run(capsys, "certificates", "--db", scored_file)
    assert code == 1 and "--out" in err


def test_scores_export(capsys, scored_file, tmp_path):
    code, out, _ = run(capsys, "scores", "export", "--db", scored_file, "--out", str(tmp_path / "结果.pdf"))
    assert code == 0 and "去掉一个最高分和一个最低分" in all_text(tmp_path / "结果.pdf")
    code, _out, _ = run(capsys, "scores", "export", "--db", scored_file, "--out", str(tmp_path / "结果.xlsx"))
    assert code == 0 and openpyxl.load_workbook(tmp_path / "结果.xlsx").sheetnames[0] == "评分结果"


def test_demo_with_awards_has_judges_and_a_result(capsys, tmp_path):
    path = tmp_path / "demo.sqlite3"
    code, _out, _ = run(capsys, "demo", "--db", str(path), "--awards")
    assert code == 0
    code, out, _ = run(capsys, "scores", "result", "--db", str(path), "--json")
    rows = json.loads(out)
    assert len(rows) == 10 and rows[0]["rank"] == 1 and rows[0]["judges"] == 3  # 冯评委 abstains from it
    assert sum(1 for r in rows if r["awarded"]) == 4


def test_certificates_refuse_an_offset_off_the_range_and_a_file_that_is_not_a_pdf(capsys, scored_file, tmp_path):
    far = tmp_path / "far.pdf"
    code, _out, err = run(capsys, "certificates", "--db", scored_file, "--out", str(far), "--offset-x", "80")
    assert code == 1 and "偏移 X “80.0” 毫米超出范围" in err and not far.exists()
    text = tmp_path / "证书.txt"
    code, _out, err = run(capsys, "certificates", "--db", scored_file, "--out", str(text))
    assert code == 1 and "证书.txt" in err and ".pdf" in err and not text.exists()
    code, _out, err = run(capsys, "certificates", "--db", scored_file, "--out", str(text), "--calibration")
    assert code == 1 and not text.exists()
