"""Section 一 of the notice in the 学院 tab: the duty table (职责分工) and the leadership group (领导小组)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHeaderView, QPushButton, QWidget

from vocweek_desktop.domain.errors import ConflictError, NotFoundError
from vocweek_desktop.gui.models.organisation_model import DepartmentsModel, LeadershipModel
from vocweek_desktop.gui.widgets.list_pane import FitRowsOnResize, ListPane
from vocweek_desktop.services import organisation
from vocweek_desktop.services.organisation import DepartmentRecord, MemberRecord

if TYPE_CHECKING:  # the forms load when first opened, not at start-up
    from vocweek_desktop.gui.dialogs.organisation_dialogs import DepartmentDialog, MemberDialog

_RESIZE = QHeaderView.ResizeMode


class _OrganisationPane(ListPane):
    """A short list of section 一 whose text wraps: rows grow to show it whole."""

    commands = ("add", "edit", "delete", "up", "down")

    def __init__(self, model, parent: QWidget | None, resize_modes: tuple[QHeaderView.ResizeMode, ...]):
        super().__init__(model, parent)
        header = self.view.horizontalHeader()
        for column, mode in enumerate(resize_modes):
            header.setSectionResizeMode(column, mode)
        self.view.setWordWrap(True)
        self.view.setStyleSheet("QTableView::item { padding: 2px 4px; }")
        self._row_fitter = FitRowsOnResize(self.view)

    def _delete_one(self, delete, record) -> tuple[list[int], list[str]]:
        try:
            delete(self.db, record.id)
        except (ConflictError, NotFoundError) as exc:
            return [], [exc.message]
        return [record.id], []


class DepartmentsPane(_OrganisationPane):
    """The duty table: unit, duty, head and the activity need routed to it; 打印组织机构表… beside it."""

    noun = "部门"
    list_name = "职责分工"
    history_entity = "department"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(DepartmentsModel(), parent,
                         (_RESIZE.ResizeToContents, _RESIZE.Stretch, _RESIZE.ResizeToContents, _RESIZE.ResizeToContents))

    def trailing_widgets(self) -> list[QWidget]:
        """打印组织机构表… (the tab prints; the button sits with the duty table it prints)."""
        self.print_button = QPushButton(self.tr("打印组织机构表…"), self)
        self.print_button.setToolTip(self.tr("把领导小组和职责分工（通知第一部分）写成 PDF，含学校名称和活动周标题"))
        return [self.print_button]

    def update_actions(self, *_args) -> None:
        """Commands as the selection allows; printing needs an edition."""
        super().update_actions()
        self.print_button.setEnabled(self.has_context)

    def load(self) -> list[DepartmentRecord]:
        """The duty table in order."""
        return organisation.list_departments(self.db, self.edition_id)

    def create_dialog(self, record_id: int | None) -> DepartmentDialog:
        """The department form."""
        from vocweek_desktop.gui.dialogs.organisation_dialogs import DepartmentDialog

        return DepartmentDialog(self.db, self.edition_id, record_id, self)

    def delete_question(self, records: list[DepartmentRecord]) -> str:
        """确定从职责分工中删除…."""
        return self.tr("确定从职责分工中删除“{name}”吗？").format(name=records[0].name)

    def delete_records(self, records: list[DepartmentRecord]) -> tuple[list[int], list[str]]:
        """Delete the one selected row."""
        return self._delete_one(organisation.delete_department, records[0])

    def move_record(self, record: DepartmentRecord, offset: int) -> None:
        """Move a row of the duty table."""
        organisation.move_row(self.db, "department", record.id, offset)


class LeadershipPane(_OrganisationPane):
    """The leadership group: role and name or description."""

    noun = "领导小组成员"
    list_name = "领导小组"
    history_entity = "member"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(LeadershipModel(), parent, (_RESIZE.ResizeToContents, _RESIZE.Stretch))

    def load(self) -> list[MemberRecord]:
        """The leadership group in order."""
        return organisation.list_leadership(self.db, self.edition_id)

    def create_dialog(self, record_id: int | None) -> MemberDialog:
        """The member form."""
        from vocweek_desktop.gui.dialogs.organisation_dialogs import MemberDialog

        return MemberDialog(self.db, self.edition_id, record_id, self)

    def delete_question(self, records: list[MemberRecord]) -> str:
        """确定从领导小组中删除…."""
        return self.tr("确定从领导小组中删除“{role} {name}”吗？").format(role=records[0].role, name=records[0].name)

    def delete_records(self, records: list[MemberRecord]) -> tuple[list[int], list[str]]:
        """Delete the one selected member."""
        return self._delete_one(organisation.delete_member, records[0])

    def move_record(self, record: MemberRecord, offset: int) -> None:
        """Move a member of the group."""
        organisation.move_row(self.db, "member", record.id, offset)
