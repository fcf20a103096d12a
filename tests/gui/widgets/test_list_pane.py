"""The list-editing pane, driven as a user drives it, over a toy list of booths kept in memory."""

from __future__ import annotations

import dataclasses
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QLineEdit, QMessageBox, QVBoxLayout

from tests.gui.widget_input import click_header, click_row, column_texts, double_click_row, type_text
from vocweek_desktop.domain.errors import NotFoundError, ValidationError
from vocweek_desktop.gui.dialogs.record_dialog import RecordDialog
from vocweek_desktop.gui.models.records_model import Column, RecordsModel
from vocweek_desktop.gui.widgets.list_pane import ListPane


@dataclasses.dataclass(frozen=True)
class Booth:
    """A record with an id, as every pane lists."""

    id: int
    name: str
    size: int
    order: int = 0


class Store:
    """What a service would keep in the database: booths in display order; some are in use and cannot go."""

    def __init__(self):
        self.booths = [Booth(1, "甲展位", 9), Booth(2, "乙展位", 6), Booth(3, "丙展位", 12), Booth(4, "丁展位", 6)]
        self.in_use = {3}
        self.checked: list[list[int]] = []  # the ids of each check before a delete
        self.next_id = 5

    def listed(self) -> list[Booth]:
        return [dataclasses.replace(booth, order=number) for number, booth in enumerate(self.booths, start=1)]

    def save(self, booth_id: int | None, name: str) -> Booth:
        if not name:
            raise ValidationError({"name": "名称不能为空"})
        if booth_id is None:
            booth = Booth(self.next_id, name, 6)
            self.next_id += 1
            self.booths.append(booth)
            return booth
        index = next(i for i, booth in enumerate(self.booths) if booth.id == booth_id)
        self.booths[index] = dataclasses.replace(self.booths[index], name=name)
        return self.booths[index]

    def get(self, booth_id: int) -> Booth:
        found = [booth for booth in self.booths if booth.id == booth_id]
        if not found:
            raise NotFoundError("找不到这个展位（可能已被删除）")
        return found[0]


class BoothDialog(RecordDialog):
    """A one-field form built in code (real forms come from ui/)."""

    def __init__(self, store: Store, booth_id: int | None, parent=None):
        super().__init__(parent)
        self._store, self._id = store, booth_id
        self.ui = SimpleNamespace(name_edit=QLineEdit(), error_label=QLabel(),
                                  button_box=QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                                              | QDialogButtonBox.StandardButton.Cancel))
        self.ui.error_label.setObjectName("error_label")
        layout = QVBoxLayout(self)
        for widget in (self.ui.name_edit, self.ui.error_label, self.ui.button_box):
            layout.addWidget(widget)
        self.setup_form(self.ui)
        if booth_id is not None:
            self.ui.name_edit.setText(store.get(booth_id).name)

    def field_widgets(self):
        return {"name": self.ui.name_edit}

    def save(self) -> Booth:
        return self._store.save(self._id, self.ui.name_edit.text())


class BoothsPane(ListPane):
    """A pane configured the way the 学院 tab's colleges pane is: several at once, sortable, searchable."""

    noun = "展位"
    list_name = "展位"
    multi_select = True
    order_key = "order"

    def __init__(self, store: Store):
        self.store = store
        super().__init__(RecordsModel([Column("order", "序号"), Column("name", "名称", searchable=True),
                                       Column("size", "面积")]))

    def load(self):
        return self.store.listed()

    def create_dialog(self, record_id):
        return BoothDialog(self.store, record_id, self)

    def delete_refusals(self, records):
        self.store.checked.append([r.id for r in records])
        return [(r, f"不能删除展位“{r.name}”：已分配给学院") for r in records if r.id in self.store.in_use]

    def delete_records(self, records):
        done = [r.id for r in records if r.id not in self.store.in_use]
        self.store.booths = [b for b in self.store.booths if b.id not in done]
        return done, [f"不能删除展位“{r.name}”：已分配给学院" for r in records if r.id in self.store.in_use]

    def move_record(self, record, offset):
        index = next(i for i, booth in enumerate(self.store.booths) if booth.id == record.id)
        self.store.booths.insert(index + offset, self.store.booths.pop(index))


@pytest.fixture
def pane(qtbot):
    made = BoothsPane(Store())
    qtbot.addWidget(made)
    made.set_context(object(), 1)  # a database and an edition: a pane only needs to know there are some
    made.resize(900, 400)
    made.show()
    qtbot.waitExposed(made)
    return made


