"""One 附件1 row's cells → the activity's fields, with each failure at the cell it came from."""

from __future__ import annotations

import datetime as dt

from vocweek_desktop.domain.activity_rows import field_cells, parse_activity_cells


def test_a_combined_date_and_time_cell_fills_four_fields_and_is_where_they_are_reported():
    columns = {"title": 1, "date_time": 4, "expected_students": 6}
    cells = field_cells(columns, 9)
    assert (cells["first_date"], cells["start_time"], cells["end_time"], cells["venue"]) == ("E9", "E9", "E9", "B9")
    values, problems = parse_activity_cells({"title": "技能展示", "date_time": "5月13日-15日 9:30-11:30",
                                             "expected_students": "约200人"}, cells, 2024, "表", 9)
    assert problems == []
    assert values == {"title": "技能展示", "first_date": dt.date(2024, 5, 13), "last_date": dt.date(2024, 5, 15),
                      "start_time": dt.time(9, 30), "end_time": dt.time(11, 30), "expected_students": 200}


def test_a_bad_date_leaves_the_dates_out_and_names_its_cell():
    cells = field_cells({"title": 1, "first_date": 4, "start_time": 6}, 7)
    values, problems = parse_activity_cells({"title": "a", "first_date": "5月32日", "start_time": "9:30"}, cells,
                                            2024, "活动信息表", 7)
    assert [p.text for p in problems] == ["活动信息表!E7：日期“5月32日”无效"]
    assert "first_date" not in values and "start_time" not in values
