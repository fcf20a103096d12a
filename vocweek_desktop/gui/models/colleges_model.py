"""Table model of an edition's colleges: 序号 and every field, searched and sorted in Python (a few hundred rows)."""

from __future__ import annotations

from collections.abc import Iterable

from vocweek_desktop.gui.models.records_model import CENTER, LEFT, RIGHT, Column, RecordsModel
from vocweek_desktop.services.colleges import COLLEGE_COLUMNS, CollegeRecord

#: The column of the display order (序号): sorted by it, the rows stand where 上移 / 下移 move them.
ORDER_KEY = "display_order"
_COUNTS = frozenset({"teacher_count", "student_count"})


class CollegesModel(RecordsModel):
    """The colleges in display order; 序号 is a college's place in that order (1, 2, …), whatever is shown."""

    def __init__(self, parent=None):
        super().__init__(parent=parent)
        self._number: dict[int, int] = {}

    def build_columns(self) -> list[Column]:
        """序号, then the service's columns in the export's order; text columns are searched."""
        unknown = self.tr("未填写（未知）")
        columns = [Column(ORDER_KEY, self.tr("序号"), value=lambda record: self._number.get(record.id), align=CENTER,
                          header_tooltip=self.tr("显示顺序；按此列排序时可上移、下移"))]
        for key, label in COLLEGE_COLUMNS:
            if key in _COUNTS:
                columns.append(Column(key, label, align=RIGHT,
                                      tooltip=lambda value, unknown=unknown: unknown if value is None else str(value)))
            else:
                columns.append(Column(key, label, align=LEFT, searchable=True))
        return columns

    def set_rows(self, records: Iterable[CollegeRecord]) -> None:
        """Replace every college (in display order, as services.colleges.list_colleges returns them)."""
        records = list(records)
        self._number = {record.id: number for number, record in enumerate(records, start=1)}
        super().set_rows(records)
