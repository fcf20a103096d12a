"""附件1 as Excel: the template's layout, the reader's tolerance for what colleges send back, the exports."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from tests.xlsx_helpers import TEMPLATE_HEADER, college_workbook, template_row
from tests.xlsx_print import print_scale, smallest_printed_text
from vocweek_desktop.domain.activities import CATEGORIES, FORMS, THEME_DAYS
from vocweek_desktop.io.excel_activities import (
    ACTIVITY_TABLE,
    TEMPLATE_FIELDS,
    TemplateInfo,
    write_activities,
    write_template,
)
from vocweek_desktop.io.excel_read import read_table
from vocweek_desktop.io.excel_safety import ReadCancelled, WorkbookError

INFO = TemplateInfo(year=2024, title="2024年职业教育活动周", week_start=dt.date(2024, 5, 12),
                    week_end=dt.date(2024, 5, 18), deadline=dt.datetime(2024, 5, 10, 18, 0), office="教务处",
                    contact="鄢涛，邮箱 173882469@qq.com")


def read_activity_workbook(path, **kwargs):
    """A returned 附件1 as the import reads it."""
    return read_table(path, ACTIVITY_TABLE, **kwargs)


def find_header(rows):
    """附件1's header among ``rows``."""
    return ACTIVITY_TABLE.find_header(rows)


@pytest.fixture
def template(tmp_path):
    existing = [{"row_uid": "a" * 32, "title": "智能制造成果展", "category": "线下宣传展示", "theme_day": "学院日",
                 "first_date": dt.date(2024, 5, 13), "last_date": dt.date(2024, 5, 15), "start_time": dt.time(9, 30),
                 "end_time": dt.time(17, 0), "venue": "东区科技广场", "off_campus": False, "form": "线下",
                 "enterprises": "成都甲公司、成都乙公司", "need_power": True, "need_media": False,
                 "person_in_charge": "王老师", "phone": "13800138000", "expected_students": 300,
                 "description": "=HYPERLINK(\"http://x\")"}]
    path = write_template(tmp_path / "模板.xlsx", INFO, "智能制造学院", existing)
    return openpyxl.load_workbook(path)


def test_template_title_rows_instructions_and_header(template):
    ws = template["活动信息表"]
    assert ws["A1"].value == "附件1"
    assert ws["A2"].value == "2024年职业教育活动周活动信息表"
    assert ws["A3"].value == "学院：智能制造学院"
    assert "填写说明" in ws["A4"].value and "5月10日18:00前报教务处" in ws["A4"].value
    assert [ws.cell(5, c).value for c in range(1, 24)] == TEMPLATE_HEADER
    assert ws.cell(5, 24).value == "行ID"
    assert "A2:W2" in {str(r) for r in ws.merged_cells.ranges}


def test_template_example_row_and_prefilled_activity(template):
    ws = template["活动信息表"]
    example = [ws.cell(6, c).value for c in range(1, 25)]
    assert example[0] == "示例" and example[-1] == "示例"
    assert example[1].startswith("示例：")
    assert ws.cell(6, 2).font.i  # shown in italics, grey
    row = {key: ws.cell(7, c).value for c, key in enumerate(TEMPLATE_FIELDS, start=1)}
    assert row["seq"] == 1
    assert row["row_uid"] == "a" * 32
    assert row["title"] == "智能制造成果展"
    assert row["first_date"] == dt.datetime(2024, 5, 13) and row["last_date"] == dt.datetime(2024, 5, 15)
    assert row["start_time"] == dt.time(9, 30)
    assert row["off_campus"] == "校内" and row["form"] == "线下"
    assert (row["need_power"], row["need_it"], row["need_security"], row["need_media"]) == ("是", "否", "否", "否")
    assert ws.cell(7, TEMPLATE_FIELDS.index("description") + 1).data_type == "s"  # a formula-like text stays text
    assert ws.cell(7, 5).number_format == "yyyy-mm-dd"


def test_template_hidden_row_id_widths_freeze_and_print_setup(template):
    ws = template["活动信息表"]
    assert ws.column_dimensions["X"].hidden
    assert ws["B7"].alignment.wrap_text
    assert ws.freeze_panes == "C6"
    assert ws.page_setup.orientation == "landscape"
    assert ws.page_setup.paperSize == 8  # A3: 23 columns do not print legibly on A4
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == "$5:$5"  # the header on every page


def test_template_prints_every_text_at_9_pt_or_more(template):
    ws = template["活动信息表"]
    size, cell = smallest_printed_text(ws)
    assert size >= 9, f"{cell} prints at {size:.1f} pt"
    assert print_scale(ws) >= 0.75


def test_template_columns_are_wide_enough_for_what_they_hold(template):
    """A date or a time on one line; a phone with an extension (028-37330105转8012) on one line at most two."""
    ws = template["活动信息表"]
    width = {key: ws.column_dimensions[openpyxl.utils.get_column_letter(c)].width
             for c, key in enumerate(TEMPLATE_FIELDS, start=1)}
    assert width["first_date"] >= 12 and width["last_date"] >= 12  # 2024-05-13 at 12 pt, not ####
    assert width["start_time"] >= 6 and width["end_time"] >= 6
    assert width["phone"] >= 16


