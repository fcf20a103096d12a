"""The recycle-bin model: deleted activities as plain records, dates of the edition's year without the year."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from tests.activity_data import add, edition_id
from vocweek_desktop.gui.models.recycle_bin_model import RecycleBinModel
from vocweek_desktop.services import activity_bin


def test_bin_rows_show_the_deletion_time_and_the_day(qtbot, demo_db):
    ed = edition_id(demo_db)
    this_year = add(demo_db, ed, title="今年", first_date=dt.date(2024, 5, 14))
    other_year = add(demo_db, ed, title="明年", first_date=dt.date(2025, 5, 14))
    activity_bin.delete_activities(demo_db, [this_year.id, other_year.id])
    model = RecycleBinModel()
    model.set_year(2024)
    model.set_rows(activity_bin.list_binned(demo_db, ed))
    model.sort(model.column_of("title"))  # pinyin: 今年 (jin) before 明年 (ming)
    days = [model.index(row, model.column_of("first_date")).data() for row in range(2)]
    assert days == ["5月14日（周二）", "2025年5月14日（周三）"]
    deleted = model.index(0, model.column_of("deleted_at")).data()
    assert deleted == model.record(0).deleted_at.strftime("%Y-%m-%d %H:%M")
    assert model.headerData(0, Qt.Orientation.Horizontal) == "删除时间"
