"""Outing requests (外出审批, notice 六(六)): the request, the people who go, the papers handed in. Their history is
the audit trail (entity "outing"), not a table here."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vocweek_desktop.store.models.base import Base


class OutingRequest(Base):
    """One request to take teachers and students off campus: who, where, when, how, with what safety measures.

    The number (WC-2024-001) comes from the edition's counter and is never reused; a college with requests cannot
    be deleted (RESTRICT); the related activity is optional and forgotten when the activity is purged (SET NULL).
    """

    __tablename__ = "outing_requests"
    __label__ = "外出申请"
    __unit__ = "份"
    __table_args__ = (Index("ix_outing_requests_edition_departure", "edition_id", "departure"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    edition_id: Mapped[int] = mapped_column(ForeignKey("editions.id", ondelete="CASCADE"))
    number: Mapped[str] = mapped_column(String(20), unique=True)
    # Stable id written into the hidden cell of a request workbook, so a returned file updates its request.
    row_uid: Mapped[str] = mapped_column(String(32), unique=True)
    state: Mapped[str] = mapped_column(String(10))
    college_id: Mapped[int] = mapped_column(ForeignKey("colleges.id", ondelete="RESTRICT"), index=True)
    activity_id: Mapped[int | None] = mapped_column(ForeignKey("activities.id", ondelete="SET NULL"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    destination: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    departure: Mapped[dt.datetime | None] = mapped_column(DateTime)
    return_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    teacher_count: Mapped[int | None] = mapped_column(Integer)
    student_count: Mapped[int | None] = mapped_column(Integer)
    lead_teacher: Mapped[str] = mapped_column(String(50), default="")
    lead_phone: Mapped[str] = mapped_column(String(50), default="")
    transport: Mapped[str | None] = mapped_column(String(10))
    vehicle_plate: Mapped[str] = mapped_column(String(20), default="")
    vehicle_company: Mapped[str] = mapped_column(String(200), default="")
    driver: Mapped[str] = mapped_column(String(50), default="")
    insured: Mapped[bool] = mapped_column(Boolean, default=False)
    insurer: Mapped[str] = mapped_column(String(100), default="")
    policy_number: Mapped[str] = mapped_column(String(100), default="")
    safety_plan: Mapped[str] = mapped_column(Text, default="")
    emergency_contact: Mapped[str] = mapped_column(String(50), default="")
    emergency_phone: Mapped[str] = mapped_column(String(50), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Approved after departure (补办): the reason given, kept on the request for the slip and the list.
    late_reason: Mapped[str] = mapped_column(Text, default="")
    # Provenance: 'manual' or 'import'; for imports the file and when it was received.
    source_kind: Mapped[str] = mapped_column(String(10), default="manual")
    source_file: Mapped[str] = mapped_column(String(500), default="")
    received_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # When it was (last) filed: the lead-time rule measures from here.
    submitted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=dt.datetime.now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=dt.datetime.now, onupdate=dt.datetime.now)

    participants: Mapped[list[OutingParticipant]] = relationship(
        back_populates="outing", cascade="all, delete-orphan", passive_deletes=True,
        order_by="OutingParticipant.position")
    papers: Mapped[list[OutingPaper]] = relationship(
        back_populates="outing", cascade="all, delete-orphan", passive_deletes=True)


class OutingParticipant(Base):
    """A person on a request's list: name, 教师 or 学生, class or unit, phone."""

    __tablename__ = "outing_participants"
    __label__ = "外出人员"
    __unit__ = "名"

    id: Mapped[int] = mapped_column(primary_key=True)
    outing_id: Mapped[int] = mapped_column(ForeignKey("outing_requests.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(50))
    role: Mapped[str] = mapped_column(String(10))
    unit: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")

    outing: Mapped[OutingRequest] = relationship(back_populates="participants")


class OutingPaper(Base):
    """A paper of the checklist handed in with a request (活动方案, 安全应急预案, …): a row means ticked."""

    __tablename__ = "outing_papers"
    __label__ = "外出申请材料"
    __table_args__ = (UniqueConstraint("outing_id", "paper"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    outing_id: Mapped[int] = mapped_column(ForeignKey("outing_requests.id", ondelete="CASCADE"), index=True)
    paper: Mapped[str] = mapped_column(String(20))

    outing: Mapped[OutingRequest] = relationship(back_populates="papers")
