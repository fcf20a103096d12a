"""生成活动信息表: which college (a file) or all colleges (a folder), and where — chosen as a user does it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog

from tests.gui.widget_input import type_text
from vocweek_desktop.gui.dialogs.template_dialog import TemplateDialog, template_file_name

COLLEGES = [(11, "智能制造学院"), (12, "信息工程学院"), (13, "经管/财会 学院")]


@pytest.fixture
def dialog(qtbot, tmp_path):
    made = TemplateDialog(2024, COLLEGES, tmp_path, selected_id=12)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def _generate(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_one_college_gets_a_file_named_after_it(qtbot, dialog, tmp_path):
    ui = dialog.ui
    assert ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).text() == "生成"
    assert ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
    assert ui.collegeCombo.currentText() == "信息工程学院" and dialog.college_id() == 12  # preselected
    assert ui.outEdit.text() == str(tmp_path / "2024年职教周活动信息表-信息工程学院.xlsx")
    ui.collegeCombo.setCurrentIndex(2)  # a name with characters no file name may hold
    assert dialog.output() == tmp_path / "2024年职教周活动信息表-经管_财会 学院.xlsx"
    _generate(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.all_colleges()


def test_all_colleges_go_to_the_folder_and_the_folder_is_kept_when_switching(qtbot, dialog, tmp_path):
    target = tmp_path / "模板"
    target.mkdir()
    type_text(qtbot, dialog.ui.outEdit, str(target / "随便.xlsx"))
    dialog.ui.allRadio.setChecked(True)
    assert not dialog.ui.collegeCombo.isEnabled()
    assert dialog.output() == target and dialog.college_id() is None and dialog.all_colleges()
    dialog.ui.oneRadio.setChecked(True)
    assert dialog.output() == target / template_file_name(2024, "信息工程学院")
    dialog.ui.allRadio.setChecked(True)
    _generate(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted


@pytest.mark.parametrize(("choose_all", "make", "message"), [
    (False, lambda folder: "", "请选择保存位置。"),
    (True, lambda folder: str(folder / "已有文件.xlsx"), "全部学院的模板要保存到一个文件夹"),
    (False, lambda folder: str(folder), "请写上文件名（.xlsx）"),
])
def test_a_wrong_place_is_explained_and_nothing_is_accepted(qtbot, dialog, tmp_path, choose_all, make, message):
    (tmp_path / "已有文件.xlsx").write_bytes(b"")
    dialog.ui.allRadio.setChecked(choose_all)
    type_text(qtbot, dialog.ui.outEdit, make(tmp_path))
    _generate(qtbot, dialog)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert message in dialog.ui.errorLabel.text() and not dialog.ui.errorLabel.isHidden()
    (dialog.ui.oneRadio if choose_all else dialog.ui.allRadio).setChecked(True)  # another choice: message gone
    assert dialog.ui.errorLabel.isHidden()


def test_an_edition_without_colleges_offers_only_all(qtbot, tmp_path):
    empty = TemplateDialog(2024, [], tmp_path)
    qtbot.addWidget(empty)
    _generate(qtbot, empty)
    assert "本年度还没有学院" in empty.ui.errorLabel.text()


def test_browse_chooses_a_file_or_a_folder(qtbot, dialog, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "给学院"), "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(tmp_path / "全部")))
    qtbot.mouseClick(dialog.ui.browseButton, Qt.MouseButton.LeftButton)
    assert dialog.output() == tmp_path / "给学院.xlsx"
    dialog.ui.allRadio.setChecked(True)
    qtbot.mouseClick(dialog.ui.browseButton, Qt.MouseButton.LeftButton)
    assert dialog.output() == tmp_path / "全部"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))  # cancelled
    qtbot.mouseClick(dialog.ui.browseButton, Qt.MouseButton.LeftButton)
    assert dialog.output() == tmp_path / "全部"
