"""Numbers that are handed out once and never reused (outing requests WC-2024-001, certificate numbers): a counter
per edition and kind, advanced inside the caller's transaction, so a rolled-back change gives its number back
and a committed one never hands it out again."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocweek_desktop.store.models import Counter


def next_number(session: Session, edition_id: int, kind: str) -> int:
    """The next number (1, 2, 3 …) of ``kind`` for the edition; call inside the transaction that uses it."""
    counter = session.scalar(select(Counter).where(Counter.edition_id == edition_id, Counter.kind == kind))
    if counter is None:
        counter = Counter(edition_id=edition_id, kind=kind, last_value=0)
        session.add(counter)
    counter.last_value += 1
    session.flush()
    return counter.last_value


def last_number(session: Session, edition_id: int, kind: str) -> int:
    """The last number of ``kind`` handed out for the edition (0 when none)."""
    value = session.scalar(select(Counter.last_value).where(Counter.edition_id == edition_id, Counter.kind == kind))
    return value or 0
