"""The printed 外出活动审批表 read back from the PDF (fields, papers, 签核历程, watermark only when not approved, one
page for a normal request, the list of people after it otherwise, fonts embedded), batch printing, and the 保卫处
list in Excel."""

from __future__ import annotations

import datetime as dt

import openpyxl

from tests.io.pdf.pdf_inspect import all_text, assert_fonts_embedded, compact, page_sizes_mm, page_texts
from tests.services.outing_data import AFTER, BEFORE, DEPART, DURING, outing_in
from vocweek_desktop.domain import outings as rules
from vocweek_desktop.services import outings, outings_print

MARK = "未批准"


def slip(db, outing_id, path) -> list[str]:
    """The pages of one slip, printed at BEFORE, as compact text."""
    outings_print.write_slips(db, [outing_id], path, now=BEFORE)
    return [compact(text) for text in page_texts(path)]


def test_an_approved_slip_fits_one_page_with_every_field_and_no_watermark(env, tmp_path):
    db, ed = env.db, env.edition.id
    db.operator = "教务处李老师"
    outing_id = outing_in(db, ed, env.auto.id, rules.APPROVED)
    pages = slip(db, outing_id, tmp_path / "slip.pdf")
    assert len(pages) == 1 and page_sizes_mm(tmp_path / "slip.pdf") == [(210, 297)]
    text = pages[0]
    for expected in ("外出活动审批表", "编号：WC-2024-001", "当前状态：已批准", "申请学院汽车工程学院",
                     "活动名称新能源汽车维修进社区", "目的地十陵街道社区", "详细地址成都市龙泉驿区十陵街道办事处",
                     "出发时间2024年5月15日（周三）08:00", "返回时间2024年5月15日（周三）17:30",
                     "参与人数教师1人，学生2人，共3人", "带队教师王强联系电话13800138000", "交通方式校车",
                     "保险已购买（某某财产保险公司，保单号PICC-2024-0515）", "紧急联系人张主任联系电话028-37330356",
                     "安全预案出发前安全教育", "√活动方案√安全应急预案√安全承诺书√学生名单车辆合同",
                     "参与人员名单（共3人）", "王强教师汽车系13800138000", "韩梅梅学生汽修2201",
                     "申请学院意见", "教务处审批意见", "保卫处意见", "日期：年月日", "第1页/共1页"):
        assert expected in text, expected
    assert "缺" not in text and MARK not in text
    history = text[text.index("签核历程"):]
    assert "2024-05-0810:00教务处李老师提交" in history and "2024-05-1009:00教务处李老师批准同意" in history
    assert history.index("提交") < history.index("批准")
    assert_fonts_embedded(tmp_path / "slip.pdf")


def test_a_slip_not_approved_carries_the_watermark_and_names_what_is_missing(env, tmp_path):
    db, ed = env.db, env.edition.id
    outing_id = outing_in(db, ed, env.auto.id, rules.SUBMITTED, transport="租用车辆", vehicle_plate="川A·12345",
                          vehicle_company="某某客运公司", driver="赵师傅", papers=["活动方案"])
    text = slip(db, outing_id, tmp_path / "slip.pdf")[0]
    assert MARK in text and "当前状态：已提交" in text
    assert "√活动方案安全应急预案（缺）安全承诺书（缺）学生名单（缺）车辆合同（缺）" in text
    assert "交通方式租用车辆（车牌川A·12345，某某客运公司，驾驶员赵师傅）" in text
    for state in (rules.DRAFT, rules.RETURNED, rules.WITHDRAWN):
        other = outing_in(db, ed, env.smart.id, state)
        assert MARK in slip(db, other, tmp_path / f"{state}.pdf")[0]
    completed = outing_in(db, ed, env.smart.id, rules.COMPLETED)
    assert MARK not in slip(db, completed, tmp_path / "done.pdf")[0]


