"""The 外出审批 tab driven as a user drives it: every decision from every state (enabled or refused with the reason),
batch approval, late filing, the form, counts and filters, the history, printing, the 保卫处 list, the request
workbook, and the overview's warnings that lead here."""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass

import openpyxl
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox

from tests.gui.widget_input import click_row, column_texts, type_text
from tests.io.pdf.pdf_inspect import all_text
from tests.services.outing_data import outing_in, outing_values
from vocweek_desktop.domain import outings as rules
from vocweek_desktop.gui.dialogs.outing_decision_dialog import OutingDecisionDialog
from vocweek_desktop.gui.dialogs.outing_dialog import OutingDialog
from vocweek_desktop.gui.tabs.outings_tab import OutingsTab
from vocweek_desktop.services import colleges, editions, outings

EXPECTED = {
    ("草稿", "submit"): "已提交", ("已退回", "submit"): "已提交",
    ("已提交", "approve"): "已批准", ("已提交", "return"): "已退回",
    ("草稿", "withdraw"): "已撤回", ("已提交", "withdraw"): "已撤回", ("已退回", "withdraw"): "已撤回",
    ("已批准", "complete"): "已完成",
}
SOON = (dt.datetime.now() + dt.timedelta(days=7)).replace(hour=8, minute=0, second=0, microsecond=0)
BUTTONS = {"submit": "submit_button", "approve": "approve_button", "return": "return_button",
           "withdraw": "withdraw_button", "complete": "complete_button"}
STATE_COLUMN = 1


@dataclass
class Page:
    """The tab under test with its database, edition and colleges."""

    tab: OutingsTab
    db: object
    edition_id: int
    colleges: list

    def add(self, state: str, college: int = 1, **changes) -> int:
        """A request brought into ``state`` by the services; the tab shows it."""
        outing_id = outing_in(self.db, self.edition_id, self.colleges[college].id, state, **changes)
        self.tab.reload()
        return outing_id

    def state(self, outing_id: int) -> str:
        return outings.get_outing(self.db, outing_id).state

    def select(self, qtbot, outing_id: int) -> None:
        click_row(qtbot, self.tab.ui.list_view, self.tab.model.row_of(outing_id))


@pytest.fixture
def page(qtbot, demo_db) -> Page:
    edition_id = editions.list_editions(demo_db)[0].id
    demo_db.operator = "教务处李老师"  # as the window sets it
    tab = OutingsTab()
    qtbot.addWidget(tab)
    tab.set_context(demo_db, edition_id)
    tab.resize(1280, 760)
    tab.show()
    qtbot.waitExposed(tab)
    return Page(tab, demo_db, edition_id, colleges.list_colleges(demo_db, edition_id))


