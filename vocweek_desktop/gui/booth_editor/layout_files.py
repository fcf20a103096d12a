"""The 展位布局 tab's files: the 附件3 map (PDF or PNG, drawn off the GUI thread), the needs list for 后勤处, the
layout workbook out, and the layout workbook in (previewed, written all or nothing).

A mixin of LayoutTab (gui/tabs/layout_tab.py): it uses the tab's ``db``, ``edition_id``, ``plaza``,
``reload_afresh`` and ``status_message``.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from pathlib import Path

from PySide6.QtWidgets import QDialog, QMessageBox

from vocweek_desktop.domain.errors import VocWeekError
from vocweek_desktop.gui.file_actions import offer_to_open
from vocweek_desktop.gui.file_dialogs import ask_save_path, save_file
from vocweek_desktop.gui.workers import run_with_progress


class LayoutFilesMixin:
    """导出位置分布图…, 导出展位需求清单…, 导出布局… and 导入布局…."""

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
        return self._export_workbook(self.tr("导出展位需求清单"), name, layout_map.export_needs,
                                     self.tr("展位需求清单已导出到：\n{0}"))

    def export_layout(self) -> Path | None:
        """导出布局…: the layout workbook."""
        from vocweek_desktop.services import layout_workbook

        name = self.tr("{0}年职教周展位布局-{1}.xlsx").format(self._year(), f"{dt.date.today():%Y%m%d}")
        return self._export_workbook(self.tr("导出布局"), name, layout_workbook.export_layout,
                                     self.tr("布局已导出到：\n{0}"))

    def _export_workbook(self, title: str, name: str, export, done: str) -> Path | None:
        """Ask where, ``export(db, edition_id, path)``, say so and offer to open it; the path, or None."""
        path = save_file(self, title, name, self.tr("Excel 工作簿 (*.xlsx)"), ".xlsx",
                         lambda target: export(self.db, self.edition_id, target), failed_title=self.tr("导出失败"))
        if path is not None:
            self.status_message.emit(self.tr("已导出到 {0}").format(path))
            offer_to_open(self, title, done.format(path), path)
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
        self.reload_afresh()
        self.status_message.emit(self.tr("已导入“{0}”：{1}").format(path.name, result.summary()))
        return True
