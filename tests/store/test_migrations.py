"""Migrations: from empty to head, the revision list, backups, and the batch-migration cascade trap."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap

import pytest
import sqlalchemy as sa

from tests.store.helpers import (
    TEST_REVISION,
    digest,
    file_revision,
    folder_listing,
    install_test_revision,
    table_counts,
    table_sql,
)
from vocweek_desktop.domain.errors import DatabaseError
from vocweek_desktop.services import colleges, editions
from vocweek_desktop.services.database import create_demo
from vocweek_desktop.store import migrate
from vocweek_desktop.store.engine import make_engine, open_database
from vocweek_desktop.store.models import Base, load_all

load_all()  # Base.metadata whole: the models of later tabs are otherwise imported on first use

# Alters the parent of every cascading child: a batch operation that always recreates the table.
RECREATE_EDITIONS = """
with op.batch_alter_table("editions", recreate="always") as batch_op:
    batch_op.alter_column("title", existing_type=sa.String(200), type_=sa.String(300), existing_nullable=False)
"""


@pytest.fixture
def demo_file(tmp_path):
    """A closed demo database at the real head, with colleges, departments, leadership and contacts."""
    path = tmp_path / "demo.sqlite3"
    create_demo(path).close()
    return path


def child_tables() -> list[str]:
    """Tables with a foreign key to editions that cascades on delete."""
    return sorted(table.name for table in Base.metadata.sorted_tables
                  for fk in table.foreign_keys if fk.column.table.name == "editions" and fk.ondelete == "CASCADE")


# --- from empty -----------------------------------------------------------------------------------


def test_new_file_reaches_head_with_every_table(db_path):
    db = open_database(db_path)
    db.close()
    assert db.revision == migrate.HEAD_REVISION
    assert db.backup_path is None
    assert file_revision(db_path) == migrate.HEAD_REVISION
    tables = set(table_counts(db_path))
    assert set(Base.metadata.tables) <= tables
    assert tables - set(Base.metadata.tables) == {"alembic_version"}
    assert folder_listing(db_path.parent) == [db_path.name]


def test_migrated_schema_matches_the_models(db):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_empty_file_and_sqlite_file_without_tables_are_initialised(tmp_path):
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    bare = tmp_path / "bare.sqlite3"
    import sqlite3

    sqlite3.connect(bare).execute("PRAGMA user_version=0").connection.close()
    for path in (empty, bare):
        db = open_database(path)
        db.close()
        assert file_revision(path) == migrate.HEAD_REVISION


def test_known_revisions_equal_alembic_history():
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    history = tuple(revision.revision for revision in script.walk_revisions())[::-1]
    assert history == migrate.KNOWN_REVISIONS
    assert script.get_heads() == [migrate.HEAD_REVISION]
    assert migrate.HEAD_REVISION == migrate.KNOWN_REVISIONS[-1]


OPEN_AND_LIST_MODULES = textwrap.dedent("""
    import json, sys
    from vocweek_desktop.store.engine import open_database
    db = open_database(sys.argv[1])
    db.close()
    print(json.dumps(sorted(name for name in sys.modules if name.split(".")[0] == "alembic")))
