"""操作人: the name written into the audit trail, asked once at the first start and changed from 文件 → 操作人…."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from vocweek_desktop import preferences
from vocweek_desktop.domain.errors import ValidationError
from vocweek_desktop.files import FileWriteError
from vocweek_desktop.gui.dialogs.record_dialog import RecordDialog
from vocweek_desktop.gui.forms.ui_operator_dialog import Ui_OperatorDialog


class OperatorDialog(RecordDialog):
    """One line for the operator's name, prefilled; 确定 stores it in the preferences (``record``: the stored name)."""

    conflict_field = "operator"

    def __init__(self, name: str, parent=None):
        super().__init__(parent)
        self.ui = Ui_OperatorDialog()
        self.ui.setupUi(self)
        self.setup_form(self.ui)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("确定"))
        self.ui.operator_edit.setText(name)
        self.ui.operator_edit.selectAll()

    def field_widgets(self) -> dict[str, QWidget]:
        """Service field name → widget."""
        return {"operator": self.ui.operator_edit}

    def save(self) -> str:
        """Store the name; a refused name or an unwritable preferences file keeps the dialog open and says why."""
        try:
            return preferences.set_operator(self.ui.operator_edit.text())
        except FileWriteError as exc:
            raise ValidationError({"": exc.message}) from exc
