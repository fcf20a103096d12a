"""The 附件1 Excel workflow of the window, driven with qtbot: preview, confirm, cancel, bad files, exports."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDateTime, QMimeData, Qt, QUrl
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget
from sqlalchemy import select

from tests import activity_data
from tests.gui.widget_input import table_rows, tick
from tests.xlsx_helpers import make_cfb, simple_workbook
from vocweek_desktop.gui import import_flow as import_flow_module
from vocweek_desktop.gui.dialogs.import_preview_dialog import ImportPreviewDialog
from vocweek_desktop.gui.dialogs.template_dialog import TemplateDialog
from vocweek_desktop.gui.import_flow import ImportFlow, workbook_paths
from vocweek_desktop.services import activities, activities_import, activities_templates, colleges
from vocweek_desktop.store.models import Activity, College, RegistrationSubmission

SHEET = "活动信息表"


# --------------------------------------------------------------------------------------------- fixtures


@pytest.fixture
def college_ids(db, edition):
    """Two colleges in the 2024 edition."""
    return [colleges.add_college(db, edition.id, {"name": name}).id for name in ("智能制造学院", "信息工程学院")]


@pytest.fixture
def flow(qtbot, db, edition, college_ids):
    """An ImportFlow over the 2024 edition, parented to a plain widget."""
    parent = QWidget()
    qtbot.addWidget(parent)
    controller = ImportFlow(parent, db, edition.id)
    controller.changes = []
    controller.statuses = []
    controller.data_changed.connect(lambda: controller.changes.append(True))
    controller.status_message.connect(controller.statuses.append)
    return controller


@pytest.fixture
def boxes(monkeypatch):
    """QMessageBox.information / warning calls, recorded as (kind, text) instead of shown; a "saved" box offering to
    open the file is recorded as ("offer", text) and closed."""
    calls: list[tuple[str, str]] = []

    def recorder(kind):
        def fake(parent, title, text, *args, **kwargs):
            calls.append((kind, text))
            return QMessageBox.StandardButton.Ok
        return staticmethod(fake)

    def offer(box):
        calls.append(("offer", box.text()))
        return 0

    monkeypatch.setattr(QMessageBox, "information", recorder("information"))
    monkeypatch.setattr(QMessageBox, "warning", recorder("warning"))
    monkeypatch.setattr(QMessageBox, "exec", offer)
    return calls


class PreviewDriver:
    """Stands in for the user at the modal preview: records what was shown, makes choices, then answers."""

    def __init__(self, monkeypatch, answer=QDialog.DialogCode.Accepted, choose=None):
        self.seen: list[dict] = []
        self.answer, self.choose = answer, choose
        driver = self

        def fake_exec(dialog):
            driver.seen.append(driver.snapshot(dialog))
            if driver.choose is not None:
                driver.choose(dialog)
            return driver.answer

        monkeypatch.setattr(ImportPreviewDialog, "exec", fake_exec)

    @staticmethod
    def snapshot(dialog: ImportPreviewDialog) -> dict:
        problems = [f"{place}：{reason}" for place, reason in table_rows(dialog.ui.problemsView)]
        tabs = [dialog.ui.tabWidget.tabText(i) for i in range(dialog.ui.tabWidget.count())
                if dialog.ui.tabWidget.isTabVisible(i)]
        return {"counts": {key: dialog.count(key) for key in ("added", "updated", "unchanged", "problems")}
                | ({"missing": dialog.count("missing")} if dialog.ui.tabWidget.indexOf(dialog.ui.missingTab) >= 0 else {}),
                "problems": problems, "tabs": tabs, "import_enabled": dialog.import_button.isEnabled(),
                "banner": list(dialog.banner_warnings), "file": dialog.ui.fileLabel.text(),
                "college": dialog.ui.collegeCombo.currentText(), "summary": dialog.ui.summaryLabel.text()}


def _template(db, edition_id: int, college_id: int, path: Path):
    """A college's template (prefilled with its activities), opened for filling; (workbook, sheet, columns, header)."""
    activities_templates.write_templates(db, edition_id, path, college_id=college_id)
    workbook = load_workbook(path)
    sheet = workbook[SHEET]
    header_row = next(row for row in range(1, 20) if sheet.cell(row, 2).value == "活动名称")
    columns = {sheet.cell(header_row, c).value: c for c in range(1, sheet.max_column + 1)
               if sheet.cell(header_row, c).value}
    return workbook, sheet, columns, header_row


