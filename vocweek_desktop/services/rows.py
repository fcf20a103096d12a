"""One row by id inside a service's transaction, or a NotFoundError that says it is gone.

A row the window shows can vanish before the user acts on it (another window or the CLI deleted it): every
service reads the rows it is given by id through ``get_row`` or ``load_edition``, so that the user reads the same
Chinese sentence whichever command met the gap.
"""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.errors import NotFoundError
from vocweek_desktop.store.models import Edition

_Row = TypeVar("_Row")


def get_row(session: Session, model: type[_Row], row_id: int, message: str) -> _Row:
    """The ``model`` row ``row_id``; NotFoundError(``message``) when there is none."""
    row = session.get(model, row_id)
    if row is None:
        raise NotFoundError(message)
    return row


def load_edition(session: Session, edition_id: int) -> Edition:
    """The edition ``edition_id``; NotFoundError when it is gone (deleted meanwhile)."""
    return get_row(session, Edition, edition_id, msg.EDITION_NOT_FOUND)
