"""Reading and changing an edition's office rules (domain/edition_settings.py): one value, or all with defaults;
a change is validated and recorded in the audit trail."""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocweek_desktop.domain.edition_settings import SETTINGS, clean_setting, setting
from vocweek_desktop.services import audit
from vocweek_desktop.services.rows import load_edition
from vocweek_desktop.store.engine import Database
from vocweek_desktop.store.models import EditionSetting


def value_in(session: Session, edition_id: int, key: str) -> object:
    """The value of ``key`` for the edition inside a running transaction (its default when never set)."""
    known = setting(key)
    stored = session.scalar(select(EditionSetting.value_json).where(EditionSetting.edition_id == edition_id,
                                                                    EditionSetting.key == key))
    if stored is None:
        return known.default
    try:
        return known.clean(json.loads(stored))
    except (ValueError, TypeError):  # a value written by a later version with other rules: fall back
        return known.default


def get_setting(db: Database, edition_id: int, key: str) -> object:
    """The value of ``key`` for the edition (its default when never set)."""
    with db.transaction() as session:
        load_edition(session, edition_id)
        return value_in(session, edition_id, key)


def all_settings(db: Database, edition_id: int, prefix: str = "") -> dict[str, object]:
    """Every known setting whose key starts with ``prefix``, with its value for the edition."""
    with db.transaction() as session:
        load_edition(session, edition_id)
        return {key: value_in(session, edition_id, key) for key in SETTINGS if key.startswith(prefix)}


def set_setting(db: Database, edition_id: int, key: str, value: object) -> object:
    """Change one setting (validated); returns the value stored. Recorded as a change of the edition."""
    with db.transaction() as session:
        load_edition(session, edition_id)
        return store_in(session, db.operator, edition_id, key, value)


def store_in(session: Session, operator: str, edition_id: int, key: str, value: object) -> object:
    """``set_setting`` inside a running transaction (a capability that checks its own rules first, such as the
    award lock); returns the value stored."""
    cleaned = clean_setting(key, value)
    old = value_in(session, edition_id, key)
    row = session.scalar(select(EditionSetting).where(EditionSetting.edition_id == edition_id,
                                                      EditionSetting.key == key))
    if row is None:
        session.add(EditionSetting(edition_id=edition_id, key=key, value_json=json.dumps(cleaned, ensure_ascii=False)))
    else:
        row.value_json = json.dumps(cleaned, ensure_ascii=False)
    if old != cleaned:
        audit.record(session, operator, entity="edition", entity_id=edition_id, action="update",
                     edition_id=edition_id, before={key: old}, after={key: cleaned}, summary=setting(key).label)
    return cleaned
