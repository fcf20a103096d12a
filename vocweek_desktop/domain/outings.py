"""Outing approvals (外出审批, notice 六(六)): a college that takes teachers and students off campus files a request
and may go only after approval. The states and the table of allowed transitions, the rules a decision must pass
(required papers, departure passed → 补办 with a reason, return needs a reason), the lead-time warning, and the
checks of a request's values — pure functions, no database and no Qt, so the services, the import, the CLI and
the window all refuse the same things with the same Chinese reasons.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.dates import format_moment
from vocweek_desktop.domain.edition_settings import Setting, choices_subset, register, whole_number
from vocweek_desktop.domain.errors import ValidationError
from vocweek_desktop.domain.validation import check_phone, clean_name, clean_text, normalize_text
from vocweek_desktop.domain.validation import parse_count as parse_count_field

# --- states and transitions -------------------------------------------------------------------------------------

DRAFT, SUBMITTED, APPROVED, RETURNED, WITHDRAWN, COMPLETED = "草稿", "已提交", "已批准", "已退回", "已撤回", "已完成"
STATES: tuple[str, ...] = (DRAFT, SUBMITTED, APPROVED, RETURNED, WITHDRAWN, COMPLETED)
#: Nothing changes a request in these states any more.
FINAL_STATES: tuple[str, ...] = (WITHDRAWN, COMPLETED)
#: The states that passed approval (the 保卫处 list, the overview's "has an approved outing").
APPROVED_STATES: tuple[str, ...] = (APPROVED, COMPLETED)
#: English names the command line accepts too (``--state approved``).
STATE_ALIASES: dict[str, str] = {"draft": DRAFT, "submitted": SUBMITTED, "approved": APPROVED, "returned": RETURNED,
                                 "withdrawn": WITHDRAWN, "completed": COMPLETED}

SUBMIT, APPROVE, RETURN, WITHDRAW, COMPLETE = "submit", "approve", "return", "withdraw", "complete"
ACTIONS: tuple[str, ...] = (SUBMIT, APPROVE, RETURN, WITHDRAW, COMPLETE)
#: Editing is not a transition, but it is refused in some states like one (and it moves an approved request).
EDIT = "edit"

#: (state, action) → the state it leads to; every pair not listed is forbidden.
TRANSITIONS: dict[tuple[str, str], str] = {
    (DRAFT, SUBMIT): SUBMITTED,
    (RETURNED, SUBMIT): SUBMITTED,  # corrected after being returned, filed again
    (SUBMITTED, APPROVE): APPROVED,
    (SUBMITTED, RETURN): RETURNED,
    (DRAFT, WITHDRAW): WITHDRAWN,
    (SUBMITTED, WITHDRAW): WITHDRAWN,
    (RETURNED, WITHDRAW): WITHDRAWN,
    (APPROVED, COMPLETE): COMPLETED,  # the group went and came back
}
#: Editing an approved request sends it back to 已提交 (it must be approved again).
EDITABLE_STATES: tuple[str, ...] = (DRAFT, SUBMITTED, RETURNED, APPROVED)


def parse_state(value: object) -> str:
    """A state as typed (已批准, or its English name approved); ValidationError naming the choices otherwise."""
    text = normalize_text(value)
    state = STATE_ALIASES.get(text.casefold(), text)
    if state not in STATES:
        raise ValidationError({"state": msg.OUTING_STATE_UNKNOWN.format(
            value=value, choices="、".join(f"{s}（{k}）" for k, s in STATE_ALIASES.items()))})
    return state


def next_state(state: str, action: str) -> str | None:
    """The state ``action`` leads to from ``state``, or None when the table forbids it."""
    return TRANSITIONS.get((state, action))


def allowed_actions(state: str) -> tuple[str, ...]:
    """The transitions open from ``state``, in the order of ACTIONS."""
    return tuple(action for action in ACTIONS if (state, action) in TRANSITIONS)


def can_edit(state: str) -> bool:
    """Whether a request in ``state`` may still be changed."""
    return state in EDITABLE_STATES


def refusal(number: str, state: str, action: str) -> str | None:
    """Why the state table forbids ``action`` (or an edit) on request ``number`` in ``state``; None when allowed."""
    label = msg.OUTING_STATE_ACTIONS[action]
    if action == EDIT:
        return None if can_edit(state) else msg.OUTING_FINAL.format(number=number, state=state, action=label)
    if (state, action) in TRANSITIONS:
        return None
    if state in FINAL_STATES:
        return msg.OUTING_FINAL.format(number=number, state=state, action=label)
    allowed = "、".join(s for s in STATES if (s, action) in TRANSITIONS)
    return msg.OUTING_FORBIDDEN.format(number=number, state=state, action=label, allowed=allowed)


def decision_label(before: str | None, after: str, *, late: bool = False) -> str:
    """What a change of state was, as the slip's 签核历程 names it: 提交, 重新提交, 批准（补办）, 退回, …"""
    if after == SUBMITTED:
        key = "reopen" if before == APPROVED else "resubmit" if before == RETURNED else "submit"
    elif after == APPROVED:
        key = "approve_late" if late else "approve"
    else:
        key = {RETURNED: "return", WITHDRAWN: "withdraw", COMPLETED: "complete"}.get(after)
    return msg.OUTING_DECISIONS[key] if key else after


