"""导入预览: what importing a workbook of any form (附件1, the college list, …) would do, shown before anything is
written.

The dialog holds a preview of ``services.imports`` and the user's choices (received time, which missing rows to
delete, whether to skip rows with errors); the caller reads them and calls ``imports.apply_import``. What the
tables show — their columns, the labels of changed fields, how values read — comes from the preview's form. It
writes nothing itself, except the 导出问题行 workbook the user asks for.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QTableView,
    QWidget,
)

from vocweek_desktop.domain.dates import format_duration, format_moment_long
from vocweek_desktop.domain.errors import VocWeekError
from vocweek_desktop.gui import settings
from vocweek_desktop.gui.dialogs.edition_dialog import ERROR_LABEL_STYLE, HINT_LABEL_STYLE
from vocweek_desktop.gui.file_actions import offer_to_open
from vocweek_desktop.gui.forms.ui_import_preview_dialog import Ui_ImportPreviewDialog
from vocweek_desktop.gui.widgets.combo_width import fit_to_items

WARNING_BANNER_STYLE = "QLabel { color: #6d4c00; background: #fff4d6; border: 1px solid #f0c36d; padding: 6px; }"


def _qdatetime(value: dt.datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


def _pydatetime(value: QDateTime) -> dt.datetime:
    date, time = value.date(), value.time()
    return dt.datetime(date.year(), date.month(), date.day(), time.hour(), time.minute())


class PreviewTableModel(QAbstractTableModel):
    """Read-only rows of text for one section of the preview; optionally a check box in the first column."""

    check_changed = Signal()

    def __init__(self, headers: Sequence[str], rows: Sequence[Sequence[str]], *, checkable: bool = False,
                 tooltips: Sequence[str] | None = None, parent=None):
        super().__init__(parent)
        self._headers = list(headers)
        self._rows = [list(r) for r in rows]
        self._tooltips = list(tooltips) if tooltips is not None else None
        self._checkable = checkable
        self._checked: set[int] = set()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        """Number of rows."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        """Number of columns."""
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        """Column titles; rows are not numbered (the sheet's row number is a column)."""
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        """Text, tooltips and (when checkable) the check state of the first column."""
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[row][column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if self._tooltips is not None and self._tooltips[row]:
                return self._tooltips[row]
            return self._rows[row][column] or None
        if role == Qt.ItemDataRole.CheckStateRole and self._checkable and column == 0:
            return Qt.CheckState.Checked if row in self._checked else Qt.CheckState.Unchecked
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        """Selectable; the first column is user-checkable when the model is."""
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._checkable and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """Tick or untick a row."""
        if not (self._checkable and index.isValid() and index.column() == 0
                and role == Qt.ItemDataRole.CheckStateRole):
            return False
        self.set_checked(index.row(), Qt.CheckState(value) == Qt.CheckState.Checked)
        return True

    def text(self, row: int, column: int) -> str:
        """The text of one cell."""
        return self._rows[row][column]

    def set_checked(self, row: int, checked: bool) -> None:
        """Tick or untick ``row``."""
        if (row in self._checked) == checked:
            return
        if checked:
            self._checked.add(row)
        else:
            self._checked.discard(row)
        index = self.index(row, 0)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.check_changed.emit()

    def set_all_checked(self, checked: bool) -> None:
        """Tick or untick every row."""
        self._checked = set(range(len(self._rows))) if checked else set()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0),
                                  [Qt.ItemDataRole.CheckStateRole])
        self.check_changed.emit()

    def checked_rows(self) -> list[int]:
        """Indexes of the ticked rows, in order."""
        return sorted(self._checked)


