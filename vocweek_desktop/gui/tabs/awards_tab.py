"""The 评奖打分 tab (notice 七, issue 11): the rubric and the rule's settings, the judges and their score sheets with
the objective indicators beside each college, the result with its rule in words, flags, charts, confirmation and
unlocking, and the certificates: template editor, the PDF itself as preview, calibration page and register.

Every change goes through the services (services/awards.py, award_sheets.py, certificates.py), which refuse what
a locked result does not allow; the tab shows their Chinese messages.
"""

from __future__ import annotations

import datetime as dt
import logging
from functools import partial
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QMessageBox,
    QSizePolicy,
    QStyledItemDelegate,
    QTableWidgetItem,
    QWidget,
)

from vocweek_desktop.domain import awards as rules
from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.errors import VocWeekError
from vocweek_desktop.gui import settings
from vocweek_desktop.gui.file_dialogs import save_file
from vocweek_desktop.gui.forms.ui_awards_tab import Ui_AwardsTab
from vocweek_desktop.gui.models.awards_models import ResultModel, ScoreSheetModel
from vocweek_desktop.gui.tabs.awards.panes import CriteriaPane, JudgesPane, PointsDelegate
from vocweek_desktop.gui.tabs.base import TabPage
from vocweek_desktop.gui.widgets.pdf_preview import PdfPreview
from vocweek_desktop.gui.widgets.wheel_guard import guard_wheel
from vocweek_desktop.gui.workers import run_with_progress
from vocweek_desktop.services import award_indicators, awards, certificates
from vocweek_desktop.services.awards import ResultView
from vocweek_desktop.store.engine import Database

log = logging.getLogger(__name__)

RUBRIC, SCORING, RESULT, CERTIFICATES = range(4)
FIELD_COLUMNS = ("label", "text", "x", "y", "width", "height", "size", "min_size", "align", "on_overlay")
PREVIEW_DELAY_MS = 300


