"""After the week: what was published about it (publicity items) and each college's participation in people
(the second sheet of 附件2). Both feed the week's report and criteria 1 and 3 of the 优秀组织奖."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from vocweek_desktop.store.models.base import Base


class PublicityItem(Base):
    """One published report: channel (学校官网, 微信公众号, 视频号, 抖音, 微博, 省级媒体, 国家级媒体, 其他), title, link,
    date, the college (and activity) it is about."""

    __tablename__ = "publicity_items"
    __label__ = "宣传报道"

    id: Mapped[int] = mapped_column(primary_key=True)
    edition_id: Mapped[int] = mapped_column(ForeignKey("editions.id", ondelete="CASCADE"), index=True)
    row_uid: Mapped[str] = mapped_column(String(32), unique=True)
    college_id: Mapped[int | None] = mapped_column(ForeignKey("colleges.id", ondelete="RESTRICT"), index=True)
    activity_id: Mapped[int | None] = mapped_column(ForeignKey("activities.id", ondelete="SET NULL"), index=True)
    channel: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(300))
    link: Mapped[str] = mapped_column(String(1000), default="")
    published_on: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    source_kind: Mapped[str] = mapped_column(String(10), default="manual")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=dt.datetime.now)


class CollegeParticipation(Base):
    """A college's headcounts and how many of its people took part (people, not person-times), from 附件2."""

    __tablename__ = "college_participation"
    __label__ = "学院参与人数"
    __table_args__ = (UniqueConstraint("edition_id", "college_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    edition_id: Mapped[int] = mapped_column(ForeignKey("editions.id", ondelete="CASCADE"), index=True)
    college_id: Mapped[int] = mapped_column(ForeignKey("colleges.id", ondelete="CASCADE"), index=True)
    teacher_total: Mapped[int | None] = mapped_column(Integer)
    student_total: Mapped[int | None] = mapped_column(Integer)
    teachers_participating: Mapped[int | None] = mapped_column(Integer)
    students_participating: Mapped[int | None] = mapped_column(Integer)
    received_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
