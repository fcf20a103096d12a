"""The 评奖打分 tab (notice 七, issue 11): the skeleton that holds its four sections — the rubric and the rule's
settings (here, with the rubric and judges lists of awards/panes.py), the judges' score sheets (awards/scoring.py),
the result with confirmation and unlocking (awards/result.py) and the certificates (awards/certificates.py) — loads
the edition into them and shows whether the result is locked.

Every change goes through the services (services/awards.py, award_sheets.py, certificates.py), which refuse what
a locked result does not allow; the tab shows their Chinese messages.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QMessageBox, QWidget

from vocweek_desktop.domain import awards as rules
from vocweek_desktop.domain.errors import VocWeekError
from vocweek_desktop.gui.forms.ui_awards_tab import Ui_AwardsTab
from vocweek_desktop.gui.tabs.awards.certificates import CertificatesSection
from vocweek_desktop.gui.tabs.awards.panes import CriteriaPane, JudgesPane
from vocweek_desktop.gui.tabs.awards.result import ResultSection
from vocweek_desktop.gui.tabs.awards.scoring import ScoringSection
from vocweek_desktop.gui.tabs.awards.section import CERTIFICATES, RESULT
from vocweek_desktop.gui.tabs.base import TabPage
from vocweek_desktop.services import awards
from vocweek_desktop.services.awards import ResultView
from vocweek_desktop.store.engine import Database

log = logging.getLogger(__name__)


class AwardsTab(TabPage):
    """The 评奖打分 tab of the main window."""

    page_name = "awards"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AwardsTab()
        self.ui.setupUi(self)
        self.setObjectName("awardsTab")
        self.view: ResultView | None = None
        self._stale = True

        self.criteria_pane = CriteriaPane(self.ui.criteria_group)
        self.ui.criteria_layout.addWidget(self.criteria_pane)
        self.judges_pane = JudgesPane(self.ui.judges_group)
        self.ui.judges_group_layout.addWidget(self.judges_pane)
        for pane in (self.criteria_pane, self.judges_pane):
            pane.status_message.connect(self.status_message)
            pane.data_changed.connect(self._on_list_changed)
        self.scoring = ScoringSection(self, self.judges_pane)
        self.result = ResultSection(self)

        self.ui.result_splitter.setStretchFactor(0, 2)
        self.ui.result_splitter.setStretchFactor(1, 3)
        self.ui.scoring_splitter.setStretchFactor(0, 1)
        self.ui.scoring_splitter.setStretchFactor(1, 4)
        self.ui.result_bar.setStretch(0, 1)
        self._splitters_sized = False
        self.ui.cert_splitter.setStretchFactor(0, 2)
        self.ui.cert_splitter.setStretchFactor(1, 3)
        self.certificates = CertificatesSection(self)

        self.ui.apply_rules_button.clicked.connect(self.apply_rules)
        self.ui.sections.currentChanged.connect(self._on_section_changed)
        self._clear()

    # ------------------------------------------------------------------------------------------- TabPage

    def tab_title(self) -> str:
        """评奖打分"""
        return self.tr("评奖打分")

    def set_context(self, db: Database | None, edition_id: int | None) -> None:
        """Show ``edition_id`` of ``db``."""
        self.db, self.edition_id = db, edition_id
        self.criteria_pane.set_context(db, edition_id)
        self.judges_pane.set_context(db, edition_id)
        self.reload()

    def refresh(self) -> None:
        """Reload now when visible, otherwise when next shown."""
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """Reload stale data; draw what the visible section needs."""
        super().showEvent(event)
        if not self._splitters_sized:
            self._splitters_sized = True
            width, height = max(self.width(), 1000), max(self.height(), 700)
            self.ui.scoring_splitter.setSizes([int(width * 0.24), int(width * 0.76)])
            self.ui.result_splitter.setSizes([int(height * 0.4), int(height * 0.6)])
            self.ui.cert_splitter.setSizes([int(width * 0.42), int(width * 0.58)])
        if self._stale:
            self.reload()
        self._on_section_changed(self.ui.sections.currentIndex())

    # ------------------------------------------------------------------------------------------- loading

    def _clear(self) -> None:
        self.view = None
        self.ui.state_label.setText(self.tr("没有选择年度。"))
        self.scoring.clear()
        self.result.clear()
        self.ui.rule_preview_label.setText("")
        self.certificates.clear()
        for widget in (self.ui.sections,):
            widget.setEnabled(False)

    def reload(self) -> None:
        """Read everything the tab shows for the current edition."""
        self._stale = False
        if self.db is None or self.edition_id is None:
            self._clear()
            return
        self.ui.sections.setEnabled(True)
        try:
            self.view = awards.compute_result(self.db, self.edition_id)
            self._show_lock()
            self._show_rules()
            self.criteria_pane.reload()
            self.judges_pane.reload()
            self.scoring.show_progress()
            self.scoring.show_sheet()
            self.result.show_result()
            self.certificates.show_template()
        except VocWeekError as exc:
            log.warning("awards tab: %s", exc)
            self._clear()
            self.ui.state_label.setText(str(exc))
        self.certificates.preview_stale = True
        self.result.charts_stale()
        self._on_section_changed(self.ui.sections.currentIndex())

    def recompute(self) -> None:
        """The result, progress and lock again after a change of scores or rules."""
        if self.db is None or self.edition_id is None:
            return
        self.view = awards.compute_result(self.db, self.edition_id)
        self._show_lock()
        self.scoring.show_progress()
        self.result.show_result()
        self.certificates.preview_stale = True
        self.result.charts_stale()
        self._on_section_changed(self.ui.sections.currentIndex())

    def _show_lock(self) -> None:
        lock = self.view.lock
        if lock.locked:
            text = self.tr("评奖结果已于 {0} 由 {1} 确认并锁定：评分、评分标准和规则不能再改（如需修改请在“评分结果”中解锁）。"
                           "证书正式打印并登记。").format(lock.confirmed_at.strftime("%Y-%m-%d %H:%M"),
                                                lock.confirmed_by or "—")
        else:
            text = self.tr("评奖结果尚未确认：可以录入和修改评分；证书只能打印带“样稿”水印的预览。")
            if lock.unlocked_at is not None:
                text += self.tr("（上次解锁：{0}，{1}，理由：{2}）").format(
                    lock.unlocked_at.strftime("%Y-%m-%d %H:%M"), lock.unlocked_by or "—", lock.unlock_reason)
        self.ui.state_label.setText(text)
        self.criteria_pane.locked = lock.locked
        self.criteria_pane.update_actions()
        self.ui.apply_rules_button.setEnabled(not lock.locked)
        self.ui.import_sheets_button.setEnabled(not lock.locked)
        self.ui.confirm_button.setEnabled(not lock.locked)
        self.ui.unlock_button.setEnabled(lock.locked)

    def _show_rules(self) -> None:
        values = awards.rule_values(self.db, self.edition_id)
        ui = self.ui
        ui.trim_spin.setValue(int(values[rules.TRIM_THRESHOLD]))
        ui.min_judges_spin.setValue(int(values[rules.MIN_JUDGES]))
        spread = values[rules.SPREAD_LIMIT]
        ui.spread_spin.setValue(float(spread) if spread is not None else 0.0)
        ui.tie_break_edit.setText(",".join(str(v) for v in values[rules.TIE_BREAK]))
        ui.quota_label.setText(self.tr("{0} 个（在“活动周设置”中修改）").format(values["quota"]))
        ui.number_pattern_edit.setText(str(values[rules.NUMBER_PATTERN]))
        ui.rule_preview_label.setText("\n".join(self.view.rule_lines))

    # ------------------------------------------------------------------------------------------- sections

    def _on_section_changed(self, index: int) -> None:
        if not self.isVisible() or self.view is None:
            return
        if index == RESULT:
            QTimer.singleShot(0, self.result.draw_charts)
        elif index == CERTIFICATES:
            self.certificates.shown()

    def _on_list_changed(self) -> None:
        self.recompute()
        self.scoring.show_sheet()
        self.data_changed.emit()

    # ------------------------------------------------------------------------------------------- rules

    def apply_rules(self) -> bool:
        """Store the rule's settings typed in (refused while locked; a bad value says which)."""
        ui = self.ui
        text = ui.tie_break_edit.text().replace("，", ",").replace("、", ",")
        try:
            order = [int(part) for part in text.split(",") if part.strip()]
        except ValueError:
            order = None
        values = {rules.TRIM_THRESHOLD: ui.trim_spin.value(), rules.MIN_JUDGES: ui.min_judges_spin.value(),
                  rules.SPREAD_LIMIT: ui.spread_spin.value() or None,
                  rules.TIE_BREAK: order if order is not None else text,
                  rules.NUMBER_PATTERN: ui.number_pattern_edit.text()}
        try:
            for key, value in values.items():
                awards.set_rule_setting(self.db, self.edition_id, key, value)
        except VocWeekError as error:
            QMessageBox.warning(self, self.tr("评奖规则"), str(error))
            return False
        self.status_message.emit(self.tr("评奖规则已保存"))
        self.recompute()
        self._show_rules()
        return True

