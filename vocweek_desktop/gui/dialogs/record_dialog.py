"""A form dialog that saves through a service and, on bad input, marks the offending fields and stays open."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from vocweek_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from vocweek_desktop.store.engine import Database

#: Dynamic property set to True on a field whose value was refused.
INVALID_PROPERTY = "invalid"

INVALID_STYLE = (
    '*[invalid="true"] { border: 2px solid #c62828; border-radius: 3px; background-color: #fff3f3; }\n'
    "QLabel#error_label { color: #b71c1c; }"
)


def mark_invalid(widget: QWidget, message: str) -> None:
    """Mark ``widget`` as refused (red border via the ``invalid`` property) and explain why in its tooltip."""
    if widget.property("plain_tooltip") is None:
        widget.setProperty("plain_tooltip", widget.toolTip())
    widget.setToolTip(message)
    set_marked(widget, True)


def clear_mark(widget: QWidget) -> None:
    """Remove the refusal mark and restore the widget's own tooltip."""
    if not is_marked(widget):
        return
    widget.setToolTip(widget.property("plain_tooltip") or "")
    set_marked(widget, False)


def is_marked(widget: QWidget) -> bool:
    """Whether ``widget`` is marked as refused."""
    return bool(widget.property(INVALID_PROPERTY))


def set_marked(widget: QWidget, marked: bool) -> None:
    """Set or clear the ``invalid`` property the dialogs' style sheets draw, and redraw ``widget`` with it."""
    if is_marked(widget) == marked:
        return
    widget.setProperty(INVALID_PROPERTY, marked)
    widget.style().unpolish(widget)  # a style sheet reads dynamic properties only when the widget is polished
    widget.style().polish(widget)
    widget.update()


class RecordDialog(QDialog):
    """Base of the add/edit dialogs: subclasses give their field widgets and ``save()``; errors keep it open.

    After it is accepted, ``record`` holds what the service returned. ``field_widgets()`` maps the service's
    field names (those of ValidationError.fields) to widgets; a ConflictError marks ``conflict_field``.
    """

    #: Emitted with the saved record just before the dialog closes as accepted.
    saved = Signal(object)

    conflict_field = "name"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.record = None

    def setup_form(self, ui) -> None:
        """Wire a generated form's ``button_box`` and ``error_label`` (call after ``setupUi``)."""
        self.setStyleSheet(INVALID_STYLE)
        self._error_label: QLabel = ui.error_label
        self._error_label.hide()
        box: QDialogButtonBox = ui.button_box
        box.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        for widget in self.field_widgets().values():
            signal = getattr(widget, "textEdited", None) or getattr(widget, "textChanged", None) \
                or getattr(widget, "currentIndexChanged", None)
            if signal is not None:
                signal.connect(lambda *_, w=widget: clear_mark(w))

    def field_widgets(self) -> dict[str, QWidget]:
        """Service field name → the widget that edits it."""
        raise NotImplementedError

    def save(self):
        """Store the form's values through a service and return the record (raises domain errors)."""
        raise NotImplementedError

    def accept(self) -> None:
        """Save; on bad input mark the fields, show why, and stay open with nothing stored."""
        try:
            record = self.save()
        except ValidationError as exc:
            self.show_errors(exc.fields)
            return
        except ConflictError as exc:
            self.show_errors({self.conflict_field: exc.message})
            return
        except NotFoundError as exc:
            self.show_errors({"": exc.message})
            return
        self.record = record
        self.saved.emit(record)
        super().accept()

    def show_errors(self, errors: dict[str, str]) -> None:
        """Mark each named field, list every message under the form and focus the first refused field."""
        widgets = self.field_widgets()
        for widget in widgets.values():
            clear_mark(widget)
        first = None
        for field, message in errors.items():
            widget = widgets.get(field)
            if widget is not None:
                mark_invalid(widget, message)
                first = first or widget
        self._error_label.setText("\n".join(f"• {message}" for message in errors.values()))
        self._error_label.setVisible(bool(errors))
        if first is not None:
            first.setFocus()
            if hasattr(first, "selectAll"):
                first.selectAll()


class ListRecordDialog(RecordDialog):
    """The add/edit form of one record of an edition's list: adds it when ``record_id`` is None, else updates it.

    Subclasses give ``values()`` and the two service calls ``add`` and ``update``; once added, saving again
    updates the same record.
    """

    def __init__(self, db: Database, edition_id: int, record_id: int | None = None, parent=None):
        super().__init__(parent)
        self._db = db
        self._edition_id = edition_id
        self._record_id = record_id

    def values(self) -> dict[str, object]:
        """The form's values by service field."""
        raise NotImplementedError

    def add(self, values: dict[str, object]):
        """Add a record of ``values`` to the edition through the service; returns it."""
        raise NotImplementedError

    def update(self, record_id: int, values: dict[str, object]):
        """Change the record through the service; returns it."""
        raise NotImplementedError

    def save(self):
        """Add or update the record."""
        if self._record_id is None:
            record = self.add(self.values())
            self._record_id = record.id
            return record
        return self.update(self._record_id, self.values())
