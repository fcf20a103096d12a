"""A form of labelled cells: written by add_form_sheet (sections, hints, dropdowns, a hidden row, values never
formulas) and read back by read_form wherever its labels stand (merged labels, inline 标签：值, (必填) marks)."""

from __future__ import annotations

import openpyxl
import pytest
from openpyxl import Workbook

from vocweek_desktop.io.excel_export import save_workbook
from vocweek_desktop.io.excel_read import Column, read_form
from vocweek_desktop.io.excel_safety import WorkbookError
from vocweek_desktop.io.excel_template import FormField, FormSheetSpec, add_form_sheet

FIELDS = [Column("college", "学院", ("学院名称",)), Column("title", "活动名称"), Column("count", "学生人数"),
          Column("kind", "交通方式"), Column("secret", "申请ID")]


def test_a_written_form_reads_back_by_its_labels(tmp_path):
    spec = FormSheetSpec("申请表", "外出申请", [
        "一、基本信息", FormField("college", "学院", required=True), FormField("title", "活动名称", hint="如：进社区"),
        FormField("count", "学生人数"), FormField("kind", "交通方式", choices=["步行", "校车"]),
        FormField("long", "长列表", choices=[f"很长的活动名称第{n}项，有逗号" for n in range(30)]),
        FormField("secret", "申请ID", hidden=True)], instructions="说明")
    workbook = Workbook()
    cells = add_form_sheet(workbook, spec, {"college": "汽车工程学院", "title": "=1+1", "count": 12, "secret": "abc"},
                           sheet=workbook.active)
    path = save_workbook(workbook, tmp_path / "form.xlsx")
    ws = openpyxl.load_workbook(path)["申请表"]
    assert cells["college"] == "B4" and ws["A4"].value == "*学院" and ws["C5"].value == "如：进社区"
    assert ws["B5"].value == "=1+1" and ws["B5"].data_type == "s"  # user text, never a formula
    assert ws.row_dimensions[int(cells["secret"][1:])].hidden
    rules = {str(dv.sqref): dv.formula1 for dv in ws.data_validations.dataValidation}
    assert rules[cells["kind"]] == '"步行,校车"' and rules[cells["long"]].startswith("'表单选项'!$A$2:$A$31")
    read = read_form(path, FIELDS, anchor="title", no_form_message="“{name}”没有表单")
    assert read.values == {"college": "汽车工程学院", "title": "=1+1", "count": 12, "kind": None, "secret": "abc"}
    assert read.cells == {key: cells[key] for key in read.values}


def test_labels_anywhere_merged_inline_or_marked(tmp_path):
    workbook = Workbook()
    ws = workbook.active
    ws["B2"] = "学院名称：汽车工程学院"
    ws["A4"], ws["C4"] = "活动名称（必填）", "汽修进社区"
    ws.merge_cells("A4:B4")
    ws["D4"], ws["E4"] = "学生人数*", 30
    ws["A6"] = "交通方式"  # its value left empty: the cell where it belongs is named
    ws["A7"], ws["B7"] = "活动名称", "第二次出现的标签不算"
    workbook.save(tmp_path / "hand.xlsx")
    read = read_form(tmp_path / "hand.xlsx", FIELDS, anchor="title", no_form_message="“{name}”没有表单")
    assert read.values == {"college": "汽车工程学院", "title": "汽修进社区", "count": 30, "kind": None}
    assert read.cells == {"college": "B2", "title": "C4", "count": "E4", "kind": "B6"}
    with pytest.raises(WorkbookError, match="“hand.xlsx”没有表单"):
        read_form(tmp_path / "hand.xlsx", FIELDS, anchor="secret", no_form_message="“{name}”没有表单")
