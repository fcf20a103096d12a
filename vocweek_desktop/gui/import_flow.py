"""The 附件1 Excel workflow behind the window's menus: import workbooks with a preview, templates out, exports,
and the college list in.

Reading and checking a workbook runs off the GUI thread behind a progress dialog that can cancel (nothing is
written before the user confirms the preview). Writing a confirmed import is one transaction. The window owns
one ``ImportFlow``, calls ``set_context`` when the database or edition changes, connects ``data_changed`` to
refresh its tabs, and routes drag-and-drop of workbooks to ``import_files``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from collections.abc import Iterable, Iterator
from functools import partial
from pathlib import Path

from PySide6.QtCore import QMimeData, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget

from vocweek_desktop.domain.errors import VocWeekError
from vocweek_desktop.gui import settings
from vocweek_desktop.gui.file_actions import offer_to_open
from vocweek_desktop.gui.workers import run_with_progress
from vocweek_desktop.store.engine import Database

log = logging.getLogger(__name__)

#: File endings a drop hands to the importer; .xls is let through so the user is told how to convert it.
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls")

#: What ``_preview_one`` ended with (WRITTEN: confirmed, to be written with the others).
WRITTEN, REJECTED, FAILED, CANCELLED = "written", "rejected", "failed", "cancelled"


def workbook_paths(mime: QMimeData | None) -> list[str]:
    """The local workbook files in a drag's data (other files and URLs are left out)."""
    if mime is None or not mime.hasUrls():
        return []
    paths = []
    for url in mime.urls():
        if url.isLocalFile():
            path = url.toLocalFile()
            if path.lower().endswith(WORKBOOK_SUFFIXES):
                paths.append(path)
    return paths


