"""Validation of an edition's settings, a college, a department, a leadership member and the operator's name.

Each ``clean_*`` takes a mapping of raw values (from a form, the CLI or an import) and returns the
values to store, or raises ValidationError naming every offending field at once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.errors import ValidationError
from vocweek_desktop.domain.notice_defaults import NEED_LABELS, ROLES
from vocweek_desktop.domain.validation import (
    check_email,
    check_length,
    check_phone,
    check_required,
    clean_name,
    clean_text,
    normalize_text,
    parse_count,
)

COLLEGE_TEXT_FIELDS = ("short_name", "dean", "party_secretary", "contact_person")


def clean_college(values: Mapping[str, object]) -> dict[str, object]:
    """Validate a college's fields: name required, headcounts whole and non-negative, phone and e-mail well-formed."""
    errors: dict[str, str] = {}
    cleaned: dict[str, object] = {"name": clean_name(values.get("name"))}
    check_required(errors, "name", cleaned["name"], limit=100)
    for field in COLLEGE_TEXT_FIELDS:
        cleaned[field] = clean_name(values.get(field))
        check_length(errors, field, cleaned[field], 50)
    cleaned["phone"] = check_phone(errors, "phone", values.get("phone") or "")
    cleaned["email"] = check_email(errors, "email", values.get("email") or "")
    for field in ("teacher_count", "student_count"):
        cleaned[field] = parse_count(errors, field, values.get(field))
    if errors:
        raise ValidationError(errors)
    return cleaned


def clean_department(values: Mapping[str, object]) -> dict[str, object]:
    """Validate a duty-table row."""
    errors: dict[str, str] = {}
    cleaned: dict[str, object] = {
        "name": clean_name(values.get("name")),
        "duty": clean_text(values.get("duty")),
        "head": clean_name(values.get("head")),
        "need_key": values.get("need_key") or None,
    }
    check_required(errors, "name", cleaned["name"], limit=100)
    check_length(errors, "duty", cleaned["duty"], 1000)
    check_length(errors, "head", cleaned["head"], 100)
    if cleaned["need_key"] is not None and cleaned["need_key"] not in NEED_LABELS:
        errors["need_key"] = msg.BAD_CHOICE.format(
            label=msg.FIELD_LABELS["routes_needs"], value=cleaned["need_key"],
            choices="、".join(f"{key}（{text}）" for key, text in NEED_LABELS.items()))
    if errors:
        raise ValidationError(errors)
    return cleaned


def clean_member(values: Mapping[str, object]) -> dict[str, object]:
    """Validate a leadership-group member."""
    errors: dict[str, str] = {}
    cleaned = {"role": normalize_text(values.get("role")), "name": clean_name(values.get("name"))}
    if cleaned["role"] not in ROLES:
        errors["role"] = msg.BAD_ROLE.format(value=cleaned["role"])
    check_required(errors, "name", cleaned["name"], limit=200)
    if errors:
        raise ValidationError(errors)
    return cleaned


def clean_contact(values: Mapping[str, object], errors: dict[str, str], index: int) -> dict[str, object]:
    """Validate one contact person; errors go under ``contacts.<index>.<field>``."""
    sub: dict[str, str] = {}
    cleaned = {"name": clean_name(values.get("name"))}
    check_required(sub, "contact_name", cleaned["name"], limit=50)
    cleaned["phone"] = check_phone(sub, "contact_phone", values.get("phone") or "")
    cleaned["email"] = check_email(sub, "contact_email", values.get("email") or "")
    for key, text in sub.items():
        errors[f"contacts.{index}.{key.removeprefix('contact_')}"] = f"第{index + 1}位{text}"
    return cleaned


def clean_edition(values: Mapping[str, object]) -> dict[str, object]:
    """Validate an edition: dates in order, showcase within the week, report deadline after it, quota ≥ 1."""
    errors: dict[str, str] = {}
    cleaned: dict[str, object] = {}
    year = values.get("year")
    if not isinstance(year, int) or not 2000 <= year <= 2100:
        errors["year"] = msg.YEAR_RANGE.format(value=year)
    cleaned["year"] = year
    for field, limit in (("title", 200), ("theme", 200), ("doc_number", 100), ("showcase_venue", 200),
                         ("award_name", 100), ("school_name", 200), ("office_name", 100)):
        cleaned[field] = clean_text(values.get(field))
        check_length(errors, field, cleaned[field], limit)
    for field in ("title", "award_name"):
        check_required(errors, field, cleaned[field])
    for field in ("week_start", "week_end", "showcase_date", "showcase_start", "showcase_end",
                  "registration_deadline", "report_deadline"):
        cleaned[field] = values.get(field)
    for field in ("week_start", "week_end"):
        if cleaned[field] is None:
            errors[field] = msg.REQUIRED.format(label=msg.FIELD_LABELS[field])
    start, end = cleaned["week_start"], cleaned["week_end"]
    if start and "year" not in errors and start.year != year:
        errors["week_start"] = msg.WEEK_NOT_IN_YEAR.format(start=start, year=year)
    if start and end:
        if end < start:
            errors["week_end"] = msg.WEEK_ORDER.format(start=start, end=end)
        else:
            day = cleaned["showcase_date"]
            if day is not None and not start <= day <= end:
                errors["showcase_date"] = msg.SHOWCASE_OUTSIDE_WEEK.format(day=day, start=start, end=end)
            report = cleaned["report_deadline"]
            if report is not None and report <= dt.datetime.combine(end, dt.time.max):
                errors["report_deadline"] = msg.REPORT_BEFORE_WEEK_END.format(
                    deadline=report.strftime("%Y-%m-%d %H:%M"), end=end)
    first, last = cleaned["showcase_start"], cleaned["showcase_end"]
    if first is not None and last is not None and last <= first:
        errors["showcase_end"] = msg.SHOWCASE_TIME_ORDER.format(start=first.strftime("%H:%M"),
                                                               end=last.strftime("%H:%M"))
    quota = parse_count(errors, "award_quota", values.get("award_quota"))
    if "award_quota" not in errors and (quota is None or quota < 1):
        errors["award_quota"] = msg.QUOTA_TOO_SMALL.format(value=values.get("award_quota"))
    cleaned["award_quota"] = quota
    contacts = [clean_contact(contact, errors, index) for index, contact in enumerate(values.get("contacts") or [])]
    cleaned["contacts"] = contacts
    if errors:
        raise ValidationError(errors)
    return cleaned


def clean_operator(value: object) -> str:
    """Validate the operator's name written into the audit trail: required, at most 100 characters."""
    errors: dict[str, str] = {}
    name = clean_name(value)
    check_required(errors, "operator", name, limit=100)
    if errors:
        raise ValidationError(errors)
    return name
