"""After the program wrote a file for the user: say where, and offer to open it or the folder that holds it.

The one home for "打开文件 / 打开所在文件夹" after every export and print (college list, activities, task lists,
the organisation table, later maps, slips and certificates), so they all ask the same way.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QProcess, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

#: What ``offer_to_open`` opened.
OPEN_FILE, OPEN_FOLDER = "file", "folder"


def _tr(text: str) -> str:
    return QCoreApplication.translate("file_actions", text)


def offer_to_open(parent: QWidget | None, title: str, text: str, path: str | Path) -> str | None:
    """Show ``text`` (where ``path`` was written) with 打开文件 / 打开所在文件夹 / 关闭, and open what the user picks.

    ``path`` may be a folder (several files written into it): then only 打开文件夹 is offered. Returns OPEN_FILE,
    OPEN_FOLDER, or None when the user just closed the message.
    """
    path = Path(path)
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.NoButton, parent)
    choices = {}
    if path.is_dir():
        choices[box.addButton(_tr("打开文件夹"), QMessageBox.ButtonRole.AcceptRole)] = OPEN_FOLDER
    else:
        choices[box.addButton(_tr("打开文件"), QMessageBox.ButtonRole.AcceptRole)] = OPEN_FILE
        choices[box.addButton(_tr("打开所在文件夹"), QMessageBox.ButtonRole.ActionRole)] = OPEN_FOLDER
    close = box.addButton(_tr("关闭"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(close)
    box.setEscapeButton(close)
    box.exec()
    chosen = choices.get(box.clickedButton())
    box.deleteLater()
    if chosen == OPEN_FILE:
        open_path(parent, path)
    elif chosen == OPEN_FOLDER:
        show_in_folder(parent, path)
    return chosen


def open_path(parent: QWidget | None, path: str | Path) -> bool:
    """Open a file in the program the system uses for it (or a folder in the file manager); says so when it cannot."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return True
    QMessageBox.warning(parent, _tr("无法打开"),
                        _tr("系统没有能打开“{path}”的程序，或文件已被移走。").format(path=path))
    return False


def show_in_folder(parent: QWidget | None, path: str | Path) -> bool:
    """Open the folder holding ``path`` (on Windows with the file selected in Explorer); a folder opens itself."""
    path = Path(path)
    if sys.platform == "win32" and path.is_file() and QProcess.startDetached("explorer.exe", ["/select,", str(path)])[0]:
        return True
    return open_path(parent, path if path.is_dir() else path.parent)