@pytest.fixture
def decisions(monkeypatch, qtbot):
    """Every decision dialog the tab opens: the test's ``answer(dialog)`` fills it in and presses a button (default:
    the comment 理由, then OK); the dialogs are kept in the order they were opened."""
    log = {"dialogs": [], "answer": None}

    def default(dialog):
        dialog.ui.comment_edit.setPlainText("理由")
        qtbot.mouseClick(dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    def fake_exec(dialog):
        qtbot.addWidget(dialog)
        dialog.show()
        log["dialogs"].append(dialog)
        (log["answer"] or default)(dialog)
        if dialog.isVisible():  # the answer left it open (a refusal shown): the user gives up
            dialog.reject()
        return dialog.result()

    monkeypatch.setattr(OutingDecisionDialog, "exec", fake_exec)
    return log


@pytest.mark.parametrize(("state", "action"), list(itertools.product(rules.STATES, rules.ACTIONS)))
def test_every_decision_from_every_state(qtbot, page, decisions, answers, state, action):
    dates = {} if action == "complete" or state == "已完成" else {"departure": SOON,
                                                                  "return_at": SOON + dt.timedelta(hours=9)}
    outing_id = page.add(state, **dates)
    page.select(qtbot, outing_id)
    button = getattr(page.tab.ui, BUTTONS[action])
    expected = EXPECTED.get((state, action))
    assert button.isEnabled() == (expected is not None)
    if expected is None:
        reason = rules.refusal("WC-2024-001", state, action)
        assert button.toolTip() == reason  # a disabled button says why
        # Asked all the same (a shortcut, a stale view): refused with the reason, nothing changed.
        done = page.tab.approve_selected() if action == "approve" else page.tab.decide(action)
        assert done is False and answers["warning"][-1][1] == reason and decisions["dialogs"] == []
        assert page.state(outing_id) == state
        return
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(decisions["dialogs"]) == 1
    assert page.state(outing_id) == expected
    row = page.tab.model.row_of(outing_id)
    assert page.tab.model.index(row, STATE_COLUMN).data() == expected
    assert page.tab.selected_ids() == [outing_id]
    last = outings.history(page.db, outing_id)[-1]
    assert (last.operator, last.before, last.after) == ("教务处李老师", {"state": state},
                                                        {"state": expected, "comment": "理由"})
    assert page.tab.history_model.rowCount() == len(outings.history(page.db, outing_id))


def test_a_decision_refused_by_a_rule_is_shown_in_the_dialog_which_stays_open(qtbot, page, decisions):
    returning = page.add(rules.SUBMITTED, departure=SOON, return_at=SOON + dt.timedelta(hours=5))
    page.select(qtbot, returning)

    def no_reason(dialog):
        qtbot.mouseClick(dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and dialog.ui.error_label.text() == "退回申请时必须填写退回原因"
        assert dialog.ui.comment_edit.property("invalid") is True

    decisions["answer"] = no_reason
    assert page.tab.decide(rules.RETURN) is False
    assert page.state(returning) == "已提交"
    # Another window withdrew it meanwhile: the tab still shows 已提交; the service refuses and the dialog says why.
    outings.withdraw_outing(page.db, returning)
    decisions["answer"] = None
    assert page.tab.decide(rules.RETURN) is False
    assert decisions["dialogs"][-1].ui.error_label.text() == rules.refusal("WC-2024-001", "已撤回", "return")


def test_late_approval_asks_for_the_reason_and_records_it(qtbot, page, decisions):
    outing_id = page.add(rules.SUBMITTED)  # left on 15 May 2024
    page.select(qtbot, outing_id)
    steps = []

    def late(dialog):
        assert not dialog.ui.late_edit.isHidden() and "只能作为补办审批" in dialog.ui.details_label.text()
        ok = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        steps.append(dialog.ui.error_label.text())
        type_text(qtbot, dialog.ui.late_edit, "社区临时邀请，已电话报备")
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    decisions["answer"] = late
    assert page.tab.approve_selected() is True
    assert "补办原因" in steps[0]
    record = outings.get_outing(page.db, outing_id)
    assert (record.state, record.late_reason) == ("已批准", "社区临时邀请，已电话报备")
    assert "补办" in column_texts(page.tab.ui.list_view, page.tab.model.column_of("notes"))[0]


def test_approving_with_papers_missing_is_refused_before_asking(qtbot, page, decisions, answers):
    outing_id = page.add(rules.SUBMITTED, papers=["活动方案"], departure=SOON, return_at=SOON + dt.timedelta(hours=5))
    page.select(qtbot, outing_id)
    assert page.tab.ui.approve_button.isEnabled()
    qtbot.mouseClick(page.tab.ui.approve_button, Qt.MouseButton.LeftButton)
    assert answers["warning"][-1][1] == "申请 WC-2024-001 缺少必备材料：安全应急预案、安全承诺书、学生名单，不能批准"
    assert decisions["dialogs"] == [] and page.state(outing_id) == "已提交"


def test_batch_approval_approves_what_passes_and_lists_the_rest(qtbot, page, decisions, monkeypatch):
    later = {"departure": SOON, "return_at": SOON + dt.timedelta(hours=5)}
    good = [page.add(rules.SUBMITTED, college=1, **later), page.add(rules.SUBMITTED, college=2, **later)]
    missing = page.add(rules.SUBMITTED, college=3, papers=[], **later)
    draft = page.add(rules.DRAFT, college=4, **later)
    shown = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *args: shown.append(args[1:3])))
    page.tab.select_ids([*good, missing, draft])
    assert page.tab.ui.approve_button.isEnabled() and page.tab.ui.print_button.text() == "打印审批表（4份）…"

    def check(dialog):
        text = dialog.ui.details_label.text()
        assert "WC-2024-003 缺少必备材料" in text and "WC-2024-004 当前为“草稿”" in text
        assert "符合条件的 <b>2</b> 份" in dialog.ui.heading_label.text()
        dialog.ui.comment_edit.setPlainText("同意")
        qtbot.mouseClick(dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    decisions["answer"] = check
    assert page.tab.approve_selected() is True
    assert [page.state(i) for i in (*good, missing, draft)] == ["已批准", "已批准", "已提交", "草稿"]
    assert shown[0][0] == "批量批准" and shown[0][1].startswith("已批准 2 份申请，2 份未批准")
    assert page.tab.selected_ids() == good


def test_chips_count_per_state_and_filter_with_college_dates_and_search(qtbot, page):
    page.add(rules.APPROVED, college=1)
    page.add(rules.SUBMITTED, college=2, departure=dt.datetime(2024, 5, 17, 8, 0),
             return_at=dt.datetime(2024, 5, 17, 18, 0), title="智慧助老进社区")
    page.add(rules.DRAFT, college=2)
    chips = page.tab.chips
    assert [chips[key].text() for key in ("all", *rules.STATES)] == [
        "全部 3", "草稿 1", "已提交 1", "已批准 1", "已退回 0", "已撤回 0", "已完成 0"]
    qtbot.mouseClick(chips["已提交"], Qt.MouseButton.LeftButton)
    assert column_texts(page.tab.ui.list_view, 0) == ["WC-2024-002"]
    qtbot.mouseClick(chips["all"], Qt.MouseButton.LeftButton)
    combo = page.tab.ui.college_filter_combo
    combo.setCurrentIndex(combo.findData(page.colleges[2].id))
    assert column_texts(page.tab.ui.list_view, 0) == ["WC-2024-003", "WC-2024-002"]  # by departure
    assert chips["all"].text() == "全部 2" and chips["已批准"].text() == "已批准 0"
    combo.setCurrentIndex(0)
    page.tab.ui.dates_check.setChecked(True)
    page.tab.ui.from_edit.setDate(dt.date(2024, 5, 16))
    assert column_texts(page.tab.ui.list_view, 0) == ["WC-2024-002"]
    page.tab.ui.dates_check.setChecked(False)
    type_text(qtbot, page.tab.ui.search_edit, "助老")
    assert column_texts(page.tab.ui.list_view, 0) == ["WC-2024-002"]
    assert page.tab.ui.hint_label.text() == "显示 1 / 共 3 份申请"


def test_rows_are_coloured_by_state_and_the_panel_shows_the_request_and_its_history(qtbot, page, history_dialogs):
    outing_id = page.add(rules.APPROVED)
    model = page.tab.model
    brush = model.index(0, 2).data(Qt.ItemDataRole.BackgroundRole)
    assert brush.color().name() == "#e6f4ea"
    assert model.index(0, STATE_COLUMN).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#1e7b34"
    page.select(qtbot, outing_id)
    text = page.tab.ui.detail_label.text()
    assert "WC-2024-001" in text and "十陵街道社区" in text and "王强（教师）" in text
    history = page.tab.history_model
    assert [history.index(row, 2).data() for row in range(history.rowCount())] == ["新增", "状态变更", "状态变更"]
    page.tab.history_action.trigger()
    assert history_dialogs[0].windowTitle() == "修改记录 — WC-2024-001 新能源汽车维修进社区"
    assert history_dialogs[0].model.rowCount() == 3


def test_the_panel_names_the_hired_vehicle_and_notes_and_shows_the_latest_decision(qtbot, page):
    outing_id = page.add(rules.SUBMITTED, transport="租用车辆", vehicle_plate="川A·12345", vehicle_company="某某客运公司",
                         driver="赵师傅", papers=[*rules.DEFAULT_REQUIRED_PAPERS, "车辆合同"], notes="午餐自理",
                         departure=SOON, return_at=SOON + dt.timedelta(hours=9))
    for index in range(12):  # a long history: more events than the view shows at once
        values = outings.get_outing(page.db, outing_id).values()
        outings.update_outing(page.db, outing_id, {**values, "destination": f"社区{index}"})
    outings.return_outing(page.db, outing_id, "请补充每组带队教师")
    page.tab.reload()
    page.select(qtbot, outing_id)
    text = page.tab.ui.detail_label.text()
    assert "租用车辆（车牌 川A·12345，某某客运公司，驾驶员 赵师傅）" in text and "午餐自理" in text
    view = page.tab.ui.history_view
    qtbot.wait(50)  # the rows laid out as shown
    bar = view.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == bar.maximum()
    last = view.indexAt(view.viewport().rect().bottomLeft() - QPoint(0, 5))
    assert last.row() == page.tab.history_model.rowCount() - 1


@pytest.fixture
def forms(monkeypatch, qtbot):
    """The request form the tab opens: ``answer(dialog)`` fills it in and saves."""
    log = {"dialogs": [], "answer": None}

    def fake_exec(dialog):
        qtbot.addWidget(dialog)
        dialog.show()
        log["dialogs"].append(dialog)
        log["answer"](dialog)
        if dialog.isVisible():
            dialog.reject()
        return dialog.result()

    monkeypatch.setattr(OutingDialog, "exec", fake_exec)
    return log


def test_a_new_request_from_the_form_and_an_approved_one_edited(qtbot, page, forms, decisions):
    values = outing_values(page.colleges[1].id)

    def fill(dialog):
        ui = dialog.ui
        ui.college_combo.setCurrentIndex(ui.college_combo.findData(page.colleges[1].id))
        for field in ("title", "destination", "lead_teacher", "lead_phone", "emergency_contact", "emergency_phone"):
            type_text(qtbot, getattr(ui, f"{field}_edit"), values[field])
        type_text(qtbot, ui.safety_plan_edit, values["safety_plan"])
        ui.transport_combo.setCurrentIndex(ui.transport_combo.findData("校车"))
        ui.departure_edit.setDateTime(SOON)
        ui.return_edit.setDateTime(SOON + dt.timedelta(hours=8))
        assert dialog.paste_people("王强\t教师\t汽车系\t13800138000\n李雷\t学生\t汽修2201\t") == 2
        assert (ui.teacher_count_spin.value(), ui.student_count_spin.value()) == (1, 1)
        for paper in rules.DEFAULT_REQUIRED_PAPERS:
            dialog.paper_checks[paper].setChecked(True)
        qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)

    forms["answer"] = fill
    record = page.tab.new_outing()
    assert (record.number, record.state, record.total) == ("WC-2024-001", "已提交", 2)
    assert page.tab.selected_ids() == [record.id]
    # Approved, then edited: back to 已提交, the tab says so.
    qtbot.mouseClick(page.tab.ui.approve_button, Qt.MouseButton.LeftButton)
    assert page.state(record.id) == "已批准"
    messages = []
    page.tab.status_message.connect(messages.append)

    def edit(dialog):
        assert "保存修改后将退回“已提交”" in dialog.ui.header_label.text()
        type_text(qtbot, dialog.ui.destination_edit, "洛带古镇")
        qtbot.mouseClick(dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)

    forms["answer"] = edit
    qtbot.keyClick(page.tab.ui.list_view, Qt.Key.Key_Return)
    assert page.state(record.id) == "已提交"
    assert messages[-1] == "已保存外出申请 WC-2024-001：批准后有修改，已退回“已提交”，需要重新审批"
    transition = outings.history(page.db, record.id)[-1]
    assert transition.after["changed"] == ["目的地"]


