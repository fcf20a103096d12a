"""Opening a database file: checks, migration when behind, and the pragmas every connection gets."""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker

from vocweek_desktop import files
from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.errors import DatabaseError
from vocweek_desktop.store import lock as db_lock
from vocweek_desktop.store import migrate

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000


def sqlite_url(path: Path) -> URL:
    """A SQLAlchemy URL for a file path; URL.create keeps any character of the path as it is."""
    return URL.create("sqlite+pysqlite", database=str(path))


def install_sqlite_pragmas(engine: Engine, *, foreign_keys: bool = True) -> None:
    """Give every connection of ``engine`` our pragmas and real transactions.

    journal_mode=DELETE because office files end up on network shares, where WAL breaks;
    synchronous=FULL because a lost row costs more than a slow commit. The pysqlite driver's own
    transaction handling is switched off and BEGIN emitted by us, so DDL and reads are transactional too.
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.execute("PRAGMA journal_mode=DELETE")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        connection.exec_driver_sql("BEGIN")


def make_engine(path: Path, *, foreign_keys: bool = True, **kwargs) -> Engine:
    """An engine over one SQLite file with our pragmas installed."""
    engine = create_engine(sqlite_url(path), connect_args={"check_same_thread": False}, **kwargs)
    install_sqlite_pragmas(engine, foreign_keys=foreign_keys)
    return engine


def write_refusal(path: Path, exc: BaseException | None) -> DatabaseError | None:
    """The user's message for SQLite refusing to write ``path`` (read-only, disk full, busy, I/O), or None when
    ``exc`` is some other error (a bug, not the file's state)."""
    if not isinstance(exc, sqlite3.OperationalError):
        return None
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc).lower()
    if name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_AUTH")) \
            or "readonly" in text or "unable to open" in text:
        return DatabaseError(msg.DB_READ_ONLY.format(path=path))
    if name == "SQLITE_FULL" or "disk is full" in text:
        return DatabaseError(msg.DB_WRITE_FAILED.format(path=path, detail=msg.WRITE_DISK_FULL))
    if name.startswith("SQLITE_BUSY") or "database is locked" in text:
        return DatabaseError(msg.DB_BUSY.format(path=path))
    if name.startswith("SQLITE_IOERR") or "disk i/o error" in text:
        return DatabaseError(msg.DB_WRITE_FAILED.format(path=path, detail=msg.DB_IO_ERROR))
    return None


def check_writable(path: str | Path) -> None:
    """Refuse (DatabaseError naming the file) a database that cannot be written: a read-only file, or a folder
    in which SQLite cannot create the journal it writes beside the file. Changes nothing."""
    path = Path(path).absolute()
    try:
        os.close(os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0)))
    except FileNotFoundError:
        return  # nothing to refuse yet: creating it says what goes wrong
    except OSError as exc:
        if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise DatabaseError(msg.DB_READ_ONLY.format(path=path)) from exc
        raise DatabaseError(msg.DB_WRITE_FAILED.format(path=path, detail=files.describe_os_error(exc))) from exc
    try:
        files.check_folder_writable(path)
    except files.FileWriteError as exc:
        raise DatabaseError(msg.DB_READ_ONLY.format(path=path)) from exc


def _inspect(path: Path) -> str | None:
    with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables:
            return None
        if "alembic_version" not in tables:
            raise DatabaseError(msg.DB_NOT_OURS.format(path=path))
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if row is None:  # tables but no revision: not a state this program leaves, so do not build over it
            raise DatabaseError(msg.DB_UNKNOWN_REVISION.format(path=path, revision="（空）"))
        problems = [line for (line,) in conn.execute("PRAGMA quick_check")]
    if problems != ["ok"]:
        raise DatabaseError(msg.DB_CORRUPT.format(path=path, detail="；".join(problems[:3])))
    return row[0]


def _roll_back_interrupted_write(path: Path) -> None:
    """Let SQLite roll back the hot journal a crash left beside the file, as any read-write open does.

    A read-only connection cannot, and says SQLITE_READONLY_ROLLBACK; the committed content does not change.
    """
    log.warning("rolling back an interrupted write in %s", path)
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()


