"""The one-writer lock beside a database file: who holds it, stale locks, the CLI and the window honour it."""

import json
import os
import socket
import subprocess
import sys

import pytest

from vocweek_desktop.cli import main
from vocweek_desktop.domain.errors import DatabaseError
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


# --- a lock file that cannot be read (issue 7, item 14) ---------------------------------------------------------

_FOREIGN = {"host": "JWC-PC01", "user": "鄢涛", "purpose": "职教周工作台窗口", "since": "2024-05-10 17:02"}

#: Lock files a crash, a full disk, a sync tool or a hand edit may leave: each is unreadable as a lock.
UNREADABLE = {
    "empty": b"",
    "garbage bytes": bytes(range(256)) * 4,
    "partial json": b'{"host": "JWC-PC01", "pid": 42',
    "json without pid": json.dumps({k: v for k, v in _FOREIGN.items()}).encode(),
    "pid 0": json.dumps({**_FOREIGN, "host": socket.gethostname(), "pid": 0}).encode(),
    "negative pid": json.dumps({**_FOREIGN, "host": socket.gethostname(), "pid": -4242}).encode(),
    "pid 2**70": json.dumps({**_FOREIGN, "host": socket.gethostname(), "pid": 2**70}).encode(),
    "non-numeric pid": json.dumps({**_FOREIGN, "pid": "四千二百"}).encode(),
}


@pytest.mark.parametrize("content", UNREADABLE.values(), ids=UNREADABLE.keys())
def test_an_unreadable_lock_is_taken_over_with_a_notice_naming_it(tmp_path, content):
    db_path = tmp_path / "vocweek.sqlite3"
    lock.lock_path(db_path).write_bytes(content)

    held = lock.acquire(db_path, "窗口")

    assert str(lock.lock_path(db_path).resolve()) in held.notice and "无法识别" in held.notice
    assert lock.read_lock(db_path).pid == os.getpid()
    held.release()
    assert not lock.lock_path(db_path).exists()


def test_a_lock_that_cannot_be_opened_is_taken_over_with_a_notice(tmp_path, monkeypatch):
    db_path = tmp_path / "vocweek.sqlite3"
    _write_foreign_lock(db_path, host="JWC-PC01", pid=4242)
    lock_file = lock.lock_path(db_path).resolve()
    lock_file.chmod(0)
    try:
        lock_file.read_bytes()
    except PermissionError:
        pass  # a normal user: the chmod is enough
    else:  # root reads anything: refuse reading that file (not the one replacing it) as another user would meet it
        real_open, foreign = type(lock_file).open, lock_file.stat().st_ino

        def refuse(self, *args, **kwargs):
            if self == lock_file and self.exists() and self.stat().st_ino == foreign:
                raise PermissionError(13, "Permission denied", str(self))
            return real_open(self, *args, **kwargs)

        monkeypatch.setattr(type(lock_file), "open", refuse)

    held = lock.acquire(db_path, "窗口")

    assert str(lock_file) in held.notice and "没有读取权限" in held.notice
    monkeypatch.undo()
    assert lock.read_lock(db_path).pid == os.getpid()
    held.release()


def test_a_readable_lock_is_taken_without_a_notice(tmp_path):
    db_path = tmp_path / "vocweek.sqlite3"
    _write_foreign_lock(db_path, host=socket.gethostname(), pid=_dead_pid())
    held = lock.acquire(db_path, "窗口")
    assert held.notice is None
    held.release()
    fresh = lock.acquire(db_path, "窗口")
    assert fresh.notice is None
    fresh.release()


def test_a_folder_in_the_locks_place_is_refused_naming_it(tmp_path):
    db_path = tmp_path / "vocweek.sqlite3"
    lock.lock_path(db_path).mkdir()
    with pytest.raises(DatabaseError) as refused:
        lock.acquire(db_path, "窗口")
    assert str(lock.lock_path(db_path).resolve()) in str(refused.value) and "文件夹" in str(refused.value)
    assert lock.lock_path(db_path).is_dir()  # left for the user to look at


def _demo_with_template(tmp_path):
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
    return db_path, book


@pytest.mark.parametrize("content", UNREADABLE.values(), ids=UNREADABLE.keys())
def test_cli_import_over_an_unreadable_lock_says_so_once_and_imports(tmp_path, capsys, content):
    db_path, book = _demo_with_template(tmp_path)
    lock.lock_path(db_path).write_bytes(content)
    capsys.readouterr()

    code = main(["import", "--db", str(db_path), str(book)])

    err = capsys.readouterr().err
    assert code == 0, err
    assert "Traceback" not in err and "RecursionError" not in err
    notices = [line for line in err.splitlines() if str(lock.lock_path(db_path).resolve()) in line]
    assert len(notices) == 1 and notices[0].startswith("提示：")
    assert not lock.lock_path(db_path).exists()
    assert main(["import", "--db", str(db_path), str(book)]) == 0  # and the next import is not hurt either


def test_cli_import_with_a_folder_as_lock_is_one_clear_line(tmp_path, capsys):
    db_path, book = _demo_with_template(tmp_path)
    lock.lock_path(db_path).mkdir()
    capsys.readouterr()

    assert main(["import", "--db", str(db_path), str(book)]) == 1

    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and err.startswith("错误：") and str(lock.lock_path(db_path).resolve()) in err


def test_demo_force_honours_a_live_lock_held_elsewhere(tmp_path, capsys):
    from tests.store.helpers import digest

    db_path = tmp_path / "demo.sqlite3"
    assert main(["demo", "--db", str(db_path)]) == 0
    fingerprint = digest(db_path)
    _write_foreign_lock(db_path, host="JWC-PC01", pid=4242)
    capsys.readouterr()

    assert main(["demo", "--force", "--db", str(db_path)]) == 1

    err = capsys.readouterr().err
    assert "JWC-PC01" in err and len(err.strip().splitlines()) == 1
    assert digest(db_path) == fingerprint
    assert lock.read_lock(db_path).host == "JWC-PC01"


def test_an_upgrade_honours_a_live_lock_held_elsewhere(tmp_path, monkeypatch):
    """Opening a file that is behind writes to it (the upgrade): not while another computer works on it."""
    from tests.store.helpers import digest, install_test_revision
    from vocweek_desktop.services.database import create_demo
    from vocweek_desktop.store.engine import open_database

    db_path = tmp_path / "demo.sqlite3"
    create_demo(db_path).close()
    install_test_revision(tmp_path, monkeypatch, 'op.create_table("extra", sa.Column("id", sa.Integer, primary_key=True))')
    fingerprint = digest(db_path)
    _write_foreign_lock(db_path, host="JWC-PC01", pid=4242)

    with pytest.raises(DatabaseLockedError):
        open_database(db_path)

    assert digest(db_path) == fingerprint
    assert not [p for p in tmp_path.iterdir() if ".before-upgrade-" in p.name]
    lock.lock_path(db_path).unlink()
    open_database(db_path).close()  # free again: upgraded
