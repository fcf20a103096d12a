"""Tolerant parsers for the cells of a returned 附件1 活动信息表 (and text pasted from Excel).

Every parser takes what openpyxl or the clipboard hands over (str, int, float — Excel serials for dates,
fractions of a day for times —, datetime.date/datetime/time, bool or None). Blank cells give None; a
value that cannot be understood raises ``ParseError`` whose text is the Chinese reason quoting the cell
as written, e.g. 日期“5月32日”无效. Nothing here imports Qt or openpyxl.

Choices made here (documented once, relied on by the import):
- Dates are month first (5/13, 5.13, 5-13 = 5月13日); a missing year is the edition's ``year``;
  a lone day (13日) is refused as ambiguous. Excel serials use the 1900 date system (45425 = 2024-05-13)
  and are accepted for 1950–2099 only; a small float such as 5.13 (Excel turned the text "5.13" into a
  number) is read as 5月13日, and 5.1 (5月1日 or 5月10日?) is refused as ambiguous.
- A datetime object in a date column keeps its date (Excel hides the time there); text that
  spells out a time in a date-only column is refused rather than silently dropped.
- A weekday written with a date (5月13日（周一）) must agree with it, or the cell is refused: one of the two
  is wrong and guessing which would hide the mistake. A weekday alone (周一) is no date.
- Whole-period words stand for the ranges in ``PERIOD_RANGES``; 下午2点-4点 puts both ends in the afternoon.
- In a date-time cell, dotted 14.00 and 9.30-11.30 (round minutes, 6–22 h) are clock times, not dates.
- Times Excel turned into numbers are read as typed: 9.3 → 9:30, 930 → 9:30, 0.395833 → 9:30.
- 校内外 (partly off campus) counts as off campus: security and logistics plan for the outside part.
- Counts: 约200人, 200余人, 1,200, 1.2万 → the number; 100-200 (a range) and 若干 are refused.
- 备注 is not mapped to any field (notes are not the activity's description).
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
import unicodedata
from collections.abc import Sequence

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.activities import CATEGORIES, FORMS, STATUSES, THEME_DAYS

__all__ = [
    "CATEGORY_ALIASES",
    "HEADER_ALIASES",
    "PERIOD_RANGES",
    "ParseError",
    "cell_text",
    "is_blank_cell",
    "match_header",
    "normalize_header",
    "parse_bool",
    "parse_campus",
    "parse_category",
    "parse_count",
    "parse_date",
    "parse_date_range",
    "parse_date_time",
    "parse_form",
    "parse_schedule",
    "parse_status",
    "parse_theme_day",
    "parse_time",
    "parse_time_range",
]


class ParseError(ValueError):
    """A cell that cannot be understood; ``str(error)`` is the Chinese reason quoting the value."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


# Whole-period words and the (start, end) they stand for when a cell names no clock time.
PERIOD_RANGES: dict[str, tuple[dt.time, dt.time]] = {
    "上午": (dt.time(8, 30), dt.time(12, 0)),
    "中午": (dt.time(12, 0), dt.time(14, 0)),
    "下午": (dt.time(14, 0), dt.time(17, 30)),
    "晚上": (dt.time(19, 0), dt.time(21, 0)),
    "全天": (dt.time(9, 0), dt.time(17, 0)),
    "上下午": (dt.time(8, 30), dt.time(17, 30)),
}
_PERIOD_WORDS: dict[str, str] = {
    "上午": "上午", "早上": "上午", "早晨": "上午", "清晨": "上午", "am": "上午", "a.m.": "上午",
    "中午": "中午", "午间": "中午",
    "下午": "下午", "午后": "下午", "pm": "下午", "p.m.": "下午",
    "晚上": "晚上", "晚间": "晚上", "夜间": "晚上", "夜里": "晚上", "夜晚": "晚上", "傍晚": "晚上", "晚": "晚上",
    "凌晨": "凌晨",
    "全天": "全天", "全日": "全天", "整天": "全天", "一整天": "全天", "1整天": "全天", "1天": "全天", "白天": "全天",
    "上下午": "上下午", "上午+下午": "上下午", "上午、下午": "上下午", "上午和下午": "上下午", "上午及下午": "上下午",
}
# Period prefixes of a clock time, longest first so 上午 wins over 午 words.
_TIME_PREFIXES = sorted(
    ("凌晨", "早上", "早晨", "清晨", "上午", "中午", "午间", "午后", "下午", "傍晚", "晚上", "晚间", "夜间", "夜里", "夜晚", "晚",
     "am", "a.m.", "pm", "p.m."),
    key=len, reverse=True,
)
_AFTERNOON = {"下午", "晚上"}

