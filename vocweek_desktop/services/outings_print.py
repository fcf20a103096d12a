"""What the office prints or hands on about outing requests: the 外出活动审批表 slip (one request or several in
one PDF), with its 签核历程 read from the audit trail, and the 保卫处 list of approved outings by date (Excel)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain import outings as rules
from vocweek_desktop.domain.dates import format_day, format_time
from vocweek_desktop.services import audit, editions, outings
from vocweek_desktop.services.outings import OutingRecord
from vocweek_desktop.store.engine import Database


def _insurance(record: OutingRecord) -> str:
    if not record.insured:
        return "未购买"
    details = "，".join(part for part in (record.insurer, f"保单号 {record.policy_number}"
                                          if record.policy_number else "") if part)
    return f"已购买（{details}）" if details else "已购买"


def history_lines(events: Iterable[audit.AuditRecord]):
    """The 签核历程 of a request from its events: each change of state as (time, operator, decision, comment)."""
    from vocweek_desktop.io.pdf.outing_slip import SlipEvent

    lines = []
    for event in events:
        if event.action != "transition" or not event.after:
            continue
        after = event.after
        comment = [after.get("comment") or ""]
        if after.get("late_reason"):
            comment.append(f"补办原因：{after['late_reason']}")
        comment += list(after.get("warnings") or [])
        lines.append(SlipEvent(event.at, event.operator, rules.decision_label(
            (event.before or {}).get("state"), after.get("state"), late=bool(after.get("late_reason"))),
            "；".join(part for part in comment if part)))
    return lines


def slip_data(db: Database, outing_id: int, *, now: dt.datetime | None = None):
    """What the slip of one request shows (io.pdf.outing_slip.SlipData)."""
    from vocweek_desktop.io.pdf.outing_slip import SlipData

    record = outings.get_outing(db, outing_id)
    edition = editions.get_edition(db, record.edition_id)
    _lead_days, setting = outings.office_rules(db, record.edition_id)
    required = rules.required_papers(setting, record.transport)
    return SlipData(
        number=record.number, state=record.state, approved=record.state in rules.APPROVED_STATES,
        school_name=edition.school_name, edition_title=edition.title, office_name=edition.office_name or "教务处",
        college=record.college_name, activity=record.activity_title, title=record.title,
        destination=record.destination, address=record.address, departure=record.departure,
        return_at=record.return_at, teacher_count=record.teacher_count, student_count=record.student_count,
        lead_teacher=record.lead_teacher, lead_phone=record.lead_phone, transport=record.transport or "",
        vehicle=record.vehicle, insurance=_insurance(record), safety_plan=record.safety_plan,
        emergency_contact=record.emergency_contact, emergency_phone=record.emergency_phone,
        papers=[(paper, paper in record.papers, paper in required) for paper in rules.PAPERS],
        participants=[(p.name, p.role, p.unit, p.phone) for p in record.participants],
        history=history_lines(outings.history(db, outing_id)), late_reason=record.late_reason,
        warnings=[record.lead_warning] if record.lead_warning else [], notes=record.notes,
        printed_at=(now or dt.datetime.now()).replace(second=0, microsecond=0))


def write_slips(db: Database, outing_ids: Iterable[int], path: str | Path, *, now: dt.datetime | None = None) -> int:
    """The slips of one or more requests in one PDF (each on its own pages, numbered within itself, 未批准 across
    every page of a request not approved); written atomically; returns the number of pages."""
    from vocweek_desktop.io.pdf.outing_slip import write_slips as write

    slips = [slip_data(db, outing_id, now=now) for outing_id in outing_ids]
    return write(path, slips)


def security_rows(db: Database, edition_id: int, *, date_from: dt.date | None = None,
                  date_to: dt.date | None = None) -> list[dict[str, object]]:
    """The approved (or completed) outings by departure, as the 保卫处 list shows them."""
    year = editions.get_edition(db, edition_id).year
    rows = []
    for record in outings.departing(db, edition_id, date_from=date_from, date_to=date_to):
        back = record.return_at
        returns = format_time(back.time()) if back and back.date() == record.departure.date() else \
            f"{format_day(back.date(), year, weekday=False)} {format_time(back.time())}" if back else ""
        vehicle = record.transport or ""
        if record.vehicle:
            vehicle += f"（{record.vehicle}）"
        rows.append({
            "day": format_day(record.departure.date(), year), "departure": format_time(record.departure.time()),
            "return": returns, "number": record.number, "college": record.college_name, "title": record.title,
            "destination": "，".join(p for p in (record.destination, record.address) if p),
            "teachers": record.teacher_count or 0, "students": record.student_count or 0, "total": record.total,
            "lead_teacher": record.lead_teacher, "lead_phone": record.lead_phone, "vehicle": vehicle,
        })
    return rows


def export_security_list(db: Database, edition_id: int, path: str | Path, *, date_from: dt.date | None = None,
                         date_to: dt.date | None = None) -> Path:
    """导出保卫处名单: the approved outings by date, to Excel."""
    from vocweek_desktop.io.excel_outings import write_security_list

    year = editions.get_edition(db, edition_id).year
    rows = security_rows(db, edition_id, date_from=date_from, date_to=date_to)
    return write_security_list(path, msg.OUTING_SECURITY_TITLE.format(year=year), rows)