# --- the office's rules (edition settings) ----------------------------------------------------------------------

TRANSPORTS: tuple[str, ...] = ("步行", "校车", "租用车辆", "公共交通", "其他")
HIRED_VEHICLE = "租用车辆"
PAPERS: tuple[str, ...] = ("活动方案", "安全应急预案", "安全承诺书", "学生名单", "车辆合同")
VEHICLE_CONTRACT = "车辆合同"
DEFAULT_REQUIRED_PAPERS: tuple[str, ...] = tuple(p for p in PAPERS if p != VEHICLE_CONTRACT)
ROLES: tuple[str, ...] = ("教师", "学生")
TEACHER, STUDENT = ROLES

LEAD_DAYS = "outings.lead_days"
REQUIRED_PAPERS = "outings.required_papers"
LEAD_DAYS_RANGE = (0, 60)
register(
    Setting(LEAD_DAYS, msg.OUTING_SETTING_LEAD_DAYS, 3, whole_number(*LEAD_DAYS_RANGE)),
    Setting(REQUIRED_PAPERS, msg.OUTING_SETTING_PAPERS, list(DEFAULT_REQUIRED_PAPERS), choices_subset(PAPERS)),
)


def check_office_rules(lead_days: object = None, papers: Iterable[object] | None = None) -> None:
    """ValidationError naming each bad value of the office's rules (a lead time out of range, a paper not on the
    checklist) before anything is stored; None means "not changed"."""
    errors: dict[str, str] = {}
    if lead_days is not None:
        try:
            whole_number(*LEAD_DAYS_RANGE)(lead_days)
        except (ValueError, TypeError):
            errors["lead_days"] = msg.OUTING_LEAD_DAYS_BAD.format(value=lead_days, low=LEAD_DAYS_RANGE[0],
                                                                  high=LEAD_DAYS_RANGE[1])
    if papers is not None:
        unknown = [str(paper) for paper in papers if paper not in PAPERS]
        if unknown:
            errors["papers"] = msg.OUTING_PAPER_UNKNOWN.format(value="、".join(unknown), choices="、".join(PAPERS))
    if errors:
        raise ValidationError(errors)


def required_papers(setting: Iterable[str], transport: str | None) -> tuple[str, ...]:
    """The papers a request must have: those the edition requires of every request, and the vehicle contract when
    a vehicle is hired (whatever the setting says)."""
    wanted = set(setting)
    if transport == HIRED_VEHICLE:
        wanted.add(VEHICLE_CONTRACT)
    return tuple(paper for paper in PAPERS if paper in wanted)


