"""The 外出活动申请表 workbook: template out, filled in and imported through the shared pipeline (preview, problems
by cell, nothing written until confirmed), re-imported to update, and refused when its input is bad."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from tests.services.audit_events import event_count
from tests.services.outing_data import BEFORE, outing_in
from vocweek_desktop.domain import outings as rules
from vocweek_desktop.domain.errors import ValidationError
from vocweek_desktop.io.excel_safety import WorkbookError
from vocweek_desktop.services import activities, imports, outings, outings_workbook

RECEIVED = dt.datetime(2024, 5, 9, 16, 30)
FORM = "外出活动申请表"
PEOPLE = "参与人员"


def cell_of(ws, label: str) -> str:
    """The value cell beside ``label`` in column A (a * may mark it required)."""
    for row in ws.iter_rows(min_col=1, max_col=1):
        if str(row[0].value or "").lstrip("*") == label:
            return f"B{row[0].row}"
    raise AssertionError(f"no label {label}")


def fill(path, values: dict[str, object], people=None):
    """Type the request into the template as a college would: values by label, people under the example row."""
    workbook = openpyxl.load_workbook(path)
    ws = workbook[FORM]
    for label, value in values.items():
        ws[cell_of(ws, label)] = value
    if people is not None:
        sheet = workbook[PEOPLE]
        for row in range(5, sheet.max_row + 1):
            for column in range(1, 5):
                sheet.cell(row, column).value = None
        for offset, person in enumerate(people):
            for column, value in enumerate(person, start=1):
                sheet.cell(5 + offset, column).value = value
    workbook.save(path)
    return path


FILLED = {"学院": "汽车工程学院", "活动名称": "新能源汽车维修进社区", "目的地": "十陵街道社区", "详细地址": "龙泉驿区十陵街道",
          "出发时间": "5月15日 8:00", "返回时间": dt.datetime(2024, 5, 15, 17, 30), "教师人数": 1, "学生人数": "2人",
          "带队教师": "王强", "带队教师电话": "13800138000", "交通方式": "校车", "是否购买保险": "否",
          "安全预案": "行前安全教育，分组带队。", "紧急联系人": "张主任", "紧急联系电话": "028-37330356",
          "活动方案": "是", "安全应急预案": "是", "安全承诺书": "√", "学生名单": "是", "车辆合同": "否"}
PEOPLE_ROWS = [["王强", "教师", "汽车系", "13800138000"], ["李雷", "学生", "汽修2201", None],
               ["韩梅梅", "同学", "汽修2201", "13900139000"]]


@pytest.fixture
def template(env, tmp_path):
    """汽车工程学院's template, with its off-campus activity in the dropdown."""
    activities.add_activity(env.db, env.edition.id, {"college_id": env.auto.id, "title": "汽修进社区",
                                                     "category": "社会服务", "first_date": dt.date(2024, 5, 15),
                                                     "off_campus": True})
    return outings_workbook.write_request_template(env.db, env.edition.id, tmp_path / "申请表.xlsx",
                                                   college_id=env.auto.id)


def test_the_template_is_a_labelled_form_with_a_list_of_people(env, template):
    workbook = openpyxl.load_workbook(template)
    assert workbook.sheetnames[:2] == [FORM, PEOPLE] and workbook.active.title == FORM
    ws = workbook[FORM]
    assert ws["A1"].value == "2024年职教周外出活动申请表"
    assert ws[cell_of(ws, "学院")].value == "汽车工程学院"
    uid_row = int(cell_of(ws, "申请ID")[1:])
    assert ws.row_dimensions[uid_row].hidden
    assert ws.page_setup.orientation == "portrait"
    rules_by_cell = {str(dv.sqref): dv.formula1 for dv in ws.data_validations.dataValidation}
    assert rules_by_cell[cell_of(ws, "交通方式")] == '"步行,校车,租用车辆,公共交通,其他"'
    assert rules_by_cell[cell_of(ws, "相关活动")] == '"汽修进社区"'
    people = workbook[PEOPLE]
    assert [c.value for c in people[3]][:4] == ["姓名", "身份", "班级或单位", "联系电话"]
    assert people["A4"].value == "张三" and people.column_dimensions["E"].hidden


