"""Tab-separated text as Excel and WPS put it on the clipboard (quoted cells may hold tabs and line breaks)."""

from __future__ import annotations

import csv
import io

from vocweek_desktop.io.excel_safety import strip_invisible


def parse_tsv(text: str) -> list[list[str]]:
    """Rows of tab-separated text copied from Excel (quoted cells may hold line breaks); blank lines dropped.

    Cells are cleaned as workbook cells are: bidirectional and other invisible controls removed.
    """
    rows = list(csv.reader(io.StringIO(text.replace("\r\n", "\n")), delimiter="\t", quotechar='"'))
    rows = [[strip_invisible(cell).strip() for cell in row] for row in rows]
    return [row for row in rows if any(row)]
