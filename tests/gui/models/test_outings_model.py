"""The requests' table model (columns, tints by state, sorting, search, notes) and the list of people edited in place."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from tests.services.outing_data import outing_in
from vocweek_desktop.domain import outings as rules
from vocweek_desktop.gui.models.outings_model import STATE_COLORS, OutingsModel, ParticipantsModel
from vocweek_desktop.services import colleges, outings


def texts(model, row):
    return [model.index(row, column).data() for column in range(model.columnCount())]


def test_requests_show_their_fields_tinted_by_state_and_sort_by_state_order(qtbot, db, edition):
    ed = edition.id
    smart = colleges.add_college(db, ed, {"name": "智能制造学院"})
    auto = colleges.add_college(db, ed, {"name": "汽车工程学院"})
    outing_in(db, ed, auto.id, rules.COMPLETED)
    outing_in(db, ed, smart.id, rules.SUBMITTED, papers=["活动方案"], transport="租用车辆",
              vehicle_plate="川A·1", vehicle_company="某公司", driver="赵师傅",
              departure=dt.datetime(2024, 5, 17, 7, 30), return_at=dt.datetime(2024, 5, 18, 18, 0))
    model = OutingsModel()
    model.set_rows(outings.list_outings(db, ed))
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "编号", "状态", "学院", "活动名称", "目的地", "出发 – 返回", "人数", "带队教师", "提示"]
    assert texts(model, 0) == ["WC-2024-001", "已完成", "汽车工程学院", "新能源汽车维修进社区", "十陵街道社区",
                               "5月15日 08:00–17:30", "3", "王强", ""]
    assert texts(model, 1)[5:] == ["5月17日 07:30–5月18日 18:00", "3", "王强",
                                   "缺：安全应急预案、安全承诺书、学生名单、车辆合同"]
    for row, state in ((0, "已完成"), (1, "已提交")):
        assert model.index(row, 3).data(Qt.ItemDataRole.BackgroundRole).color().name() == STATE_COLORS[state][1]
    assert "缺少必备材料" in model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, 6).data(Qt.ItemDataRole.ToolTipRole) == "教师 1 人，学生 2 人"
    model.sort(model.column_of("state"))
    assert [texts(model, row)[1] for row in range(2)] == ["已提交", "已完成"]  # the states' own order
    model.set_search("智能")
    assert model.rowCount() == 1 and texts(model, 0)[2] == "智能制造学院"


def test_people_are_edited_in_place_and_counted(qtbot):
    model = ParticipantsModel()
    changes = []
    model.people_changed.connect(lambda: changes.append(model.counts()))
    model.set_people([{"name": "王强", "role": "教师"}, {"name": "李雷", "role": "学生", "unit": "汽修2201"}])
    refused = []
    model.edit_refused.connect(refused.append)
    assert model.setData(model.index(1, 1), "老师") and model.counts() == (2, 0)
    assert not model.setData(model.index(1, 1), "家长") and refused == ["身份“家长”无效，应为 教师 或 学生"]
    assert model.setData(model.index(0, 3), " 13800138000 ")
    assert model.people()[0] == {"name": "王强", "role": "教师", "unit": "", "phone": "13800138000"}
    model.remove_rows([0])
    assert [p["name"] for p in model.people()] == ["李雷"] and changes[-1] == (1, 0)