def test_a_filled_request_is_previewed_then_lands_in_submitted_with_its_received_time(env, template):
    db, ed = env.db, env.edition.id
    fill(template, {**FILLED, "相关活动": "汽修进社区"}, PEOPLE_ROWS)
    events = event_count(db)
    preview = outings_workbook.preview_request(db, ed, template, received_at=RECEIVED)
    assert event_count(db) == events and outings.list_outings(db, ed) == []  # the preview wrote nothing
    assert [p.text for p in preview.problems] == [] and preview.summary() == "新增 1 份申请，更新 0 份，未变 0 份"
    assert preview.deadline is None  # the 报名截止 is 附件1's: a request is never "late" by it
    item = preview.to_add[0]
    assert (item.values["college"], item.values["departure"]) == ("汽车工程学院", dt.datetime(2024, 5, 15, 8, 0))
    result = imports.apply_import(db, preview)
    assert result.added == 1
    record = outings.list_outings(db, ed)[0]
    assert (record.number, record.state, record.received_at, record.submitted_at) == (
        "WC-2024-001", "已提交", RECEIVED, RECEIVED)
    assert (record.activity_title, record.student_count, record.source_kind) == ("汽修进社区", 2, "import")
    assert [p.name for p in record.participants] == ["王强", "李雷", "韩梅梅"]
    assert record.participants[2].role == "学生" and record.papers == rules.DEFAULT_REQUIRED_PAPERS
    steps = [(e.action, (e.after or {}).get("state"), (e.after or {}).get("comment")) for e in
             outings.history(db, record.id)]
    # Created, then filed: the history reads in the order things happened.
    assert steps == [("create", None, None), ("transition", "已提交", "导入申请表“申请表.xlsx”（收到于 5月9日 16:30）")]
    assert outings.history(db, record.id)[0].after["college"] == "汽车工程学院"


def test_the_same_request_re_imported_updates_it_by_hidden_id_or_by_number(env, tmp_path):
    db, ed = env.db, env.edition.id
    outing_id = outing_in(db, ed, env.auto.id, rules.APPROVED)
    path = outings_workbook.write_request_template(db, ed, tmp_path / "WC-2024-001.xlsx", outing_id=outing_id)
    ws = openpyxl.load_workbook(path)[FORM]
    assert ws[cell_of(ws, "申请编号")].value == "WC-2024-001" and ws[cell_of(ws, "申请ID")].value
    # Exported and read back unchanged: nothing to do.
    preview = outings_workbook.preview_request(db, ed, path, received_at=RECEIVED)
    assert (len(preview.unchanged), preview.problems) == (1, [])
    fill(path, {"目的地": "洛带古镇", "学生人数": 3}, [*PEOPLE_ROWS, ["赵六", "学生", "汽修2202", ""]])
    # Unmatched list: the form changed the people but 教师人数 stays 1.
    preview = outings_workbook.preview_request(db, ed, path, received_at=RECEIVED)
    assert preview.problems == [] and len(preview.to_update) == 1
    changes = preview.to_update[0].changes
    assert changes["destination"] == ("十陵街道社区", "洛带古镇") and changes["student_count"] == (2, 3)
    assert changes["participants"][1][-1] == "赵六（学生，汽修2202）"
    imports.apply_import(db, preview)
    record = outings.get_outing(db, outing_id)
    assert (record.state, record.destination, record.total) == ("已提交", "洛带古镇", 4)  # approved → filed again
    *_, update, transition = outings.history(db, outing_id)  # what changed, then what it did to the approval
    assert update.action == "update" and update.after["destination"] == "洛带古镇"
    assert transition.before == {"state": "已批准"} and "需重新审批" in transition.after["comment"]
    assert "目的地" in transition.after["changed"]
    # The hidden id cleared: matched by its number instead.
    fill(path, {"申请ID": None, "目的地": "黄龙溪古镇"})
    preview = outings_workbook.preview_request(db, ed, path, received_at=RECEIVED)
    assert [item.record_id for item in preview.to_update] == [outing_id]
    imports.apply_import(db, preview)
    assert outings.get_outing(db, outing_id).destination == "黄龙溪古镇"
    assert len(outings.list_outings(db, ed)) == 1