def test_the_history_on_the_slip_names_returns_late_filing_and_the_lead_time(env, tmp_path):
    db, ed = env.db, env.edition.id
    db.operator = "李老师"
    outing_id = outing_in(db, ed, env.auto.id, rules.DRAFT)
    outings.submit_outing(db, outing_id, now=DEPART - dt.timedelta(days=1))
    outings.return_outing(db, outing_id, "请补充安全预案", now=DEPART - dt.timedelta(hours=20))
    outings.submit_outing(db, outing_id, now=DEPART - dt.timedelta(hours=18))
    outings.approve_outing(db, outing_id, comment="同意", late_reason="社区临时邀请，已电话报备", now=DURING)
    text = "".join(slip(db, outing_id, tmp_path / "slip.pdf"))
    history = text[text.index("签核历程"):]
    assert "李老师退回请补充安全预案" in history and "李老师重新提交" in history
    assert "李老师批准（补办）同意；补办原因：社区临时邀请，已电话报备" in history
    assert "补办原因社区临时邀请，已电话报备" in text  # also among the fields
    assert "提示提交时间（5月14日14:00）距出发（5月15日08:00）不足3天" in text


def test_a_long_list_of_people_goes_on_the_pages_after_the_slip_each_with_the_number(env, tmp_path):
    db, ed = env.db, env.edition.id
    people = [{"name": "王强", "role": "教师", "unit": "汽车系", "phone": "13800138000"}] + [
        {"name": f"学生{index:02d}", "role": "学生", "unit": "汽修2201班", "phone": ""} for index in range(1, 61)]
    outing_id = outing_in(db, ed, env.auto.id, rules.SUBMITTED, participants=people, teacher_count=1,
                          student_count=60)
    pages = slip(db, outing_id, tmp_path / "slip.pdf")
    assert len(pages) == 3
    assert "参与人员名单（共61人）：见附页" in pages[0] and "签核历程" in pages[0] and "保卫处意见" in pages[0]
    assert pages[1].startswith("参与人员名单（WC-2024-001，汽车工程学院，共61人）序号姓名身份班级或单位联系电话")
    for number, page in enumerate(pages, start=1):
        assert "外出活动审批表WC-2024-001" in page and f"第{number}页/共3页" in page and MARK in page
    assert "学生60学生汽修2201班" in pages[2] and pages[2].startswith("序号姓名身份")  # the header repeated
    assert_fonts_embedded(tmp_path / "slip.pdf")
    # Twenty people still fit on the slip itself.
    few = outing_in(db, ed, env.auto.id, rules.SUBMITTED, participants=people[:21], teacher_count=1,
                    student_count=20)
    assert len(slip(db, few, tmp_path / "few.pdf")) == 1


def test_batch_printing_puts_each_slip_on_its_own_pages_numbered_and_marked_on_its_own(env, tmp_path):
    db, ed = env.db, env.edition.id
    approved = outing_in(db, ed, env.auto.id, rules.APPROVED)
    submitted = outing_in(db, ed, env.smart.id, rules.SUBMITTED)
    pages = outings_print.write_slips(db, [approved, submitted], tmp_path / "batch.pdf", now=AFTER)
    texts = [compact(text) for text in page_texts(tmp_path / "batch.pdf")]
    assert pages == len(texts) == 2
    assert "WC-2024-001" in texts[0] and "第1页/共1页" in texts[0] and MARK not in texts[0]
    assert "WC-2024-002" in texts[1] and "第1页/共1页" in texts[1] and MARK in texts[1]
    assert "打印时间：5月16日09:00" in all_text(tmp_path / "batch.pdf")


