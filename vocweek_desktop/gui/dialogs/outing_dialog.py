"""新建 / 编辑外出申请: every field of a request, its list of people (typed, edited in place, pasted from Excel or read
from an Excel file) and
the papers handed in; saved through services.outings. A new request is saved as a draft, or saved and filed at
once (保存并提交); editing an approved request sends it back to 已提交 — the form says so before saving."""

from __future__ import annotations

import datetime as dt
from functools import partial
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, Qt, QTime
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QWidget,
)

from vocweek_desktop.domain import outings as rules
from vocweek_desktop.domain.dates import format_datetime
from vocweek_desktop.domain.errors import NothingToImport, VocWeekError
from vocweek_desktop.gui.dialogs.record_dialog import RecordDialog, clear_mark
from vocweek_desktop.gui.forms.ui_outing_dialog import Ui_OutingDialog
from vocweek_desktop.gui.models.outings_model import ParticipantsModel, state_color
from vocweek_desktop.services import colleges, editions, outings, outings_workbook
from vocweek_desktop.services.outings import OutingRecord
from vocweek_desktop.store.engine import Database

#: Text fields: service field → line edit.
TEXT_FIELDS = {"title": "title_edit", "destination": "destination_edit", "address": "address_edit",
               "lead_teacher": "lead_teacher_edit", "lead_phone": "lead_phone_edit",
               "vehicle_plate": "vehicle_plate_edit", "vehicle_company": "vehicle_company_edit", "driver": "driver_edit",
               "insurer": "insurer_edit", "policy_number": "policy_number_edit",
               "emergency_contact": "emergency_contact_edit", "emergency_phone": "emergency_phone_edit"}
VEHICLE_FIELDS = ("vehicle_plate", "vehicle_company", "driver")
INSURANCE_FIELDS = ("insurer", "policy_number")


