"""The message after a file is written: open the file, its folder, or nothing."""

from __future__ import annotations

from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from vocweek_desktop.gui.file_actions import OPEN_FILE, OPEN_FOLDER, offer_to_open, open_path


def test_a_file_can_be_opened_or_its_folder(qtbot, tmp_path, offers):
    written = tmp_path / "学院名单-2024.xlsx"
    written.write_bytes(b"x")
    offers["reply"] = "打开文件"
    assert offer_to_open(None, "导出学院名单", f"已导出到：\n{written}", written) == OPEN_FILE
    [(title, text, buttons)] = offers["shown"]
    assert (title, text) == ("导出学院名单", f"已导出到：\n{written}")
    assert sorted(buttons) == sorted(["打开文件", "打开所在文件夹", "关闭"])
    assert offers["opened"] == [str(written)]

    offers["reply"] = "打开所在文件夹"
    assert offer_to_open(None, "导出学院名单", "已导出", written) == OPEN_FOLDER
    assert offers["opened"][-1] == str(tmp_path)

    offers["reply"] = "关闭"
    assert offer_to_open(None, "导出学院名单", "已导出", written) is None
    assert len(offers["opened"]) == 2


def test_a_folder_of_files_offers_the_folder_only(qtbot, tmp_path, offers):
    offers["reply"] = "打开文件夹"
    assert offer_to_open(None, "导出部门任务单", "已导出 4 个工作簿", tmp_path) == OPEN_FOLDER
    assert sorted(offers["shown"][-1][2]) == sorted(["打开文件夹", "关闭"])
    assert offers["opened"] == [str(tmp_path)]


def test_a_file_nothing_can_open_is_reported(qtbot, tmp_path, monkeypatch):
    warned = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: warned.append(text)))
    assert open_path(None, tmp_path / "a.pdf") is False
    assert warned == [f"系统没有能打开“{tmp_path / 'a.pdf'}”的程序，或文件已被移走。"]
