"""Who did what, in the main window: the operator's name the audit trail records and the 修改记录 of an edition."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from vocweek_desktop import preferences


class AuditTrail:
    """Part of MainWindow: 文件 → 操作人… and 文件 → 修改记录…."""

    _operator_override: str | None

    def operator_name(self) -> str:
        """The name this window's changes are recorded under: --operator, else the stored name, else the OS user."""
        return preferences.resolve_operator(self._operator_override)

    def ask_operator_if_unset(self) -> bool:
        """At start-up: ask for the operator's name once, when none is stored; returns whether the dialog was shown."""
        if self._operator_override or preferences.stored_operator() is not None:
            return False
        self.change_operator_dialog()
        return True

    def change_operator_dialog(self) -> None:
        """文件 → 操作人…: change (and store) the name written into the audit trail."""
        from vocweek_desktop.gui.dialogs.operator_dialog import OperatorDialog

        dialog = OperatorDialog(self.operator_name(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._operator_override = None  # the name just chosen now holds, over a --operator one
            if self.db is not None:
                self.db.operator = self.operator_name()
            self.show_status(self.tr("操作人：{0}").format(dialog.record))

    def edition_history_dialog(self) -> None:
        """文件 → 修改记录…: the newest changes of the selected edition."""
        if self.db is None:
            return
        from vocweek_desktop.gui.dialogs.history_dialog import show_edition_history

        title = self.edition_combo.currentText() if self.edition_id is not None else ""
        show_edition_history(self, self.db, self.edition_id, title)
