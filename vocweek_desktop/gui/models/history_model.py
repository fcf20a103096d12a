"""Table model of audit events (修改记录): one row per event, its changed fields as lines of one cell."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt

from vocweek_desktop.domain.dates import format_datetime
from vocweek_desktop.gui.models.records_model import Column, RecordsModel, plain_text

#: The columns of one record's history, and of the edition-wide list (which says which record each event is of).
RECORD_COLUMNS = ("at", "operator", "action", "changes")
EDITION_COLUMNS = ("at", "operator", "entity", "summary", "action", "changes")

#: A cell of several lines starts at the top, so that a row's cells line up with its first line of changes.
_TOP_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


class HistoryModel(RecordsModel):
    """Read-only rows of AuditRecords in the order given; ``keys`` are keys of EDITION_COLUMNS.

    With ``max_lines``, a cell of changes shows that many lines at most (the tooltip and a copy have them all),
    so that one new activity's twenty fields do not fill a list of many events.
    """

    def __init__(self, keys: Sequence[str], parent=None, *, max_lines: int | None = None):
        self._keys = tuple(keys)  # read by build_columns, which the base class calls
        self.max_lines = max_lines
        super().__init__(parent=parent)

    def build_columns(self) -> list[Column]:
        """时间, 操作人, 记录类型, 名称, 操作 and 修改内容, as chosen; widths in characters for the view."""
        spec = {
            "at": Column("at", self.tr("时间"), text=format_datetime, align=_TOP_LEFT, width=9.5),
            "operator": Column("operator", self.tr("操作人"), align=_TOP_LEFT, width=6),
            "entity": Column("entity", self.tr("记录类型"), value=lambda record: record.entity_label,
                             align=_TOP_LEFT, width=6),
            "summary": Column("summary", self.tr("名称"), align=_TOP_LEFT, width=12),
            "action": Column("action", self.tr("操作"), value=lambda record: record.action_label,
                             align=_TOP_LEFT, width=5),
            "changes": Column("changes", self.tr("修改内容"), value=lambda record: "\n".join(record.change_lines()),
                              text=self._shortened, tooltip=plain_text, copy=plain_text, align=_TOP_LEFT),
        }
        return [spec[key] for key in self._keys]

    def _shortened(self, value: object) -> str:
        text = plain_text(value)
        lines = text.splitlines()
        if not self.max_lines or len(lines) <= self.max_lines:
            return text
        shown = self.max_lines - 1
        return "\n".join([*lines[:shown], self.tr("……另有 {0} 项").format(len(lines) - shown)])
