"""The layout workbook: export, import back unchanged, plan changes in Excel, and every bad cell named with the
layout left as it was."""

from __future__ import annotations

import openpyxl
import pytest

from tests.services.test_layout import state
from vocweek_desktop.domain.errors import ValidationError
from vocweek_desktop.services import imports, layout, layout_workbook


@pytest.fixture
def planned(env):
    """A 40 m × 30 m plaza with A01 (智能制造学院) and A02 (no college)."""
    plaza = layout.ensure_layout(env.db, env.edition.id, {"name": "东区科技广场", "width": 40, "depth": 30})
    layout.add_items(env.db, plaza.id, [
        {"number": "A01", "x": 1.5, "y": 1.5, "width": 3, "depth": 3, "power": True, "tables": 2,
         "college_id": env.smart.id},
        {"number": "A02", "x": 4.5, "y": 1.5, "width": 3, "depth": 2, "rotation": 90, "notes": "靠近入口"}])
    return plaza


def rows_of(path, sheet):
    """The sheet's cells as lists."""
    return [[c.value for c in row] for row in openpyxl.load_workbook(path)[sheet].iter_rows()]


def edit(path, sheet, changes):
    """Type into cells ({"B2": value}) as someone planning in Excel would."""
    workbook = openpyxl.load_workbook(path)
    for cell, value in changes.items():
        workbook[sheet][cell] = value
    workbook.save(path)
    return path


def test_export_writes_the_two_sheets(env, planned, tmp_path):
    path = layout_workbook.export_layout(env.db, env.edition.id, tmp_path / "布局.xlsx")
    assert rows_of(path, "场地") == [["宽度(米)", 40], ["深度(米)", 30], ["网格(米)", 0.5], ["名称", "东区科技广场"]]
    assert rows_of(path, "展位") == [
        ["展位号", "学院", "X(米)", "Y(米)", "宽(米)", "深(米)", "旋转", "类型", "用电", "桌数", "椅数", "备注"],
        ["A01", "智能制造学院", 1.5, 1.5, 3, 3, 0, "标准展位", "是", 2, 0, None],
        ["A02", None, 4.5, 1.5, 3, 2, 90, "标准展位", "否", 0, 0, "靠近入口"]]


def test_round_trip_changes_nothing(env, planned, tmp_path):
    path = layout_workbook.export_layout(env.db, env.edition.id, tmp_path / "布局.xlsx")
    before = state(env.db)
    preview = layout_workbook.preview_layout(env.db, env.edition.id, path)
    assert (len(preview.to_add), len(preview.to_update), len(preview.unchanged)) == (0, 0, 2)
    assert preview.problems == [] and preview.missing == []
    imports.apply_import(env.db, preview)
    assert state(env.db) == before


def test_a_plan_made_in_excel_comes_in_matched_by_number(env, planned, tmp_path):
    path = layout_workbook.export_layout(env.db, env.edition.id, tmp_path / "布局.xlsx")
    edit(path, "展位", {"C2": "10", "B3": "汽车工程", "A4": "B01", "C4": 20, "D4": 20, "E4": "4米", "F4": 4})
    edit(path, "场地", {"B1": 50})
    preview = layout_workbook.preview_layout(env.db, env.edition.id, path)
    assert preview.problems == []
    assert [(i.values["number"], i.changes) for i in preview.to_update] == [
        ("A01", {"x": (1.5, 10.0)}), ("A02", {"college_id": ("", "汽车工程学院")})]
    assert [i.values["number"] for i in preview.to_add] == ["B01"]
    assert "场地将由 40×30 米（网格 0.5 米）改为 50×30 米（网格 0.5 米）" in preview.warnings
    result = imports.apply_import(env.db, preview)
    assert (result.added, result.updated) == (1, 2)
    data = layout.get_layout(env.db, env.edition.id)
    assert data.plaza.width == 50
    assert [(b.number, b.x, b.college_id, b.width) for b in data.booths] == [
        ("A01", 10.0, env.smart.id, 3.0), ("A02", 4.5, env.auto.id, 3.0), ("B01", 20.0, None, 4.0)]


