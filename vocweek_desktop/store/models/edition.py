"""One year's activity week (Edition) and what belongs to it: colleges, departments, leadership, contacts."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vocweek_desktop.store.models.base import Base


class Edition(Base):
    """The settings of one year's activity week, as the office's notice gives them."""

    __tablename__ = "editions"
    __label__ = "活动周年度"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, unique=True)
    title: Mapped[str] = mapped_column(String(200))
    theme: Mapped[str] = mapped_column(String(200), default="")
    doc_number: Mapped[str] = mapped_column(String(100), default="")
    week_start: Mapped[dt.date] = mapped_column(Date)
    week_end: Mapped[dt.date] = mapped_column(Date)
    showcase_date: Mapped[dt.date | None] = mapped_column(Date)
    showcase_start: Mapped[dt.time | None] = mapped_column(Time)
    showcase_end: Mapped[dt.time | None] = mapped_column(Time)
    showcase_venue: Mapped[str] = mapped_column(String(200), default="")
    registration_deadline: Mapped[dt.datetime | None] = mapped_column(DateTime)
    report_deadline: Mapped[dt.datetime | None] = mapped_column(DateTime)
    award_name: Mapped[str] = mapped_column(String(100), default="优秀组织奖")
    award_quota: Mapped[int] = mapped_column(Integer, default=4)
    school_name: Mapped[str] = mapped_column(String(200), default="")
    office_name: Mapped[str] = mapped_column(String(100), default="")

    contacts: Mapped[list[EditionContact]] = relationship(
        back_populates="edition", cascade="all, delete-orphan", passive_deletes=True,
        order_by="EditionContact.display_order",
    )
    colleges: Mapped[list[College]] = relationship(
        back_populates="edition", cascade="all, delete-orphan", passive_deletes=True,
        order_by="College.display_order",
    )
    departments: Mapped[list[Department]] = relationship(
        back_populates="edition", cascade="all, delete-orphan", passive_deletes=True,
        order_by="Department.display_order",
    )
    leadership: Mapped[list[LeadershipMember]] = relationship(
        back_populates="edition", cascade="all, delete-orphan", passive_deletes=True,
        order_by="LeadershipMember.display_order",
    )


class EditionContact(Base):
    """A contact person named at the end of the notice (联系人及电话)."""

    __tablename__ = "edition_contacts"
    __label__ = "联系人"

    id: Mapped[int] = mapped_column(primary_key=True)
    edition_id: Mapped[int] = mapped_column(ForeignKey("editions.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(50))
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(100), default="")
    display_order: Mapped[int] = mapped_column(Integer, default=0)

    edition: Mapped[Edition] = relationship(back_populates="contacts")


class College(Base):
    """A secondary college (二级学院) taking part in the week."""

    __tablename__ = "colleges"
    __label__ = "学院"
    __table_args__ = (UniqueConstraint("edition_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    edition_id: Mapped[int] = mapped_column(ForeignKey("editions.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    short_name: Mapped[str] = mapped_column(String(50), default="")
    dean: Mapped[str] = mapped_column(String(50), default="")
    party_secretary: Mapped[str] = mapped_column(String(50), default="")
    contact_person: Mapped[str] = mapped_column(String(50), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(100), default="")
    teacher_count: Mapped[int | None] = mapped_column(Integer)
    student_count: Mapped[int | None] = mapped_column(Integer)
    display_order: Mapped[int] = mapped_column(Integer, default=0)

    edition: Mapped[Edition] = relationship(back_populates="colleges")


class Department(Base):
    """A row of the notice's duty table: a unit, its duty, its head, and the activity need it serves."""

    __tablename__ = "departments"
    __label__ = "部门"
    __table_args__ = (UniqueConstraint("edition_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    edition_id: Mapped[int] = mapped_column(ForeignKey("editions.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    duty: Mapped[str] = mapped_column(Text, default="")
    head: Mapped[str] = mapped_column(String(100), default="")
    # Which activity need (power / it / security / media) is routed to this unit; None: none.
    need_key: Mapped[str | None] = mapped_column(String(20))
    display_order: Mapped[int] = mapped_column(Integer, default=0)

    edition: Mapped[Edition] = relationship(back_populates="departments")


class LeadershipMember(Base):
    """A member of the week's leadership group (组长 / 副组长 / 成员): a person or a description."""

    __tablename__ = "leadership_members"
    __label__ = "领导小组成员"

    id: Mapped[int] = mapped_column(primary_key=True)
    edition_id: Mapped[int] = mapped_column(ForeignKey("editions.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))
    display_order: Mapped[int] = mapped_column(Integer, default=0)

    edition: Mapped[Edition] = relationship(back_populates="leadership")
