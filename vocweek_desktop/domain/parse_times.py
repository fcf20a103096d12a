"""Tolerant parsers of clock times in a returned workbook's cells: one time (parse_time) or a span
(parse_time_range), also the period words that stand for a span (上午, 下午, 全天). The shared rules and
``ParseError`` are in ``parsing``.

Choices made here (documented once, relied on by the import):
- Whole-period words stand for the ranges in ``PERIOD_RANGES``; 下午2点-4点 puts both ends in the afternoon.
- Times Excel turned into numbers are read as typed: 9.3 → 9:30, 930 → 9:30, 0.395833 → 9:30.
"""

from __future__ import annotations

import datetime as dt
import math
import re

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.parsing import (
    _RANGE_SEP_RE,
    _SERIAL_MIN,
    ParseError,
    _fold,
    _is_blank,
    _prepare,
    _remember_text,
    _shown,
)

__all__ = ["PERIOD_RANGES", "parse_time", "parse_time_range"]

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


def _fraction_time(value: float) -> dt.time | None:
    """The time of day in an Excel serial's fraction (rounded to the second); None at midnight."""
    seconds = round((value - math.floor(value)) * 86400) % 86400
    if seconds == 0:
        return None
    return dt.time(seconds // 3600, seconds // 60 % 60, seconds % 60)


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
