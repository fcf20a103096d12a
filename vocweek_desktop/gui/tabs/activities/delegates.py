"""Cell editors of the 活动报名 table: lists for choices, date and time editors (a time may be left empty)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QModelIndex, Qt, QTime
from PySide6.QtWidgets import QComboBox, QDateEdit, QStyledItemDelegate, QTimeEdit, QWidget

from vocweek_desktop.domain.activities import CATEGORIES, FORMS, STATUSES, THEME_DAYS
from vocweek_desktop.gui.models.activities_model import DATE_FIELDS, TIME_FIELDS, ActivitiesModel

#: Choices of the combo editors: field → values; "" is 无 for the theme day.
CHOICES: dict[str, tuple[str, ...]] = {
    "category": CATEGORIES,
    "theme_day": ("", *THEME_DAYS),
    "form": FORMS,
    "status": STATUSES,
    "off_campus": ("校内", "校外"),
}


class ActivityDelegate(QStyledItemDelegate):
    """Editors of the table's cells: lists for choices, date and time editors (a time may be left empty)."""

    def _key(self, index: QModelIndex) -> str:
        return index.model().column_key(index.column())

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:  # noqa: N802 - Qt's name
        """A combo, date or time editor by field; plain text otherwise."""
        key = self._key(index)
        if key in CHOICES:
            editor = QComboBox(parent)
            for value in CHOICES[key]:
                editor.addItem(value or self.tr("（无）"), value)
            editor.activated.connect(lambda _=0, e=editor: self._commit_and_close(e))
            return editor
        if key in DATE_FIELDS:
            editor = QDateEdit(parent)
            editor.setCalendarPopup(True)
            editor.setDisplayFormat("yyyy-MM-dd")
            return editor
        if key in TIME_FIELDS:
            editor = QTimeEdit(parent)
            editor.setDisplayFormat("HH:mm")
            editor.setMinimumTime(QTime(0, 0))
            editor.setSpecialValueText(self.tr("未填"))  # 00:00 stands for no time
            return editor
        return super().createEditor(parent, option, index)

    def _commit_and_close(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802 - Qt's name
        """Put the stored value into the editor."""
        key = self._key(index)
        value = index.data(ActivitiesModel.ValueRole)
        if key in CHOICES:
            if key == "off_campus":
                value = "校外" if value else "校内"
            found = editor.findData(value or "")
            editor.setCurrentIndex(max(found, 0))
        elif isinstance(editor, QDateEdit):
            editor.setDate(QDate(value) if isinstance(value, dt.date) else QDate.currentDate())
        elif isinstance(editor, QTimeEdit):
            editor.setTime(QTime(value.hour, value.minute) if isinstance(value, dt.time) else QTime(0, 0))
        else:
            super().setEditorData(editor, index)
            if hasattr(editor, "setText"):
                editor.setText("" if value is None else str(value))

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:  # noqa: N802 - Qt's name
        """Hand the edited value, as a Python value, to the model (which saves or refuses it)."""
        key = self._key(index)
        if key in CHOICES:
            value = editor.currentData()
            if key == "off_campus":
                value = value == "校外"
        elif isinstance(editor, QDateEdit):
            value = editor.date().toPython()
        elif isinstance(editor, QTimeEdit):
            time = editor.time()
            value = None if time == editor.minimumTime() else dt.time(time.hour(), time.minute())
        elif hasattr(editor, "text"):
            value = editor.text()
        else:
            super().setModelData(editor, model, index)
            return
        model.setData(index, value, Qt.ItemDataRole.EditRole)
