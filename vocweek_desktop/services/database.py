"""Whole-file operations: the demo database, integrity check, consistent copies."""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.errors import DatabaseError, VocWeekError
from vocweek_desktop.domain.notice_defaults import NOTICE_YEAR, SAMPLE_COLLEGES
from vocweek_desktop.store import migrate
from vocweek_desktop.store.engine import Database, open_database, read_revision


@dataclass(frozen=True)
class CheckResult:
    """The outcome of ``check_database``: sound or not, and the one line to print."""

    ok: bool
    line: str
    revision: str | None = None


def create_demo(path: str | Path, *, force: bool = False) -> Database:
    """A new database holding the notice's 2024 edition and sample colleges; refuses to overwrite unless ``force``."""
    from vocweek_desktop.services import colleges, editions

    path = Path(path).absolute()
    if path.exists() and not force:
        raise DatabaseError(msg.DB_EXISTS.format(path=path))
    # Built beside the target and moved over it at the end: a failure never costs the old file.
    partial = path.with_name(f".{path.name}.partial")
    partial.unlink(missing_ok=True)
    draft = open_database(partial)
    try:
        edition = editions.create_from_defaults(draft, NOTICE_YEAR)
        for values in SAMPLE_COLLEGES:
            colleges.add_college(draft, edition.id, values)
    finally:
        draft.close()
    partial.replace(path)
    return open_database(path)


def check_database(path: str | Path) -> CheckResult:
    """Integrity check and schema revision of a file, read-only; never migrates or changes it."""
    path = Path(path).absolute()
    if not path.exists():
        return CheckResult(False, msg.CHECK_FAILED.format(path=path, detail=msg.DB_MISSING.format(path=path)))
    try:
        revision = read_revision(path)
        with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
            problems = [row[0] for row in conn.execute("PRAGMA integrity_check")]
            broken = conn.execute("PRAGMA foreign_key_check").fetchall()
            counts = (0, 0)
            if revision is not None:
                counts = (conn.execute("SELECT count(*) FROM editions").fetchone()[0],
                          conn.execute("SELECT count(*) FROM colleges").fetchone()[0])
    except VocWeekError as exc:
        return CheckResult(False, msg.CHECK_FAILED.format(path=path, detail=exc))
    except sqlite3.DatabaseError as exc:
        return CheckResult(False, msg.CHECK_FAILED.format(path=path, detail=msg.DB_CORRUPT.format(path=path, detail=exc)))
    if problems != ["ok"]:
        detail = msg.DB_CORRUPT.format(path=path, detail="；".join(problems[:3]))
        return CheckResult(False, msg.CHECK_FAILED.format(path=path, detail=detail), revision)
    if broken:
        tables = "、".join(sorted({row[0] for row in broken}))
        return CheckResult(False, msg.CHECK_FAILED.format(path=path, detail=msg.DB_FK_BROKEN.format(
            count=len(broken), tables=tables)), revision)
    if revision is None:
        return CheckResult(False, msg.CHECK_FAILED.format(path=path, detail="空数据库（尚未建立表结构）"), None)
    if revision not in migrate.KNOWN_REVISIONS:
        return CheckResult(False, msg.CHECK_FAILED.format(path=path, detail=msg.DB_NEWER.format(
            path=path, revision=revision)), revision)
    shown = revision if revision == migrate.HEAD_REVISION else f"{revision}（待升级到 {migrate.HEAD_REVISION}）"
    return CheckResult(True, msg.CHECK_OK.format(path=path, revision=shown, editions=counts[0], colleges=counts[1]),
                       revision)


def save_copy(db: Database, target: str | Path) -> Path:
    """Write a consistent copy of the open database to ``target`` (SQLite backup API, not a file copy)."""
    target = Path(target)
    if target.exists() and target.resolve() == db.path.resolve():
        raise DatabaseError(msg.DB_SAME_FILE)
    return migrate.backup_database(db.path, target)
