"""`vocweek demo --layout`, `vocweek layout export / import / check` and `vocweek layout-map`, with their exit codes."""

from __future__ import annotations

import openpyxl
import pytest

from tests.cli.test_cli_activities import run
from tests.io.pdf.pdf_inspect import all_text, page_sizes_mm
from vocweek_desktop.services import editions, layout
from vocweek_desktop.store.engine import open_database


@pytest.fixture
def demo_file(capsys, tmp_path):
    """`vocweek demo --layout` made it."""
    path = tmp_path / "demo.sqlite3"
    code, out, _ = run(capsys, "demo", "--db", str(path), "--layout")
    assert code == 0 and "已创建演示数据库" in out
    return str(path)


def booths(path) -> list[tuple]:
    db = open_database(path, create=False)
    try:
        return [(b.number, b.x, b.y) for b in layout.get_layout(db, editions.list_editions(db)[0].id).booths]
    finally:
        db.close()


def test_demo_layout_checks_clean_and_prints_its_map(capsys, demo_file, tmp_path):
    code, out, _ = run(capsys, "layout", "check", "--db", demo_file, "--edition", "2024")
    assert (code, out.strip()) == (0, "布局没有问题。")
    pdf, png, needs = tmp_path / "map.pdf", tmp_path / "map.png", tmp_path / "needs.xlsx"
    code, out, _ = run(capsys, "layout-map", "--db", demo_file, "--out", str(pdf), "--paper", "A3", "--portrait",
                       "--needs", str(needs))
    assert code == 0 and "比例尺 1:250" in out and "A3纵向" in out
    assert page_sizes_mm(pdf) == [(297, 420)] and "A01" in all_text(pdf)
    code, _out, _ = run(capsys, "layout-map", "--db", demo_file, "--out", str(png), "--dpi", "72")
    assert code == 0 and png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert openpyxl.load_workbook(needs).active["A4"].value == "A01"  # under the title, when and where, the header
    code, _out, err = run(capsys, "layout-map", "--db", demo_file, "--out", str(tmp_path / "map.gif"))
    assert code == 1 and "只能保存为 PDF 或 PNG" in err


def test_check_prints_each_problem_and_exits_1(capsys, demo_file):
    db = open_database(demo_file, create=False)
    try:
        data = layout.get_layout(db, editions.list_editions(db)[0].id)
        a01, a02 = data.booths[0], data.booths[1]
        layout.update_items(db, layout.Changes({a02.id: {"x": a01.x + 1, "college_id": a01.college_id}}))
        layout.update_items(db, layout.Changes({data.booths[2].id: {"x": 59.5}}))
    finally:
        db.close()
    code, out, _ = run(capsys, "layout", "check", "--db", demo_file)
    assert code == 1
    assert out.splitlines() == ["展位 A01 与 A02 重叠", "展位 A03 超出场地范围",
                                "智能制造学院（示例）有 2 个展位（A01、A02）", "汽车工程学院（示例）还没有展位"]


def test_export_edit_dry_run_and_import(capsys, demo_file, tmp_path):
    out = tmp_path / "布局.xlsx"
    code, stdout, _ = run(capsys, "layout", "export", "--db", demo_file, "--out", str(out))
    assert code == 0 and str(out) in stdout
    workbook = openpyxl.load_workbook(out)
    workbook["展位"]["C2"] = 10
    workbook.save(out)
    before = booths(demo_file)
    code, stdout, _ = run(capsys, "layout", "import", str(out), "--db", demo_file, "--dry-run")
    assert code == 0 and "新增 0 个展位，更新 1 个" in stdout and "未写入" in stdout
    assert booths(demo_file) == before
    code, stdout, _ = run(capsys, "layout", "import", str(out), "--db", demo_file, "--operator", "王老师")
    assert code == 0 and "已导入" in stdout
    assert booths(demo_file)[0] == ("A01", 10.0, before[0][2])
    workbook["展位"]["C3"] = "很远"
    workbook.save(out)
    code, stdout, err = run(capsys, "layout", "import", str(out), "--db", demo_file)
    assert code == 1 and "展位!C3：X(米)“很远”不是数字" in stdout and "未写入" in err
    assert booths(demo_file)[0] == ("A01", 10.0, before[0][2])