_BLANKS = {"", "-", "--", "—", "——", "–", "―", "−", "/", "\\", "无", "暂无", "n/a", "na", "none", "null", "空"}
_RANGE_SEP = r"(?:-+|—+|–+|―+|−+|~+|〜+|至|到)"
_WEEKDAY = r"(?:周|星期|礼拜)[一二三四五六日天七1-7]"
_WEEKDAY_RE = re.compile(
    rf"[(\[【]?\s*{_WEEKDAY}(?:\s*{_RANGE_SEP}\s*(?:周|星期|礼拜)?[一二三四五六日天七1-7])?\s*[)\]】]?"
)
_CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_CN_RUN = re.compile(r"[〇零一二两三四五六七八九十百千]+")

_EXCEL_EPOCH = dt.date(1899, 12, 30)
_SERIAL_MIN = (dt.date(1950, 1, 1) - _EXCEL_EPOCH).days
_SERIAL_MAX = (dt.date(2099, 12, 31) - _EXCEL_EPOCH).days


# ---------------------------------------------------------------------------------------------- helpers


def _shown(value: object) -> str:
    """The value as the user wrote it, for quoting in a message (one line, at most 40 characters)."""
    if isinstance(value, float) and value.is_integer():
        text = str(int(value))
    else:
        text = str(value)
    text = " ".join(text.split())
    return text if len(text) <= 40 else text[:39] + "…"


def _fold(value: object) -> str:
    """NFKC (full-width digits, colons, brackets → ASCII), lower case, runs of white space → one space."""
    text = unicodedata.normalize("NFKC", str(value)).casefold()
    return " ".join(text.split())


def _is_blank(text: str) -> bool:
    return text in _BLANKS


def _cn_number(run: str) -> str:
    """一 → 1, 十三 → 13, 二〇二四 → 2024, 两百 → 200; a lone unit other than 十 is left as it is."""
    if not any(ch in _CN_UNITS for ch in run):
        return "".join(str(_CN_DIGITS[ch]) for ch in run)
    if run in ("百", "千"):
        return run
    total, digit = 0, None
    for ch in run:
        if ch in _CN_DIGITS:
            digit = _CN_DIGITS[ch]
        else:
            total += (1 if digit is None else digit) * _CN_UNITS[ch]
            digit = None
    return str(total + (digit or 0))


def _cn_digits(text: str) -> str:
    """Chinese numerals in ``text`` written as Arabic digits (五月十三日 → 5月13日, 九点半 → 9点半)."""
    return _CN_RUN.sub(lambda m: _cn_number(m.group()), text)


def _int(text: str | None) -> int | None:
    return None if text is None else int(text)


def _remember_text(function):
    """Cache a parser's answers for text cells, which a file repeats (是, 9:30, 5月13日); other values pass through.

    Only answers are cached, never errors, and only immutable values are returned, so sharing them is safe.
    """
    cached = functools.lru_cache(maxsize=8192)(function)

    @functools.wraps(function)
    def parse(value, **kwargs):
        if type(value) is str and len(value) <= 200:
            return cached(value, **kwargs)
        return function(value, **kwargs)

    parse.cache_clear = cached.cache_clear
    return parse


def cell_text(value: object) -> str | None:
    """A cell as text: whole floats without ``.0``, dates ISO (a datetime at midnight as its date); None stays None."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M") if value.time() != dt.time(0) else value.strftime("%Y-%m-%d")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


def is_blank_cell(value: object) -> bool:
    """None, or text of white space only."""
    return value is None or (isinstance(value, str) and not value.strip())


# ---------------------------------------------------------------------------------------------- dates

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
_RANGE_SEP_RE = re.compile(rf"\s*{_RANGE_SEP}\s*")
_LONE_DAY_RE = re.compile(r"[0-9]{1,2}\s*[日号]", re.ASCII)


def _prepare(value: object) -> str:
    """Folded text with weekday marks removed and Chinese numerals as digits."""
    text = _WEEKDAY_RE.sub(" ", unicodedata.normalize("NFKC", str(value)))
    return " ".join(_cn_digits(text).casefold().split())


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


def _fraction_time(value: float) -> dt.time | None:
    """The time of day in an Excel serial's fraction (rounded to the second); None at midnight."""
    seconds = round((value - math.floor(value)) * 86400) % 86400
    if seconds == 0:
        return None
    return dt.time(seconds // 3600, seconds // 60 % 60, seconds % 60)


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


# ---------------------------------------------------------------------------------------------- times

_CLOCK_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.ASCII)
    for p in (
        r"(?P<h>[0-9]{1,2}):(?P<m>[0-9]{1,2})(?::(?P<s>[0-9]{1,2}))?(?:分)?",
        r"(?P<h>[0-9]{1,2})\.(?P<m10>[0-9])",
        r"(?P<h>[0-9]{1,2})\.(?P<m>[0-9]{2})",
        r"(?P<h>[0-9]{1,2})(?:点|时)(?:(?P<m>[0-9]{1,2})分?(?:(?P<s>[0-9]{1,2})秒)?|(?P<half>半)|(?P<q>[123])刻|整|钟)?",
        r"(?P<h>[0-9]{1,2})(?P<m>[0-9]{2})",
        r"(?P<h>[0-9]{1,2})",
    )
)


