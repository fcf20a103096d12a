"""The outing state machine and rules as pure functions: every state × action, the papers, lead time, late filing,
and the checks of a request's values."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain import outings as rules
from vocweek_desktop.domain.errors import ValidationError

#: The issue's table, written out independently of the module's: (state, action) → the state it leads to.
EXPECTED = {
    ("草稿", "submit"): "已提交", ("已退回", "submit"): "已提交",
    ("已提交", "approve"): "已批准", ("已提交", "return"): "已退回",
    ("草稿", "withdraw"): "已撤回", ("已提交", "withdraw"): "已撤回", ("已退回", "withdraw"): "已撤回",
    ("已批准", "complete"): "已完成",
}
MATRIX = list(itertools.product(rules.STATES, rules.ACTIONS))
DEPART = dt.datetime(2024, 5, 15, 8, 0)


@pytest.mark.parametrize(("state", "action"), MATRIX)
def test_every_state_and_action(state, action):
    expected = EXPECTED.get((state, action))
    assert rules.next_state(state, action) == expected
    reason = rules.refusal("WC-2024-001", state, action)
    if expected is not None:
        assert reason is None and action in rules.allowed_actions(state)
        return
    assert action not in rules.allowed_actions(state)
    assert reason.startswith(f"申请 WC-2024-001 当前为“{state}”")
    if state in ("已撤回", "已完成"):
        assert "已经结束" in reason
    else:
        allowed = "、".join(s for s in rules.STATES if (s, action) in EXPECTED)
        assert reason.endswith(f"只有{allowed}的申请可以{msg.OUTING_STATE_ACTIONS[action]}")


@pytest.mark.parametrize("state", rules.STATES)
def test_editing_is_refused_only_once_a_request_is_over(state):
    reason = rules.refusal("WC-2024-002", state, rules.EDIT)
    assert (reason is None) == (state not in ("已撤回", "已完成"))
    if reason:
        assert reason == f"申请 WC-2024-002 当前为“{state}”，已经结束，不能再修改"


def test_states_are_read_in_chinese_or_english():
    assert rules.parse_state("approved") == rules.parse_state(" 已批准 ") == "已批准"
    with pytest.raises(ValidationError) as caught:
        rules.parse_state("批了")
    assert "状态“批了”无效" in str(caught.value) and "已批准（approved）" in str(caught.value)


def test_required_papers_follow_the_setting_and_a_hired_vehicle():
    default = rules.DEFAULT_REQUIRED_PAPERS
    assert "车辆合同" not in default and len(default) == 4
    assert rules.required_papers(default, "校车") == default
    assert rules.required_papers(default, "租用车辆") == (*default, "车辆合同")
    assert rules.missing_papers(["活动方案", "学生名单"], default, "步行") == ("安全应急预案", "安全承诺书")
    assert rules.missing_papers(default, ["活动方案"], "租用车辆") == ("车辆合同",)
    assert rules.missing_papers([], [], "步行") == ()


def test_approval_refused_for_missing_papers_then_for_a_passed_departure_without_a_reason():
    kwargs = {"departure": DEPART, "transport": "步行", "setting": rules.DEFAULT_REQUIRED_PAPERS}
    assert rules.approval_refusal("WC-2024-001", papers=["活动方案"], now=DEPART - dt.timedelta(days=1), **kwargs) \
        == "申请 WC-2024-001 缺少必备材料：安全应急预案、安全承诺书、学生名单，不能批准"
    full = list(rules.DEFAULT_REQUIRED_PAPERS)
    assert rules.approval_refusal("WC-2024-001", papers=full, now=DEPART - dt.timedelta(minutes=1), **kwargs) is None
    late = rules.approval_refusal("WC-2024-001", papers=full, now=DEPART, **kwargs)
    assert late.startswith("申请 WC-2024-001 的出发时间（5月15日 08:00）已过") and "补办原因" in late
    assert rules.approval_refusal("WC-2024-001", papers=full, now=DEPART, late_reason="   ", **kwargs) == late
    assert rules.approval_refusal("WC-2024-001", papers=full, now=DEPART, late_reason="电话报备，事后补交",
                                  **kwargs) is None
    assert rules.is_late(DEPART, DEPART) and not rules.is_late(DEPART, DEPART - dt.timedelta(seconds=1))


def test_lead_time_warns_below_the_days_set():
    assert rules.lead_time_warning(DEPART - dt.timedelta(days=3), DEPART, 3) is None
    warning = rules.lead_time_warning(DEPART - dt.timedelta(days=2, hours=23), DEPART, 3)
    assert warning == "提交时间（5月12日 09:00）距出发（5月15日 08:00）不足 3 天（按规定应至少提前 3 天报备）"
    assert rules.lead_time_warning(DEPART, DEPART, 0) is None
    assert rules.lead_time_warning(None, DEPART, 3) is None


def test_a_request_filed_after_its_departure_says_so_rather_than_too_few_days():
    after = rules.lead_time_warning(DEPART + dt.timedelta(hours=1), DEPART, 3)
    assert after == "提交时间（5月15日 09:00）晚于出发时间（5月15日 08:00）：属于事后补报，批准时须作为补办"
    assert rules.lead_time_warning(DEPART, DEPART, 0) is None  # at the very moment: not after
    assert rules.lead_time_warning(DEPART + dt.timedelta(days=1), DEPART, 0).startswith("提交时间（5月16日 08:00）晚于")
    next_year = rules.lead_time_warning(dt.datetime(2025, 3, 1, 10, 0), DEPART, 3)
    assert next_year.startswith("提交时间（2025年3月1日 10:00）晚于出发时间（5月15日 08:00）")


def test_complete_only_after_departure():
    assert rules.completion_refusal("WC-2024-001", DEPART, DEPART) is None
    assert rules.completion_refusal("WC-2024-001", DEPART, DEPART - dt.timedelta(hours=1)) \
        == "申请 WC-2024-001 的出发时间（5月15日 08:00）还没到，不能标记为已完成"


def filed(**changes):
    """A complete request's values."""
    values = {
        "college_id": 1, "activity_id": None, "title": "新能源汽车维修进社区", "destination": "十陵街道社区",
        "address": "龙泉驿区十陵街道", "departure": DEPART, "return_at": DEPART + dt.timedelta(hours=9),
        "teacher_count": 1, "student_count": 2,
        "participants": [{"name": "王 强", "role": "老师", "unit": "汽车系", "phone": "13800138000"},
                         {"name": "李雷", "role": "学生", "unit": "汽修2201"},
                         {"name": "韩梅梅", "role": "同学", "unit": "汽修2201", "phone": ""}],
        "lead_teacher": "王强", "lead_phone": "13800138000", "transport": "校车", "insured": False,
        "safety_plan": "出发前安全教育；分组带队。", "emergency_contact": "张主任", "emergency_phone": "028-37330356",
        "papers": ["学生名单", "活动方案"],
    }
    values.update(changes)
    return values


