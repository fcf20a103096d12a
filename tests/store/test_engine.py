"""Opening files: the pragmas of every connection, and files that must be refused untouched."""

from __future__ import annotations

import random
import shutil
import sqlite3

import pytest
from sqlalchemy import text

from tests.store.helpers import digest, folder_listing, table_counts
from vocweek_desktop.domain.errors import DatabaseError
from vocweek_desktop.services import colleges, editions
from vocweek_desktop.services.database import create_demo
from vocweek_desktop.store import migrate
from vocweek_desktop.store.engine import BUSY_TIMEOUT_MS, open_database, read_revision


def pragmas(connection) -> dict[str, object]:
    """The four pragmas we set, as SQLite reports them."""
    return {name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("foreign_keys", "journal_mode", "synchronous", "busy_timeout")}


EXPECTED = {"foreign_keys": 1, "journal_mode": "delete", "synchronous": 2, "busy_timeout": BUSY_TIMEOUT_MS}


def test_every_connection_has_the_pragmas(db):
    assert BUSY_TIMEOUT_MS > 0
    with db.engine.connect() as first, db.engine.connect() as second:  # two pooled connections at once
        assert pragmas(first) == EXPECTED
        assert pragmas(second) == EXPECTED
    with db.transaction() as session:
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA synchronous")).scalar() == 2


def test_migration_connection_has_foreign_keys_off_and_the_rest(db_path):
    open_database(db_path).close()
    with migrate.migration_connection(db_path) as connection:
        assert pragmas(connection) == {**EXPECTED, "foreign_keys": 0}


def test_file_is_in_rollback_journal_mode_not_wal(demo_db):
    header = demo_db.path.read_bytes()[:20]
    assert header[18] == header[19] == 1  # 1 = rollback journal, 2 = WAL
    assert not demo_db.path.with_name(demo_db.path.name + "-wal").exists()


def test_foreign_keys_are_enforced(edition, db):
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), db.transaction() as session:
        session.execute(text("INSERT INTO colleges (edition_id, name, short_name, dean, party_secretary, "
                             "contact_person, phone, email, display_order) VALUES (999, 'x', '', '', '', '', '', '', 0)"))


def test_transaction_rolls_back_on_error(db, edition):
    with pytest.raises(RuntimeError), db.transaction() as session:
        session.execute(text("UPDATE editions SET title = 'changed'"))
        raise RuntimeError("boom")
    assert editions.get_edition(db, edition.id).title == edition.title


def test_path_with_unusual_characters_and_relative_paths(tmp_path, monkeypatch):
    odd = tmp_path / "数据 #1?%.sqlite3"
    create_demo(odd).close()
    assert read_revision(odd) == migrate.HEAD_REVISION
    monkeypatch.chdir(tmp_path)
    db = open_database(odd.name)  # relative to the working folder
    try:
        edition = editions.list_editions(db)[0]
        assert len(colleges.list_colleges(db, edition.id)) == 10
    finally:
        db.close()


# --- files that are refused untouched ------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory):
    """One demo database, copied by each test that damages it."""
    path = tmp_path_factory.mktemp("template") / "demo.sqlite3"
    create_demo(path).close()
    return path


def _write_text(path, _template):
    path.write_text("这不是数据库，是一份会议纪要。\n", encoding="utf-8")


def _write_random(path, _template):
    path.write_bytes(random.Random(20240512).randbytes(8192))


def _short_sqlite_header(path, _template):
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 40)


def _foreign_sqlite(path, _template):
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")
        conn.execute("INSERT INTO invoices (amount) VALUES (12.5)")
    conn.close()


def _no_revision_row(path, template):
    shutil.copy(template, path)
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM alembic_version")
    conn.close()


