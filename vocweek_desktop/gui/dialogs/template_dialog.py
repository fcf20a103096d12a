"""生成活动信息表 (and 生成情况统计表): choose one college (a file) or all colleges (a folder) and where the templates
go."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from vocweek_desktop.gui.dialogs.edition_dialog import ERROR_LABEL_STYLE
from vocweek_desktop.gui.forms.ui_template_dialog import Ui_TemplateDialog


def template_file_name(year: int, college: str) -> str:
    """The default file name of one college's template (the same pattern the service uses for a folder)."""
    safe = "".join("_" if ch in '\\/:*?"<>|' else ch for ch in college).strip(" .") or "学院"
    return f"{year}年职教周活动信息表-{safe}.xlsx"


class TemplateDialog(QDialog):
    """Asks which college's template to write (or all of them) and the output file or folder; writes nothing."""

    def __init__(self, year: int, colleges: Sequence[tuple[int, str]], start_folder: str | Path,
                 parent: QWidget | None = None, *, selected_id: int | None = None, title: str | None = None,
                 hint: str | None = None, file_name: Callable[[int, str], str] = template_file_name):
        super().__init__(parent)
        self.ui = Ui_TemplateDialog()
        self.ui.setupUi(self)
        self._year = year
        self._folder = Path(start_folder)
        self._file_name = file_name
        self._save_title = title or self.tr("保存活动信息表")
        ui = self.ui
        if title:
            self.setWindowTitle(title)
        if hint:
            ui.hintLabel.setText(hint)
        for college_id, name in colleges:
            ui.collegeCombo.addItem(name, college_id)
        if selected_id is not None:
            found = ui.collegeCombo.findData(selected_id)
            if found >= 0:
                ui.collegeCombo.setCurrentIndex(found)
        ui.errorLabel.setStyleSheet(ERROR_LABEL_STYLE)
        ui.errorLabel.hide()
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("生成"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        ui.buttonBox.accepted.connect(self._try_accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.oneRadio.toggled.connect(self._choice_changed)
        ui.collegeCombo.currentIndexChanged.connect(self._choice_changed)
        ui.browseButton.clicked.connect(self.browse)
        self._choice_changed()

    def all_colleges(self) -> bool:
        """True when every college gets a template (into a folder)."""
        return self.ui.allRadio.isChecked()

    def college_id(self) -> int | None:
        """The chosen college (None when all colleges)."""
        return None if self.all_colleges() else self.ui.collegeCombo.currentData()

    def output(self) -> Path:
        """The file (one college) or folder (all colleges) to write to."""
        return Path(self.ui.outEdit.text().strip())

    def set_output(self, path: str | Path) -> None:
        """Set the output path as if the user had typed it."""
        self.ui.outEdit.setText(str(path))

    def _folder_of_output(self) -> Path:
        text = self.ui.outEdit.text().strip()
        if not text:
            return self._folder
        current = Path(text)
        return current.parent if current.suffix.lower() == ".xlsx" else current

    def _choice_changed(self) -> None:
        """Keep the chosen folder; for one college the file is named after it."""
        ui = self.ui
        ui.collegeCombo.setEnabled(ui.oneRadio.isChecked())
        folder = self._folder_of_output()
        if self.all_colleges():
            ui.outEdit.setText(str(folder))
        else:
            ui.outEdit.setText(str(folder / self._file_name(self._year, ui.collegeCombo.currentText())))
        ui.errorLabel.hide()

    def browse(self) -> None:
        """Choose the output file (one college) or folder (all colleges)."""
        current = self.output()
        if self.all_colleges():
            chosen = QFileDialog.getExistingDirectory(self, self.tr("选择保存模板的文件夹"), str(current))
        else:
            chosen, _ = QFileDialog.getSaveFileName(self, self._save_title, str(current),
                                                    self.tr("Excel 工作簿 (*.xlsx)"))
            if chosen and not chosen.lower().endswith(".xlsx"):
                chosen += ".xlsx"
        if chosen:
            self.set_output(chosen)

    def _try_accept(self) -> None:
        ui = self.ui
        text = ui.outEdit.text().strip()
        problem = ""
        if not text:
            problem = self.tr("请选择保存位置。")
        elif not self.all_colleges() and ui.collegeCombo.currentIndex() < 0:
            problem = self.tr("本年度还没有学院，请先在“学院”页添加学院。")
        elif self.all_colleges() and Path(text).exists() and not Path(text).is_dir():
            problem = self.tr("“{0}”是一个文件；全部学院的模板要保存到一个文件夹。").format(text)
        elif not self.all_colleges() and Path(text).is_dir():
            problem = self.tr("“{0}”是一个文件夹；请写上文件名（.xlsx）。").format(text)
        if problem:
            ui.errorLabel.setText(problem)
            ui.errorLabel.show()
            return
        self.accept()
