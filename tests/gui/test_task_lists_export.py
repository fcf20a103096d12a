"""文件 → 导出部门任务单…: the choice of one workbook or one per department, where, and the offer to open it."""

from __future__ import annotations

import openpyxl
from PySide6.QtWidgets import QFileDialog

from tests import activity_data

DEPARTMENTS = ("融媒体中心", "信息中心", "后勤处", "保卫处")


def test_one_workbook_from_the_file_menu(qtbot, window, demo_db, tmp_path, monkeypatch, offers):
    activity_data.add(demo_db, window.edition_id, title="网络安全知识竞赛", need_it=True)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "任务单"), "")))
    offers["reply"] = ["合并为一个工作簿…", "打开文件"]
    window.export_tasks_action.trigger()

    path = tmp_path / "任务单.xlsx"
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == list(DEPARTMENTS)
    assert "网络安全知识竞赛" in [c.value for row in workbook["信息中心"].iter_rows() for c in row]
    (choice_title, choice_text, choices), (_title, text, _buttons) = offers["shown"]
    assert choice_title == "导出部门任务单" and sorted(choices) == sorted(["合并为一个工作簿…", "每个部门一个工作簿…", "取消"])
    assert str(path) in text and offers["opened"] == [str(path)]
    assert "已导出 1 个部门任务单文件" in window.statusBar().currentMessage()


def test_one_workbook_per_department_into_a_folder(qtbot, window, tmp_path, monkeypatch, offers):
    folder = tmp_path / "发各部门"
    folder.mkdir()
    asked = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda parent, title, start, *a: asked.append(title) or str(folder)))
    offers["reply"] = ["每个部门一个工作簿…", "打开文件夹"]
    window.export_tasks_action.trigger()

    names = [f"2024年职教周部门任务单-{name}.xlsx" for name in DEPARTMENTS]
    assert sorted(path.name for path in folder.iterdir()) == sorted(names)
    assert openpyxl.load_workbook(folder / names[3]).sheetnames == ["保卫处"]
    assert asked == ["选择保存各部门任务单的文件夹"]
    _title, text, buttons = offers["shown"][-1]
    assert "已导出 4 个部门的任务单" in text and all(name in text for name in names)
    assert sorted(buttons) == sorted(["打开文件夹", "关闭"]) and offers["opened"] == [str(folder)]


def test_cancelled_at_either_step_writes_nothing(qtbot, window, tmp_path, monkeypatch, offers):
    offers["reply"] = "取消"
    window.export_tasks_action.trigger()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))
    offers["reply"] = "每个部门一个工作簿…"
    window.export_tasks_action.trigger()
    assert list(tmp_path.rglob("*.xlsx")) == [] and len(offers["shown"]) == 2  # two choices, no result


def test_a_folder_that_cannot_be_written_is_reported(qtbot, window, tmp_path, monkeypatch, offers):
    (tmp_path / "不是文件夹").write_text("x")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: str(tmp_path / "不是文件夹")))
    warned = []
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: warned.append(title)))
    offers["reply"] = "每个部门一个工作簿…"
    window.export_tasks_action.trigger()
    assert warned == ["导出失败"] and (tmp_path / "不是文件夹").read_text() == "x"
