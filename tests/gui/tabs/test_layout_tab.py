"""The 展位布局 tab driven as a user drives it: real mouse events on the view for drags (snapped, Alt free, one undo
step), drops of colleges, the keyboard, every operation undone and redone to the exact database state, problems,
the side lists, and the files it writes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from tests.io.pdf.pdf_inspect import all_text
from tests.services.test_layout import state
from vocweek_desktop.gui.booth_editor.items import to_scene
from vocweek_desktop.gui.booth_editor.view import college_mime
from vocweek_desktop.gui.tabs.layout_tab import LayoutTab
from vocweek_desktop.services import editions, layout
from vocweek_desktop.services.database import create_demo


@pytest.fixture
def demo(tmp_path):
    """The demo database with the sample plaza."""
    db = create_demo(tmp_path / "demo.sqlite3", with_layout=True)
    yield db
    db.close()


@pytest.fixture
def tab(qtbot, demo):
    """The tab on the demo layout, shown at a usual size, zoomed so that a metre is 20 pixels."""
    page = LayoutTab()
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.set_context(demo, editions.list_editions(demo)[0].id)
    page.show()
    qtbot.waitExposed(page)
    page.view.set_zoom(0.2)
    page.view.centerOn(to_scene(30), to_scene(24))
    QApplication.processEvents()
    return page


def booth(tab, number):
    """The scene item of booth ``number``."""
    return next(item for item in tab.scene.booths.values() if item.record.number == number)


def stored(tab, number):
    """Booth ``number`` as the database has it."""
    return next(b for b in layout.get_layout(tab.db, tab.edition_id).booths if b.number == number)


def mouse(tab, kind, scene_point, modifiers=Qt.KeyboardModifier.NoModifier, button=Qt.MouseButton.LeftButton):
    """Send a real mouse event to the view's viewport at a scene point."""
    viewport = tab.view.viewport()
    pos = QPointF(tab.view.mapFromScene(scene_point))
    types = {"press": QEvent.Type.MouseButtonPress, "move": QEvent.Type.MouseMove,
             "release": QEvent.Type.MouseButtonRelease, "double": QEvent.Type.MouseButtonDblClick}
    buttons = Qt.MouseButton.NoButton if kind == "release" else button
    event = QMouseEvent(types[kind], pos, QPointF(viewport.mapToGlobal(pos.toPoint())),
                        button if kind != "move" else Qt.MouseButton.NoButton, buttons, modifiers)
    QApplication.sendEvent(viewport, event)


def drag(tab, start, offset_metres, modifiers=Qt.KeyboardModifier.NoModifier, steps=5):
    """Press at ``start`` (scene), move there by steps, release."""
    mouse(tab, "press", start)
    for step in range(1, steps + 1):
        point = start + QPointF(to_scene(offset_metres[0]) * step / steps, to_scene(offset_metres[1]) * step / steps)
        mouse(tab, "move", point, modifiers)
    mouse(tab, "release", point, modifiers)


def test_a_drag_lands_snapped_on_the_grid_and_is_one_undo_step(tab):
    before = state(tab.db)
    item = booth(tab, "A01")
    old = stored(tab, "A01")
    drag(tab, item.pos(), (2.3, 1.1))
    # Its corner (20.5, 18) + (2.3, 1.1) = (22.8, 19.1) → on the 0.5 m grid: (23, 19), so the move is (2.5, 1).
    now = stored(tab, "A01")
    assert (now.x, now.y) == (old.x + 2.5, old.y + 1.0)
    assert (item.record.x, item.record.y) == (now.x, now.y)
    assert item.pos() == QPointF(to_scene(now.x), to_scene(now.y))
    assert tab.undo_stack.count() == 1 and tab.undo_stack.text(0) == "移动 A01"
    tab.undo_stack.undo()
    assert state(tab.db) == before
    assert item.pos() == QPointF(to_scene(old.x), to_scene(old.y))
    tab.undo_stack.redo()
    assert (stored(tab, "A01").x, stored(tab, "A01").y) == (now.x, now.y)


def test_alt_places_freely(tab):
    item = booth(tab, "A01")
    old = stored(tab, "A01")
    drag(tab, item.pos(), (2.3, 1.1), Qt.KeyboardModifier.AltModifier)
    now = stored(tab, "A01")
    # Where the mouse went, to the pixel (a metre is 20 pixels here), not to the grid.
    assert (now.x, now.y) == pytest.approx((old.x + 2.3, old.y + 1.1), abs=0.05)
    assert (now.x - old.x) % 0.5 and (now.y - old.y) % 0.5


