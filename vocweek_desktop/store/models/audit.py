"""Who changed what: an append-only record written by the services in the same transaction as the change."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from vocweek_desktop.store.models.base import Base


class AuditEvent(Base):
    """One change: when, by whom, to which record (entity and id), what was done, the values before and after.

    No foreign keys on purpose: an event outlives the row it describes (a deleted college, a purged activity,
    even a deleted edition). Triggers created by the migration refuse UPDATE and DELETE: events are kept forever.
    """

    __tablename__ = "audit_events"
    __label__ = "修改记录"
    __table_args__ = (Index("ix_audit_events_entity", "entity", "entity_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    operator: Mapped[str] = mapped_column(String(100), default="")
    edition_id: Mapped[int | None] = mapped_column(Integer, index=True)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(40))
    summary: Mapped[str] = mapped_column(String(500), default="")
    before_json: Mapped[str | None] = mapped_column(Text)
    after_json: Mapped[str | None] = mapped_column(Text)