def missing_papers(papers: Iterable[str], setting: Iterable[str], transport: str | None) -> tuple[str, ...]:
    """The required papers not ticked, in checklist order."""
    have = set(papers)
    return tuple(paper for paper in required_papers(setting, transport) if paper not in have)


def lead_time_warning(submitted_at: dt.datetime | None, departure: dt.datetime | None, lead_days: int) -> str | None:
    """A warning when the request was filed less than ``lead_days`` days before departure (allowed, but flagged), or
    after it (a report after the fact, whatever the lead time)."""
    if submitted_at is None or departure is None:
        return None
    if submitted_at > departure:
        return msg.OUTING_FILED_AFTER_DEPARTURE.format(submitted=format_moment(submitted_at, departure.year),
                                                       departure=format_moment(departure))
    if lead_days <= 0 or departure - submitted_at >= dt.timedelta(days=lead_days):
        return None
    return msg.OUTING_LEAD_TIME.format(submitted=format_moment(submitted_at), departure=format_moment(departure),
                                       days=lead_days)


def approval_refusal(number: str, *, departure: dt.datetime | None, papers: Iterable[str], transport: str | None,
                     setting: Iterable[str], now: dt.datetime, late_reason: str = "") -> str | None:
    """Why approving now is refused beyond the state table: a required paper missing, or the departure passed and
    no 补办 reason given (approving late is never silent). None when it may be approved."""
    missing = missing_papers(papers, setting, transport)
    if missing:
        return msg.OUTING_PAPERS_MISSING.format(number=number, papers="、".join(missing))
    if departure is not None and departure <= now and not clean_text(late_reason):
        return msg.OUTING_DEPARTED.format(number=number, departure=format_moment(departure))
    return None


COMMENT_LIMIT = 500


def clean_comment(value: object, field: str = "comment") -> str:
    """A decision's comment or 补办 reason as stored; ValidationError when longer than COMMENT_LIMIT characters."""
    text = clean_text(value)
    if len(text) > COMMENT_LIMIT:
        raise ValidationError({field: msg.TOO_LONG.format(label=label(field), limit=COMMENT_LIMIT)})
    return text


def is_late(departure: dt.datetime | None, now: dt.datetime) -> bool:
    """Whether approving now is a 补办 (the group has already left)."""
    return departure is not None and departure <= now


def completion_refusal(number: str, departure: dt.datetime | None, now: dt.datetime) -> str | None:
    """An outing that has not left yet cannot have come back."""
    if departure is not None and now < departure:
        return msg.OUTING_NOT_YET_LEFT.format(number=number, departure=format_moment(departure))
    return None


# --- the values of a request ------------------------------------------------------------------------------------

TEXT_LIMITS: dict[str, int] = {
    "title": 200, "destination": 200, "address": 300, "lead_teacher": 50, "vehicle_plate": 20,
    "vehicle_company": 200, "driver": 50, "insurer": 100, "policy_number": 100, "safety_plan": 4000,
    "emergency_contact": 50, "notes": 2000,
}
#: Names of people and units: padding spaces between Chinese characters dropped (高 莉 → 高莉).
NAME_FIELDS = ("lead_teacher", "driver", "emergency_contact")
#: Every value of a request, in the order the form and the workbook show them.
FIELDS: tuple[str, ...] = (
    "college_id", "activity_id", "title", "destination", "address", "departure", "return_at", "teacher_count",
    "student_count", "participants", "lead_teacher", "lead_phone", "transport", "vehicle_plate", "vehicle_company",
    "driver", "insured", "insurer", "policy_number", "safety_plan", "emergency_contact", "emergency_phone", "papers",
    "notes",
)
#: Required once the request is filed (a draft may lack them).
REQUIRED_WHEN_FILED = ("destination", "departure", "return_at", "lead_teacher", "transport", "safety_plan",
                       "emergency_contact", "emergency_phone")