def test_template_dropdowns_come_from_a_hidden_list_sheet(template):
    lists = template["下拉选项"]
    assert lists.sheet_state == "hidden"
    column = {lists.cell(1, c).value: [lists.cell(r, c).value for r in range(2, lists.max_row + 1)
                                       if lists.cell(r, c).value is not None] for c in range(1, 7)}
    assert column["活动类别"] == list(CATEGORIES)
    assert column["主题日"] == list(THEME_DAYS)
    assert column["线上/线下"] == list(FORMS)
    assert column["校内/校外"] == ["校内", "校外"]
    assert column["是/否"] == ["是", "否"]
    assert column["活动日期"] == [dt.datetime(2024, 5, d) for d in range(12, 19)]
    rules = {str(v.sqref).split(":")[0][0] + "|" + v.formula1 for v in template["活动信息表"].data_validations.dataValidation
             for _ in [0]}
    by_column = {}
    for rule in template["活动信息表"].data_validations.dataValidation:
        for cells in str(rule.sqref).split():
            by_column[cells.split(":")[0].rstrip("0123456789")] = rule
    assert by_column["C"].formula1 == "'下拉选项'!$A$2:$A$11"
    assert by_column["D"].formula1 == "'下拉选项'!$B$2:$B$5"
    assert by_column["E"].formula1 == by_column["F"].formula1 == "'下拉选项'!$C$2:$C$8"
    assert not by_column["E"].showErrorMessage  # a date outside the week may be typed
    assert by_column["J"].formula1 == "'下拉选项'!$D$2:$D$3"
    assert by_column["K"].formula1 == "'下拉选项'!$E$2:$E$4"
    for letter in "STUV":
        assert by_column[letter].formula1 == "'下拉选项'!$F$2:$F$3"
    assert by_column["C"].showErrorMessage
    assert rules  # every rule has a formula


def test_template_reads_back_as_its_own_header(tmp_path):
    path = write_template(tmp_path / "t.xlsx", INFO, "汽车工程学院")
    read = read_activity_workbook(path)
    assert read.sheet == "活动信息表"
    assert (read.header.row, read.header.last_row) == (5, 5)
    assert set(read.header.columns) == set(TEMPLATE_FIELDS)
    assert (read.college, read.college_cell) == ("汽车工程学院", "A3")
    assert (read.year, read.year_cell) == (2024, "A2")
    assert read.rows == [] and read.examples == [6]


def test_header_found_below_merged_title_rows(tmp_path):
    path = college_workbook(tmp_path / "a.xlsx", [template_row(title="技能展示", first_date="5月13日")],
                            header_row=6, above=[["附件1"], ["2024年职教周活动信息表"], [None], ["学院：汽车工程学院"],
                                                 ["填表说明：……"]], merges=["A2:W2", "A4:F4", "A5:W5"])
    read = read_activity_workbook(path)
    assert read.header.row == 6
    assert (read.college, read.college_cell) == ("汽车工程学院", "A4")
    assert [r.number for r in read.rows] == [7]


def test_college_name_in_the_next_cell_and_with_other_labels(tmp_path):
    path = college_workbook(tmp_path / "b.xlsx", [template_row(title="x", first_date="5月13日")],
                            above=[["2024年职教周活动信息表"], ["学院（盖章）：", None, "信息工程学院", None, "填表人：张三"]],
                            header_row=4)
    read = read_activity_workbook(path)
    assert (read.college, read.college_cell) == ("信息工程学院", "A2")


def test_two_row_header_with_merged_groups(tmp_path):
    top = ["序号", "活动名称", "活动时间", None, None, "活动地点", "预计参与人数", None, None, "保障需求", None]
    bottom = [None, None, "日期", "开始", "结束", None, "教师", "学生", "公众", "用电", "安保"]
    path = college_workbook(tmp_path / "two.xlsx", [bottom, [1, "校园开放日", "5月14日", "9:00", "11:00", "实训楼",
                                                              5, 80, 40, "是", "否"]],
                            header=top, header_row=4, merges=["C4:E4", "G4:I4", "J4:K4", "A4:A5", "B4:B5", "F4:F5"])
    read = read_activity_workbook(path)
    assert (read.header.row, read.header.last_row) == (4, 5)
    assert read.header.columns == {"seq": 0, "title": 1, "first_date": 2, "start_time": 3, "end_time": 4, "venue": 5,
                                   "expected_teachers": 6, "expected_students": 7, "expected_public": 8,
                                   "need_power": 9, "need_security": 10}
    assert read.header.labels[6] == "预计参与人数/教师"
    assert [r.number for r in read.rows] == [6]


