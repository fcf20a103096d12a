"""Returned workbooks as colleges really fill them, found in review: each test is a case that once went wrong."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from sqlalchemy import select

from tests.xlsx_helpers import college_workbook, template_row
from vocweek_desktop.domain import messages as msg
from vocweek_desktop.services import activities_import as reg
from vocweek_desktop.services import activities_templates as templates
from vocweek_desktop.services import colleges, imports
from vocweek_desktop.store.models import Activity


@pytest.fixture
def smart(db, edition):
    return colleges.add_college(db, edition.id, {"name": "智能制造学院"})


def titles(db) -> list[str]:
    with db.transaction() as session:
        return list(session.scalars(select(Activity.title).order_by(Activity.id)))


def test_an_activity_typed_over_the_example_row_is_imported(db, edition, smart, tmp_path):
    (path,) = templates.write_templates(db, edition.id, tmp_path / "t.xlsx", college_id=smart.id)
    workbook = openpyxl.load_workbook(path)
    ws = workbook["活动信息表"]
    assert ws["A6"].value == "示例" and ws["X6"].value == "示例"
    ws["B6"], ws["E6"] = "数控加工技能展示", "5月14日"  # the college typed over the grey example row
    ws["A7"], ws["B7"], ws["E7"] = 1, "校园开放日", "5月15日"
    workbook.save(path)
    preview = reg.preview_workbook(db, edition.id, path)
    assert [(item.row, item.title) for item in preview.to_add] == [(6, "数控加工技能展示"), (7, "校园开放日")]
    assert preview.examples == []
    imports.apply_import(db, preview)
    assert titles(db) == ["数控加工技能展示", "校园开放日"]


def test_the_example_row_left_as_it_is_is_still_ignored(db, edition, smart, tmp_path):
    path = college_workbook(tmp_path / "e.xlsx", [
        template_row(seq="示例", title="示例：智能制造技能展示", first_date="5月13日"),
        template_row(seq="示例", first_date="5月13日", venue="东区"),  # its title cleared, the rest left
        template_row(seq=1, title="校园开放日", first_date="5月15日"),
    ])
    preview = reg.preview_workbook(db, edition.id, path)
    assert [item.title for item in preview.to_add] == ["校园开放日"]
    assert preview.examples == [6, 7] and preview.problems == []


def test_cells_merged_down_over_several_activities_count_for_each(db, edition, smart, tmp_path):
    auto = colleges.add_college(db, edition.id, {"name": "汽车工程学院"})
    header = ["学院", "活动名称", "活动日期", "负责人", "联系电话"]
    rows = [["智能制造学院", "技能展示", "5月13日", "张老师", "13800138000"],
            [None, "校园开放", None, None, None],
            ["汽车工程学院", "汽车文化节", "5月14日", "李老师", None],
            [None, "试驾体验", None, None, None],
            [None, None, None, None, None]]  # the date merged down over an empty row too
    # the title rows name a college, as a copied template does; the 学院 column is merged per college
    path = college_workbook(tmp_path / "m.xlsx", rows, header=header, header_row=2, above=[["学院：智能制造学院"]],
                            merges=["A3:A4", "C3:C4", "D3:D4", "E3:E4", "A5:A6", "C5:C7"])
    preview = reg.preview_workbook(db, edition.id, path)
    assert preview.problems == []
    assert [(i.row, i.organiser.id, i.title, i.values["first_date"], i.values["person_in_charge"], i.values["phone"])
            for i in preview.to_add] == [
        (3, smart.id, "技能展示", dt.date(2024, 5, 13), "张老师", "13800138000"),
        (4, smart.id, "校园开放", dt.date(2024, 5, 13), "张老师", "13800138000"),
        (5, auto.id, "汽车文化节", dt.date(2024, 5, 14), "李老师", ""),
        (6, auto.id, "试驾体验", dt.date(2024, 5, 14), "", ""),
    ]


def test_a_missing_date_column_names_the_header_row_it_was_looked_for_in(db, edition, smart, tmp_path):
    path = college_workbook(tmp_path / "nodate.xlsx", [["技能展示", "广场"]], header=["活动名称", "活动地点"])
    preview = reg.preview_workbook(db, edition.id, path)
    assert [p.text for p in preview.problems] == ["活动信息表：" + msg.XLSX_NO_COLUMN.format(row=5, label="活动日期")]