def _qdatetime(value: dt.datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


class _PasteKeys(QObject):
    """Ctrl+V in the list of people pastes rows copied from Excel; Delete removes the selected people."""

    def __init__(self, dialog: OutingDialog):
        super().__init__(dialog)
        self._dialog = dialog
        dialog.ui.people_view.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        """Take the two keys before the view does (it would edit or ignore them)."""
        if event.type() not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        view = self._dialog.ui.people_view
        if view.state() == QAbstractItemView.State.EditingState:
            return False
        paste = event.matches(QKeySequence.StandardKey.Paste)
        delete = event.key() == Qt.Key.Key_Delete and not event.modifiers()
        if not (paste or delete):
            return False
        if event.type() == QEvent.Type.KeyPress:
            self._dialog.paste_people() if paste else self._dialog.remove_people()
        else:
            event.accept()
        return True


class OutingDialog(RecordDialog):
    """Add a request to ``edition_id`` (``outing_id`` None) or edit one; bad input is marked and nothing is saved.

    ``preset`` fills a new request: ``college_id``, ``activity_id``. A withdrawn or completed request is shown
    read-only. After acceptance ``record`` is the saved OutingRecord and ``warnings`` what filing it warned of.
    """

    conflict_field = ""

    def __init__(self, db: Database, edition_id: int, outing_id: int | None = None, parent=None, *,
                 preset: dict[str, object] | None = None):
        super().__init__(parent)
        self.ui = Ui_OutingDialog()
        self.ui.setupUi(self)
        self._db, self._edition_id, self._outing_id = db, edition_id, outing_id
        self._submit = False
        self._follow_counts = True
        self.warnings: tuple[str, ...] = ()
        self.current: OutingRecord | None = outings.get_outing(db, outing_id) if outing_id is not None else None
        edition = editions.get_edition(db, edition_id)
        self._week_start = edition.week_start
        self.people = ParticipantsModel(self)
        self._setup()
        self.setup_form(self.ui)
        self._connect()
        if self.current is None:
            self.setWindowTitle(self.tr("新建外出申请"))
            self._set_new(preset or {})
        else:
            self.setWindowTitle(self.tr("外出申请 {0} — {1}").format(self.current.number, self.current.title))
            self.set_values(self.current)
        self._update_vehicle()
        self._update_insurance()
        self._update_header()
        self.ui.title_edit.setFocus()

    # ------------------------------------------------------------------------------------------ set-up

    def _setup(self) -> None:
        ui = self.ui
        ui.college_combo.addItem(self.tr("（请选择）"), None)
        for college in colleges.list_colleges(self._db, self._edition_id):
            ui.college_combo.addItem(college.name, college.id)
        ui.transport_combo.addItem(self.tr("（请选择）"), None)
        for transport in rules.TRANSPORTS:
            ui.transport_combo.addItem(transport, transport)
        _lead_days, self._required = outings.office_rules(self._db, self._edition_id)
        self.paper_checks: dict[str, QCheckBox] = {paper: getattr(ui, f"paper_{index}_check")
                                                   for index, paper in enumerate(rules.PAPERS)}
        ui.papers_hint_label.setText(self.tr("* 批准前必须交齐；租用车辆时另须车辆合同。"))
        ui.right_layout.setStretch(0, 1)  # the list of people takes the height; papers and notes what they need
        ui.left_layout.setStretch(2, 1)
        for edit in (ui.departure_edit, ui.return_edit):
            edit.setMinimumDate(QDate(2000, 1, 1))
            edit.setMaximumDate(QDate(2100, 12, 31))
        view = ui.people_view
        view.setModel(self.people)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        char = view.fontMetrics().horizontalAdvance("中")
        for column, spec in enumerate(self.people.columns()):
            view.setColumnWidth(column, int((spec.width or 6) * char) + 16)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        self._keys = _PasteKeys(self)
        self.submit_button = QPushButton(self.tr("保存并提交"), self)
        self.submit_button.setToolTip(self.tr("保存并直接提交审批（须填写完整）"))
        ui.button_box.addButton(self.submit_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.setMinimumSize(980, 640)

    def _connect(self) -> None:
        ui = self.ui
        ui.college_combo.currentIndexChanged.connect(self._on_college_changed)
        ui.activity_combo.currentIndexChanged.connect(self._on_activity_changed)
        ui.transport_combo.currentIndexChanged.connect(self._update_vehicle)
        ui.insured_check.toggled.connect(self._update_insurance)
        ui.add_person_button.clicked.connect(self.add_person)
        ui.remove_person_button.clicked.connect(self.remove_people)
        ui.paste_people_button.clicked.connect(lambda: self.paste_people())
        ui.import_people_button.clicked.connect(lambda: self.import_people())
        self.people.people_changed.connect(self._on_people_changed)
        self.people.edit_refused.connect(lambda text: QMessageBox.warning(self, self.tr("参与人员"), text))
        ui.teacher_count_spin.valueChanged.connect(self._on_count_typed)
        ui.student_count_spin.valueChanged.connect(self._on_count_typed)
        self.submit_button.clicked.connect(self.save_and_submit)
        for widget in (ui.departure_edit, ui.return_edit):
            widget.dateTimeChanged.connect(lambda *_, w=widget: clear_mark(w))
        for widget in (ui.teacher_count_spin, ui.student_count_spin):
            widget.valueChanged.connect(lambda *_, w=widget: clear_mark(w))
        self.people.people_changed.connect(lambda: clear_mark(ui.people_view))
        for check in self.paper_checks.values():
            check.toggled.connect(lambda *_: clear_mark(ui.papers_group))

    def field_widgets(self) -> dict[str, QWidget]:
        """Service field name → the widget that edits it."""
        ui = self.ui
        widgets: dict[str, QWidget] = {field: getattr(ui, name) for field, name in TEXT_FIELDS.items()}
        widgets |= {"college_id": ui.college_combo, "activity_id": ui.activity_combo, "departure": ui.departure_edit,
                    "return_at": ui.return_edit, "teacher_count": ui.teacher_count_spin,
                    "student_count": ui.student_count_spin, "participants": ui.people_view,
                    "transport": ui.transport_combo, "insured": ui.insured_check, "safety_plan": ui.safety_plan_edit,
                    "papers": ui.papers_group, "notes": ui.notes_edit}
        return widgets

    # ------------------------------------------------------------------------------------------ values

    def _set_new(self, preset: dict[str, object]) -> None:
        ui = self.ui
        ui.college_combo.setCurrentIndex(max(ui.college_combo.findData(preset.get("college_id")), 0)
                                         if preset.get("college_id") else 0)
        self._on_college_changed()
        if preset.get("activity_id"):
            ui.activity_combo.setCurrentIndex(max(ui.activity_combo.findData(preset["activity_id"]), 0))
        start = dt.datetime.combine(self._week_start, dt.time(8, 0))
        ui.departure_edit.setDateTime(_qdatetime(start))
        ui.return_edit.setDateTime(_qdatetime(start.replace(hour=17, minute=30)))
        self.people.set_people([])

    def set_values(self, record: OutingRecord) -> None:
        """Show an existing request (read-only once it is withdrawn or completed)."""
        ui = self.ui
        ui.college_combo.setCurrentIndex(max(ui.college_combo.findData(record.college_id), 0))
        self._on_college_changed()
        ui.activity_combo.setCurrentIndex(max(ui.activity_combo.findData(record.activity_id), 0))
        for field, name in TEXT_FIELDS.items():
            getattr(ui, name).setText(getattr(record, field) or "")
        for edit, value in ((ui.departure_edit, record.departure), (ui.return_edit, record.return_at)):
            if value is not None:
                edit.setDateTime(_qdatetime(value))
        ui.transport_combo.setCurrentIndex(max(ui.transport_combo.findData(record.transport), 0))
        ui.insured_check.setChecked(record.insured)
        ui.safety_plan_edit.setPlainText(record.safety_plan)
        ui.notes_edit.setPlainText(record.notes)
        for paper, check in self.paper_checks.items():
            check.setChecked(paper in record.papers)
        self.people.set_people([person.as_dict() for person in record.participants])
        listed = self.people.counts()
        given = (record.teacher_count, record.student_count)
        self._set_counts(tuple(value if value is not None else 0 for value in given))
        self._follow_counts = given == listed or given == (None, None)
        if not record.editable:
            self._read_only()

    def _read_only(self) -> None:
        ui = self.ui
        for widget in (ui.basic_group, ui.transport_group, ui.safety_group, ui.papers_group, ui.notes_group):
            widget.setEnabled(False)
        for widget in (ui.add_person_button, ui.remove_person_button, ui.paste_people_button,
                       ui.import_people_button, ui.teacher_count_spin, ui.student_count_spin):
            widget.setEnabled(False)
        ui.people_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        ui.button_box.button(QDialogButtonBox.StandardButton.Save).hide()
        self.submit_button.hide()
        ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("关闭"))

    def values(self) -> dict[str, object]:
        """The form's values as the service takes them."""
        ui = self.ui
        values: dict[str, object] = {field: getattr(ui, name).text() for field, name in TEXT_FIELDS.items()}
        values |= {
            "college_id": ui.college_combo.currentData(), "activity_id": ui.activity_combo.currentData(),
            "departure": ui.departure_edit.dateTime().toPython().replace(second=0, microsecond=0),
            "return_at": ui.return_edit.dateTime().toPython().replace(second=0, microsecond=0),
            "teacher_count": ui.teacher_count_spin.value(), "student_count": ui.student_count_spin.value(),
            "participants": self.people.people(), "transport": ui.transport_combo.currentData(),
            "insured": ui.insured_check.isChecked(), "safety_plan": ui.safety_plan_edit.toPlainText(),
            "notes": ui.notes_edit.toPlainText(),
            "papers": [paper for paper, check in self.paper_checks.items() if check.isChecked()],
        }
        return values

    def save(self) -> OutingRecord:
        """Add (as a draft, or filed with 保存并提交) or update the request; raises the services' errors."""
        values = self.values()
        if self._outing_id is None:
            result = outings.create_outing(self._db, self._edition_id, values, submit=self._submit)
            self._outing_id, self.warnings = result.record.id, result.warnings
            return result.record
        record = outings.update_outing(self._db, self._outing_id, values, submit=self._submit)
        self.warnings = (record.lead_warning,) if self._submit and record.lead_warning else ()
        return record

    def save_and_submit(self) -> None:
        """保存并提交."""
        self._submit = True
        try:
            self.accept()
        finally:
            self._submit = False

    # ------------------------------------------------------------------------------------------ reactions

    def _on_college_changed(self, *_args) -> None:
        combo = self.ui.activity_combo
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("（不关联活动）"), None)
        college_id = self.ui.college_combo.currentData()
        if college_id is not None:
            for choice in outings.activities_for(self._db, self._edition_id, college_id):
                where = self.tr("校外") if choice.off_campus else self.tr("校内")
                combo.addItem(self.tr("{0}（{1}，{2}月{3}日）").format(choice.title, where, choice.first_date.month,
                                                                  choice.first_date.day), choice.id)
        combo.setCurrentIndex(max(combo.findData(keep), 0))
        combo.blockSignals(False)

    def _on_activity_changed(self, *_args) -> None:
        """Choosing the activity names the request after it when it has no name yet."""
        if self.ui.title_edit.text().strip() or self.ui.activity_combo.currentData() is None:
            return
        text = self.ui.activity_combo.currentText()
        self.ui.title_edit.setText(text.rsplit("（", 1)[0])

    def _update_vehicle(self, *_args) -> None:
        transport = self.ui.transport_combo.currentData()
        for field in VEHICLE_FIELDS:
            getattr(self.ui, TEXT_FIELDS[field]).setEnabled(transport == rules.HIRED_VEHICLE)
        required = rules.required_papers(self._required, transport)
        for paper, check in self.paper_checks.items():
            check.setText(f"*{paper}" if paper in required else paper)

    def _update_insurance(self, *_args) -> None:
        insured = self.ui.insured_check.isChecked()
        for field in INSURANCE_FIELDS:
            getattr(self.ui, TEXT_FIELDS[field]).setEnabled(insured)

    def _update_header(self) -> None:
        record = self.current
        if record is None:
            text = self.tr("新申请保存为草稿（可以不完整）；“保存并提交”则直接提交审批，须填写完整。")
        else:
            color = state_color(record.state)
            text = self.tr("编号 <b>{0}</b>　当前状态：<b style='color:{1}'>{2}</b>").format(record.number, color,
                                                                                    record.state)
            if record.source_kind == "import":
                text += self.tr("　来源：导入“{0}”，收到于 {1}").format(record.source_file,
                                                                   format_datetime(record.received_at))
            if record.state == rules.APPROVED:
                text += self.tr("<br><span style='color:#b3541e'>这份申请已批准：保存修改后将退回“已提交”，需要重新审批。"
                                "</span>")
            elif not record.editable:
                text += self.tr("<br>这份申请已经结束，只能查看。")
        self.ui.header_label.setText(text)
        self.submit_button.setVisible(record is None or record.state in (rules.DRAFT, rules.RETURNED))

    def _set_counts(self, counts: tuple[int, int]) -> None:
        for spin, value in zip((self.ui.teacher_count_spin, self.ui.student_count_spin), counts, strict=True):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)

    def _on_people_changed(self) -> None:
        teachers, students = self.people.counts()
        if self._follow_counts:
            self._set_counts((teachers, students))
        self.ui.people_summary_label.setText(self.tr("名单：教师 {0} 人，学生 {1} 人").format(teachers, students))

    def _on_count_typed(self, *_args) -> None:
        counts = (self.ui.teacher_count_spin.value(), self.ui.student_count_spin.value())
        self._follow_counts = counts == self.people.counts()

    # ------------------------------------------------------------------------------------------ people

    def add_person(self) -> None:
        """添加一行: a new row at the end, its name cell open for typing."""
        row = self.people.append([{"name": "", "role": rules.STUDENT, "unit": "", "phone": ""}])
        index = self.people.index(row, 0)
        self.ui.people_view.setCurrentIndex(index)
        self.ui.people_view.edit(index)

    def remove_people(self) -> None:
        """删除所选."""
        rows = sorted({index.row() for index in self.ui.people_view.selectionModel().selectedRows()}
                      or ({self.ui.people_view.currentIndex().row()} - {-1}))
        if rows:
            self.people.remove_rows(rows)

    def paste_people(self, text: str | None = None) -> int:
        """从 Excel 粘贴: rows copied from Excel are checked (services.outings_workbook) and added at the end, or, when
        any row is wrong, none is and the problems are listed. Returns how many were added."""
        if text is None:
            text = QApplication.clipboard().text()
        try:
            people, problems = outings_workbook.people_from_text(text)
        except NothingToImport as error:
            QMessageBox.warning(self, self.tr("粘贴参与人员"), str(error))
            return 0
        if problems:
            self._refuse_people(self.tr("粘贴参与人员"), self.tr("粘贴的内容有问题，没有加入名单："), problems)
            return 0
        self.people.append(people)
        return len(people)

    def import_people(self, path: str | Path | None = None) -> int:
        """从 Excel 文件导入…: the people of an Excel list (read off the GUI thread by services.outings_workbook), added
        at the end, or, when any row is wrong, none and the problems listed by cell. A list without a 身份 column is
        of students, and the user is told so. Returns how many were added."""
        from vocweek_desktop.gui import settings
        from vocweek_desktop.gui.workers import run_with_progress

        title = self.tr("从 Excel 文件导入参与人员")
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self, title, settings.last_folder() or str(Path.home()),
                                                  self.tr("Excel 工作簿 (*.xlsx *.xlsm *.xls);;所有文件 (*)"))
            if not name:
                return 0
            settings.remember_folder(name)
            path = name
        path = Path(path)
        outcome = run_with_progress(self, title, self.tr("正在读取“{0}”…").format(path.name),
                                    partial(outings_workbook.people_from_workbook, path))
        if outcome.cancelled:
            return 0
        if outcome.error is not None:
            if not isinstance(outcome.error, VocWeekError):
                raise outcome.error
            QMessageBox.warning(self, title, str(outcome.error))
            return 0
        found = outcome.result
        if found.problems:
            self._refuse_people(title, self.tr("“{0}”中的名单有问题，没有加入：").format(path.name), found.problems)
            return 0
        self.people.append(found.people)
        if not found.roles_given:
            QMessageBox.information(self, title, self.tr(
                "已从“{0}”加入 {1} 人。文件中没有“身份”一列，都记为学生；其中的教师请在“身份”一列改为教师。").format(
                path.name, len(found.people)))
        return len(found.people)

    def _refuse_people(self, title: str, heading: str, problems: list[str]) -> None:
        shown = problems[:12] + ([self.tr("……另有 {0} 条").format(len(problems) - 12)] if len(problems) > 12 else [])
        QMessageBox.warning(self, title, heading + "\n" + "\n".join(shown))