def problems_of(env, path) -> list[str]:
    preview = outings_workbook.preview_request(env.db, env.edition.id, path, received_at=RECEIVED)
    with pytest.raises(ValidationError):
        imports.apply_import(env.db, preview)
    assert outings.list_outings(env.db, env.edition.id) == []
    return [p.text for p in preview.problems]


def test_bad_input_is_named_by_sheet_and_cell_and_nothing_is_written(env, template):
    ws = openpyxl.load_workbook(template)[FORM]
    college, back, teachers, phone = (cell_of(ws, label) for label in ("学院", "返回时间", "教师人数", "带队教师电话"))
    fill(template, {**FILLED, "学院": "外国语学院"}, PEOPLE_ROWS)
    assert problems_of(env, template) == [f"外出活动申请表!{college}：学院“外国语学院”不在本年度的学院名单中"]
    fill(template, {**FILLED, "返回时间": "5月15日 7:00"}, PEOPLE_ROWS)
    assert problems_of(env, template) == [
        f"外出活动申请表!{back}：返回时间（5月15日 07:00）应晚于出发时间（5月15日 08:00）"]
    fill(template, {**FILLED, "教师人数": 2}, PEOPLE_ROWS)
    assert problems_of(env, template) == [f"外出活动申请表!{teachers}：教师人数填写为 2，但参与人员名单中有 1 名教师"]
    fill(template, {**FILLED, "带队教师电话": None}, PEOPLE_ROWS)
    assert problems_of(env, template) == [f"外出活动申请表!{phone}：带队教师“王强”没有填写联系电话"]
    fill(template, FILLED, [["王强", "教师", "汽车系", "123"], ["", "学生", "汽修2201", None],
                            ["韩梅梅", "家长", None, None]])
    assert problems_of(env, template) == [
        "参与人员!D5：联系电话“123”格式不正确：应为手机号（如 13800138000）或带区号的座机（如 028-37330356，分机写作 "
        "028-37330356转8001）",
        "参与人员!A6：姓名不能为空", "参与人员!B7：身份“家长”无效，应为 教师 或 学生"]
    fill(template, {**FILLED, "教师人数": None, "学生人数": None}, [])
    assert problems_of(env, template) == ["参与人员：参与人员名单为空：请至少填写一名参与人员"]
    fill(template, {**FILLED, "出发时间": "5月15日", "学生人数": "很多"}, PEOPLE_ROWS)
    texts = problems_of(env, template)
    assert f"外出活动申请表!{cell_of(ws, '出发时间')}：出发时间“5月15日”缺少时刻，请写成 5月15日 8:00" in texts
    assert f"外出活动申请表!{cell_of(ws, '学生人数')}：学生人数“很多”不是整数，请填写具体数字（如 200）" in texts


def test_a_workbook_without_the_form_or_its_list_is_refused(env, tmp_path):
    workbook = openpyxl.Workbook()
    workbook.active.append(["姓名", "身份"])
    workbook.save(tmp_path / "名单.xlsx")
    with pytest.raises(WorkbookError, match="没有找到外出活动申请表"):
        outings_workbook.preview_request(env.db, env.edition.id, tmp_path / "名单.xlsx")
    workbook = openpyxl.Workbook()
    ws = workbook.active
    for row in (["学院：汽车工程学院"], ["活动名称", "汽修进社区"], ["目的地", "社区"]):
        ws.append(row)
    workbook.save(tmp_path / "无名单.xlsx")
    preview = outings_workbook.preview_request(env.db, env.edition.id, tmp_path / "无名单.xlsx")
    assert preview.problems[0].text.startswith("参与人员：“无名单.xlsx”中没有“参与人员”工作表")
    assert preview.to_add == []


