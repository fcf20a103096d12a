"""What the 外出审批 tab changes in a request: its form (新建 / 编辑) and its decisions (提交 / 批准 / 退回 / 撤回 /
完成; 批准 on every selected request at once). Each runs through services.outings, which refuses with the reason
what a rule forbids.

A mixin of OutingsTab (gui/tabs/outings_tab.py): it uses the tab's ``ui``, ``db``, ``edition_id``,
``selected_records``, ``reload``, ``data_changed`` and ``status_message``.
"""

from __future__ import annotations

import datetime as dt
import html
from functools import partial

from PySide6.QtWidgets import QDialog, QMessageBox

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain import outings as rules
from vocweek_desktop.domain.dates import format_moment
from vocweek_desktop.domain.errors import VocWeekError
from vocweek_desktop.services import outings
from vocweek_desktop.services.outings import OutingRecord


class DecisionsMixin:
    """新建, 编辑 and the decisions on the selected requests."""

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
