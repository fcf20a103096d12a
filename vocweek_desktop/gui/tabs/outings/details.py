"""The 外出审批 tab's detail panel: the selected request in full (its warnings, its people) and its history.

A mixin of OutingsTab (gui/tabs/outings_tab.py): it uses the tab's ``ui``, ``db`` and ``history_model``.
"""

from __future__ import annotations

import html

from vocweek_desktop.domain import outings as rules
from vocweek_desktop.domain.dates import format_datetime, format_moment
from vocweek_desktop.domain.errors import VocWeekError
from vocweek_desktop.gui.models.outings_model import state_color
from vocweek_desktop.services import outings
from vocweek_desktop.services.outings import OutingRecord


class DetailsMixin:
    """The panel beside the list: one request in full and its history, or what a multiple selection allows."""

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
