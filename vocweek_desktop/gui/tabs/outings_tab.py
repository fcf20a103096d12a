"""The 外出审批 tab: where the office receives outing requests, checks them, decides, prints the slip to be signed,
tells the security office who leaves when, and keeps it all.

A list of the edition's requests coloured by state, with a chip per state (its count; a click filters), a college
and a date filter and a search; beside it the selected request in full and its history (the audit trail, oldest
first). Decisions (提交 / 批准 / 退回 / 撤回 / 完成) are enabled as the state table allows — a disabled button's tooltip
says why — and each runs through services.outings, which refuses with the reason what a rule forbids. 批准 and
打印审批表 act on every selected request at once.
"""

from __future__ import annotations

import datetime as dt
import html
from functools import partial
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QHeaderView,
    QInputDialog,
    QMenu,
    QMessageBox,
    QPushButton,
    QWidget,
)

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain import outings as rules
from vocweek_desktop.domain.dates import format_datetime, format_moment
from vocweek_desktop.domain.errors import VocWeekError
from vocweek_desktop.gui.file_actions import offer_to_open
from vocweek_desktop.gui.file_dialogs import ask_save_path
from vocweek_desktop.gui.forms.ui_outings_tab import Ui_OutingsTab
from vocweek_desktop.gui.models.history_model import RECORD_COLUMNS, HistoryModel
from vocweek_desktop.gui.models.outings_model import STATE_COLORS, OutingsModel, state_color
from vocweek_desktop.gui.tabs.base import TabPage
from vocweek_desktop.gui.widgets.view_keys import ViewKeys
from vocweek_desktop.gui.workers import run_with_progress
from vocweek_desktop.services import colleges, editions, outings
from vocweek_desktop.services.outings import OutingFilter, OutingRecord
from vocweek_desktop.store.engine import Database

