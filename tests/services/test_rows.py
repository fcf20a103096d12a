"""One row by id, or the Chinese sentence that says it is gone (deleted meanwhile by another window or the CLI)."""

from __future__ import annotations

import pytest

from vocweek_desktop.domain.errors import NotFoundError
from vocweek_desktop.services import colleges, editions
from vocweek_desktop.services.rows import get_row, load_edition
from vocweek_desktop.store.models import College


def test_a_row_that_exists_is_returned(db, edition):
    added = colleges.add_college(db, edition.id, {"name": "智能制造学院"})
    with db.transaction() as session:
        assert get_row(session, College, added.id, "不应出现").name == "智能制造学院"
        assert load_edition(session, edition.id).year == 2024


def test_a_row_that_is_gone_says_so(db, edition):
    with db.transaction() as session, pytest.raises(NotFoundError) as caught:
        get_row(session, College, 999_999, "找不到这个学院（可能已被删除）")
    assert caught.value.message == "找不到这个学院（可能已被删除）"


def test_every_service_says_the_same_when_the_edition_is_gone(db):
    gone = editions.create_from_defaults(db, 2030).id
    with db.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM editions WHERE id = ?", (gone,))
    with db.transaction() as session, pytest.raises(NotFoundError, match="找不到这个年度的活动周"):
        load_edition(session, gone)
    for call in (lambda: editions.get_edition(db, gone), lambda: colleges.add_college(db, gone, {"name": "甲学院"})):
        with pytest.raises(NotFoundError) as caught:
            call()
        assert caught.value.message == "找不到这个年度的活动周（可能已被删除）"
