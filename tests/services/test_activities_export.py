"""Activities out: the table to Excel (all or filtered, text kept as text, importable back)."""

from __future__ import annotations

import datetime as dt

import openpyxl

from tests.services.import_env import add
from vocweek_desktop.domain import messages as msg
from vocweek_desktop.services import activities as activity_service
from vocweek_desktop.services import activities_export as export
from vocweek_desktop.services import activities_import as reg


def test_export_activities_all_or_filtered_keeps_text_as_text(env, tmp_path):
    add(env, title="=1+1", venue="@x", audience="-x", phone="+8613800138000", enterprises=["=甲公司"])
    add(env, title="汽车活动", college_id=env.auto.id, first_date=dt.date(2024, 5, 14))
    path = export.export_activities(env.db, env.edition.id, tmp_path / "all.xlsx")
    ws = openpyxl.load_workbook(path).active
    header = [c.value for c in ws[1]]
    assert header[:3] == ["组织单位", "活动名称", "活动类别"] and header[-1] == "行ID"
    assert "预计参与教师数" in header and "用电需求" in header
    assert ws.max_row == 3
    row = {h: ws.cell(2, i + 1) for i, h in enumerate(header)}
    for label, value in (("活动名称", "=1+1"), ("活动地点", "@x"), ("面向对象", "-x"), ("联系电话", "+8613800138000"),
                         ("合作企业", "=甲公司")):
        assert (row[label].value, row[label].data_type) == (value, "s"), label
    flt = activity_service.ActivityFilter(organiser=("college", env.auto.id))
    ws = openpyxl.load_workbook(export.export_activities(env.db, env.edition.id, tmp_path / "f.xlsx", flt)).active
    assert ws.max_row == 2 and ws["B2"].value == "汽车活动"


def test_exported_file_can_be_edited_and_imported_back(env, tmp_path):
    add(env, title="技能展示", expected_students=100, need_it=True, enterprises=["甲公司"])
    add(env, title="试驾", college_id=env.auto.id)
    path = export.export_activities(env.db, env.edition.id, tmp_path / "all.xlsx")
    preview = reg.preview_workbook(env.db, env.edition.id, path)
    assert (len(preview.to_add), len(preview.unchanged), preview.problems) == (0, 2, [])
    assert preview.warnings == [msg.XLSX_IGNORED_COLUMNS.format(columns="“来源”")]  # known, not read back
    workbook = openpyxl.load_workbook(path)
    ws = workbook.active
    header = [c.value for c in ws[1]]
    ws.cell(2, header.index("预计参与学生数") + 1, "约120人")
    ws.cell(2, header.index("信息设备需求") + 1, "否")
    ws.cell(2, header.index("实际参与学生数") + 1, 130)
    workbook.save(path)
    preview = reg.preview_workbook(env.db, env.edition.id, path)
    assert [i.changes for i in preview.to_update] == [
        {"expected_students": (100, 120), "actual_students": (None, 130), "need_it": (True, False)}]
