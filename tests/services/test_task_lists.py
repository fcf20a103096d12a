"""The departments' task lists: which activities each department gets, one workbook or one per department."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from tests.services.import_env import add
from vocweek_desktop.domain.errors import NotFoundError
from vocweek_desktop.files import FileWriteError
from vocweek_desktop.services import task_lists


def test_each_department_gets_the_activities_with_its_need(env):
    add(env, title="要用电", need_power=True, need_media=True, start_time=dt.time(9, 30), venue="广场")
    add(env, title="已取消", need_power=True, status="取消")
    add(env, title="不要用电")
    add(env, title="要安保", need_security=True, expected_students=120, expected_public=30,
        first_date=dt.date(2024, 5, 12))
    lists = {item.department: item for item in task_lists.task_lists(env.db, env.edition.id)}
    assert list(lists) == ["融媒体中心", "信息中心", "后勤处", "保卫处"]  # the duty table's order
    assert [t["title"] for t in lists["后勤处"].tasks] == ["要用电"]
    assert lists["后勤处"].need == "用电" and not lists["后勤处"].headcounts
    assert [t["title"] for t in lists["融媒体中心"].tasks] == ["要用电"]
    assert lists["信息中心"].tasks == []
    security = lists["保卫处"]
    assert security.headcounts and security.tasks[0]["title"] == "要安保"
    assert (security.tasks[0]["expected_students"], security.tasks[0]["expected_public"]) == (120, 30)
    assert all(item.booths == [] for item in lists.values())  # until the booth layout exists


def test_one_workbook_with_a_sheet_per_department(env, tmp_path):
    add(env, title="要用电", need_power=True, start_time=dt.time(9, 30), venue="广场")
    [path] = task_lists.export_tasks(env.db, env.edition.id, tmp_path / "tasks.xlsx")
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == ["融媒体中心", "信息中心", "后勤处", "保卫处"]
    power = workbook["后勤处"]
    assert power["A1"].value.startswith("后勤处：2024年职业教育活动周")
    assert [power.cell(4, c).value for c in range(1, 6)] == ["5月13日（周一）", "09:30", "广场", "要用电",
                                                            "智能制造学院"]
    assert workbook["信息中心"]["A4"].value == "（暂无需要承接的活动）"


def test_one_workbook_per_department_into_a_folder(env, tmp_path):
    add(env, title="要安保", need_security=True, expected_teachers=5)
    folder = tmp_path / "任务单"  # made when missing
    written = task_lists.export_tasks(env.db, env.edition.id, folder, per_department=True)
    assert [path.name for path in written] == [f"2024年职教周部门任务单-{name}.xlsx"
                                               for name in ("融媒体中心", "信息中心", "后勤处", "保卫处")]
    assert all(path.parent == folder for path in written)
    security = openpyxl.load_workbook(written[-1])
    assert security.sheetnames == ["保卫处"] and security["保卫处"]["D5"].value == "要安保"


def test_a_folder_that_cannot_be_made_is_refused_clearly(env, tmp_path):
    (tmp_path / "文件").write_text("x")
    with pytest.raises(FileWriteError, match="文件"):
        task_lists.export_tasks(env.db, env.edition.id, tmp_path / "文件" / "任务单", per_department=True)


def test_an_unknown_edition_is_refused(db):
    with pytest.raises(NotFoundError):
        task_lists.task_lists(db, 999)


def test_the_showcase_days_booths_go_to_logistics_and_security(tmp_path):
    from vocweek_desktop.services import editions, layout
    from vocweek_desktop.services.database import create_demo

    db = create_demo(tmp_path / "demo.sqlite3", with_layout=True)
    try:
        edition_id = editions.newest_edition_id(db)
        booths = layout.showcase_booths(db, edition_id)
        lists = {item.department: item for item in task_lists.task_lists(db, edition_id)}
        powered = [b.number for b in booths if b.power]
        assert [b["number"] for b in lists["后勤处"].booths] == powered and powered
        assert all("用电" in b["note"] and "桌" in b["note"] for b in lists["后勤处"].booths)
        assert [b["number"] for b in lists["保卫处"].booths] == [b.number for b in booths]
        assert [b["college"] for b in lists["保卫处"].booths] == [b.college or "（未分配）" for b in booths]
        assert not lists["信息中心"].booths and not lists["融媒体中心"].booths
        path = task_lists.export_tasks(db, edition_id, tmp_path / "tasks.xlsx")[0]
        sheet = openpyxl.load_workbook(path)["保卫处"]
        texts = [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
        assert "集中展示日展位（5月13日（周一） 09:30–17:00，东区科技广场）" in texts and booths[0].number in texts
    finally:
        db.close()