def test_the_security_list_has_the_approved_outings_by_date(env, tmp_path):
    db, ed = env.db, env.edition.id
    later = outing_in(db, ed, env.smart.id, rules.APPROVED, departure=dt.datetime(2024, 5, 17, 7, 30),
                      return_at=dt.datetime(2024, 5, 18, 18, 0), transport="租用车辆", vehicle_plate="川A·12345",
                      vehicle_company="某某客运公司", driver="赵师傅",
                      papers=[*rules.DEFAULT_REQUIRED_PAPERS, "车辆合同"])
    outing_in(db, ed, env.auto.id, rules.SUBMITTED)  # not approved: not on the list
    first = outing_in(db, ed, env.auto.id, rules.COMPLETED)
    path = outings_print.export_security_list(db, ed, tmp_path / "保卫处.xlsx")
    ws = openpyxl.load_workbook(path).active
    assert ws["A1"].value == "2024年职教周外出活动名单（保卫处）"
    assert ws["A2"].value == "共 2 项外出活动，合计 6 人；按出发时间排列。"
    assert [c.value for c in ws[3]] == ["日期", "出发", "返回", "编号", "学院", "活动名称", "目的地及地址", "教师", "学生",
                                        "合计", "带队教师", "联系电话", "交通及车辆"]
    assert [c.value for c in ws[4]] == ["5月15日（周三）", "08:00", "17:30", "WC-2024-003", "汽车工程学院",
                                        "新能源汽车维修进社区", "十陵街道社区，成都市龙泉驿区十陵街道办事处", 1, 2, 3,
                                        "王强", "13800138000", "校车"]
    assert [c.value for c in ws[5]][:4] == ["5月17日（周五）", "07:30", "5月18日 18:00", "WC-2024-001"]
    assert ws["M5"].value == "租用车辆（车牌 川A·12345，某某客运公司，驾驶员 赵师傅）"
    assert [c.value for c in ws[6]][0] == "合计" and [c.value for c in ws[6]][7:10] == [2, 4, 6]
    assert ws.page_setup.orientation == "landscape" and ws.print_title_rows == "$3:$3"
    assert (later, first) == (1, 3)  # the completed one is listed too (it was approved)
    on_17th = outings_print.security_rows(db, ed, date_from=dt.date(2024, 5, 17))
    assert [row["number"] for row in on_17th] == ["WC-2024-001"]


def test_a_safety_plan_too_long_for_the_page_is_cut_on_the_slip_and_printed_whole_after_it(env, tmp_path):
    db, ed = env.db, env.edition.id
    plan = "出发前开展安全教育，分组带队，统一乘车往返。" * 180  # taller than a page in its cell
    outing_id = outing_in(db, ed, env.auto.id, rules.SUBMITTED, safety_plan=plan, notes="备注" * 900)
    pages = slip(db, outing_id, tmp_path / "slip.pdf")
    assert len(pages) > 2
    assert "（全文见附页）" in pages[0] and "王强教师汽车系" in pages[0]  # the people still on the slip
    assert "参与人员名单（共3人）：见附页" not in pages[0]
    assert "保卫处意见" in pages[0] and "第1页/共" in pages[0]
    rest = "".join(pages[1:])
    assert "安全预案（WC-2024-001，全文）" in rest and "备注（WC-2024-001，全文）" in rest
    assert rest.count("统一乘车往返") >= 170 and all("外出活动审批表WC-2024-001" in page for page in pages)


def test_a_coach_load_of_people_takes_one_page_after_the_slip(env, tmp_path):
    """Forty-five people (a hired coach) are listed on the one page after the slip, not spilling a last person or two
    onto a page of their own."""
    db, ed = env.db, env.edition.id
    people = [{"name": "王强", "role": "教师", "unit": "汽车系", "phone": "13800138000"},
              {"name": "陈老师", "role": "教师", "unit": "汽车系", "phone": "13900139000"}] + [
        {"name": f"学生{index:02d}", "role": "学生", "unit": "汽修2201班", "phone": ""} for index in range(1, 44)]
    outing_id = outing_in(db, ed, env.auto.id, rules.SUBMITTED, participants=people, teacher_count=2,
                          student_count=43)
    pages = slip(db, outing_id, tmp_path / "slip.pdf")
    assert len(pages) == 2 and "参与人员名单（共45人）：见附页" in pages[0]
    assert "学生01学生汽修2201班" in pages[1] and "学生43学生汽修2201班" in pages[1]
