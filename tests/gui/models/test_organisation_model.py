"""The duty-table and leadership models: section 一 of the notice as the 学院 tab lists it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from vocweek_desktop.gui.models.organisation_model import DepartmentsModel, LeadershipModel
from vocweek_desktop.services import editions, organisation


def test_duty_table_names_the_need_routed_to_each_unit(qtbot, demo_db):
    edition_id = editions.list_editions(demo_db)[0].id
    model = DepartmentsModel()
    model.set_rows(organisation.list_departments(demo_db, edition_id))
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == ["部门", "职责", "负责人", "承接活动需求"]
    routed = {model.index(row, 0).data(): model.index(row, 3).data() for row in range(model.rowCount())}
    assert routed["后勤处"] == "用电" and routed["信息中心"] == "信息设备" and routed["教务处"] == "无"
    duty = model.index(2, 1)
    assert duty.data(Qt.ItemDataRole.ToolTipRole) == duty.data()  # a long duty can be read whole
    assert model.headerData(0, Qt.Orientation.Vertical) == "1"


def test_leadership_lists_role_and_name(qtbot, demo_db):
    edition_id = editions.list_editions(demo_db)[0].id
    model = LeadershipModel()
    model.set_rows(organisation.list_leadership(demo_db, edition_id))
    assert [model.index(0, c).data() for c in range(2)] == ["组长", "栾好利"]
    assert model.record(1).role == "副组长"
