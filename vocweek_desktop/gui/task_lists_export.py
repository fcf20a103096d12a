"""文件 → 导出部门任务单…: one workbook with a sheet per department, or one workbook per department to hand out;
then where the files went, with 打开文件 / 打开文件夹."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from vocweek_desktop.domain.errors import VocWeekError
from vocweek_desktop.gui import settings
from vocweek_desktop.gui.file_actions import offer_to_open
from vocweek_desktop.gui.file_dialogs import save_file
from vocweek_desktop.store.engine import Database

ONE_WORKBOOK, PER_DEPARTMENT = "one", "per_department"


def _tr(text: str) -> str:
    return QCoreApplication.translate("task_lists_export", text)


def ask_layout(parent: QWidget | None) -> str | None:
    """One workbook (a sheet per department) or one workbook per department; None when cancelled."""
    box = QMessageBox(QMessageBox.Icon.Question, _tr("导出部门任务单"), _tr("各部门的任务单怎样保存？"),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(_tr("合并：一个文件，每个部门一张工作表。\n分开：每个部门一个文件，便于分别发送。"))
    one = box.addButton(_tr("合并为一个工作簿…"), QMessageBox.ButtonRole.AcceptRole)
    split = box.addButton(_tr("每个部门一个工作簿…"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(_tr("取消"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(one)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    return {one: ONE_WORKBOOK, split: PER_DEPARTMENT}.get(clicked)


def export_task_lists(parent: QWidget | None, db: Database, edition_id: int) -> list[Path]:
    """Ask how and where, write the task lists, then offer to open what was written; the files written."""
    from vocweek_desktop.services import editions, task_lists

    layout = ask_layout(parent)
    if layout is None:
        return []
    year = editions.get_edition(db, edition_id).year
    title = _tr("导出部门任务单")
    if layout == ONE_WORKBOOK:
        path = save_file(parent, title, _tr("{0}年职教周部门任务单.xlsx").format(year), _tr("Excel 工作簿 (*.xlsx)"),
                         ".xlsx", lambda target: task_lists.export_tasks(db, edition_id, target),
                         failed_title=_tr("导出失败"))
        if path is None:
            return []
        offer_to_open(parent, title, _tr("部门任务单已导出到：\n{0}").format(path), path)
        return [path]

    start = settings.last_folder() or str(Path.home())
    chosen = QFileDialog.getExistingDirectory(parent, _tr("选择保存各部门任务单的文件夹"), start)
    if not chosen:
        return []
    folder = Path(chosen)
    settings.remember_folder(folder / "任务单.xlsx")  # the folder itself is offered next time
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        written = task_lists.export_tasks(db, edition_id, folder, per_department=True)
    except (VocWeekError, OSError) as exc:
        QApplication.restoreOverrideCursor()
        QMessageBox.warning(parent, _tr("导出失败"), _tr("不能写入“{0}”：{1}").format(folder, exc))
        return []
    QApplication.restoreOverrideCursor()
    names = "\n".join(path.name for path in written)
    offer_to_open(parent, title, _tr("已导出 {0} 个部门的任务单到：\n{1}\n\n{2}").format(len(written), folder, names),
                  folder)
    return written
