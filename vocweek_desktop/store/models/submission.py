"""What the colleges handed in after the week (工作总结报告, 附件2, news pictures, the office's own kinds): one row per
file received, kept in a managed folder beside the database, and the extensions the office granted."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, DateTime, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from vocweek_desktop.store.models.base import Base


class Submission(Base):
    """One file a college handed in: its kind, when it came, where the kept copy is, its size and SHA-256.

    ``stored_path`` is relative to the database's managed folder (``<database>.files``); a file dropped twice is
    recognised by its ``sha256``.
    """

    __tablename__ = "submissions"
    __label__ = "材料提交记录"
    __table_args__ = (Index("ix_submissions_edition_college_kind", "edition_id", "college_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    edition_id: Mapped[int] = mapped_column(ForeignKey("editions.id", ondelete="CASCADE"), index=True)
    # RESTRICT: a college whose files are kept cannot vanish with them unnoticed (services/dependents names them).
    college_id: Mapped[int] = mapped_column(ForeignKey("colleges.id", ondelete="RESTRICT"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    received_at: Mapped[dt.datetime] = mapped_column(DateTime)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=dt.datetime.now)
    file_name: Mapped[str] = mapped_column(String(500))
    stored_path: Mapped[str] = mapped_column(String(500))
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    # 'file' (recorded by hand or dropped) or 'import' (the 附件2 import kept its workbook).
    source: Mapped[str] = mapped_column(String(10), default="file")


class SubmissionExtension(Base):
    """More time for one college's kind: the new deadline, why, and when it was granted."""

    __tablename__ = "submission_extensions"
    __label__ = "材料延期"
    __table_args__ = (UniqueConstraint("edition_id", "college_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    edition_id: Mapped[int] = mapped_column(ForeignKey("editions.id", ondelete="CASCADE"), index=True)
    college_id: Mapped[int] = mapped_column(ForeignKey("colleges.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    until: Mapped[dt.datetime] = mapped_column(DateTime)
    reason: Mapped[str] = mapped_column(Text, default="")
    granted_at: Mapped[dt.datetime] = mapped_column(DateTime, default=dt.datetime.now)