def test_a_complete_request_is_cleaned():
    cleaned = rules.clean_outing(filed(), filed=True)
    assert list(cleaned) == list(rules.FIELDS)
    assert cleaned["participants"][0] == {"name": "王强", "role": "教师", "unit": "汽车系", "phone": "13800138000"}
    assert [p["role"] for p in cleaned["participants"]] == ["教师", "学生", "学生"]
    assert cleaned["papers"] == ["活动方案", "学生名单"]  # checklist order
    # Counts left empty are taken from the list.
    cleaned = rules.clean_outing(filed(teacher_count=None, student_count=""), filed=True)
    assert (cleaned["teacher_count"], cleaned["student_count"]) == (1, 2)


def refused(values, *, filed_=True) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        rules.clean_outing(values, filed=filed_)
    return caught.value.fields


def test_bad_input_names_each_field():
    assert refused(filed(return_at=DEPART - dt.timedelta(hours=1))) == {
        "return_at": "返回时间（5月15日 07:00）应晚于出发时间（5月15日 08:00）"}
    assert refused(filed(participants=[], teacher_count=0, student_count=0)) == {
        "participants": "参与人员名单为空：请至少填写一名参与人员"}
    assert refused(filed(student_count=5)) == {"student_count": "学生人数填写为 5，但参与人员名单中有 2 名学生"}
    assert refused(filed(lead_phone="")) == {"lead_phone": "带队教师“王强”没有填写联系电话"}
    assert refused(filed(college_id=None)) == {"college_id": "学院不能为空"}
    rows = refused(filed(participants=[{"name": "", "role": "家长", "phone": "123"}]))
    assert rows == {"participants": "参与人员第 1 行：姓名不能为空；参与人员第 1 行：身份“家长”无效，应为 教师 或 学生；"
                                    "参与人员第 1 行：联系电话“123”格式不正确：应为手机号（如 13800138000）或带区号的座机"
                                    "（如 028-37330356，分机写作 028-37330356转8001）"}
    assert set(refused(filed(transport="租用车辆"))) == {"vehicle_plate", "vehicle_company", "driver"}
    assert refused(filed(insured=True, insurer="某某财险")) == {"policy_number": "已购买保险时，必须填写保单号"}
    assert refused(filed(transport="飞机")) == {"transport": "交通方式“飞机”无效，应为：步行、校车、租用车辆、公共交通、其他"}
    assert refused(filed(title="长" * 201)) == {"title": "活动名称不能超过200个字"}


def test_a_draft_may_be_incomplete_but_not_malformed():
    draft = {"college_id": 1, "title": "社区服务"}
    cleaned = rules.clean_outing(draft, filed=False)
    assert cleaned["participants"] == [] and cleaned["departure"] is None
    assert set(refused(draft)) >= {"destination", "departure", "return_at", "participants", "lead_teacher",
                                   "transport", "safety_plan", "emergency_contact", "emergency_phone"}
    assert refused({**draft, "lead_phone": "12345"}, filed_=False) == {
        "lead_phone": "带队教师电话“12345”格式不正确：应为手机号（如 13800138000）或带区号的座机（如 028-37330356，"
                      "分机写作 028-37330356转8001）"}
    assert refused({"college_id": 1}, filed_=False) == {"title": "活动名称不能为空"}


def test_changed_fields_and_numbers():
    assert rules.changed_fields({"title": "a", "notes": ""}, {"title": "b", "notes": None}) == ["title"]
    assert rules.format_number(2024, 7) == "WC-2024-007"
    assert rules.format_number(2024, 1234) == "WC-2024-1234"


def test_decisions_are_named_as_the_slip_lists_them():
    assert [rules.decision_label(b, a) for b, a in ((None, "已提交"), ("草稿", "已提交"), ("已退回", "已提交"),
                                                    ("已批准", "已提交"), ("已提交", "已退回"), ("已提交", "已撤回"),
                                                    ("已批准", "已完成"))] == [
        "提交", "提交", "重新提交", "批准后修改，待重新审批", "退回", "撤回", "完成"]
    assert rules.decision_label("已提交", "已批准") == "批准"
    assert rules.decision_label("已提交", "已批准", late=True) == "批准（补办）"
