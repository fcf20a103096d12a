"""The 外出审批 tab: where the office receives outing requests, checks them, decides, prints the slip to be signed,
tells the security office who leaves when, and keeps it all.

A list of the edition's requests coloured by state, with a chip per state (its count; a click filters), a college
and a date filter and a search; beside it the selected request in full and its history (the audit trail, oldest
first). Decisions (提交 / 批准 / 退回 / 撤回 / 完成) are enabled as the state table allows — a disabled button's tooltip
says why — and each runs through services.outings, which refuses with the reason what a rule forbids. 批准 and
打印审批表 act on every selected request at once.

This module is the tab's skeleton: the list, the actions and buttons, the edition shown, the selection and what it
enables. Its jobs live in gui/tabs/outings/, as mixins of OutingsTab: filters.py (the chips and filters), details.py
(the panel beside the list), decisions.py (the form and the decisions) and files.py (slips, lists and workbooks).
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView, QMenu, QWidget

from vocweek_desktop.domain import outings as rules
from vocweek_desktop.domain.errors import VocWeekError
from vocweek_desktop.gui.forms.ui_outings_tab import Ui_OutingsTab
from vocweek_desktop.gui.models.history_model import RECORD_COLUMNS, HistoryModel
from vocweek_desktop.gui.models.outings_model import OutingsModel
from vocweek_desktop.gui.tabs.base import TabPage
from vocweek_desktop.gui.tabs.outings.decisions import DecisionsMixin
from vocweek_desktop.gui.tabs.outings.details import DetailsMixin
from vocweek_desktop.gui.tabs.outings.files import FilesMixin
from vocweek_desktop.gui.tabs.outings.filters import ALL, FiltersMixin
from vocweek_desktop.gui.widgets.view_keys import ViewKeys
from vocweek_desktop.services import editions, outings
from vocweek_desktop.services.outings import OutingFilter, OutingRecord
from vocweek_desktop.store.engine import Database

#: Decision → the button that triggers it.
DECISION_BUTTONS = {rules.SUBMIT: "submit_button", rules.APPROVE: "approve_button", rules.RETURN: "return_button",
                    rules.WITHDRAW: "withdraw_button", rules.COMPLETE: "complete_button"}


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class OutingsTab(FiltersMixin, DetailsMixin, DecisionsMixin, FilesMixin, TabPage):
    """外出审批: the requests of the edition, their decisions, slips, workbooks and the 保卫处 list."""

    page_name = "outings"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_OutingsTab()
        self.ui.setupUi(self)
        self.model = OutingsModel(parent=self)
        self.history_model = HistoryModel(RECORD_COLUMNS, self, max_lines=4)
        self._loading = False
        self._counts: dict[str, int] = {}
        self._setup_views()
        self._setup_chips()
        self._setup_actions()
        self._connect()
        self._set_enabled(False)
        self.update_actions()

    # ------------------------------------------------------------------------------------------ set-up

    def _setup_views(self) -> None:
        view = self.ui.list_view
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSortingEnabled(True)
        view.sortByColumn(self.model.column_of("departure"), Qt.SortOrder.AscendingOrder)
        view.verticalHeader().hide()
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        char = view.fontMetrics().horizontalAdvance("中")
        for column, spec in enumerate(self.model.columns()):
            view.setColumnWidth(column, int((spec.width or 6) * char) + 14)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        history = self.ui.history_view
        history.setModel(self.history_model)
        history.verticalHeader().hide()
        history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        history.horizontalHeader().setStretchLastSection(True)
        history.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column, spec in enumerate(self.history_model.columns()[:-1]):
            history.setColumnWidth(column, int((spec.width or 6) * char) + 12)
        self.ui.main_layout.setStretch(2, 1)  # the list and the panel take the height, not the hint below
        self.ui.detail_layout.setStretch(0, 3)
        self.ui.detail_layout.setStretch(2, 2)
        self.ui.main_splitter.setStretchFactor(0, 3)
        self.ui.main_splitter.setStretchFactor(1, 2)
        self.ui.main_splitter.setSizes([800, 460])
        self.ui.search_edit.setClearButtonEnabled(True)
        self.ui.search_edit.setMinimumWidth(min(view.fontMetrics().horizontalAdvance(
            self.ui.search_edit.placeholderText()) + 40, 320))
        self.ui.college_filter_combo.setMinimumContentsLength(10)
        for edit in (self.ui.from_edit, self.ui.to_edit):
            edit.setEnabled(False)

    def _action(self, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _setup_actions(self) -> None:
        tr = self.tr
        self.new_action = self._action(tr("新建外出申请…"), self.new_outing, QKeySequence.StandardKey.New,
                                       tr("新建一份外出申请"))
        self.edit_action = self._action(tr("编辑申请…"), self.edit_selected, None, tr("编辑所选申请（双击或回车）"))
        self.decision_actions = {
            rules.SUBMIT: self._action(tr("提交"), partial(self.decide, rules.SUBMIT), None,
                                       tr("提交所选的草稿或已退回的申请")),
            rules.APPROVE: self._action(tr("批准…"), self.approve_selected, None,
                                        tr("批准所选申请（可多选，只批准符合全部条件的）")),
            rules.RETURN: self._action(tr("退回…"), partial(self.decide, rules.RETURN), None,
                                       tr("退回所选申请，须写明原因")),
            rules.WITHDRAW: self._action(tr("撤回…"), partial(self.decide, rules.WITHDRAW), None,
                                         tr("撤回所选申请（编号不再使用）")),
            rules.COMPLETE: self._action(tr("标记为已完成…"), partial(self.decide, rules.COMPLETE), None,
                                         tr("已批准的外出结束、师生返回后，标记为已完成")),
        }
        self.print_action = self._action(tr("打印审批表…"), self.print_selected, QKeySequence.StandardKey.Print,
                                         tr("把所选申请的外出活动审批表导出为 PDF（可多选）"))
        self.history_action = self._action(tr("查看修改记录…"), self.show_history, None,
                                           tr("所选申请的全部记录：谁在什么时候做了什么"))
        self.export_request_action = self._action(tr("导出为申请表（可修改后导回）…"), self.export_request, None,
                                                  tr("把所选申请写成外出活动申请表，学院修改后导回即更新这份申请"))
        self.import_action = self._action(tr("导入申请表…"), self.import_requests, None,
                                          tr("导入学院交来的外出活动申请表（导入前先预览）"))
        self.template_action = self._action(tr("生成申请表…"), self.write_template, None,
                                            tr("为一个学院生成空白的外出活动申请表"))
        self.export_action = self._action(tr("导出保卫处名单…"), self.export_security_list, None,
                                          tr("已批准的外出活动按日期导出为 Excel，交保卫处"))
        self.settings_action = self._action(tr("审批规则…"), self.edit_rules, None,
                                            tr("至少提前天数、批准前必须交齐的材料"))
        ui = self.ui
        for button, action in ((ui.new_button, self.new_action), (ui.edit_button, self.edit_action),
                               (ui.print_button, self.print_action), (ui.import_button, self.import_action),
                               (ui.template_button, self.template_action), (ui.export_button, self.export_action),
                               (ui.settings_button, self.settings_action)):
            button.clicked.connect(action.trigger)
        for action, name in DECISION_BUTTONS.items():
            getattr(ui, name).clicked.connect(self.decision_actions[action].trigger)
        ViewKeys(ui.list_view, enter=self.edit_selected)

    def edit_actions(self) -> list[QAction]:
        """The 编辑 menu while this tab is in front."""
        return [self.new_action, self.edit_action, *self.decision_actions.values(), self.print_action,
                self.history_action]

    def _connect(self) -> None:
        ui = self.ui
        ui.list_view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        ui.list_view.doubleClicked.connect(lambda _index: self.edit_selected())
        ui.list_view.customContextMenuRequested.connect(self._context_menu)
        self.model.modelReset.connect(self._on_selection_changed)
        ui.college_filter_combo.currentIndexChanged.connect(self._on_filter_changed)
        ui.dates_check.toggled.connect(self._on_dates_toggled)
        ui.from_edit.dateChanged.connect(self._on_filter_changed)
        ui.to_edit.dateChanged.connect(self._on_filter_changed)
        ui.search_edit.textChanged.connect(self.model.set_search)
        ui.search_edit.textChanged.connect(lambda _text: self._update_count())

    # ------------------------------------------------------------------------------------------ TabPage

    def tab_title(self) -> str:
        """外出审批"""
        return self.tr("外出审批")

    def set_context(self, db: Database | None, edition_id: int | None) -> None:
        """Show ``edition_id`` of ``db``: its colleges in the filter, the week as the date range, its requests."""
        self.db, self.edition_id = db, edition_id
        self._loading = True
        try:
            self._fill_colleges(None)
            if db is not None and edition_id is not None:
                edition = editions.get_edition(db, edition_id)
                self.ui.from_edit.setDate(_qdate(edition.week_start))
                self.ui.to_edit.setDate(_qdate(edition.week_end))
            self.ui.dates_check.setChecked(False)
            self.chips[ALL].setChecked(True)
        finally:
            self._loading = False
        self._set_enabled(db is not None and edition_id is not None)
        self.reload()

    def refresh(self) -> None:
        """Reload (another tab or an import changed something: the colleges too)."""
        self._loading = True
        try:
            self._fill_colleges(self.ui.college_filter_combo.currentData())
        finally:
            self._loading = False
        self.reload(self.selected_ids())

    def show_request(self, payload: object) -> None:
        """Show what another tab asked for: an OutingFilter (a college; one request, selected)."""
        if not isinstance(payload, OutingFilter) or self.db is None:
            return
        self._loading = True
        try:
            self.chips[payload.state if payload.state in rules.STATES else ALL].setChecked(True)
            combo = self.ui.college_filter_combo
            combo.setCurrentIndex(max(combo.findData(payload.college_id), 0) if payload.college_id else 0)
            self.ui.dates_check.setChecked(payload.date_from is not None or payload.date_to is not None)
            if payload.date_from is not None:
                self.ui.from_edit.setDate(_qdate(payload.date_from))
            if payload.date_to is not None:
                self.ui.to_edit.setDate(_qdate(payload.date_to))
            self.ui.search_edit.clear()
        finally:
            self._loading = False
        self.reload([payload.outing_id] if payload.outing_id is not None else None)

    # ------------------------------------------------------------------------------------------ loading

    def reload(self, select_ids: list[int] | None = None) -> None:
        """Read the requests again, keeping (or setting) the selection by id."""
        if self.db is None or self.edition_id is None:
            self.model.set_rows([])
            self._counts = {}
            self._update_chips()
            self._update_count()
            return
        keep = select_ids if select_ids is not None else self.selected_ids()
        flt = self.current_filter()
        try:
            records = outings.list_outings(self.db, self.edition_id, flt)
            self._counts = outings.state_counts(self.db, self.edition_id, flt)
        except VocWeekError as error:
            self.status_message.emit(str(error))
            return
        self.model.set_rows(records)
        self._update_chips()
        self._update_count()
        self.select_ids(keep)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.ui.college_filter_combo, self.ui.dates_check, self.ui.search_edit,
                       *self.chips.values()):
            widget.setEnabled(enabled)
        for action in (self.new_action, self.import_action, self.template_action, self.export_action,
                       self.settings_action):
            action.setEnabled(enabled)
        for button, action in ((self.ui.new_button, self.new_action), (self.ui.import_button, self.import_action),
                               (self.ui.template_button, self.template_action),
                               (self.ui.export_button, self.export_action),
                               (self.ui.settings_button, self.settings_action)):
            button.setEnabled(action.isEnabled())

    # ------------------------------------------------------------------------------------------ selection

    def selected_records(self) -> list[OutingRecord]:
        """The selected requests, top to bottom."""
        rows = sorted({index.row() for index in self.ui.list_view.selectionModel().selectedRows()})
        return [record for record in (self.model.record(row) for row in rows) if record is not None]

    def selected_ids(self) -> list[int]:
        """The ids of the selected requests."""
        return [record.id for record in self.selected_records()]

    def select_ids(self, ids: list[int] | None) -> None:
        """Select the requests with these ids (those shown), the first one current."""
        view = self.ui.list_view
        selection = view.selectionModel()
        selection.clearSelection()
        first = None
        for outing_id in ids or []:
            row = self.model.row_of(outing_id)
            if row is None:
                continue
            index = self.model.index(row, 0)
            selection.select(index, selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
            first = first or index
        if first is not None:
            selection.setCurrentIndex(first, selection.SelectionFlag.NoUpdate)
            view.scrollTo(first)
        self._on_selection_changed()

    def _on_selection_changed(self, *_args) -> None:
        records = self.selected_records()
        self._show_details(records[0] if len(records) == 1 else None, len(records))
        self.update_actions()

    def update_actions(self) -> None:
        """Enable what the selection allows; a disabled decision's tooltip says why (the state table's reason)."""
        records = self.selected_records()
        one = records[0] if len(records) == 1 else None
        ready = self.db is not None and self.edition_id is not None
        self.edit_action.setEnabled(one is not None)
        self.edit_action.setText(self.tr("编辑申请…") if one is None or one.editable else self.tr("查看申请…"))
        self.ui.edit_button.setText(self.tr("编辑…") if one is None or one.editable else self.tr("查看…"))
        for action, act in self.decision_actions.items():
            button = getattr(self.ui, DECISION_BUTTONS[action])
            if action == rules.APPROVE and len(records) > 1:
                allowed = any(rules.next_state(r.state, action) for r in records)
                why = "" if allowed else self.tr("所选申请都不是“已提交”的")
            elif one is not None:
                reason = rules.refusal(one.number, one.state, action)
                allowed, why = reason is None, reason or ""
            else:
                allowed, why = False, self.tr("请先选择一份申请")
            act.setEnabled(ready and allowed)
            button.setEnabled(ready and allowed)
            button.setToolTip(act.toolTip() if allowed else why)
        self.print_action.setEnabled(bool(records))
        self.history_action.setEnabled(one is not None)
        self.export_request_action.setEnabled(one is not None and one.editable)
        self.ui.print_button.setEnabled(bool(records))
        self.ui.edit_button.setEnabled(one is not None)
        self.ui.print_button.setText(self.tr("打印审批表（{0}份）…").format(len(records)) if len(records) > 1
                                     else self.tr("打印审批表…"))

    def _context_menu(self, pos) -> None:
        menu = self.context_menu()
        menu.exec(self.ui.list_view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def context_menu(self) -> QMenu:
        """The list's context menu."""
        menu = QMenu(self)
        menu.addAction(self.edit_action)
        menu.addSeparator()
        for action in self.decision_actions.values():
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.print_action)
        menu.addAction(self.export_request_action)
        menu.addAction(self.history_action)
        return menu

    def edit_rules(self) -> bool:
        """审批规则…: lead time and required papers of the edition."""
        if self.db is None or self.edition_id is None:
            return False
        from vocweek_desktop.gui.dialogs.outing_settings_dialog import OutingSettingsDialog

        dialog = OutingSettingsDialog(self.db, self.edition_id, self)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
        if accepted:
            self.reload()
            self.status_message.emit(self.tr("外出审批规则已保存"))
        return accepted

    def show_history(self) -> None:
        """查看修改记录…: every event of the selected request, in order."""
        records = self.selected_records()
        if len(records) != 1 or self.db is None:
            return
        from vocweek_desktop.gui.dialogs.history_dialog import show_history

        show_history(self, self.db, outings.ENTITY, records[0].id, f"{records[0].number} {records[0].title}")
