"""Putting rich data on the clipboard without crashing the process at exit.

A QMimeData created in Python is a PySide wrapper whose C++ destructor calls back into Python. Qt deletes the
clipboard's data from its own exit handlers, after the interpreter has finalised: "Segmentation fault" on
every exit after a copy (reproduced with PySide6 6.11.3). Before Python finalises, the data we set is
replaced by a plain copy that Qt made itself, so Qt's late clean-up no longer touches a Python object.
"""

from __future__ import annotations

import atexit

import shiboken6
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

_guard_installed = False


def set_clipboard(text: str, html: str | None = None) -> None:
    """Put ``text`` (and, for applications that read it, ``html``) on the clipboard."""
    global _guard_installed
    mime = QMimeData()
    mime.setText(text)
    if html is not None:
        mime.setHtml(html)
    QGuiApplication.clipboard().setMimeData(mime)
    if not _guard_installed:
        atexit.register(release_clipboard)
        _guard_installed = True


def release_clipboard() -> None:
    """Replace clipboard data created in Python by Qt's own copy of its text (run at exit)."""
    app = QGuiApplication.instance()
    if app is None:
        return
    clipboard = QGuiApplication.clipboard()
    data = clipboard.mimeData()
    if data is not None and shiboken6.Shiboken.createdByPython(data):
        clipboard.setText(data.text())
