"""Dates as the office writes them, in one place: 5月13日（周一）, 2024年5月13日, 2024-05-10 18:00, and the week's days.

Every layer formats dates through these functions (the window, the exports, the PDFs, the messages), so a date
reads the same everywhere.
"""

from __future__ import annotations

import datetime as dt

from vocweek_desktop.domain import messages as msg

WEEKDAYS = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")


def move_to_year(value, year: int):
    """Move a date or datetime to ``year`` (29 February becomes 28); anything else is returned unchanged."""
    if isinstance(value, (dt.date, dt.datetime)):
        try:
            return value.replace(year=year)
        except ValueError:
            return value.replace(year=year, day=28)
    return value


def days_between(first: dt.date, last: dt.date) -> list[dt.date]:
    """Every date from ``first`` to ``last`` inclusive."""
    return [first + dt.timedelta(days=offset) for offset in range((last - first).days + 1)]


def weekday_name(day: dt.date) -> str:
    """周一 … 周日."""
    return WEEKDAYS[day.weekday()]


def format_day(day: dt.date | None, year: int | None = None, *, weekday: bool = True) -> str:
    """5月13日（周一）; with the year in front (2025年5月13日（周二）) when it is not ``year``; "" for None."""
    if day is None:
        return ""
    prefix = f"{day.year}年" if year is not None and day.year != year else ""
    text = f"{prefix}{day.month}月{day.day}日"
    return f"{text}（{weekday_name(day)}）" if weekday else text


def format_date_long(day: dt.date | None, *, weekday: bool = False) -> str:
    """2024年5月13日 (with （周一） when asked); "" for None."""
    if day is None:
        return ""
    return format_day(day, year=day.year - 1, weekday=weekday)


def format_iso_day(day: dt.date | None, *, weekday: bool = False) -> str:
    """2024-05-13 (with 周一 after it when asked); "" for None."""
    if day is None:
        return ""
    return f"{day.isoformat()} {weekday_name(day)}" if weekday else day.isoformat()


def format_time(value: dt.time | None) -> str:
    """09:30; "" for None."""
    return value.strftime("%H:%M") if value is not None else ""


def format_datetime(value: dt.datetime | None) -> str:
    """2024-05-10 18:00; "" for None."""
    return value.strftime("%Y-%m-%d %H:%M") if value is not None else ""


def format_moment(value: dt.datetime, year: int | None = None) -> str:
    """5月10日 18:00; 2023年5月10日 18:00 when the year is not ``year`` (default: always without the year)."""
    return f"{format_day(value.date(), year, weekday=False)} {value:%H:%M}"


def format_moment_long(value: dt.datetime) -> str:
    """2024年5月10日 18:00: the full date, for a moment that may be read years later (a late submission)."""
    return format_moment(value, value.year - 1)


def format_duration(delta: dt.timedelta) -> str:
    """2 天 5 小时 / 2 天 / 5 小时 / 35 分钟 / 不到 1 分钟 (rounded down; the sign is ignored)."""
    seconds = int(abs(delta).total_seconds())
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    if days and hours:
        return msg.DURATION_DAYS_HOURS.format(days=days, hours=hours)
    if days:
        return msg.DURATION_DAYS.format(days=days)
    if hours:
        return msg.DURATION_HOURS.format(hours=hours)
    if minutes:
        return msg.DURATION_MINUTES.format(minutes=minutes)
    return msg.DURATION_UNDER_A_MINUTE


def format_span(first: dt.date, last: dt.date | None, year: int | None = None) -> str:
    """One day (5月13日（周一）) or a span (5月12日（周日）至5月18日（周六）)."""
    if last is None or last == first:
        return format_day(first, year)
    return f"{format_day(first, year)}至{format_day(last, year)}"
