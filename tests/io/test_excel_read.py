"""The shared reader of a form's table: header by its names (over one or two rows), required columns, example,
blank and note rows, a named sheet — for a form that is not 附件1."""

from __future__ import annotations

from tests.xlsx_helpers import college_workbook, simple_workbook
from vocweek_desktop.domain import messages as msg
from vocweek_desktop.io.excel_read import Column, RawRow, TableSpec, read_table

SPEC = TableSpec([Column("name", "学院名称", ("学院",), required=True), Column("dean", "院长"),
                  Column("phone", "联系电话", ("电话",)), Column("students", "学生人数", ("学生数",), required=True),
                  Column("row_uid", "行ID")],
                 anchor="name", no_header_message="“{name}”中没有学院名单", skip_in_blank=("row_uid",))


def test_header_is_found_by_any_of_its_names_however_written(tmp_path):
    path = simple_workbook(tmp_path / "a.xlsx", [["2024年学院名单"], ["学院名称：", None], [],
                                                 ["*学院（必填）", "院 长", "电话", "备注"], ["智能制造学院", "王", "1", "x"]])
    read = read_table(path, SPEC)
    assert (read.header.row, read.header.columns) == (4, {"name": 0, "dean": 1, "phone": 2})
    assert read.header.unknown == ("备注",) and read.year == 2024
    assert [r.values[0] for r in read.rows] == ["智能制造学院"]
    assert msg.XLSX_UNKNOWN_COLUMNS.format(columns="“备注”") in read.notices
    assert [c.key for c in SPEC.missing_required(read.header)] == ["students"]


def test_a_header_over_two_rows_is_joined(tmp_path):
    top = ["学院名称", "负责人", None, "学生人数"]
    bottom = [None, "院长", "电话", None]
    path = college_workbook(tmp_path / "b.xlsx", [bottom, ["智能制造学院", "王", "028-1", 3000]], header=top,
                            header_row=1, above=[], merges=["B1:C1", "A1:A2", "D1:D2"])
    read = read_table(path, SPEC)
    assert (read.header.row, read.header.last_row) == (1, 2)
    assert read.header.columns == {"name": 0, "dean": 1, "phone": 2, "students": 3}
    assert read.header.labels[1] == "负责人/院长"


def test_example_blank_and_note_rows_are_left_out(tmp_path):
    path = simple_workbook(tmp_path / "c.xlsx", [
        ["学院名称", "院长", "行ID"],
        ["示例学院", "张三", "示例"],  # the template's example row: its row id says 示例
        ["智能制造学院", "王", None],
        [None, None, "3f2a"],  # only a row id: blank
        ["注：以上为本年度名单"],
    ])
    read = read_table(path, SPEC)
    assert read.examples == [2] and [r.number for r in read.rows] == [3]
    assert read.notices == [msg.XLSX_NOT_DATA.format(sheet="Sheet1", cell="A5", text="注：以上为本年度名单")]


def test_a_named_sheet_and_a_header_given_by_names(tmp_path):
    path = college_workbook(tmp_path / "d.xlsx", [["智能制造学院", 3000]], header=["学院", "学生数"], header_row=1,
                            above=[], sheet="封面", extra_sheets={"名单": [["学院", "学生数"], ["汽车工程学院", 2000]]})
    assert read_table(path, SPEC).sheet == "封面"
    read = read_table(path, SPEC, sheet="名单")
    assert read.sheet == "名单" and read.rows == [RawRow(2, ("汽车工程学院", 2000))]
    header = SPEC.header_of(["电话", "学院名称", "随便"])
    assert header.columns == {"phone": 0, "name": 1} and header.row == 0


def test_a_table_may_need_a_column_that_tells_it_from_another_form():
    spec = TableSpec([Column("title", "活动名称"), Column("date", "日期"), Column("held", "实际举办")], anchor="title",
                     no_header_message="{name}", needs=("held",))
    assert spec.find_header([(1, ("活动名称", "日期"))]) is None  # a 附件1-like header is not this form's
    found = spec.find_header([(1, ("活动名称", "日期", "实际举办"))])
    assert found is not None and found.columns == {"title": 0, "date": 1, "held": 2}
