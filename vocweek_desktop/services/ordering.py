"""Ordered per-edition lists (colleges, departments, leadership, later booths and criteria): the next place at the
end, moving one row, and one name per edition. Used inside a service's transaction.

A model that takes part has ``id``, ``edition_id`` and ``display_order`` columns.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vocweek_desktop.domain.errors import ConflictError


def next_order(session: Session, model, edition_id: int) -> int:
    """The display order of a row appended at the end of the edition's list."""
    last = session.scalar(select(func.max(model.display_order)).where(model.edition_id == edition_id))
    return (last if last is not None else -1) + 1


def ordered(session: Session, model, edition_id: int) -> list:
    """The edition's rows of ``model`` in display order (ties by id)."""
    return list(session.scalars(select(model).where(model.edition_id == edition_id)
                                .order_by(model.display_order, model.id)))


def move(session: Session, row, offset: int) -> tuple[int, int]:
    """Move ``row`` ``offset`` places up (negative) or down in its edition's list, clamped at both ends.

    Returns (old position, new position), both 0-based.
    """
    rows = ordered(session, type(row), row.edition_id)
    index = rows.index(row)
    target = max(0, min(len(rows) - 1, index + offset))
    rows.insert(target, rows.pop(index))
    for order, item in enumerate(rows):
        item.display_order = order
    return index, target


def check_name_free(session: Session, model, edition_id: int, name: str, message: str,
                    except_id: int | None = None) -> None:
    """Raise ConflictError(``message``) when another row of the edition already has ``name``."""
    existing = session.scalar(select(model.id).where(model.edition_id == edition_id, model.name == name))
    if existing is not None and existing != except_id:
        raise ConflictError(message)
