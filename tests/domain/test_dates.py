"""The one date formatter: every layer writes dates the same way."""

import datetime as dt

from vocweek_desktop.domain import dates


def test_day_with_weekday_and_year_only_when_it_differs():
    day = dt.date(2024, 5, 13)
    assert dates.format_day(day) == "5月13日（周一）"
    assert dates.format_day(day, 2024) == "5月13日（周一）"
    assert dates.format_day(day, 2025) == "2024年5月13日（周一）"
    assert dates.format_day(day, weekday=False) == "5月13日"
    assert dates.format_day(None) == ""


def test_long_iso_time_and_datetime():
    assert dates.format_date_long(dt.date(2024, 5, 23)) == "2024年5月23日"
    assert dates.format_date_long(dt.date(2024, 5, 23), weekday=True) == "2024年5月23日（周四）"
    assert dates.format_iso_day(dt.date(2024, 5, 13), weekday=True) == "2024-05-13 周一"
    assert dates.format_time(dt.time(9, 30)) == "09:30"
    assert dates.format_datetime(dt.datetime(2024, 5, 10, 18, 0)) == "2024-05-10 18:00"
    assert dates.format_moment(dt.datetime(2024, 5, 10, 18, 0)) == "5月10日 18:00"
    assert dates.format_moment(dt.datetime(2023, 5, 10, 18, 0), 2024) == "2023年5月10日 18:00"
    assert dates.format_moment_long(dt.datetime(2024, 5, 10, 18, 0)) == "2024年5月10日 18:00"


def test_span():
    first, last = dt.date(2024, 5, 12), dt.date(2024, 5, 18)
    assert dates.format_span(first, first) == "5月12日（周日）"
    assert dates.format_span(first, last) == "5月12日（周日）至5月18日（周六）"
