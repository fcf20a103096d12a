"""新增 / 编辑活动: a form for every field of an activity, saved through services.activities."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTime
from PySide6.QtWidgets import QSizePolicy, QTimeEdit, QWidget

from vocweek_desktop.domain.activities import CATEGORIES, FORMS, NEEDS, STATUSES, THEME_DAYS
from vocweek_desktop.gui.dialogs.record_dialog import RecordDialog, clear_mark
from vocweek_desktop.gui.forms.ui_activity_dialog import Ui_ActivityDialog
from vocweek_desktop.gui.models.activities_model import format_day, organiser_key, organiser_of
from vocweek_desktop.services import activities, editions
from vocweek_desktop.services.activities import ActivityRecord
from vocweek_desktop.store.engine import Database

#: Text fields: service field → line edit name.
TEXT_FIELDS = {"title": "title_edit", "venue": "venue_edit", "audience": "audience_edit",
               "person_in_charge": "person_edit", "phone": "phone_edit", "enterprises": "enterprises_edit"}
COUNT_FIELDS = ("expected_teachers", "expected_students", "expected_public",
                "actual_teachers", "actual_students", "actual_public")
EMPTY_TIME = QTime(0, 0)  # the time editors' minimum, shown as 未填


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


class _TabLeavesEmptyTime(QObject):
    """Tab and Shift+Tab move on from a time editor that shows 未填: QDateTimeEdit swallows both keys while its
    special value text is shown, which trapped the keyboard in 开始时间 of a new activity."""

    def __init__(self, dialog: ActivityDialog, edits: tuple[QTimeEdit, ...]):
        super().__init__(dialog)
        self._dialog = dialog
        for edit in edits:
            edit.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        """Hand Tab / Shift+Tab to the dialog's focus chain while the editor is empty."""
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) \
                and isinstance(watched, QTimeEdit) and watched.time() == watched.minimumTime():
            forward = event.key() == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            self._dialog.focusNextPrevChild(forward)
            return True
        return False