ALL = "all"
CHIP_STYLE = """
QPushButton {{ border: 1px solid {color}; border-radius: 10px; padding: 2px 10px; color: {color};
              background: {tint}; }}
QPushButton:checked {{ background: {color}; color: white; font-weight: bold; }}
"""
#: Decision → the button that triggers it.
DECISION_BUTTONS = {rules.SUBMIT: "submit_button", rules.APPROVE: "approve_button", rules.RETURN: "return_button",
                    rules.WITHDRAW: "withdraw_button", rules.COMPLETE: "complete_button"}


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class OutingsTab(TabPage):
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

    def _setup_chips(self) -> None:
        self.chip_group = QButtonGroup(self)
        self.chip_group.setExclusive(True)
        self.chips: dict[str, QPushButton] = {}
        for key in (ALL, *rules.STATES):
            color, tint = ("#37474f", "#eceff1") if key == ALL else STATE_COLORS[key]
            chip = QPushButton(self)
            chip.setCheckable(True)
            chip.setCursor(Qt.CursorShape.PointingHandCursor)
            chip.setStyleSheet(CHIP_STYLE.format(color=color, tint=tint))
            chip.setToolTip(self.tr("显示全部申请") if key == ALL else self.tr("只显示“{0}”的申请").format(key))
            self.chip_group.addButton(chip)
            self.ui.states_layout.addWidget(chip)
            self.chips[key] = chip
            chip.clicked.connect(partial(self._on_chip, key))
        self.chips[ALL].setChecked(True)
        self._update_chips()

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

    def _fill_colleges(self, keep: int | None) -> None:
        combo = self.ui.college_filter_combo
        combo.clear()
        combo.addItem(self.tr("全部学院"), None)
        if self.db is not None and self.edition_id is not None:
            for college in colleges.list_colleges(self.db, self.edition_id):
                combo.addItem(college.name, college.id)
        combo.setCurrentIndex(max(combo.findData(keep), 0) if keep is not None else 0)

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

    def current_filter(self) -> OutingFilter:
        """What the filters ask for (the state chip, the college, the days)."""
        state = next((key for key, chip in self.chips.items() if chip.isChecked()), ALL)
        dates = self.ui.dates_check.isChecked()
        return OutingFilter(state=None if state == ALL else state,
                            college_id=self.ui.college_filter_combo.currentData(),
                            date_from=self.ui.from_edit.date().toPython() if dates else None,
                            date_to=self.ui.to_edit.date().toPython() if dates else None)

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

    def _update_chips(self) -> None:
        total = sum(self._counts.values())
        for key, chip in self.chips.items():
            count = total if key == ALL else self._counts.get(key, 0)
            chip.setText(self.tr("全部 {0}").format(count) if key == ALL else f"{key} {count}")

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total_count()
        if self.db is None or self.edition_id is None:
            text = ""
        elif shown != total:
            text = self.tr("显示 {0} / 共 {1} 份申请").format(shown, total)
        else:
            text = self.tr("共 {0} 份申请").format(total)
        self.ui.hint_label.setText(text)

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

    def _on_chip(self, _key: str) -> None:
        if not self._loading:
            self.reload()

    def _on_filter_changed(self, *_args) -> None:
        if not self._loading:
            self.reload()

    def _on_dates_toggled(self, checked: bool) -> None:
        self.ui.from_edit.setEnabled(checked)
        self.ui.to_edit.setEnabled(checked)
        self._on_filter_changed()

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

    def _show_details(self, record: OutingRecord | None, selected: int) -> None:
        if record is None:
            self.ui.detail_label.setText(self.tr("选中一份申请，在这里查看详情和签核历程。") if selected == 0 else
                                         self.tr("已选中 {0} 份申请：可批量批准或打印审批表。").format(selected))
            self.history_model.set_rows([])
            return
        self.ui.detail_label.setText(self.details_html(record))
        try:
            self.history_model.set_rows(outings.history(self.db, record.id))
        except VocWeekError:
            self.history_model.set_rows([])
        self.ui.history_view.scrollToBottom()  # the latest decision in sight (the history reads oldest first)

    def details_html(self, record: OutingRecord) -> str:
        """The request in full, as the panel shows it."""
        e = html.escape
        rows = [
            (self.tr("学院"), record.college_name), (self.tr("相关活动"), record.activity_title or "—"),
            (self.tr("目的地"), "，".join(p for p in (record.destination, record.address) if p)),
            (self.tr("出发"), format_datetime(record.departure)), (self.tr("返回"), format_datetime(record.return_at)),
            (self.tr("人数"), self.tr("教师 {0} 人，学生 {1} 人").format(record.teacher_count or 0,
                                                                  record.student_count or 0)),
            (self.tr("带队教师"), f"{record.lead_teacher} {record.lead_phone}".strip()),
            (self.tr("交通"), (record.transport or "") + (f"（{record.vehicle}）" if record.vehicle else "")),
            (self.tr("保险"), (self.tr("已购买（{0}）").format(record.insurer) if record.insured else self.tr("未购买"))),
            (self.tr("紧急联系"), f"{record.emergency_contact} {record.emergency_phone}".strip()),
            (self.tr("已交材料"), "、".join(record.papers) or "—"),
        ]
        if record.notes:
            rows.append((self.tr("备注"), record.notes))
        if record.received_at:
            rows.append((self.tr("收到"), self.tr("{0}（导入“{1}”）").format(format_moment(record.received_at),
                                                                        record.source_file)))
        cells = "".join(f"<tr><td style='color:#666;padding-right:8px'>{e(k)}</td><td>{e(v)}</td></tr>"
                        for k, v in rows)
        color = state_color(record.state)
        text = (f"<p><b style='font-size:13pt'>{e(record.number)}　{e(record.title)}</b>　"
                f"<b style='color:{color}'>{e(record.state)}</b></p><table>{cells}</table>")
        for warning in filter(None, (self.tr("缺少必备材料：{0}").format("、".join(record.missing_papers))
                                     if record.missing_papers else "",
                                     record.lead_warning if record.state not in rules.FINAL_STATES else "",
                                     self.tr("补办原因：{0}").format(record.late_reason) if record.late_reason else "")):
            text += f"<p style='color:#b3541e'>⚠ {e(warning)}</p>"
        people = "、".join(f"{p.name}（{p.role}）" for p in record.participants[:12])
        if len(record.participants) > 12:
            people += self.tr("……共 {0} 人").format(len(record.participants))
        text += f"<p><span style='color:#666'>{e(self.tr('参与人员'))}</span>　{e(people or '—')}</p>"
        return text

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

    # ------------------------------------------------------------------------------------------ commands

    def _changed(self, select: list[int], text: str) -> None:
        self.reload(select)
        self.data_changed.emit()
        self.status_message.emit(text)

    def new_outing(self, preset: dict[str, object] | None = None) -> OutingRecord | None:
        """新建外出申请…: the form; saved as a draft, or filed at once."""
        if self.db is None or self.edition_id is None:
            return None
        from vocweek_desktop.gui.dialogs.outing_dialog import OutingDialog

        college = self.ui.college_filter_combo.currentData()
        dialog = OutingDialog(self.db, self.edition_id, None, self,
                              preset=preset if preset is not None else ({"college_id": college} if college else {}))
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            record, warnings = dialog.record, dialog.warnings
        finally:
            dialog.deleteLater()
        self._after_save(record, warnings, self.tr("已新建外出申请 {0}（{1}）").format(record.number, record.state))
        return record

    def edit_selected(self) -> OutingRecord | None:
        """编辑… (查看… once the request is over): the form of the selected request."""
        records = self.selected_records()
        if len(records) != 1 or self.db is None:
            return None
        from vocweek_desktop.gui.dialogs.outing_dialog import OutingDialog

        try:
            dialog = OutingDialog(self.db, self.edition_id, records[0].id, self)
        except VocWeekError as error:
            QMessageBox.warning(self, self.tr("编辑外出申请"), str(error))
            self.reload()
            return None
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            record, warnings = dialog.record, dialog.warnings
        finally:
            dialog.deleteLater()
        text = self.tr("已保存外出申请 {0}（{1}）").format(record.number, record.state)
        if records[0].state == rules.APPROVED and record.state == rules.SUBMITTED:
            text = self.tr("已保存外出申请 {0}：批准后有修改，已退回“已提交”，需要重新审批").format(record.number)
        self._after_save(record, warnings, text)
        return record

    def _after_save(self, record: OutingRecord, warnings, text: str) -> None:
        if warnings:
            text += self.tr("。提示：{0}").format("；".join(warnings))
        self._changed([record.id], text)

    def decide(self, action: str) -> bool:
        """提交 / 退回… / 撤回… / 完成… the selected request: refused with the reason when its state forbids it,
        else the decision dialog (the service refuses anything a rule forbids, and the dialog says why)."""
        records = self.selected_records()
        if len(records) != 1 or self.db is None:
            return False
        record = records[0]
        label = msg.OUTING_STATE_ACTIONS[action]
        reason = rules.refusal(record.number, record.state, action)
        if reason:
            QMessageBox.warning(self, self.tr("{0}外出申请").format(label), reason)
            return False
        from vocweek_desktop.gui.dialogs.outing_decision_dialog import OutingDecisionDialog

        heading = self.tr("{0}外出申请 <b>{1}</b>（{2}，{3}），当前为“{4}”。").format(
            label, html.escape(record.number), html.escape(record.college_name), html.escape(record.title),
            record.state)
        dialog = OutingDecisionDialog(action, heading, partial(self._run, record.id, action), parent=self)
        return self._finish(dialog, [record.id])

    def _run(self, outing_id: int, action: str, comment: str, late_reason: str):
        return outings.transition(self.db, outing_id, action, comment=comment, late_reason=late_reason)

    def _finish(self, dialog, ids: list[int]) -> bool:
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            result = dialog.outcome
        finally:
            dialog.deleteLater()
        if isinstance(result, outings.ApprovalBatch):
            text = self.tr("已批准 {0} 份申请").format(len(result.done))
            if result.refused:
                text += self.tr("，{0} 份未批准").format(len(result.refused))
                QMessageBox.information(self, self.tr("批量批准"), self.tr("{0}：\n{1}").format(
                    text, "\n".join(reason for _id, _number, reason in result.refused)))
            self._changed(list(result.done) or ids, text)
            return bool(result.done)
        record = result.record
        text = self.tr("{0}现为“{1}”").format(record.number, record.state)
        if result.warnings:
            text += self.tr("。提示：{0}").format("；".join(result.warnings))
        self._changed([record.id], text)
        return True

    def approve_selected(self) -> bool:
        """批准…: one request (补办 with a reason when it has already left), or every selected request that passes
        every rule, in one step; those that do not are listed with why, before and after."""
        records = self.selected_records()
        if not records or self.db is None:
            return False
        from vocweek_desktop.gui.dialogs.outing_decision_dialog import OutingDecisionDialog

        now = dt.datetime.now()
        title = self.tr("批准外出申请")
        if len(records) == 1:
            record = records[0]
            reason = rules.refusal(record.number, record.state, rules.APPROVE)
            if reason is None and record.missing_papers:  # nothing to ask: the papers must come first
                reason = msg.OUTING_PAPERS_MISSING.format(number=record.number,
                                                                papers="、".join(record.missing_papers))
            if reason:
                QMessageBox.warning(self, title, reason)
                return False
            late = rules.is_late(record.departure, now)
            notes = [record.lead_warning] if record.lead_warning else []
            if late:
                notes.insert(0, self.tr("出发时间（{0}）已过：只能作为补办审批，请写明补办原因。").format(
                    format_moment(record.departure)))
            heading = self.tr("批准外出申请 <b>{0}</b>（{1}，{2}）。").format(
                html.escape(record.number), html.escape(record.college_name), html.escape(record.title))
            dialog = OutingDecisionDialog(rules.APPROVE, heading, partial(self._run, record.id, rules.APPROVE),
                                          late=late, notes=notes, parent=self)
            return self._finish(dialog, [record.id])
        ids = [record.id for record in records]
        check = outings.check_approve_outings(self.db, ids)
        refusals = [reason for _id, _number, reason in check.refused]
        if not check.done:
            QMessageBox.warning(self, title, self.tr("所选的 {0} 份申请都不能批准：\n{1}").format(
                len(ids), "\n".join(refusals)))
            return False
        heading = self.tr("批准所选 {0} 份申请中符合条件的 <b>{1}</b> 份。").format(len(ids), len(check.done))
        dialog = OutingDecisionDialog(rules.APPROVE, heading,
                                      lambda comment, _late: outings.approve_outings(self.db, ids, comment=comment),
                                      refusals=refusals, parent=self)
        return self._finish(dialog, ids)

    def print_selected(self) -> Path | None:
        """打印审批表…: the slips of the selected requests in one PDF, then offer to open it."""
        records = self.selected_records()
        if not records or self.db is None:
            return None
        from vocweek_desktop.services import outings_print

        name = self.tr("外出活动审批表-{0}.pdf").format(records[0].number) if len(records) == 1 else \
            self.tr("外出活动审批表（{0}份）-{1}.pdf").format(len(records), f"{dt.date.today():%Y%m%d}")
        path = ask_save_path(self, self.tr("打印审批表"), name, self.tr("PDF 文件 (*.pdf)"), ".pdf")
        if path is None:
            return None
        ids = [record.id for record in records]
        outcome = run_with_progress(self, self.tr("打印审批表"), self.tr("正在生成审批表…"),
                                    lambda progress, cancelled: outings_print.write_slips(self.db, ids, path))
        if outcome.error is not None:
            if isinstance(outcome.error, VocWeekError | OSError):
                QMessageBox.warning(self, self.tr("打印审批表"), str(outcome.error))
                return None
            raise outcome.error
        if outcome.cancelled:
            return None
        self.status_message.emit(self.tr("已生成 {0} 份审批表（{1} 页）：{2}").format(len(ids), outcome.result, path))
        offer_to_open(self, self.tr("打印审批表"), self.tr("已生成 {0} 份外出活动审批表（{1} 页）：\n{2}").format(
            len(ids), outcome.result, path), path)
        return path

    def export_security_list(self) -> Path | None:
        """导出保卫处名单…: the approved outings by date (on the days the filter shows, when it shows some)."""
        if self.db is None or self.edition_id is None:
            return None
        from vocweek_desktop.services import outings_print

        flt = self.current_filter()
        year = editions.get_edition(self.db, self.edition_id).year
        name = self.tr("{0}年职教周外出活动名单（保卫处）-{1}.xlsx").format(year, f"{dt.date.today():%Y%m%d}")
        path = ask_save_path(self, self.tr("导出保卫处名单"), name, self.tr("Excel 工作簿 (*.xlsx)"), ".xlsx")
        if path is None:
            return None
        try:
            outings_print.export_security_list(self.db, self.edition_id, path, date_from=flt.date_from,
                                               date_to=flt.date_to)
        except (VocWeekError, OSError) as error:
            QMessageBox.warning(self, self.tr("导出保卫处名单"), str(error))
            return None
        self.status_message.emit(self.tr("已导出保卫处名单：{0}").format(path))
        offer_to_open(self, self.tr("导出保卫处名单"), self.tr("已导出保卫处名单：\n{0}").format(path), path)
        return path

    def _college_for_template(self) -> int | None:
        college = self.ui.college_filter_combo.currentData()
        if college is not None:
            return college
        records = self.selected_records()
        if len(records) == 1:
            return records[0].college_id
        names = [(c.id, c.name) for c in colleges.list_colleges(self.db, self.edition_id)]
        if not names:
            QMessageBox.information(self, self.tr("生成申请表"), self.tr("本年度还没有学院。"))
            return None
        chosen, ok = QInputDialog.getItem(self, self.tr("生成申请表"), self.tr("为哪个学院生成外出活动申请表？"),
                                          [name for _id, name in names], 0, False)
        if not ok:
            return None
        return next(college_id for college_id, name in names if name == chosen)

    def write_template(self) -> Path | None:
        """生成申请表…: a blank 外出活动申请表 for a college (the college filtered, the selected request's, or asked)."""
        if self.db is None or self.edition_id is None:
            return None
        college_id = self._college_for_template()
        if college_id is None:
            return None
        from vocweek_desktop.services import outings_workbook

        name = next((c.name for c in colleges.list_colleges(self.db, self.edition_id) if c.id == college_id), "")
        path = ask_save_path(self, self.tr("生成申请表"), self.tr("外出活动申请表-{0}.xlsx").format(name),
                             self.tr("Excel 工作簿 (*.xlsx)"), ".xlsx")
        if path is None:
            return None
        return self._write_workbook(path, lambda: outings_workbook.write_request_template(
            self.db, self.edition_id, path, college_id=college_id), self.tr("生成申请表"))

    def export_request(self) -> Path | None:
        """导出为申请表…: the selected request as a workbook; corrected and imported again, it updates the request."""
        records = self.selected_records()
        if len(records) != 1 or self.db is None:
            return None
        from vocweek_desktop.services import outings_workbook

        record = records[0]
        path = ask_save_path(self, self.tr("导出为申请表"), self.tr("外出活动申请表-{0}.xlsx").format(record.number),
                             self.tr("Excel 工作簿 (*.xlsx)"), ".xlsx")
        if path is None:
            return None
        return self._write_workbook(path, lambda: outings_workbook.write_request_template(
            self.db, self.edition_id, path, outing_id=record.id), self.tr("导出为申请表"))

    def _write_workbook(self, path: Path, write, title: str) -> Path | None:
        try:
            write()
        except (VocWeekError, OSError) as error:
            QMessageBox.warning(self, title, str(error))
            return None
        self.status_message.emit(self.tr("已生成：{0}").format(path))
        offer_to_open(self, title, self.tr("已生成外出活动申请表：\n{0}").format(path), path)
        return path

    def import_requests(self, paths: list[str | Path] | None = None) -> int:
        """导入申请表…: each workbook read off the GUI thread, previewed, written on confirmation (all or nothing);
        returns how many were written."""
        if self.db is None or self.edition_id is None:
            return 0
        from PySide6.QtWidgets import QFileDialog

        from vocweek_desktop.gui import settings
        from vocweek_desktop.gui.dialogs.import_preview_dialog import ImportPreviewDialog
        from vocweek_desktop.services import imports, outings_workbook

        if paths is None:
            names, _ = QFileDialog.getOpenFileNames(self, self.tr("导入申请表"),
                                                    settings.last_folder() or str(Path.home()),
                                                    self.tr("Excel 工作簿 (*.xlsx *.xlsm *.xls);;所有文件 (*)"))
            if not names:
                return 0
            settings.remember_folder(names[0])
            paths = names
        written, select = 0, []
        title = self.tr("导入申请表")
        for path in map(Path, paths):
            outcome = run_with_progress(self, title, self.tr("正在读取并检查“{0}”…").format(path.name),
                                        partial(outings_workbook.preview_request, self.db, self.edition_id, path))
            if outcome.cancelled:
                break
            if outcome.error is not None:
                if isinstance(outcome.error, VocWeekError):
                    QMessageBox.warning(self, title, str(outcome.error))
                    continue
                raise outcome.error
            dialog = ImportPreviewDialog(outcome.result, self)
            try:
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    self.status_message.emit(self.tr("没有导入“{0}”，数据库没有改动。").format(path.name))
                    continue
                preview = dialog.preview
                received = dialog.received_at() if preview.received_at is not None else None
            finally:
                dialog.deleteLater()
            try:
                result = imports.apply_import(self.db, preview, received_at=received)
            except VocWeekError as error:
                QMessageBox.warning(self, title, self.tr("“{0}”没有导入，数据库没有改动：\n{1}").format(path.name, error))
                continue
            written += 1
            select += [item.record_id for item in (*preview.to_add, *preview.to_update)]
            self.status_message.emit(self.tr("已导入“{0}”：{1}").format(path.name, result.summary()))
        if written:
            self.reload(select)
            self.data_changed.emit()
        return written

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