def names(pane) -> list[str]:
    return column_texts(pane.view, 1)


def enabled(pane) -> dict[str, bool]:
    return {name: button.isEnabled() for name, button in pane.buttons.items()}


def save_form(qtbot) -> RecordDialog:
    form = QApplication.activeModalWidget()
    qtbot.mouseClick(form.ui.button_box.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    return form


def test_commands_follow_the_context_and_the_selection(qtbot, pane):
    assert [button.text() for button in pane.buttons.values()] == ["新增…", "编辑…", "删除", "上移", "下移", "复制"]
    assert enabled(pane) == {"add": True, "edit": False, "delete": False, "up": False, "down": False, "copy": False}
    click_row(qtbot, pane.view, 0)
    assert enabled(pane) == {"add": True, "edit": True, "delete": True, "up": False, "down": True, "copy": True}
    click_row(qtbot, pane.view, 2, modifier=Qt.KeyboardModifier.ControlModifier)
    assert enabled(pane) == {"add": True, "edit": False, "delete": True, "up": False, "down": False, "copy": True}
    assert [action.text() for action in pane.view.actions()] == ["编辑展位…", "删除展位", "上移", "下移", "复制选中的展位"]
    assert all(action.isEnabled() == enabled(pane)[name] for name, action in pane.command_actions.items())
    pane.set_context(None, None)
    assert names(pane) == [] and not any(enabled(pane).values())


def test_add_and_edit_through_the_form(qtbot, pane):
    messages, changes = [], []
    pane.status_message.connect(messages.append)
    pane.data_changed.connect(lambda: changes.append(True))
    qtbot.mouseClick(pane.buttons["add"], Qt.MouseButton.LeftButton)
    form = save_form(qtbot)  # empty name: refused, the form stays open
    assert form.isVisible() and form.ui.name_edit.property("invalid") is True and pane.store.next_id == 5
    type_text(qtbot, form.ui.name_edit, "戊展位")
    save_form(qtbot)
    assert names(pane)[-1] == "戊展位" and pane.selected_ids() == [5]
    assert messages[-1] == "已保存展位“戊展位”" and changes == [True]

    double_click_row(qtbot, pane.view, 1)
    form = QApplication.activeModalWidget()
    assert form.ui.name_edit.text() == "乙展位"
    type_text(qtbot, form.ui.name_edit, "乙号展位")
    save_form(qtbot)
    assert names(pane)[1] == "乙号展位" and pane.selected_ids() == [2]


def test_keys_enter_delete_and_copy(qtbot, pane, answers):
    click_row(qtbot, pane.view, 1)
    pane.view.setFocus()
    qtbot.keyClick(pane.view, Qt.Key.Key_Return)
    form = QApplication.activeModalWidget()
    assert isinstance(form, BoothDialog) and form.ui.name_edit.text() == "乙展位"
    form.reject()

    QGuiApplication.clipboard().clear()
    qtbot.keyClick(pane.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "序号\t名称\t面积\n2\t乙展位\t6"

    answers["reply"] = [QMessageBox.StandardButton.No]
    qtbot.keyClick(pane.view, Qt.Key.Key_Delete)
    assert answers["question"][-1] == ("删除展位", "确定删除展位“乙展位”吗？此操作不能撤销。")
    assert "乙展位" in names(pane)
    answers["reply"] = [QMessageBox.StandardButton.Yes]
    qtbot.keyClick(pane.view, Qt.Key.Key_Delete)
    assert names(pane) == ["甲展位", "丙展位", "丁展位"] and answers["warning"] == []


def test_those_in_use_are_named_before_the_question_which_is_about_the_rest(qtbot, pane, answers):
    messages = []
    pane.status_message.connect(messages.append)
    for row in (0, 1, 2):
        click_row(qtbot, pane.view, row, modifier=Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(pane.buttons["delete"], Qt.MouseButton.LeftButton)
    assert pane.store.checked == [[1, 2, 3]]
    assert answers["question"] == [("删除展位", "不能删除展位“丙展位”：已分配给学院\n\n"
                                               "确定删除其余 2 个展位吗？此操作不能撤销。\n\n甲展位、乙展位")]
    assert names(pane) == ["丙展位", "丁展位"]
    assert messages[-1] == "已删除 2 个展位"
    assert answers["warning"] == []  # said before, not again after
    assert pane.selected_ids() == [3]  # what was kept stays selected


def test_only_records_in_use_are_refused_at_once_without_a_question(qtbot, pane, answers):
    click_row(qtbot, pane.view, 2)
    qtbot.mouseClick(pane.buttons["delete"], Qt.MouseButton.LeftButton)
    assert answers["question"] == []
    assert answers["warning"] == [("不能删除", "不能删除展位“丙展位”：已分配给学院")]
    assert names(pane) == ["甲展位", "乙展位", "丙展位", "丁展位"]

    # One left besides: the question is about that one, by name.
    click_row(qtbot, pane.view, 3, modifier=Qt.KeyboardModifier.ControlModifier)
    answers["reply"] = [QMessageBox.StandardButton.No]
    qtbot.mouseClick(pane.buttons["delete"], Qt.MouseButton.LeftButton)
    assert answers["question"][-1][1].endswith("\n\n确定删除展位“丁展位”吗？此操作不能撤销。")
    assert names(pane) == ["甲展位", "乙展位", "丙展位", "丁展位"]


def test_a_record_taken_into_use_after_the_question_is_still_kept_and_reported(qtbot, pane, answers, monkeypatch):
    monkeypatch.setattr(pane, "delete_refusals", lambda records: [])  # in use only by the time it is deleted
    for row in (1, 2):
        click_row(qtbot, pane.view, row, modifier=Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(pane.buttons["delete"], Qt.MouseButton.LeftButton)
    assert "确定删除选中的 2 个展位吗" in answers["question"][-1][1]
    assert names(pane) == ["甲展位", "丙展位", "丁展位"]
    assert answers["warning"] == [("不能删除", "不能删除展位“丙展位”：已分配给学院")]


def test_selection_is_kept_across_reloads_sorts_and_searches(qtbot, pane):
    click_row(qtbot, pane.view, 1)
    click_row(qtbot, pane.view, 3, modifier=Qt.KeyboardModifier.ControlModifier)
    pane.store.booths.insert(0, Booth(9, "新展位", 1))  # another window added one at the top
    pane.reload()
    assert names(pane)[0] == "新展位" and pane.selected_ids() == [2, 4]
    click_header(qtbot, pane.view, 2)
    assert sorted(pane.selected_ids()) == [2, 4]
    pane.model.set_search("乙")
    assert names(pane) == ["乙展位"] and pane.selected_ids() == [2]
    pane.model.set_search("")
    assert pane.selected_ids() == [2]


def test_moves_only_in_display_order_and_past_hidden_rows(qtbot, pane):
    click_header(qtbot, pane.view, 2)
    click_row(qtbot, pane.view, 1)
    assert not pane.buttons["up"].isEnabled() and not pane.buttons["down"].isEnabled()
    assert pane.hint_label.isVisible() and "当前按“面积”排序" in pane.hint_label.text()
    assert "请先点击“序号”列标题" in pane.buttons["up"].toolTip()
    pane.hint_label.linkActivated.emit("restore")
    assert pane.in_display_order() and not pane.hint_label.isVisible()
    assert names(pane) == ["甲展位", "乙展位", "丙展位", "丁展位"]

    pane.model.set_search("展位")
    click_row(qtbot, pane.view, 3)
    qtbot.mouseClick(pane.buttons["up"], Qt.MouseButton.LeftButton)
    assert [b.name for b in pane.store.booths] == ["甲展位", "乙展位", "丁展位", "丙展位"]
    assert pane.selected_ids() == [4] and column_texts(pane.view, 0) == ["1", "2", "3", "4"]

    pane.store.booths[1] = dataclasses.replace(pane.store.booths[1], name="乙")  # now hidden by a search
    pane.reload()
    pane.model.set_search("展位")
    assert names(pane) == ["甲展位", "丁展位", "丙展位"]
    click_row(qtbot, pane.view, 1)
    qtbot.mouseClick(pane.buttons["up"], Qt.MouseButton.LeftButton)
    assert [b.name for b in pane.store.booths] == ["丁展位", "甲展位", "乙", "丙展位"]


def test_a_change_of_edition_closes_the_open_form(qtbot, pane):
    pane.add()
    form = QApplication.activeModalWidget()
    assert isinstance(form, BoothDialog)
    pane.set_context(object(), 2)
    assert not form.isVisible()


def test_editing_a_record_deleted_meanwhile_says_so_and_reloads(qtbot, pane, answers):
    click_row(qtbot, pane.view, 0)
    pane.store.booths.pop(0)
    qtbot.mouseClick(pane.buttons["edit"], Qt.MouseButton.LeftButton)
    assert answers["warning"] == [("编辑展位", "找不到这个展位（可能已被删除）")]
    assert names(pane) == ["乙展位", "丙展位", "丁展位"]