def _fill(sheet, columns: dict[str, int], row: int, **values) -> None:
    for label, value in values.items():
        sheet.cell(row, columns[label], value)


def _row_of(sheet, columns, title: str) -> int:
    column = columns["活动名称"]
    return next(r for r in range(1, sheet.max_row + 1) if sheet.cell(r, column).value == title)


def _first_free_row(sheet, columns, header_row: int) -> int:
    column = columns["活动名称"]
    row = header_row + 1
    while sheet.cell(row, column).value:
        row += 1
    return row


def _live_titles(db, edition_id: int) -> list[str]:
    with db.transaction() as session:
        return sorted(session.scalars(select(Activity.title).where(Activity.edition_id == edition_id,
                                                                  Activity.deleted_at.is_(None))))


def _deleted_titles(db, edition_id: int) -> list[str]:
    with db.transaction() as session:
        return sorted(session.scalars(select(Activity.title).where(Activity.edition_id == edition_id,
                                                                  Activity.deleted_at.is_not(None))))


@pytest.fixture
def returned_workbook(tmp_path, db, edition, college_ids):
    """智能制造学院's template returned with: one row changed, one row dropped, two new rows and a bad date.

    Existing activities: 数控加工技能展示 (13 May, kept with a new venue) and 工业机器人开放日 (14 May, dropped).
    """
    activity_data.add(db, edition.id, college_ids[0], title="数控加工技能展示", first_date=dt.date(2024, 5, 13))
    activity_data.add(db, edition.id, college_ids[0], title="工业机器人开放日", first_date=dt.date(2024, 5, 14))
    path = tmp_path / "智能制造学院-活动信息表.xlsx"
    workbook, sheet, columns, header_row = _template(db, edition.id, college_ids[0], path)
    sheet.cell(_row_of(sheet, columns, "数控加工技能展示"), columns["活动地点"], "实训楼B203")
    sheet.delete_rows(_row_of(sheet, columns, "工业机器人开放日"))
    row = _first_free_row(sheet, columns, header_row)
    _fill(sheet, columns, row, 活动名称="智能制造技能体验营", 活动类别="特色主题活动", 活动日期="5月15日",
          开始时间="14:00", 结束时间="16:30", 活动地点="智能制造实训中心", 负责人="李娜", 联系电话="13808080102")
    _fill(sheet, columns, row + 1, 活动名称="企业导师进课堂", 活动类别="校企集中签约", 活动日期="2024年5月16日",
          开始时间="9：30", 结束时间="11:30", 活动地点="四川某某智能科技有限公司", 负责人="王强")
    _fill(sheet, columns, row + 2, 活动名称="无人机编队表演", 活动类别="线下宣传展示", 活动日期="5月32日",
          开始时间="19:00", 结束时间="20:00", 活动地点="东区田径场", 负责人="赵敏")
    workbook.save(path)
    date_column = sheet.cell(header_row, columns["活动日期"]).column_letter
    return path, f"{SHEET}!{date_column}{row + 2}"


# --------------------------------------------------------------------------------------------- importing


