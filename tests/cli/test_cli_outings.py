"""`vocweek outings …` and `vocweek demo --outings`: every decision from every state (a refusal exits 1 and says
why), the workbook out and in, the list, the slip, the 保卫处 list and the office's rules."""

from __future__ import annotations

import datetime as dt
import itertools
import json

import openpyxl
import pytest

from tests.cli.test_cli_activities import run
from tests.io.pdf.pdf_inspect import all_text, assert_fonts_embedded
from tests.services.outing_data import outing_in
from vocweek_desktop.domain import outings as rules
from vocweek_desktop.services import audit, colleges, editions, outings
from vocweek_desktop.store.engine import open_database

EXPECTED = {
    ("草稿", "submit"): "已提交", ("已退回", "submit"): "已提交",
    ("已提交", "approve"): "已批准", ("已提交", "return"): "已退回",
    ("草稿", "withdraw"): "已撤回", ("已提交", "withdraw"): "已撤回", ("已退回", "withdraw"): "已撤回",
    ("已批准", "complete"): "已完成",
}
#: A week from now: approving is not late; completing needs an outing that has left (the 2024 dates of outing_in).
SOON = (dt.datetime.now() + dt.timedelta(days=7)).replace(hour=8, minute=0, second=0, microsecond=0)


@pytest.fixture
def dbfile(capsys, tmp_path):
    """`vocweek demo` made it (2024 edition, sample colleges)."""
    path = tmp_path / "outings.sqlite3"
    code, _out, _err = run(capsys, "demo", "--db", str(path))
    assert code == 0
    return str(path)


def with_db(path, fn):
    db = open_database(path, create=False)
    try:
        edition = editions.list_editions(db)[0].id
        return fn(db, edition, colleges.list_colleges(db, edition))
    finally:
        db.close()


def state_of(path, number: str) -> str:
    return with_db(path, lambda db, ed, _c: outings.get_outing(db, outings.find_outing(db, ed, number)).state)


def decide(capsys, path, action, number="WC-2024-001", *more):
    extra = ["--reason", "材料不全"] if action == "return" else []
    return run(capsys, "outings", action, number, "--db", path, "--operator", "教务处李老师", *extra, *more)


@pytest.mark.parametrize(("state", "action"), list(itertools.product(rules.STATES, rules.ACTIONS)))
def test_every_decision_from_every_state(capsys, dbfile, state, action):
    dates = {} if action == "complete" or state == "已完成" else {"departure": SOON,
                                                                  "return_at": SOON + dt.timedelta(hours=9)}
    with_db(dbfile, lambda db, ed, found: outing_in(db, ed, found[1].id, state, **dates))
    code, out, err = decide(capsys, dbfile, action)
    expected = EXPECTED.get((state, action))
    if expected is None:
        assert code == 1 and out == ""
        assert err.strip() == f"错误：{rules.refusal('WC-2024-001', state, action)}"
        assert state_of(dbfile, "WC-2024-001") == state
        return
    assert code == 0 and err == ""
    assert out.splitlines()[0] == f"WC-2024-001（汽车工程学院（示例），新能源汽车维修进社区）现为“{expected}”"
    assert state_of(dbfile, "WC-2024-001") == expected
    last = with_db(dbfile, lambda db, ed, _c: outings.history(db, outings.find_outing(db, ed, "WC-2024-001"))[-1])
    assert (last.operator, last.before, last.after["state"]) == ("教务处李老师", {"state": state}, expected)


