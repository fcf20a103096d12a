"""The 学院 tab driven as a user drives it, on a temporary copy of the demo database."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMainWindow, QMessageBox

from tests.gui.widget_input import (
    click_header,
    click_row,
    column_texts,
    context_entry,
    double_click_row,
    error_shown,
    type_text,
)
from vocweek_desktop.gui.clipboard import to_tsv
from vocweek_desktop.gui.dialogs.college_dialog import CollegeDialog
from vocweek_desktop.gui.dialogs.organisation_dialogs import DepartmentDialog, MemberDialog
from vocweek_desktop.gui.tabs.colleges_tab import CollegesTab
from vocweek_desktop.services import colleges, editions, organisation
from vocweek_desktop.services.colleges import COLLEGE_COLUMNS

HEADERS = ["序号"] + [label for _, label in COLLEGE_COLUMNS]
TEACHERS = HEADERS.index("教师人数")


@dataclass
class Page:
    """The tab under test with its database and edition."""

    tab: CollegesTab
    db: object
    edition_id: int

    @property
    def view(self):
        return self.tab.colleges.view

    def names_in_db(self) -> list[str]:
        return [c.name for c in colleges.list_colleges(self.db, self.edition_id)]

    def names_shown(self) -> list[str]:
        return column_texts(self.view, HEADERS.index("学院名称"))


@pytest.fixture
def page(qtbot, demo_db) -> Page:
    edition_id = editions.list_editions(demo_db)[0].id
    tab = CollegesTab()
    qtbot.addWidget(tab)
    tab.set_context(demo_db, edition_id)
    tab.resize(1280, 800)
    tab.show()
    qtbot.waitExposed(tab)
    return Page(tab, demo_db, edition_id)


def open_form():
    """The add/edit form the user has in front (window-modal, opened with open())."""
    return QApplication.activeModalWidget()


def save(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def fill(qtbot, dialog: CollegeDialog, **values: str) -> None:
    for field, text in values.items():
        type_text(qtbot, getattr(dialog.ui, f"{field}_edit"), text)


# ---------------------------------------------------------------------------------------------- the table


def test_table_shows_every_field_in_display_order(page):
    model = page.view.model()
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == HEADERS
    first = colleges.list_colleges(page.db, page.edition_id)[0]
    assert [model.index(0, c).data() for c in range(model.columnCount())] == [
        "1", first.name, first.short_name, first.dean, first.party_secretary, first.contact_person, first.phone,
        first.email, str(first.teacher_count), str(first.student_count)]
    assert page.names_shown() == page.names_in_db()
    assert page.tab.colleges.count_label.text() == "共 10 个学院"
    assert page.tab.tab_title() == "学院"


def test_every_column_is_wide_enough_for_its_text(page):
    view = page.view
    metrics = view.fontMetrics()
    for column in range(view.model().columnCount()):
        header = view.model().headerData(column, Qt.Orientation.Horizontal)
        widest = max(metrics.horizontalAdvance(text) for text in [header, *column_texts(view, column)])
        assert view.columnWidth(column) >= widest, HEADERS[column]


@pytest.mark.parametrize("size", [(1366, 768), (1600, 1000)])
def test_search_box_shows_its_whole_hint_at_common_window_sizes(qtbot, page, size):
    from PySide6.QtWidgets import QStyle, QStyleOptionFrame

    page.tab.resize(*size)
    qtbot.waitUntil(lambda: page.tab.width() == size[0])
    edit = page.tab.colleges.search_edit
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    text_room = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit).width()
    clear_button = edit.height()  # the clear button takes about a square at the right
    hint = edit.placeholderText()
    assert "学院" in hint and "电话" in hint
    assert edit.fontMetrics().horizontalAdvance(hint) <= text_room - clear_button


def test_no_context_shows_nothing_and_disables_commands(page):
    page.tab.set_context(None, None)
    assert page.view.model().rowCount() == 0
    assert page.tab.departments.model.rowCount() == 0 and page.tab.leadership.model.rowCount() == 0
    tab = page.tab
    assert not any(b.isEnabled() for b in (tab.colleges.buttons["add"], tab.colleges.export_button,
                                           tab.departments.print_button, tab.departments.buttons["add"],
                                           tab.leadership.buttons["add"], tab.colleges.search_edit))
    assert page.tab.colleges.add() is None


# ---------------------------------------------------------------------------------------------- add / edit


def test_add_college_through_the_dialog(qtbot, page):
    qtbot.mouseClick(page.tab.colleges.buttons["add"], Qt.MouseButton.LeftButton)
    dialog = open_form()
    assert isinstance(dialog, CollegeDialog) and dialog.isVisible() and dialog.windowTitle() == "新增学院"
    fill(qtbot, dialog, name="测试学院", short_name="测试", dean="王五", party_secretary="赵六",
         contact_person="钱七", phone="028-37330356转8001", email="ceshi@example.edu.cn",
         teacher_count="45", student_count="")
    messages = []
    page.tab.status_message.connect(messages.append)
    with qtbot.waitSignal(page.tab.data_changed):
        save(qtbot, dialog)

    assert not dialog.isVisible() and open_form() is None
    added = colleges.list_colleges(page.db, page.edition_id)[-1]
    assert (added.name, added.dean, added.phone, added.teacher_count, added.student_count) == (
        "测试学院", "王五", "028-37330356转8001", 45, None)
    assert page.names_shown()[-1] == "测试学院"
    assert page.tab.colleges.selected_ids() == [added.id]
    assert page.tab.colleges.count_label.text() == "共 11 个学院"
    assert messages[-1] == "已保存学院“测试学院”"


def test_mobile_number_and_full_width_digits_are_accepted(qtbot, page):
    dialog = page.tab.colleges.add()
    fill(qtbot, dialog, name="手机学院", phone="13912345678", teacher_count="１２")
    save(qtbot, dialog)
    added = colleges.list_colleges(page.db, page.edition_id)[-1]
    assert (added.name, added.phone, added.teacher_count) == ("手机学院", "13912345678", 12)


def test_edit_college_by_double_click(qtbot, page):
    target = colleges.list_colleges(page.db, page.edition_id)[2]
    double_click_row(qtbot, page.view, 2)
    dialog = open_form()
    assert isinstance(dialog, CollegeDialog) and dialog.windowTitle() == f"编辑学院 — {target.name}"
    assert dialog.ui.name_edit.text() == target.name and dialog.ui.teacher_count_edit.text() == str(target.teacher_count)
    fill(qtbot, dialog, dean="新院长", student_count="3000")
    save(qtbot, dialog)

    stored = colleges.get_college(page.db, target.id)
    assert (stored.dean, stored.student_count, stored.name) == ("新院长", 3000, target.name)
    assert page.view.model().index(2, HEADERS.index("院长")).data() == "新院长"
    assert page.view.model().index(2, HEADERS.index("学生人数")).data() == "3000"


def test_edit_button_and_enter_open_the_selected_college(qtbot, page):
    click_row(qtbot, page.view, 4)
    qtbot.mouseClick(page.tab.colleges.buttons["edit"], Qt.MouseButton.LeftButton)
    selected = colleges.get_college(page.db, page.tab.colleges.selected_ids()[0])
    assert open_form().ui.name_edit.text() == selected.name
    open_form().reject()
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert isinstance(open_form(), CollegeDialog)


BAD_INPUT = [
    ("name", "", "名称不能为空"),
    ("teacher_count", "-5", "教师人数不能为负数"),
    ("student_count", "约200人", "学生人数“约200人”不是整数"),
    ("teacher_count", "12.5", "不是整数"),
    ("phone", "12345", "联系电话“12345”格式不正确"),
    ("phone", "028-37330356转", "格式不正确"),
    ("email", "xinxi@", "电子邮箱“xinxi@”不是有效的电子邮箱地址"),
]


@pytest.mark.parametrize(("field", "text", "message"), BAD_INPUT)
def test_bad_input_is_marked_explained_and_not_saved(qtbot, page, field, text, message):
    before = colleges.list_colleges(page.db, page.edition_id)
    dialog = page.tab.colleges.add()
    fill(qtbot, dialog, name="新学院", phone="13800138000")
    fill(qtbot, dialog, **{field: text})
    save(qtbot, dialog)

    widget = getattr(dialog.ui, f"{field}_edit")
    assert dialog.isVisible(), "the dialog must stay open"
    assert widget.property("invalid") is True
    assert message in widget.toolTip()
    assert message in error_shown(dialog) and dialog.ui.error_label.isVisible()
    assert [f for f in dialog.field_widgets() if dialog.field_widgets()[f].property("invalid")] == [field]
    assert colleges.list_colleges(page.db, page.edition_id) == before
    assert page.tab.colleges.count_label.text() == "共 10 个学院"

    # Typing into the marked field clears its mark; a correct value then saves.
    type_text(qtbot, widget, {"name": "新学院", "phone": "", "email": ""}.get(field, "7"))
    assert not widget.property("invalid")
    save(qtbot, dialog)
    assert not dialog.isVisible()
    assert len(colleges.list_colleges(page.db, page.edition_id)) == len(before) + 1


def test_every_bad_field_is_marked_at_once_when_editing(qtbot, page):
    target = colleges.list_colleges(page.db, page.edition_id)[0]
    dialog = page.tab.colleges.edit(target.id)
    fill(qtbot, dialog, dean="不该保存", phone="abc", email="a@b", teacher_count="-1", student_count="很多")
    save(qtbot, dialog)
    marked = {f for f, w in dialog.field_widgets().items() if w.property("invalid")}
    assert marked == {"phone", "email", "teacher_count", "student_count"}
    assert error_shown(dialog).count("•") == 4
    assert colleges.get_college(page.db, target.id) == target  # nothing saved half-way, not even the dean


def test_duplicate_name_is_refused_on_add_and_on_rename(qtbot, page):
    existing = colleges.list_colleges(page.db, page.edition_id)
    dialog = page.tab.colleges.add()
    fill(qtbot, dialog, name=existing[0].name)
    save(qtbot, dialog)
    assert dialog.isVisible() and dialog.ui.name_edit.property("invalid") is True
    assert f"本年度已有名为“{existing[0].name}”的学院" in error_shown(dialog)
    dialog.reject()

    dialog = page.tab.colleges.edit(existing[1].id)
    fill(qtbot, dialog, name=existing[0].name)
    save(qtbot, dialog)
    assert dialog.isVisible() and "本年度已有名为" in dialog.ui.name_edit.toolTip()
    assert colleges.list_colleges(page.db, page.edition_id) == existing


# ---------------------------------------------------------------------------------------------- delete


def test_delete_after_confirmation(qtbot, page, answers):
    target = colleges.list_colleges(page.db, page.edition_id)[3]
    click_row(qtbot, page.view, 3)
    answers["reply"] = [QMessageBox.StandardButton.No]
    qtbot.mouseClick(page.tab.colleges.buttons["delete"], Qt.MouseButton.LeftButton)
    assert target.name in page.names_in_db()
    assert target.name in answers["question"][-1][1]

    answers["reply"] = [QMessageBox.StandardButton.Yes]
    with qtbot.waitSignal(page.tab.data_changed):
        qtbot.mouseClick(page.tab.colleges.buttons["delete"], Qt.MouseButton.LeftButton)
    assert target.name not in page.names_in_db()
    assert target.name not in page.names_shown() and len(page.names_shown()) == 9
    assert page.tab.colleges.count_label.text() == "共 9 个学院"
    assert answers["warning"] == []


def test_delete_is_refused_while_something_depends_on_the_college(qtbot, page, answers):
    rows = colleges.list_colleges(page.db, page.edition_id)
    blocked, free = rows[0], rows[1]
    with page.db.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE test_dep (id INTEGER PRIMARY KEY, "
                             "college_id INTEGER REFERENCES colleges(id))")
        conn.exec_driver_sql("INSERT INTO test_dep (college_id) VALUES (?), (?)", (blocked.id, blocked.id))

    click_row(qtbot, page.view, 0)
    click_row(qtbot, page.view, 1, modifier=Qt.KeyboardModifier.ControlModifier)
    assert page.tab.colleges.selected_ids() == [blocked.id, free.id]
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)

    # Which college is in use, and by what, is said first; the question is about the other one only.
    [(title, text)] = answers["question"]
    refusal, question = text.split("\n\n")
    assert f"不能删除学院“{blocked.name}”" in refusal and "2 条test_dep" in refusal
    assert question == f"确定删除学院“{free.name}”吗？此操作不能撤销。"
    assert answers["warning"] == []
    assert blocked.name in page.names_in_db() and blocked.name in page.names_shown()
    assert free.name not in page.names_in_db()


def test_deleting_a_college_in_use_says_so_at_once_without_asking(qtbot, page, answers):
    from tests import activity_data

    used = colleges.list_colleges(page.db, page.edition_id)[0]
    activity_data.add(page.db, page.edition_id, used.id, title="再加一项")
    click_row(qtbot, page.view, 0)
    qtbot.mouseClick(page.tab.colleges.buttons["delete"], Qt.MouseButton.LeftButton)
    assert answers["question"] == []
    [(title, text)] = answers["warning"]
    assert title == "不能删除" and f"不能删除学院“{used.name}”：还有" in text and "条活动" in text
    assert used.name in page.names_in_db()


def test_several_colleges_are_deleted_in_one_service_call(qtbot, page, answers, monkeypatch):
    calls = []
    real = colleges.delete_colleges
    monkeypatch.setattr(colleges, "delete_colleges", lambda db, ids: calls.append(list(ids)) or real(db, ids))
    rows = colleges.list_colleges(page.db, page.edition_id)
    for row in (4, 2, 7):
        click_row(qtbot, page.view, row, modifier=Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(page.tab.colleges.buttons["delete"], Qt.MouseButton.LeftButton)
    assert calls == [[rows[2].id, rows[4].id, rows[7].id]]  # top to bottom as shown, one transaction
    assert page.names_in_db() == [r.name for i, r in enumerate(rows) if i not in (2, 4, 7)]
    assert answers["warning"] == []


# ---------------------------------------------------------------------------------------------- search, sort, order


def test_search_filters_over_every_text_column(qtbot, page):
    search = page.tab.colleges.search_edit
    type_text(qtbot, search, "信息")
    assert page.names_shown() == ["信息工程学院（示例）"]
    assert page.tab.colleges.count_label.text() == "显示 1 / 共 10 个学院"

    type_text(qtbot, search, "１３９０８")  # full-width digits find a phone number
    assert page.names_shown() == ["医药健康学院（示例）"]
    type_text(qtbot, search, "JIANGONG")  # e-mail, any case
    assert page.names_shown() == ["建筑工程学院（示例）"]
    type_text(qtbot, search, "何军")  # party secretary
    assert page.names_shown() == ["经济管理学院（示例）"]
    type_text(qtbot, search, "028 转8012")  # every word must occur
    assert page.names_shown() == ["经济管理学院（示例）"]
    type_text(qtbot, search, "没有这个学院")
    assert page.names_shown() == [] and page.tab.colleges.count_label.text() == "显示 0 / 共 10 个学院"
    type_text(qtbot, search, "")
    assert len(page.names_shown()) == 10 and page.tab.colleges.count_label.text() == "共 10 个学院"


def test_sort_by_clicking_a_column_and_back_to_display_order(qtbot, page):
    assert not page.tab.colleges.hint_label.isVisible()
    click_header(qtbot, page.view, TEACHERS)
    shown = [int(t) for t in column_texts(page.view, TEACHERS)]
    order = page.view.horizontalHeader().sortIndicatorOrder()
    assert shown == sorted(shown, reverse=order == Qt.SortOrder.DescendingOrder) and shown != [
        c.teacher_count for c in colleges.list_colleges(page.db, page.edition_id)]
    click_header(qtbot, page.view, TEACHERS)
    shown_again = [int(t) for t in column_texts(page.view, TEACHERS)]
    assert shown_again == list(reversed(shown))

    # Moving is off while sorted by another column, and the hint says how to get it back.
    click_row(qtbot, page.view, 3)
    assert not page.tab.colleges.buttons["up"].isEnabled() and not page.tab.colleges.buttons["down"].isEnabled()
    assert page.tab.colleges.hint_label.isVisible() and "教师人数" in page.tab.colleges.hint_label.text()
    page.tab.colleges.hint_label.linkActivated.emit("restore")
    assert page.tab.colleges.in_display_order() and not page.tab.colleges.hint_label.isVisible()
    assert page.names_shown() == page.names_in_db()
    assert page.tab.colleges.buttons["up"].isEnabled()


def test_sort_by_name_uses_pinyin(qtbot, page):
    click_header(qtbot, page.view, HEADERS.index("学院名称"))
    names = page.names_shown()
    if page.view.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder:
        names.reverse()
    assert names[:3] == ["航空学院（示例）", "建筑工程学院（示例）", "经济管理学院（示例）"]


def test_move_up_and_down(qtbot, page):
    before = page.names_in_db()
    click_row(qtbot, page.view, 2)
    with qtbot.waitSignal(page.tab.data_changed):
        qtbot.mouseClick(page.tab.colleges.buttons["up"], Qt.MouseButton.LeftButton)
    expected = before[:1] + [before[2], before[1]] + before[3:]
    assert page.names_in_db() == expected and page.names_shown() == expected
    assert page.tab.colleges.selected_ids() == [colleges.list_colleges(page.db, page.edition_id)[1].id]
    assert page.view.model().index(1, 0).data() == "2"

    qtbot.mouseClick(page.tab.colleges.buttons["down"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.tab.colleges.buttons["down"], Qt.MouseButton.LeftButton)
    assert page.names_in_db() == before[:2] + [before[3], before[2]] + before[4:]

    click_row(qtbot, page.view, 0)
    assert not page.tab.colleges.buttons["up"].isEnabled()
    click_row(qtbot, page.view, 9)
    assert not page.tab.colleges.buttons["down"].isEnabled()


def test_move_with_a_search_active_jumps_over_hidden_rows(qtbot, page):
    before = page.names_in_db()
    type_text(qtbot, page.tab.colleges.search_edit, "028-")  # hides the two colleges with mobile numbers
    shown = page.names_shown()
    assert "信息工程学院（示例）" not in shown and len(shown) == 8
    row = shown.index("建筑工程学院（示例）")
    click_row(qtbot, page.view, row)
    qtbot.mouseClick(page.tab.colleges.buttons["up"], Qt.MouseButton.LeftButton)
    after = page.names_in_db()
    assert after.index("建筑工程学院（示例）") == after.index("汽车工程学院（示例）") - 1
    assert after.index("建筑工程学院（示例）") < after.index("信息工程学院（示例）")
    assert sorted(after) == sorted(before)


def test_descending_display_order_moves_what_the_user_sees(qtbot, page):
    click_header(qtbot, page.view, 0)
    if page.view.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.AscendingOrder:
        click_header(qtbot, page.view, 0)
    shown = page.names_shown()
    assert shown == list(reversed(page.names_in_db()))
    click_row(qtbot, page.view, 1)
    qtbot.mouseClick(page.tab.colleges.buttons["up"], Qt.MouseButton.LeftButton)
    assert page.names_shown()[:2] == [shown[1], shown[0]]


# ---------------------------------------------------------------------------------------------- copy, export, print


def test_copy_selected_rows_as_tab_separated_text_with_header(qtbot, page):
    rows = colleges.list_colleges(page.db, page.edition_id)
    window = QMainWindow()
    qtbot.addWidget(window)
    window_copy = QAction("窗口复制", window)
    window_copy.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
    fired = []
    window_copy.triggered.connect(lambda: fired.append(True))
    window.addAction(window_copy)
    window.setCentralWidget(page.tab)
    try:
        window.show()
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

        click_row(qtbot, page.view, 2)
        click_row(qtbot, page.view, 0, modifier=Qt.KeyboardModifier.ControlModifier)
        page.view.setFocus()
        QGuiApplication.clipboard().clear()
        qtbot.keyClick(page.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)

        text = QGuiApplication.clipboard().text()
        lines = [line.split("\t") for line in text.split("\n")]
        assert lines[0] == HEADERS[1:]
        assert lines[1] == [rows[0].name, rows[0].short_name, rows[0].dean, rows[0].party_secretary,
                            rows[0].contact_person, rows[0].phone, rows[0].email, str(rows[0].teacher_count),
                            str(rows[0].student_count)]
        assert lines[2][0] == rows[2].name and len(lines) == 3
        html = QGuiApplication.clipboard().mimeData().html()
        assert rows[2].phone in html and 'mso-number-format:"\\@"' in html  # a mobile number stays text in Excel
        assert fired == [], "the window's own Ctrl+C must not take the key from the table"
    finally:
        window.takeCentralWidget()  # the page fixture owns the tab


def test_copy_quotes_cells_that_excel_would_split(qtbot, page):
    college = colleges.add_college(page.db, page.edition_id, {"name": '引号"学院', "dean": "甲乙"})
    page.tab.refresh()
    page.tab.colleges.select(college.id)
    text = page.tab.colleges.copy_selection()
    assert text.split("\n")[1].startswith('"引号""学院"\t\t甲乙\t')
    assert to_tsv([["a\tb", "c\nd", None, 7]]) == '"a\tb"\t"c\nd"\t\t7'


def test_export_to_excel_and_offer_to_open_it(qtbot, page, monkeypatch, tmp_path, offers):
    asked = []

    def save_name(parent, title, default, file_filter, *args, **kwargs):
        asked.append(default)
        return str(tmp_path / "名单"), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    colleges.add_college(page.db, page.edition_id, {"name": "=SUM(A1)学院", "teacher_count": ""})
    page.tab.refresh()
    qtbot.mouseClick(page.tab.colleges.export_button, Qt.MouseButton.LeftButton)

    assert asked[0].endswith("学院名单-2024.xlsx")
    from openpyxl import load_workbook

    sheet = load_workbook(tmp_path / "名单.xlsx").active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0] == HEADERS[1:]
    first = colleges.list_colleges(page.db, page.edition_id)[0]
    assert rows[1][:3] == [first.name, first.short_name, first.dean] and rows[1][7] == first.teacher_count
    assert rows[-1][0] == "=SUM(A1)学院" and rows[-1][7] is None
    assert sheet.cell(row=len(rows), column=1).data_type == "s"
    assert len(rows) == 12
    [(title, text, buttons)] = offers["shown"]
    assert title == "导出学院名单" and str(tmp_path / "名单.xlsx") in text and "打开所在文件夹" in buttons
    assert offers["opened"] == []  # closed: nothing opened

    offers["reply"] = "打开所在文件夹"
    page.tab.colleges.export_excel()  # the next dialog starts in the folder chosen last time
    assert asked[1] == str(tmp_path / "学院名单-2024.xlsx")
    assert offers["opened"] == [str(tmp_path)]


def test_print_org_table_and_offer_to_open_it(qtbot, page, monkeypatch, tmp_path, offers):
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "组织机构表.pdf"), "")))
    offers["reply"] = "打开文件"
    messages = []
    page.tab.status_message.connect(messages.append)
    qtbot.mouseClick(page.tab.departments.print_button, Qt.MouseButton.LeftButton)

    from pypdf import PdfReader

    pdf = tmp_path / "组织机构表.pdf"
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    for expected in ("四川科技职业学院", "2024年职业教育活动周", "教务处", "高莉", "栾好利", "保卫处"):
        assert expected in text.replace(" ", ""), expected
    assert str(pdf) in messages[-1]
    assert str(pdf) in offers["shown"][-1][1]
    assert offers["opened"] == [str(pdf)]


def test_org_table_body_font_is_chosen_where_the_machine_has_a_choice(qtbot, page, monkeypatch, tmp_path, offers,
                                                                     other_font):
    from PySide6.QtWidgets import QInputDialog

    from tests.font_files import OTHER_FONT_NAME, place
    from tests.io.pdf import pdf_inspect

    place(other_font, tmp_path / "fonts" / "simfang.ttf")  # an embeddable 仿宋
    monkeypatch.setenv("VOCWEEK_FONT_DIRS", str(tmp_path / "fonts"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "org"), "")))
    asked = []

    def choose(parent, title, label, items, current, editable, *args, **kwargs):
        asked.append((items, current))
        return reply, True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(choose))
    reply = "仿宋"
    path = page.tab.print_org_table()
    assert asked == [(["仿宋", "霞鹜文楷（内置）"], 0)]  # the official font first and proposed
    assert {font.name for font in pdf_inspect.assert_fonts_embedded(path)} == {OTHER_FONT_NAME}

    reply = "霞鹜文楷（内置）"
    path = page.tab.print_org_table()
    assert {font.name for font in pdf_inspect.assert_fonts_embedded(path)} == {"LXGWWenKai-Regular"}
    page.tab.print_org_table()
    assert asked[-1] == (["仿宋", "霞鹜文楷（内置）"], 1)  # the last choice is proposed again

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: ("", False)))
    (tmp_path / "org.pdf").unlink()
    assert page.tab.print_org_table() is None and not (tmp_path / "org.pdf").exists()  # cancelled: nothing written


def test_a_file_that_cannot_be_written_is_reported(qtbot, page, monkeypatch, tmp_path, answers):
    (tmp_path / "不是文件夹").write_text("一个文件")
    target = tmp_path / "不是文件夹" / "名单.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    assert page.tab.colleges.export_excel() is None
    title, text = answers["warning"][-1]
    assert title == "导出失败" and f"不能写入“{target}”" in text
    assert page.tab.print_org_table() is None
    assert answers["warning"][-1][0] == "打印失败" and (tmp_path / "不是文件夹").read_text() == "一个文件"


def test_cancelled_file_dialogs_write_nothing(qtbot, page, monkeypatch, tmp_path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    assert page.tab.colleges.export_excel() is None and page.tab.print_org_table() is None
    assert list(tmp_path.glob("*.xlsx")) == [] and list(tmp_path.glob("*.pdf")) == []


# ---------------------------------------------------------------------------------------------- duty table


def test_duty_table_shows_the_notice_rows_and_routed_needs(page):
    view = page.tab.departments.view
    assert column_texts(view, 0) == ["教务处", "二级学院", "融媒体中心", "学生处、团委", "信息中心", "后勤处", "保卫处"]
    needs = dict(zip(column_texts(view, 0), column_texts(view, 3), strict=True))
    assert needs == {"教务处": "无", "二级学院": "无", "融媒体中心": "宣传拍摄", "学生处、团委": "无",
                     "信息中心": "信息设备", "后勤处": "用电", "保卫处": "安保"}
    assert column_texts(view, 2)[1] == "院长、书记"


def test_duty_rows_are_as_tall_as_their_wrapped_text(qtbot, page):
    view = page.tab.departments.view
    line = view.fontMetrics().height()
    # Filled before it was first shown (as the window does): rows must refit to the column's real width.
    qtbot.waitUntil(lambda: view.rowHeight(0) < 2 * line)
    long_duty = column_texts(view, 0).index("融媒体中心")
    assert view.rowHeight(long_duty) > 1.5 * line  # the long duty wraps and shows whole
    assert view.rowHeight(long_duty) < 4 * line


def test_add_edit_and_delete_a_department(qtbot, page, answers):
    qtbot.mouseClick(page.tab.departments.buttons["add"], Qt.MouseButton.LeftButton)
    dialog = open_form()
    assert isinstance(dialog, DepartmentDialog)
    combo = dialog.ui.need_key_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "无", "用电（现由后勤处承接）", "信息设备（现由信息中心承接）", "安保（现由保卫处承接）", "宣传拍摄（现由融媒体中心承接）"]
    type_text(qtbot, dialog.ui.name_edit, "招生就业处")
    type_text(qtbot, dialog.ui.duty_edit, "组织校园招聘会")
    type_text(qtbot, dialog.ui.head_edit, "张三")
    save(qtbot, dialog)
    added = organisation.list_departments(page.db, page.edition_id)[-1]
    assert (added.name, added.duty, added.head, added.need_key) == ("招生就业处", "组织校园招聘会", "张三", None)
    assert column_texts(page.tab.departments.view, 0)[-1] == "招生就业处"

    double_click_row(qtbot, page.tab.departments.view, 7, column=0)
    dialog = open_form()
    assert dialog.ui.name_edit.text() == "招生就业处"
    type_text(qtbot, dialog.ui.head_edit, "李四")
    save(qtbot, dialog)
    assert organisation.list_departments(page.db, page.edition_id)[-1].head == "李四"

    click_row(qtbot, page.tab.departments.view, 7, column=0)
    qtbot.mouseClick(page.tab.departments.buttons["delete"], Qt.MouseButton.LeftButton)
    assert "招生就业处" in answers["question"][-1][1]
    assert "招生就业处" not in [d.name for d in organisation.list_departments(page.db, page.edition_id)]
    assert len(column_texts(page.tab.departments.view, 0)) == 7


def test_routing_a_need_to_a_department(qtbot, page):
    rows = organisation.list_departments(page.db, page.edition_id)
    dialog = page.tab.departments.edit(rows[0].id)  # 教务处
    combo = dialog.ui.need_key_combo
    assert combo.currentText() == "无"
    combo.setCurrentIndex(combo.findData("media"))
    save(qtbot, dialog)
    assert organisation.list_departments(page.db, page.edition_id)[0].need_key == "media"
    assert column_texts(page.tab.departments.view, 3)[0] == "宣传拍摄"

    dialog = page.tab.departments.edit(rows[5].id)  # 后勤处 keeps 用电 unless changed
    assert dialog.ui.need_key_combo.currentData() == "power"
    assert dialog.ui.need_key_combo.currentText() == "用电"


def test_department_validation_and_duplicate_name(qtbot, page):
    before = organisation.list_departments(page.db, page.edition_id)
    dialog = page.tab.departments.add()
    save(qtbot, dialog)
    assert dialog.isVisible() and dialog.ui.name_edit.property("invalid") is True
    assert "名称不能为空" in error_shown(dialog)
    type_text(qtbot, dialog.ui.name_edit, "教务处")
    save(qtbot, dialog)
    assert dialog.isVisible() and "本年度已有名为“教务处”的部门" in dialog.ui.name_edit.toolTip()
    assert organisation.list_departments(page.db, page.edition_id) == before


def test_move_a_department(qtbot, page):
    view = page.tab.departments.view
    click_row(qtbot, view, 1, column=0)
    qtbot.mouseClick(page.tab.departments.buttons["up"], Qt.MouseButton.LeftButton)
    names = [d.name for d in organisation.list_departments(page.db, page.edition_id)]
    assert names[:2] == ["二级学院", "教务处"] and column_texts(view, 0)[:2] == names[:2]
    qtbot.mouseClick(page.tab.departments.buttons["down"], Qt.MouseButton.LeftButton)
    assert [d.name for d in organisation.list_departments(page.db, page.edition_id)][:2] == ["教务处", "二级学院"]
    assert view.selectionModel().selectedRows()[0].row() == 1


# ---------------------------------------------------------------------------------------------- leadership


def test_leadership_group_add_edit_move_delete(qtbot, page, answers):
    view = page.tab.leadership.view
    assert column_texts(view, 0)[:3] == ["组长", "副组长", "副组长"]
    assert column_texts(view, 1)[:2] == ["栾好利", "高莉"]

    qtbot.mouseClick(page.tab.leadership.buttons["add"], Qt.MouseButton.LeftButton)
    dialog = open_form()
    assert isinstance(dialog, MemberDialog) and dialog.ui.role_combo.currentText() == "成员"
    save(qtbot, dialog)  # empty name
    assert dialog.isVisible() and dialog.ui.name_edit.property("invalid") is True
    dialog.ui.role_combo.setCurrentIndex(dialog.ui.role_combo.findData("副组长"))
    type_text(qtbot, dialog.ui.name_edit, "王 小 明")
    save(qtbot, dialog)
    last = organisation.list_leadership(page.db, page.edition_id)[-1]
    assert (last.role, last.name) == ("副组长", "王小明")
    assert column_texts(view, 1)[-1] == "王小明"

    row = len(column_texts(view, 0)) - 1
    double_click_row(qtbot, view, row)
    dialog = open_form()
    assert dialog.ui.role_combo.currentText() == "副组长"
    dialog.ui.role_combo.setCurrentIndex(dialog.ui.role_combo.findData("成员"))
    save(qtbot, dialog)
    assert organisation.list_leadership(page.db, page.edition_id)[-1].role == "成员"

    click_row(qtbot, view, row)
    qtbot.mouseClick(page.tab.leadership.buttons["up"], Qt.MouseButton.LeftButton)
    assert [m.name for m in organisation.list_leadership(page.db, page.edition_id)][-2] == "王小明"

    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert "王小明" in answers["question"][-1][1]
    assert "王小明" not in [m.name for m in organisation.list_leadership(page.db, page.edition_id)]


def test_org_table_pdf_follows_edits(qtbot, page, monkeypatch, tmp_path, offers):
    organisation.add_member(page.db, page.edition_id, {"role": "成员", "name": "新增成员甲"})
    page.tab.refresh()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "org"), "")))
    path = page.tab.print_org_table()
    assert path == tmp_path / "org.pdf"
    from pypdf import PdfReader

    assert "新增成员甲" in "".join(p.extract_text() for p in PdfReader(path).pages).replace(" ", "")


# ---------------------------------------------------------------------------------------------- 修改记录


@pytest.mark.parametrize(("pane_name", "entity"), [("colleges", "college"), ("departments", "department"),
                                                   ("leadership", "member")])
def test_history_entry_opens_the_selected_records_changes(qtbot, page, history_dialogs, pane_name, entity):
    pane = getattr(page.tab, pane_name)
    entry = context_entry(pane.view, "查看修改记录…")
    assert not entry.isEnabled()  # nothing selected yet
    record = pane.model.record(1)
    page.db.operator = "李老师"
    if entity == "college":
        colleges.move_college(page.db, record.id, 1)
    else:
        organisation.move_row(page.db, entity, record.id, 1)
    page.tab.refresh()
    click_row(qtbot, pane.view, pane.model.row_of(record.id))
    assert entry.isEnabled()

    entry.trigger()
    dialog, = history_dialogs
    assert dialog.parent() is pane
    assert dialog.windowTitle() == f"修改记录 — {record.name}"
    view = dialog.ui.table_view
    assert (column_texts(view, 1)[-1], column_texts(view, 2)[-1]) == ("李老师", "调整顺序")
    assert {dialog.model.record(row).entity_id for row in range(view.model().rowCount())} == {record.id}


def test_history_needs_exactly_one_college_and_is_in_the_edit_menu(qtbot, page, history_dialogs):
    entry = page.tab.colleges.history_action
    assert entry in page.tab.edit_actions()
    click_row(qtbot, page.view, 0)
    click_row(qtbot, page.view, 2, modifier=Qt.KeyboardModifier.ControlModifier)
    assert len(page.tab.colleges.selected_ids()) == 2
    assert not entry.isEnabled()
    entry.trigger()
    assert history_dialogs == []
