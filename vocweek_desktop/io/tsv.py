"""Tab-separated text as Excel and WPS put it on the clipboard (quoted cells may hold tabs and line breaks)."""

from __future__ import annotations

import csv
import io


def parse_tsv(text: str) -> list[list[str]]:
    """Rows of tab-separated text copied from Excel (quoted cells may hold line breaks); blank lines dropped."""
    rows = list(csv.reader(io.StringIO(text.replace("\r\n", "\n")), delimiter="\t", quotechar='"'))
    rows = [[cell.strip() for cell in row] for row in rows]
    return [row for row in rows if any(row)]
