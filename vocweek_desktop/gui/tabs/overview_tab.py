"""The 概览 tab: the week's days side by side, theme-day and category counts, warnings, and the college chart.

Clicking a day, a warning, a count row or a bar emits ``navigate("activities", ActivityFilter)``; the window
brings the 活动报名 tab to the front, filtered (a warning about outings: ``navigate("outings", OutingFilter)``). The chart is built only after the tab is shown (matplotlib is never loaded at start-up).
"""

from __future__ import annotations

import datetime as dt
import html
import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHeaderView,
    QLabel,
    QLayout,
    QListWidgetItem,
    QMessageBox,
    QSizePolicy,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vocweek_desktop.domain.dates import format_moment
from vocweek_desktop.domain.errors import VocWeekError
from vocweek_desktop.gui import settings
from vocweek_desktop.gui.forms.ui_overview_tab import Ui_OverviewTab
from vocweek_desktop.gui.tabs.base import TabPage
from vocweek_desktop.services.activities import ActivityFilter
from vocweek_desktop.services.overview import (
    DayCount,
    GroupCount,
    Overview,
    overview_at,
    week_overview,
)
from vocweek_desktop.store.engine import Database

log = logging.getLogger(__name__)

FILTER_ROLE = Qt.ItemDataRole.UserRole
#: The tab a warning's click goes to ("activities", "outings").
PAGE_ROLE = Qt.ItemDataRole.UserRole + 1
#: On show, redo the time-dependent texts (time left to the deadline) when they are older than this.
RETIME_AFTER = dt.timedelta(minutes=1)
EMPTY_RED = "#c62828"

CARD_STYLE = """
QFrame#dayCard { border: 1px solid palette(mid); border-radius: 6px; background: palette(base); }
QFrame#dayCard:hover { border-color: palette(highlight); }
QFrame#dayCard:focus { border: 2px solid palette(highlight); }
QFrame#dayCard[empty="true"] { background: #fdecea; border-color: #e57373; }
QFrame#dayCard[empty="true"]:focus { border: 2px solid #c62828; }
"""


