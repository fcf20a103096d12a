"""新增 / 编辑宣传报道: channel, title, link, date, college and activity of one publicity item."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from vocweek_desktop.domain.publicity import CHANNELS
from vocweek_desktop.gui.dialogs.record_dialog import ListRecordDialog
from vocweek_desktop.gui.forms.ui_publicity_dialog import Ui_PublicityDialog
from vocweek_desktop.gui.widgets.date_values import from_qdate, to_qdate
from vocweek_desktop.services import colleges, editions, publicity
from vocweek_desktop.services.publicity import PublicityRecord
from vocweek_desktop.store.engine import Database


class PublicityDialog(ListRecordDialog):
    """Add a publicity item (``item_id`` None) or edit one; the activities offered are the chosen college's."""

    conflict_field = "title"

    def __init__(self, db: Database, edition_id: int, item_id: int | None = None, parent: QWidget | None = None):
        super().__init__(db, edition_id, item_id, parent)
        self.ui = Ui_PublicityDialog()
        ui = self.ui
        ui.setupUi(self)
        self.setup_form(ui)
        for channel in CHANNELS:
            ui.channel_combo.addItem(channel, channel)
        ui.college_combo.addItem(self.tr("（不限学院）"), None)
        for college in colleges.list_colleges(db, edition_id):
            ui.college_combo.addItem(college.name, college.id)
        ui.college_combo.currentIndexChanged.connect(lambda _index: self._fill_activities())
        ui.published_check.toggled.connect(ui.published_edit.setEnabled)
        week = editions.get_edition(db, edition_id)
        ui.published_edit.setDate(to_qdate(min(dt.date.today(), week.week_end)))
        ui.published_check.setChecked(True)
        self._fill_activities()
        if item_id is None:
            self.setWindowTitle(self.tr("新增宣传报道"))
        else:
            record = publicity.get_item(db, item_id)
            self.setWindowTitle(self.tr("编辑宣传报道 — {0}").format(record.title))
            self.set_values(record)

    def _fill_activities(self, selected: int | None = None) -> None:
        combo = self.ui.activity_combo
        keep = selected if selected is not None else combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("（无）"), None)
        for activity_id, label in publicity.activity_choices(self._db, self._edition_id,
                                                             self.ui.college_combo.currentData()):
            combo.addItem(label, activity_id)
        combo.setCurrentIndex(max(combo.findData(keep), 0) if keep is not None else 0)
        combo.blockSignals(False)

    def field_widgets(self) -> dict[str, QWidget]:
        """Service field → widget."""
        ui = self.ui
        return {"channel": ui.channel_combo, "title": ui.title_edit, "link": ui.link_edit,
                "published_on": ui.published_edit, "college_id": ui.college_combo,
                "activity_id": ui.activity_combo, "notes": ui.notes_edit}

    def set_values(self, record: PublicityRecord) -> None:
        """Fill the form from an item."""
        ui = self.ui
        ui.channel_combo.setCurrentIndex(max(ui.channel_combo.findData(record.channel), 0))
        ui.title_edit.setText(record.title)
        ui.link_edit.setText(record.link)
        ui.published_check.setChecked(record.published_on is not None)
        if record.published_on is not None:
            ui.published_edit.setDate(to_qdate(record.published_on))
        ui.college_combo.setCurrentIndex(max(ui.college_combo.findData(record.college_id), 0))
        self._fill_activities(record.activity_id)
        ui.notes_edit.setText(record.notes)

    def values(self) -> dict[str, object]:
        """The form's values by service field."""
        ui = self.ui
        return {"channel": ui.channel_combo.currentData(), "title": ui.title_edit.text(), "link": ui.link_edit.text(),
                "published_on": from_qdate(ui.published_edit.date()) if ui.published_check.isChecked() else None,
                "college_id": ui.college_combo.currentData(), "activity_id": ui.activity_combo.currentData(),
                "notes": ui.notes_edit.text()}

    def add(self, values: dict[str, object]) -> PublicityRecord:
        """Add the item."""
        return publicity.add_item(self._db, self._edition_id, values)

    def update(self, record_id: int, values: dict[str, object]) -> PublicityRecord:
        """Change the item."""
        return publicity.update_item(self._db, record_id, values)
