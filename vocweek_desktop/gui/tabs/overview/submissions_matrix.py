"""材料提交 in 概览: the colleges × kinds matrix (未交 / 已交 / 逾期 / 延期 / 补交), the files of the cell clicked (open,
open the folder, delete the record), an extension for it, and each college's reminder to paste into WeChat or an
e-mail (one click on 复制提醒 copies it). Files dropped on a cell are that college's material of that kind; dropped
anywhere else on the matrix they are routed like a drop on the window (college and kind read from the name, asked
when unsure)."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QHeaderView, QListWidgetItem, QMessageBox, QWidget

from vocweek_desktop.domain import submissions as kinds
from vocweek_desktop.domain.dates import format_moment
from vocweek_desktop.domain.errors import VocWeekError
from vocweek_desktop.gui.afterweek_flow import AfterweekFlow, local_paths
from vocweek_desktop.gui.clipboard import set_clipboard
from vocweek_desktop.gui.forms.ui_submissions_matrix import Ui_SubmissionsMatrix
from vocweek_desktop.gui.models.submissions_model import REMINDER, STATE_BRUSHES, SubmissionsMatrixModel
from vocweek_desktop.services import submissions
from vocweek_desktop.services.submissions import Matrix, SubmissionRecord
from vocweek_desktop.store.engine import Database

RECORD_ROLE = Qt.ItemDataRole.UserRole


class _Drops(QObject):
    """Drag-and-drop of files onto the matrix's viewport (a QTableView takes drops only through its viewport)."""

    def __init__(self, matrix: SubmissionsMatrix):
        super().__init__(matrix)
        self._matrix = matrix
        viewport = matrix.ui.matrix_view.viewport()
        viewport.setAcceptDrops(True)
        viewport.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        """Accept local files; a drop records them (on a cell) or routes them."""
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if self._matrix.ready and local_paths(event.mimeData()):
                event.acceptProposedAction()
            else:
                event.ignore()
            return True
        if kind == QEvent.Type.Drop:
            self._matrix.drop(event)
            return True
        return False


