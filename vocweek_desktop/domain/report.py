"""The shapes of the week's report (活动周总结数据): its tables and charts as plain values, which the Excel and the PDF
writers lay out alike. Numbers stay numbers (a ratio is a fraction, shown as a percentage); totals are computed
values, never formulas."""

from __future__ import annotations

from dataclasses import dataclass, field

PERCENT = "percent"  # a column of fractions shown as 35.2%
COUNT = "count"
TEXT = "text"


@dataclass(frozen=True)
class ReportColumn:
    """A column of a report table: its header, what its values are (text, count, percent), its width in mm on A4."""

    header: str
    kind: str = COUNT
    width: float = 18.0


@dataclass(frozen=True)
class ReportTable:
    """One table of the report: one sheet of the workbook, one table of the PDF (under its section)."""

    sheet: str  # the sheet's name (31 characters at most)
    title: str
    columns: tuple[ReportColumn, ...]
    rows: tuple[tuple[object, ...], ...]
    total: tuple[object, ...] | None = None  # the 合计 row, its numbers computed
    note: str = ""
    section: str = ""


@dataclass(frozen=True)
class ReportChart:
    """A chart of the report: bars per label, one series or several side by side (or stacked)."""

    key: str
    title: str
    labels: tuple[str, ...]
    series: tuple[tuple[str, tuple[float, ...]], ...]
    unit: str = "项"
    percent: bool = False
    stacked: bool = False
    horizontal: bool = False
    section: str = ""


@dataclass(frozen=True)
class ReportSection:
    """A numbered section of the PDF: its heading, a paragraph of text, and its charts and tables in order."""

    heading: str
    text: str = ""
    parts: tuple[ReportTable | ReportChart, ...] = field(default=())


def percent_text(value: object) -> str:
    """0.352 → 35.2%; "—" for nothing."""
    if value is None or value == "":
        return "—"
    return f"{float(value) * 100:.1f}%"


def cell_text(value: object, kind: str) -> str:
    """A value as the PDF prints it."""
    if kind == PERCENT:
        return percent_text(value)
    if value is None:
        return "—" if kind == COUNT else ""
    return str(value)
