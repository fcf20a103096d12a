"""Date helpers: moving an edition's dates to another year, the days of a week."""

from __future__ import annotations

import datetime as dt

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


def format_day(day: dt.date) -> str:
    """5月13日（周一）"""
    return f"{day.month}月{day.day}日（{WEEKDAYS[day.weekday()]}）"
