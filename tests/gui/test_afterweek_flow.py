"""The after-week workflows of the window, driven with qtbot: files recorded (guessed, asked, refused), dropped files
routed, the 附件2 import through the shared preview dialog, templates and the report saved."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget
from sqlalchemy import select

from vocweek_desktop.domain import submissions as kinds
from vocweek_desktop.gui.afterweek_flow import AfterweekFlow
from vocweek_desktop.gui.dialogs.import_preview_dialog import ImportPreviewDialog
from vocweek_desktop.gui.dialogs.submission_dialogs import SubmissionDialog
from vocweek_desktop.gui.dialogs.template_dialog import TemplateDialog
from vocweek_desktop.services import activities, colleges, statistics_templates, submissions
from vocweek_desktop.store.models import Activity, Submission


@pytest.fixture
def setup(db, edition):
    smart = colleges.add_college(db, edition.id, {"name": "智能制造学院", "short_name": "智造"})
    auto = colleges.add_college(db, edition.id, {"name": "汽车工程学院"})
    activities.add_activity(db, edition.id, {"college_id": smart.id, "title": "技能展示",
                                             "first_date": dt.date(2024, 5, 13)})
    return smart, auto


@pytest.fixture
def flow(qtbot, db, edition, setup):
    parent = QWidget()
    qtbot.addWidget(parent)
    controller = AfterweekFlow(parent)
    controller.set_context(db, edition.id)
    controller.changes, controller.statuses = [], []
    controller.data_changed.connect(lambda: controller.changes.append(True))
    controller.status_message.connect(controller.statuses.append)
    return controller


class Boxes(list):
    """Message boxes shown, as (kind, text); ``answers`` says what a kind of box answers."""

    answers: dict


@pytest.fixture
def boxes(monkeypatch):
    calls = Boxes()

    def recorder(kind, answer=QMessageBox.StandardButton.Ok):
        def fake(parent, title, text, *args, **kwargs):
            calls.append((kind, text))
            return boxes_answer.get(kind, answer)
        return staticmethod(fake)

    boxes_answer: dict = {}
    for kind in ("information", "warning", "question"):
        monkeypatch.setattr(QMessageBox, kind, recorder(kind))
    calls.answers = boxes_answer
    return calls


class Asked:
    """Stands in for the user at the 记录提交的材料 form: records what it offered, then picks and answers."""

    def __init__(self, monkeypatch, *, college=None, kind=None, answer=QDialog.DialogCode.Accepted):
        self.seen = []

        def fake_exec(dialog: SubmissionDialog):
            self.seen.append((dialog.ui.files_label.text(), dialog.college_id(), dialog.kind(),
                              dialog.ui.guess_label.text()))
            if college is not None:
                dialog.ui.college_combo.setCurrentIndex(dialog.ui.college_combo.findData(college))
            if kind is not None:
                dialog.ui.kind_combo.setCurrentIndex(dialog.ui.kind_combo.findData(kind))
            return answer

        monkeypatch.setattr(SubmissionDialog, "exec", fake_exec)


def kept(db) -> list[tuple[str, str, str]]:
    with db.transaction() as session:
        return [(r.file_name, r.kind, r.stored_path.split("/")[1]) for r in
                session.scalars(select(Submission).order_by(Submission.id))]


def test_files_whose_names_tell_are_recorded_without_asking(flow, db, tmp_path, boxes, monkeypatch):
    def never(_dialog):
        raise AssertionError("asked although the names tell")

    monkeypatch.setattr(SubmissionDialog, "exec", never)
    report = tmp_path / "智造工作总结.docx"
    report.write_text("总结")
    photo = tmp_path / "汽车工程学院活动照片.jpg"
    photo.write_bytes(b"\xff\xd8 jpeg")
    done = flow.record_files([report, photo])
    assert [(r.college, r.kind) for r in done] == [("智能制造学院", kinds.REPORT), ("汽车工程学院", kinds.MEDIA)]
    assert kept(db) == [("智造工作总结.docx", kinds.REPORT, "智能制造学院"), ("汽车工程学院活动照片.jpg", kinds.MEDIA, "汽车工程学院")]
    assert flow.changes and boxes[-1][0] == "information" and "已记录 2 个文件" in boxes[-1][1]


def test_files_that_do_not_tell_are_asked_about_once(flow, db, tmp_path, boxes, monkeypatch, setup):
    smart, _auto = setup
    asked = Asked(monkeypatch, college=smart.id)
    first, second = tmp_path / "IMG_0001.jpg", tmp_path / "IMG_0002.jpg"
    first.write_bytes(b"one")
    second.write_bytes(b"two")
    done = flow.record_files([first, second])
    [(files, college, kind, hint)] = asked.seen
    assert files == "IMG_0001.jpg\nIMG_0002.jpg" and (college, kind) == (None, kinds.MEDIA)
    assert hint == "没能从文件名判断出学院，请选择。"
    assert len(done) == 2 and {k for _n, k, _c in kept(db)} == {kinds.MEDIA}


def test_nothing_is_recorded_when_the_form_is_cancelled(flow, db, tmp_path, boxes, monkeypatch):
    Asked(monkeypatch, answer=QDialog.DialogCode.Rejected)
    path = tmp_path / "材料.docx"
    path.write_text("x")
    assert flow.record_files([path]) == []
    assert kept(db) == [] and flow.statuses[-1] == "没有记录任何文件。"


def test_the_same_file_again_and_a_name_of_another_college(flow, db, tmp_path, boxes, setup):
    smart, auto = setup
    path = tmp_path / "总结.docx"
    path.write_text("同一份")
    flow.record_files([path], college_id=smart.id, kind=kinds.REPORT)
    flow.record_files([path], college_id=auto.id, kind=kinds.REPORT)
    assert boxes[-1][0] == "warning" and "这个文件已经记录过：智能制造学院的工作总结报告" in boxes[-1][1]
    other = tmp_path / "汽车工程学院总结.docx"
    other.write_text("另一份")
    boxes.answers["question"] = QMessageBox.StandardButton.No
    assert flow.record_files([other], college_id=smart.id, kind=kinds.REPORT) == []
    assert boxes[-2][0] == "question" and "写的是“汽车工程学院”，不是“智能制造学院”" in boxes[-2][1]
    boxes.answers["question"] = QMessageBox.StandardButton.Yes
    assert len(flow.record_files([other], college_id=smart.id, kind=kinds.REPORT)) == 1
    assert len(kept(db)) == 2


def test_drops_are_routed_by_what_they_are(flow, db, edition, tmp_path, monkeypatch, setup):
    smart, _auto = setup
    calls = []
    monkeypatch.setattr(flow, "import_statistics", lambda paths, college_id=None: calls.append(("stats", paths)))
    monkeypatch.setattr(flow, "import_publicity", lambda path: calls.append(("publicity", path)))
    monkeypatch.setattr(flow, "import_registrations", lambda paths: calls.append(("registration", paths)))
    monkeypatch.setattr(flow, "record_files", lambda paths, college_id=None, kind=None:
                        calls.append(("file", paths, college_id, kind)))
    [stats] = statistics_templates.write_templates(db, edition.id, tmp_path / "附件2.xlsx", college_id=smart.id)
    old = tmp_path / "旧.xls"
    old.write_bytes(b"\xd0\xcf")
    note = tmp_path / "总结.pdf"
    note.write_bytes(b"%PDF")
    flow.route([stats, old, note])
    assert calls == [("registration", [old]), ("stats", [stats]), ("file", [note], None, None)]
    calls.clear()
    flow.route([old, note], college_id=smart.id, kind=kinds.REPORT)  # dropped on a cell: that material
    assert calls == [("file", [old, note], smart.id, kinds.REPORT)]


def test_a_statistics_workbook_through_the_preview(flow, db, edition, tmp_path, boxes, monkeypatch, setup):
    smart, _auto = setup
    [path] = statistics_templates.write_templates(db, edition.id, tmp_path / "附件2.xlsx", college_id=smart.id)
    workbook = load_workbook(path)
    workbook["活动情况"]["E7"], workbook["活动情况"]["H7"] = "是", 120
    workbook.save(path)
    seen = []

    def accept(dialog):
        seen.append((dialog.windowTitle(), dialog.banner_warnings[0], dialog.count("updated")))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPreviewDialog, "exec", accept)
    assert flow.import_statistics([path])
    assert seen == [("导入情况统计表 — 预览：附件2.xlsx",
                     "计划 1 项：如期举办 1 项，改期 0 项，取消 0 项，未填写 0 项；报名后新增 0 项", 1)]
    with db.transaction() as session:
        held = session.scalars(select(Activity)).one()
        assert (held.status, held.actual_students) == ("已举办", 120)
    assert kept(db) == [("附件2.xlsx", kinds.STATISTICS, "智能制造学院")]
    assert boxes[-1] == ("information", "“附件2.xlsx”已导入：\n新增活动 0 项，更新 1 项，未变 0 项。")


def test_a_statistics_workbook_rejected_writes_nothing(flow, db, edition, tmp_path, boxes, monkeypatch, setup):
    [path] = statistics_templates.write_templates(db, edition.id, tmp_path / "附件2.xlsx", college_id=setup[0].id)
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    assert not flow.import_statistics([path])
    assert kept(db) == [] and flow.statuses[-1] == "没有导入“附件2.xlsx”，数据库没有改动。"


def test_templates_and_the_report_are_saved_where_asked(flow, db, edition, tmp_path, monkeypatch, offers):
    def choose(dialog):
        dialog.ui.allRadio.setChecked(True)
        dialog.set_output(tmp_path / "附件2")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(TemplateDialog, "exec", choose)
    written = flow.write_statistics_templates()
    assert [p.name for p in written] == ["2024年职教周活动情况统计表-智能制造学院.xlsx",
                                         "2024年职教周活动情况统计表-汽车工程学院.xlsx"]
    assert offers["shown"][-1][2] == ["打开文件夹", "关闭"]
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(tmp_path / "总结"), "")))
    path = flow.export_report(".pdf")
    assert path == tmp_path / "总结.pdf" and path.read_bytes()[:4] == b"%PDF"
    assert offers["shown"][-1][0] == "导出总结报告"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(tmp_path / "总结.xlsx"), "")))
    assert flow.export_report(".xlsx") == tmp_path / "总结.xlsx"


def test_pasted_publicity_goes_through_the_preview(flow, db, edition, monkeypatch, boxes):
    from vocweek_desktop.services import publicity

    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    assert flow.paste_publicity("公众号\t开放日圆满举行\thttps://mp.weixin.qq.com/s/x\n")
    assert [i.title for i in publicity.list_items(db, edition.id)] == ["开放日圆满举行"]
    assert not flow.paste_publicity("")
    assert boxes[-1] == ("information", "剪贴板中没有可粘贴的表格内容")


def test_nothing_happens_without_an_edition(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    controller = AfterweekFlow(parent)
    assert not controller.ready
    assert controller.route(["x.docx"]) is False
    assert controller.record_files(["x.docx"]) == []
    assert controller.export_report() is None
    assert submissions is not None


def test_a_managed_folder_that_cannot_be_written_is_a_refusal_not_a_crash(flow, db, tmp_path, boxes, setup):
    """Where the kept copies go is taken by a file (or a share went read-only): each file is listed as not recorded,
    with why, and nothing is written."""
    smart, _auto = setup
    submissions.files_folder(db).write_text("not a folder")
    report, photo = tmp_path / "总结.docx", tmp_path / "照片.jpg"
    report.write_text("总结")
    photo.write_bytes(b"\xff\xd8")
    assert flow.record_files([report, photo], college_id=smart.id, kind=kinds.REPORT) == []
    kind, text = boxes[-1]
    assert kind == "warning" and text.startswith("没有记录：\n总结.docx：无法写入")
    assert "照片.jpg：无法写入" in text
    assert kept(db) == [] and not flow.changes