def test_preview_shows_counts_and_problems_and_confirm_writes(flow, db, edition, returned_workbook, boxes,
                                                              monkeypatch):
    path, bad_cell = returned_workbook
    driver = PreviewDriver(monkeypatch, choose=lambda dialog: dialog.ui.skipErrorsCheck.setChecked(True))

    assert flow.import_files([str(path)]) is True

    shown = driver.seen[0]
    assert shown["file"] == path.name
    assert shown["college"] == "按文件：智能制造学院"
    assert shown["counts"] == {"added": 2, "updated": 1, "unchanged": 0, "problems": 1, "missing": 1}
    assert shown["problems"] == [f"{bad_cell}：日期“5月32日”无效"]
    assert shown["tabs"][:5] == ["新增 2", "更新 1", "未变 0", "文件中已无 1", "问题 1"]
    assert shown["import_enabled"] is False  # errors: nothing until the user chooses to skip them
    assert shown["banner"] == []
    # Written: the two new rows and the changed venue; the dropped row stays (not ticked); the bad row skipped.
    assert _live_titles(db, edition.id) == sorted(["数控加工技能展示", "工业机器人开放日", "智能制造技能体验营",
                                                   "企业导师进课堂"])
    with db.transaction() as session:
        venue = session.scalar(select(Activity.venue).where(Activity.title == "数控加工技能展示"))
        camp = session.execute(select(Activity.source_kind, Activity.source_file, Activity.source_row)
                               .where(Activity.title == "智能制造技能体验营")).one()
    assert venue == "实训楼B203"
    assert camp.source_kind == "import" and camp.source_file == path.name and camp.source_row
    assert flow.changes == [True]
    assert boxes == [("information", f"“{path.name}”已导入：\n新增 2 行，更新 1 行，未变 0 行，跳过有错误的 1 行。")]


def test_reimporting_the_same_file_adds_nothing(flow, db, edition, returned_workbook, boxes, monkeypatch):
    path, _ = returned_workbook
    driver = PreviewDriver(monkeypatch, choose=lambda dialog: dialog.ui.skipErrorsCheck.setChecked(True))
    flow.import_files([path])
    flow.import_files([path])
    assert driver.seen[1]["counts"]["added"] == 0 and driver.seen[1]["counts"]["unchanged"] == 3
    assert len(_live_titles(db, edition.id)) == 4


def test_rejected_preview_writes_nothing(qtbot, flow, db, edition, returned_workbook, boxes, monkeypatch):
    path, _ = returned_workbook
    driver = PreviewDriver(monkeypatch, answer=QDialog.DialogCode.Rejected,
                           choose=lambda dialog: (dialog.ui.skipErrorsCheck.setChecked(True),
                                                  tick(qtbot, dialog.ui.missingView, 0)))
    before = _live_titles(db, edition.id)

    assert flow.import_files([path]) is False

    assert len(driver.seen) == 1
    assert _live_titles(db, edition.id) == before and _deleted_titles(db, edition.id) == []
    assert boxes == [] and flow.changes == []
    assert flow.statuses == [f"没有导入“{path.name}”，数据库没有改动。"]


def test_cancelling_the_progress_writes_nothing_and_stops_the_batch(flow, db, edition, returned_workbook, boxes,
                                                                    monkeypatch, qtbot, press_cancel_on_progress):
    path, _ = returned_workbook
    real = activities_import.preview_workbook
    calls = []

    def slow_preview(*args, progress=None, cancelled=None, **kwargs):
        """A long read: runs for real once the user has pressed 取消, so the service sees the cancel."""
        calls.append(args[2])
        for _ in range(1000):
            if cancelled():
                break
            progress(1, 100)
            time.sleep(0.01)
        return real(*args, progress=progress, cancelled=cancelled, **kwargs)


    monkeypatch.setattr(activities_import, "preview_workbook", slow_preview)
    driver = PreviewDriver(monkeypatch)
    press_cancel_on_progress(500)
    before = _live_titles(db, edition.id)

    assert flow.import_files([path, path]) is False

    assert calls == [path]  # the second file was not started
    assert driver.seen == [] and boxes == [] and flow.changes == []
    assert _live_titles(db, edition.id) == before
    assert flow.statuses == [f"已取消导入“{path.name}”，数据库没有改动。其余 1 个文件未导入。"]


def test_bad_files_are_reported_and_the_next_file_is_imported(flow, db, edition, tmp_path, returned_workbook, boxes,
                                                              monkeypatch):
    good, _ = returned_workbook
    text = tmp_path / "名单.xlsx"
    text.write_text("学院,活动名称\n智能制造学院,开放日\n", encoding="utf-8")
    old = make_cfb(tmp_path / "旧版.xls", ["Workbook"])
    locked = make_cfb(tmp_path / "加密.xlsx", ["EncryptionInfo", "EncryptedPackage"])
    driver = PreviewDriver(monkeypatch, answer=QDialog.DialogCode.Rejected)

    assert flow.import_files([text, old, locked, good]) is False

    warnings = [message for kind, message in boxes if kind == "warning"]
    assert len(warnings) == 3
    assert warnings[0].startswith("“名单.xlsx”不是 Excel 工作簿（.xlsx），无法导入") and "另存为 .xlsx" in warnings[0]
    assert "“旧版.xls”是旧版 Excel 格式（.xls）" in warnings[1] and "另存为 .xlsx" in warnings[1]
    assert "“加密.xlsx”设置了打开密码" in warnings[2]
    assert [seen["file"] for seen in driver.seen] == [good.name]  # the good file still got its preview
    assert flow.changes == [] and len(_live_titles(db, edition.id)) == 2