def _newer_revision(path, template):
    shutil.copy(template, path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()


def _truncated(path, template):
    data = template.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _overwrite_page(page_number: int):
    def damage(path, template):
        data = bytearray(template.read_bytes())
        page_size = int.from_bytes(data[16:18], "big")
        start = (page_number - 1) * page_size
        assert start + page_size <= len(data)
        data[start:start + page_size] = b"\xde\xad\xbe\xef" * (page_size // 4)
        path.write_bytes(bytes(data))
    return damage


def _table_page(table: str):
    def damage(path, template):
        with sqlite3.connect(template) as conn:
            root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
        conn.close()
        _overwrite_page(root)(path, template)
    return damage


BAD_FILES = {
    "text": (_write_text, "不是 VocWeek 数据库"),
    "random-bytes": (_write_random, "不是 VocWeek 数据库"),
    "sqlite-header-only": (_short_sqlite_header, "已损坏"),
    "foreign-sqlite": (_foreign_sqlite, "是其他程序的 SQLite 数据库"),
    "no-revision-row": (_no_revision_row, "结构版本 （空） 无法识别"),
    "newer-revision": (_newer_revision, "9999_from_the_future"),
    "truncated": (_truncated, "已损坏"),
    "overwritten-colleges-page": (_table_page("colleges"), "已损坏"),
    "overwritten-departments-page": (_table_page("departments"), "已损坏"),
}


@pytest.mark.parametrize("kind", list(BAD_FILES))
def test_bad_file_is_refused_untouched(kind, tmp_path, demo_template):
    make, fragment = BAD_FILES[kind]
    folder = tmp_path / "files"
    folder.mkdir()
    path = folder / "bad.sqlite3"
    make(path, demo_template)
    fingerprint, listing = digest(path), folder_listing(folder)

    with pytest.raises(DatabaseError) as caught:
        open_database(path)

    message = caught.value.message
    assert fragment in message
    assert str(path) in message
    assert "文件未做任何改动" in message
    assert digest(path) == fingerprint
    assert folder_listing(folder) == listing  # no backup, journal or partial copy left behind


def test_newer_revision_message_says_upgrade_the_program(tmp_path, demo_template):
    path = tmp_path / "newer.sqlite3"
    _newer_revision(path, demo_template)
    with pytest.raises(DatabaseError, match="请升级程序"):
        open_database(path)


def test_missing_file_when_create_is_off(tmp_path):
    path = tmp_path / "missing.sqlite3"
    with pytest.raises(DatabaseError, match="不存在"):
        open_database(path, create=False)
    assert not path.exists()


def test_folder_is_refused(tmp_path):
    with pytest.raises(DatabaseError, match="不是文件"):
        open_database(tmp_path)


def test_demo_template_is_sound(demo_template):
    """The damaged copies above start from a sound file."""
    assert table_counts(demo_template)["colleges"] == 10
    db = open_database(demo_template)
    db.close()


CRASH_MID_WRITE = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA cache_size=1")  # spill changed pages into the file before the commit
conn.execute("BEGIN")
conn.execute("UPDATE colleges SET dean = 'uncommitted'")
conn.execute("CREATE TABLE junk (a)")
conn.executemany("INSERT INTO junk VALUES (?)", (("x" * 500,) for _ in range(2000)))
os._exit(9)  # a crash or power cut: no commit, no rollback
"""


def test_write_interrupted_by_a_crash_is_rolled_back_not_called_damaged(tmp_path, demo_template):
    import subprocess
    import sys

    from vocweek_desktop.services.database import check_database

    path = tmp_path / "crashed.sqlite3"
    shutil.copy(demo_template, path)
    subprocess.run([sys.executable, "-c", CRASH_MID_WRITE, str(path)], timeout=120, check=False)
    journal = path.with_name(path.name + "-journal")
    assert journal.exists() and path.stat().st_size > demo_template.stat().st_size  # a hot journal

    assert check_database(path).ok
    db = open_database(path)
    try:
        edition = editions.list_editions(db)[0]
        deans = {college.dean for college in colleges.list_colleges(db, edition.id)}
        assert "uncommitted" not in deans and len(deans) == 10
    finally:
        db.close()
    assert not journal.exists()
    assert table_counts(path) == table_counts(demo_template)


# --- empty and read-only files (issue 7, item 16) ----------------------------------------------------------------


def test_an_empty_file_is_refused_unless_a_database_is_created_into_it(tmp_path):
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    with pytest.raises(DatabaseError) as refused:
        open_database(empty, create=False)
    assert "空文件" in str(refused.value) and str(empty) in str(refused.value)
    assert empty.stat().st_size == 0 and folder_listing(tmp_path) == ["empty.sqlite3"]

    bare = tmp_path / "bare.sqlite3"
    sqlite3.connect(bare).execute("PRAGMA user_version=1").connection.close()
    fingerprint = digest(bare)
    with pytest.raises(DatabaseError) as refused:
        open_database(bare, create=False)
    assert "没有任何表" in str(refused.value)
    assert digest(bare) == fingerprint

    open_database(empty, create=True).close()  # creating a new database into it is what it is there for
    assert empty.stat().st_size > 0


@pytest.mark.parametrize("folder", [False, True], ids=["file", "folder"])
def test_check_writable_names_a_read_only_database(tmp_path, demo_template, read_only, folder):
    from vocweek_desktop.store.engine import check_writable

    path = tmp_path / "ro" / "demo.sqlite3"
    path.parent.mkdir()
    shutil.copy(demo_template, path)
    check_writable(path)  # writable: nothing said
    read_only(path, folder=folder)

    with pytest.raises(DatabaseError) as refused:
        check_writable(path)

    assert "只读" in str(refused.value) and str(path) in str(refused.value)


def test_a_write_sqlite_refuses_is_one_clear_error_and_writes_nothing(tmp_path, demo_template, read_only):
    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_template, path)
    read_only(path)
    db = open_database(path, create=False)  # reading a read-only file is fine
    try:
        edition = editions.list_editions(db)[0]
        with pytest.raises(DatabaseError) as refused:
            colleges.add_college(db, edition.id, {"name": "新学院"})
    finally:
        db.close()
    assert str(refused.value).startswith(f"数据库“{path}”是只读的")
    assert table_counts(path)["colleges"] == table_counts(demo_template)["colleges"]


def test_a_read_only_file_that_is_behind_is_refused_before_any_backup(tmp_path, demo_template, read_only,
                                                                       monkeypatch):
    from tests.store.helpers import install_test_revision

    path = tmp_path / "db" / "demo.sqlite3"
    path.parent.mkdir()
    shutil.copy(demo_template, path)
    install_test_revision(tmp_path, monkeypatch, 'op.create_table("extra", sa.Column("id", sa.Integer))')
    read_only(path)

    with pytest.raises(DatabaseError) as refused:
        open_database(path)

    assert "只读" in str(refused.value) and "升级" not in str(refused.value)
    assert folder_listing(path.parent) == ["demo.sqlite3"]