@contextlib.contextmanager
def _busy() -> Iterator[None]:
    """A wait cursor while the GUI thread does a short piece of work (one transaction)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


class ImportFlow(QObject):
    """Import / template / export actions over one database and edition, with their dialogs and messages."""

    #: Emitted after anything was written to the database (tabs refresh).
    data_changed = Signal()
    #: A short line for the window's status bar (e.g. after a cancel).
    status_message = Signal(str)
    #: The activities an import added or updated (the 活动报名 tab selects them).
    imported = Signal(list)

    def __init__(self, parent_widget: QWidget | None, db: Database | None, edition_id: int | None):
        super().__init__(parent_widget)
        self._parent = parent_widget
        self._db = db
        self._edition_id = edition_id

    def set_context(self, db: Database | None, edition_id: int | None) -> None:
        """Point the flow at another database or edition (None when there is none)."""
        self._db = db
        self._edition_id = edition_id

    # ----------------------------------------------------------------------------------------- helpers

    def _ready(self) -> bool:
        if self._db is not None and self._edition_id:
            return True
        QMessageBox.information(self._parent, self.tr("请先选择年度"),
                                self.tr("请先打开数据库并在工具栏选择一个年度（或新建年度），再导入或导出。"))
        return False

    def _year(self) -> int:
        from vocweek_desktop.services import editions

        return editions.get_edition(self._db, self._edition_id).year

    def _colleges(self) -> list[tuple[int, str]]:
        from vocweek_desktop.services import colleges

        return [(c.id, c.name) for c in colleges.list_colleges(self._db, self._edition_id)]

    def _workbook_filter(self) -> str:
        """What the open dialogs list: workbooks the importer reads (.xls it cannot: a dropped one is told how to
        convert it, the dialog does not offer it as if it could be read)."""
        return self.tr("Excel 工作簿 (*.xlsx *.xlsm);;所有文件 (*)")

    def _start_folder(self) -> Path:
        folder = settings.last_folder()
        return Path(folder) if folder and Path(folder).is_dir() else Path.home()

    def _run(self, title: str, label: str, job, parent: QWidget | None = None):
        """Run ``job(progress=, cancelled=)`` behind the progress dialog: (result, cancelled); a domain error is
        shown and gives (None, False); anything else is a bug and goes to the window's error dialog."""
        from vocweek_desktop.io.excel_safety import ReadCancelled

        parent = parent if parent is not None else self._parent
        outcome = run_with_progress(parent, title, label, job)
        if outcome.cancelled or isinstance(outcome.error, ReadCancelled):
            return None, True
        if isinstance(outcome.error, VocWeekError):
            QMessageBox.warning(parent, title, str(outcome.error))
            return None, False
        if outcome.error is not None:
            raise outcome.error
        return outcome.result, False

    # ----------------------------------------------------------------------------------------- 导入活动信息表

    def choose_and_import(self) -> bool:
        """导入活动信息表…: pick one or more workbooks, then import each with its preview."""
        if not self._ready():
            return False
        paths, _ = QFileDialog.getOpenFileNames(
            self._parent, self.tr("导入活动信息表"), str(self._start_folder()),
            self._workbook_filter())
        if not paths:
            return False
        settings.remember_folder(paths[0])
        return self.import_files(paths)

    def import_files(self, paths: Iterable[str | Path]) -> bool:
        """Import workbooks: read each (progress, cancel) and show its preview; then write every file the user
        confirmed in ONE transaction (all of them or none) and report.

        A file that cannot be read is reported and the next one is tried; a declined preview leaves its file out;
        cancelling the progress stops the whole batch with nothing written. Returns True when anything was written.
        """
        paths = [Path(p) for p in paths]
        if not paths or not self._ready():
            return False
        chosen: list[tuple[Path, object]] = []
        for index, path in enumerate(paths):
            status, choice = self._preview_one(path)
            if status == CANCELLED:
                left = len(paths) - index - 1
                text = self.tr("已取消导入“{0}”，数据库没有改动。").format(path.name)
                if left:
                    text += self.tr("其余 {0} 个文件未导入。").format(left)
                if chosen:
                    text += self.tr("已确认的 {0} 个文件也没有导入。").format(len(chosen))
                self.status_message.emit(text)
                return False
            if choice is not None:
                chosen.append((path, choice))
        return self._write_all(chosen) if chosen else False

    def read_preview(self, path: Path, college_id: int | None = None, *, parent: QWidget | None = None):
        """Read and check one workbook off the GUI thread: (preview or None, cancelled). A file that cannot be
        read is reported (its Chinese message in a warning box) and gives (None, False)."""
        from vocweek_desktop.services import activities_import

        job = partial(activities_import.preview_workbook, self._db, self._edition_id, path, college_id=college_id)
        return self._run(self.tr("导入活动信息表"), self.tr("正在读取并检查“{0}”…").format(path.name), job, parent)

    def _preview_one(self, path: Path):
        """(status, the user's choice for the file or None): read it, show its preview, note what was chosen."""
        from vocweek_desktop.gui.dialogs.import_preview_dialog import ImportPreviewDialog
        from vocweek_desktop.services import imports

        preview, cancelled = self.read_preview(path)
        if preview is None:
            return (CANCELLED if cancelled else FAILED), None
        dialog = ImportPreviewDialog(preview, self._parent, colleges=self._colleges(),
                                     reload=lambda college_id: self.read_preview(path, college_id, parent=dialog)[0])
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                self.status_message.emit(self.tr("没有导入“{0}”，数据库没有改动。").format(path.name))
                return REJECTED, None
            preview = dialog.preview
            received = dialog.received_at() if preview.received_at is not None else None
            choice = imports.ImportChoice(preview, tuple(dialog.delete_uids()), dialog.skip_error_rows(), received)
        finally:
            dialog.deleteLater()
        return WRITTEN, choice

    def _write_all(self, chosen: list[tuple[Path, object]]) -> bool:
        """Write the confirmed files in one transaction; report what each file did, or that none was written."""
        from vocweek_desktop.services import imports

        title = self.tr("导入活动信息表")
        try:
            with _busy():
                results = imports.apply_imports(self._db, [choice for _path, choice in chosen])
        except VocWeekError as error:
            if len(chosen) == 1:
                text = self.tr("“{0}”没有导入，数据库没有改动：\n{1}").format(chosen[0][0].name, error)
            else:
                text = str(error)
            QMessageBox.warning(self._parent, title, text)
            return False
        for (path, _choice), result in zip(chosen, results, strict=True):
            log.info("imported %s: %s", path, result)
        self.data_changed.emit()
        self.imported.emit([item.record_id for _path, choice in chosen
                            for item in (*choice.preview.to_add, *choice.preview.to_update)])
        if len(chosen) == 1:
            name, summary = chosen[0][0].name, results[0].summary()
            self.status_message.emit(self.tr("已导入“{0}”：{1}").format(name, summary))
            QMessageBox.information(self._parent, self.tr("导入完成"), self.tr("“{0}”已导入：\n{1}。").format(name, summary))
            return True
        lines = [self.tr("“{0}”：{1}").format(path.name, result.summary())
                 for (path, _choice), result in zip(chosen, results, strict=True)]
        self.status_message.emit(self.tr("已导入 {0} 个文件").format(len(chosen)))
        QMessageBox.information(self._parent, self.tr("导入完成"),
                                self.tr("已导入 {0} 个文件：\n{1}").format(len(chosen), "\n".join(lines)))
        return True

    # ----------------------------------------------------------------------------------------- 导入学院名单

    def import_colleges(self) -> bool:
        """导入学院名单…: pick a workbook, preview the colleges to add and update, write on confirm."""
        from vocweek_desktop.gui.dialogs.import_preview_dialog import ImportPreviewDialog
        from vocweek_desktop.services import colleges_import, imports

        if not self._ready():
            return False
        path, _ = QFileDialog.getOpenFileName(self._parent, self.tr("导入学院名单"), str(self._start_folder()),
                                              self._workbook_filter())
        if not path:
            return False
        settings.remember_folder(path)
        path = Path(path)
        title = self.tr("导入学院名单")

        def job(progress, cancelled):
            return colleges_import.preview_colleges(self._db, self._edition_id, path)

        preview, cancelled = self._run(title, self.tr("正在读取“{0}”…").format(path.name), job)
        if preview is None:
            if cancelled:
                self.status_message.emit(self.tr("已取消导入学院名单，数据库没有改动。"))
            return False
        dialog = ImportPreviewDialog(preview, self._parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            skip = dialog.skip_error_rows()
        finally:
            dialog.deleteLater()
        try:
            with _busy():
                result = imports.apply_import(self._db, preview, skip_error_rows=skip)
        except VocWeekError as error:
            QMessageBox.warning(self._parent, title, self.tr("学院名单没有导入，数据库没有改动：\n{0}").format(error))
            return False
        self.data_changed.emit()
        text = self.tr("新增 {0} 个学院，更新 {1} 个，未变 {2} 个").format(result.added, result.updated, result.unchanged)
        if result.skipped:
            text += self.tr("，跳过有错误的 {0} 行").format(result.skipped)
        self.status_message.emit(self.tr("学院名单已导入：{0}").format(text))
        QMessageBox.information(self._parent, self.tr("导入完成"), self.tr("学院名单已导入：\n{0}。").format(text))
        return True

    # ----------------------------------------------------------------------------------------- 生成活动信息表

    def write_templates(self) -> list[Path]:
        """生成活动信息表…: one college's template to a file, or every college's into a folder."""
        from vocweek_desktop.gui.dialogs.template_dialog import TemplateDialog
        from vocweek_desktop.services import activities_templates

        if not self._ready():
            return []
        colleges = self._colleges()
        title = self.tr("生成活动信息表")
        if not colleges:
            QMessageBox.information(self._parent, title, self.tr("本年度还没有学院。请先在“学院”页添加学院，"
                                                                 "或用“导入学院名单…”导入。"))
            return []
        dialog = TemplateDialog(self._year(), colleges, self._start_folder(), self._parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return []
            out, college_id = dialog.output(), dialog.college_id()
        finally:
            dialog.deleteLater()
        try:
            with _busy():
                if college_id is None:
                    out.mkdir(parents=True, exist_ok=True)
                else:
                    out.parent.mkdir(parents=True, exist_ok=True)
                written = activities_templates.write_templates(self._db, self._edition_id, out, college_id=college_id)
        except (VocWeekError, OSError) as error:
            QMessageBox.warning(self._parent, title, self.tr("没有生成活动信息表：\n{0}").format(error))
            return []
        settings.remember_folder(out / "x" if college_id is None else out)
        if len(written) == 1:
            text = self.tr("已生成：\n{0}").format(written[0])
        else:
            text = self.tr("已为 {0} 个学院生成活动信息表，保存在：\n{1}").format(len(written), out)
        self.status_message.emit(text.replace("\n", ""))
        offer_to_open(self._parent, title, text, Path(written[0]) if len(written) == 1 else out)
        return [Path(p) for p in written]

    # ----------------------------------------------------------------------------------------- 导出

    def _export(self, title: str, default_name: str, write) -> Path | None:
        """Ask for a file, run ``write(path)`` behind the progress dialog, report where it went."""
        path, _ = QFileDialog.getSaveFileName(self._parent, title, str(self._start_folder() / default_name),
                                              self.tr("Excel 工作簿 (*.xlsx)"))
        if not path:
            return None
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        settings.remember_folder(path)
        target = Path(path)
        result, cancelled = self._run(title, self.tr("正在写入“{0}”…").format(target.name),
                                      lambda progress, cancelled: write(target))
        if cancelled:
            # The writer cannot stop halfway; a cancelled export leaves no file behind.
            with contextlib.suppress(OSError):
                target.unlink(missing_ok=True)
            self.status_message.emit(self.tr("已取消导出。"))
            return None
        if result is None:
            return None
        self.status_message.emit(self.tr("已导出到 {0}").format(result))
        offer_to_open(self._parent, title, self.tr("已导出到：\n{0}").format(result), Path(result))
        return Path(result)

    def export_activities(self, flt=None) -> Path | None:
        """导出活动…: all activities of the edition, or those matching ``flt`` (the tab's filter), to Excel."""
        from vocweek_desktop.services import activities_export
        from vocweek_desktop.services.activities import ActivityFilter

        if not self._ready():
            return None
        flt = flt if flt is not None else ActivityFilter()
        suffix = "" if flt == ActivityFilter() else self.tr("（筛选）")
        name = self.tr("{0}年职教周活动{1}-{2}.xlsx").format(self._year(), suffix, f"{dt.date.today():%Y%m%d}")
        return self._export(self.tr("导出活动"), name,
                            lambda target: activities_export.export_activities(self._db, self._edition_id, target, flt))

