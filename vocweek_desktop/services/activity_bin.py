"""The activities' recycle bin: what is in it, moving activities in (delete) and out (restore), and emptying it for
good; every move is in the audit trail. Every public function is one transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import delete, select, update

from vocweek_desktop.services import audit
from vocweek_desktop.services.activities import _joined, _organiser_name, _source
from vocweek_desktop.store.engine import Database
from vocweek_desktop.store.models import Activity, College, Department


@dataclass(frozen=True)
class BinnedActivity:
    """An activity in the recycle bin, as the bin lists it."""

    id: int
    deleted_at: dt.datetime
    title: str
    organiser: str
    first_date: dt.date
    venue: str
    source: str


def list_binned(db: Database, edition_id: int) -> list[BinnedActivity]:
    """The edition's activities in the recycle bin, the most recently deleted first."""
    with db.transaction() as session:
        statement = _joined(select(Activity.id, Activity.deleted_at, Activity.title, _organiser_name,
                                   Activity.first_date, Activity.venue, _source)
                            .where(Activity.edition_id == edition_id, Activity.deleted_at.is_not(None))
                            .order_by(Activity.deleted_at.desc(), Activity.id.desc()))
        return [BinnedActivity(*row) for row in session.execute(statement)]


def _bin_events(action: str, rows, names: Mapping[tuple[str, int], str] | None = None) -> list[dict[str, object]]:
    """One event per (id, edition_id, title, first_date, college_id, department_id) row moved in or out of the bin.

    With ``names`` (organiser names), the event keeps what identified the activity: a purged row is gone for good.
    """
    events = []
    for row_id, edition_id, title, first_date, college_id, department_id in rows:
        event = {"entity": "activity", "entity_id": row_id, "action": action, "edition_id": edition_id,
                 "summary": title}
        if names is not None:
            organiser = names.get(("college", college_id) if college_id else ("department", department_id), "")
            event["before"] = {"organiser": organiser, "title": title, "first_date": first_date}
        events.append(event)
    return events


_BIN_COLUMNS = (Activity.id, Activity.edition_id, Activity.title, Activity.first_date, Activity.college_id,
                Activity.department_id)


def delete_activities(db: Database, activity_ids: Iterable[int]) -> int:
    """Move activities to the recycle bin; returns how many moved."""
    ids = list(activity_ids)
    with db.transaction() as session:
        moved = session.execute(update(Activity).where(Activity.id.in_(ids), Activity.deleted_at.is_(None))
                                .values(deleted_at=dt.datetime.now()).returning(*_BIN_COLUMNS)).all()
        audit.record_many(session, db.operator, _bin_events("delete", moved))
        return len(moved)


def restore_activities(db: Database, activity_ids: Iterable[int]) -> int:
    """Bring activities back from the recycle bin; returns how many came back."""
    ids = list(activity_ids)
    with db.transaction() as session:
        restored = session.execute(update(Activity).where(Activity.id.in_(ids), Activity.deleted_at.is_not(None))
                                   .values(deleted_at=None).returning(*_BIN_COLUMNS)).all()
        audit.record_many(session, db.operator, _bin_events("restore", restored))
        return len(restored)


def purge_deleted(db: Database, edition_id: int, activity_ids: Iterable[int] | None = None) -> int:
    """Empty the recycle bin (or remove the given binned rows) for good."""
    with db.transaction() as session:
        statement = delete(Activity).where(Activity.edition_id == edition_id, Activity.deleted_at.is_not(None))
        if activity_ids is not None:
            statement = statement.where(Activity.id.in_(list(activity_ids)))
        purged = session.execute(statement.returning(*_BIN_COLUMNS)).all()
        if purged:
            names = {("college", i): n for i, n in session.execute(
                select(College.id, College.name).where(College.edition_id == edition_id))}
            names.update({("department", i): n for i, n in session.execute(
                select(Department.id, Department.name).where(Department.edition_id == edition_id))})
            audit.record_many(session, db.operator, _bin_events("purge", purged, names))
        return len(purged)
