"""Reading the audit trail in service tests: how many events there are, and one record's events as tuples."""

from __future__ import annotations

from vocweek_desktop.services import audit


def event_count(db) -> int:
    """Every audit event in the database (a refused change must not add one)."""
    with db.engine.connect() as connection:
        return connection.exec_driver_sql("SELECT count(*) FROM audit_events").scalar()


def history_tuples(db, entity: str, entity_id: int) -> list[tuple]:
    """(operator, action, edition id, summary, before, after) of each event of one record, oldest first."""
    return [(e.operator, e.action, e.edition_id, e.summary, e.before, e.after)
            for e in audit.history(db, entity, entity_id)]
