"""`vocweek stats template / import`, `vocweek submissions record / list / extend`, `vocweek publicity import /
export` and `vocweek report`, with their exit codes and what they print."""

from __future__ import annotations

import json

import pytest
from openpyxl import load_workbook

from tests.cli.test_cli_activities import run
from tests.io.pdf.pdf_inspect import all_text
from vocweek_desktop.services import activities, editions
from vocweek_desktop.store.engine import open_database

COLLEGE = "智能制造学院（示例）"


@pytest.fixture
def demo_file(capsys, tmp_path):
    """`vocweek demo --activities` made it."""
    path = tmp_path / "demo.sqlite3"
    code, _out, _err = run(capsys, "demo", "--db", str(path), "--activities")
    assert code == 0
    return str(path)


def statuses(path) -> dict[str, str]:
    db = open_database(path, create=False)
    try:
        edition = editions.list_editions(db)[0].id
        return {values["title"]: values["status"] for values in (
            dict(zip(activities.COLUMN_KEYS, row.values, strict=False))
            for row in activities.fetch_activities(db, edition, limit=1000))}
    finally:
        db.close()


def test_stats_template_and_import(capsys, demo_file, tmp_path):
    out_file = tmp_path / "附件2.xlsx"
    code, out, _ = run(capsys, "stats", "template", "--db", demo_file, "--college", "智造", "--out", str(out_file))
    assert code == 0 and out.strip() == f"已生成：{out_file}"
    workbook = load_workbook(out_file)
    ws = workbook["活动情况"]
    ws["E7"], ws["H7"] = "是", 180
    ws["E8"], ws["G8"] = "否", 5  # a cancelled activity with figures: refused
    workbook.save(out_file)

    code, out, err = run(capsys, "stats", "import", "--db", demo_file, str(out_file), "--received", "2024-05-22 10:00")
    assert code == 1
    assert "错误：活动情况!G8：活动未举办，参与教师(人次)不应填写（填写的是 5）" in out
    assert "有错误，未写入任何内容" in err

    ws["G8"] = None
    workbook.save(out_file)
    code, out, _ = run(capsys, "stats", "import", "--db", demo_file, str(out_file), "--dry-run")
    assert code == 0 and "提示：计划 2 项：如期举办 1 项，改期 0 项，取消 1 项" in out and "仅检查" in out
    code, out, _ = run(capsys, "stats", "import", "--db", demo_file, str(out_file), "--dry-run",
                       "--received", "2024-05-24 09:00")  # 附件2 is due by the report deadline, not 报名截止
    assert "收到时间 2024-05-24 09:00，比总结材料截止（2024年5月23日 23:59）晚 9 小时）" in out and "报名截止" not in out
    code, out, _ = run(capsys, "stats", "import", "--db", demo_file, str(out_file), "--received", "2024-05-22 10:00")
    assert code == 0 and "新增活动 0 项，更新 2 项，未变 0 项" in out
    assert "收到时间 2024-05-22 10:00）" in out  # on time: no lateness said

    code, out, _ = run(capsys, "stats", "template", "--db", demo_file, "--all", "--out", str(tmp_path / "all"))
    assert code == 0 and out.count("已生成：") == 10