def test_reordered_extra_and_missing_optional_columns(tmp_path):
    header = ["活动日期", "备注", "活动名称", "负责人", "随便一列"]
    path = college_workbook(tmp_path / "c.xlsx", [["5月13日", "无", "技能展示", "李老师", "x"]], header=header)
    read = read_activity_workbook(path)
    assert read.header.columns == {"first_date": 0, "title": 2, "person_in_charge": 3}
    assert read.header.unknown == ("备注", "随便一列")
    assert any("“备注”、“随便一列”" in n for n in read.notices)


def test_example_blank_prenumbered_and_footer_rows_are_left_out(tmp_path):
    rows = [
        template_row(seq="示例", title="示例：技能展示", first_date="5月13日"),
        template_row(seq=1, title="校园开放", first_date="5月14日"),
        [None] * 5,
        template_row(seq=2),
        template_row(seq=3),
        template_row(seq=4, title="  \u3000 "),
        ["填表人：张三          审核人：李四"],
        ["注：请于5月10日前报送"],
    ]
    path = college_workbook(tmp_path / "d.xlsx", rows)
    read = read_activity_workbook(path)
    assert [r.number for r in read.rows] == [7]
    assert read.examples == [6]
    assert any(n.startswith("活动信息表!A12：“填表人：张三") for n in read.notices)


def test_college_column_instead_of_a_title(tmp_path):
    path = college_workbook(tmp_path / "e.xlsx", [["智能制造学院", "技能展示", "5月13日"]],
                            header=["学院", "活动名称", "活动日期"], header_row=1, above=[])
    read = read_activity_workbook(path)
    assert read.college is None and read.header.columns["college"] == 0


def test_no_header_anywhere(tmp_path):
    path = college_workbook(tmp_path / "f.xlsx", [["a", "b"]], header=["姓名", "年龄"])
    with pytest.raises(WorkbookError) as caught:
        read_activity_workbook(path)
    assert str(caught.value).startswith("“f.xlsx”中没有找到活动信息表的表头")


def test_first_sheet_with_a_header_is_read_and_others_are_named(tmp_path):
    path = college_workbook(tmp_path / "g.xlsx", [template_row(title="技能展示", first_date="5月13日")],
                            sheet="汇总", extra_sheets={"第二批": [TEMPLATE_HEADER, template_row(title="y")]})
    read = read_activity_workbook(path)
    assert read.sheet == "汇总"
    assert any("工作表“第二批”也像活动信息表" in n for n in read.notices)


def test_header_over_a_data_row_is_not_taken_as_two_rows():
    rows = [(5, tuple(TEMPLATE_HEADER)), (6, tuple(template_row(seq=1, title="企业", category="宣传", venue="网络")))]
    header = find_header(rows)
    assert (header.row, header.last_row) == (5, 5)


def test_cancel_while_reading(tmp_path):
    path = college_workbook(tmp_path / "h.xlsx", [template_row(title=f"活动{i}", first_date="5月13日")
                                                   for i in range(600)])
    with pytest.raises(ReadCancelled):
        read_activity_workbook(path, cancelled=lambda: True)
    calls = []
    read_activity_workbook(path, progress=lambda done, total: calls.append((done, total)))
    assert calls and calls[-1][0] == calls[-1][1]


def test_export_keeps_formula_like_text_as_text(tmp_path):
    columns = [("organiser", "组织单位"), ("title", "活动名称"), ("first_date", "活动日期"), ("off_campus", "校内/校外"),
               ("need_power", "用电"), ("phone", "联系电话")]
    rows = [("u1", ("=1+1", "+86 13800138000", dt.date(2024, 5, 13), True, False, "@x")),
            ("u2", ("-x", "=SUM(A1:A2)", dt.date(2024, 5, 14), False, True, "-1"))]
    path = write_activities(tmp_path / "out.xlsx", columns, rows)
    ws = openpyxl.load_workbook(path).active
    assert [c.value for c in ws[1]] == ["组织单位", "活动名称", "活动日期", "校内/校外", "用电需求", "联系电话", "行ID"]
    assert [c.value for c in ws[2]] == ["=1+1", "+86 13800138000", dt.datetime(2024, 5, 13), "校外", "否", "@x", "u1"]
    assert [c.value for c in ws[3]] == ["-x", "=SUM(A1:A2)", dt.datetime(2024, 5, 14), "校内", "是", "-1", "u2"]
    for row in (2, 3):
        for column in (1, 2, 6):
            assert ws.cell(row, column).data_type == "s"
    assert ws.column_dimensions["G"].hidden
    assert ws.freeze_panes == "A2"


def test_an_activity_named_like_a_note_is_kept(tmp_path):
    rows = [template_row(title="说明会", first_date="5月13日")[1:], template_row(title="注:这一行只是说明")[1:]]
    path = college_workbook(tmp_path / "n.xlsx", rows, header=TEMPLATE_HEADER[1:])  # no 序号: titles in column A
    read = read_activity_workbook(path)
    assert [r.number for r in read.rows] == [6]
    assert read.notices == ["活动信息表!A7：“注:这一行只是说明”不像一项活动（表格下方的备注或签名），已忽略"]