def test_a_drag_of_a_selection_moves_all_of_it_in_one_step(tab):
    a01, a02, b01 = booth(tab, "A01"), booth(tab, "A02"), booth(tab, "B01")
    mouse(tab, "press", a01.pos())
    mouse(tab, "release", a01.pos())
    for item in (a02, b01):  # Ctrl+click adds to the selection
        mouse(tab, "press", item.pos(), Qt.KeyboardModifier.ControlModifier)
        mouse(tab, "release", item.pos(), Qt.KeyboardModifier.ControlModifier)
    assert tab.scene.selected_ids()[0] == sorted(i.item_id for i in (a01, a02, b01))
    old = {n: stored(tab, n) for n in ("A01", "A02", "B01", "A03")}
    drag(tab, a02.pos(), (-1.0, 3.0))
    for number in ("A01", "A02", "B01"):
        assert (stored(tab, number).x, stored(tab, number).y) == (old[number].x - 1, old[number].y + 3)
    assert stored(tab, "A03") == old["A03"]
    assert tab.undo_stack.count() == 1 and tab.undo_stack.text(0) == "移动 3 项"


def test_the_property_panel_shows_one_booth_or_nothing_never_a_stale_one(tab):
    """One booth selected: its values; a second added (and the pair dragged): the panel is emptied and disabled, so
    it never shows where A01 stood before the drag; back to one: its new place."""
    a01, a02 = booth(tab, "A01"), booth(tab, "A02")
    mouse(tab, "press", a01.pos())
    mouse(tab, "release", a01.pos())
    old = stored(tab, "A01")
    assert tab.ui.number_edit.text() == "A01" and tab.ui.x_spin.value() == pytest.approx(old.x)
    mouse(tab, "press", a02.pos(), Qt.KeyboardModifier.ControlModifier)
    mouse(tab, "release", a02.pos(), Qt.KeyboardModifier.ControlModifier)
    drag(tab, a02.pos(), (0.0, 4.0))
    ui = tab.ui
    assert not ui.property_box.isEnabled() and ui.selection_label.text() == "已选中 2 项（属性面板一次编辑一项）"
    assert ui.number_edit.text() == "" and ui.college_label.text() == ""
    assert ui.y_spin.value() == 0 and ui.width_spin.value() == ui.width_spin.minimum()
    mouse(tab, "press", a01.pos())
    mouse(tab, "release", a01.pos())
    assert ui.number_edit.text() == "A01" and ui.y_spin.value() == pytest.approx(old.y + 4)


def test_a_click_on_one_booth_of_a_selection_selects_only_that_booth(tab):
    """A press and release without a move, on a booth of a larger selection, leaves that booth alone selected (the
    next 删除 takes one booth, not all of them); a drag still moves the whole selection."""
    tab.select_all()
    b01 = booth(tab, "B01")
    assert len(tab.scene.selected_shapes()) > 10
    mouse(tab, "press", b01.sceneBoundingRect().center())
    mouse(tab, "release", b01.sceneBoundingRect().center())
    assert tab.scene.selected_shapes() == [b01]
    tab.delete_selected()
    assert {b.number for b in layout.get_layout(tab.db, tab.edition_id).booths} == {
        "A01", "A02", "A03", "A04", "A05", "B02", "B03", "B04", "B05", "F01"}


def test_rubber_band_selects_what_it_touches(tab):
    a01, a02 = booth(tab, "A01"), booth(tab, "A02")
    start = a01.pos() + QPointF(-to_scene(2.5), -to_scene(2.5))
    end = a02.pos()
    mouse(tab, "press", start)
    for step in range(1, 6):
        mouse(tab, "move", start + (end - start) * step / 5)
    mouse(tab, "release", end)
    assert tab.scene.selected_ids()[0] == sorted([a01.item_id, a02.item_id])


def _drop(tab, college_id, item):
    from PySide6.QtGui import QDropEvent

    pos = QPointF(tab.view.mapFromScene(item.pos()))
    mime = college_mime(college_id)  # the event does not own its data: keep it alive while it is handled
    event = QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    tab.view.dropEvent(event)
    return event.isAccepted()


