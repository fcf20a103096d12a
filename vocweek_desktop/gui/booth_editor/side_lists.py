"""The 展位布局 tab's side lists: colleges (dropped on a booth, assigned from the list, dragged back to take them
off, found on the plaza) and problems (a click selects the booths or the college concerned).

A mixin of LayoutTab (gui/tabs/layout_tab.py): it uses the tab's ``ui``, ``db``, ``scene``, ``view``, ``colleges``,
``colleges_model``, ``problems_model``, ``status_message`` and the ``_update`` of EditingMixin.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QMessageBox

from vocweek_desktop.gui.models.layout_models import CollegePlace
from vocweek_desktop.services.layout import Changes


class SideListsMixin:
    """The college list and the problem list beside the editor."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """A drag leaving the college list: from then on, dropped back on it, the college is taken off its booths."""
        if event.type() == QEvent.Type.DragLeave and watched is self.ui.colleges_view.viewport():
            self.colleges_model.drag_left()
        return super().eventFilter(watched, event)

    def drop_college(self, college_id: int, booth_id: int) -> bool:
        """A college dropped on a booth: assign it (an occupied booth asks first)."""
        item = self.scene.booths.get(booth_id)
        if item is None or self.db is None:
            return False
        names = {c.id: c.name for c in self.colleges}
        current = item.record.college_id
        if current == college_id:
            return False
        if current is not None:
            answer = QMessageBox.question(self, self.tr("展位已分配"), self.tr(
                "展位 {0} 已分配给“{1}”。改为分配给“{2}”吗？").format(item.record.number, names.get(current, ""),
                                                          names.get(college_id, "")))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        return self._update(Changes({booth_id: {"college_id": college_id}}),
                            self.tr("{0} 分配给 {1}").format(item.record.number, names.get(college_id, "")))

    def assign_from_list(self) -> None:
        """The college chosen in the list to the one selected booth (keyboard: no drag needed)."""
        booth_ids, _ = self.scene.selected_ids()
        college = self._list_college()
        if len(booth_ids) == 1 and college is not None:
            self.drop_college(college.id, booth_ids[0])

    def _list_college(self) -> CollegePlace | None:
        index = self.ui.colleges_view.currentIndex()
        return self.colleges_model.record(index.row()) if index.isValid() else None

    def unassign_selected(self) -> None:
        """取消分配: the selected booths keep no college."""
        booth_ids, _ = self.scene.selected_ids()
        held = [i for i in booth_ids if self.scene.booths[i].record.college_id is not None]
        if held:
            self._update(Changes({i: {"college_id": None} for i in held}),
                         self.tr("取消分配 {0} 个展位").format(len(held)))

    def unassign_college(self, college_id: int) -> None:
        """A college dragged back to the list: take it off its booths."""
        held = [i.item_id for i in self.scene.booths.values() if i.record.college_id == college_id]
        if held:
            name = next((c.name for c in self.colleges if c.id == college_id), "")
            self._update(Changes({i: {"college_id": None} for i in held}), self.tr("取消 {0} 的展位").format(name))

    def _unassign_list_college(self) -> None:
        college = self._list_college()
        if college is not None:
            self.unassign_college(college.id)

    def find_college(self, college_id: int) -> bool:
        """Select a college's booth(s) and bring them into view."""
        items = [i for i in self.scene.booths.values() if i.record.college_id == college_id]
        if not items:
            self.status_message.emit(self.tr("这个学院还没有展位"))
            return False
        self.scene.select_only(items)
        self.view.centerOn(items[0])
        self.view.setFocus()
        return True

    def find_selected_college(self) -> None:
        """Ctrl+F in the list: find the chosen college's booth."""
        college = self._list_college()
        if college is not None:
            self.find_college(college.id)

    def _on_college_double_clicked(self, index) -> None:
        record = self.colleges_model.record(index.row())
        if record is not None:
            self.find_college(record.id)

    def _on_problem_clicked(self, index) -> None:
        problem = self.problems_model.record(index.row())
        if problem is None:
            return
        if problem.booth_ids:
            items = [self.scene.booths[i] for i in problem.booth_ids if i in self.scene.booths]
            self.scene.select_only(items)
            if items:
                self.view.centerOn(items[0])
        elif problem.college_id is not None:
            self.ui.side_tabs.setCurrentWidget(self.ui.colleges_page)
            row = next((r for r, c in enumerate(self.colleges_model.shown_records()) if c.id == problem.college_id), None)
            if row is not None:
                self.ui.colleges_view.selectRow(row)