def test_a_finished_request_opens_read_only(qtbot, page, forms):
    outing_id = page.add(rules.COMPLETED)
    page.select(qtbot, outing_id)
    assert page.tab.ui.edit_button.text() == "查看…"

    def look(dialog):
        assert dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).isHidden()
        assert not dialog.ui.basic_group.isEnabled() and "只能查看" in dialog.ui.header_label.text()
        dialog.reject()

    forms["answer"] = look
    assert page.tab.edit_selected() is None and len(forms["dialogs"]) == 1


def test_printing_the_selected_slips_and_exporting_the_security_list(qtbot, page, offers, monkeypatch, tmp_path):
    approved = page.add(rules.APPROVED)
    submitted = page.add(rules.SUBMITTED, college=2)
    targets = iter([tmp_path / "审批表.pdf", tmp_path / "保卫处.xlsx"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(next(targets)), "")))
    page.tab.select_ids([approved, submitted])
    path = page.tab.print_selected()
    text = all_text(path)
    assert "WC-2024-001" in text and "WC-2024-002" in text and "未批准" in text
    assert offers["shown"][-1][0] == "打印审批表" and "2 份外出活动审批表（2 页）" in offers["shown"][-1][1]
    path = page.tab.export_security_list()
    ws = openpyxl.load_workbook(path).active
    assert ws["D4"].value == "WC-2024-001" and ws["A5"].value == "合计"