def test_a_hand_made_workbook_is_read_by_its_labels(env, tmp_path):
    """A college that typed its own form: labels with colons and（必填）, pairs on one row, another sheet name."""
    workbook = openpyxl.Workbook()
    ws = workbook.active
    ws.title = "申请"
    rows = [["外出活动申请"], ["学院：汽车工程学院"],
            ["活动名称（必填）", "新能源汽车维修进社区", "目的地：", "十陵街道社区"],
            ["出发时间", "2024/5/15 8:00", "返回时间", "2024/5/15 17:30"],
            ["带队老师", "王强", "联系电话", "138 0013 8000"], ["出行方式", "校车"], ["保险", "否"],
            ["安全措施", "行前教育"], ["紧急联系人", "张主任", "紧急联系电话", "02837330356"],
            ["活动方案", "是", "安全应急预案", "是"], ["安全承诺书", "是", "学生名单", "是"]]
    for row in rows:
        ws.append(row)
    people = workbook.create_sheet("参与人员")
    people.append(["序号", "姓名", "身份", "班级"])
    people.append([1, "王强", "老师", "汽车系"])
    people.append([2, "李雷", "学生", "汽修2201"])
    workbook.save(tmp_path / "自制.xlsx")
    preview = outings_workbook.preview_request(env.db, env.edition.id, tmp_path / "自制.xlsx")
    assert [p.text for p in preview.problems] == []
    values = preview.to_add[0].values
    assert (values["destination"], values["lead_phone"], values["teacher_count"], values["student_count"]) == (
        "十陵街道社区", "13800138000", 1, 1)  # the one phone rule: digits only


def test_a_closed_request_is_not_updated_and_another_colleges_file_is_refused(env, tmp_path):
    db, ed = env.db, env.edition.id
    withdrawn = outing_in(db, ed, env.auto.id, rules.WITHDRAWN)
    path = outings_workbook.write_request_template(db, ed, tmp_path / "a.xlsx", outing_id=withdrawn)
    fill(path, {"目的地": "别处"})
    preview = outings_workbook.preview_request(db, ed, path)
    assert [p.message for p in preview.problems] == ["申请 WC-2024-001 当前为“已撤回”，已经结束，不能再导入更新"]
    submitted = outing_in(db, ed, env.auto.id, rules.SUBMITTED)
    path = outings_workbook.write_request_template(db, ed, tmp_path / "b.xlsx", outing_id=submitted)
    fill(path, {"学院": "智能制造学院"})
    preview = outings_workbook.preview_request(db, ed, path)
    assert [p.message for p in preview.problems] == ["申请表写的是“智能制造学院”，而申请 WC-2024-002 属于“汽车工程学院”"]


def test_an_unknown_number_or_activity_is_only_a_warning(env, template):
    fill(template, {**FILLED, "申请编号": "WC-2024-042", "相关活动": "不存在的活动"}, PEOPLE_ROWS)
    preview = outings_workbook.preview_request(env.db, env.edition.id, template, received_at=BEFORE)
    assert preview.problems == [] and len(preview.to_add) == 1
    ws = openpyxl.load_workbook(template)[FORM]
    assert preview.row_notes == [
        f"外出活动申请表!{cell_of(ws, '相关活动')}：相关活动“不存在的活动”不在该学院本年度的活动中，将不关联活动",
        f"外出活动申请表!{cell_of(ws, '申请编号')}：申请编号“WC-2024-042”在本年度找不到：将作为新申请导入，编号由系统另行分配"]
    imports.apply_import(env.db, preview)
    assert outings.list_outings(env.db, env.edition.id)[0].number == "WC-2024-001"


