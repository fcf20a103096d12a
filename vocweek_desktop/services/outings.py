"""Outing requests (外出审批): create and edit them, move them through their states, approve several at once, list
them with counts per state, and read their history.

Every change is one transaction that also writes the audit trail: "create" and "update" events with the fields
that changed, and a "transition" event for each change of state — before {"state": …}, after {"state": …,
"comment": …, "late_reason": …, "warnings": […]} — so a request's history is its audit events in order, kept
forever. The rules themselves (which transitions exist, papers, late filing, lead time) are domain/outings.py.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, selectinload

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain import outings as rules
from vocweek_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from vocweek_desktop.domain.organisers import name_key
from vocweek_desktop.services import audit, edition_settings, numbering
from vocweek_desktop.services.colleges import BatchResult
from vocweek_desktop.services.rows import get_row, load_edition
from vocweek_desktop.store.engine import Database
from vocweek_desktop.store.models import Activity, College, OutingPaper, OutingParticipant, OutingRequest

ENTITY = "outing"
#: The counter of request numbers (services/numbering.py): WC-2024-001, never reused.
COUNTER = "outing"
#: The scalar columns a request's values are stored in (participants and papers have tables of their own).
SCALAR_FIELDS = tuple(f for f in rules.FIELDS if f not in ("participants", "papers"))


@dataclass(frozen=True)
class Participant:
    """One person on a request's list."""

    name: str
    role: str
    unit: str = ""
    phone: str = ""

    def as_dict(self) -> dict[str, str]:
        """The values as the domain's checks and the form take them."""
        return {"name": self.name, "role": self.role, "unit": self.unit, "phone": self.phone}


@dataclass(frozen=True)
class OutingRecord:
    """One request as plain values, with what the list shows beside them (college and activity by name, the
    required papers still missing, the lead-time warning)."""

    id: int
    edition_id: int
    number: str
    row_uid: str
    state: str
    college_id: int
    college_name: str
    activity_id: int | None
    activity_title: str
    title: str
    destination: str
    address: str
    departure: dt.datetime | None
    return_at: dt.datetime | None
    teacher_count: int | None
    student_count: int | None
    lead_teacher: str
    lead_phone: str
    transport: str | None
    vehicle_plate: str
    vehicle_company: str
    driver: str
    insured: bool
    insurer: str
    policy_number: str
    safety_plan: str
    emergency_contact: str
    emergency_phone: str
    notes: str
    papers: tuple[str, ...]
    participants: tuple[Participant, ...]
    late_reason: str
    source_kind: str
    source_file: str
    received_at: dt.datetime | None
    submitted_at: dt.datetime | None
    created_at: dt.datetime
    updated_at: dt.datetime
    missing_papers: tuple[str, ...] = ()
    lead_warning: str | None = None

    @property
    def total(self) -> int:
        """Teachers and students together."""
        return (self.teacher_count or 0) + (self.student_count or 0)

    @property
    def vehicle(self) -> str:
        """车牌 川A·12345，某某客运公司，驾驶员 赵师傅: the hired vehicle as the slip, the panel and the 保卫处 list
        name it ("" when none is given)."""
        parts = [f"车牌 {self.vehicle_plate}" if self.vehicle_plate else "", self.vehicle_company,
                 f"驾驶员 {self.driver}" if self.driver else ""]
        return "，".join(part for part in parts if part)

    @property
    def allowed_actions(self) -> tuple[str, ...]:
        """The transitions the state table allows now (the rules may still refuse one)."""
        return rules.allowed_actions(self.state)

    @property
    def editable(self) -> bool:
        """Whether the request may still be changed."""
        return rules.can_edit(self.state)

    def values(self) -> dict[str, object]:
        """The request's values by field (rules.FIELDS), as ``update_outing`` takes them."""
        values: dict[str, object] = {key: getattr(self, key) for key in SCALAR_FIELDS}
        values["papers"] = list(self.papers)
        values["participants"] = [person.as_dict() for person in self.participants]
        return values


