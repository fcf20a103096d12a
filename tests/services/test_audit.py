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
    assert [e.action for e in audit.events(db, edition.id)] == ["update", "create"]


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
