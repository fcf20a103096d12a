"""One pane for editing a list of records: a table with 新增… / 编辑… / 删除 / 上移 / 下移 / 复制.

The same commands are buttons, entries of the table's context menu and keys (Enter edits, Delete deletes,
Ctrl+C copies); a pane whose records the services audit also offers 查看修改记录… in the context menu; what is
enabled follows the selection; the selection is kept by record id across reloads,
sorts and searches. A concrete pane says what it lists and how: ``load``, ``create_dialog``, ``delete_records``,
``move_record``, ``copy_table`` and its texts. The add/edit forms are RecordDialogs opened window-modal with
``open()``, never ``exec()``: the event loop keeps running and a change of edition can close them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vocweek_desktop.domain.errors import NotFoundError
from vocweek_desktop.gui.clipboard import set_clipboard, to_html_table, to_tsv
from vocweek_desktop.gui.models.records_model import RecordsModel
from vocweek_desktop.gui.widgets.view_keys import ViewKeys
from vocweek_desktop.store.engine import Database

if TYPE_CHECKING:  # forms load when first opened, not at start-up
    from vocweek_desktop.gui.dialogs.record_dialog import RecordDialog

#: Every command a pane may offer, in button order.
COMMANDS = ("add", "edit", "delete", "up", "down", "copy")


class FitRowsOnResize(QObject):
    """Refit a table's row heights to its (wrapped) contents whenever the view is shown or resized.

    Neither ResizeToContents on the vertical header nor sectionResized notices a stretched column growing when
    the view is first shown, so long text that wraps would be cut.
    """

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


class ListPane(QWidget):
    """A table of records of one edition with the commands that edit the list (see the module's docstring)."""

    #: Text for the window's status bar.
    status_message = Signal(str)
    #: Emitted after the pane changed data that other tabs show.
    data_changed = Signal()

    #: The kind of record, as the texts name it (学院, 部门, …).
    noun = ""
    #: The list as "已调整…顺序" names it (学院, 职责分工, …).
    list_name = ""
    #: The commands offered, in button order (a subset of COMMANDS).
    commands: tuple[str, ...] = COMMANDS
    #: Several records may be selected at once (delete and copy act on all of them).
    multi_select = False
    #: The model key of the display-order column: the table sorts by any column, and while sorted by another
    #: one 上移 / 下移 are off and a hint says why. None: the table is always in display order.
    order_key: str | None = None
    #: The kind of record as the services' audit events name it ("college", …): the context menu then offers
    #: 查看修改记录… for the selected record. None: no history.
    history_entity: str | None = None

    def __init__(self, model: RecordsModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        model.setParent(self)
        self._db: Database | None = None
        self._edition_id: int | None = None
        self._dialog: RecordDialog | None = None
        self._kept: tuple[list[Any], Any] = ([], None)
        self._build()
        self._connect()
        self.update_actions()

    # ------------------------------------------------------------------------------------------ building

    def _build(self) -> None:
        self.view = QTableView(self)
        view = self.view
        view.setModel(self.model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if self.multi_select
                              else QAbstractItemView.SelectionMode.SingleSelection)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        view.horizontalHeader().setHighlightSections(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        if self.order_key is not None:
            view.setSortingEnabled(True)
            view.sortByColumn(self.model.column_of(self.order_key), Qt.SortOrder.AscendingOrder)

        self.command_actions: dict[str, QAction] = {}
        self.buttons: dict[str, QPushButton] = {}
        noun = self.noun
        texts = {  # command: (button, menu entry, tooltip)
            "add": (self.tr("新增…"), self.tr("新增{0}…").format(noun), self.tr("新增一个{0}").format(noun)),
            "edit": (self.tr("编辑…"), self.tr("编辑{0}…").format(noun),
                     self.tr("编辑选中的{0}（也可双击该行）").format(noun)),
            "delete": (self.tr("删除"), self.tr("删除{0}").format(noun), self.tr("删除选中的{0}").format(noun)),
            "up": (self.tr("上移"), self.tr("上移"), self.tr("在显示顺序中上移")),
            "down": (self.tr("下移"), self.tr("下移"), self.tr("在显示顺序中下移")),
            "copy": (self.tr("复制"), self.tr("复制选中的{0}").format(noun),
                     self.tr("把选中的行连同表头复制到剪贴板，可直接粘贴到 Excel（Ctrl+C）")),
        }
        slots = {"add": self.add, "edit": self.edit, "delete": self.delete_selected,
                 "up": lambda: self.move_selected(-1), "down": lambda: self.move_selected(1),
                 "copy": self.copy_selection}
        keys = {"delete": QKeySequence.StandardKey.Delete, "copy": QKeySequence.StandardKey.Copy}
        for name in self.commands:
            button_text, action_text, tip = texts[name]
            action = QAction(action_text, self)
            action.setToolTip(tip)
            action.setStatusTip(tip)
            action.triggered.connect(lambda _checked=False, slot=slots[name]: slot())
            if name in keys:
                # Listed with its key in the 编辑 menu; ViewKeys below handles the key while the table has the focus.
                action.setShortcut(QKeySequence(keys[name]))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            if name != "add":
                view.addAction(action)  # the context menu
            button = QPushButton(button_text, self)
            button.setToolTip(tip)
            button.clicked.connect(action.trigger)
            self.command_actions[name] = action
            self.buttons[name] = button
        self.history_action: QAction | None = None
        if self.history_entity is not None:
            separator = QAction(self)
            separator.setSeparator(True)
            view.addAction(separator)
            self.history_action = QAction(self.tr("查看修改记录…"), self)
            tip = self.tr("查看选中的{0}的全部修改：谁在什么时候改了什么").format(noun)
            self.history_action.setToolTip(tip)
            self.history_action.setStatusTip(tip)
            self.history_action.triggered.connect(lambda _checked=False: self.show_history())
            view.addAction(self.history_action)
        ViewKeys(view, copy=self.copy_selection if "copy" in self.commands else None,
                 delete=self.delete_selected if "delete" in self.commands else None,
                 enter=self.edit if "edit" in self.commands else None)

        self.hint_label = QLabel(self)
        self.hint_label.setWordWrap(True)
        self.hint_label.setTextFormat(Qt.TextFormat.RichText)
        self.hint_label.hide()

        leading, trailing = self.leading_widgets(), self.trailing_widgets()
        toolbar = QHBoxLayout()
        for widget in leading:
            toolbar.addWidget(widget)
        if leading:  # the stretch parts the leading widgets from the buttons, or the buttons from the trailing ones
            toolbar.addStretch(1)
        for button in self.buttons.values():
            toolbar.addWidget(button)
        if not leading:
            toolbar.addStretch(1)
        for widget in trailing:
            toolbar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(toolbar)
        layout.addWidget(view)
        layout.addWidget(self.hint_label)

    def _connect(self) -> None:
        self.view.doubleClicked.connect(self._on_double_click)
        self.view.selectionModel().selectionChanged.connect(self.update_actions)
        self.view.horizontalHeader().sortIndicatorChanged.connect(self.update_actions)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        self.hint_label.linkActivated.connect(self._on_hint_link)

    # ------------------------------------------------------------------------------------------ context

    def set_context(self, db: Database | None, edition_id: int | None) -> None:
        """List the records of ``edition_id`` (nothing when either is None); an open form is closed."""
        if self._dialog is not None:
            self._dialog.reject()
        self._db, self._edition_id = db, edition_id
        self.reload()

    @property
    def db(self) -> Database | None:
        """The open database (None when there is none)."""
        return self._db

    @property
    def edition_id(self) -> int | None:
        """The edition listed (None when there is none)."""
        return self._edition_id

    @property
    def has_context(self) -> bool:
        """Whether a database and an edition are shown."""
        return self._db is not None and self._edition_id is not None

    def reload(self, select_id: Any = None) -> None:
        """Read the list again, keeping the selection where its records still exist (or selecting ``select_id``)."""
        self.model.set_rows(self.load() if self.has_context else [])
        if select_id is not None:
            self.select(select_id)
        self.update_actions()

    # ------------------------------------------------------------------------------------------ hooks

    def leading_widgets(self) -> list[QWidget]:
        """Widgets of the pane's own before the buttons (a search box), made when the pane is built."""
        return []

    def trailing_widgets(self) -> list[QWidget]:
        """Widgets of the pane's own after the buttons (导出…, 打印…), made when the pane is built."""
        return []

    def load(self) -> list:
        """The records of the current database and edition, in display order."""
        raise NotImplementedError

    def create_dialog(self, record_id: Any) -> RecordDialog:
        """The add (``record_id`` None) or edit form; may raise NotFoundError when the record is gone."""
        raise NotImplementedError

    def delete_question(self, records: list) -> str:
        """What the user is asked before ``records`` are deleted."""
        if len(records) == 1:
            return self.tr("确定删除{0}“{1}”吗？此操作不能撤销。").format(self.noun, self.record_name(records[0]))
        return self.tr("确定删除选中的 {0} 个{1}吗？此操作不能撤销。\n\n{2}").format(
            len(records), self.noun, "、".join(self.record_name(record) for record in records))

    def delete_refusals(self, records: list) -> list[tuple[Any, str]]:
        """(record, why) for each of ``records`` a delete would refuse now (still in use), checked before the user is
        asked, so the question is only about the others; default: none known in advance."""
        return []

    def delete_records(self, records: list) -> tuple[list, list[str]]:
        """Delete ``records`` (one transaction); returns the ids deleted and the reasons for those kept."""
        raise NotImplementedError

    def move_record(self, record: Any, offset: int) -> None:
        """Move ``record`` ``offset`` places up (negative) or down in the display order."""
        raise NotImplementedError

    def copy_table(self, records: list) -> list[list[object]]:
        """A header row and a row per record, as the clipboard gets them; default: the columns shown."""
        return self.model.table(records)

    def record_name(self, record: Any) -> str:
        """How the texts name a record."""
        return str(getattr(record, "name", ""))

    # ------------------------------------------------------------------------------------------ selection

    def selected_records(self) -> list:
        """The selected records, top to bottom as shown."""
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [record for record in (self.model.record(row) for row in rows) if record is not None]

    def selected_ids(self) -> list:
        """Ids of the selected records, top to bottom as shown."""
        return [record.id for record in self.selected_records()]

    def select(self, record_id: Any) -> bool:
        """Make ``record_id`` the current, only selected row and scroll to it; False when it is not shown."""
        row = self.model.row_of(record_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index)
        return True

    def _single_row(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if len(rows) == 1 else None

    def _remember_selection(self) -> None:
        current = self.model.record(self.view.currentIndex().row()) if self.view.currentIndex().isValid() else None
        self._kept = (self.selected_ids(), getattr(current, "id", None))

    def _restore_selection(self) -> None:
        ids, current = self._kept
        selection = self.view.selectionModel()
        for record_id in ids:
            row = self.model.row_of(record_id)
            if row is not None:
                selection.select(self.model.index(row, 0),
                                 QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
        row = self.model.row_of(current) if current is not None else None
        if row is not None:
            selection.setCurrentIndex(self.model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        self.update_actions()

    # ------------------------------------------------------------------------------------------ order

    def in_display_order(self) -> bool:
        """Whether the rows stand in display order, so that 上移 / 下移 move them where the user sees them."""
        if self.order_key is None:
            return True
        return self.view.horizontalHeader().sortIndicatorSection() == self.model.column_of(self.order_key)

    def restore_display_order(self) -> None:
        """Sort by the display-order column again, so the rows can be moved."""
        if self.order_key is not None:
            self.view.sortByColumn(self.model.column_of(self.order_key), Qt.SortOrder.AscendingOrder)

    def _on_hint_link(self, _link: str) -> None:
        self.restore_display_order()

    def _order_header(self) -> str:
        return self.model.column(self.model.column_of(self.order_key)).header if self.order_key else ""

    def _update_order_hint(self) -> None:
        # Shown only while another column's order hides the display order (and so 上移/下移 are off).
        if not self.has_context or self.in_display_order():
            self.hint_label.setText("")
            self.hint_label.hide()
            return
        column = self.view.horizontalHeader().sortIndicatorSection()
        self.hint_label.setText(self.tr("当前按“{0}”排序，不能上移 / 下移（显示顺序也是导出、打印的顺序）。"
                                        "<a href=\"restore\">恢复按{1}排列</a>").format(
            self.model.column(column).header, self._order_header()))
        self.hint_label.show()

    # ------------------------------------------------------------------------------------------ state

    def update_actions(self, *_args) -> None:
        """Enable each command as the context and the selection allow."""
        context = self.has_context
        selected = len(self.view.selectionModel().selectedRows()) if context else 0
        row = self._single_row() if context else None
        movable = row is not None and self.in_display_order()
        enabled = {"add": context, "edit": selected == 1, "delete": selected > 0, "copy": selected > 0,
                   "up": movable and row > 0, "down": movable and row < self.model.rowCount() - 1}
        for name, action in self.command_actions.items():
            action.setEnabled(enabled[name])
            self.buttons[name].setEnabled(enabled[name])
        if self.history_action is not None:
            self.history_action.setEnabled(selected == 1)
        tip = "" if self.in_display_order() else self.tr("按其他列排序时不能调整顺序；请先点击“{0}”列标题").format(
            self._order_header())
        for name, own in (("up", self.tr("在显示顺序中上移")), ("down", self.tr("在显示顺序中下移"))):
            if name in self.buttons:
                self.buttons[name].setToolTip(tip or own)
        self._update_order_hint()

    def _changed(self, message: str) -> None:
        self.status_message.emit(message)
        self.data_changed.emit()

    def warn(self, title: str, message: str) -> None:
        """A warning box over the pane."""
        QMessageBox.warning(self, title, message)

    def confirm(self, title: str, message: str) -> bool:
        """A yes/no question over the pane (default: no)."""
        answer = QMessageBox.question(self, title, message,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    # ------------------------------------------------------------------------------------------ commands

    def add(self) -> RecordDialog | None:
        """新增…: open the form for a new record."""
        if not self.has_context:
            return None
        return self._open(self.create_dialog(None))

    def edit(self, record_id: Any = None) -> RecordDialog | None:
        """编辑…: open the form for ``record_id`` (default: the one selected record)."""
        if not self.has_context:
            return None
        if record_id is None:
            ids = self.selected_ids()
            if len(ids) != 1:
                return None
            record_id = ids[0]
        try:
            dialog = self.create_dialog(record_id)
        except NotFoundError as exc:  # deleted meanwhile (another window, the CLI)
            self.warn(self.tr("编辑{0}").format(self.noun), exc.message)
            self.reload()
            return None
        return self._open(dialog)

    def _on_double_click(self, index) -> None:
        record = self.model.record(index.row())
        if record is not None and "edit" in self.commands:
            self.edit(record.id)

    def _open(self, dialog: RecordDialog) -> RecordDialog:
        if self._dialog is not None:
            self._dialog.reject()
        self._dialog = dialog
        dialog.saved.connect(self._on_saved)
        dialog.finished.connect(lambda _result, d=dialog: self._dialog_closed(d))
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: RecordDialog) -> None:
        if self._dialog is dialog:
            self._dialog = None
        dialog.deleteLater()

    def _on_saved(self, record: Any) -> None:
        self.reload()
        message = self.tr("已保存{0}“{1}”").format(self.noun, self.record_name(record))
        if not self.select(record.id) and self.model.search_terms():
            message += self.tr("（不符合当前搜索条件，未显示）")
        self.update_actions()
        self._changed(message)

    def delete_selected(self) -> None:
        """删除: those that cannot go (in use) are named at once; after confirmation the others are deleted, and any
        refused meanwhile is listed with the reason."""
        records = self.selected_records() if self.has_context else []
        if not records:
            return
        known = self.delete_refusals(records)
        if known:
            kept = {record.id for record, _reason in known}
            reasons = "\n\n".join(reason for _record, reason in known)
            records = [record for record in records if record.id not in kept]
            if not records:
                self.warn(self.tr("不能删除"), reasons)
                return
            if len(records) == 1:
                question = self.delete_question(records)
            else:
                question = self.tr("确定删除其余 {0} 个{1}吗？此操作不能撤销。\n\n{2}").format(
                    len(records), self.noun, "、".join(self.record_name(record) for record in records))
            question = f"{reasons}\n\n{question}"
        else:
            question = self.delete_question(records)
        if not self.confirm(self.tr("删除{0}").format(self.noun), question):
            return
        deleted, refused = self.delete_records(records)
        self.reload()
        if deleted:
            gone = set(deleted)
            names = [self.record_name(record) for record in records if record.id in gone]
            message = self.tr("已删除{0}“{1}”").format(self.noun, names[0]) if len(names) == 1 else \
                self.tr("已删除 {0} 个{1}").format(len(names), self.noun)
            self._changed(message)
        if refused:
            self.warn(self.tr("不能删除"), "\n\n".join(refused))

    def move_selected(self, step: int) -> None:
        """上移 (``-1``) / 下移 (``1``): move the selected record past its neighbour as shown.

        Only while in display order; with a search active it moves past the hidden records to the next shown one.
        """
        row = self._single_row()
        if not self.has_context or row is None or not self.in_display_order():
            return
        record, neighbour = self.model.record(row), self.model.record(row + step)
        if record is None or neighbour is None:
            return
        order = [item.id for item in self.model.records()]
        try:
            self.move_record(record, order.index(neighbour.id) - order.index(record.id))
        except NotFoundError as exc:
            self.warn(self.tr("调整顺序"), exc.message)
        self.reload(select_id=record.id)
        self._changed(self.tr("已调整{0}顺序").format(self.list_name))

    def show_history(self) -> None:
        """查看修改记录…: every change of the one selected record, oldest first."""
        records = self.selected_records() if self.has_context and self.history_entity is not None else []
        if len(records) != 1:
            return
        from vocweek_desktop.gui.dialogs.history_dialog import show_history  # its form loads on first use

        show_history(self, self.db, self.history_entity, records[0].id, self.record_name(records[0]))

    def copy_selection(self) -> str:
        """复制: the selected rows, with the header, as tab-separated text (and an HTML table) for Excel."""
        ids = set(self.selected_ids()) if self.has_context else set()
        records = [record for record in self.model.shown_records() if record.id in ids]
        if not records:
            self.status_message.emit(self.tr("没有选中的{0}").format(self.noun))
            return ""
        table = self.copy_table(records)
        text = to_tsv(table)
        set_clipboard(text, to_html_table(table))
        self.status_message.emit(self.tr("已复制 {0} 行（含表头），可直接粘贴到 Excel").format(len(records)))
        return text
