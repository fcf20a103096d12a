"""The 学院 tab: the edition's colleges, and section 一 of the notice (duty table and leadership group)."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QFileDialog, QHeaderView, QMessageBox, QTableView

from vocweek_desktop.domain.errors import ConflictError, NotFoundError, VocWeekError
from vocweek_desktop.gui import settings
from vocweek_desktop.gui.clipboard import set_clipboard
from vocweek_desktop.gui.forms.ui_colleges_tab import Ui_CollegesTab
from vocweek_desktop.gui.models.colleges_model import ORDER_COLUMN, CollegesModel, CollegesProxy
from vocweek_desktop.gui.models.organisation_model import DepartmentsModel, LeadershipModel
from vocweek_desktop.gui.tabs.base import TabPage
from vocweek_desktop.services import colleges, editions, organisation
from vocweek_desktop.services.colleges import CollegeRecord
from vocweek_desktop.store.engine import Database

if TYPE_CHECKING:  # the dialogs load when first opened, not at start-up
    from vocweek_desktop.gui.dialogs.college_dialog import CollegeDialog
    from vocweek_desktop.gui.dialogs.organisation_dialogs import DepartmentDialog, MemberDialog
    from vocweek_desktop.gui.dialogs.record_dialog import RecordDialog


def _tsv_cell(value: object) -> str:
    text = "" if value is None else str(value)
    if any(char in text for char in '\t\n\r"'):
        text = '"' + text.replace('"', '""') + '"'
    return text


def to_tsv(table: list[list[object]]) -> str:
    """Tab-separated text as Excel pastes it (cells holding tabs, line breaks or quotes are quoted)."""
    return "\n".join("\t".join(_tsv_cell(value) for value in row) for row in table)


def to_html_table(table: list[list[object]]) -> str:
    """The same rows as an HTML table that Excel pastes with text kept as text (no 1.38E+10 for a mobile number)."""
    lines = ['<html><head><meta charset="utf-8"><style>td.t { mso-number-format:"\\@"; }</style></head><body><table>']
    for index, row in enumerate(table):
        cells = []
        for value in row:
            if index == 0:
                cells.append(f"<th>{html.escape(str(value))}</th>")
            elif isinstance(value, int):
                cells.append(f"<td>{value}</td>")
            else:
                cells.append(f'<td class="t">{html.escape("" if value is None else str(value))}</td>')
        lines.append("<tr>" + "".join(cells) + "</tr>")
    lines.append("</table></body></html>")
    return "\n".join(lines)


class _ViewKeys(QObject):
    """Copy (Ctrl+C), Delete and Enter on a table view, claimed before any window-wide shortcut."""

    def __init__(self, view: QTableView, on_copy=None, on_delete=None, on_enter=None):
        super().__init__(view)
        self._handlers = {"copy": on_copy, "delete": on_delete, "enter": on_enter}
        view.installEventFilter(self)

    def _kind(self, event) -> str | None:
        if event.matches(QKeySequence.StandardKey.Copy):
            return "copy"
        if event.key() == Qt.Key.Key_Delete and not event.modifiers():
            return "delete"
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            return "enter"
        return None

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        """Accept the shortcut override, then handle the key press."""
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            kind = self._kind(event)
            handler = self._handlers.get(kind) if kind else None
            if handler is not None:
                if event.type() == QEvent.Type.ShortcutOverride:
                    event.accept()
                else:
                    handler()
                return True
        return False


class _FitRowsOnResize(QObject):
    """Refit a table's row heights to its (wrapped) contents whenever the view is shown or resized."""

    def __init__(self, view: QTableView):
        super().__init__(view)
        self._view = view
        self._pending = False
        view.installEventFilter(self)
        view.horizontalHeader().sectionResized.connect(self.schedule)
        view.model().modelReset.connect(self.schedule)

    def schedule(self, *_args) -> None:
        """Refit once the current events are handled (column widths settle first)."""
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self._fit)

    def _fit(self) -> None:
        self._pending = False
        self._view.resizeRowsToContents()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        """Refit on show and resize."""
        if event.type() in (QEvent.Type.Show, QEvent.Type.Resize):
            self.schedule()
        return False


