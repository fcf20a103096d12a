"""Whole-file operations: the demo database, the integrity check, consistent copies."""

from __future__ import annotations

import sqlite3

import pytest

from tests.store.helpers import TEST_REVISION, digest, folder_listing, install_test_revision, table_counts
from vocweek_desktop.domain.errors import DatabaseError, VocWeekError
from vocweek_desktop.services import colleges, editions
from vocweek_desktop.services.database import check_database, create_demo, save_copy
from vocweek_desktop.store import migrate
from vocweek_desktop.store.engine import open_database


@pytest.fixture
def demo_file(tmp_path):
    path = tmp_path / "demo.sqlite3"
    create_demo(path).close()
    return path


# --- check -------------------------------------------------------------------------------------------------


def test_check_sound_file(demo_file):
    fingerprint = digest(demo_file)
    result = check_database(demo_file)
    assert result.ok and result.revision == migrate.HEAD_REVISION
    assert result.line == f"正常：{demo_file}，结构版本 {migrate.HEAD_REVISION}，1 个年度，10 个学院"
    assert "\n" not in result.line
    assert digest(demo_file) == fingerprint
    assert folder_listing(demo_file.parent) == ["demo.sqlite3"]


def test_check_file_behind_says_it_will_be_upgraded(demo_file, tmp_path, monkeypatch):
    install_test_revision(tmp_path, monkeypatch, "pass")
    fingerprint = digest(demo_file)
    result = check_database(demo_file)
    assert result.ok
    assert f"待升级到 {TEST_REVISION}" in result.line
    assert digest(demo_file) == fingerprint  # check never migrates


