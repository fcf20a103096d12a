"""The colleges service: add, update, delete, reorder, move, list; bad input is refused with nothing written."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from tests.services.audit_events import event_count, history_tuples
from vocweek_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from vocweek_desktop.services import colleges, editions

FULL = {
    "name": "智能制造学院", "short_name": "智造", "dean": "王 建国", "party_secretary": "李红梅",
    "contact_person": "张伟", "phone": "028-37330356转8001", "email": "zhizao@example.edu.cn",
    "teacher_count": "86", "student_count": "２３５０",
}


def names(db, edition_id) -> list[str]:
    return [college.name for college in colleges.list_colleges(db, edition_id)]


def rows_in_db(db) -> list[tuple]:
    """Every college row as SQLite has it, to prove that a refused change wrote nothing."""
    with db.engine.connect() as connection:
        return [tuple(row) for row in connection.exec_driver_sql("SELECT * FROM colleges ORDER BY id")]


@pytest.fixture
def three(db, edition):
    """Three colleges in the 2024 edition, in this order."""
    return [colleges.add_college(db, edition.id, {"name": name}) for name in ("甲学院", "乙学院", "丙学院")]


def test_add_stores_cleaned_values_and_reads_back(db, edition):
    record = colleges.add_college(db, edition.id, FULL)
    assert record.edition_id == edition.id and record.display_order == 0
    assert (record.dean, record.teacher_count, record.student_count) == ("王建国", 86, 2350)
    assert colleges.get_college(db, record.id) == record
    assert colleges.list_colleges(db, edition.id) == [record]


def test_add_appends_at_the_end(db, edition, three):
    added = colleges.add_college(db, edition.id, {"name": "丁学院"})
    assert added.display_order == 3
    assert names(db, edition.id) == ["甲学院", "乙学院", "丙学院", "丁学院"]


def test_update_changes_every_field(db, edition, three):
    updated = colleges.update_college(db, three[1].id, {**FULL, "name": "乙 学院（新）", "teacher_count": None})
    assert updated.name == "乙学院（新）" and updated.teacher_count is None and updated.phone == FULL["phone"]
    assert updated.display_order == three[1].display_order
    assert colleges.get_college(db, three[1].id) == updated
    assert colleges.update_college(db, three[1].id, {**FULL, "name": "乙学院（新）"}).name == "乙学院（新）"  # own name


def test_delete(db, edition, three):
    assert colleges.delete_colleges(db, [three[0].id]) == colleges.BatchResult(done=(three[0].id,))
    assert names(db, edition.id) == ["乙学院", "丙学院"]
    with pytest.raises(NotFoundError, match="找不到这个学院"):
        colleges.get_college(db, three[0].id)
    assert colleges.delete_colleges(db, [three[0].id]).refused == ((three[0].id, "", "找不到这个学院（可能已被删除）"),)
    with pytest.raises(NotFoundError):
        colleges.update_college(db, three[0].id, {"name": "x"})


def test_delete_is_refused_while_rows_refer_to_the_college(db, edition, three):
    with db.transaction() as session:
        session.execute(text("CREATE TABLE outings (id INTEGER PRIMARY KEY, "
                             "college_id INTEGER REFERENCES colleges(id))"))
        session.execute(text("CREATE TABLE photos (id INTEGER PRIMARY KEY, "
                             "college_id INTEGER REFERENCES colleges(id) ON DELETE CASCADE)"))
        session.execute(text("INSERT INTO outings (college_id) VALUES (:id), (:id)"), {"id": three[0].id})
        session.execute(text("INSERT INTO photos (college_id) VALUES (:id)"), {"id": three[1].id})

    result = colleges.delete_colleges(db, [three[0].id])
    assert result.done == ()
    assert result.refused == ((three[0].id, "甲学院", "不能删除学院“甲学院”：还有 2 条outings。请先删除或改到其他学院名下。"),)
    assert names(db, edition.id) == ["甲学院", "乙学院", "丙学院"]

    # A cascading reference goes with the college and does not block it.
    assert colleges.delete_colleges(db, [three[1].id]).done == (three[1].id,)
    assert names(db, edition.id) == ["甲学院", "丙学院"]


def test_move(db, edition, three):
    a, b, c = (college.id for college in three)
    colleges.move_college(db, c, -1)
    assert names(db, edition.id) == ["甲学院", "丙学院", "乙学院"]
    assert [college.display_order for college in colleges.list_colleges(db, edition.id)] == [0, 1, 2]
    colleges.move_college(db, a, 10)  # clamped at the bottom
    assert names(db, edition.id) == ["丙学院", "乙学院", "甲学院"]
    colleges.move_college(db, a, -10)  # clamped at the top
    assert names(db, edition.id) == ["甲学院", "丙学院", "乙学院"]
    colleges.move_college(db, b, 1)  # already last
    assert names(db, edition.id) == ["甲学院", "丙学院", "乙学院"]


def test_list_is_per_edition(db, edition, three):
    other = editions.create_from_defaults(db, 2025)
    colleges.add_college(db, other.id, {"name": "戊学院"})
    assert names(db, edition.id) == ["甲学院", "乙学院", "丙学院"]
    assert names(db, other.id) == ["戊学院"]
    colleges.move_college(db, colleges.list_colleges(db, other.id)[0].id, -1)  # another edition's list only
    assert names(db, edition.id) == ["甲学院", "乙学院", "丙学院"]


# --- duplicates ---------------------------------------------------------------------------------------


def test_duplicate_name_refused_in_the_same_edition(db, edition, three):
    before = rows_in_db(db)
    for spelling in ("乙学院", " 乙 学院 ", "乙\u3000学院"):
        with pytest.raises(ConflictError) as caught:
            colleges.add_college(db, edition.id, {"name": spelling})
        assert caught.value.message == "本年度已有名为“乙学院”的学院"
    with pytest.raises(ConflictError, match="乙学院"):
        colleges.update_college(db, three[0].id, {"name": "乙学院"})
    assert rows_in_db(db) == before


def test_same_name_allowed_in_another_edition(db, edition, three):
    other = editions.create_from_defaults(db, 2025)
    twin = colleges.add_college(db, other.id, {"name": "乙学院"})
    assert twin.edition_id == other.id
    assert names(db, other.id) == ["乙学院"]


def test_add_to_a_missing_edition_says_so(db):
    with pytest.raises(NotFoundError, match="找不到这个年度"):
        colleges.add_college(db, 999, {"name": "甲学院"})
    assert rows_in_db(db) == []


# --- bad input: a Chinese message naming field and value, nothing written ------------------------------


BAD_INPUT = [
    ("name", "", "名称不能为空"),
    ("name", "   ", "名称不能为空"),
    ("teacher_count", "-1", "教师人数不能为负数（填写的是 -1）"),
    ("teacher_count", -5, "教师人数不能为负数（填写的是 -5）"),
    ("student_count", "很多", "学生人数“很多”不是整数"),
    ("student_count", "1.5", "学生人数“1.5”不是整数"),
    ("student_count", "99999999999999999999", "学生人数“99999999999999999999”太大"),  # beyond SQLite's INTEGER
    ("phone", "37330", "联系电话“37330”格式不正确"),
    ("phone", "028-37330356转", "联系电话“028-37330356转”格式不正确"),
    ("email", "zhizao@", "电子邮箱“zhizao@”不是有效的电子邮箱地址"),
    ("email", "智造@学院.cn", "电子邮箱“智造@学院.cn”不是有效的电子邮箱地址"),
]


@pytest.mark.parametrize(("field", "value", "message"), BAD_INPUT)
def test_bad_input_on_add_writes_nothing(db, edition, three, field, value, message):
    before = rows_in_db(db)
    with pytest.raises(ValidationError) as caught:
        colleges.add_college(db, edition.id, {**FULL, "name": "新学院", field: value})
    assert list(caught.value.fields) == [field]
    assert caught.value.fields[field].startswith(message)
    assert message in caught.value.message
    assert rows_in_db(db) == before


@pytest.mark.parametrize(("field", "value", "message"), BAD_INPUT)
def test_bad_input_on_update_writes_nothing(db, edition, three, field, value, message):
    colleges.update_college(db, three[0].id, FULL)
    before = rows_in_db(db)
    with pytest.raises(ValidationError) as caught:
        colleges.update_college(db, three[0].id, {**FULL, field: value})
    assert caught.value.fields[field].startswith(message)
    assert rows_in_db(db) == before


def test_several_bad_fields_are_reported_together(db, edition):
    with pytest.raises(ValidationError) as caught:
        colleges.add_college(db, edition.id, {"name": "", "phone": "1", "email": "2", "teacher_count": "-3"})
    assert set(caught.value.fields) == {"name", "phone", "email", "teacher_count"}
    assert rows_in_db(db) == []


@pytest.mark.parametrize("phone", ["028-37330356", "028-37330356转8001", "13800138000", "１３８００１３８０００",
                                   "０２８-３７３３０３５６转８００１"])
def test_valid_phones_are_stored_in_half_width(db, edition, phone):
    record = colleges.add_college(db, edition.id, {"name": "甲学院", "phone": phone})
    assert record.phone == phone.translate(str.maketrans("０１２３４５６７８９", "0123456789"))


def test_college_table_has_headers_and_values(db, edition):
    colleges.add_college(db, edition.id, FULL)
    table = colleges.college_table(colleges.list_colleges(db, edition.id))
    assert table[0] == ["学院名称", "简称", "院长", "书记", "联系人", "联系电话", "电子邮箱", "教师人数", "学生人数"]
    assert table[1] == ["智能制造学院", "智造", "王建国", "李红梅", "张伟", "028-37330356转8001",
                        "zhizao@example.edu.cn", 86, 2350]


def test_delete_several_is_one_call_that_reports_what_it_kept(db, edition):
    from vocweek_desktop.services import activities, audit

    kept = colleges.add_college(db, edition.id, {"name": "仍有活动的学院"})
    free = colleges.add_college(db, edition.id, {"name": "可以删除的学院"})
    activities.add_activity(db, edition.id, {"college_id": kept.id, "title": "技能展示",
                                             "first_date": edition.week_start})
    result = colleges.delete_colleges(db, [kept.id, free.id, 999_999])
    assert result.done == (free.id,)
    assert [(i, name) for i, name, _ in result.refused] == [(kept.id, "仍有活动的学院"), (999_999, "")]
    assert "1 条活动" in result.refused[0][2]
    assert [c.name for c in colleges.list_colleges(db, edition.id)] == ["仍有活动的学院"]
    deleted = audit.history(db, "college", free.id)
    assert [e.action for e in deleted] == ["create", "delete"] and deleted[-1].before["name"] == "可以删除的学院"


def test_what_a_delete_would_refuse_is_known_before_asking(db, edition):
    from vocweek_desktop.services import activities, audit

    kept = colleges.add_college(db, edition.id, {"name": "仍有活动的学院"})
    free = colleges.add_college(db, edition.id, {"name": "可以删除的学院"})
    activities.add_activity(db, edition.id, {"college_id": kept.id, "title": "技能展示",
                                             "first_date": edition.week_start})
    result = colleges.check_delete_colleges(db, [kept.id, free.id, 999_999])
    assert result.done == (free.id,)
    assert result.refused == (
        (kept.id, "仍有活动的学院", "不能删除学院“仍有活动的学院”：还有 1 条活动。请先删除或改到其他学院名下。"),
        (999_999, "", "找不到这个学院（可能已被删除）"))
    # Only a look: nothing deleted, nothing recorded.
    assert [c.name for c in colleges.list_colleges(db, edition.id)] == ["仍有活动的学院", "可以删除的学院"]
    assert [e.action for e in audit.history(db, "college", free.id)] == ["create"]
    assert colleges.delete_colleges(db, [kept.id, free.id]).refused == result.refused[:1]


# --- audit trail ----------------------------------------------------------------------------------------


def test_add_update_and_move_are_recorded_with_the_operator(db, edition):
    db.operator = "张老师"
    record = colleges.add_college(db, edition.id, FULL)
    db.operator = "李老师"
    changed = {**FULL, "dean": "刘 洋", "teacher_count": 90}
    colleges.update_college(db, record.id, changed)
    colleges.update_college(db, record.id, changed)  # saved unchanged: no event
    other = colleges.add_college(db, edition.id, {"name": "汽车工程学院"})
    colleges.move_college(db, other.id, -1)
    colleges.move_college(db, other.id, -1)  # already first: nothing moves, nothing is recorded

    created, updated = history_tuples(db, "college", record.id)
    assert created[:4] == ("张老师", "create", edition.id, "智能制造学院")
    assert created[4] is None and created[5]["name"] == "智能制造学院" and created[5]["teacher_count"] == 86
    assert updated == ("李老师", "update", edition.id, "智能制造学院",
                       {"dean": "王建国", "teacher_count": 86}, {"dean": "刘洋", "teacher_count": 90})
    assert history_tuples(db, "college", other.id)[1:] == [("李老师", "move", edition.id, "汽车工程学院",
                                           {"display_order": 2}, {"display_order": 1})]


def test_refused_changes_record_nothing(db, edition, three):
    before = event_count(db)
    with pytest.raises(ConflictError):
        colleges.add_college(db, edition.id, {"name": "乙学院"})
    with pytest.raises(ValidationError):
        colleges.add_college(db, edition.id, {"name": ""})
    with pytest.raises(ConflictError):
        colleges.update_college(db, three[0].id, {"name": "乙学院"})
    with pytest.raises(ValidationError):
        colleges.update_college(db, three[0].id, {"name": "甲学院", "email": "not-an-address"})
    with pytest.raises(NotFoundError):
        colleges.move_college(db, 999_999, 1)
    assert event_count(db) == before