def test_submissions_record_list_and_extend(capsys, demo_file, tmp_path):
    report = tmp_path / "智造职教周总结.docx"
    report.write_text("总结")
    code, out, _ = run(capsys, "submissions", "record", "--db", demo_file, "--college", "智造", "--kind", "工作总结报告",
                       str(report), "--received", "2024-05-24 09:00")
    assert code == 0 and "已记录：智能制造学院（示例） 工作总结报告“智造职教周总结.docx”（收到 2024-05-24 09:00，逾期" in out
    code, out, err = run(capsys, "submissions", "record", "--db", demo_file, "--college", "智造", "--kind", "工作总结报告",
                         str(report))
    assert code == 1 and "这个文件已经记录过" in err
    wrong = tmp_path / "汽车工程学院总结.docx"
    wrong.write_text("另一份")
    code, _out, err = run(capsys, "submissions", "record", "--db", demo_file, "--college", "智造", "--kind", "总结",
                          str(wrong))
    assert code == 1 and "不是“智能制造学院（示例）”" in err and "--force" in err
    code, _out, err = run(capsys, "submissions", "record", "--db", demo_file, "--college", "智造", "--kind", "视频",
                          str(wrong))
    assert code == 1 and "材料种类“视频”不认识" in err
    code, out, _ = run(capsys, "submissions", "extend", "--db", demo_file, "--college", "汽车", "--kind", "附件2",
                       "--until", "2024-05-26 18:00", "--reason", "负责人出差")
    assert code == 0 and "已延期：汽车 附件2 情况统计表 至 2024-05-26 18:00（负责人出差）" in out

    code, out, _ = run(capsys, "submissions", "kinds", "--db", demo_file, "--set", "活动视频，优秀案例")
    assert code == 0 and out.splitlines()[-2:] == ["活动视频", "优秀案例"]
    code, _out, err = run(capsys, "submissions", "kinds", "--db", demo_file, "--set", "工作总结报告")
    assert code == 1 and "学院需提交的其他材料的值" in err
    code, out, _ = run(capsys, "submissions", "kinds", "--db", demo_file, "--set", "")
    assert code == 0 and out.splitlines()[-1] == "新闻图片影像资料"
    code, out, _ = run(capsys, "submissions", "list", "--db", demo_file)
    lines = out.splitlines()
    assert code == 0 and lines[1] == "学院\t附件1 活动信息表\t工作总结报告\t附件2 情况统计表\t新闻图片影像资料"
    assert lines[2].startswith(f"{COLLEGE}\t") and "补交" in lines[2]
    code, out, _ = run(capsys, "submissions", "list", "--db", demo_file, "--json")
    data = json.loads(out)
    smart = data["colleges"][0]
    assert smart["college"] == COLLEGE and smart["kinds"]["工作总结报告"]["state"] == "补交"
    assert data["colleges"][1]["kinds"]["附件2 情况统计表"]["extended_until"] == "2024-05-26 18:00:00"
    assert "工作总结报告" not in smart["owed"] and smart["reminder"].startswith("【2024年职教周材料提醒】")


def test_publicity_export_import_and_report(capsys, demo_file, tmp_path):
    listing = tmp_path / "宣传.xlsx"
    code, _out, _ = run(capsys, "publicity", "export", "--db", demo_file, "--out", str(listing))
    assert code == 0
    workbook = load_workbook(listing)
    ws = workbook.active
    ws.append(["公众号", "职教周开幕", "https://mp.weixin.qq.com/s/1", "5月12日"])
    ws.append(["朋友圈", "坏的一行"])
    workbook.save(listing)
    code, out, err = run(capsys, "publicity", "import", "--db", demo_file, str(listing))
    assert code == 1 and "渠道“朋友圈”无效" in out
    code, out, _ = run(capsys, "publicity", "import", "--db", demo_file, str(listing), "--skip-errors")
    assert code == 0 and "新增 1 条报道" in out

    pdf, xlsx = tmp_path / "总结.pdf", tmp_path / "总结.xlsx"
    assert run(capsys, "report", "--db", demo_file, "--out", str(pdf))[0] == 0
    assert "六、宣传报道" in all_text(pdf)
    assert run(capsys, "report", "--db", demo_file, "--out", str(xlsx), "--edition", "2024")[0] == 0
    assert load_workbook(xlsx).sheetnames[0] == "总体情况"
    code, _out, err = run(capsys, "report", "--db", demo_file, "--out", str(tmp_path / "总结.txt"))
    assert code == 1 and "只能保存为 PDF" in err


def test_demo_afterweek(capsys, tmp_path):
    path = tmp_path / "after.sqlite3"
    code, out, _ = run(capsys, "demo", "--db", str(path), "--afterweek")
    assert code == 0
    assert (tmp_path / "after.files" / "2024").is_dir()
    code, out, _ = run(capsys, "submissions", "list", "--db", str(path), "--json")
    data = json.loads(out)
    assert data["missing_files"] == []
    assert {cell["state"] for college in data["colleges"] for cell in college["kinds"].values()} >= {"已交", "补交"}
    assert set(statuses(str(path)).values()) >= {"已举办", "取消"}


def test_submissions_record_goes_on_past_a_managed_folder_that_cannot_be_written(capsys, demo_file, tmp_path):
    """Each file is refused with why (the folder the copies go in cannot be written), the next one still tried."""
    from pathlib import Path

    Path(demo_file).with_name("demo.files").write_text("not a folder")
    first, second = tmp_path / "总结.docx", tmp_path / "总结2.docx"
    first.write_text("一")
    second.write_text("二")
    code, out, err = run(capsys, "submissions", "record", "--db", demo_file, "--college", "智造", "--kind", "总结",
                         str(first), str(second))
    assert code == 1 and "已记录" not in out
    assert [line.split("：")[1] for line in err.splitlines() if line.startswith("错误：")] == ["无法写入“" + str(
        Path(demo_file).with_name("demo.files") / "2024" / COLLEGE / f"{COLLEGE}-工作总结报告.docx") + "”"] * 2