@dataclass(frozen=True)
class OutingFilter:
    """What the 外出审批 tab shows: a state, a college, outings on the days from … to (each end optional); and a
    request to select (a warning of the overview points at one)."""

    state: str | None = None
    college_id: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    outing_id: int | None = None


@dataclass(frozen=True)
class TransitionResult:
    """A request after a change of state, and the warnings the change gave (lead time broken)."""

    record: OutingRecord
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class ApprovalBatch(BatchResult):
    """What a batch approval did: the requests approved (``done``), those refused with why (``refused``: id,
    number, reason) and the warnings of those approved (id, number, warning)."""

    warnings: tuple[tuple[int, str, str], ...] = field(default=())


@dataclass(frozen=True)
class ActivityChoice:
    """An activity a request may be related to (the college's own; off-campus ones are the usual ones)."""

    id: int
    title: str
    first_date: dt.date
    off_campus: bool


# --- reading ------------------------------------------------------------------------------------------------------

@dataclass
class _Rules:
    """The office's rules of an edition (edition settings), read once per transaction."""

    lead_days: int
    papers: list[str]


def rules_in(session: Session, edition_id: int) -> _Rules:
    """The edition's lead time and required papers, inside a running transaction."""
    return _Rules(edition_settings.value_in(session, edition_id, rules.LEAD_DAYS),
                  list(edition_settings.value_in(session, edition_id, rules.REQUIRED_PAPERS)))


def _load(session: Session, outing_id: int) -> OutingRequest:
    return get_row(session, OutingRequest, outing_id, msg.OUTING_NOT_FOUND)


def values_of(outing: OutingRequest) -> dict[str, object]:
    """A stored request's values by field (rules.FIELDS)."""
    values: dict[str, object] = {key: getattr(outing, key) for key in SCALAR_FIELDS}
    values["papers"] = [paper for paper in rules.PAPERS if paper in {p.paper for p in outing.papers}]
    values["participants"] = [{"name": p.name, "role": p.role, "unit": p.unit, "phone": p.phone}
                              for p in outing.participants]
    return values


def _names(session: Session, outing: OutingRequest) -> tuple[str, str]:
    college = session.get(College, outing.college_id)
    activity = session.get(Activity, outing.activity_id) if outing.activity_id is not None else None
    return (college.name if college is not None else "", activity.title if activity is not None else "")


def _record(session: Session, outing: OutingRequest, office: _Rules) -> OutingRecord:
    college_name, activity_title = _names(session, outing)
    values = values_of(outing)
    return OutingRecord(
        id=outing.id, edition_id=outing.edition_id, number=outing.number, row_uid=outing.row_uid, state=outing.state,
        college_name=college_name, activity_title=activity_title,
        **{key: values[key] for key in SCALAR_FIELDS},
        papers=tuple(values["papers"]), participants=tuple(Participant(**p) for p in values["participants"]),
        late_reason=outing.late_reason, source_kind=outing.source_kind, source_file=outing.source_file,
        received_at=outing.received_at, submitted_at=outing.submitted_at, created_at=outing.created_at,
        updated_at=outing.updated_at,
        missing_papers=rules.missing_papers(values["papers"], office.papers, outing.transport)
        if outing.state not in rules.FINAL_STATES else (),
        lead_warning=rules.lead_time_warning(outing.submitted_at, outing.departure, office.lead_days),
    )


def get_outing(db: Database, outing_id: int) -> OutingRecord:
    """One request."""
    with db.transaction() as session:
        outing = _load(session, outing_id)
        return _record(session, outing, rules_in(session, outing.edition_id))


def find_outing(db: Database, edition_id: int, number: str) -> int:
    """The id of the edition's request numbered ``number`` (any case, full-width folded); NotFoundError otherwise."""
    key = name_key(number)
    with db.transaction() as session:
        load_edition(session, edition_id)
        for outing_id, found in session.execute(select(OutingRequest.id, OutingRequest.number)
                                                .where(OutingRequest.edition_id == edition_id)):
            if name_key(found) == key:
                return outing_id
    raise NotFoundError(msg.OUTING_NUMBER_UNKNOWN.format(number=number))


