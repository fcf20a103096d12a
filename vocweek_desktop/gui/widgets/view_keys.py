"""Copy, Delete and Enter on an item view, taken before any window-wide shortcut can claim them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView


class ViewKeys(QObject):
    """Ctrl+C, Delete and Enter (Return) on ``view`` call the handlers given; keys without one pass on.

    The shortcut override is accepted too, so a window-wide action on the same key does not fire instead. Enter
    is left alone while a cell editor is open (it commits the edit there).
    """

    def __init__(self, view: QAbstractItemView, *, copy: Callable[[], object] | None = None,
                 delete: Callable[[], object] | None = None, enter: Callable[[], object] | None = None):
        super().__init__(view)
        self._view = view
        self._handlers = {"copy": copy, "delete": delete, "enter": enter}
        view.installEventFilter(self)

    def _kind(self, event) -> str | None:
        if event.matches(QKeySequence.StandardKey.Copy):
            return "copy"
        if event.key() == Qt.Key.Key_Delete and not event.modifiers():
            return "delete"
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() \
                and self._view.state() != QAbstractItemView.State.EditingState:
            return "enter"
        return None

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        """Accept the shortcut override, then handle the key press."""
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            kind = self._kind(event)
            handler = self._handlers.get(kind) if kind else None
            if handler is not None:
                if event.type() == QEvent.Type.ShortcutOverride:
                    event.accept()
                else:
                    handler()
                return True
        return False