def test_a_request_workbook_is_imported_through_the_preview(qtbot, page, monkeypatch, tmp_path):
    from vocweek_desktop.gui.dialogs.import_preview_dialog import ImportPreviewDialog
    from vocweek_desktop.services import outings_workbook

    outing_id = page.add(rules.RETURNED)
    path = outings_workbook.write_request_template(page.db, page.edition_id, tmp_path / "回执.xlsx",
                                                   outing_id=outing_id)
    workbook = openpyxl.load_workbook(path)
    ws = workbook["外出活动申请表"]
    row = next(r[0].row for r in ws.iter_rows(max_col=1) if r[0].value == "*安全预案")  # corrected as asked
    ws[f"B{row}"] = "出发前安全教育；分两组带队；全程购买保险；每日两次点名。"
    workbook.save(path)
    previews = []

    def accept(dialog):
        previews.append(dialog.preview)
        hint = dialog.ui.receivedHint.text()
        assert hint.startswith("记为收到这份外出申请的时间") and "报名" not in hint  # not 附件1's deadline
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPreviewDialog, "exec", accept)
    assert page.tab.import_requests([path]) == 1
    assert previews[0].summary() == "新增 0 份申请，更新 1 份，未变 0 份"
    assert page.state(outing_id) == "已提交" and page.tab.selected_ids() == [outing_id]