def _where(edition_id: int, flt: OutingFilter, *, with_state: bool = True) -> list:
    conditions = [OutingRequest.edition_id == edition_id]
    if with_state and flt.state is not None:
        conditions.append(OutingRequest.state == flt.state)
    if flt.college_id is not None:
        conditions.append(OutingRequest.college_id == flt.college_id)
    # Outings on the days asked for: any overlap of [departure, return] with them (undated drafts are shown only
    # when no day is asked for).
    if flt.date_from is not None:
        start = dt.datetime.combine(flt.date_from, dt.time(0, 0))
        conditions.append(func.coalesce(OutingRequest.return_at, OutingRequest.departure) >= start)
    if flt.date_to is not None:
        end = dt.datetime.combine(flt.date_to + dt.timedelta(days=1), dt.time(0, 0))
        conditions.append(OutingRequest.departure < end)
    return conditions


def list_outings(db: Database, edition_id: int, flt: OutingFilter = OutingFilter()) -> list[OutingRecord]:
    """The edition's requests that ``flt`` lets through, by departure (undated last), then number."""
    with db.transaction() as session:
        load_edition(session, edition_id)
        office = rules_in(session, edition_id)
        statement = (select(OutingRequest).where(and_(*_where(edition_id, flt)))
                     .options(selectinload(OutingRequest.participants), selectinload(OutingRequest.papers))
                     .order_by(OutingRequest.departure.is_(None), OutingRequest.departure, OutingRequest.number))
        return [_record(session, outing, office) for outing in session.scalars(statement)]


def state_counts(db: Database, edition_id: int, flt: OutingFilter = OutingFilter()) -> dict[str, int]:
    """How many requests are in each state (every state listed, 0 included) under ``flt``'s other conditions."""
    with db.transaction() as session:
        load_edition(session, edition_id)
        found = dict(session.execute(select(OutingRequest.state, func.count())
                                     .where(and_(*_where(edition_id, flt, with_state=False)))
                                     .group_by(OutingRequest.state)).all())
    return {state: found.get(state, 0) for state in rules.STATES}


def history(db: Database, outing_id: int) -> list[audit.AuditRecord]:
    """Every event of a request, oldest first: created, changed, each decision."""
    return audit.history(db, ENTITY, outing_id)


def activities_for(db: Database, edition_id: int, college_id: int) -> list[ActivityChoice]:
    """The college's activities (not in the recycle bin) a request may be related to: off-campus ones first."""
    with db.transaction() as session:
        rows = session.execute(select(Activity.id, Activity.title, Activity.first_date, Activity.off_campus)
                               .where(Activity.edition_id == edition_id, Activity.college_id == college_id,
                                      Activity.deleted_at.is_(None))
                               .order_by(Activity.off_campus.desc(), Activity.first_date, Activity.title)).all()
    return [ActivityChoice(*row) for row in rows]


def office_rules(db: Database, edition_id: int) -> tuple[int, list[str]]:
    """The edition's lead time in days and the papers every request needs (edition settings)."""
    with db.transaction() as session:
        load_edition(session, edition_id)
        found = rules_in(session, edition_id)
        return found.lead_days, found.papers


# --- writing ------------------------------------------------------------------------------------------------------

def _now(now: dt.datetime | None) -> dt.datetime:
    return (now or dt.datetime.now()).replace(microsecond=0)


def check_links(session: Session, edition_id: int, cleaned: Mapping[str, object]) -> None:
    """The college must be one of the edition's, the related activity one of that college's."""
    college = session.get(College, cleaned["college_id"])
    if college is None or college.edition_id != edition_id:
        raise ValidationError({"college_id": msg.OUTING_COLLEGE_OTHER_EDITION})
    activity_id = cleaned.get("activity_id")
    if activity_id is not None:
        activity = session.get(Activity, activity_id)
        if activity is None or activity.edition_id != edition_id or activity.college_id != college.id:
            raise ValidationError({"activity_id": msg.OUTING_ACTIVITY_OTHER})