def _overwrite_colleges_page(path):
    with sqlite3.connect(path) as conn:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'colleges'").fetchone()[0]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\x00\xff" * (page_size // 2))


def _orphan_college(path):
    with sqlite3.connect(path) as conn:  # plain sqlite3: foreign keys are off by default
        conn.execute("DELETE FROM editions")
    conn.close()


def _newer(path):
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()


@pytest.mark.parametrize(("damage", "fragment"), [
    (_overwrite_colleges_page, "已损坏"),
    (lambda path: path.write_bytes(path.read_bytes()[:20000]), "已损坏"),
    (lambda path: path.write_text("名单\n甲学院\n", encoding="utf-8"), "不是 VocWeek 数据库"),
    (_orphan_college, "外键引用失效"),
    (_newer, "9999_future"),
    (lambda path: path.write_bytes(b""), "空数据库"),
])
def test_check_damaged_file(demo_file, damage, fragment):
    damage(demo_file)
    fingerprint = digest(demo_file)
    result = check_database(demo_file)
    assert not result.ok
    assert result.line.startswith(f"异常：{demo_file}：")
    assert fragment in result.line
    assert "\n" not in result.line
    assert digest(demo_file) == fingerprint
    assert folder_listing(demo_file.parent) == ["demo.sqlite3"]


def test_check_missing_file(tmp_path):
    result = check_database(tmp_path / "nowhere.sqlite3")
    assert not result.ok and "不存在" in result.line
    assert not (tmp_path / "nowhere.sqlite3").exists()


# --- save_copy ----------------------------------------------------------------------------------------------


def test_save_copy_opens_with_the_same_data(demo_db, tmp_path):
    edition = editions.list_editions(demo_db)[0]
    colleges.add_college(demo_db, edition.id, {"name": "另存前新增学院（示例）", "teacher_count": 1})
    target = save_copy(demo_db, tmp_path / "copies" / "copy.sqlite3")
    assert target == tmp_path / "copies" / "copy.sqlite3"
    assert table_counts(target) == table_counts(demo_db.path)
    copy = open_database(target)
    try:
        assert copy.backup_path is None
        copied = editions.list_editions(copy)[0]
        assert editions.get_edition(copy, copied.id) == editions.get_edition(demo_db, edition.id)
        assert colleges.list_colleges(copy, copied.id) == colleges.list_colleges(demo_db, edition.id)
    finally:
        copy.close()
    assert not list((tmp_path / "copies").glob("*partial*"))


def test_save_copy_replaces_an_existing_target(demo_db, tmp_path):
    target = tmp_path / "old.sqlite3"
    target.write_text("旧文件", encoding="utf-8")
    save_copy(demo_db, target)
    assert table_counts(target)["colleges"] == 10


def test_save_copy_refuses_the_file_itself(demo_db, monkeypatch):
    fingerprint = digest(demo_db.path)
    with pytest.raises(DatabaseError, match="不能把数据库另存为它自己"):
        save_copy(demo_db, demo_db.path)
    monkeypatch.chdir(demo_db.path.parent)
    with pytest.raises(DatabaseError, match="不能把数据库另存为它自己"):
        save_copy(demo_db, demo_db.path.name)  # the same file, spelled relatively
    assert digest(demo_db.path) == fingerprint
    assert len(colleges.list_colleges(demo_db, editions.list_editions(demo_db)[0].id)) == 10


# --- create_demo --------------------------------------------------------------------------------------------


def test_create_demo_refuses_to_overwrite_without_force(demo_file):
    db = open_database(demo_file)
    edition = editions.list_editions(db)[0]
    colleges.add_college(db, edition.id, {"name": "用户自己的学院"})
    db.close()
    fingerprint = digest(demo_file)

    with pytest.raises(DatabaseError) as caught:
        create_demo(demo_file)
    assert caught.value.message == f"文件“{demo_file}”已存在；如确需覆盖，请加 --force。"
    assert digest(demo_file) == fingerprint

    fresh = create_demo(demo_file, force=True)
    try:
        edition = editions.list_editions(fresh)[0]
        names = [college.name for college in colleges.list_colleges(fresh, edition.id)]
        assert len(names) == 10 and "用户自己的学院" not in names
    finally:
        fresh.close()


def test_create_demo_refuses_any_existing_file(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("不要覆盖我", encoding="utf-8")
    with pytest.raises(DatabaseError, match="已存在"):
        create_demo(path)
    assert path.read_text(encoding="utf-8") == "不要覆盖我"


# --- open for editing ----------------------------------------------------------------------------------------


def test_open_for_editing_takes_the_lock_and_refuses_a_file_another_computer_holds(demo_file, tmp_path):
    import json
    import os

    from vocweek_desktop.services.database import open_for_editing
    from vocweek_desktop.store import lock
    from vocweek_desktop.store.lock import DatabaseLockedError

    db, held = open_for_editing(demo_file, "测试窗口")
    try:
        assert db.path == demo_file and lock.read_lock(demo_file).pid == os.getpid()
        assert lock.read_lock(demo_file).purpose == "测试窗口"
    finally:
        db.close()
        held.release()
    assert not lock.lock_path(demo_file).exists()

    lock.lock_path(demo_file).write_text(json.dumps({"host": "JWC-PC01", "pid": 4242, "user": "鄢涛",
                                                     "purpose": "职教周工作台窗口", "since": "2024-05-10 17:02"}),
                                         encoding="utf-8")
    with pytest.raises(DatabaseLockedError, match="JWC-PC01"):
        open_for_editing(demo_file, "测试窗口")
    assert lock.read_lock(demo_file).host == "JWC-PC01"
    db, held = open_for_editing(demo_file, "测试窗口", override=True)
    assert lock.read_lock(demo_file).pid == os.getpid()
    db.close()
    held.release()


def test_open_for_editing_creates_only_when_asked(tmp_path):
    from vocweek_desktop.services.database import open_for_editing

    with pytest.raises(DatabaseError):
        open_for_editing(tmp_path / "没有.sqlite3", "测试窗口")
    db, held = open_for_editing(tmp_path / "新.sqlite3", "测试窗口", create=True)
    assert db.revision == migrate.HEAD_REVISION
    db.close()
    held.release()


# --- writers honour locks; empty and unwritable places (issue 7, items 14 and 16) ---------------------------


def test_demo_into_an_unwritable_folder_names_the_file_and_not_an_upgrade(tmp_path, read_only):
    folder = tmp_path / "只读文件夹"
    folder.mkdir()
    target = folder / "demo.sqlite3"
    read_only(target, folder=True)

    with pytest.raises(VocWeekError) as refused:
        create_demo(target)

    text = str(refused.value)
    assert str(target) in text and "没有写入权限" in text and "升级" not in text
    assert not target.exists()


def test_demo_builds_into_an_empty_file_without_force(tmp_path):
    target = tmp_path / "empty.sqlite3"
    target.touch()
    create_demo(target).close()
    assert table_counts(target)["colleges"] > 0


def test_save_copy_does_not_replace_a_database_another_computer_holds(demo_db, tmp_path):
    import json

    from vocweek_desktop.store import lock
    from vocweek_desktop.store.lock import DatabaseLockedError

    target = tmp_path / "共享盘上的库.sqlite3"
    create_demo(target).close()
    fingerprint = digest(target)
    lock.lock_path(target).write_text(json.dumps({"host": "JWC-PC01", "pid": 4242}), encoding="utf-8")

    with pytest.raises(DatabaseLockedError):
        save_copy(demo_db, target)

    assert digest(target) == fingerprint
