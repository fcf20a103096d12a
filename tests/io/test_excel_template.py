"""The shared template writer, with a form that is not 附件1: layout, dropdowns, example row, hidden row id,
print setup, and text that stays text."""

from __future__ import annotations

import openpyxl

from vocweek_desktop.io.excel_read import Column, TableSpec, read_table
from vocweek_desktop.io.excel_template import (
    ALL_COLUMNS,
    ChoiceList,
    PrintSetup,
    TemplateColumn,
    TemplateSpec,
    TitleRow,
    write_template,
)

SPEC = TemplateSpec(
    sheet_title="展位表",
    columns=[TemplateColumn("number", "展位号", 8), TemplateColumn("college", "学院", 20, choices="colleges"),
             TemplateColumn("open", "是否开放", 8, choices="yes_no"), TemplateColumn("note", "备注", 30),
             TemplateColumn("row_uid", "行ID", 34, hidden=True)],
    title_rows=[TitleRow("附件3", bold=True), TitleRow("展位表", size=16, bold=True, merge=ALL_COLUMNS, centred=True),
                TitleRow("填写说明：……", merge=3, wrap=True, height=40)],
    example={"number": "A00", "college": "示例学院", "open": True},
    lists=[ChoiceList("colleges", "学院", ("智能制造学院", "汽车工程学院")), ChoiceList("yes_no", "是/否", ("是", "否"),
                                                                              strict=False)],
    frozen_columns=1,
    print=PrintSetup(landscape=False, margins=(0.5, 0.5, 0.6, 0.6)),
)


def test_layout_dropdowns_and_print_setup(tmp_path):
    path = write_template(tmp_path / "t.xlsx", SPEC, [{"number": "A01", "open": False, "note": "=1+1", "row_uid": "u1"}])
    workbook = openpyxl.load_workbook(path)
    ws = workbook["展位表"]
    assert [ws.cell(r, 1).value for r in (1, 2, 3)] == ["附件3", "展位表", "填写说明：……"]
    assert {str(r) for r in ws.merged_cells.ranges} == {"A2:D2", "A3:C3"}  # across the visible columns only
    assert ws.row_dimensions[3].height == 40 and ws["A3"].alignment.wrap_text
    assert [c.value for c in ws[4]] == ["展位号", "学院", "是否开放", "备注", "行ID"]
    assert [c.value for c in ws[5]] == ["A00", "示例学院", "是", None, "示例"]  # the example, marked for the reader
    assert [c.value for c in ws[6]] == ["A01", None, "否", "=1+1", "u1"] and ws["D6"].data_type == "s"
    assert ws.column_dimensions["E"].hidden and ws.column_dimensions["D"].width == 30
    assert ws.freeze_panes == "B5" and ws.print_title_rows == "$4:$4"
    assert ws.page_setup.orientation == "portrait" and ws.page_margins.top == 0.6
    lists = workbook["下拉选项"]
    assert lists.sheet_state == "hidden" and [lists.cell(r, 1).value for r in (1, 2, 3)] == ["学院", "智能制造学院",
                                                                                            "汽车工程学院"]
    rules = {str(rule.sqref): rule for rule in ws.data_validations.dataValidation}
    assert rules["B5:B307"].formula1 == "'下拉选项'!$A$2:$A$3" and rules["B5:B307"].showErrorMessage
    assert rules["C5:C307"].formula1 == "'下拉选项'!$B$2:$B$3" and not rules["C5:C307"].showErrorMessage


def test_what_is_written_reads_back(tmp_path):
    path = write_template(tmp_path / "t.xlsx", SPEC, [{"number": "A01", "row_uid": "u1"}])
    spec = TableSpec([Column("number", "展位号"), Column("college", "学院"), Column("row_uid", "行ID")],
                     anchor="number", no_header_message="{name}")
    read = read_table(path, spec)
    assert read.header.row == 4 and read.examples == [5] and [r.number for r in read.rows] == [6]


def test_further_sheets_are_laid_out_from_their_own_spec(tmp_path):
    from openpyxl import load_workbook

    second = TemplateSpec(sheet_title="汇总", columns=[TemplateColumn("college", "学院", 20, choices="who"),
                                                     TemplateColumn("count", "人数", 10)],
                          title_rows=[TitleRow("汇总表", bold=True)], lists=[ChoiceList("who", "学院", ("甲", "乙"))],
                          list_sheet_title="下拉选项2")
    path = write_template(tmp_path / "两张表.xlsx", SPEC, [{"number": "A01"}], more=[(second, [{"college": "甲",
                                                                                            "count": 3}])])
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["展位表", "下拉选项", "汇总", "下拉选项2"]
    assert workbook.active.title == "展位表"
    sheet = workbook["汇总"]
    assert [c.value for c in sheet[2]] == ["学院", "人数"] and [c.value for c in sheet[3]] == ["甲", 3]
    assert workbook["下拉选项2"].sheet_state == "hidden"
    assert [v.formula1 for v in sheet.data_validations.dataValidation] == ["'下拉选项2'!$A$2:$A$3"]
    assert workbook["展位表"]["A6"].value == "A01"  # the first sheet as before (its example row above)
