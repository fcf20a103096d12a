"""The 优秀组织奖 (notice 七): the rubric, the judges and their score sheets, the confirmed (locked) result, the
certificate template and the certificates issued."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from vocweek_desktop.store.models.base import Base


class AwardCriterion(Base):
    """A criterion of the rubric: name, description, maximum points (in half points, so that sums are exact)."""

    __tablename__ = "award_criteria"
    __label__ = "评分标准"
    __unit__ = "项"
    __table_args__ = (UniqueConstraint("edition_id", "name"), CheckConstraint("max_halves >= 0", name="max_points"))

    id: Mapped[int] = mapped_column(primary_key=True)
    edition_id: Mapped[int] = mapped_column(ForeignKey("editions.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    description: Mapped[str] = mapped_column(Text, default="")
    max_halves: Mapped[int] = mapped_column(Integer)  # 分值 × 2
    display_order: Mapped[int] = mapped_column(Integer, default=0)


class AwardJudge(Base):
    """A judge of an edition: name, unit, and the college they belong to (they abstain from scoring it).

    ``sheet_uid`` is written hidden into the judge's score-sheet workbook, so a returned workbook is matched to its
    judge (and one from another edition or another database is refused).
    """

    __tablename__ = "award_judges"
    __label__ = "评委"
    __unit__ = "位"
    __table_args__ = (UniqueConstraint("edition_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    edition_id: Mapped[int] = mapped_column(ForeignKey("editions.id", ondelete="CASCADE"), index=True)
    sheet_uid: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(50))
    unit: Mapped[str] = mapped_column(String(100), default="")
    college_id: Mapped[int | None] = mapped_column(ForeignKey("colleges.id", ondelete="SET NULL"), index=True)
    display_order: Mapped[int] = mapped_column(Integer, default=0)


class AwardReview(Base):
    """One row of a judge's score sheet: the college, a comment, and 回避 (abstention) with its reason.

    Its scores are ``AwardScore`` rows; a college a judge has not scored yet has no review.
    """

    __tablename__ = "award_reviews"
    __label__ = "评分"
    __table_args__ = (UniqueConstraint("judge_id", "college_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    edition_id: Mapped[int] = mapped_column(ForeignKey("editions.id", ondelete="CASCADE"), index=True)
    judge_id: Mapped[int] = mapped_column(ForeignKey("award_judges.id", ondelete="CASCADE"), index=True)
    college_id: Mapped[int] = mapped_column(ForeignKey("colleges.id", ondelete="CASCADE"), index=True)
    comment: Mapped[str] = mapped_column(Text, default="")
    abstain: Mapped[bool] = mapped_column(Boolean, default=False)
    abstain_reason: Mapped[str] = mapped_column(String(200), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=dt.datetime.now, onupdate=dt.datetime.now)


class AwardScore(Base):
    """A judge's score for one college on one criterion, in half points (0 … 2 × the criterion's maximum)."""

    __tablename__ = "award_scores"
    __label__ = "分项得分"
    __table_args__ = (UniqueConstraint("review_id", "criterion_id"), CheckConstraint("halves >= 0", name="halves"))

    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("award_reviews.id", ondelete="CASCADE"), index=True)
    criterion_id: Mapped[int] = mapped_column(ForeignKey("award_criteria.id", ondelete="CASCADE"), index=True)
    halves: Mapped[int] = mapped_column(Integer)


class AwardResult(Base):
    """An edition's confirmed result: locked or not, who confirmed it and when, and the ranking as confirmed.

    ``snapshot_json`` keeps the whole explained result (finals, every judge's total, flags, the rule's settings) as
    it was when confirmed; ``awarded_json`` the ids of the colleges awarded, in rank order (the certificates).
    Unlocking keeps the row (``locked`` false) and records who, when and why in the audit trail.
    """

    __tablename__ = "award_results"
    __label__ = "评奖结果"

    id: Mapped[int] = mapped_column(primary_key=True)
    edition_id: Mapped[int] = mapped_column(ForeignKey("editions.id", ondelete="CASCADE"), unique=True)
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    confirmed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    confirmed_by: Mapped[str] = mapped_column(String(100), default="")
    awarded_json: Mapped[str] = mapped_column(Text, default="[]")
    snapshot_json: Mapped[str] = mapped_column(Text, default="{}")
    unlocked_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    unlocked_by: Mapped[str] = mapped_column(String(100), default="")
    unlock_reason: Mapped[str] = mapped_column(Text, default="")


class CertificateTemplate(Base):
    """An edition's certificate layout: paper (mm), body font, background and seal pictures kept in the database."""

    __tablename__ = "certificate_templates"
    __label__ = "证书模板"

    id: Mapped[int] = mapped_column(primary_key=True)
    edition_id: Mapped[int] = mapped_column(ForeignKey("editions.id", ondelete="CASCADE"), unique=True)
    paper: Mapped[str] = mapped_column(String(20), default="A4横向")
    paper_width: Mapped[float] = mapped_column(Float, default=297.0)
    paper_height: Mapped[float] = mapped_column(Float, default=210.0)
    font: Mapped[str] = mapped_column(String(20), default="bundled")
    issue_date: Mapped[dt.date | None] = mapped_column(Date)  # None: the day the result was confirmed
    background: Mapped[bytes | None] = mapped_column(LargeBinary)
    background_name: Mapped[str] = mapped_column(String(200), default="")
    seal: Mapped[bytes | None] = mapped_column(LargeBinary)
    seal_name: Mapped[str] = mapped_column(String(200), default="")
    seal_x: Mapped[float] = mapped_column(Float, default=0.0)
    seal_y: Mapped[float] = mapped_column(Float, default=0.0)
    seal_width: Mapped[float] = mapped_column(Float, default=40.0)
    seal_height: Mapped[float] = mapped_column(Float, default=40.0)


