"""The 展位布局 tab: the showcase plaza drawn to scale, its booths dragged, snapped, turned, aligned, numbered and
given to colleges; problems listed; every change written at once and undoable; the 附件3 map, the needs list and the
layout workbook out (and the workbook in).

The editor itself is gui/booth_editor/ (scene, items, view, undo commands, dialogs); the side panels are
ui/layout_tab.ui. Every change goes through services/layout.py and is pushed on the undo stack as one command.

This module is the tab's skeleton: its widgets, actions, toolbar and menus, the edition shown, what the undo commands
call back, and the state shown after every change. Its jobs live beside the editor, as mixins of LayoutTab:
booth_editor/property_panel.py, editing.py (edits of the selection), side_lists.py (colleges and problems),
plaza_actions.py (场地设置, copying another edition) and layout_files.py (the files out and in).
"""

from __future__ import annotations

import logging
from functools import partial

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QToolBar,
    QToolButton,
    QUndoView,
    QVBoxLayout,
)

from vocweek_desktop.domain import layout as geometry
from vocweek_desktop.domain.errors import VocWeekError
from vocweek_desktop.gui.booth_editor.editing import EditingMixin
from vocweek_desktop.gui.booth_editor.items import BoothItem, FeatureItem
from vocweek_desktop.gui.booth_editor.layout_files import LayoutFilesMixin
from vocweek_desktop.gui.booth_editor.plaza_actions import PlazaActionsMixin
from vocweek_desktop.gui.booth_editor.property_panel import PropertyPanelMixin
from vocweek_desktop.gui.booth_editor.scene import LayoutScene
from vocweek_desktop.gui.booth_editor.side_lists import SideListsMixin
from vocweek_desktop.gui.booth_editor.view import LayoutView
from vocweek_desktop.gui.forms.ui_layout_tab import Ui_LayoutTab
from vocweek_desktop.gui.models.layout_models import CollegePlace, CollegePlacesModel, ProblemsModel
from vocweek_desktop.gui.tabs.base import TabPage
from vocweek_desktop.services import layout
from vocweek_desktop.services.layout import Snapshot
from vocweek_desktop.store.engine import Database

log = logging.getLogger(__name__)


