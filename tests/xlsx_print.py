"""How large a worksheet's text comes out on paper, computed from its page setup, column widths and fonts.

A column's width is counted in "characters" of the workbook's default font (openpyxl writes Calibri 11). How wide
one such character is on paper depends on the machine: Excel with Calibri measures 7 px (5.25 pt); LibreOffice
without Calibri (Linux, measured here) measures it with DejaVu Sans, 7.0 pt. The wider one is taken: a sheet that
prints legibly there prints at least as large in Excel. Fit-to-width printing shrinks the sheet to the printable
width and scales by whole percents (both programs round down).
"""

from __future__ import annotations

import math

from openpyxl.utils import get_column_letter

UNIT_PT = 7.0  # one column-width unit on paper before scaling, at its widest (see above)
DEFAULT_WIDTH = 8.43  # Excel's width of a column nobody sized
DEFAULT_FONT_PT = 11.0
PAPER_PT = {9: (595.28, 841.89), 8: (841.89, 1190.55)}  # paperSize → portrait (width, height): A4, A3


def sheet_width_pt(ws) -> float:
    """The printed columns' width on paper before scaling: every visible column up to the last one used."""
    units = 0.0
    for index in range(1, ws.max_column + 1):
        dimension = ws.column_dimensions.get(get_column_letter(index))
        if dimension is not None and dimension.hidden:
            continue
        width = dimension.width if dimension is not None and dimension.width else DEFAULT_WIDTH
        units += width
    return units * UNIT_PT


def printable_width_pt(ws) -> float:
    """The paper's width (as oriented) less the left and right margins."""
    portrait_width, portrait_height = PAPER_PT[int(ws.page_setup.paperSize)]
    width = portrait_height if ws.page_setup.orientation == "landscape" else portrait_width
    return width - 72 * (ws.page_margins.left + ws.page_margins.right)


def print_scale(ws) -> float:
    """The scale the sheet prints at: fitted to one page wide (whole percents, never enlarged), or its set scale."""
    if ws.sheet_properties.pageSetUpPr is not None and ws.sheet_properties.pageSetUpPr.fitToPage:
        assert ws.page_setup.fitToWidth == 1, "only one-page-wide fitting is computed here"
        return min(100, math.floor(100 * printable_width_pt(ws) / sheet_width_pt(ws))) / 100
    return (ws.page_setup.scale or 100) / 100


def smallest_printed_text(ws, rows=None) -> tuple[float, str]:
    """(size on paper in pt, cell) of the smallest text in ``rows`` (default: every row with a value)."""
    scale = print_scale(ws)
    found = (math.inf, "")
    for row in ws.iter_rows(min_row=min(rows) if rows else 1, max_row=max(rows) if rows else ws.max_row):
        for cell in row:
            if cell.value is None or (rows and cell.row not in rows):
                continue
            if ws.column_dimensions[cell.column_letter].hidden:
                continue
            size = (cell.font.sz or DEFAULT_FONT_PT) * scale
            if size < found[0]:
                found = (size, cell.coordinate)
    return found