""")


def _alembic_modules_after_open(path) -> list[str]:
    env = dict(os.environ)
    env.pop("VOCWEEK_DB", None)
    result = subprocess.run([sys.executable, "-c", OPEN_AND_LIST_MODULES, str(path)], capture_output=True,
                            text=True, env=env, timeout=120, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_alembic_is_not_imported_when_the_file_is_at_head(demo_file, tmp_path):
    assert _alembic_modules_after_open(demo_file) == []
    # The control: creating a file does import it, so the probe itself works.
    assert "alembic" in _alembic_modules_after_open(tmp_path / "new.sqlite3")


# --- backup, then upgrade -------------------------------------------------------------------------


def test_backup_is_written_before_an_upgrade_that_keeps_every_row(demo_file, tmp_path, monkeypatch):
    old_revision = migrate.HEAD_REVISION
    before = table_counts(demo_file)
    assert all(before[name] > 0 for name in ("editions", "colleges", "departments", "leadership_members"))
    install_test_revision(tmp_path, monkeypatch, RECREATE_EDITIONS)

    db = open_database(demo_file)
    try:
        assert db.revision == TEST_REVISION
        edition = editions.list_editions(db)[0]
        assert len(colleges.list_colleges(db, edition.id)) == before["colleges"]
    finally:
        db.close()

    backup = db.backup_path
    assert backup is not None and backup.parent == demo_file.parent
    assert backup.name.startswith(f"demo.before-upgrade-{old_revision}-") and backup.suffix == ".sqlite3"
    assert file_revision(backup) == old_revision
    assert table_counts(backup) == before
    assert "VARCHAR(200)" in table_sql(backup, "editions")

    assert file_revision(demo_file) == TEST_REVISION
    assert "VARCHAR(300)" in table_sql(demo_file, "editions")  # the parent really was recreated
    assert table_counts(demo_file) == before  # alembic_version still holds one row
    assert sorted(folder_listing(demo_file.parent)) == sorted(["demo.sqlite3", backup.name, "test-db-scripts"])


def test_failed_migration_leaves_the_file_as_it_was(demo_file, tmp_path, monkeypatch):
    install_test_revision(tmp_path, monkeypatch, """
        op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))
        op.execute("DELETE FROM colleges")
        raise RuntimeError("stopped halfway")
    """)
    before, fingerprint = table_counts(demo_file), digest(demo_file)

    with pytest.raises(DatabaseError) as caught:
        open_database(demo_file)

    assert "升级数据库" in caught.value.message and "stopped halfway" in caught.value.message
    assert digest(demo_file) == fingerprint
    assert table_counts(demo_file) == before
    assert not (demo_file.parent / "demo.sqlite3-journal").exists()
    backups = [name for name in folder_listing(demo_file.parent) if ".before-upgrade-" in name]
    assert len(backups) == 1 and backups[0] in caught.value.message


def test_migration_breaking_foreign_keys_is_refused(demo_file, tmp_path, monkeypatch):
    # With foreign keys OFF nothing stops this DELETE; the foreign_key_check before commit must.
    install_test_revision(tmp_path, monkeypatch, 'op.execute("DELETE FROM editions")')
    before, fingerprint = table_counts(demo_file), digest(demo_file)

    with pytest.raises(DatabaseError) as caught:
        open_database(demo_file)

    assert "外键引用失效" in caught.value.message
    assert "colleges" in caught.value.message
    assert digest(demo_file) == fingerprint
    assert table_counts(demo_file) == before
    assert file_revision(demo_file) != TEST_REVISION


def test_migration_connection_refuses_broken_references_and_commits_nothing(demo_file):
    fingerprint = digest(demo_file)
    with pytest.raises(DatabaseError, match="外键引用失效"):
        with migrate.migration_connection(demo_file) as connection:
            connection.exec_driver_sql("DELETE FROM editions")
            assert connection.exec_driver_sql("SELECT count(*) FROM editions").scalar() == 0
    assert digest(demo_file) == fingerprint


def test_migration_connection_commits_sound_changes(demo_file):
    with migrate.migration_connection(demo_file) as connection:
        connection.exec_driver_sql("UPDATE colleges SET short_name = 'x'")
    assert table_counts(demo_file)["colleges"] == 10
    db = open_database(demo_file)
    try:
        edition = editions.list_editions(db)[0]
        assert {c.short_name for c in colleges.list_colleges(db, edition.id)} == {"x"}
    finally:
        db.close()


# --- the trap: batch recreate of a parent table with cascading children ---------------------------


def _recreate_editions(connection) -> None:
    from alembic.migration import MigrationContext
    from alembic.operations import Operations

    operations = Operations(MigrationContext.configure(connection, opts={"render_as_batch": True}))
    with operations.batch_alter_table("editions", recreate="always") as batch_op:
        batch_op.alter_column("title", existing_type=sa.String(200), type_=sa.String(300), existing_nullable=False)


def test_trap_batch_recreate_keeps_children_with_foreign_keys_off(demo_file):
    before = table_counts(demo_file)
    children = child_tables()
    assert {"colleges", "departments", "leadership_members", "edition_contacts"} <= set(children)

    with migrate.migration_connection(demo_file) as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 0
        _recreate_editions(connection)

    assert "VARCHAR(300)" in table_sql(demo_file, "editions")
    assert table_counts(demo_file) == before


def test_trap_same_migration_with_foreign_keys_on_loses_children(demo_file):
    """The reason migrations run with foreign keys OFF: if this stops losing rows, the trap test proves nothing."""
    before = table_counts(demo_file)
    engine = make_engine(demo_file)
    try:
        with engine.begin() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            _recreate_editions(connection)
    finally:
        engine.dispose()

    after = table_counts(demo_file)
    assert "VARCHAR(300)" in table_sql(demo_file, "editions")
    assert after["editions"] == before["editions"] == 1
    assert before["colleges"] == 10 and after["colleges"] == 0
    for table in child_tables():
        assert after[table] == 0, table


# --- every real revision keeps the rows it finds --------------------------------------------------


@pytest.mark.parametrize("revision", migrate.KNOWN_REVISIONS[1:])
def test_each_revision_upgrades_a_previous_file_keeping_every_row(tmp_path, revision):
    """Demo data (with activities) at head, taken down to the revision before ``revision`` and opened again:
    the upgrade runs after a backup and every row of the tables the older schema had is still there."""
    from alembic import command

    from vocweek_desktop.services.database import create_demo

    path = tmp_path / "old.sqlite3"
    create_demo(path, with_activities=True, with_layout=True).close()
    previous = migrate.KNOWN_REVISIONS[migrate.KNOWN_REVISIONS.index(revision) - 1]
    with migrate.migration_connection(path) as connection:
        command.downgrade(migrate.alembic_config(connection), previous)
    assert file_revision(path) == previous
    before = table_counts(path)
    assert before["colleges"] > 0 and before.get("activities", 1) > 0

    db = open_database(path)
    db.close()
    assert db.backup_path is not None and file_revision(db.backup_path) == previous
    after = table_counts(path)
    assert file_revision(path) == migrate.HEAD_REVISION
    assert {name: after[name] for name in before} == before


def test_booths_survive_a_batch_recreate_of_their_parents_with_foreign_keys_off(tmp_path):
    """The layout tables hang off colleges (RESTRICT) and layouts (CASCADE): a later migration that recreates either
    parent, run as every migration is (foreign keys OFF), keeps every booth and its college."""
    from alembic.migration import MigrationContext
    from alembic.operations import Operations

    path = tmp_path / "layout.sqlite3"
    create_demo(path, with_layout=True).close()
    before = table_counts(path)
    assert before["booths"] == 11 and before["layout_features"] > 0
    with migrate.migration_connection(path) as connection:
        operations = Operations(MigrationContext.configure(connection, opts={"render_as_batch": True}))
        for parent in ("colleges", "layouts"):
            with operations.batch_alter_table(parent, recreate="always") as batch_op:
                batch_op.alter_column("name", existing_type=sa.String(100), type_=sa.String(120),
                                      existing_nullable=False)
    assert table_counts(path) == before
    assert "VARCHAR(120)" in table_sql(path, "layouts") and "VARCHAR(120)" in table_sql(path, "colleges")


def test_the_sort_key_revision_fills_the_keys_of_the_rows_it_finds(tmp_path):
    """0006 adds the pinyin sort keys: every activity already there gets the keys the services would write (its
    enterprises' key too), and the activities and their enterprise links are all kept."""
    from alembic import command

    from vocweek_desktop.services import activities, activity_keys
    from vocweek_desktop.services.database import create_demo

    path = tmp_path / "old.sqlite3"
    db = create_demo(path, with_activities=True)
    edition_id = editions.list_editions(db)[0].id
    first = activities.fetch_activities(db, edition_id, limit=1)[0]
    activities.update_activity(db, first.id, {"enterprises": ["乙公司", "甲公司"]})
    db.close()
    with migrate.migration_connection(path) as connection:
        command.downgrade(migrate.alembic_config(connection), "0005_layout")
    before = table_counts(path)
    assert before["activities"] > 20 and before["activity_enterprises"] >= 2

    db = open_database(path)
    try:
        after = table_counts(path)
        assert {name: after[name] for name in before} == before
        with db.transaction() as session:
            stored = session.execute(sa.text(
                "SELECT id, title_key, venue_key, audience_key, person_key, description_key, enterprises_key, "
                "source_key FROM activities")).all()
        for activity_id, *keys in stored:
            record = activities.get_activity(db, activity_id)
            values = record.values
            expected = activity_keys.sort_keys({**values, "source_kind": values["source_kind"]})
            assert keys[:5] == [expected[c] for c in ("title_key", "venue_key", "audience_key", "person_key",
                                                      "description_key")]
            assert keys[5] == activity_keys.enterprises_key(values["enterprises"])
            assert keys[6] == expected["source_key"] != ""
        assert [r.id for r in activities.fetch_activities(db, edition_id, sort_key="title", limit=1000)] == [
            row[0] for row in sorted(stored, key=lambda row: (row[1], row[0]))]
    finally:
        db.close()


# --- a failed upgrade, tried again (issue 7, item 16) ----------------------------------------------------------


def test_a_failed_upgrade_tried_again_leaves_one_backup(demo_file, tmp_path, monkeypatch):
    install_test_revision(tmp_path, monkeypatch, 'raise RuntimeError("stopped halfway")')
    with pytest.raises(DatabaseError):
        open_database(demo_file)
    (first,) = [p for p in demo_file.parent.iterdir() if ".before-upgrade-" in p.name]
    # As if that attempt had been a minute earlier (two attempts in one second share a name anyway).
    older = first.with_name(re.sub(r"-\d{8}-\d{6}\.", "-20240510-170200.", first.name))
    assert older != first
    first.rename(older)

    for _attempt in range(3):
        with pytest.raises(DatabaseError) as caught:
            open_database(demo_file)

    backups = [p.name for p in demo_file.parent.iterdir() if ".before-upgrade-" in p.name]
    assert len(backups) == 1 and backups[0] in caught.value.message
    assert table_counts(demo_file.parent / backups[0]) == table_counts(demo_file)


def test_a_failed_upgrade_says_why_without_printing_sql(demo_file, tmp_path, monkeypatch):
    install_test_revision(tmp_path, monkeypatch, """
        op.execute("INSERT INTO no_such_table (id, name) VALUES (1, 'x')")
    """)
    with pytest.raises(DatabaseError) as caught:
        open_database(demo_file)
    text = caught.value.message
    assert "no such table: no_such_table" in text
    assert "INSERT" not in text and "[SQL" not in text and "sqlalche.me" not in text
    assert len(text.splitlines()) == 1
