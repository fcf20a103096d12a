"""Spin boxes and combo boxes inside a scrolling panel take the mouse wheel only once clicked into.

Qt gives the wheel to whatever field is under the cursor: rolling down a settings panel changes the printer offset,
the paper or a box size that the cursor happens to pass over, and the next print uses the changed value. Guarded
fields leave an unfocused wheel to the panel, which scrolls as the user meant.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QApplication, QComboBox, QWidget


class WheelGuard(QObject):
    """The event filter: an unfocused guarded field passes the wheel to the scroll area around it."""

    def __init__(self, area: QAbstractScrollArea):
        super().__init__(area)
        self._area = area

    def cover(self) -> None:
        """Guard the spin boxes and combo boxes now inside the area (again after fields were added: a table's cell
        widgets); each is guarded once."""
        for field in self._area.findChildren(QAbstractSpinBox) + self._area.findChildren(QComboBox):
            if field.property(_GUARDED):
                continue
            field.setProperty(_GUARDED, True)
            field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # focus by click or Tab, not by the wheel
            field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Forward a wheel turned over an unfocused field to the panel's scroll bar."""
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            QApplication.sendEvent(self._area.verticalScrollBar(), event)
            return True
        return False


_GUARDED = "vocweekWheelGuarded"


def guard_wheel(area: QAbstractScrollArea) -> WheelGuard:
    """Guard every spin box and combo box inside ``area``; call ``cover()`` on the result after adding fields."""
    guard = WheelGuard(area)
    guard.cover()
    return guard