def store_values(outing: OutingRequest, cleaned: Mapping[str, object]) -> None:
    """Write cleaned values (rules.FIELDS) into a request: its columns, its list of people, its papers."""
    for key in SCALAR_FIELDS:
        setattr(outing, key, cleaned[key])
    outing.participants = [OutingParticipant(position=index, **person)
                           for index, person in enumerate(cleaned["participants"])]
    wanted = list(cleaned["papers"])
    kept = [paper for paper in outing.papers if paper.paper in wanted]
    have = {paper.paper for paper in kept}
    outing.papers = kept + [OutingPaper(paper=paper) for paper in wanted if paper not in have]


def audited(session: Session, values: Mapping[str, object]) -> dict[str, object]:
    """What an event records of a request's values: the college and activity by name, every other field as is, the
    people as 姓名（身份，单位，电话）."""
    result: dict[str, object] = {}
    for key in rules.FIELDS:
        value = values.get(key)
        if key == "college_id":
            college = session.get(College, value) if value is not None else None
            result["college"] = college.name if college is not None else value
        elif key == "activity_id":
            activity = session.get(Activity, value) if value is not None else None
            result["activity"] = activity.title if activity is not None else None
        elif key == "participants":
            result[key] = [person_text(person) for person in value or []]
        else:
            result[key] = value
    return result


def person_text(person: Mapping[str, object]) -> str:
    """王强（教师，汽车系，13800138000）: one person as a line reads."""
    details = "，".join(str(person.get(k)) for k in ("role", "unit", "phone") if person.get(k))
    return f"{person.get('name')}（{details}）" if details else str(person.get("name"))


def transition_event(session: Session, operator: str, outing: OutingRequest, before: str | None, *,
                     comment: str = "", late_reason: str = "", warnings: Sequence[str] = (),
                     changed: Sequence[str] = (), at: dt.datetime | None = None) -> None:
    """Record a change of state of ``outing`` (already in its new state) with the decision's comment."""
    after: dict[str, object] = {"state": outing.state}
    if comment:
        after["comment"] = comment
    if late_reason:
        after["late_reason"] = late_reason
    if warnings:
        after["warnings"] = list(warnings)
    if changed:
        after["changed"] = list(changed)
    audit.record(session, operator, entity=ENTITY, entity_id=outing.id, action="transition",
                 edition_id=outing.edition_id, before={"state": before}, after=after,
                 summary=f"{outing.number} {outing.title}", at=at)


def new_number(session: Session, edition_id: int, year: int) -> str:
    """The next request number of the edition (WC-2024-001), never handed out before."""
    return rules.format_number(year, numbering.next_number(session, edition_id, COUNTER))


def create_outing(db: Database, edition_id: int, values: Mapping[str, object], *, submit: bool = False,
                  now: dt.datetime | None = None) -> TransitionResult:
    """A new request (草稿, numbered at once); with ``submit`` it is filed in the same step (then it must be
    complete). Returns it with the lead-time warning of a request filed late."""
    now = _now(now)
    cleaned = rules.clean_outing(values, filed=submit)
    with db.transaction() as session:
        edition = load_edition(session, edition_id)
        check_links(session, edition_id, cleaned)
        outing = OutingRequest(edition_id=edition_id, number=new_number(session, edition_id, edition.year),
                               row_uid=uuid.uuid4().hex, state=rules.DRAFT, created_at=now, updated_at=now)
        store_values(outing, cleaned)
        session.add(outing)
        session.flush()
        audit.record(session, db.operator, entity=ENTITY, entity_id=outing.id, action="create",
                     edition_id=edition_id, after=audit.filled({"number": outing.number, **audited(session, cleaned)}),
                     summary=f"{outing.number} {outing.title}", at=now)
        warnings: tuple[str, ...] = ()
        if submit:
            warnings = _submit(session, db, outing, rules_in(session, edition_id), comment="", now=now)
        return TransitionResult(_record(session, outing, rules_in(session, edition_id)), warnings)


