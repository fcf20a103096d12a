"""Table models of section 一 of the notice: the duty table (departments) and the leadership group."""

from __future__ import annotations

from vocweek_desktop.domain.notice_defaults import NEED_LABELS
from vocweek_desktop.gui.models.records_model import Column, RecordsModel


class DepartmentsModel(RecordsModel):
    """The duty table: unit, duty, head, and which activity need is routed to it."""

    def build_columns(self) -> list[Column]:
        """部门, 职责, 负责人, 承接活动需求."""
        none = self.tr("无")
        return [Column("name", self.tr("部门")), Column("duty", self.tr("职责")), Column("head", self.tr("负责人")),
                Column("need_key", self.tr("承接活动需求"),
                       text=lambda key: none if key is None else NEED_LABELS.get(key, key))]


class LeadershipModel(RecordsModel):
    """The leadership group: role (组长 / 副组长 / 成员) and name or description."""

    def build_columns(self) -> list[Column]:
        """职务, 姓名或说明."""
        return [Column("role", self.tr("职务")), Column("name", self.tr("姓名或说明"))]
