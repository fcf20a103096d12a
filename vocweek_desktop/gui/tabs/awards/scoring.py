"""The 评分 section of the 评奖打分 tab: the judges' progress, the selected judge's score grid with the objective
indicators beside each college (a click shows the rows behind one), and the score sheets out to and back from the
judges as workbooks."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHeaderView,
    QStyledItemDelegate,
    QTableWidgetItem,
)

from vocweek_desktop.domain.errors import VocWeekError
from vocweek_desktop.gui import settings
from vocweek_desktop.gui.models.awards_models import ScoreSheetModel
from vocweek_desktop.gui.tabs.awards.panes import JudgesPane, PointsDelegate
from vocweek_desktop.gui.tabs.awards.section import Section
from vocweek_desktop.gui.workers import run_with_progress
from vocweek_desktop.services import award_indicators, awards


class ScoringSection(Section):
    """The scoring page: progress, one judge's sheet (typed in place), score sheets out and in."""

    def __init__(self, tab, judges_pane: JudgesPane):
        super().__init__(tab)
        self.judges_pane = judges_pane
        judges_pane.view.selectionModel().selectionChanged.connect(self.show_sheet)
        judges_pane.model.modelReset.connect(self._select_first_judge)

        self.model = ScoreSheetModel(self)
        view = self.ui.score_view
        view.setModel(self.model)
        view.setItemDelegate(PointsDelegate(view))
        view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        view.clicked.connect(self._on_sheet_clicked)
        self.model.edit_refused.connect(self._on_edit_refused)
        self.model.sheet_changed.connect(self._on_scores_changed)
        self._plain_delegate = QStyledItemDelegate(view)  # comment and reason columns: ordinary text

        self.ui.export_sheets_button.clicked.connect(lambda: self.export_sheets())
        self.ui.import_sheets_button.clicked.connect(lambda: self.import_sheets())
        table = self.ui.progress_table
        table.setColumnCount(5)
        table.setHorizontalHeaderLabels([self.tr("评委"), self.tr("已评"), self.tr("回避"), self.tr("未完成"),
                                         self.tr("未评")])
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().hide()

    def clear(self) -> None:
        """No sheet and no progress (no edition)."""
        self.model.set_sheet(None, None, [], [], [], locked=True)
        self.ui.progress_table.setRowCount(0)

    def show_progress(self) -> None:
        """Each judge's count of colleges scored, abstained, partly and not scored (naming the last two)."""
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

    def show_sheet(self, *_args) -> None:
        """The selected judge's score grid (read-only while the result is locked)."""
        if self.db is None or self.edition_id is None or self.view is None:
            return
        judge = self.current_judge()
        criteria = awards.list_criteria(self.db, self.edition_id)
        if judge is None:
            self.ui.sheet_title_label.setText(self.tr("请在左侧选择评委（没有评委时先新增）"))
            self.model.set_sheet(None, None, criteria, [], [], locked=True)
            return
        rows = awards.judge_sheet(self.db, judge.id)
        indicators = award_indicators.indicators(self.db, self.edition_id)
        self.model.set_sheet(self.db, judge.id, criteria, rows, indicators, locked=self.view.lock.locked)
        who = f"{judge.name}（{judge.unit}）" if judge.unit else judge.name
        self.ui.sheet_title_label.setText(self.tr("评委 {0} 的评分表").format(who))
        view = self.ui.score_view
        # The college heads each row (the vertical header stays put when the grid scrolls sideways).
        view.setColumnHidden(self.model.column_of("college"), True)
        for column in range(self.model.columnCount()):
            key = self.model.column_key(column)
            view.setItemDelegateForColumn(column, view.itemDelegate() if self.model.is_score_column(column)
                                          else self._plain_delegate)
            header = view.horizontalHeader()
            if key in ("comment", "reason", "indicator:publicity", "indicator:participation"):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                view.setColumnWidth(column, {"comment": 160, "reason": 110}.get(key, 96))
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def _on_edit_refused(self, message: str) -> None:
        self.ui.score_hint_label.setText(message)
        self.ui.score_hint_label.setStyleSheet("color: #b71c1c;")
        self.tab.status_message.emit(message)

    def _on_scores_changed(self) -> None:
        self.ui.score_hint_label.setStyleSheet("")
        self.ui.score_hint_label.setText(self.tr("已保存。双击分数格录入（0 到满分，可填半分）；勾选“回避”需填写理由；"
                                                 "单击右侧的指标查看其来源。"))
        self.tab.recompute()
        self.tab.data_changed.emit()

    def _on_sheet_clicked(self, index) -> None:
        key = self.model.indicator_key(index.column())
        line = self.model.line(index.row())
        if key is None or line is None:
            return
        self.show_indicator_rows(line.row.college_id, key)

    def show_indicator_rows(self, college_id: int, key: str):
        """Open the rows behind one indicator of one college (window-modal, not blocking)."""
        from vocweek_desktop.gui.dialogs.award_dialogs import IndicatorRowsDialog

        rows = award_indicators.indicator_rows(self.db, self.edition_id, college_id, key)
        dialog = IndicatorRowsDialog(rows, self.tab)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.open()
        self.indicator_dialog = dialog
        return dialog

    # ------------------------------------------------------------------------------------------- score sheets

    def export_sheets(self, folder: str | Path | None = None) -> list[Path]:
        """导出评分表…: one workbook per judge into a folder."""
        from vocweek_desktop.services import award_sheets

        if folder is None:
            folder = QFileDialog.getExistingDirectory(self.tab, self.tr("选择保存评分表的文件夹"),
                                                      settings.last_folder() or str(Path.home()))
            if not folder:
                return []
        settings.remember_folder(Path(folder) / "x")
        try:
            written = award_sheets.write_sheets(self.db, self.edition_id, folder)
        except (VocWeekError, OSError) as error:
            self.warn(self.tr("导出评分表"), error)
            return []
        self.tab.status_message.emit(self.tr("已导出 {0} 份评分表到 {1}").format(len(written), folder))
        return written

    def import_sheets(self, paths: list[str | Path] | None = None) -> int:
        """导入评分表…: each workbook read and checked off the GUI thread, previewed, written all or nothing on
        confirmation; returns how many were written."""
        if paths is None:
            names, _ = QFileDialog.getOpenFileNames(self.tab, self.tr("导入评分表"),
                                                    settings.last_folder() or str(Path.home()),
                                                    self.tr("Excel 工作簿 (*.xlsx *.xlsm *.xls);;所有文件 (*)"))
            if not names:
                return 0
            settings.remember_folder(names[0])
            paths = names
        written = 0
        for path in paths:
            written += self._import_one(Path(path))
        if written:
            self.tab.reload()
            self.tab.data_changed.emit()
        return written

    def _import_one(self, path: Path) -> int:
        from vocweek_desktop.gui.dialogs.import_preview_dialog import ImportPreviewDialog
        from vocweek_desktop.services import award_sheets, imports

        title = self.tr("导入评分表")
        outcome = run_with_progress(self.tab, title, self.tr("正在读取并检查“{0}”…").format(path.name),
                                    partial(award_sheets.preview_sheet, self.db, self.edition_id, path))
        if outcome.cancelled:
            return 0
        if outcome.error is not None:
            if isinstance(outcome.error, VocWeekError):
                self.warn(title, outcome.error)
                return 0
            raise outcome.error
        dialog = ImportPreviewDialog(outcome.result, self.tab)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                self.tab.status_message.emit(self.tr("没有导入“{0}”，评分没有改动。").format(path.name))
                return 0
            uids, skip = dialog.delete_uids(), dialog.skip_error_rows()
        finally:
            dialog.deleteLater()
        try:
            result = imports.apply_import(self.db, dialog.preview, delete_uids=uids, skip_error_rows=skip)
        except VocWeekError as error:
            self.warn(title, self.tr("没有导入，评分没有改动：\n{0}").format(error))
            return 0
        self.tab.status_message.emit(self.tr("已导入 {0}：{1}").format(path.name, result.summary()))
        return 1
