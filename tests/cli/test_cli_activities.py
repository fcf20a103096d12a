"""`vocweek template / import / export`: the 附件1 workflow without a window, and its exit codes."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from sqlalchemy import select

from tests.xlsx_helpers import college_workbook, make_cfb, template_row
from vocweek_desktop.cli import main
from vocweek_desktop.services import activities as activity_service
from vocweek_desktop.services import colleges, editions
from vocweek_desktop.store.engine import open_database
from vocweek_desktop.store.models import Activity


def run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = exc.code
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def dbfile(tmp_path):
    path = tmp_path / "cli.sqlite3"
    db = open_database(path)
    editions.create_from_defaults(db, 2023)
    edition = editions.create_from_defaults(db, 2024)
    smart = colleges.add_college(db, edition.id, {"name": "智能制造学院"})
    colleges.add_college(db, edition.id, {"name": "汽车工程学院"})
    activity_service.add_activity(db, edition.id, {"college_id": smart.id, "title": "已有活动", "need_power": True,
                                                   "first_date": dt.date(2024, 5, 13)})
    db.close()
    return str(path)


def activities(dbfile) -> list[tuple[str, str]]:
    db = open_database(dbfile, create=False)
    try:
        with db.transaction() as session:
            return [tuple(row) for row in session.execute(
                select(Activity.title, Activity.venue).where(Activity.deleted_at.is_(None)).order_by(Activity.id))]
    finally:
        db.close()


def test_template_for_one_college_is_prefilled(capsys, dbfile, tmp_path):
    out = tmp_path / "智能制造.xlsx"
    code, stdout, _ = run(capsys, "template", "--db", dbfile, "--college", "智能制造学院", "--out", str(out))
    assert code == 0 and stdout.strip() == f"已生成：{out}"
    ws = openpyxl.load_workbook(out)["活动信息表"]
    assert ws["A3"].value == "学院：智能制造学院" and ws["B7"].value == "已有活动"


def test_template_for_all_colleges_into_a_folder(capsys, dbfile, tmp_path):
    code, stdout, _ = run(capsys, "template", "--db", dbfile, "--all", "--out", str(tmp_path / "out"))
    assert code == 0 and len(stdout.strip().splitlines()) == 2
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "2024年职教周活动信息表-智能制造学院.xlsx", "2024年职教周活动信息表-汽车工程学院.xlsx"]


def test_template_for_an_unknown_college(capsys, dbfile, tmp_path):
    code, _, stderr = run(capsys, "template", "--db", dbfile, "--college", "外星学院", "--out", str(tmp_path / "x.xlsx"))
    assert code == 1 and stderr.strip() == "错误：学院“外星学院”不在本年度的学院名单中"


def test_template_of_another_edition(capsys, dbfile, tmp_path):
    code, stdout, _ = run(capsys, "template", "--db", dbfile, "--edition", "2023", "--all", "--out", str(tmp_path))
    assert code == 0 and stdout.strip() == "本年度还没有学院，没有生成任何文件。"


def test_import_good_file(capsys, dbfile, tmp_path):
    path = college_workbook(tmp_path / "good.xlsx", [template_row(title="技能展示", first_date="5月13日", venue="广场"),
                                                      template_row(title="已有活动", first_date="5月13日", venue="新")])
    code, stdout, _ = run(capsys, "import", "--db", dbfile, str(path), "--received", "2024-05-10 17:30")
    assert code == 0
    assert "文件：good.xlsx（工作表“活动信息表”，学院：智能制造学院，收到时间 2024-05-10 17:30）" in stdout
    assert "已导入 good.xlsx：新增 1 行，更新 1 行，未变 0 行" in stdout
    assert activities(dbfile) == [("已有活动", "新"), ("技能展示", "广场")]


def test_import_says_when_the_received_time_is_late(capsys, dbfile, tmp_path):
    path = college_workbook(tmp_path / "late.xlsx", [template_row(title="技能展示", first_date="5月13日")])
    code, stdout, _ = run(capsys, "import", "--db", dbfile, str(path), "--received", "2024-05-11 09:30", "--dry-run")
    assert code == 0
    assert "收到时间 2024-05-11 09:30，比报名截止（2024年5月10日 18:00）晚 15 小时）" in stdout


def test_import_with_errors_writes_nothing_unless_told_to_skip(capsys, dbfile, tmp_path):
    path = college_workbook(tmp_path / "bad.xlsx", [template_row(title="技能展示", first_date="5月13日"),
                                                     template_row(title="坏日期", first_date="5月32日")])
    code, stdout, stderr = run(capsys, "import", "--db", dbfile, str(path))
    assert code == 1
    assert "  错误：活动信息表!E7：日期“5月32日”无效" in stdout
    assert "有错误，未写入任何内容" in stderr
    assert activities(dbfile) == [("已有活动", "")]
    code, stdout, _ = run(capsys, "import", "--db", dbfile, str(path), "--skip-errors")
    assert code == 0 and "跳过有错误的 1 行" in stdout
    assert activities(dbfile) == [("已有活动", ""), ("技能展示", "")]


def test_dry_run_writes_nothing(capsys, dbfile, tmp_path):
    path = college_workbook(tmp_path / "dry.xlsx", [template_row(title="技能展示", first_date="5月13日")])
    code, stdout, _ = run(capsys, "import", "--db", dbfile, str(path), "--dry-run")
    assert code == 0 and "新增 1 行" in stdout and "仅检查（--dry-run），未写入。" in stdout
    assert activities(dbfile) == [("已有活动", "")]


def test_several_files_one_bad_writes_nothing(capsys, dbfile, tmp_path):
    good = college_workbook(tmp_path / "good.xlsx", [template_row(title="技能展示", first_date="5月13日")])
    old = make_cfb(tmp_path / "old.xls", ["Workbook"])
    code, _, stderr = run(capsys, "import", "--db", dbfile, str(good), str(old))
    assert code == 1 and "“old.xls”是旧版 Excel 格式（.xls）" in stderr
    assert activities(dbfile) == [("已有活动", "")]


def test_import_for_a_chosen_college_and_deleting_missing_rows(capsys, dbfile, tmp_path):
    path = college_workbook(tmp_path / "auto.xlsx", [template_row(title="试驾", first_date="5月14日")],
                            above=[["学院：汽车工程学院"]], header_row=2)
    code, stdout, _ = run(capsys, "import", "--db", dbfile, str(path), "--college", "智能制造学院")
    assert code == 0
    assert "提示：工作簿写的是“汽车工程学院”，与所选学院“智能制造学院”不一致" in stdout
    assert "文件中已没有：智能制造学院 2024-05-13 已有活动" in stdout
    assert activities(dbfile) == [("已有活动", ""), ("试驾", "")]
    code, stdout, _ = run(capsys, "import", "--db", dbfile, str(path), "--college", "智能制造学院", "--delete-missing")
    assert code == 0 and "删除（移入回收站） 1 行" in stdout
    assert activities(dbfile) == [("试驾", "")]


def test_import_with_a_bad_received_time(capsys, dbfile, tmp_path):
    path = college_workbook(tmp_path / "r.xlsx", [template_row(title="a", first_date="5月13日")])
    code, _, stderr = run(capsys, "import", "--db", dbfile, str(path), "--received", "昨天")
    assert code == 1 and stderr.strip() == "错误：收到时间“昨天”无效，应写成 2024-05-10 17:30"


def test_export_activities_and_tasks(capsys, dbfile, tmp_path):
    code, stdout, _ = run(capsys, "export", "activities", "--db", dbfile, "--out", str(tmp_path / "a.xlsx"))
    assert code == 0 and stdout.strip() == f"已导出：{tmp_path / 'a.xlsx'}"
    assert openpyxl.load_workbook(tmp_path / "a.xlsx").active["B2"].value == "已有活动"
    code, _, _ = run(capsys, "export", "tasks", "--db", dbfile, "--out", str(tmp_path / "t.xlsx"))
    assert code == 0 and openpyxl.load_workbook(tmp_path / "t.xlsx")["后勤处"]["D4"].value == "已有活动"


def test_export_tasks_one_workbook_per_department(capsys, dbfile, tmp_path):
    folder = tmp_path / "任务单"
    code, stdout, _ = run(capsys, "export", "tasks", "--per-department", "--db", dbfile, "--out", str(folder))
    names = [f"2024年职教周部门任务单-{name}.xlsx" for name in ("融媒体中心", "信息中心", "后勤处", "保卫处")]
    assert code == 0 and stdout.splitlines() == [f"已导出：{folder / name}" for name in names]
    assert openpyxl.load_workbook(folder / names[2]).sheetnames == ["后勤处"]
    code, _, stderr = run(capsys, "export", "activities", "--per-department", "--db", dbfile, "--out", "a.xlsx")
    assert code == 2 and "--per-department 只用于 tasks" in stderr


def test_unknown_edition_and_missing_database(capsys, dbfile, tmp_path):
    code, _, stderr = run(capsys, "export", "tasks", "--db", dbfile, "--edition", "1999", "--out", str(tmp_path / "t"))
    assert code == 1 and stderr.startswith("错误：找不到这个年度的活动周")
    code, _, stderr = run(capsys, "export", "tasks", "--db", str(tmp_path / "none.sqlite3"), "--out", "t.xlsx")
    assert code == 1 and "不存在" in stderr


def test_template_needs_a_college_or_all(capsys, dbfile):
    code, _, _ = run(capsys, "template", "--db", dbfile, "--out", "x.xlsx")
    assert code == 2


def test_cli_module_does_not_import_qt_or_openpyxl_at_start():
    import subprocess
    import sys

    code = ("import sys; import vocweek_desktop.cli; from vocweek_desktop.services import activities_import, "
            "activities_export, activities_templates, colleges_import, imports; "
            "print(any(m.startswith(('PySide6', 'openpyxl')) for m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"



def test_several_files_are_one_transaction(capsys, dbfile, tmp_path, monkeypatch):
    """`vocweek import a.xlsx b.xlsx c.xlsx`: a failure while writing c leaves a and b unwritten too."""
    from sqlalchemy.exc import IntegrityError

    from vocweek_desktop.services import activities_import

    paths = [str(college_workbook(tmp_path / f"{name}.xlsx", [template_row(title=f"活动{name}", first_date="5月14日")]))
             for name in "abc"]
    real_write = activities_import.ActivityForm.write

    def failing_last(self, session, preview, plan):
        if preview.source_name == "c.xlsx":
            raise IntegrityError("INSERT", {}, Exception("disk I/O error"))
        return real_write(self, session, preview, plan)

    monkeypatch.setattr(activities_import.ActivityForm, "write", failing_last)
    code, stdout, stderr = run(capsys, "import", "--db", dbfile, *paths)
    assert code == 1
    assert "“c.xlsx”" in stderr and "3 个文件都没有导入" in stderr
    assert "已导入" not in stdout
    assert activities(dbfile) == [("已有活动", "")]
    monkeypatch.setattr(activities_import.ActivityForm, "write", real_write)
    code, stdout, _ = run(capsys, "import", "--db", dbfile, *paths)
    assert code == 0 and stdout.count("已导入") == 3
    assert [title for title, _venue in activities(dbfile)] == ["已有活动", "活动a", "活动b", "活动c"]


# --- file-level refusals, sneaky text (issue 7, item 17) -------------------------------------------------------


@pytest.mark.parametrize("kind", ["not a workbook", "no header", "no 活动日期 column"])
def test_a_file_level_refusal_does_not_suggest_skipping_rows(capsys, dbfile, tmp_path, kind):
    if kind == "not a workbook":
        path = tmp_path / "empty.xlsx"
        path.write_bytes(b"")
    elif kind == "no header":
        path = college_workbook(tmp_path / "cols.xlsx", [[None, "技能展示", "5月13日"]], header=["序号", "名称", "日子"])
    else:
        path = college_workbook(tmp_path / "cols.xlsx", [[None, "技能展示", "广场"]], header=["序号", "活动名称", "活动地点"])
    code, stdout, stderr = run(capsys, "import", "--db", dbfile, str(path))
    assert code == 1
    assert "--skip-errors" not in stderr and "跳过" not in stderr
    assert "未写入任何内容" in stderr
    assert activities(dbfile) == [("已有活动", "")]


def test_row_errors_beside_a_refused_file_do_not_suggest_skipping(capsys, dbfile, tmp_path):
    good = college_workbook(tmp_path / "good.xlsx", [template_row(title="技能展示", first_date="5月13日")])
    bad = college_workbook(tmp_path / "bad.xlsx", [template_row(title="坏日期", first_date="5月32日")])
    old = make_cfb(tmp_path / "old.xls", ["Workbook"])
    code, _, stderr = run(capsys, "import", "--db", dbfile, str(good), str(bad), str(old))
    assert code == 1 and "--skip-errors" not in stderr  # skipping rows would not import old.xls either


def test_imported_text_is_cleaned_of_bidi_controls_and_xml_escapes(capsys, dbfile, tmp_path):
    path = college_workbook(tmp_path / "sneaky.xlsx", [template_row(title="\u202e数控\u202c技能展示",
                                                                    first_date="5月13日", venue="东区_x000D_科技广场")])
    code, _, stderr = run(capsys, "import", "--db", dbfile, str(path))
    assert code == 0, stderr
    assert activities(dbfile) == [("已有活动", ""), ("数控技能展示", "东区\n科技广场")]
