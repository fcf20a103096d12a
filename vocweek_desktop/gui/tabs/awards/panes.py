"""The rubric (评分标准) and judges (评委) lists of the 评奖打分 tab, on the shared list-editing pane."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QHeaderView, QLineEdit, QStyledItemDelegate, QWidget

from vocweek_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from vocweek_desktop.gui.models.awards_models import CriteriaModel, JudgesModel
from vocweek_desktop.gui.widgets.list_pane import FitRowsOnResize, ListPane
from vocweek_desktop.services import award_judges, award_rubric, awards
from vocweek_desktop.services.awards import CriterionRecord, JudgeRecord

if TYPE_CHECKING:  # the forms load when first opened
    from vocweek_desktop.gui.dialogs.award_dialogs import CriterionDialog, JudgeDialog

_RESIZE = QHeaderView.ResizeMode


def _delete_one(pane: ListPane, delete, record) -> tuple[list[int], list[str]]:
    try:
        delete(pane.db, record.id)
    except (ConflictError, NotFoundError, ValidationError) as exc:
        return [], [exc.message]
    return [record.id], []


class CriteriaPane(ListPane):
    """The rubric: 序号, name, points, description; refused while the result is locked (the service says why)."""

    noun = "评分标准"
    list_name = "评分标准"
    commands = ("add", "edit", "delete", "up", "down", "copy")
    history_entity = "criterion"
    #: The result is confirmed: the rubric cannot change (only viewed and copied).
    locked = False

    def __init__(self, parent: QWidget | None = None):
        super().__init__(CriteriaModel(), parent)
        header = self.view.horizontalHeader()
        for column, mode in enumerate((_RESIZE.ResizeToContents, _RESIZE.ResizeToContents,
                                       _RESIZE.ResizeToContents, _RESIZE.Stretch)):
            header.setSectionResizeMode(column, mode)
        self.view.setWordWrap(True)
        self.view.verticalHeader().hide()  # 序号 is the first column
        self._row_fitter = FitRowsOnResize(self.view)

    def update_actions(self, *_args) -> None:
        """As the selection allows; nothing that changes the rubric while the result is locked."""
        super().update_actions()
        if self.locked:
            for name in ("add", "edit", "delete", "up", "down"):
                self.command_actions[name].setEnabled(False)
                self.buttons[name].setEnabled(False)
                self.buttons[name].setToolTip(self.tr("评奖结果已确认并锁定，不能修改评分标准"))

    def load(self) -> list[CriterionRecord]:
        """The rubric in order."""
        return awards.list_criteria(self.db, self.edition_id)

    def create_dialog(self, record_id: int | None) -> CriterionDialog:
        """The criterion form."""
        from vocweek_desktop.gui.dialogs.award_dialogs import CriterionDialog

        return CriterionDialog(self.db, self.edition_id, record_id, self)

    def delete_question(self, records: list[CriterionRecord]) -> str:
        """确定删除… (its scores go with it)."""
        return self.tr("确定删除评分标准“{0}”吗？各评委在这一项上的评分也会一并删除。").format(records[0].name)

    def delete_records(self, records: list[CriterionRecord]) -> tuple[list[int], list[str]]:
        """Delete the one selected criterion."""
        return _delete_one(self, award_rubric.delete_criterion, records[0])

    def move_record(self, record: CriterionRecord, offset: int) -> None:
        """Move a criterion (its 序号 in the tie-break order moves with it)."""
        award_rubric.move_criterion(self.db, record.id, offset)


class JudgesPane(ListPane):
    """The judges: name, unit, the college they abstain from."""

    noun = "评委"
    list_name = "评委"
    commands = ("add", "edit", "delete", "up", "down", "copy")
    history_entity = "judge"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(JudgesModel(), parent)
        header = self.view.horizontalHeader()
        for column, mode in enumerate((_RESIZE.ResizeToContents, _RESIZE.Stretch, _RESIZE.ResizeToContents)):
            header.setSectionResizeMode(column, mode)

    def load(self) -> list[JudgeRecord]:
        """The judges in order."""
        return award_judges.list_judges(self.db, self.edition_id)

    def create_dialog(self, record_id: int | None) -> JudgeDialog:
        """The judge form."""
        from vocweek_desktop.gui.dialogs.award_dialogs import JudgeDialog

        return JudgeDialog(self.db, self.edition_id, record_id, self)

    def delete_question(self, records: list[JudgeRecord]) -> str:
        """确定删除… (the judge's score sheet goes with them)."""
        return self.tr("确定删除评委“{0}”吗？该评委的评分也会一并删除。").format(records[0].name)

    def delete_records(self, records: list[JudgeRecord]) -> tuple[list[int], list[str]]:
        """Delete the one selected judge."""
        return _delete_one(self, award_judges.delete_judge, records[0])

    def move_record(self, record: JudgeRecord, offset: int) -> None:
        """Move a judge."""
        award_judges.move_judge(self.db, record.id, offset)


class PointsDelegate(QStyledItemDelegate):
    """Edits a score as text that can only be a number with at most a half (27, 27.5): the service checks the
    range and says why when it refuses."""

    PATTERN = QRegularExpression(r"^(\d{0,4}(\.[05]?)?)?$")

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt's name
        """A line edit that accepts digits and .5 only."""
        editor = QLineEdit(parent)
        editor.setValidator(QRegularExpressionValidator(self.PATTERN, editor))
        editor.setPlaceholderText(self.tr("留空即清除"))
        return editor

    def setEditorData(self, editor, index):  # noqa: N802 - Qt's name
        """The score as shown."""
        editor.setText(str(index.data() or ""))

    def setModelData(self, editor, model, index):  # noqa: N802 - Qt's name
        """The text typed (the model's commit saves it through the service)."""
        model.setData(index, editor.text())
