"""Writing files so that a crash, a full disk or a refused folder never leaves a half-written file under the
user's name: every file the program writes (exports, PDFs, charts, backups, the demo database, the lock) is
written beside its target under a temporary name, flushed to disk, then moved over the target in one step.

No Qt, no database: the store, io and services layers all use it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
from collections.abc import Iterator
from pathlib import Path

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.errors import VocWeekError


class FileWriteError(VocWeekError):
    """A file could not be written; the message names the file and says why, in Chinese."""

    def __init__(self, message: str, path: Path):
        super().__init__(message)
        self.path = path


def describe_os_error(exc: OSError) -> str:
    """The reason of an OSError in words an office user understands."""
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return msg.WRITE_NO_PERMISSION
    if exc.errno == errno.ENOSPC:
        return msg.WRITE_DISK_FULL
    if isinstance(exc, FileNotFoundError):
        return msg.WRITE_NO_FOLDER
    if isinstance(exc, IsADirectoryError):
        return msg.WRITE_IS_FOLDER
    if isinstance(exc, NotADirectoryError):
        return msg.WRITE_NOT_A_FOLDER
    return exc.strerror or str(exc)


def write_error(path: Path, exc: OSError) -> FileWriteError:
    """The FileWriteError for an OSError met while writing ``path``."""
    return FileWriteError(msg.WRITE_FAILED.format(path=path, detail=describe_os_error(exc)), Path(path))


def safe_file_name(name: str, fallback: str) -> str:
    """``name`` as a file name on every system: characters Windows refuses become "_", no leading or trailing dot
    or space; ``fallback`` when nothing is left."""
    return re.sub(r'[\\/:*?"<>|\r\n\t]', "_", name).strip(" .") or fallback


def check_folder_writable(target: str | os.PathLike) -> None:
    """Raise FileWriteError naming ``target`` when no file can be created beside it (a read-only folder, …).

    Tries it: creates and removes a hidden file in the folder. Asking the permissions would be wrong for an
    administrator (who may write anywhere) and on read-only mounts and network shares.
    """
    target = Path(target)
    probe = temporary_sibling(target, "probe")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(probe, "xb"):
            pass
    except OSError as exc:
        raise write_error(target, exc) from exc
    finally:
        with contextlib.suppress(OSError):
            probe.unlink(missing_ok=True)


def temporary_sibling(target: Path, tag: str = "partial") -> Path:
    """A hidden name beside ``target`` (same folder, so the final move is a rename on one file system)."""
    return target.with_name(f".{target.name}.{tag}-{secrets.token_hex(4)}")


def _fsync(path: Path) -> None:
    with contextlib.suppress(OSError), open(path, "rb+") as handle:
        os.fsync(handle.fileno())


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike, *, exclusive: bool = False, fsync: bool = True) -> Iterator[Path]:
    """Yield a temporary path beside ``target`` to write to; when the block ends normally, move it over ``target``.

    On any exception the temporary file is removed and ``target`` is left as it was. ``exclusive`` refuses to
    replace an existing target (``FileExistsError``; the move is then a hard link, atomic even between two
    processes racing for the same name). OSErrors become ``FileWriteError`` with a Chinese message.
    """
    target = Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError) as exc:  # a file stands where a folder of the path should be
        raise FileWriteError(msg.WRITE_FAILED.format(path=target, detail=msg.WRITE_NOT_A_FOLDER), target) from exc
    except OSError as exc:
        raise write_error(target, exc) from exc
    if target.is_dir():
        raise FileWriteError(msg.WRITE_FAILED.format(path=target, detail=msg.WRITE_IS_FOLDER), target)
    temp = temporary_sibling(target)
    try:
        yield temp
        if fsync and temp.exists():
            _fsync(temp)
        if exclusive:
            try:
                os.link(temp, target)
            except FileExistsError:
                raise
            except OSError:  # file systems without hard links: a plain create-if-absent is the best left
                if target.exists():
                    raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(target)) from None
                os.replace(temp, target)
        else:
            os.replace(temp, target)
    except FileExistsError:
        raise
    except OSError as exc:
        raise write_error(target, exc) from exc
    finally:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)


def write_bytes(target: str | os.PathLike, data: bytes, *, exclusive: bool = False) -> Path:
    """Write ``data`` to ``target`` atomically; returns the target."""
    with atomic_path(target, exclusive=exclusive) as temp:
        temp.write_bytes(data)
    return Path(target)


def write_text(target: str | os.PathLike, text: str, *, exclusive: bool = False) -> Path:
    """Write ``text`` (UTF-8) to ``target`` atomically; returns the target."""
    return write_bytes(target, text.encode("utf-8"), exclusive=exclusive)
