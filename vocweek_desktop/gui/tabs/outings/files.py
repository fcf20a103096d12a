"""The 外出审批 tab's files: the slips to be signed (one PDF, written off the GUI thread), the 保卫处 list, blank and
filled-in 外出活动申请表 workbooks, and those workbooks read back (previewed, written on confirmation).

A mixin of OutingsTab (gui/tabs/outings_tab.py): it uses the tab's ``ui``, ``db``, ``edition_id``,
``selected_records``, ``current_filter``, ``reload``, ``data_changed`` and ``status_message``.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from pathlib import Path

from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from vocweek_desktop.domain.errors import VocWeekError
from vocweek_desktop.gui.file_actions import offer_to_open
from vocweek_desktop.gui.file_dialogs import ask_save_path
from vocweek_desktop.gui.workers import run_with_progress
from vocweek_desktop.services import colleges, editions


class FilesMixin:
    """打印审批表…, 导出保卫处名单…, 生成申请表…, 导出为申请表… and 导入申请表…."""

    def print_selected(self) -> Path | None:
        """打印审批表…: the slips of the selected requests in one PDF, then offer to open it."""
        records = self.selected_records()
        if not records or self.db is None:
            return None
        from vocweek_desktop.services import outings_print

        name = self.tr("外出活动审批表-{0}.pdf").format(records[0].number) if len(records) == 1 else \
            self.tr("外出活动审批表（{0}份）-{1}.pdf").format(len(records), f"{dt.date.today():%Y%m%d}")
        path = ask_save_path(self, self.tr("打印审批表"), name, self.tr("PDF 文件 (*.pdf)"), ".pdf")
        if path is None:
            return None
        ids = [record.id for record in records]
        outcome = run_with_progress(self, self.tr("打印审批表"), self.tr("正在生成审批表…"),
                                    lambda progress, cancelled: outings_print.write_slips(self.db, ids, path))
        if outcome.error is not None:
            if isinstance(outcome.error, VocWeekError | OSError):
                QMessageBox.warning(self, self.tr("打印审批表"), str(outcome.error))
                return None
            raise outcome.error
        if outcome.cancelled:
            return None
        self.status_message.emit(self.tr("已生成 {0} 份审批表（{1} 页）：{2}").format(len(ids), outcome.result, path))
        offer_to_open(self, self.tr("打印审批表"), self.tr("已生成 {0} 份外出活动审批表（{1} 页）：\n{2}").format(
            len(ids), outcome.result, path), path)
        return path

    def export_security_list(self) -> Path | None:
        """导出保卫处名单…: the approved outings by date (on the days the filter shows, when it shows some)."""
        if self.db is None or self.edition_id is None:
            return None
        from vocweek_desktop.services import outings_print

        flt = self.current_filter()
        year = editions.get_edition(self.db, self.edition_id).year
        name = self.tr("{0}年职教周外出活动名单（保卫处）-{1}.xlsx").format(year, f"{dt.date.today():%Y%m%d}")
        path = ask_save_path(self, self.tr("导出保卫处名单"), name, self.tr("Excel 工作簿 (*.xlsx)"), ".xlsx")
        if path is None:
            return None
        try:
            outings_print.export_security_list(self.db, self.edition_id, path, date_from=flt.date_from,
                                               date_to=flt.date_to)
        except (VocWeekError, OSError) as error:
            QMessageBox.warning(self, self.tr("导出保卫处名单"), str(error))
            return None
        self.status_message.emit(self.tr("已导出保卫处名单：{0}").format(path))
        offer_to_open(self, self.tr("导出保卫处名单"), self.tr("已导出保卫处名单：\n{0}").format(path), path)
        return path

    def _college_for_template(self) -> int | None:
        college = self.ui.college_filter_combo.currentData()
        if college is not None:
            return college
        records = self.selected_records()
        if len(records) == 1:
            return records[0].college_id
        names = [(c.id, c.name) for c in colleges.list_colleges(self.db, self.edition_id)]
        if not names:
            QMessageBox.information(self, self.tr("生成申请表"), self.tr("本年度还没有学院。"))
            return None
        chosen, ok = QInputDialog.getItem(self, self.tr("生成申请表"), self.tr("为哪个学院生成外出活动申请表？"),
                                          [name for _id, name in names], 0, False)
        if not ok:
            return None
        return next(college_id for college_id, name in names if name == chosen)

    def write_template(self) -> Path | None:
        """生成申请表…: a blank 外出活动申请表 for a college (the college filtered, the selected request's, or asked)."""
        if self.db is None or self.edition_id is None:
            return None
        college_id = self._college_for_template()
        if college_id is None:
            return None
        from vocweek_desktop.services import outings_workbook

        name = next((c.name for c in colleges.list_colleges(self.db, self.edition_id) if c.id == college_id), "")
        path = ask_save_path(self, self.tr("生成申请表"), self.tr("外出活动申请表-{0}.xlsx").format(name),
                             self.tr("Excel 工作簿 (*.xlsx)"), ".xlsx")
        if path is None:
            return None
        return self._write_workbook(path, lambda: outings_workbook.write_request_template(
            self.db, self.edition_id, path, college_id=college_id), self.tr("生成申请表"))

    def export_request(self) -> Path | None:
        """导出为申请表…: the selected request as a workbook; corrected and imported again, it updates the request."""
        records = self.selected_records()
        if len(records) != 1 or self.db is None:
            return None
        from vocweek_desktop.services import outings_workbook

        record = records[0]
        path = ask_save_path(self, self.tr("导出为申请表"), self.tr("外出活动申请表-{0}.xlsx").format(record.number),
                             self.tr("Excel 工作簿 (*.xlsx)"), ".xlsx")
        if path is None:
            return None
        return self._write_workbook(path, lambda: outings_workbook.write_request_template(
            self.db, self.edition_id, path, outing_id=record.id), self.tr("导出为申请表"))

    def _write_workbook(self, path: Path, write, title: str) -> Path | None:
        try:
            write()
        except (VocWeekError, OSError) as error:
            QMessageBox.warning(self, title, str(error))
            return None
        self.status_message.emit(self.tr("已生成：{0}").format(path))
        offer_to_open(self, title, self.tr("已生成外出活动申请表：\n{0}").format(path), path)
        return path

    def import_requests(self, paths: list[str | Path] | None = None) -> int:
        """导入申请表…: each workbook read off the GUI thread, previewed, written on confirmation (all or nothing);
        returns how many were written."""
        if self.db is None or self.edition_id is None:
            return 0
        from PySide6.QtWidgets import QFileDialog

        from vocweek_desktop.gui import settings
        from vocweek_desktop.gui.dialogs.import_preview_dialog import ImportPreviewDialog
        from vocweek_desktop.services import imports, outings_workbook

        if paths is None:
            names, _ = QFileDialog.getOpenFileNames(self, self.tr("导入申请表"),
                                                    settings.last_folder() or str(Path.home()),
                                                    self.tr("Excel 工作簿 (*.xlsx *.xlsm *.xls);;所有文件 (*)"))
            if not names:
                return 0
            settings.remember_folder(names[0])
            paths = names
        written, select = 0, []
        title = self.tr("导入申请表")
        for path in map(Path, paths):
            outcome = run_with_progress(self, title, self.tr("正在读取并检查“{0}”…").format(path.name),
                                        partial(outings_workbook.preview_request, self.db, self.edition_id, path))
            if outcome.cancelled:
                break
            if outcome.error is not None:
                if isinstance(outcome.error, VocWeekError):
                    QMessageBox.warning(self, title, str(outcome.error))
                    continue
                raise outcome.error
            dialog = ImportPreviewDialog(outcome.result, self)
            try:
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    self.status_message.emit(self.tr("没有导入“{0}”，数据库没有改动。").format(path.name))
                    continue
                preview = dialog.preview
                received = dialog.received_at() if preview.received_at is not None else None
            finally:
                dialog.deleteLater()
            try:
                result = imports.apply_import(self.db, preview, received_at=received)
            except VocWeekError as error:
                QMessageBox.warning(self, title, self.tr("“{0}”没有导入，数据库没有改动：\n{1}").format(path.name, error))
                continue
            written += 1
            select += [item.record_id for item in (*preview.to_add, *preview.to_update)]
            self.status_message.emit(self.tr("已导入“{0}”：{1}").format(path.name, result.summary()))
        if written:
            self.reload(select)
            self.data_changed.emit()
        return written