def update_outing(db: Database, outing_id: int, values: Mapping[str, object], *, submit: bool = False,
                  now: dt.datetime | None = None) -> OutingRecord:
    """Change a request. Refused once it is withdrawn or completed; a filed request must stay complete. Editing an
    approved request sends it back to 已提交 (to be approved again), the changed fields named in the event. With
    ``submit`` a draft or returned request is also filed, in the same step (the record's ``lead_warning`` says
    when it was filed late)."""
    now = _now(now)
    with db.transaction() as session:
        outing = _load(session, outing_id)
        reason = rules.refusal(outing.number, outing.state, rules.EDIT)
        if reason:
            raise ConflictError(reason)
        if submit:
            reason = rules.refusal(outing.number, outing.state, rules.SUBMIT)
            if reason:
                raise ConflictError(reason)
        cleaned = rules.clean_outing(values, filed=submit or outing.state != rules.DRAFT)
        check_links(session, outing.edition_id, cleaned)
        old = values_of(outing)
        changed = rules.changed_fields(old, cleaned)
        office = rules_in(session, outing.edition_id)
        if not changed:
            if submit:
                _submit(session, db, outing, office, comment="", now=now)
            return _record(session, outing, office)
        old_audited = audited(session, old)
        store_values(outing, cleaned)
        outing.updated_at = now
        session.flush()
        before, after = audit.changes(old_audited, audited(session, cleaned))
        audit.record(session, db.operator, entity=ENTITY, entity_id=outing.id, action="update",
                     edition_id=outing.edition_id, before=before, after=after,
                     summary=f"{outing.number} {outing.title}", at=now)
        if outing.state == rules.APPROVED:
            labels = [rules.label(key) for key in changed]
            outing.state = rules.SUBMITTED
            transition_event(session, db.operator, outing, rules.APPROVED,
                             comment=msg.OUTING_EDITED_AFTER_APPROVAL.format(fields="、".join(labels)),
                             changed=labels, at=now)
        elif submit:
            _submit(session, db, outing, office, comment="", now=now)
        return _record(session, outing, office)


def _submit(session: Session, db: Database, outing: OutingRequest, office: _Rules, *, comment: str,
            now: dt.datetime) -> tuple[str, ...]:
    rules.clean_outing(values_of(outing), filed=True)  # a filed request is complete (raises naming what is missing)
    before = outing.state
    outing.state = rules.SUBMITTED
    outing.submitted_at = now
    warning = rules.lead_time_warning(now, outing.departure, office.lead_days)
    warnings = (warning,) if warning else ()
    transition_event(session, db.operator, outing, before, comment=comment, warnings=warnings, at=now)
    return warnings


def _decide(session: Session, db: Database, outing: OutingRequest, action: str, office: _Rules, *, comment: str,
            late_reason: str, now: dt.datetime) -> tuple[str, ...]:
    """Carry out ``action`` on ``outing`` if every rule allows it (ConflictError / ValidationError with the reason
    otherwise); returns the warnings."""
    reason = rules.refusal(outing.number, outing.state, action)
    if reason:
        raise ConflictError(reason)
    comment, late_reason = rules.clean_comment(comment), rules.clean_comment(late_reason, "late_reason")
    if action == rules.SUBMIT:
        return _submit(session, db, outing, office, comment=comment, now=now)
    warnings: tuple[str, ...] = ()
    if action == rules.APPROVE:
        reason = rules.approval_refusal(outing.number, departure=outing.departure, papers=values_of(outing)["papers"],
                                        transport=outing.transport, setting=office.papers, now=now,
                                        late_reason=late_reason)
        if reason:
            raise ConflictError(reason)
        if not rules.is_late(outing.departure, now):
            late_reason = ""  # a reason for lateness only when it is late
        outing.late_reason = late_reason
        warning = rules.lead_time_warning(outing.submitted_at, outing.departure, office.lead_days)
        warnings = (warning,) if warning else ()
    elif action == rules.RETURN:
        if not comment:
            raise ValidationError({"comment": msg.OUTING_RETURN_REASON})
    elif action == rules.COMPLETE:
        reason = rules.completion_refusal(outing.number, outing.departure, now)
        if reason:
            raise ConflictError(reason)
    before = outing.state
    outing.state = rules.next_state(before, action)
    transition_event(session, db.operator, outing, before, comment=comment,
                     late_reason=late_reason if action == rules.APPROVE else "", warnings=warnings, at=now)
    return warnings