def test_the_rules_dialog_changes_the_lead_time_and_papers(qtbot, page, monkeypatch):
    from vocweek_desktop.gui.dialogs.outing_settings_dialog import OutingSettingsDialog

    def answer(dialog):
        dialog.ui.lead_days_spin.setValue(5)
        dialog.paper_checks["安全承诺书"].setChecked(False)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(OutingSettingsDialog, "exec", answer)
    assert page.tab.edit_rules() is True
    assert outings.office_rules(page.db, page.edition_id) == (5, ["活动方案", "安全应急预案", "学生名单"])


def test_an_overview_warning_leads_to_the_request(qtbot, tmp_path):
    from vocweek_desktop.gui.main_window import MainWindow
    from vocweek_desktop.services.database import create_demo

    db = create_demo(tmp_path / "outings.sqlite3", with_activities=True, with_outings=True)
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    overview = window.page("overview") or window.tabs[0]
    warnings = overview.ui.warnings_list
    found = [warnings.item(i) for i in range(warnings.count()) if "WC-2024-001" in warnings.item(i).text()]
    assert found and "尚未标记为已完成" in found[0].text() and "外出审批" in found[0].toolTip()
    overview._on_warning_clicked(found[0])
    tab = window.page("outings")
    assert window.tab_widget.currentWidget() is tab
    assert [record.number for record in tab.selected_records()] == ["WC-2024-001"]
    db.close()


def test_a_refresh_brings_new_colleges_into_the_filter_and_keeps_the_choice(qtbot, page):
    combo = page.tab.ui.college_filter_combo
    combo.setCurrentIndex(combo.findData(page.colleges[2].id))
    added = colleges.add_college(page.db, page.edition_id, {"name": "新成立学院"})
    page.tab.refresh()
    assert combo.findData(added.id) > 0 and combo.currentData() == page.colleges[2].id


def test_a_request_workbook_dropped_on_the_window_is_imported_by_this_tab(qtbot, tmp_path, monkeypatch):
    from vocweek_desktop.gui.main_window import MainWindow
    from vocweek_desktop.services import outings_workbook
    from vocweek_desktop.services.database import create_demo

    db = create_demo(tmp_path / "demo.sqlite3")
    window = MainWindow(db)
    qtbot.addWidget(window)
    edition_id = window.edition_id
    college = colleges.list_colleges(db, edition_id)[1]
    template = outings_workbook.write_request_template(db, edition_id, tmp_path / "申请表.xlsx", college_id=college.id)
    imported = []
    monkeypatch.setattr(OutingsTab, "import_requests", lambda tab, paths=None: imported.append(paths) or 1)
    recorded = []
    monkeypatch.setattr(window.afterweek_flow, "record_files", lambda *a, **k: recorded.append(a) or [])
    assert window.afterweek_flow.route([template]) is True
    assert imported == [[template]] and recorded == []
    assert window.tab_widget.currentWidget() is window.page("outings")
    db.close()
