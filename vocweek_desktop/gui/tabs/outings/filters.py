"""The 外出审批 tab's filter bar: a chip per state (its count; a click filters), the college and date filters, the
search count, and the OutingFilter they make together.

A mixin of OutingsTab (gui/tabs/outings_tab.py): it uses the tab's ``ui``, ``db``, ``edition_id``, ``model``,
``_loading`` and ``reload``.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QPushButton

from vocweek_desktop.domain import outings as rules
from vocweek_desktop.gui.models.outings_model import STATE_COLORS
from vocweek_desktop.services import colleges
from vocweek_desktop.services.outings import OutingFilter

ALL = "all"
CHIP_STYLE = """
QPushButton {{ border: 1px solid {color}; border-radius: 10px; padding: 2px 10px; color: {color};
              background: {tint}; }}
QPushButton:checked {{ background: {color}; color: white; font-weight: bold; }}
"""


class FiltersMixin:
    """The state chips, the college and date filters and what they ask for."""

    def _setup_chips(self) -> None:
        self.chip_group = QButtonGroup(self)
        self.chip_group.setExclusive(True)
        self.chips: dict[str, QPushButton] = {}
        for key in (ALL, *rules.STATES):
            color, tint = ("#37474f", "#eceff1") if key == ALL else STATE_COLORS[key]
            chip = QPushButton(self)
            chip.setCheckable(True)
            chip.setCursor(Qt.CursorShape.PointingHandCursor)
            chip.setStyleSheet(CHIP_STYLE.format(color=color, tint=tint))
            chip.setToolTip(self.tr("显示全部申请") if key == ALL else self.tr("只显示“{0}”的申请").format(key))
            self.chip_group.addButton(chip)
            self.ui.states_layout.addWidget(chip)
            self.chips[key] = chip
            chip.clicked.connect(partial(self._on_chip, key))
        self.chips[ALL].setChecked(True)
        self._update_chips()

    def _fill_colleges(self, keep: int | None) -> None:
        combo = self.ui.college_filter_combo
        combo.clear()
        combo.addItem(self.tr("全部学院"), None)
        if self.db is not None and self.edition_id is not None:
            for college in colleges.list_colleges(self.db, self.edition_id):
                combo.addItem(college.name, college.id)
        combo.setCurrentIndex(max(combo.findData(keep), 0) if keep is not None else 0)

    def current_filter(self) -> OutingFilter:
        """What the filters ask for (the state chip, the college, the days)."""
        state = next((key for key, chip in self.chips.items() if chip.isChecked()), ALL)
        dates = self.ui.dates_check.isChecked()
        return OutingFilter(state=None if state == ALL else state,
                            college_id=self.ui.college_filter_combo.currentData(),
                            date_from=self.ui.from_edit.date().toPython() if dates else None,
                            date_to=self.ui.to_edit.date().toPython() if dates else None)

    def _update_chips(self) -> None:
        total = sum(self._counts.values())
        for key, chip in self.chips.items():
            count = total if key == ALL else self._counts.get(key, 0)
            chip.setText(self.tr("全部 {0}").format(count) if key == ALL else f"{key} {count}")

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total_count()
        if self.db is None or self.edition_id is None:
            text = ""
        elif shown != total:
            text = self.tr("显示 {0} / 共 {1} 份申请").format(shown, total)
        else:
            text = self.tr("共 {0} 份申请").format(total)
        self.ui.hint_label.setText(text)

    def _on_chip(self, _key: str) -> None:
        if not self._loading:
            self.reload()

    def _on_filter_changed(self, *_args) -> None:
        if not self._loading:
            self.reload()

    def _on_dates_toggled(self, checked: bool) -> None:
        self.ui.from_edit.setEnabled(checked)
        self.ui.to_edit.setEnabled(checked)
        self._on_filter_changed()