def test_a_college_dropped_on_a_free_booth_is_assigned_and_on_a_taken_one_asks(tab, answers):
    f01 = booth(tab, "F01")
    college = tab.colleges[1]
    _drop(tab, college.id, f01)
    assert stored(tab, "F01").college_id == college.id and answers["question"] == []
    assert tab.undo_stack.text(tab.undo_stack.count() - 1) == f"F01 分配给 {college.name}"
    a01 = booth(tab, "A01")
    owner = stored(tab, "A01").college_id
    answers["reply"] = [QMessageBox.StandardButton.No]
    _drop(tab, college.id, a01)
    assert stored(tab, "A01").college_id == owner
    assert "展位 A01 已分配给" in answers["question"][0][1]
    answers["reply"] = [QMessageBox.StandardButton.Yes]
    _drop(tab, college.id, a01)
    assert stored(tab, "A01").college_id == college.id
    # The college now holds three booths and the first owner none: both listed, the booths drawn red.
    texts = [p.text for p in tab.problems_model.records()]
    assert f"{college.name}有 3 个展位（A01、A02、F01）" in texts
    assert booth(tab, "F01").problem and not booth(tab, "B05").problem


def test_the_toolbar_keeps_its_width_whatever_the_step_to_undo(tab):
    """Seen at 1366×768: after "F01 分配给 马克思主义学院（示例）" the 撤销 and 重做 buttons carried the whole step and
    pushed 场地设置, 导出位置分布图 and 更多 behind the toolbar's » button. The buttons say 撤销 / 重做; the 编辑 menu and
    the tooltips name the step."""
    width = tab.toolbar.sizeHint().width()
    college = max(tab.colleges, key=lambda c: len(c.name))
    _drop(tab, college.id, booth(tab, "F01"))
    tab.undo_stack.undo()
    step = f"F01 分配给 {college.name}"
    assert tab.undo_action.text() == "撤销" and tab.redo_action.text() == f"重做 {step}"  # the menu's text
    assert tab.toolbar.widgetForAction(tab.redo_action).text() == "重做"
    assert step in tab.redo_action.toolTip() and tab.undo_action.toolTip() == "没有可撤销的操作"
    tab.undo_stack.redo()
    assert tab.toolbar.widgetForAction(tab.undo_action).text() == "撤销" and step in tab.undo_action.toolTip()
    assert tab.toolbar.sizeHint().width() == width


def test_a_college_dragged_back_to_the_list_is_unassigned(tab):
    college = tab.colleges[0]
    model = tab.colleges_model
    mime = college_mime(college.id)
    assert model.canDropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, model.index(0, 0))
    model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, model.index(0, 0))
    assert stored(tab, "A01").college_id is None
    assert model.record(0).place == "未安排"
    assert "还没有展位" in tab.problems_model.records()[0].text


def test_a_college_dropped_on_the_list_before_it_left_it_keeps_its_booth(tab):
    """A slip of the mouse while clicking a row starts a drag; released inside the list it took the college off all
    its booths. Only a drag that has been out of the list (to the plaza and back) unassigns."""
    from PySide6.QtGui import QDragLeaveEvent

    college = tab.colleges[0]
    model, view = tab.colleges_model, tab.ui.colleges_view
    mime = model.mimeData([model.index(0, 0)])  # what Qt asks for as the drag starts
    assert not model.canDropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, model.index(1, 0))
    model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, model.index(1, 0))
    assert stored(tab, "A01").college_id == college.id and tab.undo_stack.count() == 0
    mime = model.mimeData([model.index(0, 0)])
    QApplication.sendEvent(view.viewport(), QDragLeaveEvent())
    assert model.canDropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, model.index(1, 0))
    model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, model.index(1, 0))
    assert stored(tab, "A01").college_id is None


def test_the_colleges_list_drags_out_a_college(tab):
    model = tab.colleges_model
    mime = model.mimeData([model.index(2, 0)])
    assert mime.hasFormat("application/x-vocweek-college")
    assert model.flags(model.index(2, 0)) & Qt.ItemFlag.ItemIsDragEnabled


def test_double_click_on_a_college_selects_its_booth(tab):
    view = tab.ui.colleges_view
    tab.ui.side_tabs.setCurrentWidget(tab.ui.colleges_page)
    QApplication.processEvents()
    rect = view.visualRect(tab.colleges_model.index(3, 0))
    # A user's double click starts with a click (QTest's double click alone leaves the view no pressed row).
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    (selected,), _ = tab.scene.selected_ids()
    assert tab.scene.booths[selected].record.college_id == tab.colleges[3].id


