"""After the week, from the window: files handed in (recorded, the college and kind guessed from the name and asked
when unsure), 附件2 templates out and workbooks in (with the shared preview dialog), the publicity list in, and the
week's report out. One home for these jobs: the window's menus and drops, the 概览 matrix and the 活动总结 tab all
go through an ``AfterweekFlow``.

Dropped files are routed by what they are (``services.submissions.classify_file``): a 附件1 workbook to the 附件1
import, a 附件2 to its import, a publicity list to its import, an outing request to the 外出审批 tab's import (when
the window gives one), anything else recorded as a submission.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from collections.abc import Callable, Iterable, Sequence
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget

from vocweek_desktop.domain.errors import VocWeekError
from vocweek_desktop.domain.submissions import REGISTRATION as REGISTRATION_KIND
from vocweek_desktop.gui import settings
from vocweek_desktop.gui.workers import run_with_progress
from vocweek_desktop.store.engine import Database

log = logging.getLogger(__name__)


def local_paths(mime) -> list[str]:
    """The local files in a drag's data (URLs that are not files are left out)."""
    if mime is None or not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]


@contextlib.contextmanager
def _busy():
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


class AfterweekFlow(QObject):
    """The after-week workflows over one database and edition, with their dialogs and messages."""

    #: Emitted after anything was written (the window refreshes its tabs).
    data_changed = Signal()
    #: A short line for the window's status bar.
    status_message = Signal(str)

    def __init__(self, parent_widget: QWidget | None, *,
                 registration_import: Callable[[list[Path]], bool] | None = None,
                 outing_import: Callable[[list[Path]], bool] | None = None):
        super().__init__(parent_widget)
        self._parent = parent_widget
        self._db: Database | None = None
        self._edition_id: int | None = None
        self._registration_import = registration_import
        self._outing_import = outing_import
        self._own_import_flow = None

    def set_context(self, db: Database | None, edition_id: int | None) -> None:
        """Point the flow at another database or edition (None when there is none)."""
        self._db, self._edition_id = db, edition_id
        if self._own_import_flow is not None:
            self._own_import_flow.set_context(db, edition_id)

    def import_registrations(self, paths: list[Path]) -> bool:
        """附件1 workbooks dropped here: the window's import (when it gave one), else an ImportFlow of our own."""
        if self._registration_import is not None:
            return self._registration_import(paths)
        if self._own_import_flow is None:
            from vocweek_desktop.gui.import_flow import ImportFlow

            self._own_import_flow = ImportFlow(self._parent, self._db, self._edition_id)
            self._own_import_flow.data_changed.connect(self.data_changed)
            self._own_import_flow.status_message.connect(self.status_message)
        return self._own_import_flow.import_files(paths)

    @property
    def ready(self) -> bool:
        """Whether a database and an edition are chosen."""
        return self._db is not None and self._edition_id is not None

    def _start_folder(self) -> Path:
        folder = settings.last_folder()
        return Path(folder) if folder and Path(folder).is_dir() else Path.home()

    def _colleges(self) -> list[tuple[int, str]]:
        from vocweek_desktop.services import colleges

        return [(c.id, c.name) for c in colleges.list_colleges(self._db, self._edition_id)]

    def _year(self) -> int:
        from vocweek_desktop.services import editions

        return editions.get_edition(self._db, self._edition_id).year

    def _changed(self, text: str) -> None:
        self.data_changed.emit()
        self.status_message.emit(text)

    # ----------------------------------------------------------------------------------------- drops

    def route(self, paths: Iterable[str | Path], *, college_id: int | None = None, kind: str | None = None) -> bool:
        """Handle dropped files by what they are (see the module's docstring); True when anything was written.

        Dropped on a cell of the matrix (``college_id`` and ``kind`` given), a file is that college's material of
        that kind, unless it is a 附件2 (then it is imported, which also keeps it).
        """
        from vocweek_desktop.services import submissions

        if not self.ready:
            return False
        groups: dict[str, list[Path]] = {}
        for path in (Path(p) for p in paths):
            route = submissions.classify_file(path)
            if route == submissions.ROUTE_UNREADABLE:
                # Dropped on a cell it is that material all the same; else the 附件1 importer says why it cannot
                # be read and what to do (as a dropped workbook always was).
                route = submissions.ROUTE_FILE if kind is not None else submissions.ROUTE_REGISTRATION
            elif route == submissions.ROUTE_REGISTRATION and kind is not None and kind != REGISTRATION_KIND:
                route = submissions.ROUTE_FILE  # a 附件1 dropped on another kind's cell: kept as that kind
            elif route == submissions.ROUTE_OUTING and (kind is not None or self._outing_import is None):
                route = submissions.ROUTE_FILE  # dropped on a cell, or no 外出审批 here: kept as material
            groups.setdefault(route, []).append(path)
        wrote = False
        if groups.get(submissions.ROUTE_REGISTRATION):
            wrote |= bool(self.import_registrations(groups[submissions.ROUTE_REGISTRATION]))
        if groups.get(submissions.ROUTE_STATISTICS):
            wrote |= bool(self.import_statistics(groups[submissions.ROUTE_STATISTICS], college_id=college_id))
        for path in groups.get(submissions.ROUTE_PUBLICITY, []):
            wrote |= bool(self.import_publicity(path))
        if groups.get(submissions.ROUTE_OUTING):
            wrote |= bool(self._outing_import(groups[submissions.ROUTE_OUTING]))
        if groups.get(submissions.ROUTE_FILE):
            wrote |= bool(self.record_files(groups[submissions.ROUTE_FILE], college_id=college_id, kind=kind))
        return wrote

    # ----------------------------------------------------------------------------------------- submissions

    def record_files(self, paths: Sequence[str | Path], *, college_id: int | None = None, kind: str | None = None,
                     ask: bool = False) -> list:
        """Record files handed in: with ``college_id`` and ``kind`` as given; otherwise each file's name is read and
        the files it does not tell about (or all, with ``ask``) are asked about in one form. Refusals (the same file
        twice, an empty file …) are listed at the end; a name of another college or year is asked about."""
        from vocweek_desktop.gui.dialogs.submission_dialogs import SubmissionDialog
        from vocweek_desktop.services import submissions

        if not self.ready or not paths:
            return []
        paths = [Path(p) for p in paths]
        plan: list[tuple[Path, int, str, dt.datetime | None, str]] = []
        unsure: list[Path] = []
        first_guess = None
        for path in paths:
            guess = submissions.guess(self._db, self._edition_id, path.name)
            chosen_college = college_id if college_id is not None else guess.college_id
            chosen_kind = kind if kind is not None else guess.kind
            if ask or chosen_college is None or chosen_kind is None:
                unsure.append(path)
                first_guess = first_guess or (chosen_college, chosen_kind, guess)
            else:
                plan.append((path, chosen_college, chosen_kind, None, ""))
        if unsure:
            college_guess, kind_guess, guess = first_guess
            received = _file_time(unsure[0])
            dialog = SubmissionDialog(unsure, guess.colleges, guess.kinds, college_id=college_guess, kind=kind_guess,
                                      received=received, guessed=not ask, parent=self._parent)
            try:
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    if not plan:
                        self.status_message.emit(self.tr("没有记录任何文件。"))
                        return []
                else:
                    plan += [(path, dialog.college_id(), dialog.kind(), dialog.received_at(), dialog.note())
                             for path in unsure]
            finally:
                dialog.deleteLater()
        done, refused = [], []
        for path, chosen_college, chosen_kind, received, note in plan:
            record = self._record_one(path, chosen_college, chosen_kind, received, note, refused)
            if record is not None:
                done.append(record)
        if done:
            self._changed(self.tr("已记录 {0} 个文件").format(len(done)))
        lines = [self.tr("{0}：{1} {2}{3}").format(r.file_name, r.college, r.kind, self.tr("（逾期）") if r.late else "")
                 for r in done]
        if refused:
            QMessageBox.warning(self._parent, self.tr("记录提交的材料"),
                                (self.tr("已记录：\n{0}\n\n").format("\n".join(lines)) if lines else "")
                                + self.tr("没有记录：\n{0}").format("\n".join(refused)))
        elif done:
            QMessageBox.information(self._parent, self.tr("记录提交的材料"),
                                    self.tr("已记录 {0} 个文件，复制到管理文件夹：\n{1}").format(len(done), "\n".join(lines)))
        return done

    def _record_one(self, path: Path, college_id: int, kind: str, received: dt.datetime | None, note: str,
                    refused: list[str]):
        from vocweek_desktop.services import submissions

        check = True
        while True:
            try:
                with _busy():
                    return submissions.record_submission(self._db, self._edition_id, college_id, kind, path,
                                                         received_at=received, note=note, check_name=check)
            except submissions.FileNameMismatch as exc:
                answer = QMessageBox.question(self._parent, self.tr("记录提交的材料"),
                                              self.tr("{0}\n\n仍然记录吗？").format(exc),
                                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                              QMessageBox.StandardButton.No)
                if answer != QMessageBox.StandardButton.Yes:
                    refused.append(self.tr("{0}：没有记录（文件名与学院或年度不符）").format(path.name))
                    return None
                check = False
            except VocWeekError as exc:  # refused, or the managed folder cannot be written (FileWriteError)
                refused.append(f"{path.name}：{exc}")
                return None

    def choose_and_record(self, *, college_id: int | None = None, kind: str | None = None) -> list:
        """记录提交的材料…: pick files, confirm college, kind and time, record them."""
        if not self.ready:
            return []
        paths, _ = QFileDialog.getOpenFileNames(self._parent, self.tr("记录提交的材料"), str(self._start_folder()),
                                                self.tr("所有文件 (*)"))
        if not paths:
            return []
        settings.remember_folder(paths[0])
        return self.record_files(paths, college_id=college_id, kind=kind, ask=True)

    # ----------------------------------------------------------------------------------------- 附件2

    def _preview(self, title: str, path: Path, job, parent: QWidget | None = None):
        """Run a preview job behind the progress dialog: (preview or None, cancelled)."""
        from vocweek_desktop.io.excel_safety import ReadCancelled

        outcome = run_with_progress(parent or self._parent, title, self.tr("正在读取并检查“{0}”…").format(path.name), job)
        if outcome.cancelled or isinstance(outcome.error, ReadCancelled):
            return None, True
        if isinstance(outcome.error, VocWeekError):
            QMessageBox.warning(parent or self._parent, title, str(outcome.error))
            return None, False
        if outcome.error is not None:
            raise outcome.error
        return outcome.result, False

    def _import_with_preview(self, path: Path, title: str, read: Callable, *, colleges=()) -> str:
        """Preview ``path`` (``read(college_id, progress=, cancelled=)``), ask, apply: written / rejected / failed /
        cancelled."""
        from vocweek_desktop.gui.dialogs.import_preview_dialog import ImportPreviewDialog
        from vocweek_desktop.services import imports

        preview, cancelled = self._preview(title, path, partial(read, None))
        if preview is None:
            return "cancelled" if cancelled else "failed"
        dialog = ImportPreviewDialog(preview, self._parent, colleges=colleges,
                                     reload=lambda college: self._preview(title, path, partial(read, college),
                                                                          dialog)[0])
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                self.status_message.emit(self.tr("没有导入“{0}”，数据库没有改动。").format(path.name))
                return "rejected"
            preview = dialog.preview
            received = dialog.received_at() if preview.received_at is not None else None
            skip = dialog.skip_error_rows()
        finally:
            dialog.deleteLater()
        try:
            with _busy():
                result = imports.apply_import(self._db, preview, skip_error_rows=skip, received_at=received)
        except VocWeekError as error:
            QMessageBox.warning(self._parent, title, self.tr("“{0}”没有导入，数据库没有改动：\n{1}").format(path.name, error))
            return "failed"
        log.info("imported %s: %s", path, result)
        self._changed(self.tr("已导入“{0}”：{1}").format(path.name, result.summary()))
        QMessageBox.information(self._parent, self.tr("导入完成"),
                                self.tr("“{0}”已导入：\n{1}。").format(path.name, result.summary()))
        return "written"

    def import_statistics(self, paths: Sequence[str | Path], *, college_id: int | None = None) -> bool:
        """Import 附件2 workbooks one by one, each with its preview (planned vs held); True when any was written."""
        from vocweek_desktop.services import statistics_import

        if not self.ready:
            return False
        wrote = False
        colleges = self._colleges()
        for path in (Path(p) for p in paths):
            def read(chosen, progress, cancelled, path=path):
                return statistics_import.preview_workbook(self._db, self._edition_id, path,
                                                          college_id=chosen if chosen is not None else college_id,
                                                          progress=progress, cancelled=cancelled)

            status = self._import_with_preview(path, self.tr("导入情况统计表"), read, colleges=colleges)
            wrote = wrote or status == "written"
            if status == "cancelled":
                self.status_message.emit(self.tr("已取消导入“{0}”，数据库没有改动。").format(path.name))
                break
        return wrote

    def choose_and_import_statistics(self) -> bool:
        """导入情况统计表…: pick 附件2 workbooks and import each."""
        if not self.ready:
            return False
        paths, _ = QFileDialog.getOpenFileNames(self._parent, self.tr("导入情况统计表"), str(self._start_folder()),
                                                self.tr("Excel 工作簿 (*.xlsx *.xlsm);;所有文件 (*)"))
        if not paths:
            return False
        settings.remember_folder(paths[0])
        return self.import_statistics(paths)

    def write_statistics_templates(self) -> list[Path]:
        """生成情况统计表…: one college's 附件2, or every college's into a folder."""
        from vocweek_desktop.gui.dialogs.template_dialog import TemplateDialog
        from vocweek_desktop.services import statistics_templates

        if not self.ready:
            return []
        title = self.tr("生成情况统计表")
        colleges = self._colleges()
        if not colleges:
            QMessageBox.information(self._parent, title, self.tr("本年度还没有学院。"))
            return []
        dialog = TemplateDialog(self._year(), colleges, self._start_folder(), self._parent, title=title,
                                hint=self.tr("为学院生成附件2 情况统计表：已预填该学院报名的每项活动（名称、类别、计划日期和隐藏的行ID）"
                                             "和学院人数，学院填写实际举办情况后交回，再导入。"),
                                file_name=statistics_templates.template_file_name)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return []
            out, college_id = dialog.output(), dialog.college_id()
        finally:
            dialog.deleteLater()
        try:
            with _busy():
                written = statistics_templates.write_templates(self._db, self._edition_id, out, college_id=college_id)
        except (VocWeekError, OSError) as error:
            QMessageBox.warning(self._parent, title, self.tr("没有生成情况统计表：\n{0}").format(error))
            return []
        settings.remember_folder(out / "x" if college_id is None else out)
        from vocweek_desktop.gui.file_actions import offer_to_open

        text = self.tr("已生成：\n{0}").format(written[0]) if len(written) == 1 else \
            self.tr("已为 {0} 个学院生成情况统计表，保存在：\n{1}").format(len(written), out)
        self.status_message.emit(text.replace("\n", ""))
        offer_to_open(self._parent, title, text, written[0] if len(written) == 1 else out)
        return written

    # ----------------------------------------------------------------------------------------- publicity

    def import_publicity(self, path: str | Path) -> bool:
        """Import a publicity workbook with its preview."""
        from vocweek_desktop.services import publicity

        if not self.ready:
            return False
        path = Path(path)

        def read(_college, progress, cancelled):
            return publicity.preview_workbook(self._db, self._edition_id, path, progress=progress, cancelled=cancelled)

        return self._import_with_preview(path, self.tr("导入宣传报道"), read) == "written"

    def choose_and_import_publicity(self) -> bool:
        """导入宣传报道…: pick a workbook and import it."""
        if not self.ready:
            return False
        path, _ = QFileDialog.getOpenFileName(self._parent, self.tr("导入宣传报道"), str(self._start_folder()),
                                              self.tr("Excel 工作簿 (*.xlsx *.xlsm);;所有文件 (*)"))
        if not path:
            return False
        settings.remember_folder(path)
        return self.import_publicity(path)

    def paste_publicity(self, text: str) -> bool:
        """Rows copied from Excel, previewed like a workbook, written on confirm."""
        from vocweek_desktop.gui.dialogs.import_preview_dialog import ImportPreviewDialog
        from vocweek_desktop.services import imports, publicity

        title = self.tr("粘贴宣传报道")
        if not self.ready:
            return False
        try:
            preview = publicity.preview_paste(self._db, self._edition_id, text)
        except VocWeekError as exc:
            QMessageBox.information(self._parent, title, str(exc))
            return False
        dialog = ImportPreviewDialog(preview, self._parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            skip = dialog.skip_error_rows()
        finally:
            dialog.deleteLater()
        try:
            result = imports.apply_import(self._db, preview, skip_error_rows=skip)
        except VocWeekError as exc:
            QMessageBox.warning(self._parent, title, str(exc))
            return False
        self._changed(self.tr("已粘贴宣传报道：{0}").format(result.summary()))
        return True

    def export_publicity(self) -> Path | None:
        """导出宣传报道…: the list as a workbook that imports back."""
        from vocweek_desktop.services import publicity

        return self._save(self.tr("导出宣传报道"), self.tr("{0}年职教周宣传报道.xlsx").format(self._year()),
                          self.tr("Excel 工作簿 (*.xlsx)"), ".xlsx",
                          lambda target, progress, cancelled: publicity.export_items(self._db, self._edition_id,
                                                                                     target))

    # ----------------------------------------------------------------------------------------- the report

    def export_report(self, suffix: str = ".pdf") -> Path | None:
        """导出活动周总结 (PDF or Excel): ask where, write it behind a progress dialog, offer to open it."""
        from vocweek_desktop.services import report

        if not self.ready:
            return None
        pdf = suffix == ".pdf"
        name = self.tr("{0}年职教周总结数据{1}").format(self._year(), suffix)
        return self._save(self.tr("导出总结报告") if pdf else self.tr("导出总结数据"), name,
                          self.tr("PDF 文件 (*.pdf)") if pdf else self.tr("Excel 工作簿 (*.xlsx)"), suffix,
                          lambda target, progress, cancelled: report.export_report(self._db, self._edition_id, target,
                                                                                   progress=progress))

    def _save(self, title: str, file_name: str, file_filter: str, suffix: str, write) -> Path | None:
        from vocweek_desktop.gui.file_actions import offer_to_open
        from vocweek_desktop.gui.file_dialogs import ask_save_path

        if not self.ready:
            return None
        target = ask_save_path(self._parent, title, file_name, file_filter, suffix)
        if target is None:
            return None
        outcome = run_with_progress(self._parent, title, self.tr("正在写入“{0}”…").format(target.name),
                                    partial(write, target))
        if outcome.cancelled:
            self.status_message.emit(self.tr("已取消。"))
            return None
        if isinstance(outcome.error, VocWeekError | OSError):
            QMessageBox.warning(self._parent, title, self.tr("不能写入“{0}”：{1}").format(target, outcome.error))
            return None
        if outcome.error is not None:
            raise outcome.error
        self.status_message.emit(self.tr("已保存到 {0}").format(target))
        offer_to_open(self._parent, title, self.tr("已保存到：\n{0}").format(target), target)
        return target


def _file_time(path: Path) -> dt.datetime | None:
    try:
        return dt.datetime.fromtimestamp(path.stat().st_mtime).replace(second=0, microsecond=0)
    except OSError:
        return None
