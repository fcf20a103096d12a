"""Python dates and times to and from Qt's, to the minute (what the office's forms edit)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime


def to_qdate(value: dt.date) -> QDate:
    """A date as Qt's."""
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> dt.date:
    """Qt's date as Python's."""
    return dt.date(value.year(), value.month(), value.day())


def to_qdatetime(value: dt.datetime) -> QDateTime:
    """A moment as Qt's, to the minute."""
    return QDateTime(to_qdate(value.date()), QTime(value.hour, value.minute))


def from_qdatetime(value: QDateTime) -> dt.datetime:
    """Qt's moment as Python's, to the minute."""
    time = value.time()
    return dt.datetime.combine(from_qdate(value.date()), dt.time(time.hour(), time.minute()))