class SubmissionsMatrix(QWidget):
    """The matrix of one edition with its detail panel; ``set_context`` shows an edition, ``reload`` reads it again."""

    #: Text for the window's status bar.
    status_message = Signal(str)
    #: Emitted after anything was written (other tabs refresh).
    data_changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, clock: Callable[[], dt.datetime] = dt.datetime.now):
        super().__init__(parent)
        self.ui = Ui_SubmissionsMatrix()
        ui = self.ui
        ui.setupUi(self)
        self.clock = clock
        self.db: Database | None = None
        self.edition_id: int | None = None
        self.matrix: Matrix | None = None
        self.model = SubmissionsMatrixModel(self)
        self.flow = AfterweekFlow(self)
        self.flow.data_changed.connect(self._after_change)
        self.flow.status_message.connect(self.status_message)
        view = ui.matrix_view
        view.setModel(self.model)
        view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the colleges' own order first
        view.setSortingEnabled(True)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setHighlightSections(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        view.setCursor(Qt.CursorShape.PointingHandCursor)
        view.clicked.connect(self._on_clicked)
        view.selectionModel().currentChanged.connect(lambda current, _previous: self._show_detail(current))
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 1)
        ui.splitter.setSizes([760, 320])
        ui.files_list.itemDoubleClicked.connect(lambda _item: self.open_selected_file())
        ui.files_list.currentItemChanged.connect(lambda *_: self._update_buttons())
        ui.open_button.clicked.connect(self.open_selected_file)
        ui.folder_button.clicked.connect(self.open_selected_folder)
        ui.delete_button.clicked.connect(self.delete_selected_file)
        ui.record_cell_button.clicked.connect(self.record_for_cell)
        ui.extend_button.clicked.connect(self.extend_cell)
        ui.copy_button.clicked.connect(lambda: self.copy_reminder())
        ui.copy_all_button.clicked.connect(self.copy_all_reminders)
        ui.record_button.clicked.connect(lambda: self.flow.choose_and_record())
        ui.kinds_button.clicked.connect(self.edit_kinds)
        self._drops = _Drops(self)
        self._show_detail(QModelIndex())

    # ------------------------------------------------------------------------------------------- context

    @property
    def ready(self) -> bool:
        """Whether an edition is shown."""
        return self.db is not None and self.edition_id is not None

    def set_context(self, db: Database | None, edition_id: int | None) -> None:
        """Show ``edition_id`` of ``db``."""
        self.db, self.edition_id = db, edition_id
        self.flow.set_context(db, edition_id)
        self.reload()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Read the matrix again each time it comes into view: a deadline may have passed meanwhile (未交 → 逾期), and
        a kept file may have been moved away by hand; neither is a change the window hears about."""
        super().showEvent(event)
        if self.ready and self.matrix is not None:
            self.reload()

    def reload(self) -> None:
        """Read the matrix again at the current time, keeping the cell selected."""
        kept = self.current_cell()
        if not self.ready:
            self.matrix = None
            self.model.set_matrix(None)
            self.ui.summary_label.setText(self.tr("没有选择年度。"))
            self._show_detail(QModelIndex())
            return
        try:
            self.matrix = submissions.submission_matrix(self.db, self.edition_id, now=self.clock())
        except VocWeekError as exc:
            self.matrix = None
            self.model.set_matrix(None)
            self.ui.summary_label.setText(html.escape(str(exc)))
            return
        self.model.set_matrix(self.matrix)
        self._fit_columns()
        self._show_summary()
        if kept is not None:
            self.select_cell(*kept)
        else:
            self._show_detail(QModelIndex())

    def _fit_columns(self) -> None:
        view = self.ui.matrix_view
        view.resizeColumnsToContents()
        header = view.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.resizeSection(column, min(max(header.sectionSize(column) + 12, 72), 220))

    def _show_summary(self) -> None:
        matrix = self.matrix
        owed = sum(1 for row in matrix.rows if row.reminder)
        parts = []
        deadline = matrix.deadlines.get(kinds.REPORT)
        if deadline is not None:
            state = self.tr("已过") if matrix.now > deadline else self.tr("未到")
            parts.append(self.tr("总结材料截止 {0}（{1}）").format(format_moment(deadline), state))
        parts.append(self.tr("{0} 个学院还有材料未交").format(owed) if owed else self.tr("各学院材料已交齐"))
        if matrix.missing_files:
            parts.append(self.tr('<span style="color:#c62828">⚠ {0} 个文件已不在管理文件夹中</span>')
                         .format(len(matrix.missing_files)))
        legend = " ".join(f'<span style="background:{color}">&nbsp;{state}&nbsp;</span>'
                          for state, color in STATE_BRUSHES.items())
        self.ui.summary_label.setText("　｜　".join(parts) + "　" + legend)

    # ------------------------------------------------------------------------------------------- cells

    def current_cell(self) -> tuple[int, str | None] | None:
        """(college id, kind or None for the 学院 / 提醒 columns) of the current cell, or None."""
        index = self.ui.matrix_view.currentIndex()
        row = self.model.row_record(index.row()) if index.isValid() else None
        if row is None:
            return None
        cell = self.model.cell_at(index)
        return row.college_id, cell.kind if cell is not None else None

    def index_of(self, college_id: int, kind: str | None) -> QModelIndex:
        """The model index of a college's cell of ``kind`` (its name's cell when ``kind`` is None)."""
        row = self.model.row_of(college_id)
        column = self.model.column_of(kind) if kind is not None else 0
        return self.model.index(row, max(column, 0)) if row is not None else QModelIndex()

    def select_cell(self, college_id: int, kind: str | None) -> bool:
        """Make a college's cell current (and show its detail)."""
        index = self.index_of(college_id, kind)
        if not index.isValid():
            return False
        self.ui.matrix_view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._show_detail(index)
        return True

    def _on_clicked(self, index: QModelIndex) -> None:
        if index.isValid() and self.model.column_key(index.column()) == REMINDER:
            row = self.model.row_record(index.row())
            if row is not None:
                self.copy_reminder(row.college_id)

    def _show_detail(self, index: QModelIndex) -> None:
        ui = self.ui
        ui.files_list.clear()
        row = self.model.row_record(index.row()) if index.isValid() else None
        cell = self.model.cell_at(index) if row is not None else None
        if row is None:
            ui.cell_label.setText(self.tr("单击表格中的一格，查看该学院提交的文件、延期和催交提醒。"))
            ui.reminder_edit.setPlainText("")
            self._update_buttons()
            return
        ui.reminder_edit.setPlainText(row.reminder or self.tr("{0}的材料已交齐，无需提醒。").format(row.name))
        if cell is None:
            ui.cell_label.setText(f"<b>{html.escape(row.name)}</b>：" + html.escape(
                self.tr("还缺 {0}").format("、".join(row.owed)) if row.owed else self.tr("材料已交齐")))
        else:
            text = f"<b>{html.escape(row.name)}</b> · {html.escape(cell.kind)}：{html.escape(cell.state)}"
            if cell.deadline is not None:
                text += html.escape(self.tr("，截止 {0}").format(format_moment(cell.deadline)))
            if cell.extension is not None:
                text += html.escape(self.tr("，已延期至 {0}（{1}）").format(format_moment(cell.extension.until),
                                                                       cell.extension.reason))
            ui.cell_label.setText(text)
            for record in submissions.list_submissions(self.db, self.edition_id, college_id=row.college_id,
                                                       kind=cell.kind):
                ui.files_list.addItem(self._file_item(record))
            if ui.files_list.count():
                ui.files_list.setCurrentRow(ui.files_list.count() - 1)
        self._update_buttons()

    def _file_item(self, record: SubmissionRecord) -> QListWidgetItem:
        text = f"{record.received_at:%m-%d %H:%M}　{record.file_name}"
        if record.late:
            text += self.tr("（逾期）")
        if record.file_missing:
            text += self.tr("　⚠ 文件已不在")
        item = QListWidgetItem(text)
        item.setData(RECORD_ROLE, record)
        tip = [record.file_name, self.tr("收到：{0}").format(format_moment(record.received_at))]
        if record.has_file:
            tip += [self.tr("保存为：{0}").format(record.path), self.tr("大小：{0} 字节").format(record.size),
                    f"SHA-256：{record.sha256}"]
        if record.note:
            tip.append(record.note)
        item.setToolTip("\n".join(tip))
        return item

    def selected_record(self) -> SubmissionRecord | None:
        """The file selected in the detail list."""
        item = self.ui.files_list.currentItem()
        return item.data(RECORD_ROLE) if item is not None else None

    def _update_buttons(self) -> None:
        ui = self.ui
        record = self.selected_record()
        has_file = record is not None and record.has_file
        for button in (ui.open_button, ui.folder_button):
            button.setEnabled(has_file)
        ui.delete_button.setEnabled(has_file)
        cell = self.current_cell()
        on_kind = cell is not None and cell[1] is not None
        ui.record_cell_button.setEnabled(on_kind)
        ui.extend_button.setEnabled(on_kind)
        ui.copy_button.setEnabled(cell is not None)
        ui.copy_all_button.setEnabled(self.matrix is not None and any(r.reminder for r in self.matrix.rows))
        ui.record_button.setEnabled(self.ready)
        ui.kinds_button.setEnabled(self.ready)

    # ------------------------------------------------------------------------------------------- actions

    def copy_reminder(self, college_id: int | None = None) -> str:
        """Copy a college's reminder (default: the current row's) to the clipboard; returns it ("" when none)."""
        if college_id is None:
            cell = self.current_cell()
            college_id = cell[0] if cell is not None else None
        row = next((r for r in self.matrix.rows if r.college_id == college_id), None) if self.matrix else None
        if row is None:
            return ""
        if not row.reminder:
            self.status_message.emit(self.tr("{0}的材料已交齐，无需提醒").format(row.name))
            return ""
        set_clipboard(row.reminder)
        self.status_message.emit(self.tr("已复制{0}的催交提醒，可直接粘贴到微信或邮件").format(row.name))
        return row.reminder

    def copy_all_reminders(self) -> str:
        """Copy every college's reminder, one after another."""
        texts = [row.reminder for row in self.matrix.rows if row.reminder] if self.matrix else []
        if not texts:
            return ""
        text = "\n\n".join(texts)
        set_clipboard(text)
        self.status_message.emit(self.tr("已复制 {0} 个学院的催交提醒").format(len(texts)))
        return text

    def edit_kinds(self) -> bool:
        """材料种类…: the kinds the office asks for besides the four of the notice (an edition setting), typed as a
        list separated by 、 or commas. A kind with files recorded cannot be taken away."""
        from PySide6.QtWidgets import QInputDialog

        if not self.ready:
            return False
        extra = [kind for kind in submissions.list_kinds(self.db, self.edition_id) if kind not in kinds.BUILTIN_KINDS]
        text, ok = QInputDialog.getText(self, self.tr("材料种类"), self.tr(
            "除“{0}”外，本年度还要求学院提交的材料（用顿号“、”分隔，可留空）：").format("、".join(kinds.BUILTIN_KINDS)),
            text="、".join(extra))
        if not ok:
            return False
        wanted = [part.strip() for part in text.replace("，", "、").replace(",", "、").split("、") if part.strip()]
        try:
            submissions.set_extra_kinds(self.db, self.edition_id, wanted)
        except VocWeekError as exc:
            QMessageBox.warning(self, self.tr("材料种类"), str(exc))
            return False
        self._after_change()
        self.status_message.emit(self.tr("已更新材料种类"))
        return True

    def open_selected_file(self) -> bool:
        """Open the selected file in its program; a kept copy moved away is reported."""
        from vocweek_desktop.gui.file_actions import open_path

        record = self.selected_record()
        if record is None or not record.has_file:
            return False
        try:
            path = submissions.submission_path(self.db, record.id)
        except VocWeekError as exc:
            QMessageBox.warning(self, self.tr("打开文件"), str(exc))
            return False
        return open_path(self, path)

    def open_selected_folder(self) -> bool:
        """Open the folder the selected file is kept in."""
        from vocweek_desktop.gui.file_actions import open_path

        record = self.selected_record()
        if record is None or not record.has_file:
            return False
        folder = record.path.parent
        if not folder.is_dir():
            QMessageBox.warning(self, self.tr("打开文件夹"), self.tr("文件夹“{0}”已不存在。").format(folder))
            return False
        return open_path(self, folder)

    def delete_selected_file(self) -> bool:
        """Delete the selected record and its kept copy, after asking."""
        record = self.selected_record()
        if record is None or not record.has_file:
            return False
        answer = QMessageBox.question(self, self.tr("删除记录"), self.tr(
            "删除{0}的“{1}”这条记录，并删除管理文件夹中保存的副本吗？（原文件如还在别处，不受影响）").format(
            record.college, record.file_name), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            submissions.delete_submission(self.db, record.id)
        except VocWeekError as exc:
            QMessageBox.warning(self, self.tr("删除记录"), str(exc))
        self._after_change()
        self.status_message.emit(self.tr("已删除记录“{0}”").format(record.file_name))
        return True

    def record_for_cell(self) -> list:
        """记录文件… for the current cell's college and kind."""
        cell = self.current_cell()
        if cell is None or cell[1] is None:
            return []
        return self.flow.choose_and_record(college_id=cell[0], kind=cell[1])

    def extend_cell(self) -> bool:
        """延期… for the current cell: a new deadline and a reason (or 取消延期)."""
        from vocweek_desktop.gui.dialogs.submission_dialogs import ExtensionDialog

        current = self.current_cell()
        if current is None or current[1] is None or self.matrix is None:
            return False
        college_id, kind = current
        cell = self.matrix.cell(college_id, kind)
        name = next(r.name for r in self.matrix.rows if r.college_id == college_id)
        extension = cell.extension
        dialog = ExtensionDialog(name, kind, cell.deadline, until=extension.until if extension else None,
                                 reason=extension.reason if extension else "",
                                 grant=lambda until, reason: submissions.grant_extension(
                                     self.db, self.edition_id, college_id, kind, until, reason), parent=self)
        try:
            accepted = dialog.exec() == dialog.DialogCode.Accepted
            removed = dialog.removed
        finally:
            dialog.deleteLater()
        if not accepted:
            return False
        if removed:
            submissions.remove_extension(self.db, self.edition_id, college_id, kind)
            self.status_message.emit(self.tr("已取消{0}“{1}”的延期").format(name, kind))
        else:
            self.status_message.emit(self.tr("已为{0}的“{1}”延期").format(name, kind))
        self._after_change()
        return True

    def drop(self, event: QDropEvent | QDragEnterEvent) -> bool:
        """Files dropped on a kind's cell are that college's material; elsewhere they are routed by what they are."""
        paths = local_paths(event.mimeData())
        if not self.ready or not paths:
            event.ignore()
            return False
        event.acceptProposedAction()
        index = self.ui.matrix_view.indexAt(event.position().toPoint())
        row = self.model.row_record(index.row()) if index.isValid() else None
        cell = self.model.cell_at(index) if row is not None else None
        if cell is not None:
            self.select_cell(row.college_id, cell.kind)
            return self.flow.route(paths, college_id=row.college_id, kind=cell.kind)
        return self.flow.route([Path(p) for p in paths], college_id=row.college_id if row is not None else None)

    def _after_change(self) -> None:
        self.reload()
        self.data_changed.emit()
