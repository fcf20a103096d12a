"""活动周设置 (an edition's settings) and 新建年度 (a new edition from the defaults or copied forward)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.errors import ConflictError, ValidationError, VocWeekError
from vocweek_desktop.gui.dialogs.record_dialog import set_marked
from vocweek_desktop.gui.forms.ui_edition_dialog import Ui_EditionDialog
from vocweek_desktop.gui.forms.ui_new_edition_dialog import Ui_NewEditionDialog
from vocweek_desktop.services import editions, organisation
from vocweek_desktop.store.engine import Database

#: The style sheet draws a widget whose value a rule refused (record_dialog.set_marked) red.
INVALID_STYLE = (
    '*[invalid="true"] { border: 1px solid #c62828; border-radius: 2px; }'
    # A styled border makes spin boxes draw their own buttons: keep room for them, or the arrows vanish.
    ' QAbstractSpinBox[invalid="true"] { padding-right: 18px; }'
    ' QAbstractSpinBox[invalid="true"]::up-button, QAbstractSpinBox[invalid="true"]::down-button { width: 16px; }'
)
ERROR_LABEL_STYLE = "QLabel { color: #b71c1c; background: #fdecea; border: 1px solid #f1b0ab; padding: 6px; }"
HINT_LABEL_STYLE = "QLabel { color: palette(placeholder-text); }"
INVALID_CELL_COLOR = QColor("#f8d7da")

CONTACT_COLUMNS = ("name", "phone", "email")


def _chinese_locale() -> QLocale:
    """The interface is Chinese: weekdays in the date editors read 周一, not Mon."""
    return QLocale(QLocale.Language.Chinese, QLocale.Country.China)


def _show_messages(label: QLabel, messages: list[str]) -> None:
    label.setText("\n".join(f"• {text}" for text in messages))
    label.setVisible(bool(messages))


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _qtime(value: dt.time) -> QTime:
    return QTime(value.hour, value.minute, value.second)


def _qdatetime(value: dt.datetime) -> QDateTime:
    return QDateTime(_qdate(value.date()), _qtime(value.time()))


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def _pytime(value: QTime) -> dt.time:
    return dt.time(value.hour(), value.minute())


def _pydatetime(value: QDateTime) -> dt.datetime:
    return dt.datetime.combine(_pydate(value.date()), _pytime(value.time()))


class EditionDialog(QDialog):
    """活动周设置: every setting of one edition and its contact people; OK saves them through ``update_edition``.

    A refused value keeps the dialog open, marks the widget and lists the messages; nothing is saved.
    Raises NotFoundError (from the service) when ``edition_id`` does not exist.
    """

    def __init__(self, db: Database, edition_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_EditionDialog()
        self.ui.setupUi(self)
        self._db = db
        self._edition_id = edition_id
        #: The edition as last loaded or saved.
        self.record: editions.EditionRecord = editions.get_edition(db, edition_id)
        self._contact_rows: list[int] = []
        self._tooltips: dict[QWidget, str] = {}
        ui = self.ui
        self._widgets: dict[str, QWidget] = {
            "year": ui.yearSpin, "title": ui.titleEdit, "theme": ui.themeEdit, "doc_number": ui.docNumberEdit,
            "school_name": ui.schoolNameEdit, "office_name": ui.officeNameEdit,
            "award_name": ui.awardNameEdit, "award_quota": ui.awardQuotaSpin,
            "week_start": ui.weekStartEdit, "week_end": ui.weekEndEdit,
            "showcase_date": ui.showcaseDateEdit, "showcase_start": ui.showcaseStartEdit,
            "showcase_end": ui.showcaseEndEdit, "showcase_venue": ui.showcaseVenueEdit,
            "registration_deadline": ui.registrationDeadlineEdit, "report_deadline": ui.reportDeadlineEdit,
            "contacts": ui.contactsTable,
        }
        # Each optional value has a 待定 box that leaves it unset; the box disables its editors.
        self._unset_boxes = {
            ui.showcaseDateUnsetCheck: (ui.showcaseDateEdit,),
            ui.showcaseTimeUnsetCheck: (ui.showcaseStartEdit, ui.showcaseToLabel, ui.showcaseEndEdit),
            ui.registrationDeadlineUnsetCheck: (ui.registrationDeadlineEdit,),
            ui.reportDeadlineUnsetCheck: (ui.reportDeadlineEdit,),
        }
        self._set_up_widgets()
        self._load(self.record)

    # ----------------------------------------------------------------------------------------- set-up

    def _set_up_widgets(self) -> None:
        ui = self.ui
        self.setStyleSheet(INVALID_STYLE)
        for widget, sample in ((ui.weekStartEdit, "2024-05-12 周日"), (ui.weekEndEdit, "2024-05-18 周日"),
                               (ui.showcaseDateEdit, "2024-05-13 周日"),
                               (ui.registrationDeadlineEdit, "2024-05-10 周日 18:00"),
                               (ui.reportDeadlineEdit, "2024-05-23 周日 23:59")):
            widget.setLocale(_chinese_locale())
            # The size hint is worked out before the Chinese weekday is known: leave room for it and the arrow.
            widget.setMinimumWidth(widget.fontMetrics().horizontalAdvance(sample) + 44)
        ui.errorLabel.setStyleSheet(ERROR_LABEL_STYLE)
        ui.errorLabel.hide()
        ui.weekInfoLabel.setStyleSheet(HINT_LABEL_STYLE)
        for box in self._unset_boxes:
            box.toggled.connect(self._sync_unset_boxes)
        ui.weekStartEdit.dateChanged.connect(self._update_week_info)
        ui.weekEndEdit.dateChanged.connect(self._update_week_info)

        table = ui.contactsTable
        table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(0, 140)
        table.setColumnWidth(1, 220)
        table.setMinimumHeight(110)
        table.itemSelectionChanged.connect(self._update_contact_buttons)
        ui.addContactButton.clicked.connect(self.add_contact_row)
        ui.removeContactButton.clicked.connect(self.remove_selected_contacts)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("保存"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self._update_contact_buttons()

    def _load(self, record: editions.EditionRecord) -> None:
        ui = self.ui
        self.setWindowTitle(self.tr("活动周设置 — {year}年度").format(year=record.year))
        ui.yearSpin.setValue(record.year)
        ui.titleEdit.setText(record.title)
        ui.themeEdit.setText(record.theme)
        ui.docNumberEdit.setText(record.doc_number)
        ui.schoolNameEdit.setText(record.school_name)
        ui.officeNameEdit.setText(record.office_name)
        ui.awardNameEdit.setText(record.award_name)
        ui.awardQuotaSpin.setValue(record.award_quota)
        ui.weekStartEdit.setDate(_qdate(record.week_start))
        ui.weekEndEdit.setDate(_qdate(record.week_end))
        ui.showcaseVenueEdit.setText(record.showcase_venue)

        ui.showcaseDateEdit.setDate(_qdate(record.showcase_date or record.week_start))
        ui.showcaseDateUnsetCheck.setChecked(record.showcase_date is None)
        ui.showcaseStartEdit.setTime(_qtime(record.showcase_start or dt.time(9, 0)))
        ui.showcaseEndEdit.setTime(_qtime(record.showcase_end or dt.time(17, 0)))
        ui.showcaseTimeUnsetCheck.setChecked(record.showcase_start is None and record.showcase_end is None)
        registration = record.registration_deadline or dt.datetime.combine(
            record.week_start - dt.timedelta(days=2), dt.time(18, 0))
        ui.registrationDeadlineEdit.setDateTime(_qdatetime(registration))
        ui.registrationDeadlineUnsetCheck.setChecked(record.registration_deadline is None)
        report = record.report_deadline or dt.datetime.combine(
            record.week_end + dt.timedelta(days=5), dt.time(23, 59, 59))
        ui.reportDeadlineEdit.setDateTime(_qdatetime(report))
        ui.reportDeadlineUnsetCheck.setChecked(record.report_deadline is None)
        self._sync_unset_boxes()

        table = ui.contactsTable
        table.setRowCount(0)
        for contact in record.contacts:
            self.add_contact_row(contact.name, contact.phone, contact.email, edit=False)
        self._update_week_info()

    def _sync_unset_boxes(self) -> None:
        for box, editors in self._unset_boxes.items():
            for widget in editors:
                widget.setDisabled(box.isChecked())

    # ----------------------------------------------------------------------------------------- contacts

    def add_contact_row(self, name: str = "", phone: str = "", email: str = "", *, edit: bool = True) -> int:
        """Append a contact row (empty by default) and return its index; a new empty row is opened for typing."""
        table = self.ui.contactsTable
        row = table.rowCount()
        table.insertRow(row)
        for column, text in enumerate((name, phone, email)):
            table.setItem(row, column, QTableWidgetItem(text))
        if edit:
            table.setCurrentCell(row, 0)
            table.editItem(table.item(row, 0))
        return row

    def remove_selected_contacts(self) -> None:
        """Remove every selected contact row (or the current one when nothing is selected)."""
        table = self.ui.contactsTable
        rows = {index.row() for index in table.selectionModel().selectedRows()}
        if not rows and table.currentRow() >= 0:
            rows = {table.currentRow()}
        for row in sorted(rows, reverse=True):
            table.removeRow(row)
        self._update_contact_buttons()

    def _update_contact_buttons(self) -> None:
        table = self.ui.contactsTable
        self.ui.removeContactButton.setEnabled(bool(table.selectionModel().selectedRows()))

    def _contacts(self) -> list[dict[str, str]]:
        """The table's contacts, skipping rows left entirely blank; remembers which row each came from."""
        table = self.ui.contactsTable
        contacts: list[dict[str, str]] = []
        self._contact_rows = []
        for row in range(table.rowCount()):
            texts = [(table.item(row, column).text() if table.item(row, column) else "").strip()
                     for column in range(len(CONTACT_COLUMNS))]
            if not any(texts):
                continue
            contacts.append(dict(zip(CONTACT_COLUMNS, texts, strict=True)))
            self._contact_rows.append(row)
        return contacts

    # ----------------------------------------------------------------------------------------- values

    def _update_week_info(self) -> None:
        days = self.ui.weekStartEdit.date().daysTo(self.ui.weekEndEdit.date()) + 1
        self.ui.weekInfoLabel.setText(self.tr("共 {days} 天").format(days=days) if days > 0
                                      else self.tr("末日早于首日"))

    def _deadline(self, edit, unset_box, original: dt.datetime | None) -> dt.datetime | None:
        if unset_box.isChecked():
            return None
        value = _pydatetime(edit.dateTime())
        # The editor shows minutes; an untouched 23:59:59 ("end of the day") must not lose its seconds.
        if original is not None and original.replace(second=0, microsecond=0) == value:
            return original
        return value

    def values(self) -> dict[str, object]:
        """The settings as the form holds them, in the shape ``update_edition`` takes."""
        ui = self.ui
        times_unset = ui.showcaseTimeUnsetCheck.isChecked()
        return {
            "year": ui.yearSpin.value(),
            "title": ui.titleEdit.text(),
            "theme": ui.themeEdit.text(),
            "doc_number": ui.docNumberEdit.text(),
            "week_start": _pydate(ui.weekStartEdit.date()),
            "week_end": _pydate(ui.weekEndEdit.date()),
            "showcase_date": None if ui.showcaseDateUnsetCheck.isChecked() else _pydate(ui.showcaseDateEdit.date()),
            "showcase_start": None if times_unset else _pytime(ui.showcaseStartEdit.time()),
            "showcase_end": None if times_unset else _pytime(ui.showcaseEndEdit.time()),
            "showcase_venue": ui.showcaseVenueEdit.text(),
            "registration_deadline": self._deadline(ui.registrationDeadlineEdit, ui.registrationDeadlineUnsetCheck,
                                                    self.record.registration_deadline),
            "report_deadline": self._deadline(ui.reportDeadlineEdit, ui.reportDeadlineUnsetCheck,
                                              self.record.report_deadline),
            "award_name": ui.awardNameEdit.text(),
            "award_quota": ui.awardQuotaSpin.value(),
            "school_name": ui.schoolNameEdit.text(),
            "office_name": ui.officeNameEdit.text(),
            "contacts": self._contacts(),
        }

    # ----------------------------------------------------------------------------------------- errors

    def _clear_errors(self) -> None:
        for widget, tooltip in self._tooltips.items():
            widget.setToolTip(tooltip)
            set_marked(widget, False)
        self._tooltips.clear()
        table = self.ui.contactsTable
        for row in range(table.rowCount()):
            for column in range(table.columnCount()):
                item = table.item(row, column)
                if item is not None:
                    item.setData(Qt.ItemDataRole.BackgroundRole, None)
                    item.setToolTip("")
        _show_messages(self.ui.errorLabel, [])

    def _mark(self, widget: QWidget, text: str) -> None:
        if widget not in self._tooltips:
            self._tooltips[widget] = widget.toolTip()
            widget.setToolTip(text)
        else:
            widget.setToolTip(f"{widget.toolTip()}\n{text}")
        set_marked(widget, True)

    def _mark_contact(self, key: str, text: str) -> None:
        """Colour the cell named by ``contacts.<index>.<field>``."""
        _, index, field = (key.split(".") + ["", ""])[:3]
        table = self.ui.contactsTable
        self._mark(table, text)
        if not index.isdigit() or int(index) >= len(self._contact_rows) or field not in CONTACT_COLUMNS:
            return
        item = table.item(self._contact_rows[int(index)], CONTACT_COLUMNS.index(field))
        if item is not None:
            item.setBackground(INVALID_CELL_COLOR)
            item.setToolTip(text)

    def show_errors(self, errors: dict[str, str]) -> None:
        """Mark the widget of each refused field and list the messages in the dialog."""
        self._clear_errors()
        first: QWidget | None = None
        for field, text in errors.items():
            if field.startswith("contacts."):
                self._mark_contact(field, text)
                widget = self.ui.contactsTable
            else:
                widget = self._widgets.get(field)
                if widget is not None:
                    self._mark(widget, text)
            first = first or widget
        _show_messages(self.ui.errorLabel, list(errors.values()))
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        """Save through ``update_edition``; on a refused value keep the dialog open and save nothing."""
        values = self.values()
        try:
            self.record = editions.update_edition(self._db, self._edition_id, values)
        except ValidationError as exc:
            self.show_errors(exc.fields)
            return
        except ConflictError as exc:
            self.show_errors({"year": exc.message})
            return
        except VocWeekError as exc:
            self.show_errors({"": exc.message})
            return
        self._clear_errors()
        super().accept()


