"""Cell addresses and how a problem names its place."""

from __future__ import annotations

from vocweek_desktop.domain.problems import Problem, cell_name


def test_cell_names():
    assert [cell_name(c, 7) for c in (0, 5, 25, 26, 27, 51, 52, 701, 702)] == [
        "A7", "F7", "Z7", "AA7", "AB7", "AZ7", "BA7", "ZZ7", "AAA7"]


def test_a_problem_names_sheet_and_cell_or_what_it_has():
    assert Problem("活动信息表", "F7", "日期“5月32日”无效").text == "活动信息表!F7：日期“5月32日”无效"
    assert Problem("", "B4", "x").text == "B4：x" and str(Problem("表", "", "x")) == "表：x"
    assert Problem("", "", "整个文件的问题").text == "整个文件的问题"
