"""Small helpers for driving widgets in GUI tests the way a user does."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTableView


def type_text(qtbot, widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Replace a field's text as a user would: select all, delete, then type (committed as an input method
    would commit Chinese; QTest.keyClicks aborts on characters outside ASCII)."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    if text:
        event = QInputMethodEvent("", [])
        event.setCommitString(text)
        QApplication.sendEvent(widget, event)


def click_row(qtbot, view: QTableView, row: int, column: int = 1, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Click a cell of a table view."""
    rect = view.visualRect(view.model().index(row, column))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def double_click_row(qtbot, view: QTableView, row: int, column: int = 1) -> None:
    """Double-click a cell of a table view."""
    rect = view.visualRect(view.model().index(row, column))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def click_header(qtbot, view: QTableView, column: int) -> None:
    """Click a column header (sorts by it)."""
    header = view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def error_shown(dialog) -> str:
    """The messages a form shows under its fields ("" when it shows none)."""
    label = getattr(dialog.ui, "error_label", None) or dialog.ui.errorLabel
    return label.text() if not label.isHidden() else ""


def column_texts(view: QTableView, column: int) -> list[str]:
    """What a column shows, top to bottom."""
    model = view.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def context_entry(view: QTableView, text: str) -> QAction:
    """The entry ``text`` of a table's context menu (the view's own actions, as its right-click menu lists them)."""
    return next(action for action in view.actions() if action.text() == text)


def table_rows(view: QTableView) -> list[list[str]]:
    """What a table shows, row by row."""
    model = view.model()
    return [[model.index(row, column).data() for column in range(model.columnCount())]
            for row in range(model.rowCount())]


def tick(qtbot, view: QTableView, row: int) -> None:
    """Toggle the check box in the first column of ``row`` from the keyboard: go to the cell, press Space."""
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, 0))
    qtbot.keyClick(view, Qt.Key.Key_Space)