def test_keyboard_alone_selects_nudges_and_numbers(tab, qtbot, monkeypatch):
    tab.view.setFocus()
    QTest.keyClick(tab.view, Qt.Key.Key_Tab)
    (first,), _ = tab.scene.selected_ids()
    assert tab.scene.booths[first].record.number == "A01"
    old = stored(tab, "A01")
    QTest.keyClick(tab.view, Qt.Key.Key_Right)
    QTest.keyClick(tab.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    now = stored(tab, "A01")
    assert (now.x, now.y) == (old.x + 0.5, old.y + 1.0)
    assert tab.undo_stack.count() == 2
    QTest.keyClick(tab.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(tab.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(tab, "A01") == old
    QTest.keyClick(tab.view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert stored(tab, "A01").x == old.x + 0.5
    QTest.keyClick(tab.view, Qt.Key.Key_R)
    assert stored(tab, "A01").rotation == 90
    QTest.keyClick(tab.view, Qt.Key.Key_Tab)
    (second,), _ = tab.scene.selected_ids()
    assert tab.scene.booths[second].record.number == "A02"
    QTest.keyClick(tab.view, Qt.Key.Key_Delete)
    assert "A02" not in {b.number for b in layout.get_layout(tab.db, tab.edition_id).booths}
    QTest.keyClick(tab.view, Qt.Key.Key_Insert)
    assert len(tab.scene.booths) == 11


def test_every_operation_undoes_and_redoes_to_the_exact_database_state(tab, answers, monkeypatch):
    db = tab.db
    states = [state(db)]

    def step(action):
        action()
        states.append(state(db))
        assert states[-1] != states[-2], action

    def select(*numbers):
        tab.scene.select_only([booth(tab, n) for n in numbers])

    step(lambda: tab.add_booths(1, at=(10, 35)))
    step(lambda: tab.add_booths(3, width=2, depth=2, gap=0.5, at=(10, 12), prefix="C"))
    step(lambda: tab.add_feature("stage"))
    step(lambda: (select("C01", "C02"), tab.duplicate_selected()))
    step(lambda: (select("A01", "A02"), tab.rotate_selected()))
    step(lambda: (select("A03", "B03", "C01"), tab.align_selected("left")))
    step(lambda: (select("B01", "B02", "B05"), tab.distribute_selected(True)))
    step(lambda: (select("A04"), tab.nudge(0.5, 0)))
    step(lambda: tab.number_booths([booth(tab, n).item_id for n in ("C01", "C02", "C03")], "D", 1, 2, False))
    step(lambda: tab.drop_college(tab.colleges[0].id, booth(tab, "D01").item_id))
    step(lambda: (select("A05"), tab.unassign_selected()))
    step(lambda: (select("B04"), tab.ui.notes_edit.setText("靠近电源"), tab.ui.tables_spin.setValue(3),
                  tab.apply_properties()))
    step(lambda: (select("B02", "F01"), tab.delete_selected()))
    step(lambda: tab.write_plaza({**tab.plaza.values(), "width": 70, "grid": 1.0}))
    stack = tab.undo_stack
    assert stack.count() == len(states) - 1
    for index in range(len(states) - 2, -1, -1):
        stack.undo()
        assert state(db) == states[index], stack.text(index)
    for index in range(1, len(states)):
        stack.redo()
        assert state(db) == states[index], stack.text(index - 1)
    # What the editor shows is what the database holds.
    shown = sorted((i.record.number, i.record.x, i.record.y, i.record.rotation) for i in tab.scene.booths.values())
    held = sorted((b.number, b.x, b.y, b.rotation) for b in layout.get_layout(db, tab.edition_id).booths)
    assert shown == held


def test_auto_numbering_refuses_a_taken_number(tab, answers):
    ids = [booth(tab, n).item_id for n in ("B01", "B02")]
    before = state(tab.db)
    assert not tab.number_booths(ids, "A", 1, 2, False)
    assert answers["warning"] == [("展位布局", "展位号“A01”已被占用")]
    assert state(tab.db) == before and tab.undo_stack.count() == 0
    assert booth(tab, "B01").record.number == "B01"


def test_problems_are_listed_and_a_click_selects_the_booths(tab):
    tab.scene.select_only([booth(tab, "A02")])
    tab.nudge(-3.5, 0)  # onto A01
    tab.scene.clearSelection()
    problems = tab.problems_model.records()
    assert problems[0].text == "展位 A01 与 A02 重叠"
    assert booth(tab, "A01").problem and booth(tab, "A02").problem
    tab.ui.side_tabs.setCurrentWidget(tab.ui.problems_page)
    view = tab.ui.problems_view
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     view.visualRect(tab.problems_model.index(0, 0)).center())
    assert tab.scene.selected_ids()[0] == sorted([booth(tab, "A01").item_id, booth(tab, "A02").item_id])
    assert tab.ui.side_tabs.tabText(tab.ui.side_tabs.indexOf(tab.ui.problems_page)) == "问题 (1)"


def test_reopening_shows_the_same_layout(tab, qtbot):
    drag(tab, booth(tab, "B03").pos(), (0, 4))
    again = LayoutTab()
    qtbot.addWidget(again)
    again.set_context(tab.db, tab.edition_id)
    assert {i.record for i in again.scene.booths.values()} == {i.record for i in tab.scene.booths.values()}


def test_every_action_has_a_shortcut_and_a_place_in_the_toolbar_or_menus(tab):
    menus = {action for action in tab.context_menu().actions()} | set(tab.align_menu.actions())
    for button in tab.toolbar.findChildren(type(tab.toolbar.widgetForAction(tab.add_action))):
        menu = button.menu()
        if menu is not None:
            menus |= set(menu.actions())
    reachable = set(tab.toolbar.actions()) | menus
    for action in tab.actions():
        if not action.text() or action is tab.history_action:
            continue
        assert not action.shortcut().isEmpty(), action.text()
    for action in (tab.add_action, tab.delete_action, tab.rotate_action, tab.number_action, tab.map_action,
                   tab.needs_action, tab.export_action, tab.import_action, tab.copy_action, tab.plaza_action,
                   *tab.align_actions.values(), tab.distribute_h_action, tab.distribute_v_action,
                   tab.unassign_action, tab.duplicate_action):
        assert action in reachable, action.text()


def test_the_map_is_exported_from_the_tab(tab, tmp_path, monkeypatch, offers):
    from vocweek_desktop.gui.booth_editor import dialogs, layout_files

    shown = []

    def exec_(dialog):
        """The dialog says which scale each paper gives (it had an empty line where this is now), as the map uses."""
        shown.append(dialog.ui.scale_label.text())
        dialog.ui.portrait_check.setChecked(True)
        shown.append(dialog.ui.scale_label.text())
        dialog.ui.portrait_check.setChecked(False)
        dialog.ui.paper_combo.setCurrentText("A3")
        shown.append(dialog.ui.scale_label.text())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs.MapDialog, "exec", exec_)
    target = tmp_path / "附件3.pdf"
    monkeypatch.setattr(layout_files, "ask_save_path", lambda *args: target)
    offers["reply"] = "打开文件"
    assert tab.export_map() == target
    assert shown == ["比例尺 1:300（图上 1 厘米 = 3 米）", "比例尺 1:400（图上 1 厘米 = 4 米）",
                     "比例尺 1:200（图上 1 厘米 = 2 米）"]
    assert "比例尺 1:200" in offers["shown"][0][1]
    assert "2024年职教周学院集中展示位置分布图" in all_text(target)
    assert offers["shown"][0][0] == "导出位置分布图" and "1:" in offers["shown"][0][1]
    assert offers["opened"] == [str(target)]  # as every export: offered to open the file or its folder


def test_a_plaza_smaller_than_a_booth_and_a_bad_picture_are_refused(tab, answers, tmp_path, qtbot):
    from vocweek_desktop.gui.booth_editor.dialogs import PlazaDialog

    before = state(tab.db)
    assert not tab.write_plaza({**tab.plaza.values(), "width": 2})
    assert "比展位" in answers["warning"][0][1] and state(tab.db) == before
    dialog = PlazaDialog(tab.plaza, tab)
    qtbot.addWidget(dialog)
    fake = tmp_path / "plan.png"
    fake.write_text("not a picture", encoding="utf-8")
    assert not dialog.use_picture(fake)
    assert "不是可用的图片" in dialog.ui.error_label.text() and dialog.picture is None


def test_a_background_picture_is_shown_and_undone(tab, tmp_path):
    from PIL import Image

    picture = tmp_path / "广场.png"
    Image.new("RGB", (600, 400), "#88AACC").save(picture)
    data = picture.read_bytes()
    assert tab.write_plaza({**tab.plaza.values(), "background_scale": 0.1}, data, picture.name)
    assert tab.scene.background is not None and tab.scene.background.width() == 600
    assert layout.background_bytes(tab.db, tab.plaza.id) == data
    tab.undo_stack.undo()
    assert tab.scene.background is None and layout.background_bytes(tab.db, tab.plaza.id) is None


def test_an_edition_without_a_layout_says_what_to_do(qtbot, db, edition):
    page = LayoutTab()
    qtbot.addWidget(page)
    page.set_context(db, edition.id)
    page.show()
    assert page.empty_label.isVisible() and not page.add_action.isEnabled()
    assert page.write_plaza({"name": "操场", "width": 30, "depth": 20, "grid": 0.5, "north": None,
                             "background_scale": 0.05, "background_x": 0, "background_y": 0,
                             "background_opacity": 0.5})
    assert not page.empty_label.isVisible() and page.add_action.isEnabled()
    assert page.plaza.name == "操场" and page.plaza.width == 30





def test_the_wheel_zooms_around_the_cursor_and_space_or_the_middle_button_pans(tab):
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QWheelEvent

    view = tab.view
    under = booth(tab, "B03").pos()
    cursor = view.mapFromScene(under)
    before = view.pixels_per_metre()
    event = QWheelEvent(QPointF(cursor), QPointF(view.viewport().mapToGlobal(cursor)), QPoint(0, 0), QPoint(0, 240),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), event)
    assert view.pixels_per_metre() == pytest.approx(before * 1.15 ** 2)
    after = view.mapToScene(cursor)
    assert abs(after.x() - under.x()) < 2 * 100 / view.pixels_per_metre() + 1  # the point stayed under the cursor
    scroll = view.horizontalScrollBar().value()
    centre = view.viewport().rect().center()
    mouse(tab, "press", view.mapToScene(centre), button=Qt.MouseButton.MiddleButton)
    mouse(tab, "move", view.mapToScene(centre + QPoint(-60, 0)), button=Qt.MouseButton.MiddleButton)
    mouse(tab, "release", view.mapToScene(centre + QPoint(-60, 0)), button=Qt.MouseButton.MiddleButton)
    assert view.horizontalScrollBar().value() == scroll + 60
    assert tab.undo_stack.count() == 0  # panning writes nothing
    QTest.keyPress(view, Qt.Key.Key_Space)
    scroll = view.horizontalScrollBar().value()
    start = booth(tab, "B03").pos()  # a press on a booth pans while space is held: the booth does not move
    mouse(tab, "press", start)
    mouse(tab, "move", view.mapToScene(view.mapFromScene(start) + QPoint(40, 0)))
    mouse(tab, "release", view.mapToScene(view.mapFromScene(start) + QPoint(40, 0)))
    QTest.keyRelease(view, Qt.Key.Key_Space)
    assert view.horizontalScrollBar().value() == scroll - 40
    assert tab.undo_stack.count() == 0


def test_copy_forward_from_the_tab_lists_the_unmatched(qtbot, demo, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from vocweek_desktop.services import colleges

    new = editions.create_from_defaults(demo, 2025)
    colleges.add_college(demo, new.id, {"name": "智能制造学院（示例）"})
    page = LayoutTab()
    qtbot.addWidget(page)
    page.set_context(demo, new.id)
    assert page.plaza is None
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *args, **kwargs: ("2024 年度", True)))
    shown = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda parent, title, text: shown.append(text)))
    page.copy_from_edition()
    assert len(page.scene.booths) == 11 and page.plaza.name == "东区科技广场（示例）"
    assert "1 个展位按名称分配给了学院" in shown[0] and "A02：学院“汽车工程学院（示例）”在本年度找不到" in shown[0]
    assert [p.text for p in page.problems_model.records()] == []


