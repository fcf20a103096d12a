"""The 展位布局 tab's side tables: the colleges (dragged onto booths, dropped back to unassign) and the problems."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QMimeData, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from vocweek_desktop.domain.layout import Problem
from vocweek_desktop.gui.booth_editor.view import COLLEGE_MIME, college_mime, college_of
from vocweek_desktop.gui.models.records_model import Column, RecordsModel


@dataclass(frozen=True)
class CollegePlace:
    """A college of the edition and where it is on the plaza."""

    id: int
    name: str
    booths: tuple[str, ...]

    @property
    def place(self) -> str:
        """Its booth numbers, or 未安排."""
        return "、".join(self.booths) if self.booths else "未安排"


class CollegePlacesModel(RecordsModel):
    """The colleges, their booths, draggable onto a booth; a college dropped here is taken off its booths."""

    #: A college was dropped back on the list: its id.
    college_returned = Signal(int)
    #: Whether the college being dragged has been outside the list. A drag starts in the list; one dropped before it
    #: left (a slip of the mouse while selecting a row) must not take the college off its booths.
    _been_outside = True

    def build_columns(self) -> list[Column]:
        """学院, 展位."""
        return [Column("name", self.tr("学院"), searchable=True, width=12),
                Column("place", self.tr("展位"), width=6)]

    def flags(self, index):
        """Rows can be dragged; the list accepts drops."""
        flags = super().flags(index)
        if index.isValid():
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags | Qt.ItemFlag.ItemIsDropEnabled

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt's name
        """A college's id."""
        return [COLLEGE_MIME]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802 - Qt's name
        """The college of the first dragged row."""
        record = self.record(indexes[0].row()) if indexes else None
        self._been_outside = False  # Qt asks for the data as a drag starts from the list
        return college_mime(record.id) if record is not None else QMimeData()

    def drag_left(self) -> None:
        """The drag has left the list: dropped back here, it takes the college off its booths."""
        self._been_outside = True

    def supportedDragActions(self):  # noqa: N802 - Qt's name
        """Copy: nothing is removed from the list."""
        return Qt.DropAction.CopyAction

    def supportedDropActions(self):  # noqa: N802 - Qt's name
        """A college comes back."""
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def canDropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802 - Qt's name
        """Only colleges, and only once the drag has been out of the list (the cursor says so)."""
        return college_of(data) is not None and self._been_outside

    def dropMimeData(self, data, action, row, column, parent: QModelIndex) -> bool:  # noqa: N802 - Qt's name
        """A college dropped back after it left the list: ``college_returned`` (False: the view removes no row)."""
        college_id = college_of(data)
        if college_id is not None and self._been_outside:
            self.college_returned.emit(college_id)
        self._been_outside = True
        return False

    def row_brush(self, record: CollegePlace):
        """Colleges without a booth, and with two, are tinted."""
        if not record.booths:
            return QBrush(QColor("#FFF4E5"))
        if len(record.booths) > 1:
            return QBrush(QColor("#FDE2E2"))
        return None


class ProblemsModel(RecordsModel):
    """One row per problem of the layout."""

    def build_columns(self) -> list[Column]:
        """问题."""
        return [Column("text", self.tr("问题"), width=24)]

    def row_brush(self, record: Problem):
        """Overlaps and booths outside in red, the rest amber."""
        return QBrush(QColor("#FDE2E2" if record.kind in ("overlap", "outside", "double") else "#FFF4E5"))
