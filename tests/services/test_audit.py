"""Who did what: events written with the change, read back in order, never altered."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from vocweek_desktop.services import audit
from vocweek_desktop.store.models import College


def test_event_is_committed_with_the_change_and_read_back(db, edition):
    db.operator = "张老师"
    with db.transaction() as session:
        college = College(edition_id=edition.id, name="智能制造学院", display_order=0)
        session.add(college)
        session.flush()
        audit.record(session, db.operator, entity="college", entity_id=college.id, action="create",
                     edition_id=edition.id, after={"name": "智能制造学院", "teacher_count": 120},
                     summary="新增学院")
        college_id = college.id
    with db.transaction() as session:
        audit.record(session, db.operator, entity="college", entity_id=college_id, action="update",
                     edition_id=edition.id, before={"name": "智能制造学院", "day": dt.date(2024, 5, 13)},
                     after={"name": "智能制造与汽车学院", "day": dt.date(2024, 5, 14)})
    events = audit.history(db, "college", college_id)
    assert [e.action for e in events] == ["create", "update"]
    assert [e.action_label for e in events] == ["新增", "修改"]
    assert events[0].operator == "张老师" and events[0].entity_label == "学院"
    assert events[0].after == {"name": "智能制造学院", "teacher_count": 120}
    assert events[1].changed_fields() == [("name", "智能制造学院", "智能制造与汽车学院"),
                                          ("day", "2024-05-13", "2024-05-14")]
    assert [e.action for e in audit.events(db, edition.id, entity="college")] == ["update", "create"]


def test_event_is_rolled_back_with_a_failed_change(db, edition):
    with pytest.raises(RuntimeError), db.transaction() as session:
        audit.record(session, "x", entity="college", entity_id=1, action="delete", edition_id=edition.id)
        raise RuntimeError("the change failed")
    assert audit.history(db, "college", 1) == []


def test_events_are_append_only(db, edition):
    with db.transaction() as session:
        audit.record(session, "x", entity="college", entity_id=1, action="delete", edition_id=edition.id)
    with sqlite3.connect(db.path) as conn:
        for statement in ("UPDATE audit_events SET operator = 'y'", "DELETE FROM audit_events"):
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                conn.execute(statement)
    assert audit.history(db, "college", 1)[0].operator == "x"


def test_operator_defaults_to_the_computer_user(db):
    import getpass

    assert db.operator == getpass.getuser()


def test_deleting_an_edition_keeps_its_events(db, edition):
    """Events have no foreign keys: the edition's rows go (ON DELETE CASCADE), what was done to them stays."""
    from vocweek_desktop.services import activities, colleges
    from vocweek_desktop.store.models import Edition

    college = colleges.add_college(db, edition.id, {"name": "智能制造学院"})
    activity = activities.add_activity(db, edition.id, {"college_id": college.id, "title": "技能展示",
                                                        "first_date": edition.week_start})
    kept = [(e.id, e.action) for e in audit.events(db, edition.id)]
    with db.transaction() as session:
        session.delete(session.get(Edition, edition.id))
    with db.transaction() as session:
        assert session.get(Edition, edition.id) is None and session.get(College, college.id) is None
    assert [(e.id, e.action) for e in audit.events(db, edition.id)] == kept
    assert [e.action for e in audit.history(db, "college", college.id)] == ["create"]
    assert audit.history(db, "activity", activity.id)[0].after["organiser"] == "智能制造学院"


def test_change_lines_read_as_the_office_writes(db, edition):
    with db.transaction() as session:
        audit.record(session, "x", entity="activity", entity_id=7, action="update", edition_id=edition.id,
                     before={"title": "旧名称", "start_time": dt.time(9, 30), "off_campus": False, "enterprises": []},
                     after={"title": "新名称", "start_time": None, "off_campus": True, "enterprises": ["甲", "乙"]})
        audit.record(session, "x", entity="college", entity_id=8, action="create", edition_id=edition.id,
                     after={"name": "智能制造学院", "teacher_count": 0})
        audit.record(session, "x", entity="edition", entity_id=edition.id, action="update", edition_id=edition.id,
                     before={"registration_deadline": dt.datetime(2024, 5, 10, 18, 0), "mystery": 1},
                     after={"registration_deadline": dt.datetime(2024, 5, 11, 18, 0), "mystery": 2})
    update = audit.history(db, "activity", 7)[0]
    assert update.change_lines() == ["活动名称：旧名称 → 新名称", "开始时间：09:30 → （空）", "校内/校外：否 → 是",
                                     "合作企业：（空） → 甲、乙"]
    assert audit.history(db, "college", 8)[0].change_lines() == ["名称：智能制造学院", "教师人数：0"]
    assert audit.history(db, "edition", edition.id)[-1].change_lines() == [
        "报名截止时间：2024-05-10 18:00 → 2024-05-11 18:00", "mystery：1 → 2"]


def test_filled_keeps_zero_and_changes_keep_only_the_differences():
    assert audit.filled({"a": 0, "b": None, "c": "", "d": False, "e": [], "f": True, "g": "x"}) == {
        "a": 0, "f": True, "g": "x"}
    assert audit.changes({"a": 1, "b": 2}, {"a": 1, "b": 3, "c": None}) == ({"b": 2}, {"b": 3})
    assert audit.changes({"a": 1}, {"a": 1}) == ({}, {})
