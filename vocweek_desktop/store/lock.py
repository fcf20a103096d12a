"""One writer per database file: a lock file beside it naming the host, process and user that hold it.

SQLite's own locks keep a single transaction consistent, but not two offices' sessions on one file on a
network share, where its locking is often unreliable: the second PC is told who has the file open. A lock
left by a crash is taken over only on the host that wrote it, once its process is gone; another host's
lock is never assumed stale (its process cannot be seen from here), only overridden when the user says so.
No Qt here: the window and the CLI use the same lock.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import socket
from dataclasses import dataclass
from pathlib import Path

from vocweek_desktop import files
from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.errors import VocWeekError


class DatabaseLockedError(VocWeekError):
    """Another process holds the database's lock; ``holder`` says who."""

    def __init__(self, message: str, holder: LockInfo):
        super().__init__(message)
        self.holder = holder


@dataclass(frozen=True)
class LockInfo:
    """Who holds a lock."""

    host: str
    pid: int
    user: str
    purpose: str
    since: str

    def describe(self) -> str:
        """'张老师 在 JWC-PC01 上的 窗口（进程 4242，自 2024-05-10 17:02 起）'"""
        return msg.LOCK_HOLDER.format(user=self.user, host=self.host, purpose=self.purpose, pid=self.pid,
                                      since=self.since)


def lock_path(db_path: Path) -> Path:
    """The lock file of a database: ``name.sqlite3.lock`` beside it."""
    return Path(db_path).with_name(Path(db_path).name + ".lock")


def read_lock(db_path: Path) -> LockInfo | None:
    """The current holder, or None when the file is not locked (or its lock file is unreadable)."""
    try:
        data = json.loads(lock_path(db_path).read_text(encoding="utf-8"))
        return LockInfo(str(data["host"]), int(data["pid"]), str(data.get("user", "")),
                        str(data.get("purpose", "")), str(data.get("since", "")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _me(purpose: str) -> LockInfo:
    try:
        user = getpass.getuser()
    except Exception:  # no user name in some service accounts
        user = ""
    return LockInfo(socket.gethostname(), os.getpid(), user, purpose, dt.datetime.now().strftime("%Y-%m-%d %H:%M"))


# Locks this process holds: path → (lock info, how many holders in this process).
_held: dict[Path, list] = {}


class DatabaseLock:
    """A held lock; ``release()`` (or leaving a ``with`` block) gives it back."""

    def __init__(self, db_path: Path):
        self.path = lock_path(db_path).resolve()
        self._released = False

    def release(self) -> None:
        """Give the lock back; the file is removed when this process's last holder releases it."""
        if self._released:
            return
        self._released = True
        entry = _held.get(self.path)
        if entry is None:
            return
        entry[1] -= 1
        if entry[1] <= 0:
            del _held[self.path]
            current = read_lock(self.path.with_name(self.path.name.removesuffix(".lock")))
            if current is not None and (current.host, current.pid) == (entry[0].host, entry[0].pid):
                self.path.unlink(missing_ok=True)

    def __enter__(self) -> DatabaseLock:
        return self

    def __exit__(self, *exc) -> None:
        self.release()


def acquire(db_path: Path, purpose: str, *, override: bool = False) -> DatabaseLock:
    """Take the lock of ``db_path`` for ``purpose`` (shown to others), or raise DatabaseLockedError.

    The same process may take it several times (a window and an import in it). ``override`` takes over a
    lock that another process holds; the user decides that, knowing who it is.
    """
    path = lock_path(db_path).resolve()
    me = _me(purpose)
    if path in _held:
        _held[path][1] += 1
        return DatabaseLock(db_path)
    holder = read_lock(db_path)
    if holder is not None and not override and (holder.host, holder.pid) != (me.host, me.pid):
        stale = holder.host == me.host and not _process_alive(holder.pid)
        if not stale:
            raise DatabaseLockedError(msg.DB_LOCKED.format(path=db_path, holder=holder.describe()), holder)
    payload = json.dumps(me.__dict__, ensure_ascii=False)
    try:  # an absent lock is created exclusively: two processes starting at once cannot both win
        files.write_text(path, payload, exclusive=holder is None and not override)
    except FileExistsError:
        return acquire(db_path, purpose, override=override)
    _held[path] = [me, 1]
    return DatabaseLock(db_path)