class ImportPreviewDialog(QDialog):
    """The preview of one import: file facts, 新增 / 更新 / 未变 / 文件中已无 / 问题 / 提示, and 导入 / 取消.

    For a form whose file belongs to one college, ``colleges`` are (id, name) pairs offered in the 学院 box;
    choosing one calls ``reload(college_id)``, which returns a new preview (or None to keep the current one).
    """

    def __init__(self, preview, parent: QWidget | None = None, *, colleges: Sequence[tuple[int, str]] = (),
                 reload: Callable[[int | None], object | None] | None = None):
        super().__init__(parent)
        self.ui = Ui_ImportPreviewDialog()
        self.ui.setupUi(self)
        self.form = preview.form
        self.preview = preview
        #: Rows pasted from the clipboard: the dialog speaks of the clipboard and of lines, not of a file and sheet.
        self.pasted = preview.source_kind == "paste"
        self._reload = reload
        self._colleges = list(colleges)
        self._models: dict[str, PreviewTableModel] = {}
        self._set_up()
        self.set_preview(preview)

    # ----------------------------------------------------------------------------------------- set-up

    def _set_up(self) -> None:
        ui = self.ui
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.import_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("导入"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.warningLabel.setStyleSheet(WARNING_BANNER_STYLE)
        ui.receivedHint.setStyleSheet(HINT_LABEL_STYLE)
        ui.missingHint.setStyleSheet(HINT_LABEL_STYLE)
        ui.collegeLabel.setStyleSheet(HINT_LABEL_STYLE)
        ui.receivedEdit.setLocale(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        ui.receivedEdit.dateTimeChanged.connect(self._show_received_status)
        ui.skipErrorsCheck.toggled.connect(self._update_state)
        ui.checkAllButton.clicked.connect(lambda: self._missing_model().set_all_checked(True))
        ui.checkNoneButton.clicked.connect(lambda: self._missing_model().set_all_checked(False))
        ui.exportProblemsButton.clicked.connect(self.export_problem_rows)
        for view in self._views().values():
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setAlternatingRowColors(True)
            view.setWordWrap(False)
            view.verticalHeader().setVisible(False)
            view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
            view.horizontalHeader().setHighlightSections(False)
        # A reason is read in full: it wraps in its cell (the row grows) instead of ending in "…".
        ui.problemsView.setWordWrap(True)
        ui.problemsView.setTextElideMode(Qt.TextElideMode.ElideNone)
        # An updated row spans one line per changed field: banding would split it visually.
        ui.updatedView.setAlternatingRowColors(False)
        ui.updatedView.setShowGrid(True)
        if not self.form.missing_columns:
            ui.tabWidget.removeTab(ui.tabWidget.indexOf(ui.missingTab))
            ui.missingTab.hide()
        ui.factsLayout.setRowVisible(2, self.form.has_college)
        if self.pasted:
            ui.fileCaption.setText(self.tr("来源："))
            ui.factsLayout.setRowVisible(1, False)  # pasted text has no sheet
            ui.skipErrorsCheck.setText(self.tr("跳过有错误的行，只粘贴正确的行"))
            ui.collegeCombo.setToolTip(self.tr("粘贴的内容没有写明学院或写错了学院时，在这里选择按哪个学院写入"))
            self.import_button.setText(self.tr("粘贴"))
        if self.form.has_college:
            ui.collegeCombo.addItem("", None)
            for college_id, name in self._colleges:
                ui.collegeCombo.addItem(name, college_id)
            ui.collegeCombo.setEnabled(self._reload is not None and bool(self._colleges))
            ui.collegeCombo.activated.connect(self._on_college_chosen)

    def _views(self) -> dict[str, QTableView]:
        ui = self.ui
        return {"added": ui.addedView, "updated": ui.updatedView, "unchanged": ui.unchangedView,
                "missing": ui.missingView, "problems": ui.problemsView}

    def _missing_model(self) -> PreviewTableModel:
        return self._models["missing"]

    # ----------------------------------------------------------------------------------------- content

    def set_preview(self, preview) -> None:
        """Show ``preview`` (a fresh one after the college was changed); ticks and the skip choice start empty."""
        self.preview = preview
        ui = self.ui
        file = preview.file
        name = Path(file).name if file else preview.source_name
        ui.fileLabel.setText(name)
        ui.fileLabel.setToolTip(str(file) if file else "")
        ui.sheetLabel.setText(preview.sheet or self.tr("（无）"))
        if self.pasted:
            self.setWindowTitle(self.tr("粘贴活动 — 预览"))
        else:
            title = self.tr("{0} — 预览").format(self.form.title)
            self.setWindowTitle(f"{title}：{name}" if name else title)
        if self.form.has_college:
            self._show_college(preview)
        received = preview.received_at or dt.datetime.now().replace(second=0, microsecond=0)
        ui.receivedEdit.setDateTime(_qdatetime(received))
        ui.factsLayout.setRowVisible(3, preview.received_at is not None)
        self._show_received_status()
        self._show_warnings(preview)
        self._fill_tables(preview)
        missing = ui.tabWidget.indexOf(ui.missingTab)
        if missing >= 0:
            ui.tabWidget.setTabVisible(missing, self.form.offers_missing(preview))
        ui.skipErrorsCheck.setChecked(False)
        ui.skipErrorsCheck.setVisible(preview.has_errors)
        ui.exportProblemsButton.setEnabled(bool(preview.error_rows))
        self._select_first_tab()
        self._update_state()

    def _show_received_status(self, *_args) -> None:
        """The hint beside the received time: it is the e-mail's time, and whether it makes the form late."""
        form = self.preview.form
        hint = form.received_hint or self.tr("记为该学院交回{0}的时间：请填邮件的发送时间（默认是文件的修改时间）。").format(
            form.received_document)
        deadline = self.preview.deadline
        if deadline is not None:
            received = self.received_at()
            if received > deadline:
                hint += self.tr("{0} {1}，按这个时间逾期 {2}。").format(
                    form.deadline_label, format_moment_long(deadline), format_duration(received - deadline))
            else:
                hint += self.tr("{0} {1}，按这个时间为按时提交。").format(form.deadline_label,
                                                                  format_moment_long(deadline))
        self.ui.receivedHint.setText(hint)

    def _show_college(self, preview) -> None:
        ui = self.ui
        organisers = list(preview.organisers)
        if preview.college is not None:
            first = (self.tr("按粘贴内容：{0}") if self.pasted else self.tr("按文件：{0}")).format(preview.college.name)
        elif len(organisers) > 1:
            first = (self.tr("按粘贴内容中的“学院”列（{0} 个单位）") if self.pasted
                     else self.tr("按文件中的“学院”列（{0} 个单位）")).format(len(organisers))
        else:
            first = self.tr("（粘贴的内容没有写明学院，请选择）") if self.pasted \
                else self.tr("（文件中没有写明学院，请选择）")
        ui.collegeCombo.setItemText(0, first)
        fit_to_items(ui.collegeCombo)
        if ui.collegeCombo.currentIndex() < 0:
            ui.collegeCombo.setCurrentIndex(0)
        names = "、".join(o.name for o in organisers)
        ui.collegeLabel.setText(names if len(organisers) > 1 else "")
        ui.collegeLabel.setToolTip(names)

    def _show_warnings(self, preview) -> None:
        """File-level warnings (another college, another year, ignored columns) go to the banner; row notes to 提示."""
        banner = list(preview.file_warnings)
        notes = list(preview.row_notes)
        ui = self.ui
        ui.warningLabel.setText("\n".join(f"⚠ {text}" for text in banner))
        ui.warningLabel.setVisible(bool(banner))
        ui.notesList.clear()
        ui.notesList.addItems(notes)
        index = ui.tabWidget.indexOf(ui.notesTab)
        ui.tabWidget.setTabVisible(index, bool(notes))
        ui.tabWidget.setTabText(index, self.tr("提示 {0}").format(len(notes)))
        self.banner_warnings = banner
        self.row_notes = notes

    def _fill_tables(self, preview) -> None:
        sections = self._sections(preview)
        problems = [[self._place(p), p.message] for p in preview.problems]
        sections["problems"] = ([self.tr("位置"), self.tr("原因")], problems, None)
        ui = self.ui
        titles = {"added": self.tr("新增 {0}"), "updated": self.tr("更新 {0}"), "unchanged": self.tr("未变 {0}"),
                  "missing": self.tr("文件中已无 {0}"), "problems": self.tr("问题 {0}")}
        tabs = {"added": ui.addedTab, "updated": ui.updatedTab, "unchanged": ui.unchangedTab,
                "missing": ui.missingTab, "problems": ui.problemsTab}
        views = self._views()
        for key, (headers, rows, tooltips) in sections.items():
            model = PreviewTableModel(headers, rows, checkable=key == "missing", tooltips=tooltips, parent=self)
            if key == "missing":
                model.check_changed.connect(self._update_state)
            old = self._models.get(key)
            self._models[key] = model
            views[key].setModel(model)
            if old is not None:
                old.deleteLater()
            self._size_columns(views[key], headers)
            if key == "problems":
                # Wrapped reasons need rows as high as their text; measuring is cheap for the first thousand rows.
                mode = QHeaderView.ResizeMode.ResizeToContents if model.rowCount() <= 1000 \
                    else QHeaderView.ResizeMode.Interactive
                views[key].verticalHeader().setSectionResizeMode(mode)
            index = ui.tabWidget.indexOf(tabs[key])
            if index >= 0:
                ui.tabWidget.setTabText(index, titles[key].format(self.count(key)))
        for button in (ui.checkAllButton, ui.checkNoneButton):
            button.setEnabled(bool(self._models.get("missing") and self._models["missing"].rowCount()))

    def _place(self, problem) -> str:
        if self.pasted:
            return self._pasted_place(problem)
        if problem.sheet and problem.cell:
            return f"{problem.sheet}!{problem.cell}"
        return problem.cell or problem.sheet or self.tr("整个文件")

    def _pasted_place(self, problem) -> str:
        """第 3 行“活动日期”: the pasted line and the column's header (pasted text has no cell names)."""
        letters = "".join(char for char in problem.cell if char.isalpha())
        if problem.row is None or not letters:
            return self.tr("粘贴的内容")
        column = 0
        for char in letters.upper():
            column = column * 26 + ord(char) - ord("A") + 1
        header = self.preview.header
        label = header[column - 1] if 0 < column <= len(header) and header[column - 1] else ""
        return self.tr("第 {0} 行“{1}”").format(problem.row, label) if label \
            else self.tr("第 {0} 行第 {1} 列").format(problem.row, column)

    @staticmethod
    def _size_columns(view: QTableView, headers: Sequence[str]) -> None:
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        metrics = view.fontMetrics()
        model = view.model()
        sample = min(model.rowCount(), 200)  # measuring every row of a 10,000-row file would be slow
        for column in range(len(headers) - 1):
            width = metrics.horizontalAdvance(headers[column]) + 24
            for row in range(sample):
                width = max(width, metrics.horizontalAdvance(model.text(row, column)) + 16)
            view.setColumnWidth(column, min(width, 320) + (24 if column == 0 and model._checkable else 0))

    def _sections(self, preview) -> dict[str, tuple[list[str], list[list[str]], list[str] | None]]:
        """Headers, rows and tooltips of the 新增 / 更新 / 未变 (/ 文件中已无) tables, as the form lays them out."""
        tr, form = self.tr, self.form
        row_headers = [tr("行")] + [column.label for column in form.preview_columns]

        def plain(item) -> list[str]:
            return [str(item.row)] + [column.text(item) for column in form.preview_columns]

        updated, tips = self._change_lines(preview.to_update,
                                           lambda item: [column.text(item) for column in form.name_columns])
        sections = {
            "added": (row_headers, [plain(i) for i in preview.to_add], None),
            "updated": ([tr("行"), *[column.label for column in form.name_columns], tr("改动项"), tr("原值"),
                         tr("新值")], updated, tips),
            "unchanged": (row_headers, [plain(i) for i in preview.unchanged], None),
        }
        if form.missing_columns:
            sections["missing"] = ([tr("删除"), *[column.label for column in form.missing_columns]],
                                   [[""] + [column.text(m) for column in form.missing_columns]
                                    for m in preview.missing], None)
        return sections

    def _change_lines(self, items, names) -> tuple[list[list[str]], list[str]]:
        """One line per changed field (old and new value side by side); the row and names on its first line."""
        form = self.form
        lines, tips = [], []
        for item in items:
            changes = []
            if item.restore:
                changes.append((self.tr("回收站"), self.tr("已删除"), self.tr("恢复")))
            for key, (old, new) in item.changes.items():
                changes.append((form.label(key), form.format(key, old), form.format(key, new)))
            tip = "\n".join(f"{label}：{old} → {new}" for label, old, new in changes)
            first = [str(item.row), *names(item)]
            for index, change in enumerate(changes or [("", "", "")]):
                lines.append((first if index == 0 else [""] * len(first)) + list(change))
                tips.append(tip)
        return lines, tips

    def _select_first_tab(self) -> None:
        ui = self.ui
        if self.preview.has_errors:
            ui.tabWidget.setCurrentWidget(ui.problemsTab)
            return
        for key, tab in (("added", ui.addedTab), ("updated", ui.updatedTab), ("missing", ui.missingTab),
                         ("unchanged", ui.unchangedTab)):
            model = self._models.get(key)
            if model is not None and model.rowCount() and ui.tabWidget.indexOf(tab) >= 0:
                ui.tabWidget.setCurrentWidget(tab)
                return
        ui.tabWidget.setCurrentWidget(ui.addedTab)

    def _update_state(self) -> None:
        """Refresh the summary line and gate 导入 on the skip choice when rows have errors."""
        ui = self.ui
        preview = self.preview
        text = self.tr("新增 {0} {3}，更新 {1} {3}，未变 {2} {3}").format(
            self.count("added"), self.count("updated"), self.count("unchanged"), self.form.unit)
        if preview.missing:
            # The form's own words ("，文件中已没有的展位 3 个"), then how many of them are ticked for deletion.
            text += "；" + self.form.missing_template.format(count=len(preview.missing)).lstrip("，") + self.tr(
                "，勾选了 {0} {1}（导入时删除）").format(len(self.delete_uids()), self.form.unit)
        if preview.has_errors:
            text += self.tr("；有错误 {0} 行（{1} 个问题）").format(len(preview.error_rows), len(preview.problems))
        text += self.tr("。")
        if preview.has_errors:
            ui.summaryLabel.setStyleSheet(ERROR_LABEL_STYLE)
            text += "\n" + (self.tr("有错误的行不会写入。请在 Excel 中改正后重新复制、粘贴，或勾选下方"
                                    "“跳过有错误的行”，只粘贴正确的行。") if self.pasted else self.form.errors_hint)
        else:
            ui.summaryLabel.setStyleSheet("")
        ui.summaryLabel.setText(text)
        self.import_button.setEnabled(not preview.has_errors or ui.skipErrorsCheck.isChecked())

    # ----------------------------------------------------------------------------------------- choices

    def _on_college_chosen(self, index: int) -> None:
        if self._reload is None:
            return
        college_id = self.ui.collegeCombo.itemData(index)
        received = self.received_at()
        fresh = self._reload(college_id)
        if fresh is None:
            return
        self.set_preview(fresh)
        if fresh.received_at is not None:
            self.ui.receivedEdit.setDateTime(_qdatetime(received))

    def received_at(self) -> dt.datetime:
        """The received time as shown (the file's time unless edited)."""
        return _pydatetime(self.ui.receivedEdit.dateTime())

    def delete_uids(self) -> list[str]:
        """Row ids of the ticked 文件中已无 rows: only these are deleted."""
        if "missing" not in self._models:
            return []
        missing = self.preview.missing
        return [missing[row].row_uid for row in self._missing_model().checked_rows()]

    def skip_error_rows(self) -> bool:
        """Whether the user chose to skip the rows with errors."""
        return self.ui.skipErrorsCheck.isChecked()

    def count(self, key: str) -> int:
        """How many items a section lists: 'added', 'updated', 'unchanged', 'missing' or 'problems' (as its tab)."""
        preview = self.preview
        lists = {"added": preview.to_add, "updated": preview.to_update, "unchanged": preview.unchanged,
                 "missing": preview.missing, "problems": preview.problems}
        return len(lists[key])

    def export_problem_rows(self) -> Path | None:
        """导出问题行: save the rows with errors, each with its reasons, for the college to fix."""
        from vocweek_desktop.services import imports

        preview = self.preview
        stem = Path(preview.file).stem if preview.file else self.tr("导入")
        start = Path(settings.last_folder() or Path.home()) / self.tr("{0}-问题行.xlsx").format(stem)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出问题行"), str(start),
                                              self.tr("Excel 工作簿 (*.xlsx)"))
        if not path:
            return None
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        try:
            written = imports.export_error_rows(preview, path)
        except (VocWeekError, OSError) as error:
            QMessageBox.warning(self, self.tr("无法导出"), str(error))
            return None
        settings.remember_folder(written)
        offer_to_open(self, self.tr("已导出问题行"), self.tr("已把 {0} 行有错误的行及原因保存到：\n{1}")
                      .format(len(preview.error_rows), written), Path(written))
        return Path(written)
