"""Activities registered for the week (附件1), their partner enterprises, and the forms colleges sent in."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship
from sqlalchemy.sql.expression import false

from vocweek_desktop.store.models.base import Base


class Activity(Base):
    """One planned activity: organiser (a college or a department), when, where, who, needs, provenance.

    ``deleted_at`` set means the row is in the recycle bin; every list ignores it until restored.
    """

    __tablename__ = "activities"
    __label__ = "活动"
    __table_args__ = (
        CheckConstraint("(college_id IS NULL) <> (department_id IS NULL)", name="one_organiser"),
        CheckConstraint("last_date >= first_date", name="date_order"),
        Index("ix_activities_edition_live", "edition_id", "deleted_at", "first_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    edition_id: Mapped[int] = mapped_column(ForeignKey("editions.id", ondelete="CASCADE"))
    # Stable id written into the hidden column of a template / export, so a returned file updates its rows.
    row_uid: Mapped[str] = mapped_column(String(32), unique=True)
    college_id: Mapped[int | None] = mapped_column(ForeignKey("colleges.id", ondelete="RESTRICT"), index=True)
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id", ondelete="RESTRICT"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(30))
    theme_day: Mapped[str | None] = mapped_column(String(10))
    first_date: Mapped[dt.date] = mapped_column(Date)
    last_date: Mapped[dt.date] = mapped_column(Date)
    start_time: Mapped[dt.time | None] = mapped_column(Time)
    end_time: Mapped[dt.time | None] = mapped_column(Time)
    venue: Mapped[str] = mapped_column(String(200), default="")
    off_campus: Mapped[bool] = mapped_column(Boolean, default=False)
    form: Mapped[str] = mapped_column(String(10), default="线下")
    audience: Mapped[str] = mapped_column(String(200), default="")
    expected_teachers: Mapped[int | None] = mapped_column(Integer)
    expected_students: Mapped[int | None] = mapped_column(Integer)
    expected_public: Mapped[int | None] = mapped_column(Integer)
    actual_teachers: Mapped[int | None] = mapped_column(Integer)
    actual_students: Mapped[int | None] = mapped_column(Integer)
    actual_public: Mapped[int | None] = mapped_column(Integer)
    person_in_charge: Mapped[str] = mapped_column(String(50), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    need_power: Mapped[bool] = mapped_column(Boolean, default=False)
    need_it: Mapped[bool] = mapped_column(Boolean, default=False)
    need_security: Mapped[bool] = mapped_column(Boolean, default=False)
    need_media: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(10), default="计划")
    # What happened, as the college's 附件2 reports it: the days it was held when it moved (else None: as planned, or
    # not reported yet), the enterprises that took part (names joined by 、; None: not reported), media reports,
    # the row's note, when the 附件2 was received, and whether the activity was only added by the 附件2.
    actual_first_date: Mapped[dt.date | None] = mapped_column(Date)
    actual_last_date: Mapped[dt.date | None] = mapped_column(Date)
    actual_enterprises: Mapped[str | None] = mapped_column(Text)
    media_reports: Mapped[int | None] = mapped_column(Integer)
    actual_notes: Mapped[str | None] = mapped_column(Text)
    reported_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    added_after: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Provenance: 'manual', 'paste' or 'import'; for imports the file, sheet, row and when it was received.
    source_kind: Mapped[str] = mapped_column(String(10), default="manual")
    source_file: Mapped[str] = mapped_column(String(500), default="")
    source_sheet: Mapped[str] = mapped_column(String(100), default="")
    source_row: Mapped[int | None] = mapped_column(Integer)
    received_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=dt.datetime.now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=dt.datetime.now, onupdate=dt.datetime.now)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # Sort keys of the text columns (io/collation.sort_key: pinyin order as plain strings), written by the services
    # with the text: the table sorts 100,000 rows in SQL by them, not by a collation called per comparison.
    title_key: Mapped[str] = mapped_column(Text, default="", server_default="")
    venue_key: Mapped[str] = mapped_column(Text, default="", server_default="")
    audience_key: Mapped[str] = mapped_column(Text, default="", server_default="")
    person_key: Mapped[str] = mapped_column(Text, default="", server_default="")
    description_key: Mapped[str] = mapped_column(Text, default="", server_default="")
    enterprises_key: Mapped[str] = mapped_column(Text, default="", server_default="")  # the names as listed, 、-joined
    source_key: Mapped[str] = mapped_column(Text, default="", server_default="")  # 手工录入 / 粘贴 / the file's name

    enterprises: Mapped[list[Enterprise]] = relationship(secondary="activity_enterprises", back_populates="activities")


class Enterprise(Base):
    """A partner enterprise, matched across activities and colleges by its normalised name."""

    __tablename__ = "enterprises"
    __label__ = "合作企业"
    __table_args__ = (UniqueConstraint("edition_id", "norm_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    edition_id: Mapped[int] = mapped_column(ForeignKey("editions.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    norm_name: Mapped[str] = mapped_column(String(200))

    activities: Mapped[list[Activity]] = relationship(secondary="activity_enterprises", back_populates="enterprises")


class ActivityEnterprise(Base):
    """Which enterprise takes part in which activity."""

    __tablename__ = "activity_enterprises"
    __label__ = "活动合作企业"

    activity_id: Mapped[int] = mapped_column(ForeignKey("activities.id", ondelete="CASCADE"), primary_key=True)
    enterprise_id: Mapped[int] = mapped_column(ForeignKey("enterprises.id", ondelete="CASCADE"), primary_key=True,
                                               index=True)


class RegistrationSubmission(Base):
    """A college's 附件1 workbook as received: when it came in, which file, what the import did."""

    __tablename__ = "registration_submissions"
    __label__ = "报名表提交记录"

    id: Mapped[int] = mapped_column(primary_key=True)
    edition_id: Mapped[int] = mapped_column(ForeignKey("editions.id", ondelete="CASCADE"), index=True)
    college_id: Mapped[int] = mapped_column(ForeignKey("colleges.id", ondelete="CASCADE"), index=True)
    file_name: Mapped[str] = mapped_column(String(500))
    received_at: Mapped[dt.datetime] = mapped_column(DateTime)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=dt.datetime.now)
    rows_added: Mapped[int] = mapped_column(Integer, default=0)
    rows_updated: Mapped[int] = mapped_column(Integer, default=0)
    rows_deleted: Mapped[int] = mapped_column(Integer, default=0)