def test_the_property_panel_writes_only_what_changed(tab, answers):
    tab.scene.select_only([booth(tab, "A01")])
    tab.apply_properties()
    assert tab.undo_stack.count() == 0  # nothing changed: nothing written
    tab.ui.width_spin.setValue(4.25)
    tab.ui.number_edit.setText("A10")
    tab.ui.rotation_combo.setCurrentIndex(1)
    tab.apply_properties()
    now = stored(tab, "A10")
    assert (now.width, now.rotation) == (4.25, 90) and tab.undo_stack.count() == 1
    tab.ui.number_edit.setText("A02")  # taken
    tab.apply_properties()
    assert tab.undo_stack.count() == 1 and booth(tab, "A10").record.number == "A10"
    assert answers["warning"] == [("展位布局", "展位号“A02”已被占用")]


def test_what_is_typed_or_chosen_in_the_panel_is_written_when_the_field_is_left(tab, qtbot):
    """Seen in the window: a note typed for B01, then a click on B02, and the note was gone (only Enter or 应用修改
    wrote it; 类型 and 需要用电 likewise). Each field is written as it is left or chosen, for the booth it belongs to."""
    tab.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
    ui = tab.ui
    b01, b02 = booth(tab, "B01"), booth(tab, "B02")
    tab.scene.select_only([b01])
    ui.notes_edit.setFocus()
    qtbot.keyClicks(ui.notes_edit, "2 x A1 poster")  # QTest types ASCII only
    tab.view.setFocus()  # a click on the plaza: the view takes the focus, then the press selects B02
    mouse(tab, "press", b02.sceneBoundingRect().center())
    mouse(tab, "release", b02.sceneBoundingRect().center())
    assert stored(tab, "B01").notes == "2 x A1 poster" and not stored(tab, "B02").notes
    assert tab.scene.selected_shapes() == [b02] and ui.notes_edit.text() == ""
    was = stored(tab, "B02").power
    ui.power_check.click()  # as a click on it does: toggled, then clicked
    assert stored(tab, "B02").power is (not was)
    ui.kind_combo.setCurrentText("服务台")
    ui.kind_combo.activated.emit(ui.kind_combo.currentIndex())  # what a choice in the drop-down sends
    assert stored(tab, "B02").kind == "服务台"
    assert [tab.undo_stack.text(i) for i in range(tab.undo_stack.count())] == ["修改 B01", "修改 B02", "修改 B02"]


