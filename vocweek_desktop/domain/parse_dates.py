"""Tolerant parsers of dates in a returned workbook's cells: one day, a span of days, a day with a time, and the
schedule cell that may hold all of them (parse_schedule). The shared rules and ``ParseError`` are in ``parsing``;
clock times in ``parse_times``.

Choices made here (documented once, relied on by the import):
- Dates are month first (5/13, 5.13, 5-13 = 5月13日); a missing year is the edition's ``year``;
  a lone day (13日) is refused as ambiguous. Excel serials use the 1900 date system (45425 = 2024-05-13)
  and are accepted for 1950–2099 only; a small float such as 5.13 (Excel turned the text "5.13" into a
  number) is read as 5月13日, and 5.1 (5月1日 or 5月10日?) is refused as ambiguous.
- A datetime object in a date column keeps its date (Excel hides the time there); text that
  spells out a time in a date-only column is refused rather than silently dropped.
- A weekday written with a date (5月13日（周一）) must agree with it, or the cell is refused: one of the two
  is wrong and guessing which would hide the mistake. A weekday alone (周一) is no date.
- In a date-time cell, dotted 14.00 and 9.30-11.30 (round minutes, 6–22 h) are clock times, not dates.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.parse_times import _fraction_time, _time_range_text
from vocweek_desktop.domain.parsing import (
    _EXCEL_EPOCH,
    _RANGE_SEP,
    _RANGE_SEP_RE,
    _SERIAL_MAX,
    _SERIAL_MIN,
    ParseError,
    _fold,
    _int,
    _is_blank,
    _prepare,
    _remember_text,
    _shown,
)

__all__ = ["parse_date", "parse_date_range", "parse_date_time", "parse_schedule"]

_D = r"[0-9]{1,2}"
_DATE_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.ASCII)
    for p in (
        rf"(?P<y>[0-9]{{4}})\s*年\s*(?P<m>{_D})\s*月\s*(?P<d>{_D})\s*[日号]?",
        rf"(?P<y>[0-9]{{4}})\s*[-./]\s*(?P<m>{_D})\s*[-./]\s*(?P<d>{_D})(?![0-9])\s*[日号]?",
        rf"(?P<m>{_D})\s*/\s*(?P<d>{_D})\s*/\s*(?P<y>[0-9]{{4}})",
        r"(?P<y>(?:19|20)[0-9]{2})(?P<m>[01][0-9])(?P<d>[0-3][0-9])",
        rf"(?P<m>{_D})\s*月\s*(?P<d>{_D})\s*[日号]?",
        rf"(?P<m>{_D})\s*[-./]\s*(?P<d>{_D})(?![0-9]|\s*[:点时])\s*[日号]?",
    )
)
# The second date of a range may give only the day (5月13日-15日, 5.13-15).
_DAY_ONLY = (
    re.compile(rf"(?P<d>{_D})\s*[日号]", re.ASCII),
    re.compile(rf"(?P<d>{_D})(?![0-9]|\s*[:.点时分])", re.ASCII),
)
_LONE_DAY_RE = re.compile(r"[0-9]{1,2}\s*[日号]", re.ASCII)


def _match_date(text: str, pos: int):
    """The first date pattern that matches at ``pos``, or None."""
    for pattern in _DATE_PATTERNS:
        found = pattern.match(text, pos)
        if found:
            return found
    return None


def _make_date(y: int, m: int, d: int, shown: str) -> dt.date:
    if not 1900 <= y <= 2100:
        raise ParseError(msg.PARSE_DATE_INVALID.format(value=shown))
    try:
        return dt.date(y, m, d)
    except ValueError:
        raise ParseError(msg.PARSE_DATE_INVALID.format(value=shown)) from None


def _serial_date(value: int | float, shown: str) -> dt.date:
    """An Excel serial (1900 system, 1950–2099) or a YYYYMMDD number; a lone 1–31 lacks its month."""
    if not math.isfinite(value):
        raise ParseError(msg.PARSE_DATE_UNKNOWN.format(value=shown))
    whole = math.floor(value)
    if _SERIAL_MIN <= whole <= _SERIAL_MAX:
        return _EXCEL_EPOCH + dt.timedelta(days=whole)
    if 19500101 <= whole <= 20991231 and whole == value:
        digits = str(whole)
        return _make_date(int(digits[:4]), int(digits[4:6]), int(digits[6:]), shown)
    if whole == value and 1 <= whole <= 31:
        raise ParseError(msg.PARSE_DATE_NO_MONTH.format(value=shown))
    raise ParseError(msg.PARSE_DATE_UNKNOWN.format(value=shown))


def _month_dot_day(value: float, year: int, shown: str) -> dt.date:
    """5.13 → 5月13日 of ``year``; 5.1 is refused (5月1日 or 5月10日)."""
    month_text, _, day_text = repr(value).partition(".")
    month = int(month_text)
    if len(day_text) > 2 or "e" in day_text:
        raise ParseError(msg.PARSE_DATE_UNKNOWN.format(value=shown))
    if len(day_text) == 1:
        one = int(day_text)
        tens = one * 10
        try:
            dt.date(year, month, tens)
        except ValueError:
            return _make_date(year, month, one, shown)
        raise ParseError(msg.PARSE_DATE_AMBIGUOUS.format(
            value=shown, first=f"{month}月{one}日", second=f"{month}月{tens}日"))
    return _make_date(year, month, int(day_text), shown)


def _date_of_number(value: int | float, year: int, shown: str) -> dt.date:
    if isinstance(value, float) and math.isfinite(value) and not value.is_integer() and 1 <= value < 13:
        return _month_dot_day(value, year, shown)
    return _serial_date(value, shown)


@_remember_text
def parse_schedule(value: object, *, year: int) -> tuple[dt.date | None, dt.date | None, dt.time | None, dt.time | None]:
    """A cell holding a date or date range and optionally a time or time range: (first, last, start, end).

    '5月13日-15日 9:00-17:00' → (5-13, 5-15, 9:00, 17:00); '5月13日上午' → (5-13, 5-13, 8:30, 12:00);
    a time alone gives no dates; blank → all None. The building block of the other date parsers.
    """
    if value is None or isinstance(value, bool):
        if value is None:
            return None, None, None, None
        raise ParseError(msg.PARSE_DATETIME_UNKNOWN.format(value=_shown(value)))
    shown = _shown(value)
    if isinstance(value, dt.datetime):
        time = value.time().replace(tzinfo=None)
        time = None if time == dt.time(0) else time
        return value.date(), value.date(), time, None
    if isinstance(value, dt.date):
        return value, value, None, None
    if isinstance(value, dt.time):
        return None, None, value.replace(tzinfo=None), None
    if isinstance(value, (int, float)):
        day = _date_of_number(value, year, shown)
        time = _fraction_time(value) if isinstance(value, float) and value >= _SERIAL_MIN else None
        return day, day, time, None
    if _is_blank(_fold(value)):
        return None, None, None, None
    text = _prepare(value)
    if not text:  # only a weekday (周一): which date that is depends on the week
        raise ParseError(msg.PARSE_DATE_UNKNOWN.format(value=shown))
    if _SERIAL_TEXT.fullmatch(text) and _SERIAL_MIN <= float(text) <= _SERIAL_MAX + 1:
        return parse_schedule(float(text), year=year)
    first_match = _match_date(text, 0)
    if first_match is not None and _clock_not_date(text, first_match):
        first_match = None
    if first_match is None:
        try:
            start, end = _time_range_text(text, shown)
        except ParseError:
            if _LONE_DAY_RE.match(text):
                raise ParseError(msg.PARSE_DATE_NO_MONTH.format(value=shown)) from None
            raise ParseError(msg.PARSE_DATETIME_UNKNOWN.format(value=shown)) from None
        return None, None, start, end
    parts = first_match.groupdict()
    first_year = _int(parts.get("y"))
    first = _make_date(first_year or year, int(parts["m"]), int(parts["d"]), shown)
    last = first
    pos = first_match.end()
    sep = _RANGE_SEP_RE.match(text, pos)
    if sep:
        second = _match_date(text, sep.end())
        if second is not None:
            sparts = second.groupdict()
            last_year = _int(sparts.get("y"))
            last = _make_date(last_year or first.year, int(sparts["m"]), int(sparts["d"]), shown)
            if last < first and last_year is None and last.month < first.month:
                last = _make_date(first.year + 1, last.month, last.day, shown)
            pos = second.end()
        else:
            for pattern in _DAY_ONLY:
                day = pattern.match(text, sep.end())
                if day:
                    last = _make_date(first.year, first.month, int(day["d"]), shown)
                    pos = day.end()
                    break
        if last < first:
            raise ParseError(msg.PARSE_DATE_RANGE_ORDER.format(value=shown))
    rest = text[pos:].strip(" ,;、")
    if rest.startswith("t") and rest[1:2].isdigit():
        rest = rest[1:]
    if not rest:
        _check_weekdays(value, first, last, shown)
        return first, last, None, None
    try:
        start, end = _time_range_text(rest, shown)
    except ParseError:
        if last == first and _is_time_word(rest):
            raise
        raise ParseError(msg.PARSE_DATETIME_UNKNOWN.format(value=shown)) from None
    if start == dt.time(0) and end is None:
        start = None
    _check_weekdays(value, first, last, shown)
    return first, last, start, end


_SERIAL_TEXT = re.compile(r"[0-9]{5}(?:\.[0-9]+)?", re.ASCII)
_DOTTED = re.compile(r"(?P<h1>[0-9]{1,2})\.(?P<m1>[0-9]{2})\s*" + _RANGE_SEP + r"\s*(?P<h2>[0-9]{1,2})\.(?P<m2>[0-9]{2})",
                     re.ASCII)


def _clock_not_date(text: str, found: re.Match[str]) -> bool:
    """True when a month-first date such as 14.00 or a span 9.30-11.30 is really a clock time or time span.

    14.00 (no day 0) and 8.00-9.00 cannot be dates; 9.30-11.30 could be 9月30日-11月30日, but two
    dotted clock times on round minutes within one working day are far likelier in an activity cell.
    """
    if "月" in found.group() or found.groupdict().get("y"):
        return False
    month, day = int(found["m"]), int(found["d"])
    if "." in found.group() and not (1 <= month <= 12 and 1 <= day <= 31):
        return True
    span = _DOTTED.fullmatch(text.replace(" ", ""))
    if span is None:
        return False
    h1, m1, h2, m2 = (int(span[k]) for k in ("h1", "m1", "h2", "m2"))
    round_minutes = {0, 10, 15, 20, 30, 40, 45, 50}
    return 6 <= h1 < h2 <= 22 and m1 in round_minutes and m2 in round_minutes


_WEEKDAY_INDEX = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6, "七": 6,
                  "1": 0, "2": 1, "3": 2, "4": 3, "5": 4, "6": 5, "7": 6}
_WEEKDAY_NAMES = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")


def _check_weekdays(value: object, first: dt.date, last: dt.date, shown: str) -> None:
    """Refuse 5月14日（周一） when 5月14日 is a Tuesday: the date or the weekday is wrong, and we cannot tell which."""
    marks = re.findall(r"(?:周|星期|礼拜)([一二三四五六日天七1-7])", unicodedata.normalize("NFKC", str(value)))
    if len(marks) == 1 and first == last:
        expected = [(first, marks[0])]
    elif len(marks) == 2 and first != last:
        expected = [(first, marks[0]), (last, marks[1])]
    else:
        return
    for day, mark in expected:
        if day.weekday() != _WEEKDAY_INDEX[mark]:
            raise ParseError(msg.PARSE_DATE_WEEKDAY.format(
                value=shown, day=f"{day.year}年{day.month}月{day.day}日", weekday=_WEEKDAY_NAMES[day.weekday()]))


def _is_time_word(text: str) -> bool:
    return bool(re.search(r"[:点时]", text))


def parse_date(value: object, *, year: int) -> dt.date | None:
    """One day: 5月13日, 5.13, 5/13, 2024-05-13, 2024年5月13日, 五月十三日, an Excel serial or a date object."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _date_of_number(value, year, _shown(value))
    first, last, _start, _end = _parse_dates_only(value, year)
    if first is not None and last != first:
        raise ParseError(msg.PARSE_DATE_IS_RANGE.format(value=_shown(value), first=first, last=last))
    return first


