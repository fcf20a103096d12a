"""Table models of the 外出审批 tab: the requests (coloured by state, sorted in Python: a few hundred rows a year) and
the list of people a request takes, edited in place in the request form."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor

from vocweek_desktop.domain import outings as rules
from vocweek_desktop.domain.dates import format_moment, format_time
from vocweek_desktop.gui.models.records_model import CENTER, LEFT, RIGHT, Column, RecordsModel
from vocweek_desktop.services.outings import OutingRecord

#: (text colour, row tint) of each state: grey drafts, blue filed, green approved, orange returned, dark grey
#: withdrawn, teal completed.
STATE_COLORS: dict[str, tuple[str, str]] = {
    rules.DRAFT: ("#5f6368", "#f1f3f4"),
    rules.SUBMITTED: ("#1a56b0", "#e8f0fe"),
    rules.APPROVED: ("#1e7b34", "#e6f4ea"),
    rules.RETURNED: ("#b3541e", "#fdeee4"),
    rules.WITHDRAWN: ("#6b6b6b", "#e4e4e4"),
    rules.COMPLETED: ("#00796b", "#e0f2f1"),
}


def state_color(state: str) -> str:
    """The text colour of a state (chips, labels)."""
    return STATE_COLORS.get(state, ("#000000", "#ffffff"))[0]


def _when(record: OutingRecord) -> str:
    """5月15日 08:30–17:00, or 5月17日 07:30–5月18日 18:00 for more than a day."""
    if record.departure is None:
        return ""
    back = record.return_at
    if back is None:
        return format_moment(record.departure)
    end = format_time(back.time()) if back.date() == record.departure.date() else format_moment(back)
    return f"{format_moment(record.departure)}–{end}"


def notes_of(record: OutingRecord) -> str:
    """What the 提示 column says: papers missing, a late filing, the lead time broken."""
    notes = []
    if record.missing_papers:
        notes.append("缺：" + "、".join(record.missing_papers))
    if record.late_reason:
        notes.append("补办")
    if record.lead_warning and record.state not in rules.FINAL_STATES:
        notes.append("未按时报备")
    return "；".join(notes)


class OutingsModel(RecordsModel):
    """The requests of an edition, one row each, tinted by state; the search looks in number, college, title,
    destination and lead teacher."""

    def build_columns(self) -> list[Column]:
        """编号, 状态, 学院, 活动名称, 目的地, 出发—返回, 人数, 带队教师, 提示."""
        return [
            Column("number", self.tr("编号"), align=CENTER, searchable=True, width=7.5),
            Column("state", self.tr("状态"), align=CENTER, width=4,
                   sort_key=lambda value: rules.STATES.index(value) if value in rules.STATES else 99),
            Column("college_name", self.tr("学院"), searchable=True, width=11),
            Column("title", self.tr("活动名称"), searchable=True, width=14),
            Column("destination", self.tr("目的地"), searchable=True, width=9),
            Column("departure", self.tr("出发 – 返回"), value=lambda r: r, text=_when,
                   sort_key=lambda r: (r.departure is None, r.departure or dt.datetime.min), width=11,
                   copy=_when, tooltip=_when),
            Column("total", self.tr("人数"), value=lambda r: r, align=RIGHT,
                   text=lambda r: f"{r.total}" if r.teacher_count is not None or r.student_count is not None else "",
                   sort_key=lambda r: r.total, width=4,
                   tooltip=lambda r: self.tr("教师 {0} 人，学生 {1} 人").format(r.teacher_count or 0,
                                                                          r.student_count or 0),
                   copy=lambda r: str(r.total)),
            Column("lead_teacher", self.tr("带队教师"), searchable=True, width=6),
            Column("notes", self.tr("提示"), value=notes_of, width=12),
        ]

    def row_brush(self, record: OutingRecord) -> QBrush | None:
        """A tint by state."""
        colors = STATE_COLORS.get(record.state)
        return QBrush(QColor(colors[1])) if colors else None

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        """The state column in its colour, bold."""
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and self.column_key(index.column()) == "state":
            record = self.record(index.row())
            return QBrush(QColor(state_color(record.state))) if record is not None else None
        if role == Qt.ItemDataRole.FontRole and index.isValid() and self.column_key(index.column()) == "state":
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)

    def row_tooltip(self, record: OutingRecord) -> str | None:
        """The lead-time warning and the missing papers, in full."""
        parts = []
        if record.lead_warning and record.state not in rules.FINAL_STATES:
            parts.append(record.lead_warning)
        if record.missing_papers:
            parts.append(self.tr("缺少必备材料：{0}").format("、".join(record.missing_papers)))
        if record.late_reason:
            parts.append(self.tr("补办原因：{0}").format(record.late_reason))
        return "\n".join(parts) or None


@dataclass(frozen=True)
class PersonRow:
    """A row of the list of people being edited (``id``: its place in the list, for the view's selection)."""

    id: int
    name: str = ""
    role: str = rules.STUDENT
    unit: str = ""
    phone: str = ""

    def as_dict(self) -> dict[str, str]:
        """The values the services take."""
        return {"name": self.name, "role": self.role, "unit": self.unit, "phone": self.phone}


class ParticipantsModel(RecordsModel):
    """The people of the request being edited, edited in place (a role is 教师 or 学生; the rest is checked when the
    request is saved)."""

    #: The list changed (a person added, removed or edited): the counts follow.
    people_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent=parent)
        self._next_id = 1

    def build_columns(self) -> list[Column]:
        """姓名, 身份, 班级或单位, 联系电话, each editable."""
        return [Column("name", self.tr("姓名"), editable=True, width=6),
                Column("role", self.tr("身份"), editable=True, align=CENTER, width=4),
                Column("unit", self.tr("班级或单位"), editable=True, width=10, align=LEFT),
                Column("phone", self.tr("联系电话"), editable=True, width=9)]

    def set_people(self, people) -> None:
        """Show these people (mappings with name, role, unit, phone)."""
        rows = []
        for person in people:
            rows.append(PersonRow(self._next_id, str(person.get("name") or ""), str(person.get("role") or ""),
                                  str(person.get("unit") or ""), str(person.get("phone") or "")))
            self._next_id += 1
        self.set_rows(rows)
        self.people_changed.emit()

    def people(self) -> list[dict[str, str]]:
        """Everyone on the list, in order, as the services take them."""
        return [row.as_dict() for row in self.records()]

    def append(self, people) -> int:
        """Add people at the end; returns the row of the first one added."""
        first = len(self.records())
        self.set_people([row.as_dict() for row in self.records()] + list(people))
        return first

    def remove_rows(self, rows: list[int]) -> None:
        """Remove the people shown in ``rows``."""
        doomed = {self.record(row).id for row in rows if self.record(row) is not None}
        self.set_rows([row for row in self.records() if row.id not in doomed])
        self.people_changed.emit()

    def counts(self) -> tuple[int, int]:
        """(teachers, students) on the list."""
        return rules.participant_counts(self.people())

    def commit(self, row: int, record: PersonRow, column: Column, value: object) -> bool:
        """An edited cell: a role must be 教师 or 学生 (老师, 同学 … are understood)."""
        text = str(value or "").strip()
        if column.key == "role":
            try:
                text = rules.parse_role(text) or ""
            except ValueError as error:
                self.edit_refused.emit(str(error))
                return False
        self.replace_record(replace(record, **{column.key: text}))
        self.people_changed.emit()
        return True
