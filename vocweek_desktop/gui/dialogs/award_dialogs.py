"""Dialogs of the 评奖打分 tab: a criterion, a judge, the rows behind an indicator, and choosing among colleges tied
across the quota line."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vocweek_desktop.domain.scoring import points_text
from vocweek_desktop.gui.dialogs.record_dialog import ListRecordDialog
from vocweek_desktop.gui.forms.ui_criterion_dialog import Ui_CriterionDialog
from vocweek_desktop.gui.forms.ui_judge_dialog import Ui_JudgeDialog
from vocweek_desktop.services import award_judges, award_rubric, awards, colleges
from vocweek_desktop.services.award_indicators import IndicatorRows
from vocweek_desktop.services.awards import CriterionRecord, JudgeRecord
from vocweek_desktop.store.engine import Database


class CriterionDialog(ListRecordDialog):
    """Add (``criterion_id`` None) or edit a criterion of the rubric: name, points, description."""

    def __init__(self, db: Database, edition_id: int, criterion_id: int | None = None, parent=None):
        super().__init__(db, edition_id, criterion_id, parent)
        self.ui = Ui_CriterionDialog()
        self.ui.setupUi(self)
        self.setup_form(self.ui)
        if criterion_id is None:
            self.setWindowTitle(self.tr("新增评分标准"))
            return
        record = next((c for c in awards.list_criteria(db, edition_id) if c.id == criterion_id), None)
        self.setWindowTitle(self.tr("编辑评分标准"))
        if record is not None:
            self.ui.name_edit.setText(record.name)
            self.ui.max_points_edit.setText(points_text(record.max_points))
            self.ui.description_edit.setPlainText(record.description)

    def field_widgets(self) -> dict[str, QWidget]:
        """Service field name → widget."""
        return {"name": self.ui.name_edit, "max_points": self.ui.max_points_edit,
                "description": self.ui.description_edit}

    def values(self) -> dict[str, object]:
        """The form's values."""
        return {"name": self.ui.name_edit.text(), "max_points": self.ui.max_points_edit.text().strip() or None,
                "description": self.ui.description_edit.toPlainText()}

    def add(self, values: dict[str, object]) -> CriterionRecord:
        """Append the criterion."""
        return award_rubric.add_criterion(self._db, self._edition_id, values)

    def update(self, record_id: int, values: dict[str, object]) -> CriterionRecord:
        """Change the criterion."""
        return award_rubric.update_criterion(self._db, record_id, values)


class JudgeDialog(ListRecordDialog):
    """Add (``judge_id`` None) or edit a judge: name, unit, the college they are from (they abstain from it)."""

    def __init__(self, db: Database, edition_id: int, judge_id: int | None = None, parent=None):
        super().__init__(db, edition_id, judge_id, parent)
        self.ui = Ui_JudgeDialog()
        self.ui.setupUi(self)
        self.ui.college_combo.addItem(self.tr("（不来自任何学院）"), None)
        for college in colleges.list_colleges(db, edition_id):
            self.ui.college_combo.addItem(college.name, college.id)
        self.setup_form(self.ui)
        if judge_id is None:
            self.setWindowTitle(self.tr("新增评委"))
            return
        self.setWindowTitle(self.tr("编辑评委"))
        record = next((j for j in award_judges.list_judges(db, edition_id) if j.id == judge_id), None)
        if record is not None:
            self.ui.name_edit.setText(record.name)
            self.ui.unit_edit.setText(record.unit)
            self.ui.college_combo.setCurrentIndex(max(0, self.ui.college_combo.findData(record.college_id)))

    def field_widgets(self) -> dict[str, QWidget]:
        """Service field name → widget."""
        return {"name": self.ui.name_edit, "unit": self.ui.unit_edit, "college_id": self.ui.college_combo}

    def values(self) -> dict[str, object]:
        """The form's values."""
        return {"name": self.ui.name_edit.text(), "unit": self.ui.unit_edit.text(),
                "college_id": self.ui.college_combo.currentData()}

    def add(self, values: dict[str, object]) -> JudgeRecord:
        """Add the judge."""
        return award_judges.add_judge(self._db, self._edition_id, values)

    def update(self, record_id: int, values: dict[str, object]) -> JudgeRecord:
        """Change the judge."""
        return award_judges.update_judge(self._db, record_id, values)


class IndicatorRowsDialog(QDialog):
    """Where an indicator's number comes from: the sentence that says so and the rows behind it."""

    def __init__(self, rows: IndicatorRows, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(rows.title)
        self.resize(720, 420)
        layout = QVBoxLayout(self)
        self.source_label = QLabel(rows.source)
        self.source_label.setWordWrap(True)
        layout.addWidget(self.source_label)
        self.table = QTableWidget(len(rows.rows), len(rows.header))
        self.table.setHorizontalHeaderLabels(list(rows.header))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        for r, values in enumerate(rows.rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                item.setToolTip(str(value))
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        if not rows.rows:
            self.table.hide()
            empty = QLabel(self.tr("没有记录：这个数字是 0。"))
            layout.addWidget(empty)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class TieChoiceDialog(QDialog):
    """The colleges sharing a rank across the quota line: the office ticks exactly the number of places left."""

    def __init__(self, names: Sequence[tuple[int, str]], places: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.places = places
        self.setWindowTitle(self.tr("名额线上有并列"))
        layout = QVBoxLayout(self)
        text = QLabel(self.tr("以下学院名次相同，跨越了获奖名额线。按规则名额线以后不作建议，"
                              "请选定其中 {0} 个学院：").format(places))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.boxes: list[tuple[int, QCheckBox]] = []
        for college_id, name in names:
            box = QCheckBox(name)
            box.toggled.connect(self._update)
            layout.addWidget(box)
            self.boxes.append((college_id, box))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确认结果并锁定"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update()

    def chosen(self) -> list[str]:
        """The names ticked."""
        return [box.text() for _id, box in self.boxes if box.isChecked()]

    def _update(self, *_args) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(len(self.chosen()) == self.places)
