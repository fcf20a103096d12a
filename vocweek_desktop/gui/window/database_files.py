"""The main window's database file: open, new and save-as (文件 menu), and the lock that says another computer or
window is working on the same file."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.errors import VocWeekError
from vocweek_desktop.gui import settings
from vocweek_desktop.gui.widgets.path_label import PathLabel
from vocweek_desktop.services import database
from vocweek_desktop.services.database import DatabaseLock, DatabaseLockedError
from vocweek_desktop.store.engine import Database

log = logging.getLogger(__name__)


class DatabaseFiles:
    """Part of MainWindow: which database it works on, under which lock, and the 文件 menu's open/new/save-as."""

    db: Database | None
    edition_id: int | None
    _lock: DatabaseLock | None
    path_label: PathLabel

    def _open_anyway(self, exc: DatabaseLockedError) -> bool:
        """Another process holds the file: the user decides whether to open it all the same (default: no)."""
        answer = QMessageBox.question(
            self, self.tr("数据库正在被使用"),
            self.tr("{0}\n\n仍要打开吗？两处同时修改会互相干扰，只在确认对方已不再使用时才这样做。").format(exc),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _take_lock(self, db: Database) -> DatabaseLock | None:
        """The lock of a database handed to the window already open; None when it is not to be worked on: the
        user chose not to open a file held elsewhere, or it cannot be written (said in one dialog)."""
        try:
            try:
                return database.lock_for_editing(db, msg.LOCK_PURPOSE_WINDOW)
            except DatabaseLockedError as exc:
                if not self._open_anyway(exc):
                    return None
            return database.lock_for_editing(db, msg.LOCK_PURPOSE_WINDOW, override=True)
        except VocWeekError as exc:
            log.warning("could not take the lock of %s: %s", db.path, exc)
            QMessageBox.critical(self, self.tr("无法打开数据库"), str(exc))
            return None

    def _open_for_editing(self, path: Path, create: bool) -> tuple[Database, DatabaseLock] | None:
        """The database at ``path`` with its lock; None when the user chose not to open a file held elsewhere."""
        try:
            return database.open_for_editing(path, msg.LOCK_PURPOSE_WINDOW, create=create)
        except DatabaseLockedError as exc:
            if not self._open_anyway(exc):
                return None
        return database.open_for_editing(path, msg.LOCK_PURPOSE_WINDOW, create=create, override=True)

    def _release_lock(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def set_database(self, db: Database | None, *, lock: DatabaseLock | None = None) -> bool:
        """Work on ``db`` from now on (the previously open database is closed); ``lock`` is its lock when taken.

        Returns False, keeping the current database, when ``db`` is locked by someone else and the user
        chose not to open it anyway.
        """
        new_lock = lock
        if db is not None and db is not self.db and new_lock is None:
            new_lock = self._take_lock(db)
            if new_lock is None:
                db.close()
                return False
        old = self.db
        self.db = db
        self.edition_id = None
        if old is not None and old is not db:
            old.close()
            self._release_lock()
        if new_lock is not None:
            self._lock = new_lock
            if new_lock.notice and db is not None and new_lock.notice not in db.notices:
                db.notices.append(new_lock.notice)
        if db is not None:
            db.operator = self.operator_name()
        # The title ends with the program's name: Qt (Linux, Windows) appends the application's display name to a
        # title that does not, and the name would show twice.
        if db is None:
            title, shown = self.tr("职教周工作台"), self.tr("未打开数据库")
        else:
            settings.remember_database(db.path)
            title = self.tr("{0} — 职教周工作台").format(db.path)
            shown = self.tr("数据库：{0}").format(db.path)
        self.setWindowTitle(title)
        self.path_label.set_full_text(shown)
        for action in (self.save_as_action, self.refresh_action, self.new_edition_action, self.history_action):
            action.setEnabled(db is not None)
        self.reload_editions()
        if db is not None:
            self.database_changed.emit(str(db.path))
            if db.notices:  # a lock file taken over: said once, and left in the status bar
                self.show_status("　".join(db.notices), 0)
        return True

    def open_database_file(self, path: str | Path, *, create: bool = False) -> bool:
        """Open the database at ``path`` in this window; on failure say why and keep the current one."""
        path = Path(path).expanduser().resolve()
        if self.db is not None and path == self.db.path.resolve():
            return True
        try:
            opened = self._open_for_editing(path, create)
        except VocWeekError as exc:
            log.warning("could not open %s: %s", path, exc)
            QMessageBox.critical(self, self.tr("无法打开数据库"), str(exc))
            return False
        if opened is None:
            return False
        db, lock = opened
        self.set_database(db, lock=lock)
        if db.backup_path is not None:
            shown = [self.tr("数据库结构已升级；升级前的备份保存在 {0}").format(db.backup_path), *db.notices]
            self.show_status("　".join(shown), 0)
        elif not db.notices:  # else set_database shows them and they stay
            self.show_status(self.tr("已打开 {0}").format(path))
        return True

    def _file_filter(self) -> str:
        return self.tr("VocWeek 数据库 (*.sqlite3 *.sqlite *.db);;所有文件 (*)")

    def _start_folder(self) -> str:
        folder = settings.last_folder()
        if not folder and self.db is not None:
            folder = str(self.db.path.parent)
        return folder

    def open_database_dialog(self) -> None:
        """文件 → 打开数据库."""
        name, _ = QFileDialog.getOpenFileName(self, self.tr("打开数据库"), self._start_folder(),
                                              self._file_filter())
        if name:
            settings.remember_folder(name)
            self.open_database_file(name)

    def new_database_dialog(self) -> None:
        """文件 → 新建数据库: an empty file at head; never overwrites an existing file (an empty one is built into)."""
        name, _ = QFileDialog.getSaveFileName(self, self.tr("新建数据库"), self._start_folder(),
                                              self._file_filter(),
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if not name:
            return
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(".sqlite3")
        settings.remember_folder(path)
        if path.exists() and not (path.is_file() and path.stat().st_size == 0):  # an empty file holds nothing
            QMessageBox.warning(self, self.tr("新建数据库"),
                                self.tr("文件“{0}”已经存在，没有覆盖它。请换一个文件名，"
                                        "或用“打开数据库”打开它。").format(path))
            return
        self.open_database_file(path, create=True)

    def save_as_dialog(self) -> None:
        """文件 → 另存为: a consistent copy of the open database, which the window then works on."""
        if self.db is None:
            return
        suggested = str(Path(self._start_folder() or self.db.path.parent) / f"{self.db.path.stem}-副本.sqlite3")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("另存为"), suggested, self._file_filter())
        if not name:
            return
        self.save_as(name)

    def save_as(self, target: str | Path) -> bool:
        """Copy the open database to ``target`` (SQLite backup API) and switch the window to the copy."""
        from vocweek_desktop.services.database import save_copy

        target = Path(target)
        if not target.suffix:
            target = target.with_suffix(".sqlite3")
        settings.remember_folder(target)
        try:
            copied = save_copy(self.db, target)
        except (VocWeekError, OSError) as exc:
            log.warning("save as %s failed: %s", target, exc)
            QMessageBox.critical(self, self.tr("另存为失败"), str(exc))
            return False
        remembered = self.edition_id
        if not self.open_database_file(copied):
            return False
        if remembered is not None:
            settings.remember_edition(copied, remembered)
            self.select_edition(remembered)
        self.show_status(self.tr("已另存为 {0}，现在编辑的是这个文件").format(copied), 0)
        return True

    def _close_database(self) -> None:
        """On closing the window: close the database, then give its lock back."""
        if self.db is not None:
            self.db.close()
        self._release_lock()