def transition(db: Database, outing_id: int, action: str, *, comment: str = "", late_reason: str = "",
               now: dt.datetime | None = None) -> TransitionResult:
    """提交 / 批准 / 退回 / 撤回 / 完成 one request (``action`` one of rules.ACTIONS). Refused with the reason when the
    state table or a rule forbids it: approving with a required paper missing, or after departure without a 补办
    reason; returning without a reason; completing before departure."""
    if action not in rules.ACTIONS:
        raise ValueError(f"unknown action {action!r}")
    now = _now(now)
    with db.transaction() as session:
        outing = _load(session, outing_id)
        office = rules_in(session, outing.edition_id)
        warnings = _decide(session, db, outing, action, office, comment=comment, late_reason=late_reason, now=now)
        outing.updated_at = now
        session.flush()
        return TransitionResult(_record(session, outing, office), warnings)


def submit_outing(db: Database, outing_id: int, *, comment: str = "", now: dt.datetime | None = None) \
        -> TransitionResult:
    """提交: a draft or a returned request is filed (it must be complete)."""
    return transition(db, outing_id, rules.SUBMIT, comment=comment, now=now)


def approve_outing(db: Database, outing_id: int, *, comment: str = "", late_reason: str = "",
                   now: dt.datetime | None = None) -> TransitionResult:
    """批准 (补办 with ``late_reason`` after departure)."""
    return transition(db, outing_id, rules.APPROVE, comment=comment, late_reason=late_reason, now=now)


def return_outing(db: Database, outing_id: int, reason: str, *, now: dt.datetime | None = None) -> TransitionResult:
    """退回 with the reason (required)."""
    return transition(db, outing_id, rules.RETURN, comment=reason, now=now)


def withdraw_outing(db: Database, outing_id: int, *, comment: str = "", now: dt.datetime | None = None) \
        -> TransitionResult:
    """撤回: the college does not go (its number is never given to another request)."""
    return transition(db, outing_id, rules.WITHDRAW, comment=comment, now=now)


def complete_outing(db: Database, outing_id: int, *, comment: str = "", now: dt.datetime | None = None) \
        -> TransitionResult:
    """标记为已完成: the approved group went and came back."""
    return transition(db, outing_id, rules.COMPLETE, comment=comment, now=now)


def approve_outings(db: Database, outing_ids: Iterable[int], *, comment: str = "",
                    now: dt.datetime | None = None) -> ApprovalBatch:
    """Approve several requests in ONE transaction: each that passes every rule is approved; the others are kept as
    they are and reported with why (a batch never approves late: 补办 needs its own reason)."""
    now = _now(now)
    done, refused, warned = [], [], []
    with db.transaction() as session:
        offices: dict[int, _Rules] = {}
        for outing_id in outing_ids:
            outing = session.get(OutingRequest, outing_id)
            if outing is None:
                refused.append((outing_id, "", msg.OUTING_NOT_FOUND))
                continue
            office = offices.setdefault(outing.edition_id, rules_in(session, outing.edition_id))
            try:
                warnings = _decide(session, db, outing, rules.APPROVE, office, comment=comment, late_reason="",
                                   now=now)
            except (ConflictError, ValidationError) as exc:
                refused.append((outing_id, outing.number, exc.message))
                continue
            outing.updated_at = now
            done.append(outing_id)
            warned.extend((outing_id, outing.number, warning) for warning in warnings)
    return ApprovalBatch(tuple(done), tuple(refused), tuple(warned))


