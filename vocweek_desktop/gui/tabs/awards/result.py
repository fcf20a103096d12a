"""The 评分结果 section of the 评奖打分 tab: the ranking with its rule in words and its flags, the two charts,
confirming (settling a tie across the quota line) and unlocking, and the result and charts saved as files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QMessageBox,
    QSizePolicy,
)

from vocweek_desktop.domain.errors import VocWeekError
from vocweek_desktop.gui import settings
from vocweek_desktop.gui.file_dialogs import save_file
from vocweek_desktop.gui.models.awards_models import ResultModel
from vocweek_desktop.gui.tabs.awards.section import Section
from vocweek_desktop.services import awards


class ResultSection(Section):
    """The result page: ranking, charts, confirm and unlock, exports."""

    def __init__(self, tab):
        super().__init__(tab)
        self.chart_canvases: list = []
        self._chart_data: tuple | None = None
        self.model = ResultModel(self)
        view = self.ui.result_view
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ui.confirm_button.clicked.connect(lambda: self.confirm_result())
        self.ui.unlock_button.clicked.connect(lambda: self.unlock_result())
        self.ui.export_result_button.clicked.connect(lambda: self.export_result())
        self.ui.save_charts_button.clicked.connect(lambda: self.save_charts())

    def clear(self) -> None:
        """No result (no edition)."""
        self.model.set_view(None)
        self.ui.rule_label.setText("")

    def charts_stale(self) -> None:
        """The result changed: draw the charts again when next shown."""
        self._chart_data = None

    def show_result(self) -> None:
        """The ranking, the rule in words and who is (proposed to be) awarded."""
        view = self.view
        self.ui.rule_label.setText("\n".join(view.rule_lines))
        self.model.set_view(view)
        header = self.ui.result_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        last = self.model.columnCount() - 1
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

    def draw_charts(self) -> None:
        """The finals and the criteria as bar charts (drawn again only when the figures changed)."""
        view = self.view
        if view is None or not self.tab.isVisible():
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

    # ------------------------------------------------------------------------------------------- confirm and unlock

    def confirm_result(self) -> bool:
        """确认结果并锁定…: asks first (and for the names, when a group is tied across the quota line)."""
        if self.view is None:
            return False
        view = self.view
        chosen: list[str] = []
        if view.result.needs_choice:
            from vocweek_desktop.gui.dialogs.award_dialogs import TieChoiceDialog

            dialog = TieChoiceDialog([(c, view.result.name_of(c)) for c in view.result.tied],
                                     view.result.open_places, self.tab)
            try:
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    return False
                chosen = dialog.chosen()
            finally:
                dialog.deleteLater()
        else:
            names = "、".join(view.result.name_of(c) for c in view.result.proposed) or "—"
            answer = QMessageBox.question(
                self.tab, self.tr("确认评奖结果"),
                self.tr("确认以下学院获得“{0}”吗？\n\n{1}\n\n确认后评分、评分标准和规则都将锁定；"
                        "如需修改须填写理由解锁，并记入修改记录。").format(view.award_name, names),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            awards.confirm(self.db, self.edition_id, chosen)
        except VocWeekError as error:
            self.warn(self.tr("确认评奖结果"), error)
            return False
        self.tab.status_message.emit(self.tr("评奖结果已确认并锁定"))
        self.tab.reload()
        self.tab.data_changed.emit()
        return True

    def unlock_result(self) -> bool:
        """解锁…: asks for the reason (recorded with time and operator)."""
        reason, ok = QInputDialog.getText(self.tab, self.tr("解锁评奖结果"),
                                          self.tr("解锁后可以修改评分和评分标准。请填写解锁理由（记入修改记录）："))
        if not ok:
            return False
        try:
            awards.unlock(self.db, self.edition_id, reason)
        except VocWeekError as error:
            self.warn(self.tr("解锁评奖结果"), error)
            return False
        self.tab.status_message.emit(self.tr("评奖结果已解锁"))
        self.tab.reload()
        self.tab.data_changed.emit()
        return True

    # ------------------------------------------------------------------------------------------- files

    def export_result(self, path: str | Path | None = None) -> Path | None:
        """导出评分结果…: Excel or PDF by the file's ending."""
        from vocweek_desktop.services import award_export

        if path is None:
            year = self.view.year if self.view else ""
            folder = settings.last_folder() or str(Path.home())
            chosen, _ = QFileDialog.getSaveFileName(
                self.tab, self.tr("导出评分结果"), str(Path(folder) / self.tr("{0}年优秀组织奖评分结果.pdf").format(year)),
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
            self.warn(self.tr("导出评分结果"), error)
            return None
        self.tab.status_message.emit(self.tr("评分结果已导出到 {0}").format(written))
        return written

    def save_charts(self) -> Path | None:
        """保存图表…: both charts, the second beside the first (…-分项)."""
        from vocweek_desktop.services import award_export

        year = self.view.year if self.view else ""

        def write(path: Path) -> None:
            award_export.save_charts(self.db, self.edition_id, path, path.with_name(f"{path.stem}-分项{path.suffix}"))

        return save_file(self.tab, self.tr("保存图表"), self.tr("{0}年优秀组织奖得分.png").format(year),
                         self.tr("PNG 图片 (*.png)"), ".png", write, failed_title=self.tr("保存图表"))


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