_ROLE_WORDS = {"教师": TEACHER, "老师": TEACHER, "带队教师": TEACHER, "带队老师": TEACHER, "指导教师": TEACHER,
               "指导老师": TEACHER, "教职工": TEACHER, "辅导员": TEACHER, "学生": STUDENT, "同学": STUDENT,
               "学生志愿者": STUDENT, "志愿者": STUDENT}


def label(field: str) -> str:
    """The Chinese label of a request's field."""
    return msg.OUTING_LABELS.get(field, field)


def parse_role(value: object) -> str | None:
    """教师 or 学生 from what a list says (老师, 带队教师, 同学 …); None when blank; ValueError for anything else."""
    text = "".join(normalize_text(value).split())
    if not text:
        return None
    role = _ROLE_WORDS.get(text)
    if role is None:
        raise ValueError(msg.OUTING_ROLE_BAD.format(value=value))
    return role


def clean_participant(values: Mapping[str, object]) -> tuple[dict[str, object], dict[str, str]]:
    """One person of the list: (cleaned name, role, unit, phone; errors by field). A student's phone is optional."""
    errors: dict[str, str] = {}
    name = clean_name(values.get("name"))
    if not name:
        errors["name"] = msg.REQUIRED.format(label=label("name"))
    elif len(name) > 50:
        errors["name"] = msg.TOO_LONG.format(label=label("name"), limit=50)
    role = values.get("role")
    if role not in ROLES:
        try:
            role = parse_role(role)
        except ValueError as error:
            errors["role"] = str(error)
            role = None
        else:
            if role is None:
                errors["role"] = msg.REQUIRED.format(label=label("role"))
    unit = clean_text(values.get("unit"))
    if len(unit) > 100:
        errors["unit"] = msg.TOO_LONG.format(label=label("unit"), limit=100)
    phone_errors: dict[str, str] = {}
    phone = check_phone(phone_errors, "participant_phone", values.get("phone") or "")
    if phone_errors:
        errors["phone"] = phone_errors["participant_phone"]
    return {"name": name, "role": role, "unit": unit, "phone": phone}, errors


def participant_counts(participants: Iterable[Mapping[str, object]]) -> tuple[int, int]:
    """(teachers, students) on a list."""
    people = list(participants)
    return (sum(1 for p in people if p.get("role") == TEACHER), sum(1 for p in people if p.get("role") == STUDENT))


def _datetime(values: Mapping[str, object], errors: dict[str, str], field: str, filed: bool) -> dt.datetime | None:
    value = values.get(field)
    if isinstance(value, dt.datetime):
        return value.replace(second=0, microsecond=0)
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time(0, 0))
    if value not in (None, "") or filed:
        errors[field] = msg.REQUIRED.format(label=label(field))
    return None