def test_a_layout_workbook_is_imported_through_the_preview(tab, tmp_path, monkeypatch):
    import openpyxl

    from vocweek_desktop.gui.dialogs.import_preview_dialog import ImportPreviewDialog
    from vocweek_desktop.services import layout_workbook

    path = layout_workbook.export_layout(tab.db, tab.edition_id, tmp_path / "布局.xlsx")
    workbook = openpyxl.load_workbook(path)
    workbook["展位"]["C2"] = 12
    workbook["展位"].append(["C01", "", 40, 10, 3, 3])
    workbook.save(path)
    seen = {}

    def accept(dialog):
        seen["title"] = dialog.windowTitle()
        seen["text"] = dialog.preview.summary()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPreviewDialog, "exec", accept)
    tab.scene.select_only([booth(tab, "A01")])
    tab.nudge(1, 0)  # an undo step before the import: an import clears the stack (it is undone from its file)
    assert tab.import_layout(path)
    assert seen["text"] == "新增 1 个展位，更新 1 个，未变 10 个"
    assert stored(tab, "A01").x == 12 and booth(tab, "C01").record.x == 40
    assert tab.undo_stack.count() == 0


def test_the_layout_import_preview_speaks_of_booths_not_activities(qtbot, tmp_path):
    from vocweek_desktop.gui.dialogs.import_preview_dialog import ImportPreviewDialog
    from vocweek_desktop.services import editions, layout_workbook
    from vocweek_desktop.services.database import create_demo

    db = create_demo(tmp_path / "demo.sqlite3", with_layout=True)
    try:
        edition_id = editions.newest_edition_id(db)
        path = layout_workbook.export_layout(db, edition_id, tmp_path / "布局.xlsx")
        import openpyxl

        workbook = openpyxl.load_workbook(path)
        sheet = workbook["展位"]
        sheet.delete_rows(sheet.max_row)  # the file no longer has one booth
        workbook.save(path)
        preview = layout_workbook.preview_layout(db, edition_id, path)
        dialog = ImportPreviewDialog(preview)
        qtbot.addWidget(dialog)
        summary = dialog.ui.summaryLabel.text()
        assert "文件中已没有的展位 1 个" in summary and "活动" not in summary
    finally:
        db.close()