class CollegesTab(TabPage):
    """学院: add, edit, delete, search, sort, reorder, copy and export colleges; edit the duty table and the
    leadership group; print the organisation table (section 一 of the notice) to PDF."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ui = Ui_CollegesTab()
        self.ui.setupUi(self)
        self._db: Database | None = None
        self._edition_id: int | None = None
        self._dialog: RecordDialog | None = None
        self._columns_fitted = False

        self.model = CollegesModel(self)
        self.proxy = CollegesProxy(self)
        self.proxy.setSourceModel(self.model)
        self.departments_model = DepartmentsModel(self)
        self.leadership_model = LeadershipModel(self)
        self._setup_views()
        self._setup_actions()
        self._connect()
        self._update_count()
        self._update_actions()

    # Set-up.

    def _setup_views(self) -> None:
        ui = self.ui
        view = ui.colleges_view
        view.setModel(self.proxy)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setHighlightSections(False)
        view.sortByColumn(ORDER_COLUMN, Qt.SortOrder.AscendingOrder)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        ui.departments_view.setModel(self.departments_model)
        header = ui.departments_view.horizontalHeader()
        for column, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch,
                                       QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(column, mode)
        # Long duties wrap, so row heights follow the duty column's width; neither ResizeToContents on the
        # vertical header nor sectionResized notices the stretched column growing when the tab is first shown.
        self._row_fitter = _FitRowsOnResize(ui.departments_view)
        ui.departments_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        ui.leadership_view.setModel(self.leadership_model)
        header = ui.leadership_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._member_row_fitter = _FitRowsOnResize(ui.leadership_view)
        ui.leadership_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        for view in (ui.departments_view, ui.leadership_view):
            view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            view.setStyleSheet("QTableView::item { padding: 2px 4px; }")
        for view in (ui.colleges_view, ui.departments_view, ui.leadership_view):
            view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)

        ui.splitter.setStretchFactor(0, 1)
        ui.splitter.setStretchFactor(1, 1)
        ui.splitter.setSizes([420, 330])
        ui.org_splitter.setStretchFactor(0, 3)
        ui.org_splitter.setStretchFactor(1, 1)
        ui.org_splitter.setSizes([900, 340])
        ui.order_hint_label.setTextFormat(Qt.TextFormat.RichText)
        ui.order_hint_label.hide()

    def _action(self, text: str, slot, shortcut=None, view: QTableView | None = None) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcut is not None:
            # Shown in the 编辑 menu; active only while the table has focus (the key filter below handles it).
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if view is not None:
            view.addAction(action)
        return action

    def _setup_actions(self) -> None:
        ui = self.ui
        view = ui.colleges_view
        self._college_actions = {
            "add": self._action(self.tr("新增学院…"), self.add_college),
            "edit": self._action(self.tr("编辑学院…"), lambda: self.edit_college(), view=view),
            "delete": self._action(self.tr("删除学院"), self.delete_selected_colleges, QKeySequence.StandardKey.Delete,
                                   view),
            "copy": self._action(self.tr("复制选中的学院"), self.copy_selection, QKeySequence.StandardKey.Copy, view),
            "up": self._action(self.tr("上移"), lambda: self.move_selected_college(-1), view=view),
            "down": self._action(self.tr("下移"), lambda: self.move_selected_college(1), view=view),
            "export": self._action(self.tr("导出学院名单到Excel…"), self.export_excel),
            "print": self._action(self.tr("打印组织机构表…"), self.print_org_table),
        }
        self._department_actions = {
            "edit": self._action(self.tr("编辑…"), lambda: self.edit_department(), view=ui.departments_view),
            "delete": self._action(self.tr("删除"), self.delete_department, view=ui.departments_view),
        }
        self._member_actions = {
            "edit": self._action(self.tr("编辑…"), lambda: self.edit_member(), view=ui.leadership_view),
            "delete": self._action(self.tr("删除"), self.delete_member, view=ui.leadership_view),
        }
        self.find_action = self._action(self.tr("查找"), self.focus_search, QKeySequence.StandardKey.Find)
        self.addAction(self.find_action)  # a key for the whole tab, not only while a table has the focus
        self._menu_separator = QAction(self)
        self._menu_separator.setSeparator(True)
        _ViewKeys(view, on_copy=self.copy_selection, on_delete=self.delete_selected_colleges,
                  on_enter=lambda: self.edit_college())
        _ViewKeys(ui.departments_view, on_delete=self.delete_department, on_enter=lambda: self.edit_department())
        _ViewKeys(ui.leadership_view, on_delete=self.delete_member, on_enter=lambda: self.edit_member())

    def edit_actions(self) -> list[QAction]:
        """The tab's commands for the window's 编辑 menu."""
        names = ("add", "edit", "delete", "copy", "up", "down")
        return [self._college_actions[name] for name in names] + [self.find_action, self._menu_separator,
                                                                   self._college_actions["export"],
                                                                   self._college_actions["print"]]

    def focus_search(self) -> None:
        """查找 (Ctrl+F): put the cursor in the colleges' search box, its text selected for typing over."""
        self.ui.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.search_edit.selectAll()

    def _connect(self) -> None:
        ui = self.ui
        ui.search_edit.textChanged.connect(self._on_search)
        ui.add_button.clicked.connect(self.add_college)
        ui.edit_button.clicked.connect(lambda: self.edit_college())
        ui.delete_button.clicked.connect(self.delete_selected_colleges)
        ui.move_up_button.clicked.connect(lambda: self.move_selected_college(-1))
        ui.move_down_button.clicked.connect(lambda: self.move_selected_college(1))
        ui.copy_button.clicked.connect(self.copy_selection)
        ui.export_button.clicked.connect(self.export_excel)
        ui.colleges_view.doubleClicked.connect(lambda index: self.edit_college(self._college_id_at(index.row())))
        ui.colleges_view.selectionModel().selectionChanged.connect(self._update_actions)
        ui.colleges_view.horizontalHeader().sortIndicatorChanged.connect(self._on_sort_changed)
        ui.order_hint_label.linkActivated.connect(lambda _link: self.restore_display_order())

        ui.department_add_button.clicked.connect(self.add_department)
        ui.department_edit_button.clicked.connect(lambda: self.edit_department())
        ui.department_delete_button.clicked.connect(self.delete_department)
        ui.department_up_button.clicked.connect(lambda: self.move_department(-1))
        ui.department_down_button.clicked.connect(lambda: self.move_department(1))
        ui.departments_view.doubleClicked.connect(
            lambda index: self.edit_department(self.departments_model.record(index.row()).id))
        ui.departments_view.selectionModel().selectionChanged.connect(self._update_actions)

        ui.member_add_button.clicked.connect(self.add_member)
        ui.member_edit_button.clicked.connect(lambda: self.edit_member())
        ui.member_delete_button.clicked.connect(self.delete_member)
        ui.member_up_button.clicked.connect(lambda: self.move_member(-1))
        ui.member_down_button.clicked.connect(lambda: self.move_member(1))
        ui.leadership_view.doubleClicked.connect(
            lambda index: self.edit_member(self.leadership_model.record(index.row()).id))
        ui.leadership_view.selectionModel().selectionChanged.connect(self._update_actions)

        ui.print_button.clicked.connect(self.print_org_table)

    # TabPage.

    def tab_title(self) -> str:
        """学院."""
        return self.tr("学院")

    def set_context(self, db: Database | None, edition_id: int | None) -> None:
        """Show the colleges, duty table and leadership group of ``edition_id`` (nothing when either is None)."""
        if self._dialog is not None:
            self._dialog.reject()
        if db is not self._db or edition_id != self._edition_id:
            self._columns_fitted = False
        self._db, self._edition_id = db, edition_id
        self.refresh()

    def refresh(self) -> None:
        """Reload everything from the database, keeping the selection where the rows still exist."""
        self._load_colleges()
        self._load_departments()
        self._load_members()
        self._update_actions()

    # State.

    @property
    def has_context(self) -> bool:
        """Whether a database and an edition are shown."""
        return self._db is not None and self._edition_id is not None

    @property
    def open_dialog(self) -> RecordDialog | None:
        """The add/edit dialog currently open (window-modal, opened with ``open()``), if any."""
        return self._dialog

    def is_display_order(self) -> bool:
        """Whether the table is sorted by 序号, so that 上移/下移 move rows where the user sees them."""
        return self.ui.colleges_view.horizontalHeader().sortIndicatorSection() == ORDER_COLUMN

    def visible_records(self) -> list[CollegeRecord]:
        """The colleges as shown (search applied, in the view's sort order)."""
        return [self.model.record(self.proxy.mapToSource(self.proxy.index(row, 0)).row())
                for row in range(self.proxy.rowCount())]

    def selected_college_ids(self) -> list[int]:
        """Ids of the selected colleges, top to bottom as shown."""
        rows = sorted(index.row() for index in self.ui.colleges_view.selectionModel().selectedRows())
        return [self._college_id_at(row) for row in rows]

    def select_college(self, college_id: int) -> bool:
        """Make ``college_id`` the current, only selected row (if shown)."""
        source_row = self.model.row_of(college_id)
        if source_row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():
            return False
        view = self.ui.colleges_view
        view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        view.scrollTo(index)
        return True

    def _college_id_at(self, proxy_row: int) -> int:
        return self.model.record(self.proxy.mapToSource(self.proxy.index(proxy_row, 0)).row()).id

    def _current_proxy_row(self) -> int | None:
        rows = self.ui.colleges_view.selectionModel().selectedRows()
        if len(rows) != 1:
            return None
        return rows[0].row()

    # Loading.

    def _load_colleges(self) -> None:
        keep = self.selected_college_ids()
        rows = colleges.list_colleges(self._db, self._edition_id) if self.has_context else []
        self.model.set_rows(rows)
        for college_id in keep:
            self._add_to_selection(college_id)
        if not self._columns_fitted and rows:
            self._fit_columns()
            self._columns_fitted = True
        self._update_count()

    def _add_to_selection(self, college_id: int) -> None:
        source_row = self.model.row_of(college_id)
        if source_row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if index.isValid():
            self.ui.colleges_view.selectionModel().select(
                index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)

    def _fit_columns(self) -> None:
        view = self.ui.colleges_view
        view.resizeColumnsToContents()
        header = view.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.resizeSection(column, min(max(header.sectionSize(column) + 16, 64), 320))

    def _load_departments(self, select_id: int | None = None) -> None:
        self._reload_small(self.ui.departments_view, self.departments_model,
                           organisation.list_departments(self._db, self._edition_id) if self.has_context else [],
                           select_id)
        self.ui.departments_view.resizeRowsToContents()
        self._row_fitter.schedule()

    def _load_members(self, select_id: int | None = None) -> None:
        self._reload_small(self.ui.leadership_view, self.leadership_model,
                           organisation.list_leadership(self._db, self._edition_id) if self.has_context else [],
                           select_id)
        self._member_row_fitter.schedule()

    def _reload_small(self, view: QTableView, model, rows: list, select_id: int | None = None) -> None:
        current = self._selected_record(view, model)
        model.set_rows(rows)
        wanted = select_id if select_id is not None else (current.id if current is not None else None)
        if wanted is not None:
            row = model.row_of(wanted)
            if row is not None:
                view.selectRow(row)

    @staticmethod
    def _selected_record(view: QTableView, model):
        rows = view.selectionModel().selectedRows()
        return model.record(rows[0].row()) if rows else None

    # Display.

    def _on_search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()
        self._update_actions()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if not self.has_context:
            text = ""
        elif self.proxy.search_terms():
            text = self.tr("显示 {shown} / 共 {total} 个学院").format(shown=shown, total=total)
        else:
            text = self.tr("共 {total} 个学院").format(total=total)
        self.ui.count_label.setText(text)

    def _on_sort_changed(self, *_args) -> None:
        self._update_actions()

    def restore_display_order(self) -> None:
        """Sort by 序号 again, so the rows stand in display order and can be moved."""
        self.ui.colleges_view.sortByColumn(ORDER_COLUMN, Qt.SortOrder.AscendingOrder)

    def _update_order_hint(self) -> None:
        # Shown only while another column's order hides the display order (and so 上移/下移 are off).
        label = self.ui.order_hint_label
        if not self.has_context or self.is_display_order():
            label.setText("")
            label.hide()
            return
        column = self.ui.colleges_view.horizontalHeader().sortIndicatorSection()
        title = self.model.headerData(column, Qt.Orientation.Horizontal)
        label.setText(self.tr("当前按“{column}”排序，不能上移 / 下移（显示顺序也是导出、打印的顺序）。"
                              "<a href=\"restore\">恢复按序号排列</a>").format(column=title))
        label.show()

    def _update_actions(self, *_args) -> None:
        ui = self.ui
        context = self.has_context
        selected = len(ui.colleges_view.selectionModel().selectedRows()) if context else 0
        single = self._current_proxy_row() is not None
        movable = context and single and self.is_display_order()
        row = self._current_proxy_row()
        ui.search_edit.setEnabled(context)
        ui.add_button.setEnabled(context)
        ui.export_button.setEnabled(context)
        ui.print_button.setEnabled(context)
        for widget, enabled in ((ui.edit_button, selected == 1), (ui.delete_button, selected > 0),
                                (ui.copy_button, selected > 0),
                                (ui.move_up_button, movable and row is not None and row > 0),
                                (ui.move_down_button, movable and row is not None and row < self.proxy.rowCount() - 1)):
            widget.setEnabled(context and enabled)
        for name, enabled in (("edit", selected == 1), ("delete", selected > 0), ("copy", selected > 0),
                              ("up", ui.move_up_button.isEnabled()), ("down", ui.move_down_button.isEnabled()),
                              ("add", True), ("export", True), ("print", True)):
            self._college_actions[name].setEnabled(context and enabled)
        tip = "" if self.is_display_order() else self.tr("按其他列排序时不能调整顺序；请先点击“序号”列标题")
        ui.move_up_button.setToolTip(tip or self.tr("在显示顺序中上移"))
        ui.move_down_button.setToolTip(tip or self.tr("在显示顺序中下移"))
        self._update_order_hint()
        for view, model, prefix, actions in ((ui.departments_view, self.departments_model, "department",
                                              self._department_actions),
                                             (ui.leadership_view, self.leadership_model, "member",
                                              self._member_actions)):
            rows = view.selectionModel().selectedRows()
            chosen = rows[0].row() if rows else None
            getattr(ui, f"{prefix}_add_button").setEnabled(context)
            getattr(ui, f"{prefix}_edit_button").setEnabled(context and chosen is not None)
            getattr(ui, f"{prefix}_delete_button").setEnabled(context and chosen is not None)
            getattr(ui, f"{prefix}_up_button").setEnabled(context and chosen is not None and chosen > 0)
            getattr(ui, f"{prefix}_down_button").setEnabled(
                context and chosen is not None and chosen < model.rowCount() - 1)
            for action in actions.values():
                action.setEnabled(context and chosen is not None)

    def _changed(self, message: str) -> None:
        self.status_message.emit(message)
        self.data_changed.emit()

    def _warn(self, title: str, message: str) -> None:
        QMessageBox.warning(self, title, message)

    def _confirm(self, title: str, message: str) -> bool:
        answer = QMessageBox.question(self, title, message,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    # Dialogs are window-modal but opened with open(), never exec(): the event loop keeps running.

    def _open(self, dialog: RecordDialog, on_saved) -> RecordDialog:
        if self._dialog is not None:
            self._dialog.reject()
        self._dialog = dialog
        dialog.saved.connect(on_saved)
        dialog.finished.connect(lambda _result, d=dialog: self._dialog_closed(d))
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: RecordDialog) -> None:
        if self._dialog is dialog:
            self._dialog = None
        dialog.deleteLater()

    # Colleges.

    def add_college(self) -> CollegeDialog | None:
        """Open the form for a new college."""
        if not self.has_context:
            return None
        from vocweek_desktop.gui.dialogs.college_dialog import CollegeDialog

        return self._open(CollegeDialog(self._db, self._edition_id, None, self), self._college_saved)

    def edit_college(self, college_id: int | None = None) -> CollegeDialog | None:
        """Open the form for ``college_id`` (default: the selected college)."""
        if not self.has_context:
            return None
        if college_id is None:
            ids = self.selected_college_ids()
            if len(ids) != 1:
                return None
            college_id = ids[0]
        try:
            from vocweek_desktop.gui.dialogs.college_dialog import CollegeDialog

            dialog = CollegeDialog(self._db, self._edition_id, college_id, self)
        except NotFoundError as exc:
            self._warn(self.tr("编辑学院"), exc.message)
            self._load_colleges()
            return None
        return self._open(dialog, self._college_saved)

    def _college_saved(self, record: CollegeRecord) -> None:
        self._load_colleges()
        if not self.select_college(record.id) and self.proxy.search_terms():
            self.status_message.emit(self.tr("已保存学院“{name}”（不符合当前搜索条件，未显示）").format(name=record.name))
            self.data_changed.emit()
            return
        self._update_actions()
        self._changed(self.tr("已保存学院“{name}”").format(name=record.name))

    def delete_selected_colleges(self) -> None:
        """Delete the selected colleges after confirmation; those still in use are kept and the reason shown."""
        ids = self.selected_college_ids() if self.has_context else []
        if not ids:
            return
        records = {r.id: r for r in self.model.records()}
        names = [records[i].name for i in ids]
        if len(ids) == 1:
            question = self.tr("确定删除学院“{name}”吗？此操作不能撤销。").format(name=names[0])
        else:
            question = self.tr("确定删除选中的 {count} 个学院吗？此操作不能撤销。\n\n{names}").format(
                count=len(ids), names="、".join(names))
        if not self._confirm(self.tr("删除学院"), question):
            return
        deleted, refused = 0, []
        for college_id in ids:
            try:
                colleges.delete_college(self._db, college_id)
                deleted += 1
            except ConflictError as exc:
                refused.append(exc.message)
            except NotFoundError:
                pass
        self._load_colleges()
        self._update_actions()
        if deleted:
            self._changed(self.tr("已删除 {count} 个学院").format(count=deleted))
        if refused:
            self._warn(self.tr("不能删除"), "\n\n".join(refused))

    def move_selected_college(self, step: int) -> None:
        """Move the selected college one visible row up (``-1``) or down (``1``) in the display order.

        Only while sorted by 序号; with a search active it moves past the hidden colleges to the next shown one.
        """
        row = self._current_proxy_row()
        if not self.has_context or row is None or not self.is_display_order():
            return
        neighbour = row + step
        if not 0 <= neighbour < self.proxy.rowCount():
            return
        source = self.proxy.mapToSource(self.proxy.index(row, 0)).row()
        target = self.proxy.mapToSource(self.proxy.index(neighbour, 0)).row()
        college_id = self.model.record(source).id
        try:
            colleges.move_college(self._db, college_id, target - source)
        except NotFoundError as exc:
            self._warn(self.tr("调整顺序"), exc.message)
        self._load_colleges()
        self.select_college(college_id)
        self._update_actions()
        self._changed(self.tr("已调整学院顺序"))

    def copy_selection(self) -> str:
        """Copy the selected rows, with the header, as tab-separated text (and an HTML table) for Excel."""
        ids = set(self.selected_college_ids()) if self.has_context else set()
        records = [r for r in self.visible_records() if r.id in ids]
        if not records:
            self.status_message.emit(self.tr("没有选中的学院"))
            return ""
        table = colleges.college_table(records)
        text = to_tsv(table)
        set_clipboard(text, to_html_table(table))
        self.status_message.emit(self.tr("已复制 {count} 行（含表头），可直接粘贴到 Excel").format(count=len(records)))
        return text

    # Files.

    def _edition_year(self) -> str:
        try:
            return str(editions.get_edition(self._db, self._edition_id).year)
        except VocWeekError:
            return ""

    def _ask_save_path(self, title: str, file_name: str, file_filter: str, suffix: str) -> Path | None:
        folder = settings.last_folder() or str(Path.home())
        chosen, _ = QFileDialog.getSaveFileName(self, title, str(Path(folder) / file_name), file_filter)
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        settings.remember_folder(path)
        return path

    def export_excel(self) -> Path | None:
        """Ask where, then write the edition's colleges to an Excel workbook."""
        if not self.has_context:
            return None
        path = self._ask_save_path(self.tr("导出学院名单"), self.tr("学院名单-{year}.xlsx").format(year=self._edition_year()),
                                   self.tr("Excel 工作簿 (*.xlsx)"), ".xlsx")
        if path is None:
            return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            colleges.export_colleges(self._db, self._edition_id, path)
        except (VocWeekError, OSError) as exc:
            QApplication.restoreOverrideCursor()
            self._warn(self.tr("导出失败"), self.tr("不能写入“{path}”：{error}").format(path=path, error=exc))
            return None
        QApplication.restoreOverrideCursor()
        self.status_message.emit(self.tr("已导出 {count} 个学院到 {path}").format(count=self.model.rowCount(), path=path))
        return path

    def print_org_table(self) -> Path | None:
        """Ask where, write the organisation table (section 一) as PDF, then offer to open it."""
        if not self.has_context:
            return None
        path = self._ask_save_path(self.tr("打印组织机构表"),
                                   self.tr("组织机构表-{year}.pdf").format(year=self._edition_year()),
                                   self.tr("PDF 文件 (*.pdf)"), ".pdf")
        if path is None:
            return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            organisation.print_org_table(self._db, self._edition_id, path)
        except (VocWeekError, OSError) as exc:
            QApplication.restoreOverrideCursor()
            self._warn(self.tr("打印失败"), self.tr("不能写入“{path}”：{error}").format(path=path, error=exc))
            return None
        QApplication.restoreOverrideCursor()
        self.status_message.emit(self.tr("组织机构表已保存到 {path}").format(path=path))
        if self._confirm(self.tr("打印组织机构表"),
                         self.tr("组织机构表已保存到：\n{path}\n\n现在打开它吗？").format(path=path)):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path

    # Duty table.

    def _selected_department_id(self) -> int | None:
        record = self._selected_record(self.ui.departments_view, self.departments_model)
        return record.id if record is not None else None

    def add_department(self) -> DepartmentDialog | None:
        """Open the form for a new row of the duty table."""
        if not self.has_context:
            return None
        from vocweek_desktop.gui.dialogs.organisation_dialogs import DepartmentDialog

        return self._open(DepartmentDialog(self._db, self._edition_id, None, self), self._department_saved)

    def edit_department(self, department_id: int | None = None) -> DepartmentDialog | None:
        """Open the form for a duty-table row (default: the selected one)."""
        department_id = department_id if department_id is not None else self._selected_department_id()
        if not self.has_context or department_id is None:
            return None
        from vocweek_desktop.gui.dialogs.organisation_dialogs import DepartmentDialog

        return self._open(DepartmentDialog(self._db, self._edition_id, department_id, self), self._department_saved)

    def _department_saved(self, record) -> None:
        self._load_departments(select_id=record.id)
        self._update_actions()
        self._changed(self.tr("已保存部门“{name}”").format(name=record.name))

    def delete_department(self) -> None:
        """Delete the selected duty-table row after confirmation."""
        record = self._selected_record(self.ui.departments_view, self.departments_model)
        if not self.has_context or record is None:
            return
        if not self._confirm(self.tr("删除部门"), self.tr("确定从职责分工中删除“{name}”吗？").format(name=record.name)):
            return
        try:
            organisation.delete_department(self._db, record.id)
        except (ConflictError, NotFoundError) as exc:
            self._warn(self.tr("不能删除"), exc.message)
        self._load_departments()
        self._update_actions()
        self._changed(self.tr("已删除部门“{name}”").format(name=record.name))

    def move_department(self, step: int) -> None:
        """Move the selected duty-table row up (-1) or down (1)."""
        department_id = self._selected_department_id()
        if not self.has_context or department_id is None:
            return
        organisation.move_row(self._db, "department", department_id, step)
        self._load_departments(select_id=department_id)
        self._update_actions()
        self._changed(self.tr("已调整职责分工顺序"))

    # Leadership group.

    def _selected_member_id(self) -> int | None:
        record = self._selected_record(self.ui.leadership_view, self.leadership_model)
        return record.id if record is not None else None

    def add_member(self) -> MemberDialog | None:
        """Open the form for a new leadership-group member."""
        if not self.has_context:
            return None
        from vocweek_desktop.gui.dialogs.organisation_dialogs import MemberDialog

        return self._open(MemberDialog(self._db, self._edition_id, None, self), self._member_saved)

    def edit_member(self, member_id: int | None = None) -> MemberDialog | None:
        """Open the form for a member (default: the selected one)."""
        member_id = member_id if member_id is not None else self._selected_member_id()
        if not self.has_context or member_id is None:
            return None
        from vocweek_desktop.gui.dialogs.organisation_dialogs import MemberDialog

        return self._open(MemberDialog(self._db, self._edition_id, member_id, self), self._member_saved)

    def _member_saved(self, record) -> None:
        self._load_members(select_id=record.id)
        self._update_actions()
        self._changed(self.tr("已保存领导小组成员“{name}”").format(name=record.name))

    def delete_member(self) -> None:
        """Delete the selected member after confirmation."""
        record = self._selected_record(self.ui.leadership_view, self.leadership_model)
        if not self.has_context or record is None:
            return
        if not self._confirm(self.tr("删除领导小组成员"),
                             self.tr("确定从领导小组中删除“{role} {name}”吗？").format(role=record.role, name=record.name)):
            return
        try:
            organisation.delete_member(self._db, record.id)
        except (ConflictError, NotFoundError) as exc:
            self._warn(self.tr("不能删除"), exc.message)
        self._load_members()
        self._update_actions()
        self._changed(self.tr("已删除领导小组成员“{name}”").format(name=record.name))

    def move_member(self, step: int) -> None:
        """Move the selected member up (-1) or down (1)."""
        member_id = self._selected_member_id()
        if not self.has_context or member_id is None:
            return
        organisation.move_row(self._db, "member", member_id, step)
        self._load_members(select_id=member_id)
        self._update_actions()
        self._changed(self.tr("已调整领导小组顺序"))
