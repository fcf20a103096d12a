"""The 活动报名 tab: every activity of the edition — filter, search, sort, edit in place or in a form, delete to the
recycle bin with undo, copy cells out and paste rows in from Excel.

Rows come from ActivitiesModel, which sorts and filters in SQL and reads rows in windows, so the tab stays smooth
at 100,000 activities. Its cell editors are in activities/delegates.py, its undo commands in activities/commands.py,
its copy and paste in activities/clipboard.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from vocweek_desktop.domain.activities import CATEGORIES, FORMS, STATUSES, THEME_DAYS
from vocweek_desktop.domain.dates import days_between, format_day
from vocweek_desktop.domain.errors import VocWeekError
from vocweek_desktop.gui.forms.ui_activities_tab import Ui_ActivitiesTab
from vocweek_desktop.gui.models.activities_model import ActivitiesModel, organiser_key, organiser_of
from vocweek_desktop.gui.tabs.activities.clipboard import ActivitiesClipboard
from vocweek_desktop.gui.tabs.activities.commands import DeleteCommand, EditCommand
from vocweek_desktop.gui.tabs.activities.delegates import ActivityDelegate
from vocweek_desktop.gui.tabs.base import TabPage
from vocweek_desktop.gui.widgets.combo_width import fit_to_items
from vocweek_desktop.gui.widgets.view_keys import ViewKeys
from vocweek_desktop.services import activities, editions
from vocweek_desktop.services.activities import ActivityFilter
from vocweek_desktop.store.engine import Database

SEARCH_DELAY_MS = 300

class ActivitiesTab(TabPage):
    """活动报名: the activities of the selected edition."""

    page_name = "activities"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ui = Ui_ActivitiesTab()
        self.ui.setupUi(self)
        self._year: int | None = None
        self._week: tuple[dt.date, dt.date] | None = None
        self._total = 0
        self._filling = False

        self.model = ActivitiesModel(self)
        self.undo_stack = QUndoStack(self)
        self.clipboard = ActivitiesClipboard(self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._setup_view()
        self._setup_actions()
        self._setup_filters()
        self._connect()
        self._update_actions()
        self._update_count()

    # ------------------------------------------------------------------------------------------ set-up

    def _setup_view(self) -> None:
        view = self.ui.table_view
        view.setModel(self.model)
        view.setItemDelegate(ActivityDelegate(view))
        view.verticalHeader().hide()
        # Fixed heights and widths: nothing asks every row for its size (100,000 rows).
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        header.setSortIndicator(self.model.column_of("first_date"), Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)
        char = view.fontMetrics().horizontalAdvance("中")
        header_metrics = header.fontMetrics()
        for column, spec in enumerate(self.model.columns()):
            width = max(int((spec.width or 6) * char) + 12, header_metrics.horizontalAdvance(spec.header) + 28)
            view.setColumnWidth(column, width)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self._keys = ViewKeys(view, enter=self.edit_selected)
        # What to do when the table is empty, said in the table itself; clicks go through to the view.
        self.empty_label = QLabel(view.viewport())
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: #666;")
        self.empty_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        QVBoxLayout(view.viewport()).addWidget(self.empty_label)
        self.empty_label.hide()

    def _action(self, text: str, slot, shortcut=None, tip: str = "", *, widget: QWidget | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())  # not the checked flag as the slot's argument
        (widget or self).addAction(action)
        return action

    def _setup_actions(self) -> None:
        ui, view = self.ui, self.ui.table_view
        self.add_action = self._action(self.tr("新增活动…"), self.add_activity, QKeySequence.StandardKey.New,
                                       self.tr("新增一条活动"))
        self.edit_action = self._action(self.tr("编辑活动…"), self.edit_selected, None,
                                        self.tr("在表单中编辑所选活动"))
        self.delete_action = self._action(self.tr("删除"), self.delete_selected, QKeySequence.StandardKey.Delete,
                                          self.tr("把所选活动移到回收站"), widget=view)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("撤销"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.undo_action)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("重做"))
        # Ctrl+Y as in Excel and WPS, besides the platform's own key (Ctrl+Shift+Z on Linux).
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        self.redo_action.setShortcuts(redo_keys + [key for key in (QKeySequence("Ctrl+Y"),) if key not in redo_keys])
        self.redo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.redo_action)
        self.copy_action = self._action(self.tr("复制"), self.clipboard.copy_selection, QKeySequence.StandardKey.Copy,
                                        self.tr("把选中的单元格连同表头复制为制表符分隔的文本"), widget=view)
        self.paste_action = self._action(self.tr("粘贴"), self.clipboard.paste_rows, QKeySequence.StandardKey.Paste,
                                         self.tr("粘贴到选中的单元格；带表头或整行的内容作为新活动行，先预览检查"),
                                         widget=view)
        self.bin_action = self._action(self.tr("回收站…"), self.open_recycle_bin, None,
                                       self.tr("查看已删除的活动，恢复或彻底删除"))
        self.find_action = self._action(self.tr("查找"), self.focus_search, QKeySequence.StandardKey.Find,
                                        self.tr("转到搜索框：按活动名称、地点、负责人、合作企业查找"))
        for action in (self.edit_action, self.add_action):
            view.addAction(action)
        separator = QAction(self)
        separator.setSeparator(True)
        view.addAction(separator)
        self.history_action = self._action(self.tr("查看修改记录…"), self.show_history, None,
                                           self.tr("查看所选活动的全部修改：谁在什么时候改了什么"), widget=view)
        for button, action in ((ui.add_button, self.add_action), (ui.edit_button, self.edit_action),
                               (ui.delete_button, self.delete_action), (ui.copy_button, self.copy_action),
                               (ui.paste_button, self.paste_action), (ui.bin_button, self.bin_action)):
            button.clicked.connect(action.trigger)
        ui.undo_button.clicked.connect(self.undo_stack.undo)

    def _setup_filters(self) -> None:
        ui = self.ui
        for combo, values in ((ui.category_combo, CATEGORIES), (ui.theme_day_combo, THEME_DAYS),
                              (ui.form_combo, FORMS), (ui.status_combo, STATUSES)):
            combo.addItem(self.tr("全部"), None)
            for value in values:
                combo.addItem(value, value)
        ui.campus_combo.addItem(self.tr("全部"), None)
        ui.campus_combo.addItem(self.tr("校内"), False)
        ui.campus_combo.addItem(self.tr("校外"), True)
        self._fill_organisers()
        self._fill_days()

    def _connect(self) -> None:
        ui = self.ui
        for combo in self._filter_combos():
            combo.currentIndexChanged.connect(self._on_filter_widget_changed)
        ui.search_edit.textChanged.connect(self._on_search_edited)
        ui.search_edit.returnPressed.connect(self._apply_search_now)
        self._search_timer.timeout.connect(self._apply_filters)
        ui.clear_filters_button.clicked.connect(self.clear_filters)
        self.model.modelReset.connect(self._update_actions)
        self.model.edit_refused.connect(self._show_refusal)
        self.model.edited.connect(self._on_edited)
        self.ui.table_view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.undo_stack.canUndoChanged.connect(ui.undo_button.setEnabled)
        self.undo_stack.undoTextChanged.connect(self._on_undo_text_changed)
        ui.undo_button.setEnabled(False)

    # Slots are bound methods, not lambdas: Qt drops them with the tab, so nothing runs on a deleted widget.

    def _on_search_edited(self, _text: str) -> None:
        self._search_timer.start()

    def _on_selection_changed(self, *_args) -> None:
        self._update_actions()

    def _on_undo_text_changed(self, text: str) -> None:
        self.ui.undo_button.setToolTip(self.tr("撤销：{0}（Ctrl+Z）").format(text) if text
                                       else self.tr("没有可撤销的操作"))

    def _on_bin_changed(self) -> None:
        self.after_change()

    def _on_edit_written(self, status: str) -> None:
        if status:
            self.status_message.emit(status)
        self.data_changed.emit()

    def _filter_combos(self) -> list[QComboBox]:
        ui = self.ui
        return [ui.organiser_combo, ui.category_combo, ui.day_combo, ui.theme_day_combo, ui.campus_combo,
                ui.form_combo, ui.status_combo]

    @contextmanager
    def _refilling(self, combo: QComboBox) -> Iterator[None]:
        """Refill a filter combo (全部 first, then what the block adds) without filtering on the way; the choice
        stays when it is still offered, else 全部."""
        current = combo.currentData()
        self._filling = True
        try:
            combo.clear()
            combo.addItem(self.tr("全部"), None)
            yield
            combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
        finally:
            self._filling = False

    def _fill_organisers(self) -> None:
        combo = self.ui.organiser_combo
        with self._refilling(combo):
            if self.db is not None and self.edition_id is not None:
                previous_kind = None
                for organiser in activities.organisers(self.db, self.edition_id):
                    if previous_kind == "college" and organiser.kind == "department":
                        combo.insertSeparator(combo.count())
                    combo.addItem(organiser.name, organiser_key((organiser.kind, organiser.id)))
                    previous_kind = organiser.kind
        fit_to_items(combo)

    def _fill_days(self) -> None:
        combo = self.ui.day_combo
        with self._refilling(combo):
            for day in days_between(*self._week) if self._week is not None else []:
                combo.addItem(format_day(day), day.isoformat())  # Qt compares dates in item data by identity
            combo.addItem(self.tr("不在活动周内"), "outside")
        fit_to_items(combo)

    # ------------------------------------------------------------------------------------------ TabPage

    def tab_title(self) -> str:
        """活动报名."""
        return self.tr("活动报名")

    def set_context(self, db: Database | None, edition_id: int | None) -> None:
        """Show the activities of ``edition_id``."""
        self.db, self.edition_id = db, edition_id
        self._year = self._week = None
        if db is not None and edition_id is not None:
            record = editions.get_edition(db, edition_id)
            self._year, self._week = record.year, (record.week_start, record.week_end)
        self.undo_stack.clear()
        self._fill_organisers()
        self._fill_days()
        self.model.set_context(db, edition_id, year=self._year, week=self._week, flt=self.current_filter())
        self._count_all()
        self._update_count()
        self.filter_changed.emit(self.model.filter())

    def refresh(self) -> None:
        """Read everything again (another tab or an import changed the activities)."""
        if self.db is None or self.edition_id is None:
            return
        self._fill_organisers()
        self.model.set_context(self.db, self.edition_id, year=self._year, week=self._week, flt=self.current_filter())
        self._count_all()
        self._update_count()

    def edit_actions(self) -> list[QAction]:
        """The actions the window lists in its 编辑 menu."""
        return [self.add_action, self.edit_action, self.delete_action, self.undo_action, self.redo_action,
                self.copy_action, self.paste_action, self.find_action, self.history_action, self.bin_action]

    def focus_search(self) -> None:
        """查找 (Ctrl+F): put the cursor in the search box, its text selected for typing over."""
        self.ui.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.search_edit.selectAll()

    # ------------------------------------------------------------------------------------------ filters

    def current_filter(self) -> ActivityFilter:
        """The filter the widgets describe."""
        ui = self.ui
        day = ui.day_combo.currentData()
        return ActivityFilter(
            organiser=organiser_of(ui.organiser_combo.currentData()),
            category=ui.category_combo.currentData(),
            day=dt.date.fromisoformat(day) if day not in (None, "outside") else None,
            outside_week_only=day == "outside",
            theme_day=ui.theme_day_combo.currentData(),
            off_campus=ui.campus_combo.currentData(),
            form=ui.form_combo.currentData(),
            status=ui.status_combo.currentData(),
            search=ui.search_edit.text().strip(),
        )

    def apply_filter(self, flt: ActivityFilter) -> None:
        """Set the filter widgets to ``flt`` and show its rows."""
        ui = self.ui
        day = "outside" if flt.outside_week_only else flt.day.isoformat() if flt.day is not None else None
        if flt.day is not None and not flt.outside_week_only and ui.day_combo.findData(day) < 0:
            self._filling = True
            ui.day_combo.addItem(format_day(flt.day, self._year), day)  # a day outside the week, asked for by name
            fit_to_items(ui.day_combo)
            self._filling = False
        wanted = ((ui.organiser_combo, organiser_key(flt.organiser)), (ui.category_combo, flt.category), (ui.day_combo, day),
                  (ui.theme_day_combo, flt.theme_day), (ui.campus_combo, flt.off_campus),
                  (ui.form_combo, flt.form), (ui.status_combo, flt.status))
        self._filling = True
        try:
            for combo, value in wanted:
                combo.setCurrentIndex(max(combo.findData(value), 0) if value is not None else 0)
            ui.search_edit.setText(flt.search)
        finally:
            self._filling = False
        self._search_timer.stop()
        self._apply_filters()

    def clear_filters(self) -> None:
        """清除筛选: show every activity."""
        self.apply_filter(ActivityFilter())

    def _on_filter_widget_changed(self, _index: int) -> None:
        if not self._filling:
            self._apply_filters()

    def _apply_search_now(self) -> None:
        self._search_timer.stop()
        self._apply_filters()

    def _apply_filters(self) -> None:
        if self._filling:
            return
        flt = self.current_filter()
        self.model.set_filter(flt)
        self._update_count()
        self._update_actions()
        self.filter_changed.emit(flt)

    def _count_all(self) -> None:
        self._total = activities.count_activities(self.db, self.edition_id) \
            if self.db is not None and self.edition_id is not None else 0

    def _update_count(self) -> None:
        shown = self.model.matching_count()
        self.ui.count_label.setText(self.tr("显示 {0} / 共 {1} 条").format(shown, self._total))
        if self.db is None or self.edition_id is None or shown:
            self.empty_label.hide()
            return
        if self._total:
            self.empty_label.setText(self.tr("没有符合筛选条件的活动。点“清除筛选”显示全部 {0} 条。").format(self._total))
        else:
            self.empty_label.setText(self.tr(
                "这一年度还没有活动。\n\n用“文件 → 导入活动信息表”（Ctrl+I）导入各学院交回的附件1，"
                "或把文件拖到窗口上；\n也可以从 Excel 复制活动行后点“粘贴”，或点“新增…”（Ctrl+N）逐条录入。"))
        self.empty_label.show()

    # ------------------------------------------------------------------------------------------ selection

    def selected_rows(self) -> list[int]:
        """Rows with at least one selected cell, top to bottom."""
        rows: set[int] = set()
        for selected in self.ui.table_view.selectionModel().selection():
            rows.update(range(selected.top(), selected.bottom() + 1))
        return sorted(rows)

    def selected_ids(self) -> list[int]:
        """The activities of the selected rows."""
        ids = [self.model.activity_id(row) for row in self.selected_rows()]
        return [i for i in ids if i is not None]

    def _update_actions(self) -> None:
        has_context = self.db is not None and self.edition_id is not None
        rows = self.selected_rows() if has_context else []
        self.add_action.setEnabled(has_context)
        self.edit_action.setEnabled(len(rows) == 1)
        self.history_action.setEnabled(len(rows) == 1)
        self.delete_action.setEnabled(bool(rows))
        self.copy_action.setEnabled(bool(rows))
        self.paste_action.setEnabled(has_context)
        self.bin_action.setEnabled(has_context)
        for button, action in ((self.ui.add_button, self.add_action), (self.ui.edit_button, self.edit_action),
                               (self.ui.delete_button, self.delete_action), (self.ui.copy_button, self.copy_action),
                               (self.ui.paste_button, self.paste_action), (self.ui.bin_button, self.bin_action)):
            button.setEnabled(action.isEnabled())

    # ------------------------------------------------------------------------------------------ editing

    def after_change(self, status: str = "") -> None:
        """Re-read the table and the counts after rows were added, deleted or restored; tell the other tabs."""
        self.model.refresh()
        self._count_all()
        self._update_count()
        if status:
            self.status_message.emit(status)
        self.data_changed.emit()

    def _show_refusal(self, text: str) -> None:
        """An edit in place was refused: say why in the status bar and beside the cell."""
        self.status_message.emit(self.tr("未保存：{0}").format(text))
        view = self.ui.table_view
        index = view.currentIndex()
        rect = view.visualRect(index) if index.isValid() else view.viewport().rect()
        QToolTip.showText(view.viewport().mapToGlobal(rect.bottomLeft()), text, view.viewport())

    def _on_edited(self, activity_id: int, old: dict, new: dict) -> None:
        self.undo_stack.push(EditCommand(self.model, activity_id, old, new, self._on_edit_written))
        self.status_message.emit(self.tr("已保存"))
        self.data_changed.emit()

    def _dialog(self, activity_id: int | None):
        preset: dict[str, object] = {}
        flt = self.current_filter()
        if activity_id is None:
            if flt.organiser is not None:
                preset["organiser"] = flt.organiser
            if flt.day is not None:
                preset["first_date"] = flt.day
        from vocweek_desktop.gui.dialogs.activity_dialog import ActivityDialog  # on first use: start-up stays light

        return ActivityDialog(self.db, self.edition_id, activity_id, self, preset=preset)

    def add_activity(self) -> None:
        """新增: the form for a new activity."""
        if self.db is None or self.edition_id is None:
            return
        dialog = self._dialog(None)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.record is not None:
            self.after_change(self.tr("已新增活动“{0}”").format(dialog.record.values.get("title", "")))
            self.select_activities([dialog.record.id])

    def edit_selected(self) -> None:
        """编辑: the form for the selected activity (the first selected row)."""
        ids = self.selected_ids()
        if not ids or self.db is None:
            return
        dialog = self._dialog(ids[0])
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.record is not None:
            self.model.reload_rows([ids[0]])
            self.status_message.emit(self.tr("已保存活动“{0}”").format(dialog.record.values.get("title", "")))
            self.data_changed.emit()

    def select_activities(self, activity_ids: list[int]) -> int:
        """Select the rows of these activities wherever the filter and sort put them, and scroll the first into view;
        returns how many are shown."""
        if self.db is None or self.edition_id is None or not activity_ids:
            return 0
        found = activities.positions(self.db, self.edition_id, activity_ids, self.model.filter(),
                                     sort_key=self.model.sort_key(), descending=self.model.descending())
        rows = sorted(found.values())
        if not rows:
            return 0
        view, model = self.ui.table_view, self.model
        selection = QItemSelection()
        for row in rows:
            selection.select(model.index(row, 0), model.index(row, model.columnCount() - 1))
        first = model.index(rows[0], model.column_of("title"))
        view.selectionModel().setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
        view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        view.scrollTo(first)
        return len(rows)

    def show_request(self, payload: object) -> None:
        """Another tab asked for some activities (the overview: a day, a warning, a college): show them; after an
        import the window hands over the ids written (a list), which are selected."""
        if isinstance(payload, ActivityFilter):
            self.apply_filter(payload)
        elif isinstance(payload, list):
            self.select_activities(payload)

    def _title(self, row: int) -> str:
        record = self.model.record(row)
        return record.values[activities.COLUMN_KEYS.index("title")] if record is not None else ""

    def show_history(self) -> None:
        """查看修改记录…: every change of the one selected activity, oldest first."""
        rows = self.selected_rows() if self.db is not None else []
        activity_id = self.model.activity_id(rows[0]) if len(rows) == 1 else None
        if activity_id is None:
            return
        from vocweek_desktop.gui.dialogs.history_dialog import show_history  # its form loads on first use

        show_history(self, self.db, "activity", activity_id, self._title(rows[0]))

    def delete_selected(self) -> None:
        """删除: after confirmation, move the selected activities to the recycle bin (撤销 brings them back)."""
        ids = self.selected_ids()
        if not ids or self.db is None:
            return
        if len(ids) == 1:
            title = self._title(self.selected_rows()[0])
            question = self.tr("把活动“{0}”移到回收站吗？\n之后可以撤销（Ctrl+Z），或在回收站中恢复。").format(title)
        else:
            question = self.tr("把选中的 {0} 条活动移到回收站吗？\n之后可以撤销（Ctrl+Z），或在回收站中恢复。").format(len(ids))
        answer = QMessageBox.question(self, self.tr("删除活动"), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.undo_stack.push(DeleteCommand(self.db, ids, self.after_change))
        except VocWeekError as exc:
            QMessageBox.warning(self, self.tr("删除活动"), str(exc))

    def open_recycle_bin(self) -> None:
        """回收站: restore or purge deleted activities."""
        if self.db is None or self.edition_id is None:
            return
        from vocweek_desktop.gui.dialogs.recycle_bin_dialog import RecycleBinDialog

        dialog = RecycleBinDialog(self.db, self.edition_id, self)
        dialog.changed.connect(self._on_bin_changed)
        restored: list[int] = []
        dialog.restored.connect(restored.extend)
        dialog.exec()
        self.ui.table_view.setFocus(Qt.FocusReason.OtherFocusReason)  # back to the table the user came from
        if restored:
            self.select_activities(restored)
