"""The 活动报名 tab as a user drives it: windows read lazily, SQL sort, filters, search, edits, delete/undo/bin,
copy and paste."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QBrush, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QTimeEdit, QToolTip

from tests.activity_data import MONDAY, WEEK_START, add, bulk, college_ids, department_id
from tests.gui.widget_input import click_header, column_texts, context_entry, table_rows, type_text
from vocweek_desktop.gui.dialogs.activity_dialog import ActivityDialog
from vocweek_desktop.gui.dialogs.recycle_bin_dialog import RecycleBinDialog
from vocweek_desktop.gui.models.activities_model import OUTSIDE_WEEK_COLOR, ActivitiesModel
from vocweek_desktop.gui.tabs.activities_tab import ActivitiesTab
from vocweek_desktop.io.tsv import parse_tsv
from vocweek_desktop.services import activities, activity_bin
from vocweek_desktop.services.activities import COLUMN_KEYS, ActivityFilter


@pytest.fixture
def make_tab(qtbot, demo_db, ed):
    def make() -> ActivitiesTab:
        tab = ActivitiesTab()
        qtbot.addWidget(tab)
        tab.resize(1280, 800)
        tab.set_context(demo_db, ed)
        tab.show()
        qtbot.waitExposed(tab)
        tab.activateWindow()  # shortcuts (Ctrl+C, Ctrl+Z) only fire in the active window
        qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
        return tab
    return make


def _column(tab: ActivitiesTab, key: str) -> int:
    return tab.model.column_of(key)


def _cell(tab: ActivitiesTab, row: int, key: str, role=Qt.ItemDataRole.DisplayRole):
    return tab.model.index(row, _column(tab, key)).data(role)


def _titles(tab: ActivitiesTab) -> list[str]:
    return [_cell(tab, row, "title") for row in range(tab.model.rowCount())]


def _yes(monkeypatch, answer=QMessageBox.StandardButton.Yes) -> list[str]:
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return answer
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def _select(tab: ActivitiesTab, rows: list[int], columns: list[int] | None = None) -> None:
    from PySide6.QtCore import QItemSelection, QItemSelectionModel

    selection = QItemSelection()
    for row in rows:
        for column in (columns or [_column(tab, "title")]):
            index = tab.model.index(row, column)
            selection.select(index, index)
    tab.ui.table_view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)


# ---------------------------------------------------------------------------------------------- rows and windows

def test_the_model_shows_exactly_count_rows_after_fetching(make_tab, demo_db, ed):
    bulk(demo_db, ed, 1_234)
    tab = make_tab()
    assert tab.model.rowCount() == activities.count_activities(demo_db, ed) == 1_234
    ids = [tab.model.activity_id(row) for row in range(tab.model.rowCount())]
    assert None not in ids and len(set(ids)) == 1_234
    assert tab.ui.count_label.text() == "显示 1234 / 共 1234 条"


def test_refresh_picks_up_activities_added_elsewhere_and_a_new_edition_shows_its_own(make_tab, demo_db, ed):
    from vocweek_desktop.services import editions

    tab = make_tab()
    assert tab.model.rowCount() == 0
    add(demo_db, ed, title="别处新增")
    tab.refresh()
    assert _titles(tab) == ["别处新增"]
    assert tab.ui.count_label.text() == "显示 1 / 共 1 条"
    other = editions.create_from_defaults(demo_db, 2025)
    tab.set_context(demo_db, other.id)
    assert _titles(tab) == [] and tab.ui.day_combo.itemText(1).startswith("5月")
    assert tab.ui.organiser_combo.count() > 1  # the new edition's departments
    tab.set_context(None, None)
    assert tab.model.rowCount() == 0 and not tab.add_action.isEnabled()


def test_rows_are_read_in_windows_only_when_shown(make_tab, demo_db, ed, qtbot):
    bulk(demo_db, ed, 3_000)
    tab = make_tab()
    model = tab.model
    qtbot.waitUntil(lambda: bool(model.loaded_windows()))  # painted
    # The first paint read the first window only: 500 of 3,000 rows are in memory.
    assert model.loaded_windows() == [0]
    assert sum(len(model._windows[w]) for w in model.loaded_windows()) == ActivitiesModel.WINDOW < 3_000

    tab.ui.table_view.scrollToBottom()
    qtbot.waitUntil(lambda: 5 in model.loaded_windows())
    assert 2 not in model.loaded_windows() and 3 not in model.loaded_windows()
    last = activities.fetch_activities(demo_db, ed, offset=2_999, limit=1)[0]
    assert _cell(tab, 2_999, "title") == last.values[COLUMN_KEYS.index("title")]


def test_old_windows_are_dropped_beyond_the_cache(make_tab, demo_db, ed, monkeypatch):
    monkeypatch.setattr(ActivitiesModel, "MAX_WINDOWS", 2)
    bulk(demo_db, ed, 2_000)
    tab = make_tab()
    for row in (0, 700, 1_200, 1_900):
        assert tab.model.record(row) is not None
    assert tab.model.loaded_windows() == [2, 3]


def test_sorting_by_a_column_requeries_sql(make_tab, demo_db, ed, qtbot):
    bulk(demo_db, ed, 1_500)
    tab = make_tab()
    assert _cell(tab, 0, "first_date") == "5月12日（周日）"
    click_header(qtbot, tab.ui.table_view, _column(tab, "title"))
    qtbot.waitUntil(lambda: _cell(tab, 0, "title") == "活动00000")
    click_header(qtbot, tab.ui.table_view, _column(tab, "title"))
    qtbot.waitUntil(lambda: _cell(tab, 0, "title") == "活动01499")
    expected = activities.fetch_activities(demo_db, ed, sort_key="venue", descending=True, limit=3)
    tab.ui.table_view.sortByColumn(_column(tab, "venue"), Qt.SortOrder.DescendingOrder)
    assert [tab.model.activity_id(r) for r in range(3)] == [row.id for row in expected]


# ---------------------------------------------------------------------------------------------- display

def test_cells_show_dates_times_and_choices_in_chinese(make_tab, demo_db, ed):
    add(demo_db, ed, title="展示", first_date=MONDAY, last_date=MONDAY + dt.timedelta(days=2),
        start_time=dt.time(9, 5), end_time=None, off_campus=True, need_power=True, expected_students=200,
        enterprises=["四川某某科技有限公司", "成都某某公司"])
    tab = make_tab()
    assert _cell(tab, 0, "first_date") == "5月13日（周一）"
    assert _cell(tab, 0, "last_date") == "5月15日（周三）"
    assert _cell(tab, 0, "start_time") == "09:05"
    assert _cell(tab, 0, "end_time") == ""
    assert _cell(tab, 0, "off_campus") == "校外"
    assert _cell(tab, 0, "expected_students") == "200"
    assert _cell(tab, 0, "enterprises") == "四川某某科技有限公司、成都某某公司"
    assert _cell(tab, 0, "need_power", Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert _cell(tab, 0, "need_it", Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert "后勤处" in _cell(tab, 0, "need_power", Qt.ItemDataRole.ToolTipRole)
    assert _cell(tab, 0, "organiser") == "智能制造学院（示例）"


def test_a_row_outside_the_week_is_tinted_and_explained(make_tab, demo_db, ed):
    add(demo_db, ed, title="周内", first_date=MONDAY)
    add(demo_db, ed, title="周后", first_date=dt.date(2024, 5, 20))
    add(demo_db, ed, title="去年", first_date=dt.date(2023, 5, 15))
    tab = make_tab()
    assert _titles(tab) == ["去年", "周内", "周后"]
    assert _cell(tab, 0, "first_date") == "2023年5月15日（周一）"
    for row in (0, 2):
        brush = _cell(tab, row, "venue", Qt.ItemDataRole.BackgroundRole)
        assert isinstance(brush, QBrush) and brush.color() == OUTSIDE_WEEK_COLOR
        assert "日期不在活动周内" in _cell(tab, row, "title", Qt.ItemDataRole.ToolTipRole)
    assert _cell(tab, 1, "venue", Qt.ItemDataRole.BackgroundRole) is None
    assert "不在活动周" not in (_cell(tab, 1, "title", Qt.ItemDataRole.ToolTipRole) or "")


# ---------------------------------------------------------------------------------------------- filters

@pytest.fixture
def varied(demo_db, ed):
    """Four activities that differ in every filtered field."""
    colleges = college_ids(demo_db, ed)
    return {
        "a": add(demo_db, ed, colleges[0], title="甲", category="社会服务", theme_day="企业日", first_date=MONDAY,
                 off_campus=True, form="线上", status="已举办", venue="社区", enterprises=["四川某某科技有限公司"]),
        "b": add(demo_db, ed, colleges[1], title="乙", category="数字化展览", theme_day="学生日",
                 first_date=WEEK_START, last_date=MONDAY + dt.timedelta(days=1), form="线上+线下", person_in_charge="王芳"),
        "c": add(demo_db, ed, None, department_id=department_id(demo_db, ed, "学生处、团委"), title="丙",
                 category="校园开放", first_date=WEEK_START + dt.timedelta(days=4), status="取消"),
        "d": add(demo_db, ed, colleges[1], title="丁", category="其他", first_date=dt.date(2024, 5, 25)),
    }


def _choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


@pytest.mark.parametrize(("combo", "value", "expected"), [
    ("category_combo", "社会服务", ["甲"]),
    ("theme_day_combo", "学生日", ["乙"]),
    ("campus_combo", True, ["甲"]),
    ("campus_combo", False, ["乙", "丙", "丁"]),
    ("form_combo", "线上+线下", ["乙"]),
    ("status_combo", "取消", ["丙"]),
    ("day_combo", MONDAY.isoformat(), ["乙", "甲"]),  # 乙 runs from Sunday to Tuesday
    ("day_combo", "outside", ["丁"]),
])
def test_each_filter_shows_only_matching_rows(make_tab, varied, combo, value, expected):
    tab = make_tab()
    assert len(_titles(tab)) == 4
    _choose(getattr(tab.ui, combo), value)
    assert sorted(_titles(tab)) == sorted(expected)
    assert tab.ui.count_label.text() == f"显示 {len(expected)} / 共 4 条"


def test_organiser_filter_lists_colleges_then_departments(make_tab, varied, demo_db, ed):
    tab = make_tab()
    combo = tab.ui.organiser_combo
    names = [combo.itemText(i) for i in range(combo.count()) if combo.itemText(i)]
    assert names[0] == "全部" and names[1] == "智能制造学院（示例）"
    assert names.index("学生处、团委") > names.index("马克思主义学院（示例）")
    combo.setCurrentIndex(combo.findText("学生处、团委"))
    assert _titles(tab) == ["丙"]
    combo.setCurrentIndex(combo.findText("汽车工程学院（示例）"))
    assert sorted(_titles(tab)) == ["丁", "乙"]


def test_search_finds_enterprise_names_title_venue_and_person(make_tab, varied, qtbot):
    tab = make_tab()
    type_text(qtbot, tab.ui.search_edit, "某某科技")
    qtbot.waitUntil(lambda: _titles(tab) == ["甲"])
    assert tab.ui.count_label.text() == "显示 1 / 共 4 条"
    type_text(qtbot, tab.ui.search_edit, "王芳")
    qtbot.waitUntil(lambda: _titles(tab) == ["乙"])
    type_text(qtbot, tab.ui.search_edit, "社区")
    qtbot.waitUntil(lambda: _titles(tab) == ["甲"])
    type_text(qtbot, tab.ui.search_edit, "")
    qtbot.waitUntil(lambda: len(_titles(tab)) == 4)


def test_apply_filter_sets_the_widgets_and_the_rows(make_tab, varied, demo_db, ed):
    tab = make_tab()
    colleges = college_ids(demo_db, ed)
    seen = []
    tab.filter_changed.connect(seen.append)
    tab.apply_filter(ActivityFilter(organiser=("college", colleges[1]), day=MONDAY))
    assert tab.ui.organiser_combo.currentText() == "汽车工程学院（示例）"
    assert tab.ui.day_combo.currentText() == "5月13日（周一）"
    assert _titles(tab) == ["乙"]
    assert len(seen) == 1 and seen[0].organiser == ("college", colleges[1])

    tab.apply_filter(ActivityFilter(outside_week_only=True))
    assert tab.ui.organiser_combo.currentText() == "全部"
    assert tab.ui.day_combo.currentText() == "不在活动周内"
    assert _titles(tab) == ["丁"]

    tab.apply_filter(ActivityFilter(theme_day="企业日", search="甲"))
    assert tab.ui.theme_day_combo.currentText() == "企业日" and tab.ui.search_edit.text() == "甲"
    assert _titles(tab) == ["甲"]

    tab.ui.clear_filters_button.click()
    assert len(_titles(tab)) == 4 and tab.ui.search_edit.text() == ""


# ---------------------------------------------------------------------------------------------- 修改记录

def test_history_entry_opens_the_selected_activitys_changes(make_tab, demo_db, ed, history_dialogs):
    demo_db.operator = "张老师"
    record = add(demo_db, ed, title="数控加工技能展示")
    add(demo_db, ed, title="汽车美容公益服务")
    demo_db.operator = "李老师"
    activities.update_activity(demo_db, record.id, {"venue": "实训楼101"})
    tab = make_tab()
    entry = context_entry(tab.ui.table_view, "查看修改记录…")
    assert entry in tab.edit_actions()
    assert not entry.isEnabled()
    _select(tab, [0, 1])
    assert not entry.isEnabled()  # one activity at a time
    _select(tab, [_titles(tab).index("数控加工技能展示")])
    assert entry.isEnabled()

    entry.trigger()
    dialog, = history_dialogs
    assert dialog.parent() is tab
    assert dialog.windowTitle() == "修改记录 — 数控加工技能展示"
    view = dialog.ui.table_view
    assert column_texts(view, 1) == ["张老师", "李老师"]
    assert column_texts(view, 2) == ["新增", "修改"]
    assert column_texts(view, 3)[1] == "活动地点：东区科技广场 → 实训楼101"


# ---------------------------------------------------------------------------------------------- editing in place

def test_edit_in_place_writes_the_database(make_tab, demo_db, ed):
    record = add(demo_db, ed, title="旧名称")
    tab = make_tab()
    changed = []
    tab.data_changed.connect(lambda: changed.append(True))
    assert tab.model.setData(tab.model.index(0, _column(tab, "title")), "新名称")
    assert activities.get_activity(demo_db, record.id).values["title"] == "新名称"
    assert _cell(tab, 0, "title") == "新名称"
    assert changed
    tab.model.setData(tab.model.index(0, _column(tab, "need_media")), Qt.CheckState.Checked.value,
                      Qt.ItemDataRole.CheckStateRole)
    assert activities.get_activity(demo_db, record.id).values["need_media"] is True
    tab.model.setData(tab.model.index(0, _column(tab, "enterprises")), "甲公司、乙公司")
    assert activities.get_activity(demo_db, record.id).values["enterprises"] == ["甲公司", "乙公司"]


def test_end_time_before_start_is_refused_with_the_reason(make_tab, demo_db, ed, qtbot):
    record = add(demo_db, ed, start_time=dt.time(9, 30), end_time=dt.time(11, 30))
    tab = make_tab()
    messages = []
    tab.status_message.connect(messages.append)
    view = tab.ui.table_view
    index = tab.model.index(0, _column(tab, "end_time"))
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.viewport().findChild(QTimeEdit)
    assert editor is not None and editor.time() == QTime(11, 30)
    editor.setTime(QTime(8, 0))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any("未保存" in text for text in messages))
    assert any("未保存" in text and "结束时间（08:00）应晚于开始时间（09:30）" in text for text in messages)
    assert activities.get_activity(demo_db, record.id).values["end_time"] == dt.time(11, 30)
    assert _cell(tab, 0, "end_time") == "11:30"


def test_a_bad_count_is_refused_and_the_cell_keeps_its_value(make_tab, demo_db, ed):
    record = add(demo_db, ed, expected_students=120)
    tab = make_tab()
    messages = []
    tab.status_message.connect(messages.append)
    assert not tab.model.setData(tab.model.index(0, _column(tab, "expected_students")), "很多")
    assert "不是整数" in messages[-1] and QToolTip.text() == messages[-1].removeprefix("未保存：")
    assert activities.get_activity(demo_db, record.id).values["expected_students"] == 120
    assert _cell(tab, 0, "expected_students") == "120"


def test_an_empty_table_says_what_to_do(make_tab, demo_db, ed, qtbot):
    tab = make_tab()
    assert tab.empty_label.isVisible() and "导入活动信息表" in tab.empty_label.text()
    add(demo_db, ed, title="开放日")
    tab.refresh()
    assert not tab.empty_label.isVisible()
    tab.ui.search_edit.setText("没有这个")
    tab.ui.search_edit.returnPressed.emit()
    assert tab.empty_label.isVisible() and "清除筛选" in tab.empty_label.text()
    tab.clear_filters()
    assert not tab.empty_label.isVisible() and _titles(tab) == ["开放日"]


def test_committing_a_cell_unchanged_leaves_nothing_to_undo(make_tab, demo_db, ed):
    add(demo_db, ed, title="旧名称", expected_students=120)
    tab = make_tab()
    messages = []
    tab.status_message.connect(messages.append)
    # A cell editor hands back text: "120" for the stored 120 is no change, and no "已保存" either.
    assert tab.model.setData(tab.model.index(0, _column(tab, "expected_students")), "120")
    assert tab.undo_stack.count() == 0 and not tab.undo_action.isEnabled()
    assert messages == []
    assert tab.model.setData(tab.model.index(0, _column(tab, "expected_students")), "150")
    assert [tab.undo_stack.text(i) for i in range(tab.undo_stack.count())] == ["修改预计参与学生数"]


def test_moving_a_one_day_activity_moves_its_end_date_and_undo_moves_it_back(make_tab, demo_db, ed):
    record = add(demo_db, ed, first_date=MONDAY)
    tab = make_tab()
    friday = MONDAY + dt.timedelta(days=4)
    assert tab.model.setData(tab.model.index(0, _column(tab, "first_date")), friday)
    values = activities.get_activity(demo_db, record.id).values
    assert (values["first_date"], values["last_date"]) == (friday, friday)
    assert tab.undo_action.isEnabled()
    tab.undo_action.trigger()
    values = activities.get_activity(demo_db, record.id).values
    assert (values["first_date"], values["last_date"]) == (MONDAY, MONDAY)
    assert _cell(tab, 0, "first_date") == "5月13日（周一）"


def test_a_combo_editor_saves_the_chosen_category(make_tab, demo_db, ed):
    from PySide6.QtWidgets import QComboBox

    record = add(demo_db, ed, category="其他")
    tab = make_tab()
    view = tab.ui.table_view
    index = tab.model.index(0, _column(tab, "category"))
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.viewport().findChild(QComboBox)
    assert editor.currentText() == "其他"
    editor.setCurrentIndex(editor.findText("校园招聘会"))
    editor.activated.emit(editor.currentIndex())
    assert activities.get_activity(demo_db, record.id).values["category"] == "校园招聘会"


# ---------------------------------------------------------------------------------------------- the form

def test_add_through_the_form(make_tab, demo_db, ed, monkeypatch, varied):
    tab = make_tab()
    tab.apply_filter(ActivityFilter(organiser=("college", college_ids(demo_db, ed)[2]), day=MONDAY))

    def fill_and_save(dialog):
        assert dialog.ui.organiser_combo.currentText() == "信息工程学院（示例）"  # preset from the filter
        assert dialog.ui.first_date_edit.date().toPython() == MONDAY
        dialog.ui.title_edit.setText("新活动")
        dialog.accept()
        return QDialog.DialogCode.Accepted if dialog.record else QDialog.DialogCode.Rejected
    monkeypatch.setattr(ActivityDialog, "exec", fill_and_save)
    tab.add_action.trigger()
    assert _titles(tab) == ["新活动"]
    assert tab.selected_ids() == [tab.model.activity_id(0)]  # the new row is selected
    assert activities.count_activities(demo_db, ed) == 5
    assert tab.ui.count_label.text() == "显示 1 / 共 5 条"


def test_edit_through_the_form(make_tab, demo_db, ed, monkeypatch):
    record = add(demo_db, ed, title="旧")
    tab = make_tab()
    _select(tab, [0])

    def edit(dialog):
        assert dialog.ui.title_edit.text() == "旧"
        dialog.ui.title_edit.setText("新")
        dialog.accept()
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(ActivityDialog, "exec", edit)
    assert tab.edit_action.isEnabled()
    tab.edit_action.trigger()
    assert activities.get_activity(demo_db, record.id).values["title"] == "新"
    assert _cell(tab, 0, "title") == "新"


# ---------------------------------------------------------------------------------------------- delete, undo, bin

def test_enter_opens_the_form_for_the_current_row(make_tab, demo_db, ed, monkeypatch, qtbot):
    record = add(demo_db, ed, title="回车编辑")
    tab = make_tab()
    opened = []

    def exec_(dialog):
        opened.append(dialog.ui.title_edit.text())
        return QDialog.DialogCode.Rejected
    monkeypatch.setattr(ActivityDialog, "exec", exec_)
    _select(tab, [0])
    tab.ui.table_view.setFocus()
    qtbot.keyClick(tab.ui.table_view, Qt.Key.Key_Return)
    assert opened == ["回车编辑"]
    assert activities.get_activity(demo_db, record.id).values["title"] == "回车编辑"


def test_delete_asks_then_moves_to_the_bin_and_undo_brings_it_back(make_tab, demo_db, ed, monkeypatch, qtbot):
    keep, gone = add(demo_db, ed, title="保留"), add(demo_db, ed, title="删掉", first_date=WEEK_START)
    tab = make_tab()
    assert _titles(tab) == ["删掉", "保留"]
    asked = _yes(monkeypatch, QMessageBox.StandardButton.No)
    _select(tab, [0])
    tab.delete_action.trigger()
    assert "删掉" in asked[0] and _titles(tab) == ["删掉", "保留"]  # said no: nothing happened

    _yes(monkeypatch)
    tab.ui.table_view.setFocus()
    qtbot.keyClick(tab.ui.table_view, Qt.Key.Key_Delete)
    assert _titles(tab) == ["保留"]
    assert tab.ui.count_label.text() == "显示 1 / 共 1 条"
    binned = activities.fetch_activities(demo_db, ed, ActivityFilter(deleted=True))
    assert [row.id for row in binned] == [gone.id]

    tab.ui.table_view.setFocus()
    qtbot.keyClick(tab.ui.table_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _titles(tab) == ["删掉", "保留"]
    assert activities.fetch_activities(demo_db, ed, ActivityFilter(deleted=True)) == []
    assert keep.id in [tab.model.activity_id(r) for r in range(2)]


def test_the_bin_button_opens_the_dialog_and_the_tab_reloads(make_tab, demo_db, ed, monkeypatch):
    one = add(demo_db, ed, title="一")
    activity_bin.delete_activities(demo_db, [one.id])
    tab = make_tab()

    def restore_all(dialog):
        dialog.ui.table_view.selectAll()
        dialog.restore_selected()
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(RecycleBinDialog, "exec", restore_all)
    tab.ui.bin_button.click()
    assert _titles(tab) == ["一"]


# ---------------------------------------------------------------------------------------------- clipboard

def test_copy_puts_selected_cells_with_their_header_on_the_clipboard(make_tab, demo_db, ed, qtbot):
    add(demo_db, ed, title="甲", first_date=MONDAY, start_time=dt.time(9, 0), venue="A\t座")
    add(demo_db, ed, title="乙", first_date=MONDAY + dt.timedelta(days=1), start_time=None, need_power=True)
    tab = make_tab()
    columns = [_column(tab, key) for key in ("title", "first_date", "start_time", "venue", "need_power")]
    _select(tab, [0, 1], columns)
    tab.ui.table_view.setFocus()
    qtbot.keyClick(tab.ui.table_view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    text = QGuiApplication.clipboard().text()
    assert text == ("活动名称\t活动日期\t开始时间\t活动地点\t用电\r\n"
                    '甲\t2024-05-13\t09:00\t"A\t座"\t否\r\n'
                    "乙\t2024-05-14\t\t东区科技广场\t是\r\n")
    assert parse_tsv(text)[1] == ["甲", "2024-05-13", "09:00", "A\t座", "否"]


@pytest.fixture
def preview_answer(monkeypatch):
    """Answer the paste preview: ``answer["accept"]``, ``answer["skip"]``; what the dialog showed is recorded."""
    from vocweek_desktop.gui.dialogs.import_preview_dialog import ImportPreviewDialog

    answer = {"accept": True, "skip": False, "shown": []}

    def exec_(dialog):
        shown = {key: dialog.count(key) for key in ("added", "updated", "unchanged", "problems")}
        shown["problems_text"] = [" ".join(row) for row in table_rows(dialog.ui.problemsView)]
        shown["import_enabled"] = dialog.import_button.isEnabled()
        answer["shown"].append(shown)
        dialog.ui.skipErrorsCheck.setChecked(answer["skip"])
        return QDialog.DialogCode.Accepted if answer["accept"] else QDialog.DialogCode.Rejected
    monkeypatch.setattr(ImportPreviewDialog, "exec", exec_)
    return answer


def test_paste_rows_from_excel_previews_then_writes(make_tab, demo_db, ed, preview_answer, qtbot):
    tab = make_tab()
    text = ("学院\t活动名称\t活动日期\t开始时间\t结束时间\t活动地点\t合作企业\r\n"
            "汽车工程学院（示例）\t新能源汽车拆装体验\t5月14日\t9：30\t11:30\t实训中心\t某某汽车有限公司\r\n"
            "汽车工程学院（示例）\t汽车文化展\t2024/5/15\t下午3点\t17:00\t东区科技广场\t\r\n")
    QGuiApplication.clipboard().setText(text)
    tab.ui.table_view.setFocus()
    qtbot.keyClick(tab.ui.table_view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert preview_answer["shown"][0]["added"] == 2 and preview_answer["shown"][0]["problems"] == 0
    assert _titles(tab) == ["新能源汽车拆装体验", "汽车文化展"]
    record = activities.get_activity(demo_db, tab.model.activity_id(0))
    assert record.values["start_time"] == dt.time(9, 30) and record.values["first_date"] == dt.date(2024, 5, 14)
    assert record.values["enterprises"] == ["某某汽车有限公司"] and record.values["source_kind"] == "paste"
    assert record.organiser == "汽车工程学院（示例）"
    assert tab.ui.count_label.text() == "显示 2 / 共 2 条"
    assert sorted(tab.selected_rows()) == [0, 1]  # the pasted rows are selected


def test_paste_without_header_uses_the_tables_column_order(make_tab, demo_db, ed, preview_answer):
    tab = make_tab()
    # 组织单位, 活动名称, 活动类别, 主题日, 活动日期 — as the table shows them.
    tab.clipboard.paste_rows("智能制造学院（示例）\t技能展示\t社会服务\t企业日\t2024-05-16\r\n")
    record = activities.get_activity(demo_db, tab.model.activity_id(0))
    assert (record.values["title"], record.values["category"], record.values["theme_day"],
            record.values["first_date"]) == ("技能展示", "社会服务", "企业日", dt.date(2024, 5, 16))
    assert record.organiser == "智能制造学院（示例）"


def test_paste_with_errors_names_the_cell_and_writes_only_when_told_to_skip(make_tab, demo_db, ed, preview_answer):
    tab = make_tab()
    text = ("学院\t活动名称\t活动日期\r\n"
            "汽车工程学院（示例）\t好活动\t5月14日\r\n"
            "汽车工程学院（示例）\t坏活动\t5月32日\r\n")
    preview_answer["accept"] = False
    tab.clipboard.paste_rows(text)
    shown = preview_answer["shown"][0]
    assert shown["added"] == 1 and shown["problems"] == 1 and not shown["import_enabled"]
    assert shown["problems_text"][0] == "第 3 行“活动日期” 日期“5月32日”无效"  # line 3 as pasted, and its column
    assert activities.count_activities(demo_db, ed) == 0

    preview_answer.update(accept=True, skip=True)
    tab.clipboard.paste_rows(text)
    assert _titles(tab) == ["好活动"]


def test_copy_then_paste_back_does_not_duplicate(make_tab, demo_db, ed, preview_answer):
    add(demo_db, ed, title="甲", first_date=MONDAY, enterprises=["某某公司"], need_media=True)
    tab = make_tab()
    tab.ui.table_view.selectAll()
    text = tab.clipboard.copy_selection()
    tab.clipboard.paste_rows(text)
    assert preview_answer["shown"] == []  # nothing to write: no preview, only a status message
    assert activities.count_activities(demo_db, ed) == 1


def test_paste_into_a_college_filter_goes_to_that_college(make_tab, demo_db, ed, preview_answer):
    tab = make_tab()
    college = college_ids(demo_db, ed)[4]
    tab.apply_filter(ActivityFilter(organiser=("college", college)))
    tab.clipboard.paste_rows("活动名称\t活动日期\r\n财经知识进社区\t5月16日\r\n")
    assert _titles(tab) == ["财经知识进社区"]
    assert activities.get_activity(demo_db, tab.model.activity_id(0)).college_id == college


# ---------------------------------------------------------------------------------------------- paste into cells

def test_one_value_pasted_into_selected_cells_goes_into_those_cells_as_one_undo_step(make_tab, demo_db, ed,
                                                                                      preview_answer, qtbot):
    """As Excel does: "东区科技广场" pasted into two selected 活动地点 cells fills both, without an import preview;
    Ctrl+Z puts both back at once, and Ctrl+Y (重做) does it again."""
    one = add(demo_db, ed, title="甲", venue="实训楼", first_date=MONDAY)
    two = add(demo_db, ed, title="乙", venue="图书馆", first_date=MONDAY + dt.timedelta(days=1))
    tab = make_tab()
    _select(tab, [0, 1], [_column(tab, "venue")])
    QGuiApplication.clipboard().setText("东区科技广场\r\n")
    tab.ui.table_view.setFocus()
    qtbot.keyClick(tab.ui.table_view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert preview_answer["shown"] == []
    assert [activities.get_activity(demo_db, i).values["venue"] for i in (one.id, two.id)] == ["东区科技广场"] * 2
    assert [_cell(tab, row, "venue") for row in (0, 1)] == ["东区科技广场"] * 2
    assert [tab.undo_stack.text(i) for i in range(tab.undo_stack.count())] == ["粘贴 2 个单元格"]
    qtbot.keyClick(tab.ui.table_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [activities.get_activity(demo_db, i).values["venue"] for i in (one.id, two.id)] == ["实训楼", "图书馆"]
    assert _cell(tab, 1, "venue") == "图书馆"
    qtbot.keyClick(tab.ui.table_view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert [activities.get_activity(demo_db, i).values["venue"] for i in (one.id, two.id)] == ["东区科技广场"] * 2


def test_cells_copied_here_are_pasted_back_without_their_header_line(make_tab, demo_db, ed, preview_answer, qtbot,
                                                                     answers):
    """Ctrl+C of cells puts their column names on a first line (for Excel); Ctrl+V of them into other cells pastes the
    values only, as Excel does, even when the block names 活动名称 — the header line is never written into a cell,
    and an empty copied cell empties its target."""
    one = add(demo_db, ed, title="甲", category="社会服务", venue="实训楼", first_date=MONDAY)
    two = add(demo_db, ed, title="乙", category="校园开放", venue="图书馆", first_date=MONDAY + dt.timedelta(days=1))
    three = add(demo_db, ed, title="丙", category="其他", venue=None, first_date=MONDAY + dt.timedelta(days=2))
    tab = make_tab()
    view = tab.ui.table_view
    view.setFocus()

    def copy_then_paste(rows: list[int], keys: list[str], to_row: int) -> None:
        _select(tab, rows, [_column(tab, key) for key in keys])
        qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
        _select(tab, [to_row], [_column(tab, keys[0])])
        qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)

    copy_then_paste([0], ["venue"], 1)
    assert QGuiApplication.clipboard().text().startswith("活动地点\r\n")
    assert activities.get_activity(demo_db, two.id).values["venue"] == "实训楼"

    copy_then_paste([1, 2], ["title", "category"], 0)  # a header naming 活动名称 and 活动类别
    assert answers.get("warning", []) == [] and preview_answer["shown"] == []
    assert activities.count_activities(demo_db, ed) == 3
    values = [activities.get_activity(demo_db, i).values for i in (one.id, two.id, three.id)]
    assert [(v["title"], v["category"]) for v in values] == [("乙", "校园开放"), ("丙", "其他"), ("丙", "其他")]

    copy_then_paste([1, 2], ["venue"], 0)  # 实训楼, then an empty cell
    assert activities.get_activity(demo_db, one.id).values["venue"] == "实训楼"
    assert not activities.get_activity(demo_db, two.id).values["venue"]
    assert _cell(tab, 1, "venue") in ("", None)


def test_a_block_is_pasted_from_the_current_cell_and_read_like_an_import(make_tab, demo_db, ed, preview_answer):
    one = add(demo_db, ed, title="甲", first_date=MONDAY)
    two = add(demo_db, ed, title="乙", first_date=MONDAY + dt.timedelta(days=1))
    tab = make_tab()
    tab.ui.table_view.setCurrentIndex(tab.model.index(0, _column(tab, "start_time")))
    tab.clipboard.paste_rows("9：30\t11:30\r\n下午2点\t16:00\r\n")  # 开始时间, 结束时间 of two rows
    assert preview_answer["shown"] == []
    first, second = (activities.get_activity(demo_db, i).values for i in (one.id, two.id))
    assert (first["start_time"], first["end_time"], second["start_time"], second["end_time"]) == (
        dt.time(9, 30), dt.time(11, 30), dt.time(14, 0), dt.time(16, 0))
    selected = {(index.row(), index.column()) for index in tab.ui.table_view.selectionModel().selectedIndexes()}
    assert selected == {(row, _column(tab, key)) for row in (0, 1) for key in ("start_time", "end_time")}


def test_a_refused_pasted_value_says_which_cell_and_writes_none(make_tab, demo_db, ed, preview_answer, answers):
    add(demo_db, ed, title="甲", first_date=MONDAY, expected_students=10)
    add(demo_db, ed, title="乙", first_date=MONDAY + dt.timedelta(days=1), expected_students=20)
    tab = make_tab()
    _select(tab, [0, 1], [_column(tab, "expected_students")])
    tab.clipboard.paste_rows("很多")
    (title, text), = answers["warning"]
    assert "没有粘贴" in text and "第 1 行“预计学生”：人数“很多”不是整数" in text and "第 2 行“预计学生”" in text
    assert [_cell(tab, row, "expected_students") for row in (0, 1)] == ["10", "20"]
    assert tab.undo_stack.count() == 0 and preview_answer["shown"] == []


def test_pasting_over_the_organiser_or_past_the_last_row_is_refused(make_tab, demo_db, ed, preview_answer, answers):
    add(demo_db, ed, title="甲", first_date=MONDAY)
    tab = make_tab()
    tab.ui.table_view.setCurrentIndex(tab.model.index(0, _column(tab, "organiser")))
    tab.clipboard.paste_rows("汽车工程学院（示例）")
    assert "组织单位" in answers["warning"][-1][1]
    tab.ui.table_view.setCurrentIndex(tab.model.index(0, _column(tab, "venue")))
    tab.clipboard.paste_rows("甲地\r\n乙地\r\n")
    assert "2 行" in answers["warning"][-1][1] and "1 行" in answers["warning"][-1][1]
    assert _cell(tab, 0, "venue") == "东区科技广场" and preview_answer["shown"] == []


def test_pasting_a_value_with_nothing_selected_asks_for_cells(make_tab, demo_db, ed, preview_answer):
    tab = make_tab()
    messages = []
    tab.status_message.connect(messages.append)
    tab.clipboard.paste_rows("东区科技广场")
    assert preview_answer["shown"] == [] and "选中" in messages[-1]


# ---------------------------------------------------------------------------------------------- small things

def _shows_whole_text(combo) -> bool:
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    return field.width() >= combo.fontMetrics().horizontalAdvance(combo.currentText())


def test_filter_boxes_show_their_whole_choice(make_tab, demo_db, ed):
    """The chosen day reads 5月15日（周三）, not 5月15日（周三 cut short; so do the longest organisers."""
    tab = make_tab()
    tab.resize(1366, 768)
    for combo in (tab.ui.day_combo, tab.ui.organiser_combo):
        for index in range(combo.count()):
            if combo.itemText(index):
                combo.setCurrentIndex(index)
                assert _shows_whole_text(combo), combo.currentText()
    tab.apply_filter(ActivityFilter(day=dt.date(2023, 5, 17)))  # a day of another year, asked for by name
    assert tab.ui.day_combo.currentText() == "2023年5月17日（周三）" and _shows_whole_text(tab.ui.day_combo)


def test_restoring_from_the_bin_selects_the_rows_and_gives_the_table_the_focus(make_tab, demo_db, ed, monkeypatch,
                                                                              qtbot):
    bulk(demo_db, ed, 1200)
    gone = activities.fetch_activities(demo_db, ed, offset=1100, limit=2)
    activity_bin.delete_activities(demo_db, [row.id for row in gone])
    tab = make_tab()
    tab.ui.search_edit.setFocus()

    def restore_all(dialog):
        dialog.ui.table_view.selectAll()
        dialog.restore_selected()
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(RecycleBinDialog, "exec", restore_all)
    tab.bin_action.trigger()
    view = tab.ui.table_view
    qtbot.waitUntil(view.hasFocus)
    assert sorted(tab.selected_ids()) == sorted(row.id for row in gone)
    rows = tab.selected_rows()
    assert rows and rows[0] > 1000  # far down the table: scrolled to
    assert view.rowAt(view.visualRect(tab.model.index(rows[0], 0)).center().y()) == rows[0]


def test_cells_pasted_into_the_sorted_column_stay_where_they_are_and_selected(make_tab, demo_db, ed, preview_answer):
    for venue in ("A楼", "B楼", "C楼"):
        add(demo_db, ed, title=f"在{venue}", venue=venue)
    tab = make_tab()
    tab.ui.table_view.sortByColumn(_column(tab, "venue"), Qt.SortOrder.AscendingOrder)
    tab.ui.table_view.setCurrentIndex(tab.model.index(0, _column(tab, "venue")))
    tab.clipboard.paste_rows("Z楼")  # would sort last: the row stays in view, as after an edit in place
    assert _cell(tab, 0, "venue") == "Z楼" and _cell(tab, 0, "title") == "在A楼"
    assert tab.selected_rows() == [0] and tab.selected_ids() == [tab.model.activity_id(0)]


def test_whole_template_rows_copied_from_a_workbook_go_through_the_preview(make_tab, demo_db, ed, preview_answer):
    """Rows of a college's 附件1 (23 columns, no header) are new activities in the template's order, even with a cell
    selected: they are not pasted over the cells."""
    from tests.activity_data import college_ids
    from tests.xlsx_helpers import template_row

    existing = add(demo_db, ed, title="甲", first_date=MONDAY)
    tab = make_tab()
    tab.apply_filter(ActivityFilter(organiser=("college", college_ids(demo_db, ed)[0])))
    tab.ui.table_view.setCurrentIndex(tab.model.index(0, _column(tab, "title")))
    row = template_row(seq=1, title="从附件1复制", first_date="5月16日", venue="实训楼")
    tab.clipboard.paste_rows("\t".join("" if value is None else str(value) for value in row) + "\r\n")
    assert preview_answer["shown"] and preview_answer["shown"][0]["added"] == 1
    assert activities.get_activity(demo_db, existing.id).values["title"] == "甲"
    assert "从附件1复制" in _titles(tab)