class AwardsTab(TabPage):
    """The 评奖打分 tab of the main window."""

    page_name = "awards"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AwardsTab()
        self.ui.setupUi(self)
        self.setObjectName("awardsTab")
        self.view: ResultView | None = None
        self.template: certificates.TemplateRecord | None = None
        self.chart_canvases: list = []
        self._chart_data: tuple | None = None
        self._stale = True
        self._loading = False

        self.criteria_pane = CriteriaPane(self.ui.criteria_group)
        self.ui.criteria_layout.addWidget(self.criteria_pane)
        self.judges_pane = JudgesPane(self.ui.judges_group)
        self.ui.judges_group_layout.addWidget(self.judges_pane)
        for pane in (self.criteria_pane, self.judges_pane):
            pane.status_message.connect(self.status_message)
            pane.data_changed.connect(self._on_list_changed)
        self.judges_pane.view.selectionModel().selectionChanged.connect(self._show_sheet)
        self.judges_pane.model.modelReset.connect(self._select_first_judge)

        self.score_model = ScoreSheetModel(self)
        view = self.ui.score_view
        view.setModel(self.score_model)
        view.setItemDelegate(PointsDelegate(view))
        view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        view.clicked.connect(self._on_sheet_clicked)
        self.score_model.edit_refused.connect(self._on_edit_refused)
        self.score_model.sheet_changed.connect(self._on_scores_changed)
        self._plain_delegate = QStyledItemDelegate(view)  # comment and reason columns: ordinary text

        self.result_model = ResultModel(self)
        self.ui.result_view.setModel(self.result_model)
        self.ui.result_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ui.result_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ui.result_splitter.setStretchFactor(0, 2)
        self.ui.result_splitter.setStretchFactor(1, 3)
        self.ui.scoring_splitter.setStretchFactor(0, 1)
        self.ui.scoring_splitter.setStretchFactor(1, 4)
        self.ui.result_bar.setStretch(0, 1)
        self._splitters_sized = False
        self._cert_sized = False
        self.ui.cert_splitter.setStretchFactor(0, 2)
        self.ui.cert_splitter.setStretchFactor(1, 3)

        self.preview = PdfPreview(self.ui.preview_widget)
        self.preview.setMinimumWidth(360)
        self.ui.preview_holder.addWidget(self.preview)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.refresh_preview)
        self._preview_stale = True

        self._setup_rules()
        self._setup_scoring()
        self._setup_result()
        self._setup_certificates()
        self.ui.sections.currentChanged.connect(self._on_section_changed)
        self._clear()

    # ------------------------------------------------------------------------------------------- setup

    def _setup_rules(self) -> None:
        self.ui.apply_rules_button.clicked.connect(self.apply_rules)

    def _setup_scoring(self) -> None:
        self.ui.export_sheets_button.clicked.connect(lambda: self.export_sheets())
        self.ui.import_sheets_button.clicked.connect(lambda: self.import_sheets())
        table = self.ui.progress_table
        table.setColumnCount(5)
        table.setHorizontalHeaderLabels([self.tr("评委"), self.tr("已评"), self.tr("回避"), self.tr("未完成"),
                                         self.tr("未评")])
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().hide()

    def _setup_result(self) -> None:
        self.ui.confirm_button.clicked.connect(lambda: self.confirm_result())
        self.ui.unlock_button.clicked.connect(lambda: self.unlock_result())
        self.ui.export_result_button.clicked.connect(lambda: self.export_result())
        self.ui.save_charts_button.clicked.connect(lambda: self.save_charts())

    def _setup_certificates(self) -> None:
        ui = self.ui
        for name in rules.PAPERS:
            ui.paper_combo.addItem(name, name)
        from vocweek_desktop.io.pdf.fonts import available_body_fonts

        for font in available_body_fonts():
            ui.font_combo.addItem(font.label, font.key)
        table = ui.fields_table
        table.setColumnCount(len(FIELD_COLUMNS))
        table.setHorizontalHeaderLabels([self.tr("栏目"), self.tr("文字"), "x", "y", self.tr("宽"), self.tr("高"),
                                         self.tr("字号"), self.tr("最小字号"), self.tr("对齐"), self.tr("套打")])
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        ui.paper_combo.currentIndexChanged.connect(self._on_paper_changed)
        ui.issue_date_check.toggled.connect(ui.issue_date_edit.setEnabled)
        ui.apply_template_button.clicked.connect(lambda: self.apply_template())
        ui.reset_template_button.clicked.connect(self.reset_template)
        ui.background_button.clicked.connect(lambda: self.choose_picture("background"))
        ui.seal_button.clicked.connect(lambda: self.choose_picture("seal"))
        ui.clear_background_button.clicked.connect(lambda: self.set_picture("background", None))
        ui.clear_seal_button.clicked.connect(lambda: self.set_picture("seal", None))
        ui.mode_blank_radio.toggled.connect(self._schedule_preview)
        ui.offset_x_spin.valueChanged.connect(self._schedule_preview)
        ui.offset_y_spin.valueChanged.connect(self._schedule_preview)
        ui.printer_combo.currentTextChanged.connect(self._on_printer_changed)
        ui.save_offset_button.clicked.connect(self.save_offset)
        ui.print_button.clicked.connect(lambda: self.print_certificates())
        ui.calibration_button.clicked.connect(lambda: self.print_calibration())
        ui.register_button.clicked.connect(lambda: self.export_register())
        ui.refresh_preview_button.clicked.connect(self.refresh_preview)
        # Rolling the wheel down the panel must not change the offset, paper or a box it passes over.
        self._wheel_guard = guard_wheel(ui.cert_scroll)

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
        self.score_model.set_sheet(None, None, [], [], [], locked=True)
        self.result_model.set_view(None)
        self.ui.progress_table.setRowCount(0)
        self.ui.rule_label.setText("")
        self.ui.rule_preview_label.setText("")
        self.preview.set_message(self.tr("没有可预览的证书"))
        for widget in (self.ui.sections,):
            widget.setEnabled(False)

    def reload(self) -> None:
        """Read everything the tab shows for the current edition."""
        self._stale = False
        if self.db is None or self.edition_id is None:
            self._clear()
            return
        self.ui.sections.setEnabled(True)
        self._loading = True
        try:
            self.view = awards.compute_result(self.db, self.edition_id)
            self._show_lock()
            self._show_rules()
            self.criteria_pane.reload()
            self.judges_pane.reload()
            self._show_progress()
            self._show_sheet()
            self._show_result()
            self._show_template()
        except VocWeekError as exc:
            log.warning("awards tab: %s", exc)
            self._clear()
            self.ui.state_label.setText(str(exc))
        finally:
            self._loading = False
        self._preview_stale = True
        self._chart_data = None
        self._on_section_changed(self.ui.sections.currentIndex())

    def _recompute(self) -> None:
        """The result, progress and lock again after a change of scores or rules."""
        if self.db is None or self.edition_id is None:
            return
        self.view = awards.compute_result(self.db, self.edition_id)
        self._show_lock()
        self._show_progress()
        self._show_result()
        self._preview_stale = True
        self._chart_data = None
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

    def _show_progress(self) -> None:
        progress = awards.progress(self.db, self.edition_id)
        table = self.ui.progress_table
        table.setRowCount(len(progress.judges))
        for row, judge in enumerate(progress.judges):
            def named(state: str, count: int, judge=judge) -> str:
                # Which colleges, not only how many: the office chases the judge about these.
                names = [name for cid, name in progress.colleges if progress.states[(judge.judge_id, cid)] == state]
                return f"{count}（{'、'.join(names)}）" if names else str(count)

            values = [judge.name, judge.scored, judge.abstained, named("partial", judge.partial),
                      named("unscored", judge.unscored)]
            for column, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                if column:
                    item.setTextAlignment((Qt.AlignmentFlag.AlignLeft if "（" in str(value) else Qt.AlignmentFlag.AlignRight)
                                          | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)
            unscored = [name for cid, name in progress.colleges
                        if progress.states[(judge.judge_id, cid)] in ("unscored", "partial")]
            if unscored:
                table.item(row, 0).setToolTip(self.tr("尚未评完：{0}").format("、".join(unscored)))
        done = sum(1 for j in progress.judges if j.scored + j.abstained == j.total)
        self.ui.progress_group.setTitle(self.tr("评分进度（{0}/{1} 位评委已评完）").format(done, len(progress.judges)))

    def _select_first_judge(self) -> None:
        if not self.judges_pane.selected_ids() and self.judges_pane.model.rowCount() > 0:
            self.judges_pane.view.selectRow(0)

    def current_judge(self):
        """The judge whose sheet is shown (None: none selected)."""
        records = self.judges_pane.selected_records()
        return records[0] if records else None

    def _show_sheet(self, *_args) -> None:
        if self.db is None or self.edition_id is None or self.view is None:
            return
        judge = self.current_judge()
        criteria = awards.list_criteria(self.db, self.edition_id)
        if judge is None:
            self.ui.sheet_title_label.setText(self.tr("请在左侧选择评委（没有评委时先新增）"))
            self.score_model.set_sheet(None, None, criteria, [], [], locked=True)
            return
        rows = awards.judge_sheet(self.db, judge.id)
        indicators = award_indicators.indicators(self.db, self.edition_id)
        self.score_model.set_sheet(self.db, judge.id, criteria, rows, indicators, locked=self.view.lock.locked)
        who = f"{judge.name}（{judge.unit}）" if judge.unit else judge.name
        self.ui.sheet_title_label.setText(self.tr("评委 {0} 的评分表").format(who))
        view = self.ui.score_view
        # The college heads each row (the vertical header stays put when the grid scrolls sideways).
        view.setColumnHidden(self.score_model.column_of("college"), True)
        for column in range(self.score_model.columnCount()):
            key = self.score_model.column_key(column)
            view.setItemDelegateForColumn(column, view.itemDelegate() if self.score_model.is_score_column(column)
                                          else self._plain_delegate)
            header = view.horizontalHeader()
            if key in ("comment", "reason", "indicator:publicity", "indicator:participation"):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                view.setColumnWidth(column, {"comment": 160, "reason": 110}.get(key, 96))
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def _show_result(self) -> None:
        view = self.view
        self.ui.rule_label.setText("\n".join(view.rule_lines))
        self.result_model.set_view(view)
        header = self.ui.result_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        last = self.result_model.columnCount() - 1
        for column in (last - 2, last - 1):  # flags and tie notes wrap
            if column >= 0:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                self.ui.result_view.setColumnWidth(column, 220)
        self.ui.result_view.resizeRowsToContents()
        names = [view.result.name_of(c) for c in view.awarded]
        if view.lock.locked:
            text = self.tr("获奖：{0}").format("、".join(names))
        elif view.result.needs_choice:
            tied = "、".join(view.result.name_of(c) for c in view.result.tied)
            text = self.tr("建议获奖：{0}；名额线上并列：{1}（确认时选定 {2} 个）").format(
                "、".join(names) or "—", tied, view.result.open_places)
        else:
            text = self.tr("建议获奖：{0}").format("、".join(names) or self.tr("（还没有评分）"))
        self.ui.lock_label.setText(text)

    # ------------------------------------------------------------------------------------------- sections

    def _on_section_changed(self, index: int) -> None:
        if not self.isVisible() or self.view is None:
            return
        if index == RESULT:
            QTimer.singleShot(0, self._draw_charts)
        elif index == CERTIFICATES:
            if not self._cert_sized:
                self._cert_sized = True
                QTimer.singleShot(0, self._size_certificate_splitter)
            if self._preview_stale:
                self._schedule_preview()

    def _size_certificate_splitter(self) -> None:
        """The template's settings as wide as they need (no sideways scrolling on a laptop), the rest to the
        preview, which scales its pages; measured once the page is shown and laid out."""
        scroll, splitter = self.ui.cert_scroll, self.ui.cert_splitter
        total = sum(splitter.sizes())
        needed = (scroll.widget().minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width()
                  + 2 * scroll.frameWidth())
        left = min(max(splitter.sizes()[0], needed), total - self.preview.minimumWidth())
        if left > splitter.sizes()[0]:
            splitter.setSizes([left, total - left])

    def _draw_charts(self) -> None:
        view = self.view
        if view is None or not self.isVisible():
            return
        data = tuple((r.name, r.final, r.college_id in view.awarded) for r in view.result.rows)
        if data == self._chart_data:
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from vocweek_desktop.services import award_export

        for canvas in self.chart_canvases:
            self.ui.charts_layout.removeWidget(canvas)
            canvas.deleteLater()
        self.chart_canvases = []
        self.ui.chart_placeholder.hide()
        for make in (award_export.finals_figure, award_export.criteria_figure):
            canvas = FigureCanvasQTAgg(make(view, width=5.5, height=3.2))
            canvas.setMinimumHeight(200)
            canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            canvas.mpl_connect("resize_event", lambda _event, canvas=canvas: _fit_bar_labels(canvas.figure))
            self.ui.charts_layout.addWidget(canvas, 1)
            _fit_bar_labels(canvas.figure)
            canvas.draw_idle()
            self.chart_canvases.append(canvas)
        self._chart_data = data

    # ------------------------------------------------------------------------------------------- messages

    def _warn(self, title: str, error: object) -> None:
        QMessageBox.warning(self, title, str(error))

    def _on_edit_refused(self, message: str) -> None:
        self.ui.score_hint_label.setText(message)
        self.ui.score_hint_label.setStyleSheet("color: #b71c1c;")
        self.status_message.emit(message)

    def _on_scores_changed(self) -> None:
        self.ui.score_hint_label.setStyleSheet("")
        self.ui.score_hint_label.setText(self.tr("已保存。双击分数格录入（0 到满分，可填半分）；勾选“回避”需填写理由；"
                                                 "单击右侧的指标查看其来源。"))
        self._recompute()
        self.data_changed.emit()

    def _on_list_changed(self) -> None:
        self._recompute()
        self._show_sheet()
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
            self._warn(self.tr("评奖规则"), error)
            return False
        self.status_message.emit(self.tr("评奖规则已保存"))
        self._recompute()
        self._show_rules()
        return True

    # ------------------------------------------------------------------------------------------- score sheets

    def _on_sheet_clicked(self, index) -> None:
        key = self.score_model.indicator_key(index.column())
        line = self.score_model.line(index.row())
        if key is None or line is None:
            return
        self.show_indicator_rows(line.row.college_id, key)

    def show_indicator_rows(self, college_id: int, key: str):
        """Open the rows behind one indicator of one college (window-modal, not blocking)."""
        from vocweek_desktop.gui.dialogs.award_dialogs import IndicatorRowsDialog

        rows = award_indicators.indicator_rows(self.db, self.edition_id, college_id, key)
        dialog = IndicatorRowsDialog(rows, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.open()
        self.indicator_dialog = dialog
        return dialog

    def export_sheets(self, folder: str | Path | None = None) -> list[Path]:
        """导出评分表…: one workbook per judge into a folder."""
        from vocweek_desktop.services import award_sheets

        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, self.tr("选择保存评分表的文件夹"),
                                                      settings.last_folder() or str(Path.home()))
            if not folder:
                return []
        settings.remember_folder(Path(folder) / "x")
        try:
            written = award_sheets.write_sheets(self.db, self.edition_id, folder)
        except (VocWeekError, OSError) as error:
            self._warn(self.tr("导出评分表"), error)
            return []
        self.status_message.emit(self.tr("已导出 {0} 份评分表到 {1}").format(len(written), folder))
        return written

    def import_sheets(self, paths: list[str | Path] | None = None) -> int:
        """导入评分表…: each workbook read and checked off the GUI thread, previewed, written all or nothing on
        confirmation; returns how many were written."""
        if paths is None:
            names, _ = QFileDialog.getOpenFileNames(self, self.tr("导入评分表"), settings.last_folder() or str(Path.home()),
                                                    self.tr("Excel 工作簿 (*.xlsx *.xlsm *.xls);;所有文件 (*)"))
            if not names:
                return 0
            settings.remember_folder(names[0])
            paths = names
        written = 0
        for path in paths:
            written += self._import_one(Path(path))
        if written:
            self.reload()
            self.data_changed.emit()
        return written

    def _import_one(self, path: Path) -> int:
        from vocweek_desktop.gui.dialogs.import_preview_dialog import ImportPreviewDialog
        from vocweek_desktop.services import award_sheets, imports

        title = self.tr("导入评分表")
        outcome = run_with_progress(self, title, self.tr("正在读取并检查“{0}”…").format(path.name),
                                    partial(award_sheets.preview_sheet, self.db, self.edition_id, path))
        if outcome.cancelled:
            return 0
        if outcome.error is not None:
            if isinstance(outcome.error, VocWeekError):
                self._warn(title, outcome.error)
                return 0
            raise outcome.error
        dialog = ImportPreviewDialog(outcome.result, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                self.status_message.emit(self.tr("没有导入“{0}”，评分没有改动。").format(path.name))
                return 0
            uids, skip = dialog.delete_uids(), dialog.skip_error_rows()
        finally:
            dialog.deleteLater()
        try:
            result = imports.apply_import(self.db, dialog.preview, delete_uids=uids, skip_error_rows=skip)
        except VocWeekError as error:
            self._warn(title, self.tr("没有导入，评分没有改动：\n{0}").format(error))
            return 0
        self.status_message.emit(self.tr("已导入 {0}：{1}").format(path.name, result.summary()))
        return 1

    # ------------------------------------------------------------------------------------------- result

    def confirm_result(self) -> bool:
        """确认结果并锁定…: asks first (and for the names, when a group is tied across the quota line)."""
        if self.view is None:
            return False
        view = self.view
        chosen: list[str] = []
        if view.result.needs_choice:
            from vocweek_desktop.gui.dialogs.award_dialogs import TieChoiceDialog

            dialog = TieChoiceDialog([(c, view.result.name_of(c)) for c in view.result.tied],
                                     view.result.open_places, self)
            try:
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    return False
                chosen = dialog.chosen()
            finally:
                dialog.deleteLater()
        else:
            names = "、".join(view.result.name_of(c) for c in view.result.proposed) or "—"
            answer = QMessageBox.question(
                self, self.tr("确认评奖结果"),
                self.tr("确认以下学院获得“{0}”吗？\n\n{1}\n\n确认后评分、评分标准和规则都将锁定；"
                        "如需修改须填写理由解锁，并记入修改记录。").format(view.award_name, names),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            awards.confirm(self.db, self.edition_id, chosen)
        except VocWeekError as error:
            self._warn(self.tr("确认评奖结果"), error)
            return False
        self.status_message.emit(self.tr("评奖结果已确认并锁定"))
        self.reload()
        self.data_changed.emit()
        return True

    def unlock_result(self) -> bool:
        """解锁…: asks for the reason (recorded with time and operator)."""
        reason, ok = QInputDialog.getText(self, self.tr("解锁评奖结果"),
                                          self.tr("解锁后可以修改评分和评分标准。请填写解锁理由（记入修改记录）："))
        if not ok:
            return False
        try:
            awards.unlock(self.db, self.edition_id, reason)
        except VocWeekError as error:
            self._warn(self.tr("解锁评奖结果"), error)
            return False
        self.status_message.emit(self.tr("评奖结果已解锁"))
        self.reload()
        self.data_changed.emit()
        return True

    def export_result(self, path: str | Path | None = None) -> Path | None:
        """导出评分结果…: Excel or PDF by the file's ending."""
        from vocweek_desktop.services import award_export

        if path is None:
            year = self.view.year if self.view else ""
            folder = settings.last_folder() or str(Path.home())
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("导出评分结果"), str(Path(folder) / self.tr("{0}年优秀组织奖评分结果.pdf").format(year)),
                self.tr("PDF 文件 (*.pdf);;Excel 工作簿 (*.xlsx)"))
            if not chosen:
                return None
            path = chosen
        path = Path(path)
        if path.suffix.lower() not in award_export.SUFFIXES:
            path = path.with_name(path.name + ".pdf")
        settings.remember_folder(path)
        try:
            written = award_export.export_result(self.db, self.edition_id, path)
        except (VocWeekError, OSError) as error:
            self._warn(self.tr("导出评分结果"), error)
            return None
        self.status_message.emit(self.tr("评分结果已导出到 {0}").format(written))
        return written

    def save_charts(self) -> Path | None:
        """保存图表…: both charts, the second beside the first (…-分项)."""
        from vocweek_desktop.services import award_export

        year = self.view.year if self.view else ""

        def write(path: Path) -> None:
            award_export.save_charts(self.db, self.edition_id, path, path.with_name(f"{path.stem}-分项{path.suffix}"))

        return save_file(self, self.tr("保存图表"), self.tr("{0}年优秀组织奖得分.png").format(year),
                         self.tr("PNG 图片 (*.png)"), ".png", write, failed_title=self.tr("保存图表"))

    # ------------------------------------------------------------------------------------------- certificates

    def _show_template(self) -> None:
        template = certificates.get_template(self.db, self.edition_id)
        self.template = template
        ui = self.ui
        self._loading = True
        try:
            ui.paper_combo.setCurrentIndex(max(0, ui.paper_combo.findData(template.paper)))
            ui.paper_width_spin.setValue(template.width)
            ui.paper_height_spin.setValue(template.height)
            self._on_paper_changed()
            ui.font_combo.setCurrentIndex(max(0, ui.font_combo.findData(template.font)))
            ui.issue_date_check.setChecked(template.issue_date is not None)
            ui.issue_date_edit.setEnabled(template.issue_date is not None)
            day = template.issue_date or dt.date.today()
            ui.issue_date_edit.setDate(QDate(day.year, day.month, day.day))
            table = ui.fields_table
            table.setRowCount(len(template.fields))
            for row, field in enumerate(template.fields):
                for column, key in enumerate(FIELD_COLUMNS):
                    value = getattr(field, key)
                    if key == "align":
                        combo = QComboBox()
                        for code, label in rules.ALIGNMENTS.items():
                            combo.addItem(label, code)
                        combo.setCurrentIndex(combo.findData(value))
                        table.setCellWidget(row, column, combo)
                        continue
                    if key == "on_overlay":
                        box = QCheckBox()
                        box.setChecked(bool(value))
                        box.setToolTip(self.tr("套打时打印这一栏（预印好的证书纸上已有的文字不要勾选）"))
                        table.setCellWidget(row, column, box)
                        continue
                    item = QTableWidgetItem(f"{value:g}" if isinstance(value, float) else str(value))
                    if key == "label":
                        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    table.setItem(row, column, item)
            table.resizeRowsToContents()
            table.setFixedHeight(table.horizontalHeader().height() + sum(table.rowHeight(r) for r in range(
                table.rowCount())) + 2 * table.frameWidth() + 2)
            x, y, w, h = template.seal_box
            ui.seal_x_spin.setValue(x)
            ui.seal_y_spin.setValue(y)
            ui.seal_width_spin.setValue(w)
            ui.seal_height_spin.setValue(h)
            pictures = [self.tr("背景：{0}").format(template.background_name or self.tr("无")),
                        self.tr("印章：{0}").format(template.seal_name or self.tr("无"))]
            ui.pictures_label.setText("；".join(pictures))
            ui.clear_background_button.setEnabled(template.has_background)
            ui.clear_seal_button.setEnabled(template.has_seal)
            stored = certificates.printers(self.db, self.edition_id)
            name, offset_x, offset_y = certificates.printer_offset(self.db, self.edition_id)
            from PySide6.QtPrintSupport import QPrinterInfo

            names = list(dict.fromkeys([*stored, *QPrinterInfo.availablePrinterNames()]))
            ui.printer_combo.clear()
            ui.printer_combo.addItems(names)
            ui.printer_combo.setEditText(name)
            ui.offset_x_spin.setValue(offset_x)
            ui.offset_y_spin.setValue(offset_y)
            self._wheel_guard.cover()  # the alignment boxes just made
        finally:
            self._loading = False

    def _on_paper_changed(self, *_args) -> None:
        custom = self.ui.paper_combo.currentData() == "自定义"
        self.ui.paper_width_spin.setEnabled(custom)
        self.ui.paper_height_spin.setEnabled(custom)
        size = rules.PAPERS.get(self.ui.paper_combo.currentData() or "")
        if size is not None and not self._loading:
            self.ui.paper_width_spin.setValue(size[0])
            self.ui.paper_height_spin.setValue(size[1])

    def template_values(self) -> dict[str, object]:
        """What the template editor shows, as update_template takes it."""
        ui = self.ui
        table = ui.fields_table
        fields = []
        for row, field in enumerate(self.template.fields if self.template else ()):
            values: dict[str, object] = {"key": field.key}
            for column, key in enumerate(FIELD_COLUMNS):
                if key == "label":
                    continue
                if key == "align":
                    values[key] = table.cellWidget(row, column).currentData()
                elif key == "on_overlay":
                    values[key] = table.cellWidget(row, column).isChecked()
                else:
                    item = table.item(row, column)
                    values[key] = item.text() if item is not None else ""
            fields.append(values)
        date = ui.issue_date_edit.date()
        return {"paper": ui.paper_combo.currentData(), "width": ui.paper_width_spin.value(),
                "height": ui.paper_height_spin.value(), "font": ui.font_combo.currentData(),
                "issue_date": dt.date(date.year(), date.month(), date.day()) if ui.issue_date_check.isChecked()
                else None,
                "seal_box": (ui.seal_x_spin.value(), ui.seal_y_spin.value(), ui.seal_width_spin.value(),
                             ui.seal_height_spin.value()),
                "fields": fields}

    def apply_template(self) -> bool:
        """保存模板: the editor's values checked by the service (a box off the paper is refused, naming the field);
        a new paper size moves the boxes in proportion when asked."""
        values = self.template_values()
        old = self.template
        rescale = (self.ui.rescale_check.isChecked() and old is not None
                   and (values["width"], values["height"]) != (old.width, old.height))
        if rescale:  # the boxes typed are those of the old paper: move them all
            values = {key: value for key, value in values.items() if key not in ("fields", "seal_box")}
        try:
            certificates.update_template(self.db, self.edition_id, values, rescale=rescale)
        except VocWeekError as error:
            self._warn(self.tr("证书模板"), error)
            return False
        self.status_message.emit(self.tr("证书模板已保存"))
        self._show_template()
        self._schedule_preview()
        return True

    def reset_template(self) -> None:
        """恢复默认模板 (the pictures stay)."""
        certificates.reset_template(self.db, self.edition_id)
        self._show_template()
        self._schedule_preview()

    def choose_picture(self, which: str) -> bool:
        """背景图片… / 印章图片…: pick a picture file to keep in the database."""
        name, _ = QFileDialog.getOpenFileName(self, certificates.PICTURES[which],
                                              settings.last_folder() or str(Path.home()),
                                              self.tr("图片 (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff);;所有文件 (*)"))
        if not name:
            return False
        settings.remember_folder(name)
        return self.set_picture(which, name)

    def set_picture(self, which: str, path: str | Path | None) -> bool:
        """Keep (or, with None, remove) the background or seal picture; a file that is not a picture is refused."""
        try:
            certificates.set_picture(self.db, self.edition_id, which, path)
        except VocWeekError as error:
            self._warn(certificates.PICTURES[which], error)
            return False
        self._show_template()
        self._schedule_preview()
        return True

    def mode(self) -> str:
        """blank or overlay, as the radio buttons say."""
        return "blank" if self.ui.mode_blank_radio.isChecked() else "overlay"

    def offset(self) -> tuple[float, float]:
        """The offset in the spin boxes (mm)."""
        return self.ui.offset_x_spin.value(), self.ui.offset_y_spin.value()

    def _on_printer_changed(self, name: str) -> None:
        if self._loading or self.db is None or self.edition_id is None:
            return
        stored = certificates.printers(self.db, self.edition_id)
        if name in stored:
            self.ui.offset_x_spin.setValue(stored[name][0])
            self.ui.offset_y_spin.setValue(stored[name][1])

    def save_offset(self) -> None:
        """保存偏移: the offset for the printer named, which becomes the current printer."""
        name = self.ui.printer_combo.currentText().strip() or msg.CERT_PRINTER_DEFAULT
        try:
            certificates.set_printer_offset(self.db, self.edition_id, name, *self.offset())
        except VocWeekError as error:
            self._warn(self.tr("打印机偏移"), error)
            return
        self.status_message.emit(self.tr("已保存“{0}”的偏移 X {1:+g}、Y {2:+g} 毫米").format(name, *self.offset()))

    def _schedule_preview(self, *_args) -> None:
        if self._loading:
            return
        self._preview_stale = True
        if self.isVisible() and self.ui.sections.currentIndex() == CERTIFICATES:
            self._preview_timer.start()

    def refresh_preview(self) -> None:
        """Render the certificates as they would be printed now (mode, offset) and show that PDF."""
        self._preview_stale = False
        if self.db is None or self.edition_id is None:
            return
        try:
            out = certificates.print_certificates(self.db, self.edition_id, preview=True, mode=self.mode(),
                                                  offset=self.offset())
        except VocWeekError as error:
            self.preview.set_message(str(error))
            self.ui.cert_notes_label.setText("")
            return
        self.preview.set_pdf(out.pdf)
        notes = [self.tr("预览 {0} 页：{1}").format(len(out.recipients), "、".join(
            f"{r.college}（{r.number_text}{'' if r.issued else self.tr('，预计编号')}）" for r in out.recipients))]
        if out.draft:
            notes.append(self.tr("结果尚未确认：证书带“样稿”水印。"))
        if self.mode() == "overlay":
            notes.append(self.tr("套打：背景只在预览中显示，不会打印；只打印勾选了“套打”的栏目。"))
        notes.extend(out.flags)
        self.ui.cert_notes_label.setText("\n".join(notes))

    def print_certificates(self, path: str | Path | None = None) -> Path | None:
        """导出证书 PDF…: one page per college awarded, in rank order (issued and recorded once confirmed)."""
        if path is None:
            year = self.view.year if self.view else ""
            folder = settings.last_folder() or str(Path.home())
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("导出证书 PDF"),
                                                    str(Path(folder) / self.tr("{0}年荣誉证书.pdf").format(year)),
                                                    self.tr("PDF 文件 (*.pdf)"))
            if not chosen:
                return None
            path = chosen
        path = Path(path)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        settings.remember_folder(path)
        try:
            out = certificates.print_certificates(self.db, self.edition_id, path, mode=self.mode(),
                                                  offset=self.offset())
        except (VocWeekError, OSError) as error:
            self._warn(self.tr("导出证书"), error)
            return None
        parts = [self.tr("已导出 {0} 页证书到 {1}").format(len(out.recipients), path)]
        if out.draft:
            parts.append(self.tr("（样稿：结果尚未确认）"))
        if out.issued:
            parts.append(self.tr("发证 {0} 张").format(len(out.issued)))
        if out.reissued:
            parts.append(self.tr("补打 {0} 张").format(len(out.reissued)))
        self.status_message.emit("，".join(parts))
        self.ui.cert_notes_label.setText("\n".join(["，".join(parts), *out.flags]))
        return path

    def print_calibration(self, path: str | Path | None = None) -> Path | None:
        """校准页…: the calibration page with the offset in the spin boxes."""
        name = self.ui.printer_combo.currentText().strip()

        def write(target: Path) -> None:
            certificates.print_calibration(self.db, self.edition_id, target, offset=self.offset(), printer=name)

        if path is not None:
            write(Path(path))
            return Path(path)
        return save_file(self, self.tr("导出校准页"), self.tr("证书打印校准页.pdf"), self.tr("PDF 文件 (*.pdf)"), ".pdf",
                         write, failed_title=self.tr("导出校准页"))

    def export_register(self, path: str | Path | None = None) -> Path | None:
        """发证登记表…: the certificates issued, to Excel."""
        def write(target: Path) -> None:
            certificates.export_register(self.db, self.edition_id, target)

        if path is not None:
            write(Path(path))
            return Path(path)
        year = self.view.year if self.view else ""
        return save_file(self, self.tr("导出发证登记表"), self.tr("{0}年荣誉证书发证登记表.xlsx").format(year),
                         self.tr("Excel 工作簿 (*.xlsx)"), ".xlsx", write, failed_title=self.tr("导出发证登记表"))


def _fit_bar_labels(figure) -> None:
    """The colleges' names beside the bars (and the scores at their ends) no larger than the room each bar has, so
    that on a small screen they do not run into each other: the figure follows the widget, its fonts do not."""
    # Two passes: the layout gives the axes the room the labels leave them.
    for _ in range(2):
        for axes in figure.axes:
            labels = [label for label in axes.get_yticklabels() if label.get_text()]
            if not labels:
                continue
            room = axes.get_window_extent().height / len(labels) * 72 / figure.dpi  # points per bar
            size = max(5.0, min(10.0, room * 0.75))
            for label in labels:
                label.set_fontsize(size)
            for text in axes.texts:  # the scores bar_label wrote
                text.set_fontsize(min(9.0, size))
        if figure.get_layout_engine() is not None:
            figure.get_layout_engine().execute(figure)
