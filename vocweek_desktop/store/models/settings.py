"""Per-edition office rules that travel with the file (lead times, required papers, award rules …) and counters
that hand out numbers never reused (outing requests, certificates)."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from vocweek_desktop.store.models.base import Base


class EditionSetting(Base):
    """One setting of an edition, by key, its value as JSON; keys and defaults live in domain/edition_settings.py."""

    __tablename__ = "edition_settings"
    __label__ = "年度设置"
    __table_args__ = (UniqueConstraint("edition_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    edition_id: Mapped[int] = mapped_column(ForeignKey("editions.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(60))
    value_json: Mapped[str] = mapped_column(Text)


class Counter(Base):
    """The last number handed out for one kind of numbered document of an edition (never goes back)."""

    __tablename__ = "counters"
    __label__ = "编号计数"
    __table_args__ = (UniqueConstraint("edition_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    edition_id: Mapped[int] = mapped_column(ForeignKey("editions.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    last_value: Mapped[int] = mapped_column(Integer, default=0)
