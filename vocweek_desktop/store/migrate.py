"""Schema revisions: what this program knows, backups before an upgrade, and the upgrade itself.

Alembic is imported only inside ``upgrade_to_head`` (it costs about half a second to import), so
opening a file that is already at head never loads it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Connection
from sqlalchemy.exc import StatementError
from sqlalchemy.pool import NullPool

from vocweek_desktop import paths
from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.errors import DatabaseError
from vocweek_desktop.files import atomic_path

log = logging.getLogger(__name__)

# Every revision in db/versions, oldest first; tests check this against Alembic's own history.
KNOWN_REVISIONS: tuple[str, ...] = ("0001_foundation", "0002_activities", "0003_audit", "0004_shared",
                                  "0005_layout", "0006_sort_keys", "0007_awards", "0008_afterweek", "0009_outings")
HEAD_REVISION = KNOWN_REVISIONS[-1]


def backup_database(source: Path, target: Path) -> Path:
    """Write a consistent copy of ``source`` to ``target`` with SQLite's backup API (safe while open)."""
    source, target = Path(source), Path(target)
    if target.exists() and target.resolve() == source.resolve():
        raise DatabaseError(msg.DB_SAME_FILE)
    with atomic_path(target) as partial, \
            contextlib.closing(sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)) as src, \
            contextlib.closing(sqlite3.connect(partial)) as dst:
        src.backup(dst)
    return target


def backup_beside(path: Path, revision: str) -> Path:
    """Copy ``path`` beside itself before migrating it; the name says from which revision and when.

    One backup per revision: an earlier one from the same revision (left by an upgrade that failed, the file
    then unchanged) is removed once the new one is written, so retrying does not fill the folder with copies.
    """
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    suffix = path.suffix or ".sqlite3"
    prefix = f"{path.stem}.before-upgrade-{revision}-"
    target = path.with_name(f"{prefix}{stamp}{suffix}")
    log.info("backing up %s to %s before upgrade", path, target)
    backup_database(path, target)
    for earlier in path.parent.iterdir():
        name = earlier.name
        if earlier != target and name.startswith(prefix) and name.endswith(suffix) \
                and _BACKUP_STAMP.fullmatch(name[len(prefix):len(name) - len(suffix)]):
            with contextlib.suppress(OSError):
                earlier.unlink()
    return target


_BACKUP_STAMP = re.compile(r"\d{8}-\d{6}")


def failure_detail(path: Path, exc: BaseException) -> str:
    """What went wrong in an upgrade, in one short line: SQLite's own reason, never the statement it ran."""
    from vocweek_desktop.store.engine import write_refusal

    cause = exc.orig if isinstance(exc, StatementError) and exc.orig is not None else exc
    refusal = write_refusal(path, cause)
    if refusal is not None:
        return refusal.message
    text = str(cause).strip().splitlines()[0] if str(cause).strip() else type(cause).__name__
    return text[:200]


@contextlib.contextmanager
def migration_connection(path: Path) -> Iterator[Connection]:
    """A connection for schema changes: foreign keys OFF, one transaction, foreign_key_check before commit.

    Batch migrations recreate tables; with foreign keys ON, SQLite's DROP TABLE of a parent deletes
    the children through ON DELETE CASCADE. With them OFF nothing cascades, and the check below
    refuses to commit a schema whose references no longer hold.
    """
    from vocweek_desktop.store.engine import make_engine

    engine = make_engine(path, foreign_keys=False, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            with connection.begin():
                yield connection
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    tables = "、".join(sorted({row[0] for row in broken}))
                    raise DatabaseError(msg.DB_FK_BROKEN.format(count=len(broken), tables=tables))
    finally:
        engine.dispose()


def alembic_config(connection: Connection | None = None):
    """An Alembic Config pointing at db/ (set in code, so frozen builds need no alembic.ini)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(paths.migrations_dir()))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def upgrade_to_head(path: Path, backup: Path | None = None) -> None:
    """Bring ``path`` to HEAD_REVISION in one transaction; on failure the file is as it was."""
    from alembic import command

    log.info("upgrading %s to %s", path, HEAD_REVISION)
    try:
        with migration_connection(path) as connection:
            command.upgrade(alembic_config(connection), HEAD_REVISION)
    except DatabaseError as exc:
        raise DatabaseError(msg.DB_MIGRATION_FAILED.format(path=path, detail=exc, backup=backup or "—")) from exc
    except Exception as exc:
        log.exception("migration of %s failed", path)
        raise DatabaseError(msg.DB_MIGRATION_FAILED.format(path=path, detail=failure_detail(path, exc),
                                                           backup=backup or "—")) from exc
