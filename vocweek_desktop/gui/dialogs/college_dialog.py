"""新增 / 编辑学院: a form for every field of a college, saved through services.colleges."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from vocweek_desktop.gui.dialogs.record_dialog import ListRecordDialog
from vocweek_desktop.gui.forms.ui_college_dialog import Ui_CollegeDialog
from vocweek_desktop.services import colleges
from vocweek_desktop.services.colleges import CollegeRecord
from vocweek_desktop.store.engine import Database

#: The fields the form edits, in form order (each has a ``<field>_edit`` line edit).
FIELDS = ("name", "short_name", "dean", "party_secretary", "contact_person", "phone", "email",
          "teacher_count", "student_count")


class CollegeDialog(ListRecordDialog):
    """Add a college to ``edition_id`` (``college_id`` None) or edit one; bad input is marked and nothing is saved.

    Headcounts are typed as text so that whatever the user enters reaches the service's validation; an empty
    headcount means unknown. After acceptance ``record`` is the saved CollegeRecord.
    """

    def __init__(self, db: Database, edition_id: int, college_id: int | None = None, parent=None):
        super().__init__(db, edition_id, college_id, parent)
        self.ui = Ui_CollegeDialog()
        self.ui.setupUi(self)
        self.setup_form(self.ui)
        if college_id is None:
            self.setWindowTitle(self.tr("新增学院"))
        else:
            record = colleges.get_college(db, college_id)
            self.setWindowTitle(self.tr("编辑学院 — {name}").format(name=record.name))
            self.set_values(record)

    def field_widgets(self) -> dict[str, QLineEdit]:
        """Service field name → line edit."""
        return {field: getattr(self.ui, f"{field}_edit") for field in FIELDS}

    def set_values(self, record: CollegeRecord) -> None:
        """Fill the form from a record."""
        for field, widget in self.field_widgets().items():
            value = getattr(record, field)
            widget.setText("" if value is None else str(value))

    def values(self) -> dict[str, str]:
        """The form's raw text by field (validation and conversion are the service's)."""
        return {field: widget.text() for field, widget in self.field_widgets().items()}

    def add(self, values: dict[str, object]) -> CollegeRecord:
        """Add the college."""
        return colleges.add_college(self._db, self._edition_id, values)

    def update(self, record_id: int, values: dict[str, object]) -> CollegeRecord:
        """Update the college."""
        return colleges.update_college(self._db, record_id, values)
