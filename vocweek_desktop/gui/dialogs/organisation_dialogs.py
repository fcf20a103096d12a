"""Add / edit a row of the duty table (DepartmentDialog) or a leadership-group member (MemberDialog)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from vocweek_desktop.domain.notice_defaults import NEED_LABELS, ROLES
from vocweek_desktop.gui.dialogs.record_dialog import ListRecordDialog
from vocweek_desktop.gui.forms.ui_department_dialog import Ui_DepartmentDialog
from vocweek_desktop.gui.forms.ui_member_dialog import Ui_MemberDialog
from vocweek_desktop.services import organisation
from vocweek_desktop.services.organisation import DepartmentRecord, MemberRecord
from vocweek_desktop.store.engine import Database


class DepartmentDialog(ListRecordDialog):
    """Add (``department_id`` None) or edit a duty-table row: name, duty, head and the activity need routed to it."""

    def __init__(self, db: Database, edition_id: int, department_id: int | None = None, parent=None):
        super().__init__(db, edition_id, department_id, parent)
        self.ui = Ui_DepartmentDialog()
        self.ui.setupUi(self)
        departments = organisation.list_departments(db, edition_id)
        owners = {d.need_key: d.name for d in departments if d.need_key is not None and d.id != department_id}
        combo = self.ui.need_key_combo
        combo.addItem(self.tr("无"), None)
        for key, label in NEED_LABELS.items():
            text = label if key not in owners else self.tr("{need}（现由{unit}承接）").format(need=label,
                                                                                       unit=owners[key])
            combo.addItem(text, key)
        self.setup_form(self.ui)
        if department_id is None:
            self.setWindowTitle(self.tr("新增部门"))
        else:
            record = next((d for d in departments if d.id == department_id), None)
            if record is None:
                self.setWindowTitle(self.tr("编辑部门"))
            else:
                self.setWindowTitle(self.tr("编辑部门 — {name}").format(name=record.name))
                self.set_values(record)

    def field_widgets(self) -> dict[str, QWidget]:
        """Service field name → widget."""
        return {"name": self.ui.name_edit, "duty": self.ui.duty_edit, "head": self.ui.head_edit,
                "need_key": self.ui.need_key_combo}

    def set_values(self, record: DepartmentRecord) -> None:
        """Fill the form from a record."""
        self.ui.name_edit.setText(record.name)
        self.ui.duty_edit.setPlainText(record.duty)
        self.ui.head_edit.setText(record.head)
        self.ui.need_key_combo.setCurrentIndex(max(0, self.ui.need_key_combo.findData(record.need_key)))

    def values(self) -> dict[str, object]:
        """The form's values by field."""
        return {"name": self.ui.name_edit.text(), "duty": self.ui.duty_edit.toPlainText(),
                "head": self.ui.head_edit.text(), "need_key": self.ui.need_key_combo.currentData()}

    def add(self, values: dict[str, object]) -> DepartmentRecord:
        """Append the row to the duty table."""
        return organisation.add_department(self._db, self._edition_id, values)

    def update(self, record_id: int, values: dict[str, object]) -> DepartmentRecord:
        """Change the row."""
        return organisation.update_department(self._db, record_id, values)


class MemberDialog(ListRecordDialog):
    """Add (``member_id`` None) or edit a leadership-group member: role and a name or description."""

    conflict_field = "name"

    def __init__(self, db: Database, edition_id: int, member_id: int | None = None, parent=None):
        super().__init__(db, edition_id, member_id, parent)
        self.ui = Ui_MemberDialog()
        self.ui.setupUi(self)
        for role in ROLES:
            self.ui.role_combo.addItem(role, role)
        self.ui.role_combo.setCurrentIndex(len(ROLES) - 1)  # most rows are 成员
        self.setup_form(self.ui)
        if member_id is None:
            self.setWindowTitle(self.tr("新增领导小组成员"))
        else:
            self.setWindowTitle(self.tr("编辑领导小组成员"))
            record = next((m for m in organisation.list_leadership(db, edition_id) if m.id == member_id), None)
            if record is not None:
                self.set_values(record)

    def field_widgets(self) -> dict[str, QWidget]:
        """Service field name → widget."""
        return {"role": self.ui.role_combo, "name": self.ui.name_edit}

    def set_values(self, record: MemberRecord) -> None:
        """Fill the form from a record."""
        index = self.ui.role_combo.findData(record.role)
        if index < 0:
            self.ui.role_combo.addItem(record.role, record.role)
            index = self.ui.role_combo.count() - 1
        self.ui.role_combo.setCurrentIndex(index)
        self.ui.name_edit.setText(record.name)

    def values(self) -> dict[str, object]:
        """The form's values by field."""
        return {"role": self.ui.role_combo.currentData(), "name": self.ui.name_edit.text()}

    def add(self, values: dict[str, object]) -> MemberRecord:
        """Append the member to the leadership group."""
        return organisation.add_member(self._db, self._edition_id, values)

    def update(self, record_id: int, values: dict[str, object]) -> MemberRecord:
        """Change the member."""
        return organisation.update_member(self._db, record_id, values)
