"""Who did what: the services write an audit event in the same transaction as each change they make, and the
window shows a record's history on request. Events are append-only (the database refuses UPDATE and DELETE).

A service calls ``record(session, db.operator, ...)`` inside its own ``with db.transaction()`` block, so the
event and the change are committed together or not at all.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.store.engine import Database
from vocweek_desktop.store.models import AuditEvent


@dataclass(frozen=True)
class AuditRecord:
    """One event as plain values; ``before`` and ``after`` are the JSON-decoded field values (or None)."""

    id: int
    at: dt.datetime
    operator: str
    edition_id: int | None
    entity: str
    entity_id: int | None
    action: str
    summary: str
    before: dict | None
    after: dict | None

    @property
    def action_label(self) -> str:
        """新增 / 修改 / 删除 / … (the action key itself when it has no label)."""
        return msg.AUDIT_ACTIONS.get(self.action, self.action)

    @property
    def entity_label(self) -> str:
        """活动 / 学院 / … (the entity key itself when it has no label)."""
        return msg.AUDIT_ENTITIES.get(self.entity, self.entity)

    def changed_fields(self) -> list[tuple[str, object, object]]:
        """(field, before, after) for every field whose value differs between ``before`` and ``after``."""
        before, after = self.before or {}, self.after or {}
        keys = list(dict.fromkeys([*before, *after]))
        return [(key, before.get(key), after.get(key)) for key in keys if before.get(key) != after.get(key)]

    def change_lines(self) -> list[str]:
        """What the event did, one Chinese line per field: "字段：旧值 → 新值".

        A record created or removed has only one side: its lines read "字段：值".
        """
        if self.before is not None and self.after is not None:
            # A value the event adds beside a change (a decision's comment beside the change of state) reads as
            # "字段：值", not as a change from nothing.
            return [msg.AUDIT_CHANGE.format(label=field_label(self.entity, key), before=format_value(old),
                                            after=format_value(new)) if key in self.before
                    else msg.AUDIT_VALUE.format(label=field_label(self.entity, key), value=format_value(new))
                    for key, old, new in self.changed_fields()]
        values = self.after if self.after is not None else self.before or {}
        return [msg.AUDIT_VALUE.format(label=field_label(self.entity, key), value=format_value(value))
                for key, value in values.items()]


#: Kinds of record whose fields have labels of their own (an activity's 标题 is 活动名称).
_ENTITY_LABELS: dict[str, dict[str, str]] = {"activity": msg.ACTIVITY_LABELS, "outing": msg.OUTING_LABELS}


def field_label(entity: str, key: str) -> str:
    """The Chinese label of a recorded field (activities and outing requests have their own labels)."""
    own = _ENTITY_LABELS.get(entity, {})
    if key in own:
        return own[key]
    return msg.FIELD_LABELS.get(key, key)


_WHOLE_MINUTE = re.compile(r"(\d{2}:\d{2}):00$")


def format_value(value: object) -> str:
    """A recorded (JSON-decoded) value as a user reads it: 是/否, lists joined with 、, （空） for nothing."""
    if value is None or value == "" or value == [] or value == {}:
        return msg.AUDIT_EMPTY
    if isinstance(value, bool):
        return msg.AUDIT_YES if value else msg.AUDIT_NO
    if isinstance(value, list):
        return "、".join(format_value(item) for item in value)
    if isinstance(value, dict):  # a contact person: its filled values
        return "，".join(format_value(item) for item in value.values() if item not in (None, ""))
    if isinstance(value, str):
        return _WHOLE_MINUTE.sub(r"\1", value)  # 09:30:00 → 09:30, 2024-05-10 18:00:00 → 2024-05-10 18:00
    return str(value)


def changes(before: Mapping[str, object], after: Mapping[str, object]) -> tuple[dict, dict]:
    """The fields whose value differs, as (before, after) holding only those fields (both empty: no change)."""
    keys = [key for key in dict.fromkeys([*before, *after]) if before.get(key) != after.get(key)]
    return {key: before.get(key) for key in keys}, {key: after.get(key) for key in keys}


def filled(values: Mapping[str, object]) -> dict:
    """``values`` without the empty ones (None, "", False, empty lists): what a new record was given."""
    # ``is False``, not ``in (False, ...)``: a count of 0 equals False and must be kept.
    return {key: value for key, value in values.items()
            if value is not None and value is not False and value != "" and value != []}


def _plain(value: object) -> object:
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    return str(value)


def _json(values: Mapping[str, object] | None) -> str | None:
    if values is None:
        return None
    return json.dumps(dict(values), ensure_ascii=False, default=_plain, sort_keys=False)


def record(session: Session, operator: str, *, entity: str, entity_id: int | None, action: str,
           edition_id: int | None = None, before: Mapping[str, object] | None = None,
           after: Mapping[str, object] | None = None, summary: str = "",
           at: dt.datetime | None = None) -> None:
    """Append one event in ``session``'s transaction (committed with the change it describes)."""
    session.execute(insert(AuditEvent).values(
        at=at or dt.datetime.now().replace(microsecond=0), operator=(operator or "")[:100], edition_id=edition_id,
        entity=entity, entity_id=entity_id, action=action, summary=summary[:500],
        before_json=_json(before), after_json=_json(after)))


def record_update(session: Session, operator: str, *, entity: str, entity_id: int, edition_id: int | None,
                  old: Mapping[str, object], new: Mapping[str, object], summary: str = "") -> None:
    """Append an "update" event of the fields that differ between ``old`` and ``new`` (none: a record saved
    unchanged, no event)."""
    before, after = changes(old, new)
    if after:
        record(session, operator, entity=entity, entity_id=entity_id, action="update", edition_id=edition_id,
               before=before, after=after, summary=summary)


def record_many(session: Session, operator: str, events: list[dict[str, object]]) -> None:
    """Append several events at once (bulk imports): each dict holds ``record``'s keyword arguments."""
    if not events:
        return
    now = dt.datetime.now().replace(microsecond=0)
    rows = [{"at": e.get("at") or now, "operator": (operator or "")[:100], "edition_id": e.get("edition_id"),
             "entity": e["entity"], "entity_id": e.get("entity_id"), "action": e["action"],
             "summary": str(e.get("summary", ""))[:500], "before_json": _json(e.get("before")),
             "after_json": _json(e.get("after"))} for e in events]
    session.execute(insert(AuditEvent), rows)


def _records(rows) -> list[AuditRecord]:
    return [AuditRecord(id=r.id, at=r.at, operator=r.operator, edition_id=r.edition_id, entity=r.entity,
                        entity_id=r.entity_id, action=r.action, summary=r.summary,
                        before=json.loads(r.before_json) if r.before_json else None,
                        after=json.loads(r.after_json) if r.after_json else None) for r in rows]


def history(db: Database, entity: str, entity_id: int) -> list[AuditRecord]:
    """Every event of one record, oldest first."""
    with db.transaction() as session:
        rows = session.scalars(select(AuditEvent).where(AuditEvent.entity == entity, AuditEvent.entity_id == entity_id)
                               .order_by(AuditEvent.id))
        return _records(rows)


def events(db: Database, edition_id: int | None = None, *, entity: str | None = None,
           limit: int = 500) -> list[AuditRecord]:
    """The newest events (of an edition, of one kind of record), newest first."""
    with db.transaction() as session:
        statement = select(AuditEvent)
        if edition_id is not None:
            statement = statement.where(AuditEvent.edition_id == edition_id)
        if entity is not None:
            statement = statement.where(AuditEvent.entity == entity)
        return _records(session.scalars(statement.order_by(AuditEvent.id.desc()).limit(limit)))
