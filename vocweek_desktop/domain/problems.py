"""Where a problem in a workbook is and what it is: ``活动信息表!F7：日期“5月32日”无效``.

Every form read from Excel (or pasted from it) reports its problems this way, so the preview, the CLI and
the 导出问题行 workbook all name the same cell.
"""

from __future__ import annotations

from dataclasses import dataclass


def column_letter(column: int) -> str:
    """``A`` for 0-based column 0, ``AA`` for 26."""
    letters = ""
    number = column + 1
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def cell_name(column: int, row: int) -> str:
    """``F7`` for 0-based column 5 of row 7."""
    return f"{column_letter(column)}{row}"


@dataclass(frozen=True)
class Problem:
    """An error in a workbook: where (sheet and cell, e.g. ``F7``; cell may be empty for the whole file) and why."""

    sheet: str
    cell: str
    message: str
    row: int | None = None

    @property
    def place(self) -> str:
        """``活动信息表!F7``, the cell alone, the sheet alone, or "" for the whole file."""
        return f"{self.sheet}!{self.cell}" if self.sheet and self.cell else self.cell or self.sheet

    @property
    def text(self) -> str:
        """``活动信息表!F7：日期“5月32日”无效``."""
        place = self.place
        return f"{place}：{self.message}" if place else self.message

    def __str__(self) -> str:
        return self.text