def _clock(text: str, shown: str) -> tuple[dt.time, str | None]:
    """One clock time in folded text, with the period word that came with it (上午/下午/…) or None."""
    body = text.replace(" ", "")
    for suffix in ("开始", "起", "以后", "之后", "左右"):
        if body.endswith(suffix) and len(body) > len(suffix):
            body = body[: -len(suffix)]
            break
    period = None
    for word in _TIME_PREFIXES:
        if body.startswith(word):
            period, body = _PERIOD_WORDS[word], body[len(word):]
            break
    if period is None:
        for word in ("am", "a.m.", "pm", "p.m."):
            if body.endswith(word):
                period, body = _PERIOD_WORDS[word], body[: -len(word)]
                break
    for pattern in _CLOCK_PATTERNS:
        found = pattern.fullmatch(body)
        if found:
            break
    else:
        raise ParseError(msg.PARSE_TIME_UNKNOWN.format(value=shown))
    parts = found.groupdict()
    hour = int(parts["h"])
    minute = int(parts["m"]) if parts.get("m") else 0
    if parts.get("m10"):
        minute = int(parts["m10"]) * 10
    if parts.get("half"):
        minute = 30
    if parts.get("q"):
        minute = int(parts["q"]) * 15
    second = int(parts["s"]) if parts.get("s") else 0
    hour = _apply_period(hour, period)
    if hour > 23 or minute > 59 or second > 59:
        raise ParseError(msg.PARSE_TIME_INVALID.format(value=shown))
    return dt.time(hour, minute, second), period


def _apply_period(hour: int, period: str | None) -> int:
    if period in _AFTERNOON and 1 <= hour < 12:
        return hour + 12
    if period == "中午" and 1 <= hour <= 2:
        return hour + 12
    if period in ("晚上", "凌晨") and hour == 12:
        return 0
    return hour