def check_approve_outings(db: Database, outing_ids: Iterable[int], *, now: dt.datetime | None = None) \
        -> ApprovalBatch:
    """What ``approve_outings`` would do now, without approving (the window asks before it approves)."""
    now = _now(now)
    done, refused = [], []
    with db.transaction() as session:
        for outing_id in outing_ids:
            outing = session.get(OutingRequest, outing_id)
            if outing is None:
                refused.append((outing_id, "", msg.OUTING_NOT_FOUND))
                continue
            office = rules_in(session, outing.edition_id)
            reason = rules.refusal(outing.number, outing.state, rules.APPROVE) or rules.approval_refusal(
                outing.number, departure=outing.departure, papers=values_of(outing)["papers"],
                transport=outing.transport, setting=office.papers, now=now)
            if reason:
                refused.append((outing_id, outing.number, reason))
            else:
                done.append(outing_id)
    return ApprovalBatch(tuple(done), tuple(refused))


def set_office_rules(db: Database, edition_id: int, *, lead_days: int | None = None,
                     papers: Sequence[str] | None = None) -> tuple[int, list[str]]:
    """Change the edition's lead time and required papers together, in one transaction (each audited as a change of
    the edition); a bad value is refused, naming it, and nothing is changed."""
    rules.check_office_rules(lead_days, papers)
    with db.transaction() as session:
        load_edition(session, edition_id)
        if lead_days is not None:
            edition_settings.store_in(session, db.operator, edition_id, rules.LEAD_DAYS, lead_days)
        if papers is not None:
            edition_settings.store_in(session, db.operator, edition_id, rules.REQUIRED_PAPERS, list(papers))
        found = rules_in(session, edition_id)
        return found.lead_days, found.papers


def departing(db: Database, edition_id: int, states: Sequence[str] = rules.APPROVED_STATES, *,
              date_from: dt.date | None = None, date_to: dt.date | None = None) -> list[OutingRecord]:
    """Requests in ``states`` by departure, on the days asked for (the 保卫处 list)."""
    found = list_outings(db, edition_id, OutingFilter(date_from=date_from, date_to=date_to))
    return [record for record in found if record.state in states and record.departure is not None]


def count_linked(session: Session, activity_ids: Iterable[int]) -> dict[int, int]:
    """For the overview: how many approved (or completed) requests each of ``activity_ids`` has."""
    ids = list(activity_ids)
    if not ids:
        return {}
    rows = session.execute(select(OutingRequest.activity_id, func.count())
                           .where(OutingRequest.activity_id.in_(ids),
                                  or_(*(OutingRequest.state == s for s in rules.APPROVED_STATES)))
                           .group_by(OutingRequest.activity_id)).all()
    return dict(rows)


# --- the demo -------------------------------------------------------------------------------------------------------

def _demo_people(teachers: list[tuple[str, str]], students: int, unit: str, first: int) -> list[dict[str, str]]:
    people = [{"name": name, "role": rules.TEACHER, "unit": "", "phone": phone} for name, phone in teachers]
    surnames, given = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高", "子涵浩然欣怡梓轩雨桐宇航诗涵俊杰思远佳怡"
    for index in range(students):
        number = first + index
        name = surnames[number % len(surnames)] + given[(number * 2) % len(given)] + given[(number * 3 + 1) % len(given)]
        people.append({"name": name, "role": rules.STUDENT, "unit": unit, "phone": ""})
    return people


