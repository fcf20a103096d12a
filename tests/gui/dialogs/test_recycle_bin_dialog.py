"""回收站: the edition's deleted activities listed, restored, purged and emptied as a user does it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.activity_data import add
from tests.gui.widget_input import click_header, click_row, column_texts
from vocweek_desktop.domain.errors import NotFoundError
from vocweek_desktop.gui.dialogs.recycle_bin_dialog import RecycleBinDialog
from vocweek_desktop.gui.tabs.activities_tab import ActivitiesTab
from vocweek_desktop.services import activities, activity_bin
from vocweek_desktop.services.activities import ActivityFilter


def _open(qtbot, db, ed, parent=None) -> RecycleBinDialog:
    dialog = RecycleBinDialog(db, ed, parent)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _titles(dialog: RecycleBinDialog) -> list[str]:
    return column_texts(dialog.ui.table_view, dialog.model.column_of("title"))


def test_the_bin_lists_the_latest_deletion_first_and_sorts_by_any_column(qtbot, demo_db, ed):
    first = add(demo_db, ed, title="乙先删", first_date=dt.date(2024, 5, 14))
    second = add(demo_db, ed, title="甲后删", venue="体育馆", first_date=dt.date(2024, 6, 1))
    activity_bin.delete_activities(demo_db, [first.id])
    activity_bin.delete_activities(demo_db, [second.id])
    dialog = _open(qtbot, demo_db, ed)
    view = dialog.ui.table_view
    headers = [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(dialog.model.columnCount())]
    assert headers == ["删除时间", "活动名称", "组织单位", "活动日期", "活动地点", "来源"]
    assert _titles(dialog) == ["甲后删", "乙先删"]
    row = {header: dialog.model.index(0, column).data() for column, header in enumerate(headers)}
    assert row["活动地点"] == "体育馆" and row["活动日期"] == "6月1日（周六）" and row["来源"] == "手工录入"
    assert row["组织单位"] == "智能制造学院（示例）" and row["删除时间"].startswith(str(dt.date.today().year))

    click_header(qtbot, view, dialog.model.column_of("title"))  # pinyin: 甲 (jia) before 乙 (yi)
    titles = _titles(dialog)
    if view.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder:
        titles.reverse()
    assert titles == ["甲后删", "乙先删"]
    assert dialog.ui.count_label.text() == "回收站中共 2 条"


def test_restore_the_selected_activity(qtbot, demo_db, ed):
    one, two = add(demo_db, ed, title="一"), add(demo_db, ed, title="二")
    activity_bin.delete_activities(demo_db, [one.id, two.id])
    tab = ActivitiesTab()
    qtbot.addWidget(tab)
    tab.set_context(demo_db, ed)
    dialog = _open(qtbot, demo_db, ed, tab)
    dialog.changed.connect(tab.after_change)
    assert dialog.model.rowCount() == 2 and dialog.ui.count_label.text() == "回收站中共 2 条"
    assert not dialog.ui.restore_button.isEnabled() and not dialog.ui.purge_button.isEnabled()
    click_row(qtbot, dialog.ui.table_view, _titles(dialog).index("二"))
    assert dialog.ui.restore_button.isEnabled()
    dialog.ui.restore_button.click()
    assert _titles(dialog) == ["一"]
    assert [tab.model.index(r, tab.model.column_of("title")).data() for r in range(tab.model.rowCount())] == ["二"]
    assert activities.get_activity(demo_db, two.id).values["deleted_at"] is None


def test_purge_the_selected_activity_after_asking(qtbot, demo_db, ed, answers):
    one, two = add(demo_db, ed, title="一"), add(demo_db, ed, title="二")
    activity_bin.delete_activities(demo_db, [one.id, two.id])
    dialog = _open(qtbot, demo_db, ed)
    click_row(qtbot, dialog.ui.table_view, _titles(dialog).index("一"))
    answers["reply"] = [QMessageBox.StandardButton.No]
    dialog.ui.purge_button.click()
    assert "1 条" in answers["question"][-1][1] and dialog.model.rowCount() == 2
    answers["reply"] = [QMessageBox.StandardButton.Yes]
    dialog.ui.purge_button.click()
    assert _titles(dialog) == ["二"]
    binned = activities.fetch_activities(demo_db, ed, ActivityFilter(deleted=True))
    assert [row.id for row in binned] == [two.id]
    with pytest.raises(NotFoundError):
        activities.get_activity(demo_db, one.id)


def test_empty_bin_asks_first(qtbot, demo_db, ed, answers):
    one = add(demo_db, ed, title="一")
    activity_bin.delete_activities(demo_db, [one.id])
    dialog = _open(qtbot, demo_db, ed)
    answers["reply"] = [QMessageBox.StandardButton.No]
    dialog.ui.empty_button.click()
    assert "1 条" in answers["question"][-1][1] and dialog.model.rowCount() == 1
    answers["reply"] = [QMessageBox.StandardButton.Yes]
    dialog.ui.empty_button.click()
    assert dialog.model.rowCount() == 0 and dialog.ui.count_label.text() == "回收站是空的"
    assert not dialog.ui.empty_button.isEnabled()
    assert activities.count_activities(demo_db, ed, ActivityFilter(deleted=True)) == 0
