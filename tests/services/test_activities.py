"""The activities service as the registrations tab uses it: SQL-sorted windows, rows by id, the recycle bin."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.activity_data import WEEK_START, add, bulk, college_ids
from tests.services.audit_events import event_count
from vocweek_desktop.domain.errors import ValidationError
from vocweek_desktop.io.collation import sort_key
from vocweek_desktop.services import activities, activity_bin, colleges
from vocweek_desktop.services.activities import COLUMN_KEYS, ActivityFilter


def _ids(rows) -> list[int]:
    return [row.id for row in rows]


def test_windows_put_together_give_every_row_once_in_sql_order(demo_db, ed):
    bulk(demo_db, ed, 1200)
    names = [college.name for college in colleges.list_colleges(demo_db, ed)]  # in the colleges' own order
    orders = {"title": sort_key, "venue": sort_key, "first_date": None, "organiser": names.index}
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
        assert values == sorted(values, key=orders[key], reverse=descending)


def test_sort_by_title_ties_go_by_id(demo_db, ed):
    first = add(demo_db, ed, title="乙活动")
    second = add(demo_db, ed, title="乙活动")
    third = add(demo_db, ed, title="甲活动")
    # Pinyin: 甲 (jiǎ) before 乙 (yǐ), although 甲 (U+7532) comes after 乙 (U+4E59) by code point.
    assert _ids(activities.fetch_activities(demo_db, ed, sort_key="title")) == [third.id, first.id, second.id]
    assert _ids(activities.fetch_activities(demo_db, ed, sort_key="title", descending=True)) == \
        [second.id, first.id, third.id]


def test_sort_by_enterprises_uses_the_listed_names(demo_db, ed):
    b = add(demo_db, ed, title="B", enterprises=["北京某公司"])
    a = add(demo_db, ed, title="A", enterprises=["阿里某公司", "腾讯某公司"])
    none = add(demo_db, ed, title="C")
    rows = activities.fetch_activities(demo_db, ed, sort_key="enterprises")
    assert _ids(rows) == [none.id, a.id, b.id]  # none first, then 阿 (ā) before 北 (běi)
    assert rows[1].values[COLUMN_KEYS.index("enterprises")] == "阿里某公司、腾讯某公司"


PINYIN_TITLES = ["安全知识讲座", "保卫处消防演练", "第2场技能展示", "第10场技能展示", "东区科技广场开放日",
                 "图书馆读书会", "学生处团委联欢", "智能制造成果展"]


@pytest.mark.parametrize("key", ["title", "venue", "audience", "person_in_charge", "description", "enterprises"])
def test_text_columns_sort_in_pinyin_order(demo_db, ed, key):
    """As WPS and Excel sort Chinese: by pinyin, numbers as numbers; descending is the reverse."""
    shuffled = PINYIN_TITLES[3:] + PINYIN_TITLES[:3]
    made = {}
    for text in shuffled:
        value = [text] if key == "enterprises" else text
        made[text] = add(demo_db, ed, **{"title": text, key: value}).id
    ascending = _ids(activities.fetch_activities(demo_db, ed, sort_key=key))
    assert ascending == [made[text] for text in PINYIN_TITLES]
    assert _ids(activities.fetch_activities(demo_db, ed, sort_key=key, descending=True)) == ascending[::-1]


def test_choice_and_source_columns_sort_in_pinyin_order(demo_db, ed):
    from vocweek_desktop.services import activities_import, imports

    add(demo_db, ed, title="甲", category="校园招聘会", status="已举办", form="线上")  # xiao / yi / xian shang
    add(demo_db, ed, title="乙", category="社会服务", status="计划", form="线下")  # she / ji / xian xia
    add(demo_db, ed, title="丙", category="其他", status="取消", form="线上+线下")  # qi / qu / xian shang+
    preview = activities_import.preview_paste(demo_db, ed, "学院\t活动名称\t活动日期\r\n智能制造学院（示例）\t丁\t5月14日")
    imports.apply_import(demo_db, preview)

    def titles(sort):
        return [row.values[COLUMN_KEYS.index("title")] for row in activities.fetch_activities(demo_db, ed, sort_key=sort)]
    assert titles("category") == ["丙", "丁", "乙", "甲"]  # 其他 ×2 (qí), 社会服务 (shè), 校园招聘会 (xiào)
    assert titles("status") == ["乙", "丁", "丙", "甲"]  # 计划 ×2 (jì), 取消 (qǔ), 已举办 (yǐ)
    assert titles("form") == ["甲", "丙", "乙", "丁"]  # 线上, 线上+线下, 线下 ×2 (shàng before xià)
    assert titles("source") == ["甲", "乙", "丙", "丁"]  # 手工录入 (shǒu) ×3, 粘贴 (zhān)


def test_organiser_sorts_by_the_colleges_own_order_then_departments(demo_db, ed):
    ids = college_ids(demo_db, ed)
    department = next(o.id for o in activities.organisers(demo_db, ed) if o.kind == "department")
    last = add(demo_db, ed, ids[-1], title="末位学院")
    dept = add(demo_db, ed, None, department_id=department, title="部门活动")
    first = add(demo_db, ed, ids[0], title="首位学院")
    second = add(demo_db, ed, ids[1], title="次位学院")
    assert _ids(activities.fetch_activities(demo_db, ed, sort_key="organiser")) == [first.id, second.id, last.id,
                                                                                     dept.id]
    colleges.move_college(demo_db, ids[1], -1)  # 序号 changes: the sort follows
    assert _ids(activities.fetch_activities(demo_db, ed, sort_key="organiser")) == [second.id, first.id, last.id,
                                                                                     dept.id]
    assert _ids(activities.fetch_activities(demo_db, ed, sort_key="organiser", descending=True)) == [
        dept.id, last.id, first.id, second.id]


def _stored_keys(db, activity_id) -> dict[str, str]:
    from sqlalchemy import select

    from vocweek_desktop.store.models import Activity

    columns = ("title_key", "venue_key", "audience_key", "person_key", "description_key", "enterprises_key",
               "source_key")
    with db.transaction() as session:
        row = session.execute(select(*[getattr(Activity, c) for c in columns]).where(Activity.id == activity_id)).one()
    return dict(zip(columns, row, strict=True))


def _expected_keys(db, activity_id, source: str) -> dict[str, str]:
    values = activities.get_activity(db, activity_id).values
    return {"title_key": sort_key(values["title"]), "venue_key": sort_key(values["venue"]),
            "audience_key": sort_key(values["audience"]), "person_key": sort_key(values["person_in_charge"]),
            "description_key": sort_key(values["description"]),
            "enterprises_key": sort_key("、".join(values["enterprises"])), "source_key": sort_key(source)}


def test_sort_keys_are_written_with_every_change(demo_db, ed, tmp_path):
    from tests.xlsx_helpers import college_workbook, template_row
    from vocweek_desktop.services import activities_import, imports

    record = add(demo_db, ed, title="数控展示", venue="东区", audience="全校师生", person_in_charge="张伟",
                 description="简介", enterprises=["乙公司", "甲公司"])
    assert _stored_keys(demo_db, record.id) == _expected_keys(demo_db, record.id, "手工录入")
    activities.update_activity(demo_db, record.id, {"title": "安全讲座", "enterprises": ["丙公司"], "venue": "西区"})
    assert _stored_keys(demo_db, record.id) == _expected_keys(demo_db, record.id, "手工录入")

    path = college_workbook(tmp_path / "智能.xlsx", [
        template_row(title="安全讲座", first_date="5月13日", venue="北区", enterprises="丁公司、甲公司"),
        template_row(title="新活动", first_date="5月14日", person_in_charge="李四", audience="学生")],
        above=[["学院：智能制造学院（示例）"]])
    preview = activities_import.preview_workbook(demo_db, ed, path)
    imports.apply_import(demo_db, preview)
    for item in (*preview.to_add, *preview.to_update):
        assert _stored_keys(demo_db, item.record_id) == _expected_keys(demo_db, item.record_id, "智能.xlsx")
    pasted = activities_import.preview_paste(demo_db, ed, "学院\t活动名称\t活动日期\t活动地点\r\n"
                                                        "智能制造学院（示例）\t粘贴的活动\t5月15日\t南区\r\n")
    imports.apply_import(demo_db, pasted)
    added = pasted.to_add[0].record_id
    assert _stored_keys(demo_db, added) == _expected_keys(demo_db, added, "粘贴")


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
    activity_bin.delete_activities(demo_db, [two.id])
    activity_bin.delete_activities(demo_db, [one.id])
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


# ---------------------------------------------------------------------------------------------- rules

def test_an_activity_needs_an_organiser_and_every_other_problem_is_named_with_it(demo_db, ed):
    with pytest.raises(ValidationError) as refused:
        activities.add_activity(demo_db, ed, {"title": "", "first_date": WEEK_START, "expected_students": "很多"})
    fields = refused.value.fields
    assert list(fields)[0] == "organiser" and fields["organiser"] == "请选择组织单位（学院或部门）"
    assert {"title", "expected_students"} <= set(fields)
    with pytest.raises(ValidationError) as refused:
        activities.add_activity(demo_db, ed, {"title": "开放日", "first_date": WEEK_START})
    assert refused.value.fields == {"organiser": "请选择组织单位（学院或部门）"}
    assert activities.count_activities(demo_db, ed) == 0


def test_moving_the_first_day_of_a_one_day_activity_moves_the_whole_activity(demo_db, ed):
    monday, friday = WEEK_START + dt.timedelta(days=1), WEEK_START + dt.timedelta(days=5)
    one_day = add(demo_db, ed, title="一天", first_date=monday, last_date=monday)
    two_days = add(demo_db, ed, title="两天", first_date=monday, last_date=monday + dt.timedelta(days=1))

    moved = activities.update_activity(demo_db, one_day.id, {"first_date": friday})
    assert (moved.values["first_date"], moved.values["last_date"]) == (friday, friday)
    # A caller that gives the last day too keeps it; a longer activity does not follow.
    stretched = activities.update_activity(demo_db, one_day.id, {"first_date": monday, "last_date": friday})
    assert (stretched.values["first_date"], stretched.values["last_date"]) == (monday, friday)
    with pytest.raises(ValidationError, match="结束日期"):
        activities.update_activity(demo_db, two_days.id, {"first_date": friday})
    assert activities.get_activity(demo_db, two_days.id).values["first_date"] == monday


def test_the_recycle_bin_lists_the_most_recently_deleted_first(demo_db, ed):
    one = add(demo_db, ed, title="一", venue="体育馆")
    two = add(demo_db, ed, title="二")
    kept = add(demo_db, ed, title="留下")
    activity_bin.delete_activities(demo_db, [two.id])
    activity_bin.delete_activities(demo_db, [one.id])
    binned = activity_bin.list_binned(demo_db, ed)
    assert [(entry.id, entry.title) for entry in binned] == [(one.id, "一"), (two.id, "二")]
    assert binned[0].organiser == "智能制造学院（示例）" and binned[0].venue == "体育馆"
    assert binned[0].source == "手工录入" and binned[0].first_date == one.values["first_date"]
    assert binned[0].deleted_at >= binned[1].deleted_at and kept.id not in [entry.id for entry in binned]

# --- audit trail ----------------------------------------------------------------------------------------


def _history(db, activity_id) -> list:
    from vocweek_desktop.services import audit

    return audit.history(db, "activity", activity_id)


def test_add_and_update_record_the_activity_and_only_the_changed_fields(demo_db, ed):
    demo_db.operator = "赵老师"
    record = add(demo_db, ed, title="数控加工技能展示", enterprises=["成都某某公司"])
    other_college = college_ids(demo_db, ed)[1]
    activities.update_activity(demo_db, record.id, {"venue": "实训楼A区", "expected_students": 120,
                                                    "college_id": other_college})
    activities.update_activity(demo_db, record.id, {"venue": "实训楼A区"})  # unchanged: no event
    activities.update_activity(demo_db, record.id, {"enterprises": ["成都某某公司", "四川某某集团"]})
    create, move, partners = _history(demo_db, record.id)
    assert (create.operator, create.action, create.edition_id, create.summary) == (
        "赵老师", "create", ed, "数控加工技能展示")
    assert create.before is None
    assert create.after["organiser"] == record.organiser and create.after["first_date"] == "2024-05-13"
    assert create.after["enterprises"] == ["成都某某公司"] and "need_power" not in create.after  # empty left out
    new_organiser = activities.get_activity(demo_db, record.id).organiser
    assert move.before == {"organiser": record.organiser, "venue": "东区科技广场", "expected_students": None}
    assert move.after == {"organiser": new_organiser, "venue": "实训楼A区", "expected_students": 120}
    assert move.change_lines() == [f"组织单位：{record.organiser} → {new_organiser}",
                                   "活动地点：东区科技广场 → 实训楼A区", "预计参与学生数：（空） → 120"]
    assert partners.change_lines() == ["合作企业：成都某某公司 → 成都某某公司、四川某某集团"]


def test_refused_activity_changes_record_nothing(demo_db, ed):
    from vocweek_desktop.domain.errors import NotFoundError, ValidationError

    record = add(demo_db, ed)
    before = event_count(demo_db)
    with pytest.raises(ValidationError):
        add(demo_db, ed, title="")
    with pytest.raises(ValidationError):
        activities.add_activity(demo_db, ed, {"title": "没有组织单位", "first_date": WEEK_START})
    with pytest.raises(ValidationError):
        activities.update_activity(demo_db, record.id, {"last_date": WEEK_START - dt.timedelta(days=3)})
    with pytest.raises(NotFoundError):
        activities.update_activity(demo_db, 999_999, {"title": "x"})
    assert activity_bin.delete_activities(demo_db, [999_999]) == 0
    assert activity_bin.restore_activities(demo_db, [record.id]) == 0  # not in the bin
    assert activity_bin.purge_deleted(demo_db, ed) == 0
    assert event_count(demo_db) == before


def test_bin_moves_are_recorded_in_bulk_and_purged_rows_keep_their_events(demo_db, ed):
    from vocweek_desktop.services import audit

    demo_db.operator = "赵老师"
    one, two, three = (add(demo_db, ed, title=title) for title in ("一号活动", "二号活动", "三号活动"))
    assert activity_bin.delete_activities(demo_db, [one.id, two.id, three.id]) == 3
    assert activity_bin.delete_activities(demo_db, [one.id]) == 0  # already binned: no second event
    assert activity_bin.restore_activities(demo_db, [three.id]) == 1
    assert activity_bin.purge_deleted(demo_db, ed, [one.id]) == 1
    assert activity_bin.purge_deleted(demo_db, ed) == 1  # the rest of the bin: two

    assert [e.action for e in _history(demo_db, one.id)] == ["create", "delete", "purge"]
    assert [e.action for e in _history(demo_db, two.id)] == ["create", "delete", "purge"]
    assert [e.action for e in _history(demo_db, three.id)] == ["create", "delete", "restore"]
    purged = _history(demo_db, one.id)[-1]
    assert (purged.operator, purged.edition_id, purged.summary) == ("赵老师", ed, "一号活动")
    assert purged.before == {"organiser": one.organiser, "title": "一号活动", "first_date": "2024-05-13"}
    assert activities.activity_rows(demo_db, ed, [one.id, two.id]) == []  # the rows are gone, their events stay
    newest = audit.events(demo_db, ed, entity="activity", limit=2)
    assert [(e.action, e.summary) for e in newest] == [("purge", "二号活动"), ("purge", "一号活动")]


# --- several cells at once (a paste into the table, its undo) ------------------------------------------------


def test_pasted_cells_are_read_like_an_import_and_written_in_one_transaction(demo_db, ed):
    one = add(demo_db, ed, title="甲", venue="旧地点", expected_students=10)
    two = add(demo_db, ed, title="乙", venue="旧地点", first_date=WEEK_START)
    changed = activities.paste_cells(demo_db, ed, [
        (one.id, "venue", "东区科技广场"), (two.id, "venue", "东区科技广场"),
        (one.id, "expected_students", "约200人"), (one.id, "start_time", "9：30"), (two.id, "first_date", "5月14日"),
        (two.id, "need_power", "是"), (one.id, "enterprises", "甲公司、乙公司"), (two.id, "phone", "139 8080 1234")])
    first, second = activities.get_activity(demo_db, one.id).values, activities.get_activity(demo_db, two.id).values
    assert (first["venue"], first["expected_students"], first["start_time"], first["enterprises"]) == (
        "东区科技广场", 200, dt.time(9, 30), ["甲公司", "乙公司"])
    # A one-day activity moved to another day stays one day long, as when its date is edited.
    assert (second["venue"], second["first_date"], second["last_date"], second["need_power"], second["phone"]) == (
        "东区科技广场", dt.date(2024, 5, 14), dt.date(2024, 5, 14), True, "13980801234")
    before, after = changed[two.id]
    assert before == {"venue": "旧地点", "first_date": WEEK_START, "last_date": WEEK_START, "need_power": False,
                      "phone": "13808080101"}
    assert after["first_date"] == after["last_date"] == dt.date(2024, 5, 14)
    assert _stored_keys(demo_db, one.id)["venue_key"] == sort_key("东区科技广场")

    # Undo is the same service with the old values: both rows back in one step.
    activities.update_activities(demo_db, {activity_id: old for activity_id, (old, _new) in changed.items()})
    assert activities.get_activity(demo_db, one.id).values["venue"] == "旧地点"
    assert activities.get_activity(demo_db, two.id).values["first_date"] == WEEK_START
    assert activities.get_activity(demo_db, one.id).values["enterprises"] == []


def test_one_refused_cell_writes_no_cell_and_says_which_and_why(demo_db, ed):
    one = add(demo_db, ed, title="甲", start_time=dt.time(9, 0), end_time=dt.time(10, 0))
    two = add(demo_db, ed, title="乙")
    before = event_count(demo_db)
    with pytest.raises(ValidationError) as refused:
        activities.paste_cells(demo_db, ed, [(two.id, "venue", "新地点"), (one.id, "end_time", "8:00"),
                                             (two.id, "first_date", "5月32日"), (two.id, "expected_students", "很多")])
    assert refused.value.fields == {
        f"{one.id}:end_time": "结束时间（08:00）应晚于开始时间（09:00）",
        f"{two.id}:first_date": "日期“5月32日”无效",
        f"{two.id}:expected_students": "人数“很多”不是整数，请填写具体数字（如 200）"}
    assert activities.get_activity(demo_db, two.id).values["venue"] == "东区科技广场"
    assert event_count(demo_db) == before


def test_positions_of_activities_in_the_tables_order(demo_db, ed):
    bulk(demo_db, ed, 1200)
    rows = activities.fetch_activities(demo_db, ed, sort_key="venue", descending=True, limit=2000)
    wanted = [rows[0].id, rows[777].id, rows[1199].id]
    assert activities.positions(demo_db, ed, wanted, sort_key="venue", descending=True) == {
        rows[0].id: 0, rows[777].id: 777, rows[1199].id: 1199}
    by_organiser = activities.fetch_activities(demo_db, ed, sort_key="organiser", limit=2000)
    assert activities.positions(demo_db, ed, [by_organiser[500].id], sort_key="organiser") == {by_organiser[500].id: 500}
    hidden = ActivityFilter(day=WEEK_START)
    shown = [row.id for row in activities.fetch_activities(demo_db, ed, hidden, limit=2000)]
    other = next(row.id for row in rows if row.id not in shown)
    assert activities.positions(demo_db, ed, [shown[3], other], hidden) == {shown[3]: 3}