class NewEditionDialog(QDialog):
    """新建年度: a new edition from the notice's defaults or copied from an existing edition.

    After it is accepted, ``created_edition_id`` holds the new edition's id and ``summary_text`` what was created.
    """

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_NewEditionDialog()
        self.ui.setupUi(self)
        self._db = db
        self.created_edition_id: int | None = None
        self.summary_text = ""
        ui = self.ui
        self.setStyleSheet(INVALID_STYLE)
        ui.errorLabel.setStyleSheet(ERROR_LABEL_STYLE)
        ui.errorLabel.hide()
        for hint in (ui.defaultsHint, ui.copyHint):
            hint.setStyleSheet(HINT_LABEL_STYLE)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("创建"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))

        self._existing = editions.list_editions(db)
        for summary in self._existing:
            ui.sourceCombo.addItem(self.tr("{year}年度（{title}）").format(year=summary.year, title=summary.title),
                                   summary.id)
        if self._existing:
            ui.yearSpin.setValue(self._existing[0].year + 1)
            ui.copyRadio.setChecked(True)
        else:
            ui.yearSpin.setValue(QDate.currentDate().year())
            ui.defaultsRadio.setChecked(True)
            ui.copyRadio.setEnabled(False)
            ui.copyHint.setText(self.tr("还没有可复制的年度。"))
        ui.copyRadio.toggled.connect(self._update_source)
        ui.yearSpin.valueChanged.connect(self._check_year)
        self._update_source()
        self._check_year()

    def _update_source(self) -> None:
        copying = self.ui.copyRadio.isChecked()
        self.ui.sourceCombo.setEnabled(copying)
        self.ui.copyHint.setEnabled(copying)
        self.ui.defaultsHint.setEnabled(not copying)

    def _show_error(self, text: str) -> None:
        set_marked(self.ui.yearSpin, bool(text))
        self.ui.yearSpin.setToolTip(text)
        _show_messages(self.ui.errorLabel, [text] if text else [])

    def _check_year(self) -> None:
        """Say at once when the chosen year already exists (the service refuses it too)."""
        year = self.ui.yearSpin.value()
        taken = any(summary.year == year for summary in self._existing)
        self._show_error(msg.DUPLICATE_EDITION.format(year=year) if taken else "")

    def accept(self) -> None:
        """Create the edition; on success show what was created and close, otherwise say why and stay open."""
        ui = self.ui
        year = ui.yearSpin.value()
        try:
            if ui.copyRadio.isChecked():
                copied = editions.copy_edition(self._db, ui.sourceCombo.currentData(), year)
                edition_id = copied.edition_id
                text = self.tr("已创建{year}年度：复制了 {colleges} 个学院、{departments} 个部门、"
                               "{leadership} 位领导小组成员、{contacts} 位联系人。"
                               "日期已移到{year}年，请在“活动周设置”中核对。").format(
                    year=year, colleges=copied.colleges, departments=copied.departments,
                    leadership=copied.leadership, contacts=copied.contacts)
            else:
                record = editions.create_from_defaults(self._db, year)
                edition_id = record.id
                departments = len(organisation.list_departments(self._db, edition_id))
                leadership = len(organisation.list_leadership(self._db, edition_id))
                text = self.tr("已创建{year}年度（通知默认值）：{departments} 个部门、{leadership} 位领导小组成员、"
                               "{contacts} 位联系人。请在“活动周设置”中核对日期，在“学院”页添加学院。").format(
                    year=year, departments=departments, leadership=leadership, contacts=len(record.contacts))
        except (ConflictError, ValidationError) as exc:
            self._show_error(exc.message)
            return
        except VocWeekError as exc:
            _show_messages(ui.errorLabel, [exc.message])
            return
        self.created_edition_id = edition_id
        self.summary_text = text
        QMessageBox.information(self, self.tr("新建年度"), text)
        super().accept()
