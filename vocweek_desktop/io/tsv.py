"""Tab-separated text as Excel and WPS put it on the clipboard (quoted cells may hold tabs and line breaks)."""

from __future__ import annotations

import csv
import io

from vocweek_desktop.io.excel_safety import strip_invisible


def parse_tsv(text: str, *, keep_blank: bool = False) -> list[list[str]]:
    """Rows of tab-separated text copied from Excel (quoted cells may hold line breaks); blank lines dropped, or with
    ``keep_blank`` kept as empty rows (a block of cells keeps its shape: an empty cell is pasted as empty).

    Cells are cleaned as workbook cells are: bidirectional and other invisible controls removed.
    """
    rows = list(csv.reader(io.StringIO(text.replace("\r\n", "\n")), delimiter="\t", quotechar='"'))
    rows = [[strip_invisible(cell).strip() for cell in row] for row in rows]
    return rows if keep_blank else [row for row in rows if any(row)]