def test_booths_missing_from_the_file_are_deleted_only_when_ticked(env, planned, tmp_path):
    path = layout_workbook.export_layout(env.db, env.edition.id, tmp_path / "布局.xlsx")
    workbook = openpyxl.load_workbook(path)
    workbook["展位"].delete_rows(3)
    workbook.save(path)
    preview = layout_workbook.preview_layout(env.db, env.edition.id, path)
    assert [m.label for m in preview.missing] == ["A02"]
    imports.apply_import(env.db, preview)
    assert len(layout.get_layout(env.db, env.edition.id).booths) == 2
    preview = layout_workbook.preview_layout(env.db, env.edition.id, path)
    imports.apply_import(env.db, preview, delete_uids=[m.row_uid for m in preview.missing])
    assert [b.number for b in layout.get_layout(env.db, env.edition.id).booths] == ["A01"]


def test_bad_cells_are_named_and_nothing_is_written(env, planned, tmp_path):
    path = layout_workbook.export_layout(env.db, env.edition.id, tmp_path / "布局.xlsx")
    edit(path, "展位", {"C2": "东边", "E3": 0, "A4": "A01", "C4": 5, "D4": 5, "A5": "A09", "B5": "不存在学院",
                       "C5": 9, "D5": 9, "A6": "A10", "C6": 9, "D6": 20, "E6": 45, "G6": 45})
    before = state(env.db)
    preview = layout_workbook.preview_layout(env.db, env.edition.id, path)
    assert [p.text for p in preview.problems] == [
        "展位!C2：X(米)“东边”不是数字",
        "展位!E3：宽(米)必须大于 0（填写的是 0）",
        "展位!A4：第 2 行与第 4 行的展位号都是“A01”",
        "展位!B5：学院“不存在学院”不在本年度的学院名单中",
        "展位!G6：旋转“45”无效，应为：0、90、180、270",
        "展位!E6：场地 40×30 米比展位（45×3 米）还小",
    ]
    with pytest.raises(ValidationError):
        imports.apply_import(env.db, preview)
    assert state(env.db) == before


def test_a_plaza_smaller_than_a_booth_blocks_the_file(env, planned, tmp_path):
    path = layout_workbook.export_layout(env.db, env.edition.id, tmp_path / "布局.xlsx")
    edit(path, "展位", {"E2": 50})
    edit(path, "场地", {"B2": "很深"})
    preview = layout_workbook.preview_layout(env.db, env.edition.id, path)
    assert [p.text for p in preview.problems][:1] == ["场地!B2：深度(米)“很深”不是数字"]
    assert len(preview.error_rows) == 2  # a file problem blocks every row: all or nothing
    edit(path, "场地", {"B2": 30})
    preview = layout_workbook.preview_layout(env.db, env.edition.id, path)
    assert [p.text for p in preview.problems] == ["展位!E2：场地 40×30 米比展位（50×3 米）还小"]


def test_a_layout_is_restored_into_an_edition_without_one(env, planned, tmp_path):
    from vocweek_desktop.services import colleges, editions

    path = layout_workbook.export_layout(env.db, env.edition.id, tmp_path / "布局.xlsx")
    other = editions.create_from_defaults(env.db, 2025)
    colleges.add_college(env.db, other.id, {"name": "智能制造学院"})
    preview = layout_workbook.preview_layout(env.db, other.id, path)
    imports.apply_import(env.db, preview)
    restored = layout.get_layout(env.db, other.id)
    assert (restored.plaza.width, restored.plaza.name) == (40, "东区科技广场")
    assert [b.number for b in restored.booths] == ["A01", "A02"] and restored.booths[0].college_id is not None
