"""Saving a file the user names: the last folder used is offered again, the file ending added when missing, a
wait cursor while it is written, a clear message when it cannot be; and, once written, the offer to open the file
or the folder it is in (every export, template and PDF says "saved" the same way)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from vocweek_desktop.domain.errors import VocWeekError
from vocweek_desktop.gui import settings


def ask_save_path(parent: QWidget | None, title: str, file_name: str, file_filter: str, suffix: str) -> Path | None:
    """The file the user chose to save to (ending in ``suffix``), or None when cancelled; its folder is remembered."""
    folder = settings.last_folder() or str(Path.home())
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(Path(folder) / file_name), file_filter)
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    settings.remember_folder(path)
    return path


def save_file(parent: QWidget | None, title: str, file_name: str, file_filter: str, suffix: str,
              write: Callable[[Path], object], *, failed_title: str) -> Path | None:
    """Ask where (``ask_save_path``), then ``write(path)``; the path written, or None when cancelled or refused
    (the user is told why under ``failed_title``)."""
    path = ask_save_path(parent, title, file_name, file_filter, suffix)
    if path is None:
        return None
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        write(path)
    except (VocWeekError, OSError) as exc:
        QApplication.restoreOverrideCursor()
        QMessageBox.warning(parent, failed_title, QCoreApplication.translate("file_dialogs", "不能写入“{path}”：{error}")
                            .format(path=path, error=exc))
        return None
    QApplication.restoreOverrideCursor()
    return path


def _tr(text: str) -> str:
    return QCoreApplication.translate("file_dialogs", text)