def parse_date_range(value: object, *, year: int) -> tuple[dt.date | None, dt.date | None]:
    """A day or a span of days: 5月13日-15日, 5月13日至5月15日, 5.13-5.15; a single day d gives (d, d)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        day = _date_of_number(value, year, _shown(value))
        return day, day
    first, last, _start, _end = _parse_dates_only(value, year)
    return first, last


def _parse_dates_only(value: object, year: int) -> tuple[dt.date | None, dt.date | None, None, None]:
    """``parse_schedule`` for a date-only column: a spelled-out time is refused, not dropped."""
    if isinstance(value, dt.datetime):
        return value.date(), value.date(), None, None
    if isinstance(value, dt.time) or isinstance(value, bool):
        raise ParseError(msg.PARSE_DATE_UNKNOWN.format(value=_shown(value)))
    shown = _shown(value)
    try:
        first, last, start, end = parse_schedule(value, year=year)
    except ParseError as error:
        if str(error).startswith(msg.PARSE_DATETIME_UNKNOWN.split("{value}")[0]):
            raise ParseError(msg.PARSE_DATE_UNKNOWN.format(value=shown)) from None
        raise
    if first is None and (start is not None or end is not None):
        raise ParseError(msg.PARSE_DATE_UNKNOWN.format(value=shown))
    if start is not None or end is not None:
        raise ParseError(msg.PARSE_DATE_HAS_TIME.format(value=shown))
    return first, last, None, None


def parse_date_time(value: object, *, year: int) -> tuple[dt.date | None, dt.time | None, dt.time | None]:
    """A day with an optional time or time range: '5月13日 9:30-11:30', '5月13日上午', '2024/5/13 14:00'."""
    first, last, start, end = parse_schedule(value, year=year)
    if first is not None and last != first:
        raise ParseError(msg.PARSE_DATE_IS_RANGE.format(value=_shown(value), first=first, last=last))
    return first, start, end