def test_people_pasted_from_excel_are_checked_like_the_sheet():
    people, problems = outings_workbook.people_from_text("姓名\t身份\t班级\t电话\r\n王强\t老师\t汽车系\t13800138000\r\n"
                                                         "李雷\t学生\t汽修2201\t\r\n")
    assert problems == [] and people == [
        {"name": "王强", "role": "教师", "unit": "汽车系", "phone": "13800138000"},
        {"name": "李雷", "role": "学生", "unit": "汽修2201", "phone": ""}]
    people, problems = outings_workbook.people_from_text("韩梅梅\t同学\n\t学生\n赵六\t家长\t\t123")
    assert [p["name"] for p in people] == ["韩梅梅", "", "赵六"]
    assert problems == ["参与人员第 2 行：姓名不能为空", "参与人员第 3 行：身份“家长”无效，应为 教师 或 学生",
                        "参与人员第 3 行：联系电话“123”格式不正确：应为手机号（如 13800138000）或带区号的座机（如 "
                        "028-37330356，分机写作 028-37330356转8001）"]
    from vocweek_desktop.domain.errors import NothingToImport

    with pytest.raises(NothingToImport):
        outings_workbook.people_from_text(" \n\t\n")


def test_the_same_filled_template_imported_twice_is_one_request(env, template):
    """A college's blank template has no number and no hidden id: the same file received twice (or corrected and sent
    again) is the same request — same college, title and departure — not a second one with a new number."""
    db, ed = env.db, env.edition.id
    fill(template, FILLED, PEOPLE_ROWS)
    imports.apply_import(db, outings_workbook.preview_request(db, ed, template, received_at=RECEIVED))
    again = outings_workbook.preview_request(db, ed, template, received_at=RECEIVED)
    assert (len(again.to_add), len(again.unchanged), again.problems) == (0, 1, [])
    ws = openpyxl.load_workbook(template)[FORM]
    assert again.row_notes == [f"外出活动申请表!{cell_of(ws, '活动名称')}：文件中没有申请编号，按学院、活动名称和出发时间"
                               "认作已有的申请 WC-2024-001（同一份申请表再次导入不会重复登记）"]
    fill(template, {"目的地": "洛带古镇"})
    corrected = outings_workbook.preview_request(db, ed, template, received_at=RECEIVED)
    assert [item.changes["destination"] for item in corrected.to_update] == [("十陵街道社区", "洛带古镇")]
    imports.apply_import(db, corrected)
    assert [(r.number, r.destination) for r in outings.list_outings(db, ed)] == [("WC-2024-001", "洛带古镇")]
    # Withdrawn, then filed again from the same file: a new request (the withdrawn one is over).
    outings.withdraw_outing(db, outings.find_outing(db, ed, "WC-2024-001"))
    refiled = outings_workbook.preview_request(db, ed, template, received_at=RECEIVED)
    assert len(refiled.to_add) == 1 and refiled.row_notes == []
    imports.apply_import(db, refiled)
    assert [r.number for r in outings.list_outings(db, ed)] == ["WC-2024-001", "WC-2024-002"]