class LayoutTab(PropertyPanelMixin, EditingMixin, SideListsMixin, PlazaActionsMixin, LayoutFilesMixin,
                TabPage):
    """展位布局: the edition's plaza and booths."""

    page_name = "layout"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ui = Ui_LayoutTab()
        self.ui.setupUi(self)
        self.plaza: layout.PlazaRecord | None = None
        self.colleges: tuple[layout.CollegeRef, ...] = ()
        self._fitted = False
        self._showing_record = False
        self.scene = LayoutScene(self)  # kept here: the view does not keep its scene alive (TRAPS.md)
        self.view = LayoutView(self.scene)
        self.view.setObjectName("layoutView")
        self.ui.editor_layout.addWidget(self.view)
        self.ui.splitter.setStretchFactor(0, 4)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([800, 300])
        self.ui.main_layout.setStretch(1, 1)  # the editor takes the height, not the toolbar or the status line
        self.empty_label = QLabel(self.view.viewport())
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: #555; font-size: 14px;")
        self.empty_label.setText(self.tr("本年度还没有展位布局。\n用“场地设置…”新建场地，或“从其他年度复制…”、“导入布局…”。"))
        QVBoxLayout(self.view.viewport()).addWidget(self.empty_label)
        self.empty_label.hide()

        self._pointer = (0.0, 0.0)
        self._pointer_timer = QTimer(self)
        self._pointer_timer.setSingleShot(True)
        self._pointer_timer.setInterval(40)
        self._pointer_timer.timeout.connect(self._show_pointer)
        self.undo_stack = QUndoStack(self)
        self.undo_view = QUndoView(self.undo_stack)
        self.undo_view.setEmptyLabel(self.tr("（打开时的布局）"))
        self.ui.history_layout.addWidget(self.undo_view)
        self.colleges_model = CollegePlacesModel(parent=self)
        self.problems_model = ProblemsModel(parent=self)
        self._setup_tables()
        self._setup_panel()
        self._setup_actions()
        self._connect()
        self._update_actions()

    def tab_title(self) -> str:
        """展位布局."""
        return self.tr("展位布局")

    # ------------------------------------------------------------------------------------------ set-up

    def _setup_tables(self) -> None:
        for view, model in ((self.ui.colleges_view, self.colleges_model), (self.ui.problems_view, self.problems_model)):
            view.setModel(model)
            view.verticalHeader().hide()
            view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        colleges = self.ui.colleges_view
        colleges.setDragEnabled(True)
        colleges.setAcceptDrops(True)
        colleges.setDropIndicatorShown(False)
        colleges.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        colleges.setDefaultDropAction(Qt.DropAction.CopyAction)
        colleges.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        colleges.viewport().installEventFilter(self)

    def _action(self, text: str, slot, shortcut=None, tip: str = "", *, shortcuts=None) -> QAction:
        action = QAction(text, self)
        keys = [QKeySequence(k) for k in (shortcuts or ([shortcut] if shortcut is not None else []))]
        if keys:
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            tip = f"{tip}（{keys[0].toString(QKeySequence.SequenceFormat.NativeText)}）" if tip else tip
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _setup_actions(self) -> None:
        tr = self.tr
        self.undo_action = self.undo_stack.createUndoAction(self, tr("撤销"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.undo_action)
        self.redo_action = self.undo_stack.createRedoAction(self, tr("重做"))
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        if QKeySequence("Ctrl+Y") not in redo_keys:  # a key bound twice to one action is ambiguous: it never fires
            redo_keys.insert(0, QKeySequence("Ctrl+Y"))
        self.redo_action.setShortcuts(redo_keys)
        self.redo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.redo_action)
        # The toolbar shows plain 撤销 / 重做 (the 编辑 menu and the tooltip name the step): buttons that grew with
        # "撤销 F01 分配给 马克思主义学院（示例）" pushed 场地设置, 导出位置分布图 and 更多 off the toolbar at 1366 px.
        self.undo_action.setIconText(tr("撤销"))
        self.redo_action.setIconText(tr("重做"))
        self.undo_stack.undoTextChanged.connect(self._on_undo_text)
        self.undo_stack.redoTextChanged.connect(self._on_redo_text)
        self._on_undo_text("")
        self._on_redo_text("")
        a = self._action
        self.add_action = a(tr("添加展位"), self.add_booth, "Ins", tr("在视图中央添加一个 3×3 米的标准展位"))
        self.add_many_action = a(tr("添加多个展位…"), self.add_booths_dialog, "Ctrl+Ins",
                                 tr("添加指定尺寸的展位，或一次添加一排 n 个"))
        self.add_feature_action = a(tr("添加场地设施…"), self.add_feature, "Ctrl+Shift+Ins",
                                    tr("添加舞台、入口、电源点、树木/障碍、通道或文字标注"))
        self.delete_action = a(tr("删除"), self.delete_selected, "Del", tr("删除所选展位和设施"))
        self.duplicate_action = a(tr("复制一份"), self.duplicate_selected, "Ctrl+D", tr("在旁边复制所选展位（编号接着排）"))
        self.rotate_action = a(tr("旋转 90°"), self.rotate_selected, "R", tr("把所选展位顺时针旋转 90°"))
        self.align_actions = {
            "left": a(tr("左对齐"), partial(self.align_selected, "left"), "Ctrl+Shift+Left", tr("所选展位左边对齐")),
            "right": a(tr("右对齐"), partial(self.align_selected, "right"), "Ctrl+Shift+Right", tr("所选展位右边对齐")),
            "top": a(tr("顶端对齐"), partial(self.align_selected, "top"), "Ctrl+Shift+Up", tr("所选展位上边对齐")),
            "bottom": a(tr("底端对齐"), partial(self.align_selected, "bottom"), "Ctrl+Shift+Down", tr("所选展位下边对齐")),
            "hcentre": a(tr("垂直居中对齐"), partial(self.align_selected, "hcentre"), "Ctrl+Shift+H",
                         tr("所选展位的中心排在一条竖线上")),
            "vcentre": a(tr("水平居中对齐"), partial(self.align_selected, "vcentre"), "Ctrl+Shift+V",
                         tr("所选展位的中心排在一条横线上")),
        }
        self.distribute_h_action = a(tr("横向等距分布"), partial(self.distribute_selected, True), "Ctrl+Shift+J",
                                     tr("所选展位左右间距相等（至少 3 个）"))
        self.distribute_v_action = a(tr("纵向等距分布"), partial(self.distribute_selected, False), "Ctrl+Shift+K",
                                     tr("所选展位上下间距相等（至少 3 个）"))
        self.number_action = a(tr("自动编号…"), self.auto_number, "Ctrl+Shift+N", tr("按阅读顺序给所选展位编号（如 A01–A12）"))
        self.assign_action = a(tr("分配给所选展位"), self.assign_from_list, "Ctrl+Shift+A",
                               tr("把学院列表中选中的学院分配到所选展位"))
        self.unassign_action = a(tr("取消分配"), self.unassign_selected, "Ctrl+Shift+U", tr("所选展位不再分配给学院"))
        self.select_all_action = a(tr("全选"), self.select_all, QKeySequence.StandardKey.SelectAll, tr("选中全部展位和设施"))
        self.edit_properties_action = a(tr("编辑属性"), self.focus_properties, "F2", tr("转到属性面板的展位号"))
        self.find_college_action = a(tr("找到学院的展位"), self.find_selected_college, "Ctrl+F",
                                     tr("选中并显示学院列表中所选学院的展位"))
        self.zoom_in_action = a(tr("放大"), lambda: self.view.zoom_by(2), shortcuts=["Ctrl+=", "Ctrl++"], tip=tr("放大"))
        self.zoom_out_action = a(tr("缩小"), lambda: self.view.zoom_by(-2), "Ctrl+-", tr("缩小"))
        self.fit_action = a(tr("适合窗口"), self.view.zoom_to_fit, "Ctrl+0", tr("显示整个场地"))
        self.plaza_action = a(tr("场地设置…"), self.plaza_dialog, "Ctrl+Shift+P",
                              tr("场地名称、尺寸、网格、指北针和底图"))
        self.copy_action = a(tr("从其他年度复制…"), self.copy_from_edition, "Ctrl+Shift+C",
                             tr("以其他年度的场地、设施和展位为起点（学院按名称对应）"))
        self.map_action = a(tr("导出位置分布图…"), self.export_map, "Ctrl+P", tr("附件3：PDF（A4/A3）或 PNG"))
        self.needs_action = a(tr("导出展位需求清单…"), self.export_needs, "Ctrl+Shift+E",
                              tr("给后勤处的清单：展位、学院、用电、桌椅、备注"))
        self.export_action = a(tr("导出布局…"), self.export_layout, "Ctrl+Shift+X", tr("布局工作簿（场地、展位两张表）"))
        self.import_action = a(tr("导入布局…"), self.import_layout, "Ctrl+Shift+I", tr("从布局工作簿导入（先预览）"))
        self.history_action = a(tr("修改记录…"), self.show_history, None, tr("所选展位的全部修改：谁在什么时候改了什么"))

        toolbar = QToolBar(tr("展位布局"), self)
        toolbar.setObjectName("layoutToolBar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.undo_action, self.redo_action, None, self.add_action, self.add_many_action,
                       self.add_feature_action, self.delete_action, self.duplicate_action, self.rotate_action, None):
            toolbar.addSeparator() if action is None else toolbar.addAction(action)
        align_menu = QMenu(tr("对齐"), self)
        for action in (*self.align_actions.values(), None, self.distribute_h_action, self.distribute_v_action):
            align_menu.addSeparator() if action is None else align_menu.addAction(action)
        self.align_menu = align_menu
        align_button = QToolButton(self)
        align_button.setText(tr("对齐与分布"))
        align_button.setMenu(align_menu)
        align_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        toolbar.addWidget(align_button)
        for action in (self.number_action, None, self.fit_action, self.zoom_in_action, self.zoom_out_action, None,
                       self.plaza_action, self.map_action):
            toolbar.addSeparator() if action is None else toolbar.addAction(action)
        more = QMenu(tr("更多"), self)
        for action in (self.needs_action, self.export_action, self.import_action, self.copy_action, None,
                       self.history_action):
            more.addSeparator() if action is None else more.addAction(action)
        more_button = QToolButton(self)
        more_button.setText(tr("更多"))
        more_button.setMenu(more)
        more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        toolbar.addWidget(more_button)
        self.ui.toolbar_layout.addWidget(toolbar)
        self.toolbar = toolbar

        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._view_menu)
        for action in (self.find_college_action, self.assign_action):
            self.ui.colleges_view.addAction(action)
        unassign_college = QAction(tr("取消该学院的展位"), self)
        unassign_college.triggered.connect(self._unassign_list_college)
        self.ui.colleges_view.addAction(unassign_college)

    def _on_undo_text(self, text: str) -> None:
        self.undo_action.setToolTip(self.tr("撤销：{0}（Ctrl+Z）").format(text) if text else self.tr("没有可撤销的操作"))

    def _on_redo_text(self, text: str) -> None:
        self.redo_action.setToolTip(self.tr("重做：{0}（Ctrl+Y）").format(text) if text else self.tr("没有可重做的操作"))

    def edit_actions(self) -> list[QAction]:
        """The 编辑 menu while this tab is in front."""
        return [self.undo_action, self.redo_action, self.add_action, self.add_many_action, self.delete_action,
                self.duplicate_action, self.rotate_action, self.number_action, self.select_all_action]

    def _connect(self) -> None:
        self.scene.items_moved.connect(self._on_items_moved)
        self.scene.selectionChanged.connect(self._on_selection_changed)
        self.scene.pointer_moved.connect(self._on_pointer)
        self.view.nudged.connect(self.nudge)
        self.view.college_dropped.connect(self.drop_college)
        self.view.zoom_changed.connect(self._on_zoom)
        self.colleges_model.college_returned.connect(self.unassign_college)
        self.ui.colleges_view.doubleClicked.connect(self._on_college_double_clicked)
        self.ui.problems_view.clicked.connect(self._on_problem_clicked)
        self.ui.problems_view.activated.connect(self._on_problem_clicked)
        self.ui.color_combo.currentIndexChanged.connect(self._on_color_mode)
        self.undo_stack.indexChanged.connect(self._on_undo_index)

    # ------------------------------------------------------------------------------------------ context

    def set_context(self, db: Database | None, edition_id: int | None) -> None:
        """Show ``edition_id``'s layout (or nothing)."""
        self.db, self.edition_id = db, edition_id
        self.reload_afresh()

    def reload_afresh(self) -> None:
        """Read the layout as if newly opened: no undo history, fitted to the view when next shown."""
        self.undo_stack.clear()
        self._fitted = False
        self.reload()

    def refresh(self) -> None:
        """Reload from the database (another tab changed colleges)."""
        self.reload()

    def reload(self) -> None:
        """Read the layout again and show it (the view keeps its zoom)."""
        if self.db is None or self.edition_id is None:
            self.plaza, self.colleges = None, ()
            self.scene.set_layout(layout.LayoutData(0, None))
            self._after_change()
            return
        data = layout.get_layout(self.db, self.edition_id)
        background = layout.background_bytes(self.db, data.plaza.id) if data.plaza and data.plaza.has_background \
            else None
        self.plaza, self.colleges = data.plaza, data.colleges
        self.scene.set_layout(data, background)
        self.empty_label.setVisible(data.plaza is None)
        if data.plaza is not None and not self._fitted and self.isVisible():
            self._fitted = True
            QTimer.singleShot(0, self.view.zoom_to_fit)
        self._after_change()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Fit the plaza the first time the tab is seen at its real size."""
        super().showEvent(event)
        if self.plaza is not None and not self._fitted:
            self._fitted = True
            QTimer.singleShot(0, self.view.zoom_to_fit)

    # ------------------------------------------------------------------------------------------ what commands call

    def shown(self, snapshot: Snapshot) -> None:
        """Records written by a command: show them as they now are."""
        self.scene.show_records(snapshot)
        self._after_change()

    def removed(self, snapshot: Snapshot) -> None:
        """Records deleted by a command."""
        self.scene.remove_records(snapshot)
        self._after_change()

    def plaza_changed(self, plaza, background) -> None:
        """The plaza's values (and picture, unless ``background`` is False) changed."""
        self.plaza = plaza
        self.scene.set_plaza(plaza, background)
        self._after_change()

    def failed(self, error: Exception) -> None:
        """A service refused an undo or redo (the database changed meanwhile): say so and reload."""
        QMessageBox.warning(self, self.tr("展位布局"), self.tr("无法完成：{0}\n已重新读取布局，撤销记录已清空。").format(error))
        QTimer.singleShot(0, self._reset_after_failure)

    def _reset_after_failure(self) -> None:
        self.undo_stack.clear()
        self.reload()

    def _push(self, command) -> None:
        self.undo_stack.push(command)
        self.status_message.emit(command.text())

    def _refused(self, error: VocWeekError) -> None:
        QMessageBox.warning(self, self.tr("展位布局"), str(error))

    # ------------------------------------------------------------------------------------------ state after changes

    def booth_records(self) -> list[layout.BoothRecord]:
        """The booths as the editor shows them."""
        return [item.record for item in self.scene.booths.values()]

    def _after_change(self) -> None:
        booths = self.booth_records()
        problems = []
        if self.plaza is not None:
            problems = geometry.find_problems(self.plaza.width, self.plaza.depth, [b.shape() for b in booths],
                                              [(c.id, c.name) for c in self.colleges])
        self.scene.set_problems({i for p in problems if p.kind != "unplaced" for i in p.booth_ids})
        self.problems_model.set_rows(problems)
        bad = sum(1 for p in problems if p.kind != "unplaced")
        self.ui.problems_label.setText(self.tr("没有问题。") if not problems else self.tr(
            "{0} 个问题（红色展位 {1} 处）；单击一行选中相关展位。").format(len(problems), bad))
        index = self.ui.side_tabs.indexOf(self.ui.problems_page)
        self.ui.side_tabs.setTabText(index, self.tr("问题 ({0})").format(len(problems)) if problems else self.tr("问题"))
        held: dict[int, list[str]] = {}
        for booth in sorted(booths, key=lambda b: b.number):
            if booth.college_id is not None:
                held.setdefault(booth.college_id, []).append(booth.number)
        self.colleges_model.set_rows([CollegePlace(c.id, c.name, tuple(held.get(c.id, ()))) for c in self.colleges])
        self._show_properties()
        self._update_actions()

    def _update_actions(self) -> None:
        booth_ids, feature_ids = self.scene.selected_ids()
        has_plaza = self.plaza is not None
        anything = bool(booth_ids or feature_ids)
        for action in (self.add_action, self.add_many_action, self.add_feature_action, self.fit_action,
                       self.zoom_in_action, self.zoom_out_action, self.map_action, self.needs_action,
                       self.export_action, self.select_all_action):
            action.setEnabled(has_plaza)
        self.import_action.setEnabled(self.db is not None and self.edition_id is not None)
        self.copy_action.setEnabled(self.db is not None and self.edition_id is not None)
        self.plaza_action.setEnabled(self.db is not None and self.edition_id is not None)
        for action in (self.delete_action, self.duplicate_action, self.rotate_action):
            action.setEnabled(anything)
        for action in self.align_actions.values():
            action.setEnabled(len(booth_ids) + len(feature_ids) >= 2)
        self.distribute_h_action.setEnabled(len(booth_ids) + len(feature_ids) >= 3)
        self.distribute_v_action.setEnabled(len(booth_ids) + len(feature_ids) >= 3)
        self.number_action.setEnabled(bool(booth_ids))
        self.unassign_action.setEnabled(any(self.scene.booths[i].record.college_id for i in booth_ids))
        self.assign_action.setEnabled(len(booth_ids) == 1)
        self.history_action.setEnabled(len(booth_ids) == 1)

    def _on_selection_changed(self) -> None:
        self._show_properties()
        self._update_actions()

    def _on_undo_index(self, _index: int) -> None:
        self._update_actions()

    def _on_pointer(self, x: float, y: float) -> None:
        # Relaying out the label at every mouse move cost more than moving twenty booths: shown 25 times a second.
        self._pointer = (x, y)
        if not self._pointer_timer.isActive():
            self._pointer_timer.start()

    def _show_pointer(self) -> None:
        x, y = self._pointer
        self.ui.position_label.setText(self.tr("X {0:.2f} 米  Y {1:.2f} 米").format(x, y))

    def _on_zoom(self, per_metre: float) -> None:
        self.ui.zoom_label.setText(self.tr("  1 米 = {0:.0f} 像素").format(per_metre))

    def _on_color_mode(self, _index: int) -> None:
        self.scene.set_color_mode(self.ui.color_combo.currentData())

    def select_all(self) -> None:
        """Ctrl+A: every booth and feature."""
        self.scene.select_only([*self.scene.booths.values(), *self.scene.features.values()])

    # ------------------------------------------------------------------------------------------ the view's menu

    def _view_menu(self, pos) -> None:
        item = self.view.itemAt(pos)
        if isinstance(item, (BoothItem, FeatureItem)) and not item.isSelected():
            self.scene.select_only([item])
        menu = self.context_menu()
        menu.exec(self.view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def context_menu(self) -> QMenu:
        """The editor's right-click menu for the current selection."""
        menu = QMenu(self)
        for action in (self.add_action, self.add_many_action, self.add_feature_action, None, self.delete_action,
                       self.duplicate_action, self.rotate_action, self.number_action, self.unassign_action, None):
            menu.addSeparator() if action is None else menu.addAction(action)
        menu.addMenu(self.align_menu)
        for action in (None, self.select_all_action, self.fit_action, self.history_action):
            menu.addSeparator() if action is None else menu.addAction(action)
        return menu

    def show_history(self) -> None:
        """修改记录…: every change of the selected booth."""
        booth_ids, _ = self.scene.selected_ids()
        if len(booth_ids) != 1 or self.db is None:
            return
        from vocweek_desktop.gui.dialogs.history_dialog import show_history

        record = self.scene.booths[booth_ids[0]].record
        show_history(self, self.db, "booth", record.id, self.tr("展位 {0}").format(record.number))

