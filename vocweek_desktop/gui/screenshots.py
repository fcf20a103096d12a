"""Pictures of the main window (every tab) and of every dialog, rendered offscreen on a demo database: the
rendering behind ``python -m vocweek_desktop.tools.screenshots``, which sets up the sandbox and the application."""

from __future__ import annotations

import importlib
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from vocweek_desktop.gui.dialogs.error_dialog import ErrorDialog
from vocweek_desktop.gui.main_window import MainWindow
from vocweek_desktop.services.database import create_demo
from vocweek_desktop.store.engine import open_database

WINDOW_SIZE = (1280, 800)


def keep_settings_in(folder: Path) -> None:
    """Point the program's settings (QSettings) at ``folder``, so that the user's own are untouched."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


def _dialog_specs() -> list[tuple[str, str, str, Callable]]:
    """(file name, module, class, factory(cls, db, edition_id, parent)) of every dialog worth a picture."""
    from vocweek_desktop.services import (
        activities,
        activities_import,
        activity_bin,
        colleges,
        editions,
        layout,
        organisation,
        publicity,
        statistics_import,
        statistics_templates,
        submissions,
    )

    def first_college(db, edition_id):
        return colleges.list_colleges(db, edition_id)[0].id

    def first_activity(db, edition_id):
        return activities.fetch_activities(db, edition_id, limit=1)[0].id

    def bin_with_two(cls, db, edition_id, parent):
        rows = activities.fetch_activities(db, edition_id, limit=2, sort_key="title")
        activity_bin.delete_activities(db, [row.id for row in rows])
        return cls(db, edition_id, parent)

    def pasted_preview(cls, db, edition_id, parent):
        college = colleges.list_colleges(db, edition_id)[1]
        rows = [["活动名称", "活动类别", "活动日期", "开始时间", "结束时间", "活动地点", "预计参与学生数"],
                ["汽车美容公益服务", "社会服务", "5月15日", "9：30", "下午3点", "学校南门广场", "约200人"],
                ["新能源汽车拆装体验", "校园开放", "5月32日", "14:00", "16:00", "汽车实训中心", "60人"],
                ["云上汽车文化展", "数字化展览", "2024/5/16", "", "", "学院公众号", "若干"]]
        preview = activities_import.preview_rows(db, edition_id, rows, college_id=college.id)
        names = [(c.id, c.name) for c in colleges.list_colleges(db, edition_id)]
        return cls(preview, parent, colleges=names)

    def college_history(cls, db, edition_id, parent):
        college = colleges.list_colleges(db, edition_id)[1]
        db.operator = "李老师"
        values = {name: getattr(college, name) for name, _label in colleges.COLLEGE_COLUMNS}
        colleges.update_college(db, college.id, {**values, "dean": "刘洋", "teacher_count": 90})
        colleges.move_college(db, college.id, -1)
        return cls(db, entity="college", entity_id=college.id, title=college.name, parent=parent)

    def first_outing(db, edition_id, state):
        from vocweek_desktop.services import outings

        return next(r.id for r in outings.list_outings(db, edition_id) if r.state == state)

    def outing_decision(cls, db, edition_id, parent):
        return cls("approve", "批准外出申请 <b>WC-2024-002</b>（信息工程学院（示例），“访企拓岗”校友寻访）。",
                   lambda comment, late: None, late=True,
                   notes=["出发时间（5月14日 08:30）已过：只能作为补办审批，请写明补办原因。"], parent=parent)

    def template(cls, db, edition_id, parent):
        names = [(c.id, c.name) for c in colleges.list_colleges(db, edition_id)]
        return cls(2024, names, Path.home(), parent)

    def submission(cls, db, edition_id, parent):
        names = [(c.id, c.name) for c in colleges.list_colleges(db, edition_id)]
        return cls([Path("IMG_2031.jpg"), Path("IMG_2032.jpg"), Path("活动视频.mp4")], names,
                   submissions.list_kinds(db, edition_id), kind="新闻图片影像资料", guessed=True, parent=parent)

    def extension(cls, db, edition_id, parent):
        edition = editions.get_edition(db, edition_id)
        return cls("现代农业学院（示例）", "附件2 情况统计表", edition.report_deadline, parent=parent)

    def statistics_preview(cls, db, edition_id, parent):
        import tempfile as scratch

        from openpyxl import load_workbook

        college = colleges.list_colleges(db, edition_id)[8]  # its 附件2 has not come in yet
        folder = Path(scratch.mkdtemp())
        [path] = statistics_templates.write_templates(db, edition_id, folder / "现代农业学院-附件2.xlsx",
                                                      college_id=college.id)
        workbook = load_workbook(path)
        sheet = workbook["活动情况"]
        sheet["E7"], sheet["F7"], sheet["G7"], sheet["H7"] = "改期", "5月17日", 8, 150
        sheet["E8"], sheet["L8"] = "否", "合作企业临时取消"
        sheet.append([None, "农业科技下乡", "社会服务", None, "是", "5月16日", 6, 120, 40, "某某农业合作社", 1])
        sheet.append([None, "红色文化讲座", "特色主题活动", None, "是", "5月32日", 3, "约80人"])
        workbook["学院汇总"]["D4"], workbook["学院汇总"]["E4"] = 20, 410
        workbook.save(path)
        preview = statistics_import.preview_workbook(db, edition_id, path)
        names = [(c.id, c.name) for c in colleges.list_colleges(db, edition_id)]
        return cls(preview, parent, colleges=names)

    return [
        ("dialog-edition", "vocweek_desktop.gui.dialogs.edition_dialog", "EditionDialog",
         lambda cls, db, ed, parent: cls(db, ed, parent)),
        ("dialog-new-edition", "vocweek_desktop.gui.dialogs.edition_dialog", "NewEditionDialog",
         lambda cls, db, ed, parent: cls(db, parent)),
        ("dialog-college-edit", "vocweek_desktop.gui.dialogs.college_dialog", "CollegeDialog",
         lambda cls, db, ed, parent: cls(db, ed, first_college(db, ed), parent=parent)),
        ("dialog-college-new", "vocweek_desktop.gui.dialogs.college_dialog", "CollegeDialog",
         lambda cls, db, ed, parent: cls(db, ed, parent=parent)),
        ("dialog-department", "vocweek_desktop.gui.dialogs.organisation_dialogs", "DepartmentDialog",
         lambda cls, db, ed, parent: cls(db, ed, organisation.list_departments(db, ed)[0].id, parent=parent)),
        ("dialog-member", "vocweek_desktop.gui.dialogs.organisation_dialogs", "MemberDialog",
         lambda cls, db, ed, parent: cls(db, ed, organisation.list_leadership(db, ed)[0].id, parent=parent)),
        ("dialog-activity-edit", "vocweek_desktop.gui.dialogs.activity_dialog", "ActivityDialog",
         lambda cls, db, ed, parent: cls(db, ed, first_activity(db, ed), parent)),
        ("dialog-activity-new", "vocweek_desktop.gui.dialogs.activity_dialog", "ActivityDialog",
         lambda cls, db, ed, parent: cls(db, ed, None, parent)),
        ("dialog-import-preview", "vocweek_desktop.gui.dialogs.import_preview_dialog", "ImportPreviewDialog",
         pasted_preview),
        ("dialog-template", "vocweek_desktop.gui.dialogs.template_dialog", "TemplateDialog", template),
        ("dialog-recycle-bin", "vocweek_desktop.gui.dialogs.recycle_bin_dialog", "RecycleBinDialog", bin_with_two),
        ("dialog-history-record", "vocweek_desktop.gui.dialogs.history_dialog", "HistoryDialog", college_history),
        ("dialog-history", "vocweek_desktop.gui.dialogs.history_dialog", "HistoryDialog",
         lambda cls, db, ed, parent: cls(db, edition_id=ed, title="2024 年度", parent=parent)),
        ("dialog-plaza", "vocweek_desktop.gui.booth_editor.dialogs", "PlazaDialog",
         lambda cls, db, ed, parent: cls(layout.get_layout(db, ed).plaza, parent)),
        ("dialog-add-booths", "vocweek_desktop.gui.booth_editor.dialogs", "AddBoothsDialog",
         lambda cls, db, ed, parent: cls(parent, "C")),
        ("dialog-auto-number", "vocweek_desktop.gui.booth_editor.dialogs", "AutoNumberDialog",
         lambda cls, db, ed, parent: cls(12, parent, "A")),
        ("dialog-map", "vocweek_desktop.gui.booth_editor.dialogs", "MapDialog",
         lambda cls, db, ed, parent: cls(parent, (60.0, 40.0))),
        ("dialog-submission", "vocweek_desktop.gui.dialogs.submission_dialogs", "SubmissionDialog", submission),
        ("dialog-extension", "vocweek_desktop.gui.dialogs.submission_dialogs", "ExtensionDialog", extension),
        ("dialog-publicity", "vocweek_desktop.gui.dialogs.publicity_dialog", "PublicityDialog",
         lambda cls, db, ed, parent: cls(db, ed, publicity.list_items(db, ed)[2].id, parent)),
        ("dialog-statistics-preview", "vocweek_desktop.gui.dialogs.import_preview_dialog", "ImportPreviewDialog",
         statistics_preview),
        ("dialog-outing-edit", "vocweek_desktop.gui.dialogs.outing_dialog", "OutingDialog",
         lambda cls, db, ed, parent: cls(db, ed, first_outing(db, ed, "已提交"), parent)),
        ("dialog-outing-new", "vocweek_desktop.gui.dialogs.outing_dialog", "OutingDialog",
         lambda cls, db, ed, parent: cls(db, ed, None, parent)),
        ("dialog-outing-decision", "vocweek_desktop.gui.dialogs.outing_decision_dialog", "OutingDecisionDialog",
         outing_decision),
        ("dialog-outing-settings", "vocweek_desktop.gui.dialogs.outing_settings_dialog", "OutingSettingsDialog",
         lambda cls, db, ed, parent: cls(db, ed, parent)),
    ]


def _grab(widget, path: Path, app) -> Path:
    widget.show()
    for _ in range(3):
        app.processEvents()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(f"wrote {path}")
    return path


def _file_stem(tab) -> str:
    name = type(tab).__name__
    return "main-" + (name[:-3] if name.endswith("Tab") else name).lower()


def render(app: QApplication, out: Path, *, sandbox: Path, log_file: Path | None, docs_file: Path | None,
           qt_message: Callable) -> list[Path]:
    """Write every picture into ``out`` (and the main window's into ``docs_file`` when given); returns the files.

    ``sandbox`` holds the demo databases; ``qt_message`` takes Qt's own warnings (to the log, not the terminal).
    """
    qInstallMessageHandler(qt_message)
    out = Path(out)
    written: list[Path] = []

    db = create_demo(sandbox / "示例数据库.sqlite3", with_activities=True, with_layout=True, with_outings=True,
                     with_afterweek=True, with_awards=True)
    window = MainWindow(db, log_file=log_file)
    window.resize(*WINDOW_SIZE)
    window.show()
    app.processEvents()
    for index, tab in enumerate(window.tabs):
        window.tab_widget.setCurrentIndex(index)
        written.append(_grab(window, out / f"{_file_stem(tab)}.png", app))
    window.tab_widget.setCurrentIndex(0)
    overview = window.tabs[0]
    if hasattr(overview, "pages"):  # 概览's second page: the submissions matrix
        overview.pages.setCurrentIndex(1)
        written.append(_grab(window, out / "main-overview-submissions.png", app))
        overview.pages.setCurrentIndex(0)
    app.processEvents()
    if docs_file is not None:
        written.append(_grab(window, docs_file, app))

    about = window.about_dialog()
    written.append(_grab(about, out / "dialog-about.png", app))
    about.close()

    try:
        {"信息工程学院": 1}["智能制造学院"]
    except KeyError as exc:
        details = "".join(traceback.format_exception(exc))
    error = ErrorDialog("KeyError: '智能制造学院'\n（位置：colleges_pane.py 第 120 行，edit）", details,
                        log_file, window)
    written.append(_grab(error, out / "dialog-error.png", app))
    error.close()

    edition_id = window.edition_id
    for stem, module_name, class_name, factory in _dialog_specs():
        try:
            cls = getattr(importlib.import_module(module_name), class_name)
        except (ImportError, AttributeError):
            print(f"skipped {stem}: {module_name}.{class_name} not found")
            continue
        dialog = factory(cls, db, edition_id, window)
        written.append(_grab(dialog, out / f"{stem}.png", app))
        dialog.close()

    empty_db = open_database(sandbox / "空数据库.sqlite3")
    window.set_database(empty_db)
    written.append(_grab(window, out / "main-empty.png", app))
    window.close()
    return written