def test_dropped_files_are_written_together_or_not_at_all(flow, db, edition, college_ids, tmp_path, boxes,
                                                        monkeypatch):
    """Each file is previewed and confirmed; then all of them are written in one transaction, so a failure while
    writing the last one leaves the others unwritten; a file the user declined is left out."""
    from sqlalchemy.exc import IntegrityError

    paths = [simple_workbook(tmp_path / f"{name}.xlsx", [["学院：智能制造学院"], ["活动名称", "活动日期"],
                                                         [f"活动{name}", "5月14日"]]) for name in "abcd"]
    real_write = activities_import.ActivityForm.write
    written = []

    def failing_d(self, session, preview, plan):
        written.append(preview.source_name)
        if preview.source_name == "d.xlsx":
            raise IntegrityError("INSERT", {}, Exception("disk I/O error"))
        return real_write(self, session, preview, plan)

    monkeypatch.setattr(activities_import.ActivityForm, "write", failing_d)
    answers = iter([QDialog.DialogCode.Accepted, QDialog.DialogCode.Rejected, QDialog.DialogCode.Accepted,
                    QDialog.DialogCode.Accepted])
    driver = PreviewDriver(monkeypatch)
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda dialog: (driver.seen.append(dialog.ui.fileLabel.text()),
                                                                      next(answers))[1])
    assert flow.import_files(paths) is False
    assert driver.seen == ["a.xlsx", "b.xlsx", "c.xlsx", "d.xlsx"]
    assert written == ["a.xlsx", "c.xlsx", "d.xlsx"]  # b was declined
    assert _live_titles(db, edition.id) == [] and flow.changes == []
    (kind, text), = boxes
    assert kind == "warning" and "“d.xlsx”" in text and "3 个文件都没有导入" in text

    monkeypatch.setattr(activities_import.ActivityForm, "write", real_write)
    answers = iter([QDialog.DialogCode.Accepted] * 4)
    boxes.clear()
    assert flow.import_files(paths) is True
    assert _live_titles(db, edition.id) == ["活动a", "活动b", "活动c", "活动d"]
    (kind, text), = boxes
    assert kind == "information" and text.startswith("已导入 4 个文件：") and "“c.xlsx”：新增 1 行" in text


def test_only_ticked_missing_rows_are_deleted(qtbot, flow, db, edition, college_ids, tmp_path, boxes, monkeypatch):
    for day, title in enumerate(("甲活动", "乙活动", "丙活动")):
        activity_data.add(db, edition.id, college_ids[0], title=title, first_date=dt.date(2024, 5, 13 + day))
    path = tmp_path / "a.xlsx"
    workbook, sheet, columns, _ = _template(db, edition.id, college_ids[0], path)
    sheet.delete_rows(_row_of(sheet, columns, "乙活动"))
    sheet.delete_rows(_row_of(sheet, columns, "丙活动"))
    workbook.save(path)
    missing_shown = []

    def choose(dialog):
        missing_shown.extend(row[2] for row in table_rows(dialog.ui.missingView))
        tick(qtbot, dialog.ui.missingView, missing_shown.index("丙活动"))
        assert dialog.import_button.isEnabled()

    PreviewDriver(monkeypatch, choose=choose)

    assert flow.import_files([path]) is True

    assert sorted(missing_shown) == ["丙活动", "乙活动"]
    assert _live_titles(db, edition.id) == ["乙活动", "甲活动"]
    assert _deleted_titles(db, edition.id) == ["丙活动"]  # in the recycle bin, restorable
    assert "删除（移入回收站） 1 行" in boxes[0][1]