class ActivityDialog(RecordDialog):
    """Add an activity to ``edition_id`` (``activity_id`` None) or edit one; bad input is marked, nothing saved.

    ``preset`` fills a new activity's form: ``organiser`` as (kind, id) and ``first_date``. After acceptance
    ``record`` is the saved ActivityRecord.
    """

    conflict_field = "title"

    def __init__(self, db: Database, edition_id: int, activity_id: int | None = None, parent=None, *,
                 preset: dict[str, object] | None = None):
        super().__init__(parent)
        self.ui = Ui_ActivityDialog()
        self.ui.setupUi(self)
        self._db, self._edition_id, self._activity_id = db, edition_id, activity_id
        edition = editions.get_edition(db, edition_id)
        self._year, self._week = edition.year, (edition.week_start, edition.week_end)
        self._previous_first: dt.date | None = None
        self._fill_choices()
        self.setup_form(self.ui)
        ui = self.ui
        ui.first_date_edit.dateChanged.connect(self._on_first_date_changed)
        ui.last_date_edit.dateChanged.connect(self._on_last_date_changed)
        if activity_id is None:
            self.setWindowTitle(self.tr("新增活动"))
            self._set_new(preset or {})
        else:
            record = activities.get_activity(db, activity_id)
            self.setWindowTitle(self.tr("编辑活动 — {0}").format(record.values.get("title", "")))
            self.set_values(record)
        self._update_week_label()
        ui.title_edit.setFocus()

    # ------------------------------------------------------------------------------------------ set-up

    def _fill_choices(self) -> None:
        ui = self.ui
        ui.organiser_combo.addItem(self.tr("（请选择）"), None)
        previous = None
        for organiser in activities.organisers(self._db, self._edition_id):
            if previous == "college" and organiser.kind == "department":
                ui.organiser_combo.insertSeparator(ui.organiser_combo.count())
            ui.organiser_combo.addItem(organiser.name, organiser_key((organiser.kind, organiser.id)))
            previous = organiser.kind
        for value in CATEGORIES:
            ui.category_combo.addItem(value, value)
        ui.theme_day_combo.addItem(self.tr("（无）"), None)
        for value in THEME_DAYS:
            ui.theme_day_combo.addItem(value, value)
        ui.campus_combo.addItem(self.tr("校内"), False)
        ui.campus_combo.addItem(self.tr("校外"), True)
        for value in FORMS:
            ui.form_combo.addItem(value, value)
        for value in STATUSES:
            ui.status_combo.addItem(value, value)
        for flag, (label, department) in NEEDS.items():
            getattr(ui, f"{flag}_check").setText(self.tr("{0}（{1}）").format(label, department))
        for combo in (ui.organiser_combo, ui.category_combo):
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, combo.sizePolicy().verticalPolicy())
        for edit in (ui.first_date_edit, ui.last_date_edit):
            edit.setMinimumDate(QDate(2000, 1, 1))
            edit.setMaximumDate(QDate(2100, 12, 31))
        for edit in (ui.start_time_edit, ui.end_time_edit):
            edit.setMinimumTime(EMPTY_TIME)
        # Clear a mark as soon as the marked widget is changed.
        for widget in (ui.first_date_edit, ui.last_date_edit):
            widget.dateChanged.connect(lambda *_, w=widget: clear_mark(w))
        for widget in (ui.start_time_edit, ui.end_time_edit):
            widget.timeChanged.connect(lambda *_, w=widget: clear_mark(w))
        self._time_keys = _TabLeavesEmptyTime(self, (ui.start_time_edit, ui.end_time_edit))

    def field_widgets(self) -> dict[str, QWidget]:
        """Service field name → the widget that edits it."""
        ui = self.ui
        widgets: dict[str, QWidget] = {
            "organiser": ui.organiser_combo, "category": ui.category_combo, "theme_day": ui.theme_day_combo,
            "first_date": ui.first_date_edit, "last_date": ui.last_date_edit, "start_time": ui.start_time_edit,
            "end_time": ui.end_time_edit, "off_campus": ui.campus_combo, "form": ui.form_combo,
            "status": ui.status_combo, "description": ui.description_edit,
        }
        widgets |= {field: getattr(ui, name) for field, name in TEXT_FIELDS.items()}
        widgets |= {field: getattr(ui, f"{field}_edit") for field in COUNT_FIELDS}
        widgets |= {flag: getattr(ui, f"{flag}_check") for flag in NEEDS}
        return widgets

    # ------------------------------------------------------------------------------------------ values

    def _set_new(self, preset: dict[str, object]) -> None:
        ui = self.ui
        organiser = preset.get("organiser")
        ui.organiser_combo.setCurrentIndex(max(ui.organiser_combo.findData(organiser_key(organiser)), 0)
                                           if organiser else 0)
        ui.category_combo.setCurrentIndex(ui.category_combo.findData("其他"))
        first = preset.get("first_date") or self._week[0]
        self._previous_first = first
        ui.first_date_edit.setDate(_qdate(first))
        ui.last_date_edit.setDate(_qdate(first))
        ui.start_time_edit.setTime(EMPTY_TIME)
        ui.end_time_edit.setTime(EMPTY_TIME)
        ui.form_combo.setCurrentIndex(ui.form_combo.findData("线下"))
        ui.status_combo.setCurrentIndex(ui.status_combo.findData("计划"))
        ui.source_label.setText(self.tr("来源：手工录入"))

    def set_values(self, record: ActivityRecord) -> None:
        """Show an existing activity."""
        ui, values = self.ui, record.values
        organiser = ("college", record.college_id) if record.college_id is not None \
            else ("department", record.department_id)
        ui.organiser_combo.setCurrentIndex(max(ui.organiser_combo.findData(organiser_key(organiser)), 0))
        for field, name in TEXT_FIELDS.items():
            value = values.get(field)
            if field == "enterprises":
                value = "、".join(value or [])
            getattr(ui, name).setText("" if value is None else str(value))
        for field in COUNT_FIELDS:
            value = values.get(field)
            getattr(ui, f"{field}_edit").setText("" if value is None else str(value))
        for combo, field in ((ui.category_combo, "category"), (ui.theme_day_combo, "theme_day"),
                             (ui.form_combo, "form"), (ui.status_combo, "status")):
            combo.setCurrentIndex(max(combo.findData(values.get(field)), 0))
        ui.campus_combo.setCurrentIndex(1 if values.get("off_campus") else 0)
        self._previous_first = values["first_date"]
        ui.first_date_edit.setDate(_qdate(values["first_date"]))
        ui.last_date_edit.setDate(_qdate(values.get("last_date") or values["first_date"]))
        for edit, field in ((ui.start_time_edit, "start_time"), (ui.end_time_edit, "end_time")):
            value = values.get(field)
            edit.setTime(QTime(value.hour, value.minute) if value is not None else EMPTY_TIME)
        for flag in NEEDS:
            getattr(ui, f"{flag}_check").setChecked(bool(values.get(flag)))
        ui.description_edit.setPlainText(values.get("description") or "")
        ui.source_label.setText(self._source_text(values))

    def _source_text(self, values: dict[str, object]) -> str:
        kind = values.get("source_kind")
        if kind == "import":
            text = self.tr("来源：导入 {0}").format(values.get("source_file") or "")
            if values.get("source_sheet"):
                text += self.tr("，工作表“{0}”").format(values["source_sheet"])
            if values.get("source_row"):
                text += self.tr("第 {0} 行").format(values["source_row"])
            if isinstance(values.get("received_at"), dt.datetime):
                text += self.tr("，收到于 {0}").format(values["received_at"].strftime("%Y-%m-%d %H:%M"))
            return text
        if kind == "paste":
            return self.tr("来源：从剪贴板粘贴")
        return self.tr("来源：手工录入")

    @staticmethod
    def _time(edit) -> dt.time | None:
        value = edit.time()
        return None if value == EMPTY_TIME else dt.time(value.hour(), value.minute())

    def values(self) -> dict[str, object]:
        """The form's values as the service takes them (counts as typed text: the service checks them)."""
        ui = self.ui
        organiser = organiser_of(ui.organiser_combo.currentData())
        values: dict[str, object] = {
            "college_id": organiser[1] if organiser and organiser[0] == "college" else None,
            "department_id": organiser[1] if organiser and organiser[0] == "department" else None,
            "category": ui.category_combo.currentData(),
            "theme_day": ui.theme_day_combo.currentData(),
            "first_date": ui.first_date_edit.date().toPython(),
            "last_date": ui.last_date_edit.date().toPython(),
            "start_time": self._time(ui.start_time_edit),
            "end_time": self._time(ui.end_time_edit),
            "off_campus": bool(ui.campus_combo.currentData()),
            "form": ui.form_combo.currentData(),
            "status": ui.status_combo.currentData(),
            "description": ui.description_edit.toPlainText(),
        }
        values |= {field: getattr(ui, name).text() for field, name in TEXT_FIELDS.items()}
        values |= {field: getattr(ui, f"{field}_edit").text() for field in COUNT_FIELDS}
        values |= {flag: getattr(ui, f"{flag}_check").isChecked() for flag in NEEDS}
        return values

    def save(self) -> ActivityRecord:
        """Add or update the activity (raises ValidationError naming the bad fields)."""
        values = self.values()
        if self._activity_id is None:
            return activities.add_activity(self._db, self._edition_id, values)
        return activities.update_activity(self._db, self._activity_id, values)

    # ------------------------------------------------------------------------------------------ dates

    def _on_first_date_changed(self, date: QDate) -> None:
        """Keep a one-day activity one day long, and never let the end fall before the start."""
        first = date.toPython()
        last = self.ui.last_date_edit.date().toPython()
        if self._previous_first is not None and (last == self._previous_first or last < first):
            self.ui.last_date_edit.setDate(date)
        self._previous_first = first
        self._update_week_label()

    def _on_last_date_changed(self, _date: QDate) -> None:
        self._update_week_label()

    def _update_week_label(self) -> None:
        first = self.ui.first_date_edit.date().toPython()
        last = self.ui.last_date_edit.date().toPython()
        start, end = self._week
        week = self.tr("活动周：{0} 至 {1}。").format(format_day(start), format_day(end))
        if first < start or last > end:
            self.ui.week_label.setText(week + self.tr("注意：日期不在活动周内，可以保存，但会在列表中标出。"))
            self.ui.week_label.setStyleSheet("color: #8a5a00;")
        else:
            self.ui.week_label.setText(week)
            self.ui.week_label.setStyleSheet("")
