"""The central showcase's plaza (one per edition), its fixed features and its booths (附件3)."""

from __future__ import annotations

from sqlalchemy import Boolean, Float, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from vocweek_desktop.store.models.base import Base


class Layout(Base):
    """An edition's plaza: its size in metres, grid, optional background picture (kept in the database with its
    scale, offset and opacity) and north arrow."""

    __tablename__ = "layouts"
    __label__ = "展位布局"

    id: Mapped[int] = mapped_column(primary_key=True)
    edition_id: Mapped[int] = mapped_column(ForeignKey("editions.id", ondelete="CASCADE"), unique=True)
    name: Mapped[str] = mapped_column(String(100), default="")
    width: Mapped[float] = mapped_column(Float)
    depth: Mapped[float] = mapped_column(Float)
    grid: Mapped[float] = mapped_column(Float, default=0.5)
    background: Mapped[bytes | None] = mapped_column(LargeBinary)
    background_name: Mapped[str] = mapped_column(String(200), default="")
    background_scale: Mapped[float] = mapped_column(Float, default=0.05)  # metres per pixel
    background_x: Mapped[float] = mapped_column(Float, default=0.0)  # where the picture's top-left lies, metres
    background_y: Mapped[float] = mapped_column(Float, default=0.0)
    background_opacity: Mapped[float] = mapped_column(Float, default=0.5)
    north: Mapped[float | None] = mapped_column(Float)  # degrees clockwise from up; None: no north arrow


class LayoutFeature(Base):
    """A fixed shape on the plaza (stage, entrance, power point, tree/obstacle, aisle, text label)."""

    __tablename__ = "layout_features"
    __label__ = "场地设施"

    id: Mapped[int] = mapped_column(primary_key=True)
    layout_id: Mapped[int] = mapped_column(ForeignKey("layouts.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    label: Mapped[str] = mapped_column(String(100), default="")
    x: Mapped[float] = mapped_column(Float)
    y: Mapped[float] = mapped_column(Float)
    width: Mapped[float] = mapped_column(Float)
    depth: Mapped[float] = mapped_column(Float)
    rotation: Mapped[int] = mapped_column(Integer, default=0)


class Booth(Base):
    """A booth: its number, centre, size, quarter-turn rotation, kind, needs and the college it is assigned to.

    Ids are never reused (AUTOINCREMENT), so undoing a deletion puts a booth back under its own id. A college that
    holds a booth cannot be deleted (RESTRICT): the booth is unassigned or deleted first.
    """

    __tablename__ = "booths"
    __label__ = "展位"
    __unit__ = "个"
    __table_args__ = (UniqueConstraint("layout_id", "number"), {"sqlite_autoincrement": True})

    id: Mapped[int] = mapped_column(primary_key=True)
    layout_id: Mapped[int] = mapped_column(ForeignKey("layouts.id", ondelete="CASCADE"), index=True)
    number: Mapped[str] = mapped_column(String(20))
    x: Mapped[float] = mapped_column(Float)
    y: Mapped[float] = mapped_column(Float)
    width: Mapped[float] = mapped_column(Float)
    depth: Mapped[float] = mapped_column(Float)
    rotation: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(10), default="标准展位")
    power: Mapped[bool] = mapped_column(Boolean, default=False)
    tables: Mapped[int] = mapped_column(Integer, default=0)
    chairs: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")
    college_id: Mapped[int | None] = mapped_column(ForeignKey("colleges.id", ondelete="RESTRICT"), index=True)