def test_edited_received_time_is_stored(flow, db, edition, returned_workbook, boxes, monkeypatch):
    path, _ = returned_workbook
    when = dt.datetime(2024, 5, 10, 17, 45)
    file_time = dt.datetime.fromtimestamp(path.stat().st_mtime).replace(second=0, microsecond=0)
    shown = []

    def choose(dialog):
        shown.append(dialog.received_at())
        dialog.ui.receivedEdit.setDateTime(QDateTime(when))
        dialog.ui.skipErrorsCheck.setChecked(True)

    PreviewDriver(monkeypatch, choose=choose)
    flow.import_files([path])

    assert shown == [file_time]  # the file's time by default
    with db.transaction() as session:
        submission = session.execute(select(RegistrationSubmission.received_at, RegistrationSubmission.college_id,
                                            RegistrationSubmission.file_name)).one()
        received = set(session.scalars(select(Activity.received_at).where(Activity.source_kind == "import")))
    assert submission.received_at == when and submission.file_name == path.name
    assert received == {when}


def test_a_file_without_a_college_is_imported_for_the_college_chosen(flow, db, edition, college_ids, tmp_path,
                                                                     boxes, monkeypatch):
    path = simple_workbook(tmp_path / "无学院.xlsx", [
        ["活动名称", "活动日期", "开始时间", "结束时间", "活动地点", "线上/线下"],
        ["网络安全知识竞赛", "5月14日", "14:00", "16:00", "图书馆报告厅", "线下"],
    ])
    states = []

    def choose(dialog):
        states.append((dialog.count("problems"), dialog.import_button.isEnabled(), dialog.ui.collegeCombo.currentText()))
        index = dialog.ui.collegeCombo.findText("信息工程学院")
        dialog.ui.collegeCombo.setCurrentIndex(index)
        dialog.ui.collegeCombo.activated.emit(index)  # as a user's choice: the preview is read again
        states.append((dialog.count("problems"), dialog.import_button.isEnabled(), dialog.count("added")))

    PreviewDriver(monkeypatch, choose=choose)

    assert flow.import_files([path]) is True

    assert states == [(1, False, "（文件中没有写明学院，请选择）"), (0, True, 1)]
    with db.transaction() as session:
        college = session.scalar(select(College.name).join(Activity, Activity.college_id == College.id))
    assert college == "信息工程学院"


def test_a_file_naming_another_year_is_flagged(flow, db, edition, college_ids, tmp_path, boxes, monkeypatch):
    path = simple_workbook(tmp_path / "去年.xlsx", [
        ["2023年职业教育活动周活动信息表"],
        ["学院：智能制造学院"],
        ["填表说明：每行一项活动"],
        ["活动名称", "活动日期", "开始时间", "结束时间", "活动地点"],
        ["数控加工技能展示", "5月14日", "9:30", "11:30", "东区科技广场"],
    ])
    driver = PreviewDriver(monkeypatch, answer=QDialog.DialogCode.Rejected)
    flow.import_files([path])
    assert driver.seen[0]["banner"] == ["工作簿标题写的是 2023 年，而当前年度是 2024 年，请确认没有拿错文件。"]


# --------------------------------------------------------------------------------------------- the dialog itself


@pytest.fixture
def shown_preview(qtbot, db, edition, returned_workbook):
    """The preview dialog of the returned workbook, shown non-modally."""
    path, _ = returned_workbook
    dialog = ImportPreviewDialog(activities_import.preview_workbook(db, edition.id, path),
                                 colleges=[(1, "智能制造学院")])
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_import_button_waits_for_the_explicit_skip(qtbot, shown_preview):
    dialog = shown_preview
    assert dialog.skip_error_rows() is False and not dialog.import_button.isEnabled()
    assert dialog.ui.tabWidget.currentWidget() is dialog.ui.problemsTab  # the problems are what needs a decision
    qtbot.mouseClick(dialog.ui.skipErrorsCheck, Qt.MouseButton.LeftButton)
    assert dialog.skip_error_rows() is True and dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.ui.skipErrorsCheck, Qt.MouseButton.LeftButton)
    assert not dialog.import_button.isEnabled()


