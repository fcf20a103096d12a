"""The 展位布局 tab: the showcase plaza drawn to scale, its booths dragged, snapped, turned, aligned, numbered and
given to colleges; problems listed; every change written at once and undoable; the 附件3 map, the needs list and the
layout workbook out (and the workbook in).

The editor itself is gui/booth_editor/ (scene, items, view, undo commands, dialogs); the side panels are
ui/layout_tab.ui. Every change goes through services/layout.py and is pushed on the undo stack as one command.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QInputDialog,
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
from vocweek_desktop.gui.booth_editor.commands import (
    AddCommand,
    BackgroundCommand,
    DeleteCommand,
    PlazaCommand,
    UpdateCommand,
)
from vocweek_desktop.gui.booth_editor.items import COLOR_BY_COLLEGE, COLOR_BY_KIND, BoothItem, FeatureItem, to_metres
from vocweek_desktop.gui.booth_editor.scene import LayoutScene
from vocweek_desktop.gui.booth_editor.view import LayoutView
from vocweek_desktop.gui.file_actions import offer_to_open
from vocweek_desktop.gui.file_dialogs import ask_save_path, save_file
from vocweek_desktop.gui.forms.ui_layout_tab import Ui_LayoutTab
from vocweek_desktop.gui.models.layout_models import CollegePlace, CollegePlacesModel, ProblemsModel
from vocweek_desktop.gui.tabs.base import TabPage
from vocweek_desktop.gui.workers import run_with_progress
from vocweek_desktop.services import layout
from vocweek_desktop.services.layout import Changes, Snapshot
from vocweek_desktop.store.engine import Database

log = logging.getLogger(__name__)

FEATURE_SIZES = {"stage": (10.0, 5.0), "entrance": (6.0, 2.0), "power": (1.0, 1.0), "tree": (2.0, 2.0),
                 "aisle": (20.0, 3.0), "label": (6.0, 2.0)}
ROTATION_LABELS = {0: "0°", 90: "90°", 180: "180°", 270: "270°"}


def next_numbers(taken: set[str], prefix: str, count: int, width: int = 2) -> list[str]:
    """``count`` free numbers with ``prefix``, after the highest one of that prefix already taken."""
    pattern = re.compile(rf"^{re.escape(prefix)}(\d+)$")
    highest = max((int(m.group(1)) for n in taken if (m := pattern.match(n))), default=0)
    numbers, candidate = [], highest + 1
    while len(numbers) < count:
        number = f"{prefix}{str(candidate).zfill(width)}"
        if number not in taken:
            numbers.append(number)
        candidate += 1
    return numbers


def _same(old: object, new: object) -> bool:
    """Equal, lengths to the millimetre (what the panel shows)."""
    if isinstance(old, float) or isinstance(new, float):
        return abs(float(old) - float(new)) < 0.0005
    return old == new


class LayoutTab(TabPage):
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

    def _setup_panel(self) -> None:
        ui = self.ui
        for rotation, label in ROTATION_LABELS.items():
            ui.rotation_combo.addItem(label, rotation)
        ui.color_combo.addItem(self.tr("按学院"), COLOR_BY_COLLEGE)
        ui.color_combo.addItem(self.tr("按类型"), COLOR_BY_KIND)
        for spin in (ui.x_spin, ui.y_spin, ui.width_spin, ui.depth_spin):
            spin.setDecimals(3)  # to the millimetre: a booth placed freely (Alt) is not rounded when the panel applies
        # Every field is written when it is left (Enter, Tab, or a click elsewhere — on another booth too) or chosen:
        # a note typed and left without Enter, or a 类型 or 用电 changed without 应用修改, was silently dropped.
        for field in (ui.number_edit, ui.notes_edit, ui.x_spin, ui.y_spin, ui.width_spin, ui.depth_spin,
                      ui.tables_spin, ui.chairs_spin):
            field.editingFinished.connect(self._field_finished)
        for combo in (ui.kind_combo, ui.rotation_combo):
            combo.activated.connect(self._field_finished)
        ui.power_check.clicked.connect(self._field_finished)
        ui.apply_button.clicked.connect(self.apply_properties)

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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """A drag leaving the college list: from then on, dropped back on it, the college is taken off its booths."""
        if event.type() == QEvent.Type.DragLeave and watched is self.ui.colleges_view.viewport():
            self.colleges_model.drag_left()
        return super().eventFilter(watched, event)

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

    # ------------------------------------------------------------------------------------------ property panel

    def _selected_shape(self):
        shapes = self.scene.selected_shapes()
        return shapes[0] if len(shapes) == 1 else None

    def _show_properties(self) -> None:
        ui = self.ui
        shape = self._selected_shape()
        count = len(self.scene.selected_shapes())
        ui.property_box.setEnabled(shape is not None)
        ui.apply_button.setEnabled(shape is not None)
        if shape is None:
            ui.selection_label.setText(self.tr("已选中 {0} 项（属性面板一次编辑一项）").format(count) if count
                                       else self.tr("没有选中展位。单击选中，Ctrl+单击多选，或在空白处拖出选框。"))
            self._clear_properties()
            return
        self._showing_record = True
        record = shape.record
        booth = isinstance(shape, BoothItem)
        ui.kind_combo.clear()
        if booth:
            ui.kind_combo.addItems(list(geometry.BOOTH_KINDS))
            ui.kind_combo.setCurrentText(record.kind)
            ui.number_edit.setText(record.number)
            college = next((c.name for c in self.colleges if c.id == record.college_id), None)
            ui.college_label.setText(college or self.tr("（未分配）"))
            ui.selection_label.setText(self.tr("展位 {0}").format(record.number))
        else:
            for key, label in geometry.FEATURE_KINDS.items():
                ui.kind_combo.addItem(label, key)
            ui.kind_combo.setCurrentIndex(list(geometry.FEATURE_KINDS).index(record.kind))
            ui.number_edit.setText(record.label)
            ui.college_label.setText("—")
            ui.selection_label.setText(self.tr("场地设施：{0}（展位号一栏为它的文字）").format(
                geometry.FEATURE_KINDS.get(record.kind, record.kind)))
        for widget in (ui.power_check, ui.tables_spin, ui.chairs_spin, ui.notes_edit):
            widget.setEnabled(booth)
        ui.x_spin.setValue(record.x)
        ui.y_spin.setValue(record.y)
        ui.width_spin.setValue(record.width)
        ui.depth_spin.setValue(record.depth)
        ui.rotation_combo.setCurrentIndex(ui.rotation_combo.findData(record.rotation))
        ui.power_check.setChecked(bool(getattr(record, "power", False)))
        ui.tables_spin.setValue(getattr(record, "tables", 0))
        ui.chairs_spin.setValue(getattr(record, "chairs", 0))
        ui.notes_edit.setText(getattr(record, "notes", ""))
        self._showing_record = False

    def _clear_properties(self) -> None:
        """Empty the (disabled) fields: not the values of whichever item was shown last, which a drag makes stale."""
        ui = self.ui
        self._showing_record = True
        ui.number_edit.clear()
        ui.college_label.clear()
        ui.kind_combo.clear()
        for spin in (ui.x_spin, ui.y_spin, ui.width_spin, ui.depth_spin, ui.tables_spin, ui.chairs_spin):
            spin.setValue(0)  # clamped to the field's range: 0.000 米, a width's 0.100 米, 0 张
        ui.rotation_combo.setCurrentIndex(0)
        ui.power_check.setChecked(False)
        ui.notes_edit.clear()
        self._showing_record = False

    def _field_finished(self, *_args) -> None:
        if not self._showing_record and self.ui.property_box.isEnabled():
            self.apply_properties()

    def focus_properties(self) -> None:
        """F2: to the number field of the property panel."""
        if self._selected_shape() is not None:
            self.ui.side_tabs.setCurrentWidget(self.ui.property_page)
            self.ui.number_edit.setFocus()
            self.ui.number_edit.selectAll()

    def panel_values(self) -> dict[str, object]:
        """What the property panel holds."""
        ui = self.ui
        return {"x": ui.x_spin.value(), "y": ui.y_spin.value(), "width": ui.width_spin.value(),
                "depth": ui.depth_spin.value(), "rotation": ui.rotation_combo.currentData(),
                "text": ui.number_edit.text().strip(), "kind": ui.kind_combo.currentText(),
                "feature_kind": ui.kind_combo.currentData(), "power": ui.power_check.isChecked(),
                "tables": ui.tables_spin.value(), "chairs": ui.chairs_spin.value(), "notes": ui.notes_edit.text()}

    def apply_properties(self) -> None:
        """Write the property panel into the selected booth or feature (one undo step)."""
        shape = self._selected_shape()
        if shape is None or self.db is None:
            return
        values = self.panel_values()
        common = {key: values[key] for key in ("x", "y", "width", "depth", "rotation")}
        if isinstance(shape, BoothItem):
            wanted = {**common, "number": values["text"], "kind": values["kind"], "power": values["power"],
                      "tables": values["tables"], "chairs": values["chairs"], "notes": values["notes"]}
            changed = {k: v for k, v in wanted.items() if not _same(getattr(shape.record, k), v)}
            changes = Changes({shape.item_id: changed}, {})
            label = shape.record.number
        else:
            wanted = {**common, "label": values["text"], "kind": values["feature_kind"]}
            changed = {k: v for k, v in wanted.items() if not _same(getattr(shape.record, k), v)}
            changes = Changes({}, {shape.item_id: changed})
            label = shape.record.label or geometry.FEATURE_KINDS.get(shape.record.kind, "")
        if not changed:
            return
        self._update(changes, self.tr("修改 {0}").format(label))

    # ------------------------------------------------------------------------------------------ changes

    def _update(self, changes: Changes, text: str) -> bool:
        try:
            before, now = layout.update_items(self.db, changes)
        except VocWeekError as error:
            self._refused(error)
            self.shown(Snapshot(tuple(i.record for i in self.scene.booths.values() if i.item_id in changes.booths),
                                tuple(i.record for i in self.scene.features.values()
                                      if i.item_id in changes.features)))
            return False
        self.shown(now)
        self._push(UpdateCommand(self.db, self, text, before, changes))
        return True

    def _on_items_moved(self, booth_ids: list, feature_ids: list, dx: float, dy: float) -> None:
        count = len(booth_ids) + len(feature_ids)
        self._move(booth_ids, feature_ids, dx, dy, self.tr("移动 {0} 项").format(count) if count > 1
                   else self.tr("移动 {0}").format(self._name(booth_ids, feature_ids)))

    def _name(self, booth_ids, feature_ids) -> str:
        if booth_ids:
            return self.scene.booths[booth_ids[0]].record.number
        record = self.scene.features[feature_ids[0]].record
        return record.label or geometry.FEATURE_KINDS.get(record.kind, "")

    def _move(self, booth_ids, feature_ids, dx: float, dy: float, text: str) -> None:
        changes = Changes(
            {i: {"x": round(self.scene.booths[i].record.x + dx, 4), "y": round(self.scene.booths[i].record.y + dy, 4)}
             for i in booth_ids},
            {i: {"x": round(self.scene.features[i].record.x + dx, 4),
                 "y": round(self.scene.features[i].record.y + dy, 4)} for i in feature_ids})
        self._update(changes, text)

    def nudge(self, dx: float, dy: float) -> None:
        """Arrow keys: move the selection by (dx, dy) metres."""
        booth_ids, feature_ids = self.scene.selected_ids()
        if booth_ids or feature_ids:
            self._move(booth_ids, feature_ids, dx, dy, self.tr("微移 {0} 项").format(len(booth_ids) + len(feature_ids)))

    def _centre(self) -> tuple[float, float]:
        centre = self.view.mapToScene(self.view.viewport().rect().center())
        x, y = to_metres(centre.x()), to_metres(centre.y())
        if self.plaza is not None:
            x = min(max(x, 0.0), self.plaza.width)
            y = min(max(y, 0.0), self.plaza.depth)
        return x, y

    def _taken(self) -> set[str]:
        return {item.record.number for item in self.scene.booths.values()}

    def _prefix(self) -> str:
        booth_ids, _ = self.scene.selected_ids()
        if booth_ids:
            found = re.match(r"^(\D*)", self.scene.booths[booth_ids[-1]].record.number)
            return found.group(1) if found else "A"
        return "A"

    def add_booths(self, count: int = 1, *, width: float = 3.0, depth: float = 3.0, gap: float = 1.0,
                   horizontal: bool = True, kind: str = "标准展位", prefix: str | None = None,
                   at: tuple[float, float] | None = None) -> Snapshot | None:
        """Add ``count`` booths in a row (or column) from ``at`` (default: the view's centre), snapped to the grid;
        one undo step. Returns what was added."""
        if self.plaza is None:
            return None
        x, y = at or self._centre()
        grid = self.plaza.grid
        left = geometry.snap(x - width / 2, grid)
        top = geometry.snap(y - depth / 2, grid)
        numbers = next_numbers(self._taken(), self._prefix() if prefix is None else prefix, count)
        booths = []
        for index, number in enumerate(numbers):
            offset = index * ((width if horizontal else depth) + gap)
            bx = left + width / 2 + (offset if horizontal else 0)
            by = top + depth / 2 + (0 if horizontal else offset)
            booths.append({"number": number, "x": round(bx, 4), "y": round(by, 4), "width": width, "depth": depth,
                           "kind": kind})
        try:
            added = layout.add_items(self.db, self.plaza.id, booths)
        except VocWeekError as error:
            self._refused(error)
            return None
        self.shown(added)
        self.scene.select_only([self.scene.booths[b.id] for b in added.booths])
        text = self.tr("添加展位 {0}").format(numbers[0]) if count == 1 else \
            self.tr("添加 {0} 个展位（{1}–{2}）").format(count, numbers[0], numbers[-1])
        self._push(AddCommand(self.db, self, text, added))
        return added

    def add_booth(self) -> None:
        """Ins: one standard 3 m × 3 m booth in the middle of the view."""
        self.add_booths(1)

    def add_booths_dialog(self) -> None:
        """添加展位…: a size typed in, or a row of n with a gap."""
        if self.plaza is None:
            return
        from vocweek_desktop.gui.booth_editor.dialogs import AddBoothsDialog

        dialog = AddBoothsDialog(self, self._prefix())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        self.add_booths(values["count"], width=values["width"], depth=values["depth"], gap=values["gap"],
                        horizontal=values["horizontal"], kind=values["kind"], prefix=values["prefix"])

    def add_feature(self, kind: str | None = None) -> None:
        """添加场地设施…: a stage, entrance, power point, tree, aisle or text label in the middle of the view."""
        if self.plaza is None:
            return
        if kind is None:
            labels = list(geometry.FEATURE_KINDS.values())
            label, ok = QInputDialog.getItem(self, self.tr("添加场地设施"), self.tr("设施类型："), labels, 0, False)
            if not ok:
                return
            kind = next(key for key, text in geometry.FEATURE_KINDS.items() if text == label)
        width, depth = FEATURE_SIZES[kind]
        x, y = self._centre()
        values = {"kind": kind, "label": geometry.FEATURE_KINDS[kind] if kind in ("stage", "entrance", "label") else "",
                  "x": geometry.snap(x, self.plaza.grid), "y": geometry.snap(y, self.plaza.grid), "width": width,
                  "depth": depth}
        try:
            added = layout.add_items(self.db, self.plaza.id, (), [values])
        except VocWeekError as error:
            self._refused(error)
            return
        self.shown(added)
        self.scene.select_only([self.scene.features[f.id] for f in added.features])
        self._push(AddCommand(self.db, self, self.tr("添加{0}").format(geometry.FEATURE_KINDS[kind]), added))

    def delete_selected(self) -> None:
        """Del: delete the selection (one undo step)."""
        booth_ids, feature_ids = self.scene.selected_ids()
        if not booth_ids and not feature_ids:
            return
        try:
            gone = layout.delete_items(self.db, booth_ids, feature_ids)
        except VocWeekError as error:
            self._refused(error)
            return
        self.removed(gone)
        count = len(booth_ids) + len(feature_ids)
        self._push(DeleteCommand(self.db, self, self.tr("删除 {0} 项").format(count) if count > 1
                                 else self.tr("删除 {0}").format(self._deleted_name(gone)), gone))

    @staticmethod
    def _deleted_name(snapshot: Snapshot) -> str:
        if snapshot.booths:
            return snapshot.booths[0].number
        feature = snapshot.features[0]
        return feature.label or geometry.FEATURE_KINDS.get(feature.kind, "")

    def duplicate_selected(self) -> None:
        """Ctrl+D: copies of the selection beside it (booths numbered on, without their college)."""
        booth_ids, feature_ids = self.scene.selected_ids()
        if not booth_ids and not feature_ids:
            return
        shapes = [self.scene.booths[i] for i in booth_ids] + [self.scene.features[i] for i in feature_ids]
        span = max(s.area().right for s in shapes) - min(s.area().left for s in shapes)
        dx = geometry.snap(span + 1.0, self.plaza.grid)
        taken = self._taken()
        booths = []
        for booth_id in booth_ids:
            record = self.scene.booths[booth_id].record
            prefix = re.match(r"^(\D*)", record.number).group(1)
            number = next_numbers(taken, prefix, 1)[0]
            taken.add(number)
            booths.append({**record.values(), "number": number, "x": record.x + dx, "college_id": None})
        features = [{**self.scene.features[i].record.values(), "x": self.scene.features[i].record.x + dx}
                    for i in feature_ids]
        try:
            added = layout.add_items(self.db, self.plaza.id, booths, features)
        except VocWeekError as error:
            self._refused(error)
            return
        self.shown(added)
        self.scene.select_only([self.scene.booths[b.id] for b in added.booths] +
                               [self.scene.features[f.id] for f in added.features])
        self._push(AddCommand(self.db, self, self.tr("复制 {0} 项").format(len(booths) + len(features)), added))

    def rotate_selected(self) -> None:
        """R: turn the selection by 90° clockwise, each about its own centre."""
        booth_ids, feature_ids = self.scene.selected_ids()
        if not booth_ids and not feature_ids:
            return
        changes = Changes({i: {"rotation": (self.scene.booths[i].record.rotation + 90) % 360} for i in booth_ids},
                          {i: {"rotation": (self.scene.features[i].record.rotation + 90) % 360} for i in feature_ids})
        self._update(changes, self.tr("旋转 {0} 项").format(len(booth_ids) + len(feature_ids)))

    def _areas(self) -> dict[tuple[str, int], geometry.Footprint]:
        booth_ids, feature_ids = self.scene.selected_ids()
        areas = {("b", i): self.scene.booths[i].area() for i in booth_ids}
        areas.update({("f", i): self.scene.features[i].area() for i in feature_ids})
        return areas

    def _apply_moves(self, moves: dict, text: str) -> None:
        booths, features = {}, {}
        for (kind, item_id), (dx, dy) in moves.items():
            if not dx and not dy:
                continue
            record = (self.scene.booths if kind == "b" else self.scene.features)[item_id].record
            target = booths if kind == "b" else features
            target[item_id] = {"x": round(record.x + dx, 4), "y": round(record.y + dy, 4)}
        if booths or features:
            self._update(Changes(booths, features), text)

    def align_selected(self, mode: str) -> None:
        """Align the selection on its extreme edge or centre (one undo step)."""
        areas = self._areas()
        if len(areas) >= 2:
            keyed = dict(enumerate(areas))
            moves = geometry.align({k: areas[key] for k, key in keyed.items()}, mode)
            self._apply_moves({keyed[k]: move for k, move in moves.items()},
                              self.align_actions[mode].text().replace("&", ""))

    def distribute_selected(self, horizontal: bool) -> None:
        """Equal gaps between the selected items (one undo step)."""
        areas = self._areas()
        if len(areas) >= 3:
            keyed = dict(enumerate(areas))
            moves = geometry.distribute({k: areas[key] for k, key in keyed.items()}, horizontal)
            self._apply_moves({keyed[k]: move for k, move in moves.items()},
                              self.tr("横向等距分布") if horizontal else self.tr("纵向等距分布"))

    def auto_number(self) -> None:
        """自动编号…: number the selected booths in reading order (one undo step)."""
        booth_ids, _ = self.scene.selected_ids()
        if not booth_ids:
            return
        from vocweek_desktop.gui.booth_editor.dialogs import AutoNumberDialog

        dialog = AutoNumberDialog(len(booth_ids), self, self._prefix())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.number_booths(booth_ids, **dialog.values())

    def number_booths(self, booth_ids: list[int], prefix: str, start: int, width: int, by_columns: bool) -> bool:
        """Number these booths in reading order; refused (a message, nothing changed) when a number is taken."""
        records = [self.scene.booths[i].record for i in booth_ids]
        numbers = layout.numbering(records, prefix, start, width, by_columns=by_columns)
        text = self.tr("自动编号 {0}–{1}").format(*(lambda n: (n[0], n[-1]))(sorted(numbers.values())))
        return self._update(Changes({i: {"number": n} for i, n in numbers.items()}), text)

    # ------------------------------------------------------------------------------------------ colleges

    def drop_college(self, college_id: int, booth_id: int) -> bool:
        """A college dropped on a booth: assign it (an occupied booth asks first)."""
        item = self.scene.booths.get(booth_id)
        if item is None or self.db is None:
            return False
        names = {c.id: c.name for c in self.colleges}
        current = item.record.college_id
        if current == college_id:
            return False
        if current is not None:
            answer = QMessageBox.question(self, self.tr("展位已分配"), self.tr(
                "展位 {0} 已分配给“{1}”。改为分配给“{2}”吗？").format(item.record.number, names.get(current, ""),
                                                          names.get(college_id, "")))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        return self._update(Changes({booth_id: {"college_id": college_id}}),
                            self.tr("{0} 分配给 {1}").format(item.record.number, names.get(college_id, "")))

    def assign_from_list(self) -> None:
        """The college chosen in the list to the one selected booth (keyboard: no drag needed)."""
        booth_ids, _ = self.scene.selected_ids()
        college = self._list_college()
        if len(booth_ids) == 1 and college is not None:
            self.drop_college(college.id, booth_ids[0])

    def _list_college(self) -> CollegePlace | None:
        index = self.ui.colleges_view.currentIndex()
        return self.colleges_model.record(index.row()) if index.isValid() else None

    def unassign_selected(self) -> None:
        """取消分配: the selected booths keep no college."""
        booth_ids, _ = self.scene.selected_ids()
        held = [i for i in booth_ids if self.scene.booths[i].record.college_id is not None]
        if held:
            self._update(Changes({i: {"college_id": None} for i in held}),
                         self.tr("取消分配 {0} 个展位").format(len(held)))

    def unassign_college(self, college_id: int) -> None:
        """A college dragged back to the list: take it off its booths."""
        held = [i.item_id for i in self.scene.booths.values() if i.record.college_id == college_id]
        if held:
            name = next((c.name for c in self.colleges if c.id == college_id), "")
            self._update(Changes({i: {"college_id": None} for i in held}), self.tr("取消 {0} 的展位").format(name))

    def _unassign_list_college(self) -> None:
        college = self._list_college()
        if college is not None:
            self.unassign_college(college.id)

    def find_college(self, college_id: int) -> bool:
        """Select a college's booth(s) and bring them into view."""
        items = [i for i in self.scene.booths.values() if i.record.college_id == college_id]
        if not items:
            self.status_message.emit(self.tr("这个学院还没有展位"))
            return False
        self.scene.select_only(items)
        self.view.centerOn(items[0])
        self.view.setFocus()
        return True

    def find_selected_college(self) -> None:
        """Ctrl+F in the list: find the chosen college's booth."""
        college = self._list_college()
        if college is not None:
            self.find_college(college.id)

    def _on_college_double_clicked(self, index) -> None:
        record = self.colleges_model.record(index.row())
        if record is not None:
            self.find_college(record.id)

    def _on_problem_clicked(self, index) -> None:
        problem = self.problems_model.record(index.row())
        if problem is None:
            return
        if problem.booth_ids:
            items = [self.scene.booths[i] for i in problem.booth_ids if i in self.scene.booths]
            self.scene.select_only(items)
            if items:
                self.view.centerOn(items[0])
        elif problem.college_id is not None:
            self.ui.side_tabs.setCurrentWidget(self.ui.colleges_page)
            row = next((r for r, c in enumerate(self.colleges_model.shown_records()) if c.id == problem.college_id), None)
            if row is not None:
                self.ui.colleges_view.selectRow(row)

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

    # ------------------------------------------------------------------------------------------ plaza, copy

    def plaza_dialog(self) -> None:
        """场地设置…: create the plaza, or change its size, grid, north arrow and background (undoable)."""
        if self.db is None or self.edition_id is None:
            return
        from vocweek_desktop.gui.booth_editor.dialogs import PlazaDialog

        dialog = PlazaDialog(self.plaza, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.write_plaza(dialog.values(), dialog.picture, dialog.picture_name)

    def write_plaza(self, values: dict, picture: bytes | None = None, picture_name: str = "") -> bool:
        """Create or change the plaza (and set or remove its picture: b"" removes, None leaves it)."""
        try:
            if self.plaza is None:
                layout.ensure_layout(self.db, self.edition_id, values)
                plaza = layout.get_layout(self.db, self.edition_id).plaza
                layout.update_plaza(self.db, plaza.id, values)
                self.undo_stack.clear()
                self._fitted = False
                if picture:
                    layout.set_background(self.db, plaza.id, picture, picture_name)
                self.reload()
                self.status_message.emit(self.tr("已新建场地"))
                return True
            before, plaza = layout.update_plaza(self.db, self.plaza.id, values)
        except VocWeekError as error:
            self._refused(error)
            return False
        changed = {key: value for key, value in values.items() if before.get(key) != value}
        if changed:
            self.plaza_changed(plaza, False)
            self._push(PlazaCommand(self.db, self, self.tr("修改场地"), plaza.id,
                                    {k: before[k] for k in changed}, changed))
        if picture is not None:
            try:
                old = layout.set_background(self.db, plaza.id, picture or None, picture_name)
            except VocWeekError as error:
                self._refused(error)
                return False
            self.plaza_changed(layout.get_layout(self.db, self.edition_id).plaza, picture or None)
            self._push(BackgroundCommand(self.db, self, self.tr("更换底图") if picture else self.tr("移除底图"),
                                         plaza.id, old, (picture or None, picture_name)))
        self.view.zoom_to_fit()
        return True

    def copy_from_edition(self) -> None:
        """从其他年度复制…: start from another edition's plaza, features and booths."""
        from vocweek_desktop.services import editions

        if self.db is None or self.edition_id is None:
            return
        others = [e for e in editions.list_editions(self.db) if e.id != self.edition_id]
        if not others:
            QMessageBox.information(self, self.tr("从其他年度复制"), self.tr("没有其他年度可以复制。"))
            return
        labels = [self.tr("{0} 年度").format(e.year) for e in others]
        label, ok = QInputDialog.getItem(self, self.tr("从其他年度复制"), self.tr("复制哪一年的布局："), labels, 0, False)
        if not ok:
            return
        source = others[labels.index(label)]
        replace = False
        if self.scene.booths:
            answer = QMessageBox.question(self, self.tr("从其他年度复制"), self.tr(
                "本年度已有 {0} 个展位。复制会删除它们，换成 {1} 年度的布局（不能撤销）。继续吗？").format(
                len(self.scene.booths), source.year))
            if answer != QMessageBox.StandardButton.Yes:
                return
            replace = True
        try:
            result = layout.copy_layout(self.db, source.id, self.edition_id, replace=replace)
        except VocWeekError as error:
            self._refused(error)
            return
        self.undo_stack.clear()
        self._fitted = False
        self.reload()
        text = self.tr("已从 {0} 年度复制 {1} 个展位、{2} 个设施，{3} 个展位按名称分配给了学院。").format(
            source.year, result.booths, result.features, result.assigned)
        if result.unmatched:
            text += "\n" + self.tr("以下展位的学院在本年度找不到，未分配：") + "\n" + "\n".join(result.unmatched)
        QMessageBox.information(self, self.tr("从其他年度复制"), text)
        self.status_message.emit(text.splitlines()[0])

    # ------------------------------------------------------------------------------------------ files

    def _year(self) -> int:
        from vocweek_desktop.services import editions

        return editions.get_edition(self.db, self.edition_id).year

    def export_map(self) -> Path | None:
        """导出位置分布图…: PDF or PNG, A4 or A3, written off the GUI thread."""
        if self.plaza is None:
            return None
        from vocweek_desktop.gui.booth_editor.dialogs import MapDialog
        from vocweek_desktop.services import layout_map

        dialog = MapDialog(self, (self.plaza.width, self.plaza.depth))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        values = dialog.values()
        suffix = values["suffix"]
        name = self.tr("{0}年职教周学院集中展示位置分布图{1}").format(self._year(), suffix)
        path = ask_save_path(self, self.tr("导出位置分布图"), name,
                             self.tr("PDF 文件 (*.pdf)") if suffix == ".pdf" else self.tr("PNG 图片 (*.png)"), suffix)
        if path is None:
            return None

        def job(progress, cancelled):
            return layout_map.export_map(self.db, self.edition_id, path, paper=values["paper"],
                                         portrait=values["portrait"], dpi=values["dpi"])

        outcome = run_with_progress(self, self.tr("导出位置分布图"), self.tr("正在绘制位置分布图…"), job)
        if outcome.error is not None:
            if isinstance(outcome.error, VocWeekError | OSError):
                QMessageBox.warning(self, self.tr("导出位置分布图"), str(outcome.error))
                return None
            raise outcome.error
        if outcome.cancelled:
            return None
        plan = outcome.result
        text = self.tr("已导出位置分布图（比例尺 1:{0}，{1} 页）：{2}").format(plan.scale, len(plan.pages), path)
        self.status_message.emit(text)
        offer_to_open(self, self.tr("导出位置分布图"), text, path)
        return path

    def export_needs(self) -> Path | None:
        """导出展位需求清单…: the list for 后勤处."""
        from vocweek_desktop.services import layout_map

        name = self.tr("{0}年职教周展位需求清单-{1}.xlsx").format(self._year(), f"{dt.date.today():%Y%m%d}")
        path = save_file(self, self.tr("导出展位需求清单"), name, self.tr("Excel 工作簿 (*.xlsx)"), ".xlsx",
                         lambda target: layout_map.export_needs(self.db, self.edition_id, target),
                         failed_title=self.tr("导出失败"))
        if path is not None:
            self.status_message.emit(self.tr("已导出到 {0}").format(path))
            offer_to_open(self, self.tr("导出展位需求清单"), self.tr("展位需求清单已导出到：\n{0}").format(path), path)
        return path

    def export_layout(self) -> Path | None:
        """导出布局…: the layout workbook."""
        from vocweek_desktop.services import layout_workbook

        name = self.tr("{0}年职教周展位布局-{1}.xlsx").format(self._year(), f"{dt.date.today():%Y%m%d}")
        path = save_file(self, self.tr("导出布局"), name, self.tr("Excel 工作簿 (*.xlsx)"), ".xlsx",
                         lambda target: layout_workbook.export_layout(self.db, self.edition_id, target),
                         failed_title=self.tr("导出失败"))
        if path is not None:
            self.status_message.emit(self.tr("已导出到 {0}").format(path))
            offer_to_open(self, self.tr("导出布局"), self.tr("布局已导出到：\n{0}").format(path), path)
        return path

    def import_layout(self, path: str | Path | None = None) -> bool:
        """导入布局…: read a layout workbook, preview it, write it all or nothing on confirmation."""
        from PySide6.QtWidgets import QFileDialog

        from vocweek_desktop.gui import settings
        from vocweek_desktop.gui.dialogs.import_preview_dialog import ImportPreviewDialog
        from vocweek_desktop.services import imports, layout_workbook

        if self.db is None or self.edition_id is None:
            return False
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self, self.tr("导入布局"), settings.last_folder() or str(Path.home()),
                                                  self.tr("Excel 工作簿 (*.xlsx *.xlsm *.xls);;所有文件 (*)"))
            if not name:
                return False
            settings.remember_folder(name)
            path = name
        path = Path(path)
        outcome = run_with_progress(self, self.tr("导入布局"), self.tr("正在读取并检查“{0}”…").format(path.name),
                                    partial(layout_workbook.preview_layout, self.db, self.edition_id, path))
        if outcome.cancelled:
            return False
        if outcome.error is not None:
            if isinstance(outcome.error, VocWeekError):
                QMessageBox.warning(self, self.tr("导入布局"), str(outcome.error))
                return False
            raise outcome.error
        dialog = ImportPreviewDialog(outcome.result, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                self.status_message.emit(self.tr("没有导入“{0}”，布局没有改动。").format(path.name))
                return False
            uids, skip = dialog.delete_uids(), dialog.skip_error_rows()
        finally:
            dialog.deleteLater()
        try:
            result = imports.apply_import(self.db, dialog.preview, delete_uids=uids, skip_error_rows=skip)
        except VocWeekError as error:
            QMessageBox.warning(self, self.tr("导入布局"), self.tr("没有导入，布局没有改动：\n{0}").format(error))
            return False
        self.undo_stack.clear()
        self._fitted = False
        self.reload()
        self.status_message.emit(self.tr("已导入“{0}”：{1}").format(path.name, result.summary()))
        return True

    def show_history(self) -> None:
        """修改记录…: every change of the selected booth."""
        booth_ids, _ = self.scene.selected_ids()
        if len(booth_ids) != 1 or self.db is None:
            return
        from vocweek_desktop.gui.dialogs.history_dialog import show_history

        record = self.scene.booths[booth_ids[0]].record
        show_history(self, self.db, "booth", record.id, self.tr("展位 {0}").format(record.number))