def clean_outing(values: Mapping[str, object], *, filed: bool) -> dict[str, object]:
    """Validate a request given as typed values; returns the values to store (FIELDS) or raises ValidationError
    naming every bad field. ``filed``: the request is (being) submitted, so it must be complete — a draft may lack
    what is required, but never holds a malformed value."""
    errors: dict[str, str] = {}
    cleaned: dict[str, object] = {}
    for field, limit in TEXT_LIMITS.items():
        text = clean_name(values.get(field)) if field in NAME_FIELDS else clean_text(values.get(field))
        cleaned[field] = text
        if len(text) > limit:
            errors[field] = msg.TOO_LONG.format(label=label(field), limit=limit)
    if not cleaned["title"]:
        errors["title"] = msg.REQUIRED.format(label=label("title"))
    college_id = values.get("college_id")
    if not isinstance(college_id, int) or isinstance(college_id, bool):
        errors["college_id"] = msg.REQUIRED.format(label=label("college_id"))
        college_id = None
    cleaned["college_id"] = college_id
    activity_id = values.get("activity_id")
    cleaned["activity_id"] = activity_id if isinstance(activity_id, int) and not isinstance(activity_id, bool) \
        else None

    departure = _datetime(values, errors, "departure", filed)
    return_at = _datetime(values, errors, "return_at", filed)
    if departure is not None and return_at is not None and return_at <= departure:
        errors["return_at"] = msg.OUTING_RETURN_ORDER.format(start=format_moment(departure),
                                                             end=format_moment(return_at))
    cleaned["departure"], cleaned["return_at"] = departure, return_at

    transport = normalize_text(values.get("transport")) or None
    if transport is not None and transport not in TRANSPORTS:
        errors["transport"] = msg.BAD_CHOICE.format(label=label("transport"), value=transport,
                                                    choices="、".join(TRANSPORTS))
    cleaned["transport"] = transport
    cleaned["insured"] = bool(values.get("insured"))
    for field in ("lead_phone", "emergency_phone"):
        cleaned[field] = check_phone(errors, field, values.get(field) or "")

    papers = values.get("papers") or []
    unknown = [p for p in papers if p not in PAPERS]
    if unknown:
        errors["papers"] = msg.OUTING_PAPER_UNKNOWN.format(value="、".join(map(str, unknown)), choices="、".join(PAPERS))
    cleaned["papers"] = [paper for paper in PAPERS if paper in set(papers)]

    participants, problems = [], []
    for row, person in enumerate(values.get("participants") or [], start=1):
        one, wrong = clean_participant(person)
        participants.append(one)
        problems.extend(msg.OUTING_PARTICIPANT_ROW.format(row=row, message=text) for text in wrong.values())
    if problems:
        shown = problems[:5] + ([msg.IMPORT_MORE_NOTES.format(count=len(problems) - 5)] if len(problems) > 5 else [])
        errors["participants"] = "；".join(shown)
    cleaned["participants"] = participants

    teachers, students = participant_counts(participants)
    for field, listed, role in (("teacher_count", teachers, TEACHER), ("student_count", students, STUDENT)):
        given = parse_count_field(errors, field, values.get(field)) if field not in errors else None
        if field in errors:
            cleaned[field] = None
            continue
        if given is None and participants:
            given = listed
        elif given is not None and participants and given != listed and not problems:
            errors[field] = msg.OUTING_COUNT_MISMATCH.format(label=label(field), given=given, listed=listed, role=role)
        cleaned[field] = given

    if filed:
        for field in REQUIRED_WHEN_FILED:
            if field not in errors and cleaned.get(field) in (None, ""):
                errors[field] = msg.REQUIRED.format(label=label(field))
        if not participants and "participants" not in errors:
            errors["participants"] = msg.OUTING_NO_PARTICIPANTS
        if cleaned["lead_teacher"] and not cleaned["lead_phone"] and "lead_phone" not in errors:
            errors["lead_phone"] = msg.OUTING_NO_LEAD_PHONE.format(name=cleaned["lead_teacher"])
        if transport == HIRED_VEHICLE:
            for field in ("vehicle_plate", "vehicle_company", "driver"):
                if not cleaned[field] and field not in errors:
                    errors[field] = msg.OUTING_HIRED_VEHICLE.format(label=label(field))
        if cleaned["insured"]:
            for field in ("insurer", "policy_number"):
                if not cleaned[field] and field not in errors:
                    errors[field] = msg.OUTING_INSURED.format(label=label(field))
    if errors:
        raise ValidationError(errors)
    return {field: cleaned[field] for field in FIELDS}


def changed_fields(old: Mapping[str, object], new: Mapping[str, object],
                   fields: Sequence[str] = FIELDS) -> list[str]:
    """The fields whose value differs (None and "" count as the same: an empty field)."""
    def same(a: object, b: object) -> bool:
        return a == b or (a in (None, "") and b in (None, ""))
    return [field for field in fields if not same(old.get(field), new.get(field))]


def format_number(year: int, serial: int) -> str:
    """WC-2024-001: the request's number from the edition's year and its serial (never reused)."""
    return f"WC-{year}-{serial:03d}"
