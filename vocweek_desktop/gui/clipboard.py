"""Tables as Excel reads them from the clipboard, and putting rich data there without crashing the process at exit.

A QMimeData created in Python is a PySide wrapper whose C++ destructor calls back into Python. Qt deletes the
clipboard's data from its own exit handlers, after the interpreter has finalised: "Segmentation fault" on
every exit after a copy (reproduced with PySide6 6.11.3). Before Python finalises, the data we set is
replaced by a plain copy that Qt made itself, so Qt's late clean-up no longer touches a Python object.
"""

from __future__ import annotations

import atexit
import html

import shiboken6
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

_guard_installed = False
#: Marks text this program's own tables put on the clipboard (their first line is then always the column names).
OWN_TABLE_FORMAT = "application/x-vocweek-table"


def _tsv_cell(value: object) -> str:
    text = "" if value is None else str(value)
    if any(char in text for char in '\t\n\r"'):
        text = '"' + text.replace('"', '""') + '"'
    return text


def to_tsv(table: list[list[object]], *, line_end: str = "\n", final_line_end: bool = False) -> str:
    """Tab-separated text as Excel pastes it (cells holding tabs, line breaks or quotes are quoted).

    Excel itself ends every row, the last one too, with "\r\n": ``line_end="\r\n", final_line_end=True``.
    """
    text = line_end.join("\t".join(_tsv_cell(value) for value in row) for row in table)
    return text + line_end if final_line_end and table else text


def to_html_table(table: list[list[object]]) -> str:
    """The same rows as an HTML table that Excel pastes with text kept as text (no 1.38E+10 for a mobile number)."""
    lines = ['<html><head><meta charset="utf-8"><style>td.t { mso-number-format:"\\@"; }</style></head><body><table>']
    for index, row in enumerate(table):
        cells = []
        for value in row:
            if index == 0:
                cells.append(f"<th>{html.escape(str(value))}</th>")
            elif isinstance(value, int):
                cells.append(f"<td>{value}</td>")
            else:
                cells.append(f'<td class="t">{html.escape("" if value is None else str(value))}</td>')
        lines.append("<tr>" + "".join(cells) + "</tr>")
    lines.append("</table></body></html>")
    return "\n".join(lines)


def set_clipboard(text: str, html: str | None = None, *, own_table: bool = False) -> None:
    """Put ``text`` (and, for applications that read it, ``html``) on the clipboard; ``own_table`` marks it as a
    table copied from this program with its header line on top (see ``is_own_table``)."""
    global _guard_installed
    mime = QMimeData()
    mime.setText(text)
    if html is not None:
        mime.setHtml(html)
    if own_table:
        mime.setData(OWN_TABLE_FORMAT, b"1")
    QGuiApplication.clipboard().setMimeData(mime)
    if not _guard_installed:
        atexit.register(release_clipboard)
        _guard_installed = True


def is_own_table() -> bool:
    """True when the clipboard holds a table this program copied (header line first), not text from elsewhere."""
    data = QGuiApplication.clipboard().mimeData()
    return data is not None and data.hasFormat(OWN_TABLE_FORMAT)


def release_clipboard() -> None:
    """Replace clipboard data created in Python by Qt's own copy of its text (run at exit)."""
    app = QGuiApplication.instance()
    if app is None:
        return
    clipboard = QGuiApplication.clipboard()
    data = clipboard.mimeData()
    if data is not None and shiboken6.Shiboken.createdByPython(data):
        clipboard.setText(data.text())
