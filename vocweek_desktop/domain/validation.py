"""Field rules shared by the services, the CLI and the import: names, headcounts, phones, e-mail."""

from __future__ import annotations

import re
import unicodedata

from vocweek_desktop.domain import messages as msg

# One rule for every phone the program stores (the forms, the table, every import). A mobile is 11 digits starting
# with 1[3-9], optionally after +86, written in groups or not (139 8080 1234, 139-8080-1234): stored as the digits. A
# landline needs its area code, because the office calls colleges in other cities too (37330110 is refused): stored as
# 028-37330356, with an extension as 028-37330356转8001. re.ASCII: \d must not accept other scripts' digits (٠١٢…),
# which NFKC leaves as they are and which would then be stored.
_MOBILE = re.compile(r"^(\+?86)?(1[3-9]\d{9})$", re.ASCII)
_MOBILE_GROUPING = re.compile(r"(?<=\d)[ \-.](?=\d)")
_LANDLINE = re.compile(r"^(?:\((0\d{2,3})\)|(0\d{2,3}))[- ]?([2-9]\d{6,7})(?: *(?:转|-|ext\.?|分机|#) *(\d{1,6}))?$",
                       re.IGNORECASE | re.ASCII)
_EMAIL = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}$")


def normalize_text(value: object) -> str:
    """Fold full-width characters to half-width (NFKC) and strip surrounding white space."""
    if value is None:
        return ""
    return unicodedata.normalize("NFKC", str(value)).strip()


_FULLWIDTH_ALNUM = {code: code - 0xFEE0 for code in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B))}
_FULLWIDTH_ALNUM[0x3000] = 0x20


def clean_text(value: object) -> str:
    """User text as stored: full-width letters, digits and spaces folded, Chinese punctuation （，、） kept."""
    if value is None:
        return ""
    return str(value).translate(_FULLWIDTH_ALNUM).strip()


def clean_name(value: object) -> str:
    """A person's or unit's name as stored: no padding spaces between CJK characters (高 莉 → 高莉)."""
    text = clean_text(value)
    text = re.sub(r"(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])", "", text)
    return re.sub(r"\s+", " ", text)


def label(field: str) -> str:
    """The Chinese label of a field."""
    return msg.FIELD_LABELS.get(field, field)


def check_required(errors: dict[str, str], field: str, value: str, limit: int = 100) -> None:
    """Record an error if ``value`` is empty or longer than ``limit`` characters."""
    if not value:
        errors[field] = msg.REQUIRED.format(label=label(field))
    elif len(value) > limit:
        errors[field] = msg.TOO_LONG.format(label=label(field), limit=limit)


def check_length(errors: dict[str, str], field: str, value: str, limit: int) -> None:
    """Record an error if an optional text is longer than ``limit``."""
    if value and len(value) > limit:
        errors[field] = msg.TOO_LONG.format(label=label(field), limit=limit)


# Above any plausible headcount; also keeps numbers inside SQLite's 64-bit INTEGER.
COUNT_LIMIT = 10_000_000


def parse_count(errors: dict[str, str], field: str, value: object) -> int | None:
    """A non-negative whole number up to COUNT_LIMIT, or None when blank; records an error otherwise."""
    if value is None:
        return None
    if isinstance(value, bool):
        errors[field] = msg.NOT_A_NUMBER.format(label=label(field), value=value)
        return None
    if isinstance(value, int):
        number = value
    elif isinstance(value, float) and value.is_integer():
        number = int(value)
    else:
        text = normalize_text(value).replace(",", "")
        if not text:
            return None
        if not re.fullmatch(r"[+-]?\d+", text):
            errors[field] = msg.NOT_A_NUMBER.format(label=label(field), value=value)
            return None
        digits = text.lstrip("+-").lstrip("0")
        if len(digits) > len(str(COUNT_LIMIT)):  # int() refuses more than 4,300 digits; no need to read them
            number = -(COUNT_LIMIT + 1) if text.startswith("-") else COUNT_LIMIT + 1
        else:
            number = int(text)
    if number < 0:
        errors[field] = msg.NEGATIVE.format(label=label(field), value=number if number >= -COUNT_LIMIT else value)
        return None
    if number > COUNT_LIMIT:
        errors[field] = msg.TOO_LARGE.format(label=label(field), value=value, limit=COUNT_LIMIT)
        return None
    return number


def normalize_phone(value: object) -> str | None:
    """A phone number in the one form it is stored in (13980801234, +8613980801234, 028-37330356转8001), or None when
    it is not a mobile number nor a landline with its area code ("" stays "")."""
    text = normalize_text(value)
    if not text:
        return ""
    compact = _MOBILE_GROUPING.sub("", text.replace("+86 ", "+86"))
    mobile = _MOBILE.match(compact)
    if mobile:
        return ("+86" if mobile.group(1) else "") + mobile.group(2)
    landline = _LANDLINE.match(text)
    if landline:
        area, number, extension = landline.group(1) or landline.group(2), landline.group(3), landline.group(4)
        return f"{area}-{number}" + (f"转{extension}" if extension else "")
    return None


def is_valid_phone(value: str) -> bool:
    """True for a mobile number or a landline with area code and optional extension."""
    return bool(normalize_phone(value))


def check_phone(errors: dict[str, str], field: str, value: str) -> str:
    """An optional phone number as stored (``normalize_phone``); records an error when it is malformed."""
    normalized = normalize_phone(value)
    if normalized is None:
        errors[field] = msg.BAD_PHONE.format(label=label(field), value=value)
        return normalize_text(value)
    return normalized


def is_valid_email(value: str) -> bool:
    """True for a plausible address such as 173882469@qq.com."""
    return bool(_EMAIL.match(normalize_text(value)))


def check_email(errors: dict[str, str], field: str, value: str) -> str:
    """Normalise an optional e-mail address and record an error when it is malformed."""
    text = normalize_text(value)
    if text and not is_valid_email(text):
        errors[field] = msg.BAD_EMAIL.format(label=label(field), value=value)
    return text
