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
