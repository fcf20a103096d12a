"""The 活动总结 tab (after the week): each college's activities planned and held as its 附件2 reported them, with
person-times and participation ratios; the publicity list; and the commands of the week's end — 附件2 templates out
and in, the week's report as PDF or Excel.

Double-clicking a college shows its activities in 活动报名. The workflows are ``gui/afterweek_flow.AfterweekFlow``'s;
the figures are ``services.report.week_report``'s (the same as the printed report's).
"""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView

from vocweek_desktop.domain.errors import VocWeekError
from vocweek_desktop.domain.report import percent_text
from vocweek_desktop.gui.afterweek_flow import AfterweekFlow
from vocweek_desktop.gui.forms.ui_afterweek_tab import Ui_AfterweekTab
from vocweek_desktop.gui.models.college_figures_model import CollegeFiguresModel
from vocweek_desktop.gui.tabs.afterweek.publicity_pane import PublicityPane
from vocweek_desktop.gui.tabs.base import TabPage
from vocweek_desktop.services.activities import ActivityFilter
from vocweek_desktop.services.report import WeekReport, week_report
from vocweek_desktop.store.engine import Database

log = logging.getLogger(__name__)


class AfterweekTab(TabPage):
    """活动总结: the colleges' figures above, the publicity list below, the week's-end commands on top."""

    page_name = "afterweek"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ui = Ui_AfterweekTab()
        ui = self.ui
        ui.setupUi(self)
        self.report: WeekReport | None = None
        self.flow = AfterweekFlow(self)
        self.flow.data_changed.connect(self._after_change)
        self.flow.status_message.connect(self.status_message)
        self.model = CollegeFiguresModel(parent=self)
        view = ui.colleges_view
        view.setModel(self.model)
        view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setHighlightSections(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        view.doubleClicked.connect(self._show_activities)
        self.publicity = PublicityPane(self.flow, self)
        ui.publicity_layout.addWidget(self.publicity)
        self.publicity.status_message.connect(self.status_message)
        self.publicity.data_changed.connect(self._after_change)
        ui.splitter.setStretchFactor(0, 1)
        ui.splitter.setStretchFactor(1, 1)
        ui.templates_button.clicked.connect(lambda: self.flow.write_statistics_templates())
        ui.import_button.clicked.connect(lambda: self.flow.choose_and_import_statistics())
        ui.report_pdf_button.clicked.connect(lambda: self.flow.export_report(".pdf"))
        ui.report_xlsx_button.clicked.connect(lambda: self.flow.export_report(".xlsx"))
        self._actions = []
        for button in (ui.templates_button, ui.import_button, ui.report_pdf_button, ui.report_xlsx_button):
            action = QAction(button.text(), self)
            action.setToolTip(button.toolTip())
            action.triggered.connect(button.click)
            self._actions.append(action)
        ui.colleges_hint.setText(self.tr("人次按情况统计表（附件2）汇总；参与率 = 参与人数 ÷ 总人数（人数，不是人次），"
                                         "来自附件2 的“学院汇总”。双击一行，在“活动报名”中查看该学院的活动。"))
        ui.colleges_hint.setStyleSheet("QLabel { color: palette(placeholder-text); }")
        self._columns_fitted = False
        self._stale = False
        self._set_enabled(False)

    # ------------------------------------------------------------------------------------------- TabPage

    def tab_title(self) -> str:
        """活动总结."""
        return self.tr("活动总结")

    def set_context(self, db: Database | None, edition_id: int | None) -> None:
        """Show the figures and publicity of ``edition_id`` (nothing when either is None)."""
        self.db, self.edition_id = db, edition_id
        self.flow.set_context(db, edition_id)
        self.publicity.set_context(db, edition_id)
        self._columns_fitted = False
        self.reload()

    def refresh(self) -> None:
        """Read the figures and the publicity list again: now when visible, else when next shown."""
        if not self.isVisible():
            self._stale = True
            return
        self.reload()
        self.publicity.reload()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Catch up with changes made elsewhere while the tab was hidden."""
        super().showEvent(event)
        if self._stale:
            self.reload()
            self.publicity.reload()

    def edit_actions(self) -> list[QAction]:
        """The publicity list's commands (with paste) and the tab's own, for the 编辑 menu."""
        pane = self.publicity
        actions = [pane.command_actions[name] for name in ("add", "edit", "delete", "copy")]
        return actions + [pane.paste_action, pane.history_action, *self._actions]

    # ------------------------------------------------------------------------------------------- figures

    def reload(self) -> None:
        """The colleges' figures and the summary line from the database."""
        self._stale = False
        ready = self.db is not None and self.edition_id is not None
        self._set_enabled(ready)
        if not ready:
            self.report = None
            self.model.set_rows([])
            self.ui.summary_label.setText(self.tr("没有选择年度。"))
            return
        try:
            self.report = week_report(self.db, self.edition_id)
        except VocWeekError as exc:
            log.warning("after-week figures failed: %s", exc)
            self.report = None
            self.model.set_rows([])
            self.ui.summary_label.setText(html.escape(str(exc)))
            return
        rows = list(self.report.colleges) + ([self.report.departments] if self.report.departments else [])
        self.model.set_rows(rows)
        if not self._columns_fitted and rows:
            self.ui.colleges_view.resizeColumnsToContents()
            self._columns_fitted = True
        self._show_summary(self.report)

    def _show_summary(self, data: WeekReport) -> None:
        teachers, students, public = data.person_times
        t_part, t_total, s_part, s_total = data.participation_totals()
        parts = [self.tr("计划 <b>{0}</b> 项，举办 <b>{1}</b> 项（改期 {2}、新增 {3}），取消 {4} 项，未填报 {5} 项").format(
            data.planned, data.held, data.moved, data.added, data.cancelled, data.unreported),
            self.tr("参与 教师 {0} · 学生 {1} · 公众 {2} 人次").format(teachers, students, public),
            self.tr("参与率 教师 {0} · 学生 {1}").format(
                percent_text(t_part / t_total) if t_part is not None and t_total else "—",
                percent_text(s_part / s_total) if s_part is not None and s_total else "—"),
            self.tr("宣传报道 {0} 篇").format(data.publicity_total)]
        self.ui.summary_label.setText("　｜　".join(parts))

    def _set_enabled(self, ready: bool) -> None:
        ui = self.ui
        for button in (ui.templates_button, ui.import_button, ui.report_pdf_button, ui.report_xlsx_button):
            button.setEnabled(ready)
        for action in self._actions:
            action.setEnabled(ready)

    def _show_activities(self, index: QModelIndex) -> None:
        record = self.model.record(index.row()) if index.isValid() else None
        if record is not None and record.college_id is not None:
            self.navigate.emit("activities", ActivityFilter(organiser=("college", record.college_id)))

    def _after_change(self) -> None:
        self.reload()
        self.publicity.reload()
        self.data_changed.emit()
