"""The 活动总结 tab driven as a user drives it, on the demo after the week: the colleges' figures, the publicity list
(add, edit, delete, paste, import, export), and the commands of the week's end."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QFileDialog

from tests.gui.widget_input import click_row, column_texts, double_click_row, type_text
from vocweek_desktop.gui.dialogs.import_preview_dialog import ImportPreviewDialog
from vocweek_desktop.gui.dialogs.publicity_dialog import PublicityDialog
from vocweek_desktop.gui.tabs.afterweek_tab import AfterweekTab
from vocweek_desktop.services import editions, publicity, report
from vocweek_desktop.services.activities import ActivityFilter
from vocweek_desktop.services.database import create_demo

HEADERS = ["学院", "计划", "举办", "改期", "取消", "新增", "未填报", "教师人次", "学生人次", "公众人次", "教师参与率",
           "学生参与率", "合作企业", "宣传报道"]


@dataclass
class Page:
    tab: AfterweekTab
    db: object
    edition_id: int


@pytest.fixture(scope="module")
def after_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("afterweek") / "demo.sqlite3"
    create_demo(path, with_afterweek=True).close()
    return path


@pytest.fixture
def page(qtbot, after_file, tmp_path) -> Page:
    import shutil

    from vocweek_desktop.store.engine import open_database

    copy = tmp_path / "demo.sqlite3"
    shutil.copy(after_file, copy)
    db = open_database(copy)
    edition_id = editions.list_editions(db)[0].id
    tab = AfterweekTab()
    qtbot.addWidget(tab)
    tab.set_context(db, edition_id)
    tab.resize(1280, 800)
    tab.show()
    qtbot.waitExposed(tab)
    yield Page(tab, db, edition_id)
    db.close()


def open_form():
    return QApplication.activeModalWidget()


def test_the_colleges_figures_are_the_reports(page):
    view = page.tab.ui.colleges_view
    model = view.model()
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == HEADERS
    data = report.week_report(page.db, page.edition_id)
    first = data.colleges[0]
    assert [model.index(0, c).data() for c in range(5)] == [first.name, str(first.planned), str(first.held),
                                                            str(first.moved), str(first.cancelled)]
    assert model.index(0, HEADERS.index("教师参与率")).data() == f"{first.teacher_ratio * 100:.1f}%"
    last = model.rowCount() - 1
    assert model.index(last, HEADERS.index("教师参与率")).data() == "—"  # its 附件2 has not come in
    summary = page.tab.ui.summary_label.text()
    assert f"举办 <b>{data.held}</b> 项" in summary and f"宣传报道 {data.publicity_total} 篇" in summary
    assert page.tab.tab_title() == "活动总结"


def test_a_double_click_shows_the_colleges_activities(qtbot, page):
    asked = []
    page.tab.navigate.connect(lambda name, payload: asked.append((name, payload)))
    double_click_row(qtbot, page.tab.ui.colleges_view, 0, 0)
    first = report.week_report(page.db, page.edition_id).colleges[0]
    assert asked == [("activities", ActivityFilter(organiser=("college", first.college_id)))]


def test_add_edit_and_delete_a_publicity_item(qtbot, page, answers):
    pane = page.tab.publicity
    before = pane.model.total_count()
    qtbot.mouseClick(pane.buttons["add"], Qt.MouseButton.LeftButton)
    dialog = open_form()
    assert isinstance(dialog, PublicityDialog) and dialog.windowTitle() == "新增宣传报道"
    save = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "标题不能为空" in dialog.ui.error_label.text()  # refused, kept open
    dialog.ui.channel_combo.setCurrentIndex(dialog.ui.channel_combo.findData("抖音"))
    type_text(qtbot, dialog.ui.title_edit, "职教周短视频合集")
    type_text(qtbot, dialog.ui.link_edit, "https://www.douyin.com/video/1")
    dialog.ui.college_combo.setCurrentIndex(1)
    assert dialog.ui.activity_combo.count() >= 2  # the college's activities are offered
    dialog.ui.activity_combo.setCurrentIndex(1)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert pane.model.total_count() == before + 1
    [item] = [i for i in publicity.list_items(page.db, page.edition_id) if i.title == "职教周短视频合集"]
    assert (item.channel, item.level, item.college) == ("抖音", "校级媒体", dialog.ui.college_combo.itemText(1))
    assert pane.selected_ids() == [item.id]

    pane.edit(item.id)
    dialog = open_form()
    assert dialog.ui.title_edit.text() == "职教周短视频合集" and dialog.ui.activity_combo.currentData() == item.activity_id
    dialog.ui.title_edit.setText("职教周短视频合集（上）")
    qtbot.mouseClick(dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert publicity.get_item(page.db, item.id).title == "职教周短视频合集（上）"

    pane.select(item.id)
    pane.delete_selected()
    assert answers["question"][-1][1] == "确定删除宣传报道“职教周短视频合集（上）”吗？此操作不能撤销。"
    assert pane.model.total_count() == before


def test_search_and_copy(qtbot, page):
    pane = page.tab.publicity
    type_text(qtbot, pane.search_edit, "省级")
    assert column_texts(pane.view, 1) == ["省级媒体"] and pane.count_label.text() == "显示 1 / 共 10 篇"
    click_row(qtbot, pane.view, 0)
    text = pane.copy_selection()
    assert text.splitlines()[0].split("\t")[:4] == ["发布日期", "渠道", "级别", "标题"]
    assert QGuiApplication.clipboard().text() == text


def test_rows_pasted_from_excel(qtbot, page, monkeypatch):
    pane = page.tab.publicity
    seen = []

    def accept(dialog):
        seen.append(dialog.count("added"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPreviewDialog, "exec", accept)
    QGuiApplication.clipboard().setText("渠道\t标题\t链接\n公众号\t开放日圆满举行\thttps://mp.weixin.qq.com/s/new\n")
    pane.view.setFocus()
    pane.paste_action.trigger()
    assert seen == [1]
    assert "开放日圆满举行" in column_texts(pane.view, 3)


def test_export_and_import_the_list(qtbot, page, monkeypatch, offers, tmp_path):
    pane = page.tab.publicity
    target = tmp_path / "宣传报道.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    qtbot.mouseClick(pane.export_button, Qt.MouseButton.LeftButton)
    assert target.is_file() and offers["shown"][-1][0] == "导出宣传报道"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(target), "")))
    seen = []

    def look(dialog):
        seen.append((dialog.count("added"), dialog.count("unchanged")))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ImportPreviewDialog, "exec", look)
    qtbot.mouseClick(pane.import_button, Qt.MouseButton.LeftButton)
    assert seen == [(0, 10)]  # the list imports back onto itself


def test_the_weeks_end_buttons(qtbot, page, monkeypatch):
    calls = []
    flow = page.tab.flow
    for name in ("write_statistics_templates", "choose_and_import_statistics", "export_report"):
        monkeypatch.setattr(flow, name, lambda *args, name=name: calls.append((name, args)))
    ui = page.tab.ui
    for button in (ui.templates_button, ui.import_button, ui.report_pdf_button, ui.report_xlsx_button):
        assert button.isEnabled()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert calls == [("write_statistics_templates", ()), ("choose_and_import_statistics", ()),
                     ("export_report", (".pdf",)), ("export_report", (".xlsx",))]
    texts = [a.text() for a in page.tab.edit_actions() if a.text()]
    assert "粘贴宣传报道" in texts and "导出总结报告…" in texts


def test_without_an_edition(qtbot):
    tab = AfterweekTab()
    qtbot.addWidget(tab)
    tab.set_context(None, None)
    assert tab.ui.summary_label.text() == "没有选择年度。"
    assert not tab.ui.templates_button.isEnabled() and tab.model.rowCount() == 0
    assert not tab.publicity.buttons["add"].isEnabled()


def test_changes_elsewhere_show_when_the_tab_is_shown_again(qtbot, page):
    before = page.tab.publicity.model.total_count()
    page.tab.hide()
    publicity.add_item(page.db, page.edition_id, {"channel": "微博", "title": "别处新增的报道"})
    page.tab.refresh()
    assert page.tab.publicity.model.total_count() == before  # hidden: read when shown
    page.tab.show()
    qtbot.waitUntil(lambda: page.tab.publicity.model.total_count() == before + 1)
    assert f"宣传报道 {before + 1} 篇" in page.tab.ui.summary_label.text()