class DayCard(QFrame):
    """One day of the week: date, weekday, how many activities, the theme days kept; click (or Enter) to filter."""

    clicked = Signal(object)  # the date

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dayCard")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        # Ignored: the seven cards share the width equally whatever their text.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(96)
        self.day: dt.date | None = None
        self.count = 0
        self._themes: list[str] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        self.date_label = QLabel()
        self.count_label = QLabel()
        self.unit_label = QLabel()
        self.theme_label = QLabel()
        self.theme_label.setWordWrap(True)
        self.theme_label.setTextFormat(Qt.TextFormat.PlainText)
        bold = QFont(self.date_label.font())
        bold.setBold(True)
        self.date_label.setFont(bold)
        big = QFont(self.count_label.font())
        big.setPointSizeF(big.pointSizeF() * 2.0 if big.pointSizeF() > 0 else 20)
        big.setBold(True)
        self.count_label.setFont(big)
        for label in (self.date_label, self.count_label, self.unit_label, self.theme_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)
        layout.addStretch(1)
        self.theme_label.setMinimumHeight(self.theme_label.fontMetrics().height() * 2)
        self.theme_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)

    def set_day(self, day: DayCount) -> None:
        """Show ``day``; a day with no activity is highlighted."""
        self.day, self.count = day.day, day.count
        self.date_label.setText(f"{day.label} {day.weekday}")
        self.count_label.setText(str(day.count))
        self.unit_label.setText(self.tr("项活动") if day.count else self.tr("无活动"))
        # A line may break between two theme days, never inside one: CJK text breaks between any two
        # characters, so they are glued with WORD JOINER (U+2060) and a no-break space.
        self._themes = ["\u2060".join(f"{name}\u00a0{count}") for name, count in day.theme_days]
        self._pack_themes()
        self.setToolTip(self.tr("{0}（{1}）：{2} 项活动，单击在“活动报名”中查看").format(
            day.label, day.weekday, day.count))
        empty = day.count == 0
        color = f"color: {EMPTY_RED};" if empty else ""
        self.count_label.setStyleSheet(color)
        self.unit_label.setStyleSheet(color)
        if self.property("empty") != empty:
            self.setProperty("empty", empty)
            self.style().unpolish(self)
            self.style().polish(self)

    def _pack_themes(self) -> None:
        """Lay the theme days out in lines as wide as the card: " · " between two days on one line, a line break
        between lines (Qt's own wrapping would break after a dot and leave it dangling at the line's end)."""
        width, metrics = self.theme_label.contentsRect().width(), self.theme_label.fontMetrics()
        lines: list[str] = []
        for item in self._themes:
            if lines and metrics.horizontalAdvance(f"{lines[-1]} · {item}") <= width:
                lines[-1] = f"{lines[-1]} · {item}"
            else:
                lines.append(item)
        self.theme_label.setText("\n".join(lines))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        """Lay the theme days out again for the new width."""
        super().resizeEvent(event)
        self._pack_themes()

    @property
    def empty(self) -> bool:
        """Whether no activity runs on this day."""
        return self.day is not None and self.count == 0

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt name)
        """A left click inside the card emits ``clicked``."""
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self._emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        """Enter or Space on a focused card emits ``clicked``."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._emit()
            return
        super().keyPressEvent(event)

    def _emit(self) -> None:
        if self.day is not None:
            self.clicked.emit(self.day)


class _EnterKeyFilter(QObject):
    """Calls ``handler`` when Enter is pressed in the watched list (a click is handled by itemClicked)."""

    def __init__(self, handler: Callable[[], None], parent: QObject):
        super().__init__(parent)
        self._handler = handler

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._handler()
            return True
        return False


class OverviewTab(TabPage):
    """The 概览 tab of the main window."""

    page_name = "overview"

    #: Emitted after the chart was (re)drawn.
    chart_ready = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_OverviewTab()
        self.ui.setupUi(self)
        self.setObjectName("overviewTab")
        #: Where "now" comes from (tests pin it).
        self.clock: Callable[[], dt.datetime] = dt.datetime.now
        self.overview: Overview | None = None
        self.day_cards: list[DayCard] = []
        self.chart_canvas = None  # a FigureCanvasQTAgg once drawn
        self._chart_data: tuple | None = None  # what the drawn chart shows
        self._chart_wanted: tuple | None = None  # what it should show
        self._stale = True
        self._submissions_after_paint = False  # the 材料提交 page loads after the tab's next paint

        self.ui.days_group.setStyleSheet(CARD_STYLE)
        for table in (self.ui.theme_table, self.ui.category_table):
            header = table.horizontalHeader()
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
            header.setHighlightSections(False)
            # Fixed row height known before the first layout, so the table can be sized to its rows.
            table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
            table.setCursor(Qt.CursorShape.PointingHandCursor)
        # The count tables grow to show every row while the column has room (each group box is as tall as its
        # table may be, no taller), and the space left goes below them.
        for group in (self.ui.theme_group, self.ui.category_group):
            group.layout().setSizeConstraint(QLayout.SizeConstraint.SetMinAndMaxSize)
            group.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.ui.counts_layout.setStretch(0, 1)
        self.ui.counts_layout.setStretch(1, 1)
        self.ui.counts_layout.setStretch(2, 0)
        self.ui.theme_table.cellClicked.connect(lambda row, _col: self._on_group_clicked(self.ui.theme_table, row))
        self.ui.category_table.cellClicked.connect(
            lambda row, _col: self._on_group_clicked(self.ui.category_table, row))
        self.ui.warnings_list.itemClicked.connect(self._on_warning_clicked)
        self.ui.warnings_list.installEventFilter(
            _EnterKeyFilter(lambda: self._on_warning_clicked(self.ui.warnings_list.currentItem()), self))
        self.ui.warnings_list.setCursor(Qt.CursorShape.PointingHandCursor)
        self.ui.save_chart_button.clicked.connect(self.save_chart_dialog)
        self.ui.save_chart_button.setEnabled(False)
        self._splitter_sized = False
        self._add_submissions()
        self._clear()

    def _add_submissions(self) -> None:
        """Two pages under the summary line: the week (days, warnings, counts, chart: as before) and 材料提交, the
        submissions matrix (its own module), which needs the whole height for a dozen colleges."""
        from PySide6.QtWidgets import QTabWidget

        self._submissions = None  # the matrix widget, built with the page's first load (after the first paint)
        self.pages = QTabWidget(self)
        self.pages.setObjectName("overviewPages")
        self.pages.setDocumentMode(True)
        week = QWidget()
        layout = QVBoxLayout(week)
        layout.setContentsMargins(0, 6, 0, 0)
        self.ui.main_layout.replaceWidget(self.ui.days_group, self.pages)
        self.ui.main_layout.removeWidget(self.ui.lower_splitter)
        self.ui.main_layout.setStretchFactor(self.pages, 1)
        layout.addWidget(self.ui.days_group)
        layout.addWidget(self.ui.lower_splitter, 1)
        self._matrix_page = QWidget()
        QVBoxLayout(self._matrix_page)
        self.pages.addTab(week, self.tr("本周活动"))
        self.pages.addTab(self._matrix_page, self.tr("材料提交"))
        self.pages.currentChanged.connect(self._on_page_changed)

    @property
    def submissions(self):
        """The 材料提交 matrix (a SubmissionsMatrix), built the first time it is needed."""
        if self._submissions is None:
            from vocweek_desktop.gui.tabs.overview.submissions_matrix import SubmissionsMatrix

            matrix = SubmissionsMatrix(clock=lambda: self.clock())
            matrix.status_message.connect(self.status_message)
            matrix.data_changed.connect(self.data_changed)
            matrix.data_changed.connect(self._show_submissions_title)
            self._matrix_page.layout().addWidget(matrix)
            self._submissions = matrix
        return self._submissions

    def _on_page_changed(self, index: int) -> None:
        if index == 1 and self._submissions_after_paint:  # asked for before its load after the paint
            self._load_submissions()

    def _show_submissions_title(self) -> None:
        matrix = self._submissions.matrix if self._submissions is not None else None
        owed = sum(1 for row in matrix.rows if row.reminder) if matrix is not None else 0
        self.pages.setTabText(1, self.tr("材料提交（{0} 个学院未交齐）").format(owed) if owed else self.tr("材料提交"))

    # ------------------------------------------------------------------------------------------- TabPage

    def tab_title(self) -> str:
        """概览"""
        return self.tr("概览")

    def set_context(self, db: Database | None, edition_id: int | None) -> None:
        """Show ``edition_id`` of ``db`` (the figures at once, the chart once the tab is visible)."""
        self.db, self.edition_id = db, edition_id
        self.reload()

    def refresh(self) -> None:
        """Reload now when visible, otherwise the next time the tab is shown."""
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        """Reload stale figures, then draw the chart after the window has painted."""
        super().showEvent(event)
        if not self._splitter_sized:
            self._splitter_sized = True
            width = max(self.ui.lower_splitter.width(), 900)
            self.ui.lower_splitter.setSizes([int(width * 0.34), int(width * 0.24), int(width * 0.42)])
        if self._stale:
            self.reload()
        elif self.overview is not None and self.clock() - self.overview.now > RETIME_AFTER:
            # Counts only change through edits (which mark the tab stale); the clock only moves the deadline texts.
            self._show(overview_at(self.overview, self.clock()))
        self._schedule_chart()

    # ------------------------------------------------------------------------------------------- loading

    def reload(self) -> None:
        """Read the overview of the current edition and show it."""
        self._stale = False
        if self.isVisible():
            self._load_submissions()
        else:  # at start-up: after the window's first paint, which waits for nothing on the second page
            self._submissions_after_paint = True
        if self.db is None or self.edition_id is None:
            self._clear()
            return
        try:
            overview = week_overview(self.db, self.edition_id, now=self.clock())
        except VocWeekError as exc:
            log.warning("overview failed: %s", exc)
            self._clear(str(exc))
            return
        self._show(overview)

    def _show(self, overview: Overview) -> None:
        self.overview = overview
        self._show_summary(overview)
        self._show_days(overview)
        self._fill_groups(self.ui.theme_table, overview.theme_days, overview, "theme_day")
        self._fill_groups(self.ui.category_table, overview.categories, overview, "category")
        self._fit_height(self.ui.theme_table)
        self._fit_height(self.ui.category_table)
        self._show_warnings(overview)
        self._chart_wanted = tuple((c.name, c.count, c.college_id) for c in overview.colleges)
        if self.chart_canvas is None:  # until the chart is drawn (after the first paint), say that it is coming
            self.ui.chart_placeholder.setText(self.tr("正在绘制图表…"))
            self.ui.chart_placeholder.show()
        self._schedule_chart()

    def _clear(self, reason: str = "") -> None:
        self.overview = None
        self.ui.summary_label.setText(html.escape(reason) if reason else self.tr("没有选择年度。"))
        for card in self.day_cards:
            card.deleteLater()
        self.day_cards = []
        self.ui.theme_table.setRowCount(0)
        self.ui.category_table.setRowCount(0)
        self.ui.warnings_list.clear()
        self._chart_wanted = None
        self._remove_canvas()
        self.ui.chart_placeholder.setText(self.tr("没有可显示的数据"))
        self.ui.chart_placeholder.show()
        self.ui.save_chart_button.setEnabled(False)

    def _show_summary(self, ov: Overview) -> None:
        start, end = ov.week_start, ov.week_end
        parts = [f"<b>{html.escape(ov.title)}</b>",
                 html.escape(self.tr("{0}月{1}日至{2}月{3}日").format(start.month, start.day, end.month, end.day)),
                 self.tr("共 <b>{0}</b> 项活动（不含已取消）").format(ov.total)]
        registered = sum(1 for c in ov.colleges if c.registered)
        if ov.colleges:
            parts.append(self.tr("已报名学院 {0}/{1}").format(registered, len(ov.colleges)))
        if ov.registration_deadline is not None:
            overdue = ov.now >= ov.registration_deadline
            status = html.escape(ov.deadline_text)
            if overdue and registered < len(ov.colleges):
                status = f'<span style="color:{EMPTY_RED}">{status}</span>'
            parts.append(self.tr("报名截止 {0}（{1}）").format(format_moment(ov.registration_deadline), status))
        self.ui.summary_label.setText("　｜　".join(parts))

    def _show_days(self, ov: Overview) -> None:
        while len(self.day_cards) < len(ov.days):
            card = DayCard(self.ui.days_group)
            card.clicked.connect(self._on_day_clicked)
            self.ui.days_layout.addWidget(card, 1)
            self.day_cards.append(card)
        while len(self.day_cards) > len(ov.days):
            card = self.day_cards.pop()
            self.ui.days_layout.removeWidget(card)
            card.deleteLater()
        for card, day in zip(self.day_cards, ov.days, strict=True):
            card.set_day(day)

    def _fill_groups(self, table: QTableWidget, groups: tuple[GroupCount, ...], ov: Overview, key: str) -> None:
        table.setRowCount(len(groups))
        grey = self.palette().color(self.palette().ColorGroup.Disabled, self.palette().ColorRole.Text)
        for row, group in enumerate(groups):
            name = QTableWidgetItem(group.name)
            count = QTableWidgetItem(str(group.count))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            per_day = "，".join(f"{day.label} {n}" for day, n in zip(ov.days, group.per_day, strict=True) if n)
            tip = self.tr("{0}：{1} 项活动").format(group.name, group.count)
            if per_day:
                tip += self.tr("\n按天：{0}").format(per_day)
            tip += self.tr("\n单击在“活动报名”中查看")
            for item in (name, count):
                item.setToolTip(tip)
                item.setData(FILTER_ROLE, ActivityFilter(**{key: group.name}))
                if group.count == 0:
                    item.setForeground(QColor(grey))
            table.setItem(row, 0, name)
            table.setItem(row, 1, count)

    @staticmethod
    def _fit_height(table: QTableWidget) -> None:
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(row) for row in range(table.rowCount()))
        # At most as tall as its rows (no blank area below them); it may shrink and scroll in a small window.
        table.setMaximumHeight(height)
        table.setMinimumHeight(min(height, table.horizontalHeader().sizeHint().height()
                                   + 3 * table.verticalHeader().defaultSectionSize() + 2 * table.frameWidth()))

    def _show_warnings(self, ov: Overview) -> None:
        warnings_list = self.ui.warnings_list
        warnings_list.clear()
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for warning in ov.warnings:
            item = QListWidgetItem(icon, warning.text)
            item.setData(FILTER_ROLE, warning.filter)
            item.setData(PAGE_ROLE, warning.page)
            where = self.tr("外出审批") if warning.page == "outings" else self.tr("活动报名")
            item.setToolTip(self.tr("{0}\n单击在“{1}”中查看").format(warning.text, where))
            warnings_list.addItem(item)
        if not ov.warnings:
            item = QListWidgetItem(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
                                   self.tr("没有需要注意的问题：每天都有活动，每个学院都已报名且有线下活动。"))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            warnings_list.addItem(item)
        self.ui.warnings_group.setTitle(self.tr("需要注意（{0}）").format(len(ov.warnings)) if ov.warnings
                                        else self.tr("需要注意"))

    # ------------------------------------------------------------------------------------------- clicks

    def _show_activities(self, flt: ActivityFilter) -> None:
        self.navigate.emit("activities", flt)

    def _on_day_clicked(self, day: dt.date) -> None:
        self._show_activities(ActivityFilter(day=day))

    def _on_warning_clicked(self, item: QListWidgetItem | None) -> None:
        flt = item.data(FILTER_ROLE) if item is not None else None
        if isinstance(flt, ActivityFilter):
            self._show_activities(flt)
        elif flt is not None and item.data(PAGE_ROLE):  # a warning about outings: the 外出审批 tab shows it
            self.navigate.emit(item.data(PAGE_ROLE), flt)

    def _on_group_clicked(self, table: QTableWidget, row: int) -> None:
        item = table.item(row, 0)
        flt = item.data(FILTER_ROLE) if item is not None else None
        if isinstance(flt, ActivityFilter):
            self._show_activities(flt)

    def _on_chart_click(self, event) -> None:
        if event.button != 1 or self.chart_canvas is None or self._chart_data is None:
            return
        for axes in self.chart_canvas.figure.axes:
            for patch in axes.patches:
                if patch.get_gid() is not None and patch.contains(event)[0]:
                    _name, _count, college_id = self._chart_data[int(patch.get_gid())]
                    self._show_activities(ActivityFilter(organiser=("college", college_id)))
                    return

    # ------------------------------------------------------------------------------------------- chart

    def _schedule_chart(self) -> None:
        if self.isVisible() and self._chart_wanted is not None and self._chart_wanted != self._chart_data:
            # After the tab's next paint: the window shows its figures first, then matplotlib loads (its
            # first use can take seconds). A timer alone could fire before the first paint of the window.
            self._chart_after_paint = True
            self.update()

    def _load_submissions(self) -> None:
        self._submissions_after_paint = False
        self.submissions.set_context(self.db, self.edition_id)
        self._show_submissions_title()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt name)
        """Load the 材料提交 page and start drawing a pending chart once the tab itself has been painted."""
        super().paintEvent(event)
        if self._submissions_after_paint:
            self._submissions_after_paint = False
            QTimer.singleShot(0, self._load_submissions)
        if getattr(self, "_chart_after_paint", False):
            self._chart_after_paint = False
            QTimer.singleShot(0, self._draw_chart)

    def _draw_chart(self) -> None:
        """Build the chart for the current figures (only when visible and changed)."""
        wanted = self._chart_wanted
        if not self.isVisible() or wanted is None or wanted == self._chart_data:
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from vocweek_desktop.io.charts import activities_per_college_figure

        # No title on screen: the group box above says what it is.
        figure = activities_per_college_figure([(name, count) for name, count, _ in wanted], title="",
                                               empty_text=self.tr("本年度还没有学院"))
        canvas = FigureCanvasQTAgg(figure)
        canvas.setObjectName("chartCanvas")
        canvas.setMinimumHeight(220)
        canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        canvas.setToolTip(self.tr("单击柱条，在“活动报名”中查看该学院的活动"))
        canvas.mpl_connect("button_press_event", self._on_chart_click)
        self._remove_canvas()
        self.ui.chart_placeholder.hide()
        self.ui.chart_layout.insertWidget(0, canvas, 1)
        canvas.show()  # the layout would only show it on a later event
        self.chart_canvas = canvas
        self._chart_data = wanted
        self.ui.save_chart_button.setEnabled(bool(wanted))
        canvas.draw_idle()
        self.chart_ready.emit()

    def _remove_canvas(self) -> None:
        if self.chart_canvas is not None:
            self.ui.chart_layout.removeWidget(self.chart_canvas)
            self.chart_canvas.deleteLater()
            self.chart_canvas = None
        self._chart_data = None

    def save_chart_dialog(self) -> None:
        """Ask where, then save the chart as PNG or PDF."""
        if self.overview is None:
            return
        default = f"{settings.last_folder() or '.'}/{self.overview.year}年各学院活动数.png"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存图表"), default,
                                              self.tr("PNG 图片 (*.png);;PDF 文件 (*.pdf)"))
        if path:
            self.save_chart(path)

    def save_chart(self, path: str) -> bool:
        """Save the chart of the current figures to ``path`` (PNG or PDF by its suffix); says when it fails."""
        if self.overview is None:
            return False
        from vocweek_desktop.io.charts import activities_per_college_figure, save_figure

        counts = [(c.name, c.count) for c in self.overview.colleges]
        try:
            written = save_figure(activities_per_college_figure(counts, title=self.tr("各学院报名活动数"),
                                                                width=8.0), path)
        except VocWeekError as exc:
            QMessageBox.warning(self, self.tr("保存图表"), str(exc))
            return False
        settings.remember_folder(written)
        self.status_message.emit(self.tr("图表已保存到 {0}").format(written))
        return True