def test_missing_rows_start_unticked_and_can_be_ticked_all(qtbot, shown_preview):
    dialog = shown_preview
    assert dialog.delete_uids() == []
    qtbot.mouseClick(dialog.ui.checkAllButton, Qt.MouseButton.LeftButton)
    assert dialog.delete_uids() == [dialog.preview.missing[0].row_uid]
    assert "勾选了 1 行（导入时删除）" in dialog.ui.summaryLabel.text()
    qtbot.mouseClick(dialog.ui.checkNoneButton, Qt.MouseButton.LeftButton)
    assert dialog.delete_uids() == []


def test_updated_rows_show_old_and_new_values(shown_preview):
    dialog = shown_preview
    lines = table_rows(dialog.ui.updatedView)
    assert ["活动地点", "东区科技广场", "实训楼B203"] in [line[3:] for line in lines]
    assert lines[0][2] == "数控加工技能展示"


def test_export_problem_rows(qtbot, shown_preview, tmp_path, monkeypatch, boxes):
    target = tmp_path / "问题行.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    qtbot.mouseClick(shown_preview.ui.exportProblemsButton, Qt.MouseButton.LeftButton)
    cells = [str(c) for row in load_workbook(target).active.iter_rows(values_only=True) for c in row if c is not None]
    assert "无人机编队表演" in cells and "5月32日" in cells
    assert any("日期“5月32日”无效" in c for c in cells)
    assert boxes[0][0] == "offer" and str(target) in boxes[0][1]


# --------------------------------------------------------------------------------------------- colleges, templates


def test_import_colleges_previews_and_writes(flow, db, edition, college_ids, tmp_path, boxes, monkeypatch):
    path = simple_workbook(tmp_path / "学院名单.xlsx", [
        ["学院名称", "院长", "教师人数", "学生人数"],
        ["智能制造学院", "张院长", 120, 3000],
        ["财经商贸学院", "李院长", "约80人", 2500],
        ["建筑工程学院", "", "很多", 100],
    ])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    driver = PreviewDriver(monkeypatch, choose=lambda dialog: dialog.ui.skipErrorsCheck.setChecked(True))

    assert flow.import_colleges() is True

    shown = driver.seen[0]
    assert shown["counts"] == {"added": 1, "updated": 1, "unchanged": 0, "problems": 1}
    assert shown["problems"][0].startswith("Sheet1!C4：") and shown["import_enabled"] is False
    names = {c.name: c for c in colleges.list_colleges(db, edition.id)}
    assert sorted(names) == ["信息工程学院", "智能制造学院", "财经商贸学院"]
    assert names["财经商贸学院"].teacher_count == 80 and names["智能制造学院"].dean == "张院长"
    assert boxes == [("information", "学院名单已导入：\n新增 1 个学院，更新 1 个，未变 0 个，跳过有错误的 1 行。")]
    assert flow.changes == [True]


def test_templates_for_all_colleges_go_into_a_folder(flow, db, edition, college_ids, tmp_path, boxes, monkeypatch):
    folder = tmp_path / "模板"

    def fake_exec(dialog):
        dialog.ui.allRadio.setChecked(True)
        dialog.set_output(folder)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(TemplateDialog, "exec", fake_exec)
    written = flow.write_templates()
    assert sorted(p.name for p in written) == ["2024年职教周活动信息表-信息工程学院.xlsx",
                                               "2024年职教周活动信息表-智能制造学院.xlsx"]
    assert all(p.parent == folder and p.is_file() for p in written)
    sheet = load_workbook(folder / "2024年职教周活动信息表-信息工程学院.xlsx")[SHEET]
    assert "学院：信息工程学院" in [sheet.cell(r, 1).value for r in range(1, 6)]
    assert boxes[0][0] == "offer" and str(folder) in boxes[0][1]