def test_rules_beyond_the_state_table_exit_1_with_the_reason(capsys, dbfile):
    with_db(dbfile, lambda db, ed, found: outing_in(db, ed, found[1].id, rules.SUBMITTED))
    code, _out, err = decide(capsys, dbfile, "approve")
    assert code == 1 and "出发时间（5月15日 08:00）已过" in err and "补办原因" in err
    code, out, _err = decide(capsys, dbfile, "approve", "WC-2024-001", "--late-reason", "电话报备", "--comment", "同意")
    assert code == 0 and "现为“已批准”" in out
    code, _out, err = run(capsys, "outings", "return", "WC-2024-001", "--db", dbfile)
    assert code == 2 and "--reason" in err  # argparse: the reason is required
    code, _out, err = decide(capsys, dbfile, "approve", "WC-2024-404")
    assert code == 1 and "没有编号为“WC-2024-404”" in err
    code, out, _err = run(capsys, "outings", "history", "WC-2024-001", "--db", dbfile)
    assert code == 0 and "补办原因：电话报备" in out and out.count("\n") == 3


def test_template_import_list_and_json(capsys, dbfile, tmp_path):
    out = tmp_path / "申请表.xlsx"
    code, stdout, _err = run(capsys, "outings", "template", "--college", "汽车", "--out", str(out), "--db", dbfile)
    assert code == 0 and str(out) in stdout
    workbook = openpyxl.load_workbook(out)
    form, people = workbook["外出活动申请表"], workbook["参与人员"]
    cells = {str(row[0].value or "").lstrip("*"): row[1] for row in form.iter_rows(max_col=2)}
    assert cells["学院"].value == "汽车工程学院（示例）"
    for label, value in {"活动名称": "汽修进社区", "目的地": "十陵街道", "出发时间": "5月15日 8:00",
                         "返回时间": "5月15日 17:00", "带队教师": "王强", "带队教师电话": "13800138000",
                         "交通方式": "步行", "是否购买保险": "否", "安全预案": "分组带队", "紧急联系人": "张主任",
                         "紧急联系电话": "13900139000", "活动方案": "是", "安全应急预案": "是", "安全承诺书": "是",
                         "学生名单": "是"}.items():
        cells[label].value = value
    people["A5"], people["B5"], people["A6"], people["B6"] = "王强", "教师", "李雷", "学生"
    workbook.save(out)
    code, stdout, _err = run(capsys, "outings", "import", str(out), "--db", dbfile, "--dry-run")
    assert code == 0 and "新增 1 份申请" in stdout and "未写入" in stdout
    assert "报名截止" not in stdout  # the deadline of 附件1, not of an outing request
    assert with_db(dbfile, lambda db, ed, _c: outings.list_outings(db, ed)) == []
    code, stdout, _err = run(capsys, "outings", "import", str(out), "--db", dbfile, "--received", "2024-05-09 16:00")
    assert code == 0 and "已导入 申请表.xlsx：新增 1 份申请" in stdout
    code, stdout, _err = run(capsys, "outings", "list", "--db", dbfile, "--state", "submitted")
    assert stdout.split("\t")[:4] == ["WC-2024-001", "已提交", "汽车工程学院（示例）", "汽修进社区"]
    code, stdout, _err = run(capsys, "outings", "list", "--db", dbfile, "--json")
    data = json.loads(stdout)
    assert data[0]["number"] == "WC-2024-001" and data[0]["received"] == "2024-05-09 16:00"
    assert data[0]["departure"] == "2024-05-15 08:00" and (data[0]["teachers"], data[0]["students"]) == (1, 1)
    code, stdout, _err = run(capsys, "outings", "list", "--db", dbfile, "--state", "已批准")
    assert stdout.strip() == "没有符合条件的外出申请。"
    code, _out, err = run(capsys, "outings", "list", "--db", dbfile, "--state", "批了")
    assert code == 1 and "状态“批了”无效" in err
    # A bad file: exit 1, the cell named, nothing written.
    form = openpyxl.load_workbook(out)
    form["外出活动申请表"][cells["返回时间"].coordinate] = "5月15日 7:00"
    form.save(out)
    code, stdout, err = run(capsys, "outings", "import", str(out), "--db", dbfile)
    assert code == 1 and f"外出活动申请表!{cells['返回时间'].coordinate}：返回时间" in stdout and "未写入" in err
    # The request prefilled, to be corrected and sent back.
    code, stdout, _err = run(capsys, "outings", "template", "--number", "wc-2024-001", "--out",
                             str(tmp_path / "回填.xlsx"), "--db", dbfile)
    assert code == 0
    back = openpyxl.load_workbook(tmp_path / "回填.xlsx")["外出活动申请表"]
    assert back[cells["活动名称"].coordinate].value == "汽修进社区"


