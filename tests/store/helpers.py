"""Helpers for store tests: file fingerprints, row counts, and a test-only Alembic script folder."""

from __future__ import annotations

import contextlib
import hashlib
import shutil
import sqlite3
import textwrap
from pathlib import Path

import pytest

from vocweek_desktop import paths
from vocweek_desktop.store import migrate

TEST_REVISION = "9001_test_only"


def digest(path: Path) -> str:
    """SHA-256 of a file's bytes."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def folder_listing(folder: Path) -> list[str]:
    """Names in a folder, sorted."""
    return sorted(p.name for p in Path(folder).iterdir())


def table_counts(path: Path) -> dict[str, int]:
    """Rows per table of a SQLite file, read-only (alembic_version included)."""
    with contextlib.closing(sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)) as conn:
        names = [row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


def file_revision(path: Path) -> str:
    """The alembic_version of a file, read with plain sqlite3."""
    with contextlib.closing(sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)) as conn:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def table_sql(path: Path, table: str) -> str:
    """The CREATE statement SQLite keeps for ``table``."""
    with contextlib.closing(sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)) as conn:
        return conn.execute("SELECT sql FROM sqlite_master WHERE type='table' AND name=?", (table,)).fetchone()[0]


def install_test_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, upgrade_body: str) -> Path:
    """Copy db/ to ``tmp_path``, add a revision after the real head, and make the program know it.

    A file at the real head is then one revision behind, so opening it runs a real Alembic upgrade.
    """
    script_dir = tmp_path / "test-db-scripts"
    shutil.copytree(paths.migrations_dir(), script_dir, ignore=shutil.ignore_patterns("__pycache__", "*.sqlite3"))
    body = textwrap.indent(textwrap.dedent(upgrade_body).strip(), "    ")
    (script_dir / "versions" / f"{TEST_REVISION}.py").write_text(
        f'"""test-only revision"""\n\n'
        f"import sqlalchemy as sa\nfrom alembic import op\n\n"
        f"revision = {TEST_REVISION!r}\ndown_revision = {migrate.HEAD_REVISION!r}\n"
        f"branch_labels = None\ndepends_on = None\n\n\n"
        f"def upgrade() -> None:\n{body}\n\n\n"
        f"def downgrade() -> None:\n    pass\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(paths, "migrations_dir", lambda: script_dir)
    monkeypatch.setattr(migrate, "KNOWN_REVISIONS", (*migrate.KNOWN_REVISIONS, TEST_REVISION))
    monkeypatch.setattr(migrate, "HEAD_REVISION", TEST_REVISION)
    return script_dir



def make_read_only(monkeypatch: pytest.MonkeyPatch, path: Path, undo: list, *, folder: bool = False) -> None:
    """Make a database file (or its folder) read-only: by chmod, and where that does not hold (root writes anything)
    by refusing the program's writes the way the system refuses a normal user's. ``undo`` collects what to undo.

    Refused as root: opening the file for writing (``os.open`` with write access), creating a file in its folder
    (``files.check_folder_writable``), and SQLite's writes through any engine (its
    connections to the file are ``query_only``: SQLite itself answers "attempt to write a readonly database").
    """
    import os

    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    from vocweek_desktop import files

    path = Path(path).absolute()
    target = path.parent if folder else path
    undo.append((target, target.stat().st_mode))
    target.chmod(0o555 if folder else 0o444)
    try:
        if folder:
            (path.parent / ".probe").touch()
            (path.parent / ".probe").unlink()
        else:
            os.close(os.open(path, os.O_RDWR))
    except PermissionError:
        return  # the system refuses: nothing to simulate
    real_open, real_check = os.open, files.check_folder_writable

    def refuse_open(name, flags, *args, **kwargs):
        if not folder and Path(name).absolute() == path and flags & (os.O_WRONLY | os.O_RDWR):
            raise PermissionError(13, "Permission denied", str(name))
        return real_open(name, flags, *args, **kwargs)

    def refuse_folder(target_path):
        if folder and Path(target_path).absolute().parent == path.parent:
            raise files.write_error(Path(target_path), PermissionError(13, "Permission denied", str(target_path)))
        return real_check(target_path)

    def query_only(dbapi_connection, _record):
        name = dbapi_connection.execute("PRAGMA database_list").fetchone()[2]
        if name and Path(name).absolute() == path:
            dbapi_connection.execute("PRAGMA query_only=ON")

    monkeypatch.setattr(os, "open", refuse_open)
    monkeypatch.setattr(files, "check_folder_writable", refuse_folder)
    event.listen(Engine, "connect", query_only)
    undo.append(lambda: event.remove(Engine, "connect", query_only))


def undo_read_only(undo: list) -> None:
    """Undo ``make_read_only``: permissions back, the engine listener removed."""
    while undo:
        item = undo.pop()
        if callable(item):
            item()
        else:
            target, mode = item
            target.chmod(mode)