def test_template_for_one_college_goes_to_its_file(qtbot, flow, db, edition, college_ids, tmp_path, boxes,
                                                    monkeypatch):
    dialog = TemplateDialog(2024, [(college_ids[0], "智能制造学院"), (college_ids[1], "信息工程学院")], tmp_path)
    qtbot.addWidget(dialog)
    dialog.ui.collegeCombo.setCurrentIndex(1)
    assert dialog.output() == tmp_path / "2024年职教周活动信息表-信息工程学院.xlsx"
    dialog.ui.allRadio.setChecked(True)
    assert dialog.output() == tmp_path and dialog.college_id() is None

    def fake_exec(dialog):
        dialog.ui.collegeCombo.setCurrentIndex(1)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(import_flow_module.settings, "last_folder", lambda: str(tmp_path))
    monkeypatch.setattr(TemplateDialog, "exec", fake_exec)
    written = flow.write_templates()
    assert written == [tmp_path / "2024年职教周活动信息表-信息工程学院.xlsx"] and written[0].is_file()


def test_template_dialog_refuses_a_folder_for_one_college(qtbot, tmp_path):
    dialog = TemplateDialog(2024, [(1, "智能制造学院")], tmp_path)
    qtbot.addWidget(dialog)
    dialog.set_output(tmp_path)
    dialog.ui.buttonBox.accepted.emit()
    assert dialog.result() != QDialog.DialogCode.Accepted and not dialog.ui.errorLabel.isHidden()
    assert "文件夹" in dialog.ui.errorLabel.text()


# --------------------------------------------------------------------------------------------- exports, drops


def test_export_activities(flow, db, edition, college_ids, tmp_path, boxes, monkeypatch):
    activity_data.add(db, edition.id, college_ids[0], title="=HYPERLINK(\"x\")展示", need_security=True)
    activity_data.add(db, edition.id, college_ids[1], title="网络安全知识竞赛", need_it=True)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "活动.xlsx"), "")))

    only_first = activities.ActivityFilter(organiser=("college", college_ids[0]))
    exported = flow.export_activities(only_first)

    cells = [c for row in load_workbook(exported).active.iter_rows(values_only=True) for c in row if c]
    assert "=HYPERLINK(\"x\")展示" in cells and "网络安全知识竞赛" not in cells  # the filter, and text stays text
    assert [kind for kind, _ in boxes] == ["offer"]
    assert flow.changes == []  # exports write no data


@pytest.mark.parametrize(("button", "opened"), [("打开文件", "活动.xlsx"), ("打开所在文件夹", ""), ("关闭", None)])
def test_an_export_offers_to_open_the_file_or_its_folder(flow, db, edition, tmp_path, monkeypatch, button, opened):
    """As the org-table PDF does: the saved box opens the workbook, or the folder it was saved in."""
    from PySide6.QtGui import QDesktopServices

    target = tmp_path / "活动.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    urls, offered = [], []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: urls.append(url.toLocalFile()) or True))

    def click(box):
        offered.append([b.text() for b in box.buttons()])
        next(b for b in box.buttons() if b.text() == button).click()
        return 0
    monkeypatch.setattr(QMessageBox, "exec", click)
    assert flow.export_activities() == target
    assert sorted(offered[0]) == sorted(["打开文件", "打开所在文件夹", "关闭"])
    expected = [] if opened is None else [str(tmp_path / opened) if opened else str(tmp_path)]
    assert urls == expected


def test_the_open_dialogs_do_not_offer_xls_files_they_cannot_read(flow, monkeypatch, boxes):
    filters = []
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: filters.append(a[3]) or ([], "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: filters.append(a[3]) or ("", "")))
    flow.choose_and_import()
    flow.import_colleges()
    assert len(filters) == 2 and all("*.xlsx" in f and "*.xls " not in f and "*.xls)" not in f for f in filters)


def test_nothing_happens_without_an_edition(qtbot, db, boxes):
    flow = ImportFlow(None, db, None)
    assert flow.import_files(["x.xlsx"]) is False
    assert boxes == [("information", "请先打开数据库并在工具栏选择一个年度（或新建年度），再导入或导出。")]


def test_workbook_paths_from_a_drop(tmp_path):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "a.xlsx")), QUrl.fromLocalFile(str(tmp_path / "b.txt")),
                  QUrl("https://example.com/c.xlsx"), QUrl.fromLocalFile(str(tmp_path / "旧.XLS"))])
    assert workbook_paths(mime) == [str(tmp_path / "a.xlsx"), str(tmp_path / "旧.XLS")]
    assert workbook_paths(QMimeData()) == [] and workbook_paths(None) == []
