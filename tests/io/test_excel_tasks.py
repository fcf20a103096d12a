"""The departments' task lists as printed sheets: one date column, borders, widths, headcounts, print setup."""

from __future__ import annotations

import datetime as dt
import unicodedata

import openpyxl
from openpyxl.utils import get_column_letter

from tests.xlsx_print import print_scale, smallest_printed_text
from vocweek_desktop.io.excel_tasks import DepartmentTasks, write_task_lists

TITLE = "2024年职业教育活动周"


def task(**values):
    base = {"first_date": dt.date(2024, 5, 13), "last_date": dt.date(2024, 5, 13), "start_time": dt.time(9, 30),
            "end_time": dt.time(11, 0), "venue": "东区科技广场", "organiser": "经济管理学院", "title": "技能展示",
            "person_in_charge": "许婷", "phone": "028-37330105转8012", "off_campus": False,
            "expected_teachers": 10, "expected_students": 200, "expected_public": 50}
    return {**base, **values}


def units(text: str) -> int:
    """Excel width units a text needs: two for a CJK or full-width character, one for any other."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def rows(ws, first: int) -> list[list[object]]:
    return [[cell.value for cell in row] for row in ws.iter_rows(min_row=first)]


def test_one_sheet_per_department_with_one_date_column(tmp_path):
    exhibition = task(title="=成果展", first_date=dt.date(2024, 5, 12), last_date=dt.date(2024, 5, 14),
                      start_time=None, end_time=None, off_campus=True, venue="图书馆")
    path = write_task_lists(tmp_path / "tasks.xlsx", TITLE,
                            [DepartmentTasks("后勤处", "用电", [task(), exhibition]),
                             DepartmentTasks("信息中心", "信息设备", [])], year=2024)
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == ["后勤处", "信息中心"]
    ws = workbook["后勤处"]
    assert ws["A1"].value == "后勤处：2024年职业教育活动周活动保障任务清单（用电）"
    assert ws["A2"].value == "共 2 项活动，按日期和开始时间排列。"
    assert [c.value for c in ws[3]] == ["日期", "时间", "活动地点", "活动名称", "组织单位", "负责人", "联系电话",
                                        "校内外"]
    assert rows(ws, 4) == [
        ["5月13日（周一）", "09:30-11:00", "东区科技广场", "技能展示", "经济管理学院", "许婷", "028-37330105转8012",
         "校内"],
        ["5月12日（周日）至\n5月14日（周二）", "全天/未定", "图书馆", "=成果展", "经济管理学院", "许婷",
         "028-37330105转8012", "校外"]]
    assert ws["D5"].data_type == "s"  # user text never runs as a formula
    assert ws.max_column == 8  # no headcounts for 后勤处
    assert workbook["信息中心"]["A4"].value == "（暂无需要承接的活动）"
    assert workbook["信息中心"]["A2"].value == "共 0 项活动，按日期和开始时间排列。"


def test_every_cell_of_the_table_has_a_border_and_long_text_wraps(tmp_path):
    path = write_task_lists(tmp_path / "t.xlsx", TITLE, [DepartmentTasks("后勤处", "用电", [task(), task()])])
    ws = openpyxl.load_workbook(path)["后勤处"]
    for row in ws.iter_rows(min_row=3, max_row=5, max_col=8):
        for cell in row:
            assert all(side.style == "thin" for side in (cell.border.left, cell.border.right, cell.border.top,
                                                           cell.border.bottom)), cell.coordinate
    assert ws["D4"].alignment.wrap_text and ws["C3"].fill.fgColor.rgb.endswith("DDEBF7")


def test_columns_are_wide_enough_for_their_text(tmp_path):
    """A phone with an extension, a time span and one date print on one line (a CJK character is two units)."""
    path = write_task_lists(tmp_path / "t.xlsx", TITLE, [DepartmentTasks("保卫处", "安保", [task()], headcounts=True)],
                            year=2024)
    ws = openpyxl.load_workbook(path)["保卫处"]
    header = {ws.cell(3, c).value: get_column_letter(c) for c in range(1, 9)}
    room = {name: ws.column_dimensions[letter].width - 1 for name, letter in header.items()}
    assert room["联系电话"] >= units("028-37330105转8012")
    assert room["时间"] >= units("09:30-11:00")
    assert room["日期"] >= units("5月13日（周一）")


def test_security_gets_the_expected_headcounts_and_their_totals(tmp_path):
    tasks = [task(), task(title="讲座", expected_public=None, expected_teachers=None, expected_students=120),
             task(title="线上活动", expected_teachers=None, expected_students=None, expected_public=None)]
    path = write_task_lists(tmp_path / "t.xlsx", TITLE, [DepartmentTasks("保卫处", "安保", tasks, headcounts=True)],
                            year=2024)
    ws = openpyxl.load_workbook(path)["保卫处"]
    assert ws["A2"].value == "共 3 项活动，预计参与 380 人，按日期和开始时间排列。"
    assert ws["I3"].value == "预计人数" and "I3:L3" in {str(r) for r in ws.merged_cells.ranges}
    assert [ws.cell(4, c).value for c in range(9, 13)] == ["教师", "学生", "公众", "合计"]
    assert "A3:A4" in {str(r) for r in ws.merged_cells.ranges}  # the other headers span both rows
    assert ws.print_title_rows == "$3:$4"
    assert [ws.cell(r, c).value for r in (5, 6, 7) for c in range(9, 13)] == [
        10, 200, 50, 260, None, 120, None, 120, None, None, None, None]
    assert [ws.cell(8, c).value for c in (1, 9, 10, 11, 12)] == ["合计", 10, 320, 50, 380]


def test_the_showcase_days_booths_print_below_the_tasks(tmp_path):
    booths = [{"number": "A01", "college": "智能制造学院", "note": "需 220V 电源"}, {"number": "A02", "college": "汽车工程学院"}]
    path = write_task_lists(tmp_path / "t.xlsx", TITLE, [DepartmentTasks("后勤处", "用电", [task()], booths=booths,
                                                                         booths_title="集中展示日展位（5月13日）")])
    ws = openpyxl.load_workbook(path)["后勤处"]
    assert ws["A6"].value == "集中展示日展位（5月13日）"
    # Across the sheet's width: 展位号 in A, the college over B–D, the note over E to the last column.
    assert rows(ws, 7)[:3] == [["展位号", "学院", None, None, "说明", None, None, None],
                               ["A01", "智能制造学院", None, None, "需 220V 电源", None, None, None],
                               ["A02", "汽车工程学院", None, None, None, None, None, None]]
    assert {f"B{r}:D{r}" for r in (7, 8, 9)} | {f"E{r}:H{r}" for r in (7, 8, 9)} <= {str(m) for m in ws.merged_cells}
    assert all(ws.cell(8, c).border.top.style == "thin" for c in range(1, 9))


def test_every_booth_line_has_the_room_its_text_needs(tmp_path):
    """Seen printed through LibreOffice: the booth lines sat in three narrow columns of single-line height, and the
    colleges' names and the notes were drawn over one another."""
    note = "位置 x 38 米、y 28.5 米；用电；桌 2 张、椅 4 把；另需一块 2 米宽的展板和两个插线板，靠近舞台一侧"
    booths = [{"number": "B05", "college": "马克思主义学院（示例）", "note": note}]
    for headcounts in (False, True):
        path = write_task_lists(tmp_path / "t.xlsx", TITLE, [DepartmentTasks("保卫处", "安保", [task()], booths=booths,
                                                                             headcounts=headcounts)])
        ws = openpyxl.load_workbook(path)["保卫处"]
        row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "B05")
        for text, first, last in (("马克思主义学院（示例）", "B", "D"), (note, "E", get_column_letter(ws.max_column))):
            start = openpyxl.utils.column_index_from_string(first)
            end = openpyxl.utils.column_index_from_string(last)
            width = sum(ws.column_dimensions[get_column_letter(c)].width for c in range(start, end + 1))
            lines = -(-units(text) // int(width - 1))
            assert ws.row_dimensions[row].height >= 15 * lines, (text, width, ws.row_dimensions[row].height)
            assert f"{first}{row}:{last}{row}" in {str(m) for m in ws.merged_cells}
        assert ws.cell(row, 5).alignment.wrap_text


def test_printed_on_a4_landscape_at_9_pt_or_more_with_the_header_on_every_page(tmp_path):
    many = [task(title=f"活动{n}") for n in range(60)]
    path = write_task_lists(tmp_path / "t.xlsx", TITLE, [DepartmentTasks("后勤处", "用电", many),
                                                         DepartmentTasks("保卫处", "安保", many, headcounts=True)])
    for ws in openpyxl.load_workbook(path).worksheets:
        assert ws.page_setup.paperSize == 9 and ws.page_setup.orientation == "landscape"
        assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
        size, cell = smallest_printed_text(ws)
        assert size >= 9, f"{ws.title}!{cell} prints at {size:.1f} pt (scale {print_scale(ws)})"
        assert ws.print_title_rows.startswith("$3:")
        assert "&P" in ws.oddFooter.center.text and ws.freeze_panes in ("A4", "A5")


def test_a_sheet_name_excel_refuses_is_made_safe(tmp_path):
    path = write_task_lists(tmp_path / "t.xlsx", TITLE, [DepartmentTasks("学生处/团委", "其他", []),
                                                         DepartmentTasks("学生处:团委", "其他", [])])
    assert openpyxl.load_workbook(path).sheetnames == ["学生处_团委", "学生处_团委(2)"]