def add_demo_outings(db: Database, edition_id: int) -> int:
    """Sample requests in every state (for the demo and screenshots): filed, decided and completed at plausible
    moments before and during the edition's week; linked to a college's off-campus activity where it has one."""
    from vocweek_desktop.services import colleges, editions

    edition = editions.get_edition(db, edition_id)
    week = dt.datetime.combine(edition.week_start, dt.time(0, 0))
    found = colleges.list_colleges(db, edition_id)
    if not found:
        return 0
    plans = [  # (college index, state, title, destination, day of the week, transport, students)
        (1, rules.APPROVED, "新能源汽车维修进社区", "龙泉驿区十陵街道社区", 3, "校车", 12),
        (2, rules.SUBMITTED, "“访企拓岗”校友寻访", "天府新区合作企业", 2, "租用车辆", 36),
        (0, rules.DRAFT, "智能制造科普进社区", "锦江区某某社区", 4, "公共交通", 6),
        (3, rules.RETURNED, "乡村建筑测绘志愿服务", "蒲江县明月村", 5, "租用车辆", 18),
        (4, rules.WITHDRAWN, "企业财务实务走访", "成都某某会计师事务所", 2, "步行", 4),
        (5, rules.COMPLETED, "社区义诊与健康宣讲", "郫都区某某街道卫生服务中心", 1, "校车", 10),
    ]
    added = 0
    for index, state, title, destination, day, transport, students in plans:
        if index >= len(found):
            continue
        college = found[index]
        departure = week + dt.timedelta(days=day, hours=8, minutes=30)
        activity = next((a.id for a in activities_for(db, edition_id, college.id) if a.title == title), None)
        lead = (college.contact_person or "带队教师", "13800138" + f"{index:03d}")
        values = {
            "college_id": college.id, "activity_id": activity, "title": title, "destination": destination,
            "address": f"四川省成都市{destination}", "departure": departure,
            "return_at": departure + dt.timedelta(hours=8, minutes=30), "teacher_count": 2, "student_count": students,
            "participants": _demo_people([lead, ("陈老师", "13900139" + f"{index:03d}")], students,
                                         f"{college.short_name or college.name}2301班", index * 7),
            "lead_teacher": lead[0], "lead_phone": lead[1], "transport": transport,
            "vehicle_plate": "川A·D1234" if transport == rules.HIRED_VEHICLE else "",
            "vehicle_company": "成都某某旅游客运有限公司" if transport == rules.HIRED_VEHICLE else "",
            "driver": "赵师傅" if transport == rules.HIRED_VEHICLE else "", "insured": True,
            "insurer": "某某财产保险股份有限公司", "policy_number": f"PICC2024{index:04d}",
            "safety_plan": "出发前开展安全教育并签订安全承诺书；按小组分组，每组由一名教师带队；统一乘车往返，"
                           "途中不得擅自离队；随身携带急救包，遇突发情况立即报告带队教师和学院值班领导。",
            "emergency_contact": college.dean or "学院值班领导", "emergency_phone": college.phone or "028-37330100",
            "papers": [*rules.DEFAULT_REQUIRED_PAPERS, *([rules.VEHICLE_CONTRACT]
                                                       if transport == rules.HIRED_VEHICLE else [])],
        }
        if state == rules.RETURNED:
            values["papers"] = ["活动方案", "学生名单"]
        filed = week - dt.timedelta(days=7, hours=-10)
        outing = create_outing(db, edition_id, values, submit=state != rules.DRAFT, now=filed).record
        decided = filed + dt.timedelta(days=1, hours=5)
        if state == rules.RETURNED:
            return_outing(db, outing.id, "请补交安全应急预案和安全承诺书，并写明每组的带队教师", now=decided)
        elif state == rules.WITHDRAWN:
            withdraw_outing(db, outing.id, comment="企业接待时间调整，本次不外出", now=decided)
        elif state in (rules.APPROVED, rules.COMPLETED):
            approve_outing(db, outing.id, comment="同意外出，注意安全", now=decided)
            if state == rules.COMPLETED:
                complete_outing(db, outing.id, comment="师生已安全返校", now=departure + dt.timedelta(hours=9))
        added += 1
    return added