class CertificateField(Base):
    """A text field of a certificate template: its text (with {college} {award} {year} {theme} …), box in mm from
    the paper's top-left, font size, the smallest size it may shrink to, alignment, and whether it is printed when
    printing onto pre-printed paper (套打)."""

    __tablename__ = "certificate_fields"
    __label__ = "证书栏目"
    __table_args__ = (UniqueConstraint("template_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("certificate_templates.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text, default="")
    x: Mapped[float] = mapped_column(Float)
    y: Mapped[float] = mapped_column(Float)
    width: Mapped[float] = mapped_column(Float)
    height: Mapped[float] = mapped_column(Float)
    size: Mapped[float] = mapped_column(Float, default=16.0)
    min_size: Mapped[float] = mapped_column(Float, default=10.0)
    align: Mapped[str] = mapped_column(String(10), default="left")
    on_overlay: Mapped[bool] = mapped_column(Boolean, default=True)
    display_order: Mapped[int] = mapped_column(Integer, default=0)


class Certificate(Base):
    """A certificate issued to a college: its number (kept for every reprint), when it was first issued and how
    many times it was issued again."""

    __tablename__ = "certificates"
    __label__ = "荣誉证书"
    __unit__ = "张"
    __table_args__ = (UniqueConstraint("edition_id", "college_id"), UniqueConstraint("edition_id", "number_text"))

    id: Mapped[int] = mapped_column(primary_key=True)
    edition_id: Mapped[int] = mapped_column(ForeignKey("editions.id", ondelete="CASCADE"), index=True)
    college_id: Mapped[int] = mapped_column(ForeignKey("colleges.id", ondelete="RESTRICT"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    number_text: Mapped[str] = mapped_column(String(100))
    award_name: Mapped[str] = mapped_column(String(100))
    rank: Mapped[int | None] = mapped_column(Integer)
    issued_at: Mapped[dt.datetime] = mapped_column(DateTime)
    issued_by: Mapped[str] = mapped_column(String(100), default="")
    reissues: Mapped[int] = mapped_column(Integer, default=0)


class CertificateIssue(Base):
    """One printing of a certificate (the first issue or a reissue): when, by whom, in which mode, to which file."""

    __tablename__ = "certificate_issues"
    __label__ = "证书打印记录"

    id: Mapped[int] = mapped_column(primary_key=True)
    certificate_id: Mapped[int] = mapped_column(ForeignKey("certificates.id", ondelete="CASCADE"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    operator: Mapped[str] = mapped_column(String(100), default="")
    kind: Mapped[str] = mapped_column(String(10))  # issue / reissue
    mode: Mapped[str] = mapped_column(String(10))  # blank / overlay
    file_name: Mapped[str] = mapped_column(String(500), default="")