def test_a_list_of_people_is_read_from_an_excel_file(env, template, tmp_path):
    # A class list as colleges keep it: no 身份 column (everyone a student), columns the form does not use.
    workbook = openpyxl.Workbook()
    ws = workbook.active
    ws.title = "学生名单"
    for row in (["汽修2201班外出学生名单"], ["序号", "学号", "姓名", "班级", "手机"], [1, "2022001", "李雷", "汽修2201", None],
                [2, "2022002", "韩 梅梅", "汽修2201", "13900139000"]):
        ws.append(row)
    workbook.save(tmp_path / "名单.xlsx")
    found = outings_workbook.people_from_workbook(tmp_path / "名单.xlsx")
    assert (found.sheet, found.roles_given, found.problems) == ("学生名单", False, [])
    assert found.people == [{"name": "李雷", "role": "学生", "unit": "汽修2201", "phone": ""},
                            {"name": "韩梅梅", "role": "学生", "unit": "汽修2201", "phone": "13900139000"}]
    # The 参与人员 sheet of a request workbook (its grey example left out), each bad cell named.
    fill(template, {}, [["王强", "老师", "汽车系", "13800138000"], ["李雷", "家长", None, "123"], ["", "学生", None, None]])
    found = outings_workbook.people_from_workbook(template)
    assert (found.sheet, found.roles_given, [p["name"] for p in found.people]) == ("参与人员", True, ["王强", "李雷", ""])
    assert found.problems == ["参与人员!B6：身份“家长”无效，应为 教师 或 学生",
                              "参与人员!D6：联系电话“123”格式不正确：应为手机号（如 13800138000）或带区号的座机（如 "
                              "028-37330356，分机写作 028-37330356转8001）", "参与人员!A7：姓名不能为空"]
    # No list in the file, or a list with no one on it.
    workbook = openpyxl.Workbook()
    workbook.active.append(["活动名称", "目的地"])
    workbook.save(tmp_path / "别的表.xlsx")
    with pytest.raises(WorkbookError, match="没有“参与人员”工作表，或其中没有“姓名”和“身份”两列"):
        outings_workbook.people_from_workbook(tmp_path / "别的表.xlsx")
    from vocweek_desktop.domain.errors import NothingToImport

    fill(template, {}, [])
    with pytest.raises(NothingToImport, match="工作表“参与人员”中没有人员"):
        outings_workbook.people_from_workbook(template)


def test_a_request_workbook_is_told_apart_from_other_dropped_files(env, template, tmp_path):
    """Dropped on the window, a request workbook goes to the 外出审批 import, not into the submissions kept."""
    from vocweek_desktop.services import submissions

    assert outings_workbook.is_request_workbook(template)
    assert submissions.classify_file(template) == submissions.ROUTE_OUTING
    # A hand-made form with the labels of a request (no sheet of that name) is one too; a class list is not.
    workbook = openpyxl.Workbook()
    for row in (["学院", "汽车工程学院"], ["活动名称", "汽修进社区"], ["目的地", "十陵街道"], ["出发时间", "5月15日 8:00"],
                ["返回时间", "5月15日 17:00"]):
        workbook.active.append(row)
    workbook.save(tmp_path / "自制申请.xlsx")
    assert submissions.classify_file(tmp_path / "自制申请.xlsx") == submissions.ROUTE_OUTING
    workbook = openpyxl.Workbook()
    for row in (["姓名", "班级", "活动名称"], ["李雷", "汽修2201", "汽修进社区"]):
        workbook.active.append(row)
    workbook.save(tmp_path / "名单.xlsx")
    assert not outings_workbook.is_request_workbook(tmp_path / "名单.xlsx")
    assert submissions.classify_file(tmp_path / "名单.xlsx") == submissions.ROUTE_FILE


def test_the_problems_sent_back_name_the_sheet_of_a_person(env, template, tmp_path):
    ws = openpyxl.load_workbook(template)[FORM]
    back = cell_of(ws, "返回时间")
    fill(template, {**FILLED, "返回时间": "5月15日 7:00"}, [["王强", "教师", "汽车系", "123"], *PEOPLE_ROWS[1:]])
    preview = outings_workbook.preview_request(env.db, env.edition.id, template, received_at=RECEIVED)
    path = imports.export_error_rows(preview, tmp_path / "问题.xlsx")
    sheet = openpyxl.load_workbook(path).active
    problems = sheet.cell(2, 2).value
    assert problems.startswith("参与人员!D5：联系电话“123”格式不正确")  # not a bare D5, read on the form's sheet
    assert f"；{back}：返回时间（5月15日 07:00）应晚于出发时间" in problems
