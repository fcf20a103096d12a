"""Saving a file the user names: the last folder used is offered again, the file ending added when missing, a
wait cursor while it is written, a clear message when it cannot be; and, once written, the offer to open the file
or the folder it is in (every export, template and PDF says "saved" the same way)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QProcess, Qt, QUrl
from PySide6.QtGui import QDesktopServices
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


def open_file(path: Path) -> bool:
    """Open ``path`` with the program the system uses for it (Excel or WPS for a workbook, a PDF reader)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_in_folder(path: Path) -> bool:
    """Open the folder holding ``path`` (on Windows with the file selected in Explorer); a folder opens itself."""
    path = Path(path)
    if path.is_dir():
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    if sys.platform == "win32":
        return QProcess.startDetached("explorer.exe", ["/select,", str(path)])[0]
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def offer_to_open(parent: QWidget | None, title: str, text: str, path: Path) -> str:
    """Say that ``path`` was written and offer 打开文件 / 打开所在文件夹 / 关闭 (a folder: 打开文件夹 / 关闭).

    Returns what the user chose: "file", "folder" or "" (closed)."""
    path = Path(path)
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.NoButton, parent)
    file_button = None if path.is_dir() else box.addButton(_tr("打开文件"), QMessageBox.ButtonRole.ActionRole)
    folder_button = box.addButton(_tr("打开文件夹") if path.is_dir() else _tr("打开所在文件夹"),
                                  QMessageBox.ButtonRole.ActionRole)
    close_button = box.addButton(_tr("关闭"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(file_button or folder_button)
    box.setEscapeButton(close_button)
    box.exec()
    clicked = box.clickedButton()
    if clicked is not None and clicked is file_button:
        open_file(path)
        return "file"
    if clicked is not None and clicked is folder_button:
        show_in_folder(path)
        return "folder"
    return ""
