"""The one-writer lock beside a database file: who holds it, stale locks, the CLI and the window honour it."""

import json
import os
import socket
import subprocess
import sys

import pytest

from vocweek_desktop.cli import main
from vocweek_desktop.store import lock
from vocweek_desktop.store.lock import DatabaseLockedError


def _write_foreign_lock(db_path, *, host, pid):
    lock.lock_path(db_path).write_text(json.dumps(
        {"host": host, "pid": pid, "user": "鄢涛", "purpose": "职教周工作台窗口", "since": "2024-05-10 17:02"},
        ensure_ascii=False), encoding="utf-8")


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_lock_file_names_this_process_and_goes_away_on_release(tmp_path):
    db_path = tmp_path / "vocweek.sqlite3"
    held = lock.acquire(db_path, "职教周工作台窗口")
    info = lock.read_lock(db_path)
    assert (info.host, info.pid, info.purpose) == (socket.gethostname(), os.getpid(), "职教周工作台窗口")
    held.release()
    assert not lock.lock_path(db_path).exists()


def test_the_same_process_may_hold_it_twice(tmp_path):
    db_path = tmp_path / "vocweek.sqlite3"
    first = lock.acquire(db_path, "窗口")
    second = lock.acquire(db_path, "命令行导入")
    second.release()
    assert lock.lock_path(db_path).exists()  # the window still holds it
    first.release()
    assert not lock.lock_path(db_path).exists()


def test_another_hosts_lock_is_refused_with_who_holds_it(tmp_path):
    db_path = tmp_path / "vocweek.sqlite3"
    _write_foreign_lock(db_path, host="JWC-PC01", pid=4242)
    with pytest.raises(DatabaseLockedError) as refused:
        lock.acquire(db_path, "窗口")
    text = str(refused.value)
    assert "JWC-PC01" in text and "鄢涛" in text and "4242" in text and "2024-05-10 17:02" in text
    assert lock.read_lock(db_path).host == "JWC-PC01"  # untouched


def test_a_lock_left_by_a_dead_process_on_this_host_is_taken_over(tmp_path):
    db_path = tmp_path / "vocweek.sqlite3"
    _write_foreign_lock(db_path, host=socket.gethostname(), pid=_dead_pid())
    held = lock.acquire(db_path, "窗口")
    assert lock.read_lock(db_path).pid == os.getpid()
    held.release()


def test_a_live_process_on_this_host_keeps_its_lock(tmp_path):
    db_path = tmp_path / "vocweek.sqlite3"
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        _write_foreign_lock(db_path, host=socket.gethostname(), pid=child.pid)
        with pytest.raises(DatabaseLockedError):
            lock.acquire(db_path, "窗口")
        held = lock.acquire(db_path, "窗口", override=True)  # the user's explicit choice
        assert lock.read_lock(db_path).pid == os.getpid()
        held.release()
    finally:
        child.kill()
        child.wait()


def test_cli_import_refuses_a_locked_database_and_writes_nothing(tmp_path, capsys):
    from vocweek_desktop.services import activities, editions
    from vocweek_desktop.store.engine import open_database

    db_path = tmp_path / "demo.sqlite3"
    assert main(["demo", "--db", str(db_path)]) == 0
    book = tmp_path / "t.xlsx"
    assert main(["template", "--db", str(db_path), "--college", "智能制造学院（示例）", "--out", str(book)]) == 0
    import openpyxl

    workbook = openpyxl.load_workbook(book)
    sheet = workbook.worksheets[0]
    header_row = next(r for r in range(1, 20) if sheet.cell(r, 2).value == "活动名称")
    sheet.cell(header_row + 2, 2, "数控技能体验")
    sheet.cell(header_row + 2, 5, "5月13日")
    workbook.save(book)
    _write_foreign_lock(db_path, host="JWC-PC01", pid=4242)
    capsys.readouterr()

    assert main(["import", "--db", str(db_path), str(book)]) == 1
    assert "JWC-PC01" in capsys.readouterr().err
    db = open_database(db_path)
    try:
        assert activities.count_activities(db, editions.list_editions(db)[0].id) == 0
    finally:
        db.close()
    lock.lock_path(db_path).unlink()
    assert main(["import", "--db", str(db_path), str(book)]) == 0
    assert not lock.lock_path(db_path).exists()