def test_demo_outings_has_every_state_and_slips_and_the_security_list_print(capsys, tmp_path):
    path = str(tmp_path / "demo.sqlite3")
    code, _out, _err = run(capsys, "demo", "--db", path, "--outings", "--activities")
    assert code == 0
    records = with_db(path, lambda db, ed, _c: outings.list_outings(db, ed))
    assert sorted(r.state for r in records) == sorted(rules.STATES)
    code, stdout, _err = run(capsys, "outings", "slip", "WC-2024-001", "WC-2024-002", "--out",
                             str(tmp_path / "slips.pdf"), "--db", path)
    assert code == 0 and "2 份" in stdout
    text = all_text(tmp_path / "slips.pdf")
    assert "WC-2024-001" in text and "WC-2024-002" in text and "未批准" in text
    assert_fonts_embedded(tmp_path / "slips.pdf")
    code, _out, _err = run(capsys, "outings", "export", "--out", str(tmp_path / "保卫处.xlsx"), "--db", path,
                           "--from", "2024-05-13", "--to", "2024-05-18")
    ws = openpyxl.load_workbook(tmp_path / "保卫处.xlsx").active
    assert code == 0 and [ws.cell(row, 4).value for row in (4, 5)] == ["WC-2024-006", "WC-2024-001"]
    code, _out, err = run(capsys, "outings", "export", "--out", str(tmp_path / "x.xlsx"), "--db", path, "--from", "五月")
    assert code == 1 and "日期“五月”无效" in err


def test_settings_are_shown_and_changed(capsys, dbfile):
    code, stdout, _err = run(capsys, "outings", "settings", "--db", dbfile)
    assert code == 0 and stdout.splitlines() == ["至少提前天数：3", "必备材料：活动方案、安全应急预案、安全承诺书、学生名单"
                                                                       "（租用车辆时另须车辆合同）"]
    code, stdout, _err = run(capsys, "outings", "settings", "--db", dbfile, "--lead-days", "5", "--papers",
                             "活动方案，学生名单", "--operator", "王老师")
    assert code == 0 and stdout.startswith("至少提前天数：5\n必备材料：活动方案、学生名单")
    events = with_db(dbfile, lambda db, ed, _c: audit.events(db, ed, entity="edition"))
    assert {e.operator for e in events[:2]} == {"王老师"}
    code, _out, err = run(capsys, "outings", "settings", "--db", dbfile, "--papers", "护照")
    assert code == 1 and "材料“护照”无效，应为：活动方案、安全应急预案" in err
    # A bad value among good ones changes nothing (the lead time given with it is not saved either).
    code, _out, err = run(capsys, "outings", "settings", "--db", dbfile, "--lead-days", "9", "--papers", "活动方案,护照")
    assert code == 1 and "护照" in err
    code, stdout, _err = run(capsys, "outings", "settings", "--db", dbfile)
    assert stdout.startswith("至少提前天数：5\n必备材料：活动方案、学生名单")


def test_a_decision_takes_the_write_lock_as_every_command_does(capsys, dbfile):
    """A lock file left unreadable (a crash mid-write) is taken over, and the user is told so, as by the other
    commands that write."""
    from pathlib import Path

    with_db(dbfile, lambda db, ed, found: outing_in(db, ed, found[1].id, rules.DRAFT))
    Path(dbfile + ".lock").write_bytes(b"\x00garbage")
    code, out, err = decide(capsys, dbfile, "withdraw")
    assert code == 0 and "现为“已撤回”" in out
    assert err.startswith("提示：") and ".lock" in err
    assert not Path(dbfile + ".lock").exists()
