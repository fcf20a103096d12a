"""The college list in: preview by name (problems with their cells, duplicates), then written in one transaction."""

from __future__ import annotations

import pytest

from tests.services.import_env import counts
from tests.xlsx_helpers import simple_workbook
from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.errors import ValidationError
from vocweek_desktop.io.excel_safety import WorkbookError
from vocweek_desktop.services import audit, colleges, colleges_import, imports


def test_college_list_import_with_preview(env, tmp_path):
    rows = [
        ["2024年二级学院名单"],
        ["学院名称", "院长", "联系电话", "教师人数", "学生人数", "备注"],
        ["智能制造学院", "王建国", "028-37330101", "86", "约2350人", ""],
        ["信息工程学院", "赵明", "13808080101", 95, 2860, ""],
        ["坏电话学院", "某某", "12345", "很多", None, ""],
        ["信息工程学院", "重复", None, None, None, ""],
    ]
    path = simple_workbook(tmp_path / "学院名单.xlsx", rows, title="学院")
    before = counts(env.db)
    preview = colleges_import.preview_colleges(env.db, env.edition.id, path)
    assert counts(env.db) == before
    assert [p.text for p in preview.problems] == [
        "学院!D5：人数“很多”不是整数，请填写具体数字（如 200）",
        "学院!C5：" + msg.BAD_PHONE.format(label="联系电话", value="12345"),
        "学院!A6：" + msg.IMPORT_COLLEGE_DUPLICATE.format(first=4, row=6, name="信息工程学院"),
    ]
    assert [(r.row, r.changes) for r in preview.to_update] == [
        (3, {"dean": ("", "王建国"), "phone": ("", "028-37330101"), "teacher_count": (None, 86),
             "student_count": (None, 2350)})]
    assert [r.values["name"] for r in preview.to_add] == ["信息工程学院"]
    with pytest.raises(ValidationError):
        imports.apply_import(env.db, preview)
    result = imports.apply_import(env.db, preview, skip_error_rows=True)
    assert (result.added, result.updated, result.skipped) == (1, 1, 2)
    names = [c.name for c in colleges.list_colleges(env.db, env.edition.id)]
    assert names == ["智能制造学院", "汽车工程学院", "信息工程学院"]
    assert colleges.get_college(env.db, env.smart.id).student_count == 2350


def test_college_list_without_header(env, tmp_path):
    path = simple_workbook(tmp_path / "x.xlsx", [["a", "b"]])
    with pytest.raises(WorkbookError) as caught:
        colleges_import.preview_colleges(env.db, env.edition.id, path)
    assert str(caught.value).startswith("“x.xlsx”中没有找到学院名单的表头")


def test_a_college_list_import_is_recorded_in_the_audit_trail(env, tmp_path):
    path = simple_workbook(tmp_path / "名单.xlsx", [["学院名称", "院长"], ["智能制造学院", "王建国"], ["信息工程学院", "赵明"]])
    imports.apply_import(env.db, colleges_import.preview_colleges(env.db, env.edition.id, path))
    events = [e for e in reversed(audit.events(env.db, env.edition.id, entity="college")) if e.action != "delete"]
    added = next(c for c in colleges.list_colleges(env.db, env.edition.id) if c.name == "信息工程学院")
    assert [(e.action, e.entity_id, e.summary) for e in events][-3:] == [
        ("import", None, "名单.xlsx：新增 1 个学院，更新 1 个，未变 0 个"),
        ("create", added.id, "信息工程学院"), ("update", env.smart.id, "智能制造学院")]
    assert (events[-1].before, events[-1].after) == ({"dean": ""}, {"dean": "王建国"})


def test_college_names_are_matched_as_every_import_matches_them(demo_db, ed, tmp_path):
    """"智能制造学院" is the demo's "智能制造学院（示例）" here as in the 附件1 import and the templates: updated, not
    added again, and it keeps its name; the preview says which college a row was taken for."""
    from vocweek_desktop.services import activities_import

    before = [c.name for c in colleges.list_colleges(demo_db, ed)]
    path = simple_workbook(tmp_path / "名单.xlsx", [["学院名称", "院长"], ["智能制造学院", "李建国"],
                                                    ["智能制造学院（示例）", "重复"], ["新学院", "李四"]])
    preview = colleges_import.preview_colleges(demo_db, ed, path)
    smart = next(c for c in colleges.list_colleges(demo_db, ed) if c.name == "智能制造学院（示例）")
    assert [(r.row, r.record_id, r.changes) for r in preview.to_update] == [(2, smart.id, {"dean": (smart.dean, "李建国")})]
    assert [p.text for p in preview.problems] == [
        "Sheet1!A3：" + msg.IMPORT_COLLEGE_DUPLICATE.format(first=2, row=3, name="智能制造学院（示例）")]
    assert preview.row_notes == ["Sheet1!A2：" + msg.IMPORT_COLLEGE_MATCHED.format(name="智能制造学院",
                                                                               college="智能制造学院（示例）")]
    imports.apply_import(demo_db, preview, skip_error_rows=True)
    assert [c.name for c in colleges.list_colleges(demo_db, ed)] == before + ["新学院"]
    assert colleges.get_college(demo_db, smart.id).dean == "李建国"
    # The same name finds the same college in the other two places.
    assert colleges.college_id_by_name(demo_db, ed, "智能制造学院") == smart.id
    workbook = simple_workbook(tmp_path / "附件1.xlsx", [["学院：智能制造学院"], ["活动名称", "活动日期"],
                                                        ["技能展示", "5月13日"]])
    assert activities_import.preview_workbook(demo_db, ed, workbook).college.id == smart.id


def test_a_college_list_without_header_names_the_columns_it_expects(env, tmp_path):
    path = simple_workbook(tmp_path / "x.xlsx", [["单位", "地址"], ["甲", "乙"]])
    with pytest.raises(WorkbookError) as caught:
        colleges_import.preview_colleges(env.db, env.edition.id, path)
    text = str(caught.value)
    for column in ("学院名称", "院长", "书记", "联系人", "联系电话", "电子邮箱", "教师人数", "学生人数"):
        assert column in text, column
