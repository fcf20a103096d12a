"""外出审批规则: the edition's lead time (days a request should be filed before departure) and the papers that must
be handed in before approval; saved as edition settings (audited)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from vocweek_desktop.domain import outings as rules
from vocweek_desktop.domain.errors import VocWeekError
from vocweek_desktop.gui.dialogs.record_dialog import INVALID_STYLE
from vocweek_desktop.gui.forms.ui_outing_settings_dialog import Ui_OutingSettingsDialog
from vocweek_desktop.services import outings
from vocweek_desktop.store.engine import Database


class OutingSettingsDialog(QDialog):
    """Show and change the rules of ``edition_id``."""

    def __init__(self, db: Database, edition_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_OutingSettingsDialog()
        self.ui.setupUi(self)
        self.setStyleSheet(INVALID_STYLE)
        self._db, self._edition_id = db, edition_id
        lead_days, papers = outings.office_rules(db, edition_id)
        self.ui.lead_days_spin.setValue(lead_days)
        self.paper_checks = {}
        for index, paper in enumerate(rules.PAPERS):
            check = getattr(self.ui, f"paper_{index}_check")
            check.setText(paper if paper != rules.VEHICLE_CONTRACT else self.tr("车辆合同（所有申请都要）"))
            check.setChecked(paper in papers)
            self.paper_checks[paper] = check
        self.ui.error_label.hide()
        box = self.ui.button_box
        box.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)

    def accept(self) -> None:
        """Save the rules; a refusal is shown and the dialog stays open."""
        papers = [paper for paper, check in self.paper_checks.items() if check.isChecked()]
        try:
            outings.set_office_rules(self._db, self._edition_id, lead_days=self.ui.lead_days_spin.value(),
                                     papers=papers)
        except VocWeekError as error:
            self.ui.error_label.setText(str(error))
            self.ui.error_label.show()
            return
        super().accept()
