"""What an activity may be (notice sections 三 and 六): categories, theme days, forms, needs, statuses, and its rules."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.errors import ValidationError
from vocweek_desktop.domain.validation import (
    check_length,
    check_phone,
    clean_name,
    clean_text,
    normalize_text,
    parse_count,
)

# Section 三(二) 1–4, the reference list 5(1)–(5), and 其他.
CATEGORIES: tuple[str, ...] = (
    "线下宣传展示", "数字化展览", "特色主题活动", "社会服务",
    "优秀校友寻访", "校友返校及工匠进校园", "校企集中签约", "校园开放", "校园招聘会", "其他",
)
THEME_DAYS: tuple[str, ...] = ("学院日", "学生日", "教师日", "企业日")
FORMS: tuple[str, ...] = ("线下", "线上", "线上+线下")
OFFLINE_FORMS: tuple[str, ...] = ("线下", "线上+线下")
STATUSES: tuple[str, ...] = ("计划", "已举办", "取消")
CAMPUS: tuple[str, ...] = ("校内", "校外")
# need flag → (Chinese label, the department it is routed to)
NEEDS: dict[str, tuple[str, str]] = {
    "need_power": ("用电", "后勤处"),
    "need_it": ("信息设备", "信息中心"),
    "need_security": ("安保", "保卫处"),
    "need_media": ("宣传拍摄", "融媒体中心"),
}
NEED_KEY_OF_FLAG = {"need_power": "power", "need_it": "it", "need_security": "security", "need_media": "media"}

COUNT_FIELDS = ("expected_teachers", "expected_students", "expected_public",
                "actual_teachers", "actual_students", "actual_public")
TEXT_LIMITS = {"title": 200, "venue": 200, "audience": 200, "person_in_charge": 50, "description": 4000}



def normalize_enterprise(name: str) -> str:
    """The key two spellings of one enterprise share: NFKC, no spaces, unified brackets, no trailing punctuation.

    ‘四川 某某科技（有限）公司’ and ‘四川某某科技(有限)公司’ match.
    """
    text = unicodedata.normalize("NFKC", name or "")
    text = re.sub(r"\s+", "", text)
    text = text.replace("【", "(").replace("】", ")").replace("[", "(").replace("]", ")")
    text = text.replace("〔", "(").replace("〕", ")")
    return text.strip("，,。.;；、").casefold()


def split_enterprises(text: str) -> list[str]:
    """Split a cell listing several enterprises (、，,；;/ or new lines); keeps the first spelling of each."""
    seen: dict[str, str] = {}
    for part in re.split(r"[、，,；;/\n\r]+", clean_text(text)):
        name = clean_name(part)
        key = normalize_enterprise(name)
        if key and key not in seen:
            seen[key] = name
    return list(seen.values())


def clean_activity(values: Mapping[str, object]) -> dict[str, object]:
    """Validate an activity given as typed values (dates, times, ints, bools already parsed).

    Returns the values to store; raises ValidationError naming every bad field. A date outside the
    week is allowed here (it is flagged by ``outside_week``, not refused).
    """
    errors: dict[str, str] = {}
    cleaned: dict[str, object] = {}
    for field, limit in TEXT_LIMITS.items():
        cleaned[field] = clean_text(values.get(field)) if field in ("description", "title", "venue", "audience") \
            else clean_name(values.get(field))
        check_length(errors, field, cleaned[field], limit)
    if not cleaned["title"]:
        errors["title"] = msg.REQUIRED.format(label=msg.ACTIVITY_LABELS["title"])
    category = normalize_text(values.get("category")) or "其他"
    if category not in CATEGORIES:
        errors["category"] = msg.BAD_CHOICE.format(label="活动类别", value=category, choices="、".join(CATEGORIES))
    cleaned["category"] = category
    theme_day = normalize_text(values.get("theme_day")) or None
    if theme_day is not None and theme_day not in THEME_DAYS:
        errors["theme_day"] = msg.BAD_CHOICE.format(label="主题日", value=theme_day, choices="、".join(THEME_DAYS))
    cleaned["theme_day"] = theme_day
    form = normalize_text(values.get("form")) or "线下"
    if form not in FORMS:
        errors["form"] = msg.BAD_CHOICE.format(label="线上/线下", value=form, choices="、".join(FORMS))
    cleaned["form"] = form
    status = normalize_text(values.get("status")) or "计划"
    if status not in STATUSES:
        errors["status"] = msg.BAD_CHOICE.format(label="状态", value=status, choices="、".join(STATUSES))
    cleaned["status"] = status

    first, last = values.get("first_date"), values.get("last_date")
    if not isinstance(first, dt.date):
        errors["first_date"] = msg.REQUIRED.format(label="活动日期")
    if last is None:
        last = first
    if isinstance(first, dt.date) and isinstance(last, dt.date) and last < first:
        errors["last_date"] = msg.ACTIVITY_DATE_ORDER.format(first=first, last=last)
    cleaned["first_date"], cleaned["last_date"] = first, last
    start, end = values.get("start_time"), values.get("end_time")
    if start is not None and end is not None and end <= start:
        errors["end_time"] = msg.ACTIVITY_TIME_ORDER.format(start=start.strftime("%H:%M"), end=end.strftime("%H:%M"))
    cleaned["start_time"], cleaned["end_time"] = start, end

    cleaned["off_campus"] = bool(values.get("off_campus"))
    for field in COUNT_FIELDS:
        cleaned[field] = parse_count(errors, field, values.get(field))
    cleaned["phone"] = check_phone(errors, "phone", values.get("phone") or "")
    for flag in NEEDS:
        cleaned[flag] = bool(values.get(flag))
    enterprises = values.get("enterprises") or []
    if isinstance(enterprises, str):
        enterprises = split_enterprises(enterprises)
    cleaned["enterprises"] = [clean_name(name) for name in enterprises if normalize_enterprise(str(name))]
    if errors:
        raise ValidationError(errors)
    return cleaned


def outside_week(first: dt.date, last: dt.date, week_start: dt.date, week_end: dt.date) -> bool:
    """True when any day of the activity falls outside the week (allowed, but flagged)."""
    return first < week_start or last > week_end