def _number_time(value: int | float, shown: str) -> dt.time:
    """An Excel fraction of a day (0.395833 = 9:30), a whole hour (9), or H.MM that Excel made a number (9.3)."""
    if not math.isfinite(value) or value < 0:
        raise ParseError(msg.PARSE_TIME_UNKNOWN.format(value=shown))
    if value == int(value) and value < 24:
        return dt.time(int(value))
    if value == int(value) and 100 <= value <= 2359 and value % 100 < 60:
        return dt.time(int(value) // 100, int(value) % 100)  # Excel made a number of the typed 930 or 1430
    if 1 <= value < 24:
        return _clock(repr(float(value)), shown)[0]
    if value < 1 or value >= _SERIAL_MIN:
        return _fraction_time(value) or dt.time(0)
    raise ParseError(msg.PARSE_TIME_INVALID.format(value=shown))


@_remember_text
def parse_time(value: object) -> dt.time | None:
    """One clock time: 9:30, 9：30, 09:30:00, 9点30, 9点半, 9时30分, 下午3点, 晚上7点, an Excel fraction or a time."""
    if value is None:
        return None
    shown = _shown(value)
    if isinstance(value, bool) or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        raise ParseError(msg.PARSE_TIME_UNKNOWN.format(value=shown))
    if isinstance(value, dt.datetime):
        return value.time().replace(tzinfo=None)
    if isinstance(value, dt.time):
        return value.replace(tzinfo=None)
    if isinstance(value, (int, float)):
        return _number_time(value, shown)
    if _is_blank(_fold(value)):
        return None
    text = _prepare(value)
    if _RANGE_SEP_RE.search(text):
        try:
            _time_range_text(text, shown)
        except ParseError:
            pass
        else:
            raise ParseError(msg.PARSE_TIME_IS_RANGE.format(value=shown))
    if text.replace(" ", "") in _PERIOD_WORDS:
        raise ParseError(msg.PARSE_TIME_IS_RANGE.format(value=shown))
    try:
        return _clock(text, shown)[0]
    except ParseError:
        bare = _TRAILING_REMARK.sub("", text).strip()
        if not bare or bare == text:
            raise
        return _clock(bare, shown)[0]


def _time_range_text(text: str, shown: str) -> tuple[dt.time | None, dt.time | None]:
    """A time or time range in prepared text; period words alone stand for ``PERIOD_RANGES``.

    A remark in brackets after it (9:30-11:30（暂定）) is ignored.
    """
    try:
        return _time_range_core(text, shown)
    except ParseError:
        bare = _TRAILING_REMARK.sub("", text).strip()
        if not bare or bare == text:
            raise
        return _time_range_core(bare, shown)


_TRAILING_REMARK = re.compile(r"\s*(?:\([^()]*\)|\[[^\[\]]*\]|【[^【】]*】)$")


def _time_range_core(text: str, shown: str) -> tuple[dt.time | None, dt.time | None]:
    whole = text.replace(" ", "")
    if whole in _PERIOD_WORDS and _PERIOD_WORDS[whole] in PERIOD_RANGES:
        return PERIOD_RANGES[_PERIOD_WORDS[whole]]
    pieces = _RANGE_SEP_RE.split(text)
    if len(pieces) == 1:
        return _clock(text, shown)[0], None
    if len(pieces) != 2:
        raise ParseError(msg.PARSE_TIME_UNKNOWN.format(value=shown))
    left, right = (piece.replace(" ", "") for piece in pieces)
    start = end = None
    period = None
    if left in _PERIOD_WORDS and _PERIOD_WORDS[left] in PERIOD_RANGES:
        start, period = PERIOD_RANGES[_PERIOD_WORDS[left]][0], None
    elif left:
        start, period = _clock(left, shown)
    if right in _PERIOD_WORDS and _PERIOD_WORDS[right] in PERIOD_RANGES:
        end = PERIOD_RANGES[_PERIOD_WORDS[right]][1]
    elif right:
        end, own_period = _clock(right, shown)
        if own_period is None and period in _AFTERNOON and end.hour < 12:
            end = end.replace(hour=_apply_period(end.hour, period))
        elif own_period is None and period in ("上午", "中午") and start is not None and end < start and end.hour < 12:
            end = end.replace(hour=end.hour + 12)  # 上午10点-2点: the end is in the afternoon
    if start is None and end is None:
        raise ParseError(msg.PARSE_TIME_UNKNOWN.format(value=shown))
    return start, end


@_remember_text
def parse_time_range(value: object) -> tuple[dt.time | None, dt.time | None]:
    """A time or a span: 9:30-11:30, 9:30—11:30, 9:30~11:30, 9:30至11:30, 下午2点-4点, 上午/下午/晚上/全天."""
    if value is None:
        return None, None
    if isinstance(value, (bool, int, float, dt.time, dt.datetime)) or not isinstance(value, (str, dt.date)):
        return parse_time(value), None
    if isinstance(value, dt.date):
        raise ParseError(msg.PARSE_TIME_UNKNOWN.format(value=_shown(value)))
    if _is_blank(_fold(value)):
        return None, None
    return _time_range_text(_prepare(value), _shown(value))


# ---------------------------------------------------------------------------------------------- numbers

_COUNT_RE = re.compile(
    r"(?:约|大约|预计|估计|共计|共|合计|总计|计|近|超过|逾|不少于|至少|~)?"
    r"(?P<n>[0-9]{1,9}(?:\.[0-9]+)?)(?P<wan>万)?"
    r"(?:余|多|\+|以上|左右|上下)?(?:人次|人|名|位|个)?(?:余|多|以上|左右|上下)?",
    re.ASCII,
)


@_remember_text
def parse_count(value: object) -> int | None:
    """A headcount: 200, '200', '约200人', '200余人', '２００', '1,200', 200.0; '—'/'-'/'无'/'/' → None."""
    if value is None:
        return None
    shown = _shown(value)
    if isinstance(value, bool):
        raise ParseError(msg.PARSE_COUNT_NOT_NUMBER.format(value=shown))
    if isinstance(value, int):
        number = value
    elif isinstance(value, float):
        if not math.isfinite(value) or not value.is_integer():
            raise ParseError(msg.PARSE_COUNT_NOT_NUMBER.format(value=shown))
        number = int(value)
    else:
        text = _cn_digits(_fold(value)).replace(" ", "")
        if _is_blank(text):
            return None
        text = re.sub(r"(?<=[0-9]),(?=[0-9]{3}(?![0-9]))", "", text)
        negative = text.startswith("-") and len(text) > 1 and text[1].isdigit()
        if negative:
            text = text[1:]
        found = _COUNT_RE.fullmatch(text)
        if found is None:
            if re.fullmatch(r"[^0-9]*[0-9]+(?:\.[0-9]+)?[^0-9]*" + _RANGE_SEP + r"[^0-9]*[0-9]+.*", text, re.ASCII):
                raise ParseError(msg.PARSE_COUNT_RANGE.format(value=shown))
            raise ParseError(msg.PARSE_COUNT_NOT_NUMBER.format(value=shown))
        amount = float(found["n"]) * (10000 if found["wan"] else 1)
        if not amount.is_integer():
            raise ParseError(msg.PARSE_COUNT_NOT_NUMBER.format(value=shown))
        number = -int(amount) if negative else int(amount)
    if number < 0:
        raise ParseError(msg.PARSE_COUNT_NEGATIVE.format(value=shown))
    return number


# ---------------------------------------------------------------------------------------------- choices

_TRUE_WORDS = {"是", "√", "✓", "✔", "☑", "有", "需要", "要", "需", "y", "yes", "true", "t", "1", "对", "是的", "●"}
_FALSE_WORDS = {"否", "×", "✗", "✘", "✕", "x", "无", "不需要", "不要", "不需", "无需", "没有", "不用", "n", "no",
                "false", "f", "0", "不", "☐", "○"}
_FALSE_PREFIXES = ("不需要", "不要", "无需", "不需", "不用", "没有", "否", "无")
_TRUE_PREFIXES = ("需要", "是", "有", "要", "需")


@_remember_text
def parse_bool(value: object) -> bool | None:
    """A yes/no cell: 是/否, √/×, ✓/✗, 有/无, 需要/不需要, 要/不要, Y/N, yes/no, TRUE/FALSE, 1/0; blank → None.

    A yes or no followed by a remark (需要（投影仪）, 否，自备) counts as that yes or no.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    shown = _shown(value)
    if isinstance(value, (int, float)):
        if value in (0, 1):
            return bool(value)
        raise ParseError(msg.PARSE_BOOL_UNKNOWN.format(value=shown))
    text = _fold(value).replace(" ", "")
    if text in _TRUE_WORDS:
        return True
    if text in _FALSE_WORDS:
        return False
    if _is_blank(text):
        return None
    for prefixes, answer in ((_FALSE_PREFIXES, False), (_TRUE_PREFIXES, True)):
        for prefix in prefixes:
            if text.startswith(prefix) and re.match(r"[(\[,;:、.。!]", text[len(prefix):]):
                return answer
    raise ParseError(msg.PARSE_BOOL_UNKNOWN.format(value=shown))


_ON_CAMPUS = {"校内", "本校", "校园内", "校内举办", "在校", "在校内", "院内", "学校", "内", "校园"}
_OFF_CAMPUS = {"校外", "外校", "校园外", "校外举办", "外", "社会", "社区", "企业"}
# Partly outside: counts as off campus (security and logistics plan for the outside part).
_BOTH_CAMPUS = {"校内外", "校内+校外", "校内和校外", "校内及校外", "校内、校外", "校内/校外", "校内,校外", "校外+校内",
                "校外、校内", "校内与校外", "内外"}


def _choice_key(value: object) -> str:
    """Folded text without spaces, a leading enumeration (1. / (一) / ①) or a trailing remark in brackets."""
    text = _fold(value).replace(" ", "")
    text = re.sub(r"^(?:\(?[0-9一二三四五六七八九十]{1,2}[).、]|\([0-9一二三四五六七八九十]{1,2}\))", "", text)
    bare = re.sub(r"\([^()]*\)$|\[[^\[\]]*\]$|【[^【】]*】$", "", text)
    return bare or text.strip("()[]【】")


def _choice_or_none(value: object) -> str | None:
    """``_choice_key`` of a cell, or None for an empty or blank one."""
    if value is None:
        return None
    key = _choice_key(value)
    return None if _is_blank(key) else key


def _bad_choice(field: str, value: object, choices: Sequence[str]) -> ParseError:
    """The refusal of a cell of ``field`` that is none of ``choices`` (活动形式“…”无效，应为：…)."""
    return ParseError(msg.BAD_CHOICE.format(label=msg.ACTIVITY_LABELS[field], value=_shown(value),
                                            choices="、".join(choices)))


@_remember_text
def parse_campus(value: object) -> bool | None:
    """校内 → False, 校外 → True (off campus), 校内外 → True (partly off campus); blank → None."""
    if isinstance(value, bool):
        return value
    key = _choice_or_none(value)
    if key is None:
        return None
    if key in _ON_CAMPUS:
        return False
    if key in _OFF_CAMPUS or key in _BOTH_CAMPUS:
        return True
    raise ParseError(msg.BAD_CHOICE.format(label="校内/校外", value=_shown(value), choices="校内、校外"))


_ONLINE = {"线上", "网上", "在线", "云上", "网络", "直播", "线上直播", "云端", "线上活动", "online"}
_OFFLINE = {"线下", "现场", "实地", "线下活动", "现场活动", "offline"}
_BOTH_FORM = {"混合", "混合式", "线上线下结合", "线上线下混合", "线上线下同步", "线下线上结合", "双线", "线上与线下",
              "线下与线上", "线上和线下", "线下和线上", "线上及线下", "线下及线上"}


@_remember_text
def parse_form(value: object) -> str | None:
    """线下, 线上, or 线上+线下 (also 线上线下, 线上、线下, 线下+线上, 混合); blank → None."""
    key = _choice_or_none(value)
    if key is None:
        return None
    if key in _ONLINE:
        return "线上"
    if key in _OFFLINE:
        return "线下"
    if key in _BOTH_FORM:
        return "线上+线下"
    pair = re.fullmatch(r"(线上|线下)[+&/,、和与及]?(线上|线下)(?:结合|混合|同步|相结合)?", key)
    if pair and pair[1] != pair[2]:
        return "线上+线下"
    raise _bad_choice("form", value, FORMS)


# Variants of each category (beyond the name itself, with or without 活动/类).
CATEGORY_ALIASES: dict[str, tuple[str, ...]] = {
    "线下宣传展示": ("线下宣传展示活动", "宣传展示", "线下展示", "线下宣传", "线下宣传展示类", "宣传展示活动"),
    "数字化展览": ("数字化展览活动", "数字展览", "数字化展示", "云展览", "云上展览", "线上展览", "网上展览", "数字化展馆"),
    "特色主题活动": ("特色主题", "主题活动", "特色活动"),
    "社会服务": ("社会服务活动", "志愿服务", "社会服务类", "服务社会"),
    "优秀校友寻访": ("校友寻访", "优秀校友寻访活动", "寻访优秀校友", "校友访谈"),
    "校友返校及工匠进校园": ("工匠进校园", "校友返校", "校友返校和工匠进校园", "校友返校、工匠进校园", "大国工匠进校园",
                             "校友返校暨工匠进校园", "能工巧匠进校园"),
    "校企集中签约": ("校企签约", "集中签约", "签约仪式", "校企合作签约", "校企集中签约仪式", "签约"),
    "校园开放": ("校园开放日", "开放日", "校园开放活动", "开放校园", "校园开放周"),
    "校园招聘会": ("校园招聘", "招聘会", "招聘", "双选会", "专场招聘会", "供需见面会"),
    "其他": ("其它", "其他活动", "其它活动"),
}


def _category_key(text: str) -> str:
    key = re.sub(r"[、,+/和与及暨]", "", text)
    for suffix in ("活动", "类", "仪式"):
        if key.endswith(suffix) and len(key) > len(suffix) + 1:
            key = key[: -len(suffix)]
    return key


_CATEGORY_LOOKUP: dict[str, str] = {}
for _name in CATEGORIES:
    for _alias in (_name, *CATEGORY_ALIASES.get(_name, ())):
        _CATEGORY_LOOKUP.setdefault(_category_key(_fold(_alias).replace(" ", "")), _name)


@_remember_text
def parse_category(value: object) -> str | None:
    """One of the ten CATEGORIES, from its name or a common variant (校园招聘 → 校园招聘会); blank → None."""
    key = _choice_or_none(value)
    if key is None:
        return None
    found = _CATEGORY_LOOKUP.get(_category_key(key))
    if found is None:
        raise _bad_choice("category", value, CATEGORIES)
    return found


@_remember_text
def parse_theme_day(value: object) -> str | None:
    """学院日/学生日/教师日/企业日, also without 日 (企业 → 企业日) or as 企业主题日; blank and 无 → None."""
    key = _choice_or_none(value)
    if key is None or key in ("不属于", "非主题日", "否"):
        return None
    stem = key.removesuffix("主题日").removesuffix("日")
    if f"{stem}日" in THEME_DAYS:
        return f"{stem}日"
    raise _bad_choice("theme_day", value, THEME_DAYS)


_STATUS_WORDS = {
    "计划": "计划", "计划中": "计划", "拟举办": "计划", "待举办": "计划", "未举办": "计划", "未开始": "计划", "筹备中": "计划",
    "已举办": "已举办", "已完成": "已举办", "完成": "已举办", "已开展": "已举办", "已结束": "已举办", "举办": "已举办",
    "已办": "已举办", "已实施": "已举办",
    "取消": "取消", "已取消": "取消", "取消了": "取消", "不举办": "取消", "撤销": "取消", "作废": "取消",
}


@_remember_text
def parse_status(value: object) -> str | None:
    """计划 / 已举办 / 取消 (also 已完成 → 已举办, 取消了 → 取消); blank → None."""
    key = _choice_or_none(value)
    if key is None:
        return None
    if key in _STATUS_WORDS:
        return _STATUS_WORDS[key]
    raise _bad_choice("status", value, STATUSES)


# ---------------------------------------------------------------------------------------------- headers

# field key → header names (the template's own first, then variants). Matched after normalize_header.
HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "seq": ("序号", "编号", "序", "no", "no.", "顺序号"),
    "row_uid": ("行ID", "row_uid", "rowid", "行标识", "行编号ID"),
    "college": ("学院", "学院名称", "二级学院", "院系", "系部", "承办学院", "组织单位", "主办单位", "举办单位", "承办单位",
                "申报单位", "填报单位", "单位", "所属学院", "所属单位", "所在学院"),
    "title": ("活动名称", "活动主题", "活动名", "名称", "活动项目", "项目名称", "活动标题", "主题"),
    "category": ("活动类别", "类别", "活动类型", "类型", "活动分类", "分类"),
    "theme_day": ("主题日", "活动主题日", "所属主题日", "主题日类别"),
    "date_time": ("日期时间", "活动时间", "时间", "活动日期时间", "活动日期及时间", "举办时间", "开展时间", "起止时间",
                  "活动起止时间"),
    "first_date": ("活动日期", "日期", "开始日期", "举办日期", "活动开始日期", "起始日期", "开展日期", "起止日期",
                   "活动起止日期"),
    "last_date": ("结束日期", "活动结束日期", "截止日期", "终止日期"),
    "start_time": ("开始时间", "起始时间", "活动开始时间"),
    "end_time": ("结束时间", "活动结束时间", "截止时间", "终止时间"),
    "venue": ("活动地点", "地点", "场地", "举办地点", "活动场地", "地址", "活动地址", "开展地点", "场所", "具体地点"),
    "off_campus": ("校内/校外", "校内外", "是否校外", "是否在校外", "校内或校外", "校内校外"),
    "form": ("线上/线下", "线上或线下", "活动形式", "形式", "举办形式", "开展形式", "活动方式", "方式"),
    "audience": ("面向对象", "参与对象", "对象", "面向人群", "活动对象", "受众", "参加对象", "服务对象"),
    "expected_teachers": ("预计参与教师数", "参与教师人数", "教师人数", "教师数", "预计教师人数", "参与教师数",
                          "预计参与教师人数", "教师参与人数"),
    "expected_students": ("预计参与学生数", "参与学生人数", "学生人数", "学生数", "预计学生人数", "参与学生数",
                          "预计参与学生人数", "学生参与人数"),
    "expected_public": ("预计参与公众数", "公众人数", "社会公众人数", "参与公众人数", "公众数", "参与公众数",
                        "预计公众人数", "预计参与公众人数", "预计参与社会公众人数", "社会公众数"),
    "actual_teachers": ("实际参与教师数", "实际参与教师人数", "实际教师人数"),
    "actual_students": ("实际参与学生数", "实际参与学生人数", "实际学生人数"),
    "actual_public": ("实际参与公众数", "实际参与公众人数", "实际公众人数"),
    "enterprises": ("合作企业", "合作单位", "合作企业名称", "参与企业", "合作方", "企业名称", "合作企业单位", "企业"),
    "person_in_charge": ("负责人", "联系人", "活动负责人", "负责人姓名", "联系人姓名", "活动联系人", "责任人"),
    "phone": ("联系电话", "电话", "手机", "联系方式", "手机号", "手机号码", "联系人电话", "负责人电话", "电话号码"),
    "need_power": ("用电需求", "是否用电", "用电", "是否需要用电", "电力需求", "电源需求", "需要用电"),
    "need_it": ("信息设备需求", "信息设备", "网络", "设备需求", "网络需求", "网络设备需求", "信息化设备需求",
                "网络及设备需求", "是否需要信息设备"),
    "need_security": ("安保需求", "安保", "安全保障", "安全保障需求", "是否需要安保", "安保人员"),
    "need_media": ("宣传拍摄需求", "宣传", "拍摄", "新闻宣传", "宣传报道", "拍摄需求", "宣传需求", "宣传报道需求",
                   "是否需要宣传拍摄", "摄影摄像"),
    "description": ("活动简介", "简介", "活动内容", "内容", "活动内容简介", "内容简介", "活动概述", "活动说明"),
    "status": ("状态", "活动状态", "举办状态"),
}

_BRACKETS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]|【[^【】]*】|<[^<>]*>|〔[^〔〕]*〕")


def normalize_header(text: object) -> str:
    """A header cell reduced for matching: no spaces or new lines, half-width, lower case, no (说明), no * marks."""
    if text is None:
        return ""
    folded = unicodedata.normalize("NFKC", str(text)).casefold()
    folded = "".join(folded.split())
    stripped = _BRACKETS.sub("", folded)
    if stripped.strip("*※★☆:：/、|-_"):
        folded = stripped
    folded = re.sub(r"[*※★☆:：/、|\-_()\[\]【】〔〕<>]", "", folded)
    return folded.removesuffix("必填").removesuffix("选填")


# Headers over two rows: a merged parent cell (预计参与人数) above its children (教师 / 学生 / 公众).
# Matched as parent + child, so 预计参与人数 over 教师 (or a flattened 预计参与人数-教师) → expected_teachers.
_HEADER_GROUPS: tuple[tuple[tuple[str, ...], dict[str, str]], ...] = (
    (("预计参与人数", "预计参与", "参与人数", "预计人数", "人数", "预计参加人数", "参加人数", "参与对象人数"),
     {"教师": "expected_teachers", "教师数": "expected_teachers", "教师人数": "expected_teachers",
      "学生": "expected_students", "学生数": "expected_students", "学生人数": "expected_students",
      "公众": "expected_public", "公众数": "expected_public", "公众人数": "expected_public",
      "社会公众": "expected_public", "社会人员": "expected_public"}),
    (("实际参与人数", "实际参与", "实际人数", "实际参加人数"),
     {"教师": "actual_teachers", "教师数": "actual_teachers", "教师人数": "actual_teachers",
      "学生": "actual_students", "学生数": "actual_students", "学生人数": "actual_students",
      "公众": "actual_public", "公众数": "actual_public", "公众人数": "actual_public", "社会公众": "actual_public"}),
    (("需求", "活动需求", "保障需求", "相关需求", "是否需要", "需要", "支持需求", "服务需求", "所需保障"),
     {"用电": "need_power", "电力": "need_power", "电源": "need_power",
      "信息设备": "need_it", "网络": "need_it", "设备": "need_it", "网络设备": "need_it",
      "安保": "need_security", "安全保障": "need_security", "安全": "need_security",
      "宣传拍摄": "need_media", "宣传": "need_media", "拍摄": "need_media"}),
    (("活动时间", "时间", "举办时间", "起止时间"),
     {"开始": "start_time", "起": "start_time", "开始时间": "start_time", "结束": "end_time", "止": "end_time",
      "至": "end_time", "结束时间": "end_time", "日期": "first_date"}),
    (("活动日期", "日期", "起止日期"),
     {"开始": "first_date", "起": "first_date", "开始日期": "first_date", "结束": "last_date", "止": "last_date",
      "至": "last_date", "结束日期": "last_date"}),
    (("负责人", "联系人", "活动负责人"),
     {"姓名": "person_in_charge", "电话": "phone", "联系电话": "phone", "手机": "phone", "联系方式": "phone"}),
)

_HEADER_LOOKUP: dict[str, str] = {}
for _field, _names in HEADER_ALIASES.items():
    for _alias in _names:
        _HEADER_LOOKUP.setdefault(normalize_header(_alias), _field)
_HEADER_PAIRS: dict[tuple[str, str], str] = {}
_HEADER_FLAT: dict[str, str] = {}
for _parents, _children in _HEADER_GROUPS:
    for _parent in _parents:
        for _child, _field in _children.items():
            _HEADER_PAIRS.setdefault((normalize_header(_parent), normalize_header(_child)), _field)
            _HEADER_FLAT.setdefault(normalize_header(_parent + _child), _field)


def match_header(text: object, parent: object = None) -> str | None:
    """The field key a header cell names (活动名称 → 'title', *活动日期（必填） → 'first_date'), or None.

    ``parent`` is the merged cell above a two-row header: 教师 under 预计参与人数 → 'expected_teachers'.
    """
    key = normalize_header(text)
    if not key:
        return None
    upper = normalize_header(parent)
    if upper and upper != key:
        field = _HEADER_PAIRS.get((upper, key)) or _HEADER_FLAT.get(upper + key)
        if field:
            return field
    field = _HEADER_LOOKUP.get(key) or _HEADER_FLAT.get(key)
    if field is None and len(key) > 2 and key[-1] in "人名个次":
        field = _HEADER_LOOKUP.get(key[:-1])  # 预计参与教师数/人 → 预计参与教师数人
    return field