def read_revision(path: Path) -> str | None:
    """Inspect a file without changing it: its Alembic revision, or None when it holds no tables.

    Raises DatabaseError when the file is not SQLite, is damaged, or is SQLite but not ours. A quick_check
    (every page read, a few milliseconds for a file of a few MB) finds damage that the first query alone misses.
    The one change made: a write interrupted by a crash or power cut (a hot ``-journal``) is rolled back first,
    otherwise a sound file would be reported as damaged.
    """
    path = Path(path).absolute()  # as_uri() refuses relative paths
    if not path.is_file():
        raise DatabaseError(msg.DB_NOT_A_FILE.format(path=path))
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header and header != SQLITE_HEADER:
        raise DatabaseError(msg.DB_NOT_SQLITE.format(path=path))
    if not header:
        return None
    try:
        try:
            return _inspect(path)
        except sqlite3.OperationalError as exc:
            if getattr(exc, "sqlite_errorname", None) != "SQLITE_READONLY_ROLLBACK":
                raise
        _roll_back_interrupted_write(path)
        return _inspect(path)
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(msg.DB_CORRUPT.format(path=path, detail=exc)) from exc


def default_operator() -> str:
    """The operator when none was given: the computer's user name (empty in some service accounts)."""
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # no user name in some service accounts
        return ""


@dataclass
class Database:
    """An open database: its file, engine and session factory."""

    path: Path
    engine: Engine
    revision: str
    backup_path: Path | None = None
    #: What the user should be told once about opening the file (a lock file that could not be read, …).
    notices: list[str] = field(default_factory=list)
    #: Who works on the file: written into every audit event (the window asks once; the CLI takes --operator).
    operator: str = field(default_factory=lambda: default_operator())
    session_factory: sessionmaker[Session] = field(init=False)

    def __post_init__(self) -> None:
        self.session_factory = sessionmaker(self.engine, expire_on_commit=False)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commits when the block ends, rolls back on any exception.

        SQLite's refusals to write (a read-only file or folder, a full disk, a file busy elsewhere) become a
        DatabaseError naming the file; nothing of the unit is written.
        """
        try:
            with self.session_factory() as session, session.begin():
                yield session
        except sa_exc.OperationalError as exc:
            refusal = write_refusal(self.path, exc.orig)
            if refusal is None:
                raise
            raise refusal from exc

    def close(self) -> None:
        """Release every pooled connection (and so the file)."""
        self.engine.dispose()


def open_database(path: str | Path, *, create: bool = True) -> Database:
    """Open (and create or migrate to head when needed) the database at ``path``.

    A file that is not ours, damaged or newer than this program is refused untouched. A file that is
    behind is first copied beside itself (SQLite backup API), then migrated on its own connection. ``create``
    allows a new database: at a path where there is no file yet, or into an empty file (0 bytes, or SQLite
    without tables); without it an empty file is refused untouched.
    """
    path = Path(path).absolute()
    backup = None
    if not path.exists():
        if not create:
            raise DatabaseError(msg.DB_MISSING.format(path=path))
        try:  # the new file itself, so that an unwritable folder is named as such, not as a failed upgrade
            path.parent.mkdir(parents=True, exist_ok=True)
            path.open("xb").close()
        except OSError as exc:
            raise files.write_error(path, exc) from exc
        revision = None
    else:
        revision = read_revision(path)
        if revision is None and not create:  # an empty file is not a database to work on, only one to create
            empty = path.stat().st_size == 0
            raise DatabaseError((msg.DB_EMPTY_FILE if empty else msg.DB_NO_TABLES).format(path=path))
    if revision is not None and revision not in migrate.KNOWN_REVISIONS:
        raise DatabaseError(msg.DB_NEWER.format(path=path, revision=revision))
    notices = []
    if revision != migrate.HEAD_REVISION:
        check_writable(path)  # say "read-only" rather than let the upgrade fail on it
        # An upgrade writes to the file: not while another process (on this computer or another) works on it.
        with db_lock.acquire(path, msg.LOCK_PURPOSE_UPGRADE) as held:
            if held.notice:
                notices.append(held.notice)
            if revision is not None:
                backup = migrate.backup_beside(path, revision)
            migrate.upgrade_to_head(path, backup=backup)
    engine = make_engine(path)
    return Database(path=path, engine=engine, revision=migrate.HEAD_REVISION, backup_path=backup, notices=notices)
