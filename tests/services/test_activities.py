"""The activities service as the registrations tab uses it: SQL-sorted windows, rows by id, the recycle bin."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.activity_data import WEEK_START, add, bulk, college_ids, edition_id
from vocweek_desktop.services import activities
from vocweek_desktop.services.activities import COLUMN_KEYS, ActivityFilter


@pytest.fixture
def ed(demo_db) -> int:
    return edition_id(demo_db)


def _ids(rows) -> list[int]:
    return [row.id for row in rows]


def test_windows_put_together_give_every_row_once_in_sql_order(demo_db, ed):
    bulk(demo_db, ed, 1200)
    for key, descending in (("title", True), ("venue", False), ("first_date", False), ("first_date", True),
                            ("organiser", False)):
        whole = activities.fetch_activities(demo_db, ed, sort_key=key, descending=descending, limit=2000)
        windows = [row for offset in range(0, 1200, 500)
                   for row in activities.fetch_activities(demo_db, ed, sort_key=key, descending=descending,
                                                          offset=offset, limit=500)]
        assert _ids(windows) == _ids(whole)
        assert len(set(_ids(whole))) == 1200
        column = COLUMN_KEYS.index(key)
        values = [row.values[column] for row in whole]
        assert values == sorted(values, reverse=descending)


def test_sort_by_title_ties_go_by_id(demo_db, ed):
    first = add(demo_db, ed, title="乙活动")
    second = add(demo_db, ed, title="乙活动")
    third = add(demo_db, ed, title="甲活动")
    # SQLite compares text by code point, as Python does: 甲 (U+7532) < 乙 (U+4E59) is False.
    assert _ids(activities.fetch_activities(demo_db, ed, sort_key="title")) == [first.id, second.id, third.id]
    assert _ids(activities.fetch_activities(demo_db, ed, sort_key="title", descending=True)) == \
        [third.id, second.id, first.id]


def test_sort_by_enterprises_uses_the_listed_names(demo_db, ed):
    b = add(demo_db, ed, title="B", enterprises=["北京某公司"])
    a = add(demo_db, ed, title="A", enterprises=["阿里某公司", "腾讯某公司"])
    none = add(demo_db, ed, title="C")
    rows = activities.fetch_activities(demo_db, ed, sort_key="enterprises")
    assert _ids(rows) == [none.id, b.id, a.id]  # NULL first, then 北 (U+5317) before 阿 (U+963F)
    assert rows[2].values[COLUMN_KEYS.index("enterprises")] == "阿里某公司、腾讯某公司"


def test_activity_rows_keep_the_given_order_and_skip_unknown_ids(demo_db, ed):
    one, two = add(demo_db, ed, title="一"), add(demo_db, ed, title="二")
    rows = activities.activity_rows(demo_db, ed, [two.id, 999_999, one.id])
    assert _ids(rows) == [two.id, one.id]
    assert rows[0].values[COLUMN_KEYS.index("title")] == "二"
    assert rows[0].values[COLUMN_KEYS.index("organiser")] == "智能制造学院（示例）"


def test_activity_rows_of_another_edition_are_not_returned(demo_db, ed):
    from vocweek_desktop.services import editions

    other = editions.create_from_defaults(demo_db, 2025)
    one = add(demo_db, ed, title="一")
    assert activities.activity_rows(demo_db, other.id, [one.id]) == []


def test_recycle_bin_sorts_by_deletion_time(demo_db, ed):
    one, two = add(demo_db, ed, title="一"), add(demo_db, ed, title="二")
    activities.delete_activities(demo_db, [two.id])
    activities.delete_activities(demo_db, [one.id])
    binned = activities.fetch_activities(demo_db, ed, ActivityFilter(deleted=True), sort_key="deleted_at",
                                         descending=True)
    assert _ids(binned) == [one.id, two.id]
    assert all(isinstance(row.deleted_at, dt.datetime) for row in binned)
    assert activities.count_activities(demo_db, ed) == 0


def test_outside_week_flag_and_filters_survive_the_two_step_query(demo_db, ed):
    colleges = college_ids(demo_db, ed)
    inside = add(demo_db, ed, colleges[0], title="周内", first_date=WEEK_START)
    outside = add(demo_db, ed, colleges[1], title="周外", first_date=WEEK_START - dt.timedelta(days=3))
    rows = {row.id: row for row in activities.fetch_activities(demo_db, ed, sort_key="title")}
    assert rows[outside.id].outside_week and not rows[inside.id].outside_week
    flt = ActivityFilter(organiser=("college", colleges[1]))
    assert _ids(activities.fetch_activities(demo_db, ed, flt, sort_key="title")) == [outside.id]
    flt = ActivityFilter(outside_week_only=True)
    assert _ids(activities.fetch_activities(demo_db, ed, flt, sort_key="venue")) == [outside.id]


@pytest.mark.parametrize("flt", [
    ActivityFilter(), ActivityFilter(category="社会服务"), ActivityFilter(search="某某"), ActivityFilter(search="实训"),
    ActivityFilter(outside_week_only=True), ActivityFilter(form="线上", search="一"),
    ActivityFilter(day=WEEK_START + dt.timedelta(days=2)), ActivityFilter(status="取消", off_campus=True),
])
def test_count_agrees_with_the_rows_fetched(demo_db, ed, flt):
    colleges = college_ids(demo_db, ed)
    bulk(demo_db, ed, 300)
    add(demo_db, ed, colleges[1], title="一", category="社会服务", form="线上", enterprises=["四川某某公司"])
    add(demo_db, ed, colleges[2], title="二", status="取消", off_campus=True, first_date=WEEK_START - dt.timedelta(1))
    add(demo_db, ed, colleges[3], title="三", venue="实训楼", enterprises=["某某集团", "甲公司"])
    rows = activities.fetch_activities(demo_db, ed, flt, sort_key="title", limit=1000)
    assert activities.count_activities(demo_db, ed, flt) == len(rows)
    assert len({row.id for row in rows}) == len(rows)


def test_search_matches_enterprises_of_this_edition_only_once(demo_db, ed):
    record = add(demo_db, ed, title="签约仪式", enterprises=["某某科技有限公司", "某某集团"])
    add(demo_db, ed, title="无关")
    assert [r.id for r in activities.fetch_activities(demo_db, ed, ActivityFilter(search="某某"))] == [record.id]
    assert activities.count_activities(demo_db, ed, ActivityFilter(search="某某")) == 1
    assert activities.count_activities(demo_db, ed, ActivityFilter(search="100%")) == 0
