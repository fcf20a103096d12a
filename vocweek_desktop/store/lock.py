"""One writer per database file: a lock file beside it naming the host, process and user that hold it.

SQLite's own locks keep a single transaction consistent, but not two offices' sessions on one file on a
network share, where its locking is often unreliable: the second PC is told who has the file open. A lock
left by a crash is taken over only on the host that wrote it, once its process is gone; another host's
lock is never assumed stale (its process cannot be seen from here), only overridden when the user says so.
A lock file that cannot be read as one (empty, garbled, cut short, a process id no system has, no permission)
names nobody: it is taken over as a stale lock of this host, and the user is told which file that was.
No Qt here: the window and the CLI use the same lock.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import logging
import os
import socket
from dataclasses import dataclass
from pathlib import Path

from vocweek_desktop import files
from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.errors import DatabaseError, VocWeekError

log = logging.getLogger(__name__)

MAX_PID = 2**32 - 1  # a Windows process id is a DWORD; POSIX ones are smaller (os.kill then refuses a larger one)
MAX_LOCK_BYTES = 64 * 1024  # a lock file holds one short line of JSON: anything longer is not ours
MAX_ATTEMPTS = 5  # looks at the lock while other processes race for it, before giving up with a message


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


def _holder_of(data: object) -> tuple[LockInfo | None, str | None]:
    """The holder a lock file's JSON names, or (None, why it names none usable)."""
    if not isinstance(data, dict) or not isinstance(data.get("host"), str) or not data["host"].strip():
        return None, msg.LOCK_REASON_GARBLED
    if "pid" not in data:
        return None, msg.LOCK_REASON_NO_PID
    pid = data["pid"]
    if isinstance(pid, str) and pid.strip().isascii() and pid.strip().isdigit():
        pid = int(pid.strip())
    if isinstance(pid, bool) or not isinstance(pid, int) or not 0 < pid <= MAX_PID:
        return None, msg.LOCK_REASON_BAD_PID.format(pid=str(data["pid"])[:20])
    return LockInfo(data["host"], pid, str(data.get("user", "")), str(data.get("purpose", "")),
                    str(data.get("since", ""))), None


def _inspect(path: Path) -> tuple[LockInfo | None, str | None]:
    """(holder, None) for a lock file naming its holder, (None, None) when there is none, and (None, reason) when
    one is there but cannot be read as a lock (empty, garbled, cut short, no usable process id, no permission).

    Raises DatabaseError when a folder stands in the lock file's place: nothing can be locked there.
    """
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_LOCK_BYTES + 1)
    except FileNotFoundError:
        return None, None
    except IsADirectoryError:
        raise DatabaseError(msg.LOCK_IS_FOLDER.format(path=path.absolute())) from None
    except PermissionError:
        if path.is_dir():  # Windows says "permission denied" for a folder
            raise DatabaseError(msg.LOCK_IS_FOLDER.format(path=path.absolute())) from None
        return None, msg.LOCK_REASON_NO_PERMISSION
    except OSError as exc:
        return None, msg.LOCK_REASON_OS.format(detail=exc.strerror or exc)
    if not raw.strip():
        return None, msg.LOCK_REASON_EMPTY
    if len(raw) > MAX_LOCK_BYTES:
        return None, msg.LOCK_REASON_GARBLED
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None, msg.LOCK_REASON_GARBLED
    return _holder_of(data)


def read_lock(db_path: Path) -> LockInfo | None:
    """The current holder, or None when the file is not locked (or its lock file is unreadable)."""
    return _read(lock_path(db_path))


def _read(path: Path) -> LockInfo | None:
    try:
        return _inspect(path)[0]
    except DatabaseError:
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
    except PermissionError:  # alive, but another user's
        return True
    except (OSError, OverflowError, ValueError):  # gone, or a number no process of this system can have
        return False
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
        #: Set when taking the lock replaced a lock file that could not be read (shown to the user once).
        self.notice: str | None = None

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
            current = _read(self.path)
            if current is not None and (current.host, current.pid) == (entry[0].host, entry[0].pid):
                self.path.unlink(missing_ok=True)

    def __enter__(self) -> DatabaseLock:
        return self

    def __exit__(self, *exc) -> None:
        self.release()


def acquire(db_path: Path, purpose: str, *, override: bool = False) -> DatabaseLock:
    """Take the lock of ``db_path`` for ``purpose`` (shown to others), or raise DatabaseLockedError.

    The same process may take it several times (a window and an import in it). ``override`` takes over a
    lock that another process holds; the user decides that, knowing who it is. A lock file that cannot be
    read as a lock is taken to be a stale one of this host and taken over; the returned lock's ``notice``
    then says so, naming the file. A folder in the lock file's place is refused (DatabaseError).
    """
    path = lock_path(db_path).resolve()
    if path in _held:
        _held[path][1] += 1
        return DatabaseLock(db_path)
    me = _me(purpose)
    payload = json.dumps(me.__dict__, ensure_ascii=False)
    for _attempt in range(MAX_ATTEMPTS):
        holder, unreadable = _inspect(path)
        notice = None
        if unreadable is not None:
            notice = msg.LOCK_UNREADABLE.format(path=path, reason=unreadable)
            log.warning("taking over the unreadable lock %s (%s)", path, unreadable)
        elif holder is not None and not override and (holder.host, holder.pid) != (me.host, me.pid):
            stale = holder.host == me.host and not _process_alive(holder.pid)
            if not stale:
                raise DatabaseLockedError(msg.DB_LOCKED.format(path=db_path, holder=holder.describe()), holder)
            log.info("taking over the stale lock %s of process %s", path, holder.pid)
        # An absent lock is created exclusively: two processes starting at once cannot both win. One that is
        # there is replaced, and read back: a process replacing it at the same moment is then seen as its holder.
        exclusive = holder is None and unreadable is None
        try:
            files.write_text(path, payload, exclusive=exclusive)
        except FileExistsError:
            continue
        if not exclusive and _read(path) != me:
            continue
        _held[path] = [me, 1]
        taken = DatabaseLock(db_path)
        taken.notice = notice
        return taken
    raise DatabaseError(msg.LOCK_CONTESTED.format(path=path))
