"""Outing requests through the services: every allowed and every forbidden transition, the history they leave, the
rules (papers, lead time, late filing, edit after approval), batch approval, lists and counts, bad input."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from tests.services.audit_events import event_count
from tests.services.outing_data import AFTER, BEFORE, DEPART, DURING, FILED, RETURN, outing_in, outing_values
from vocweek_desktop.domain import outings as rules
from vocweek_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from vocweek_desktop.services import activities, activity_bin, colleges, edition_settings, outings
from vocweek_desktop.services.outings import OutingFilter

EXPECTED = {
    ("草稿", "submit"): "已提交", ("已退回", "submit"): "已提交",
    ("已提交", "approve"): "已批准", ("已提交", "return"): "已退回",
    ("草稿", "withdraw"): "已撤回", ("已提交", "withdraw"): "已撤回", ("已退回", "withdraw"): "已撤回",
    ("已批准", "complete"): "已完成",
}
#: When each action is tried: at a moment its other rules allow (before departure to approve, after it to complete).
WHEN = {"submit": BEFORE, "approve": BEFORE, "return": BEFORE, "withdraw": BEFORE, "complete": DURING}


def states(db, ids) -> list[str]:
    return [outings.get_outing(db, outing_id).state for outing_id in ids]


@pytest.mark.parametrize(("state", "action"), list(itertools.product(rules.STATES, rules.ACTIONS)))
def test_every_transition_from_every_state(env, state, action):
    db = env.db
    outing_id = outing_in(db, env.edition.id, env.auto.id, state)
    before_events = event_count(db)
    expected = EXPECTED.get((state, action))
    if expected is None:
        with pytest.raises(ConflictError) as caught:
            outings.transition(db, outing_id, action, comment="理由", now=WHEN[action])
        assert caught.value.message == rules.refusal("WC-2024-001", state, action)
        assert outings.get_outing(db, outing_id).state == state and event_count(db) == before_events
        return
    result = outings.transition(db, outing_id, action, comment="理由", now=WHEN[action])
    assert result.record.state == expected == outings.get_outing(db, outing_id).state
    last = outings.history(db, outing_id)[-1]
    assert (last.action, last.before, last.after["state"], last.after.get("comment")) == (
        "transition", {"state": state}, expected, "理由")
    assert event_count(db) == before_events + 1


def test_numbers_are_handed_out_in_order_and_never_again(env):
    db, ed = env.db, env.edition.id
    first = outing_in(db, ed, env.auto.id, rules.WITHDRAWN)
    second = outings.create_outing(db, ed, {"college_id": env.smart.id, "title": "社区服务"}).record
    assert outings.get_outing(db, first).number == "WC-2024-001" and second.number == "WC-2024-002"
    assert second.state == "草稿" and second.participants == ()
    assert outings.find_outing(db, ed, "wc-2024-００2") == second.id
    with pytest.raises(NotFoundError, match="没有编号为“WC-2024-099”"):
        outings.find_outing(db, ed, "WC-2024-099")
    # A request that could not be saved gives no number away either.
    with pytest.raises(ValidationError):
        outings.create_outing(db, ed, {"college_id": env.smart.id, "title": ""})
    assert outings.create_outing(db, ed, {"college_id": env.smart.id, "title": "又一次"}).record.number \
        == "WC-2024-003"


def test_history_is_complete_and_in_order(env):
    db, ed = env.db, env.edition.id
    db.operator = "教务处李老师"
    outing_id = outings.create_outing(db, ed, outing_values(env.auto.id, papers=["活动方案"]), now=FILED).record.id
    outings.submit_outing(db, outing_id, now=FILED)
    with pytest.raises(ConflictError, match="缺少必备材料：安全应急预案、安全承诺书、学生名单"):
        outings.approve_outing(db, outing_id, now=BEFORE)
    outings.return_outing(db, outing_id, "请补交安全应急预案等材料", now=BEFORE)
    values = outings.get_outing(db, outing_id).values()
    outings.update_outing(db, outing_id, {**values, "papers": list(rules.DEFAULT_REQUIRED_PAPERS)}, now=BEFORE)
    outings.submit_outing(db, outing_id, comment="已补交", now=BEFORE)
    outings.approve_outing(db, outing_id, comment="同意外出", now=BEFORE)
    db.operator = "汽车工程学院张老师"
    values = outings.get_outing(db, outing_id).values()
    later = DEPART + dt.timedelta(hours=1)
    outings.update_outing(db, outing_id, {**values, "departure": later, "student_count": 2}, now=BEFORE)
    db.operator = "教务处李老师"
    outings.approve_outing(db, outing_id, now=BEFORE)
    outings.complete_outing(db, outing_id, comment="安全返回", now=AFTER)

    events = outings.history(db, outing_id)
    steps = [(e.operator, e.action, (e.before or {}).get("state"), (e.after or {}).get("state"),
              (e.after or {}).get("comment")) for e in events]
    assert steps == [
        ("教务处李老师", "create", None, None, None),
        ("教务处李老师", "transition", "草稿", "已提交", None),
        ("教务处李老师", "transition", "已提交", "已退回", "请补交安全应急预案等材料"),
        ("教务处李老师", "update", None, None, None),
        ("教务处李老师", "transition", "已退回", "已提交", "已补交"),
        ("教务处李老师", "transition", "已提交", "已批准", "同意外出"),
        ("汽车工程学院张老师", "update", None, None, None),
        ("汽车工程学院张老师", "transition", "已批准", "已提交", "批准后修改了：出发时间，需重新审批"),
        ("教务处李老师", "transition", "已提交", "已批准", None),
        ("教务处李老师", "transition", "已批准", "已完成", "安全返回"),
    ]
    assert [e.at for e in events] == sorted(e.at for e in events)
    assert events[0].after["number"] == "WC-2024-001" and events[0].after["college"] == "汽车工程学院"
    assert events[3].before == {"papers": ["活动方案"]}
    assert events[3].after == {"papers": list(rules.DEFAULT_REQUIRED_PAPERS)}
    assert events[6].before == {"departure": "2024-05-15 08:00:00"} and events[6].after == {
        "departure": "2024-05-15 09:00:00"}
    assert events[7].after["changed"] == ["出发时间"]
    assert events[7].change_lines() == ["状态：已批准 → 已提交", "意见：批准后修改了：出发时间，需重新审批",
                                        "修改的内容：出发时间"]


def test_approval_needs_every_required_paper_and_the_vehicle_contract_for_a_hired_vehicle(env):
    db, ed = env.db, env.edition.id
    hired = outing_in(db, ed, env.auto.id, rules.SUBMITTED, transport="租用车辆", vehicle_plate="川A·12345",
                      vehicle_company="某某客运公司", driver="赵师傅")
    with pytest.raises(ConflictError, match="缺少必备材料：车辆合同"):
        outings.approve_outing(db, hired, now=BEFORE)
    assert outings.get_outing(db, hired).missing_papers == ("车辆合同",)
    # The office decides that a plan alone will do this year: the contract is still needed for a hired vehicle.
    outings.set_office_rules(db, ed, papers=["活动方案"], lead_days=5)
    assert outings.office_rules(db, ed) == (5, ["活动方案"])
    with pytest.raises(ConflictError, match="缺少必备材料：车辆合同"):
        outings.approve_outing(db, hired, now=BEFORE)
    values = outings.get_outing(db, hired).values()
    outings.update_outing(db, hired, {**values, "papers": ["活动方案", "车辆合同"]}, now=BEFORE)
    assert outings.approve_outing(db, hired, now=BEFORE).record.state == "已批准"
    assert [e.summary for e in edition_settings_events(db, ed)] == ["外出申请必备材料", "外出申请至少提前天数"]


def edition_settings_events(db, edition_id):
    from vocweek_desktop.services import audit

    return [e for e in audit.events(db, edition_id, entity="edition") if e.summary.startswith("外出申请")]


def test_lead_time_warns_on_submit_and_on_approval_but_does_not_refuse(env):
    db, ed = env.db, env.edition.id
    draft = outing_in(db, ed, env.auto.id, rules.DRAFT)
    late_filing = DEPART - dt.timedelta(days=2)
    result = outings.submit_outing(db, draft, now=late_filing)
    assert result.warnings == ("提交时间（5月13日 08:00）距出发（5月15日 08:00）不足 3 天（按规定应至少提前 3 天报备）",)
    assert result.record.lead_warning == result.warnings[0]
    approved = outings.approve_outing(db, draft, now=late_filing + dt.timedelta(hours=1))
    assert approved.record.state == "已批准" and approved.warnings == result.warnings
    event = outings.history(db, draft)[-1]
    assert event.after["warnings"] == list(result.warnings)
    # Filed in time: no warning; with the lead time set to 10 days the same request is flagged.
    in_time = outing_in(db, ed, env.auto.id, rules.SUBMITTED)
    assert outings.get_outing(db, in_time).lead_warning is None
    edition_settings.set_setting(db, ed, rules.LEAD_DAYS, 10)
    assert "不足 10 天" in outings.get_outing(db, in_time).lead_warning


def test_late_filing_after_departure_needs_a_reason_and_is_recorded(env):
    db, ed = env.db, env.edition.id
    outing_id = outing_in(db, ed, env.auto.id, rules.SUBMITTED)
    events = event_count(db)
    with pytest.raises(ConflictError, match="出发时间（5月15日 08:00）已过.*补办原因"):
        outings.approve_outing(db, outing_id, now=DURING)
    with pytest.raises(ConflictError, match="补办原因"):
        outings.approve_outing(db, outing_id, late_reason="  ", now=DURING)
    assert event_count(db) == events and outings.get_outing(db, outing_id).state == "已提交"
    result = outings.approve_outing(db, outing_id, comment="电话报备已同意", late_reason="周末临时接到社区邀请，电话报备",
                                    now=DURING)
    assert result.record.state == "已批准" and result.record.late_reason == "周末临时接到社区邀请，电话报备"
    event = outings.history(db, outing_id)[-1]
    assert event.after == {"state": "已批准", "comment": "电话报备已同意", "late_reason": "周末临时接到社区邀请，电话报备"}
    # A reason given for an approval in time is not kept: it was not late.
    other = outing_in(db, ed, env.smart.id, rules.SUBMITTED)
    assert outings.approve_outing(db, other, late_reason="多余", now=BEFORE).record.late_reason == ""


def test_return_needs_a_reason_and_completion_waits_for_departure(env):
    db, ed = env.db, env.edition.id
    outing_id = outing_in(db, ed, env.auto.id, rules.SUBMITTED)
    with pytest.raises(ValidationError) as caught:
        outings.return_outing(db, outing_id, "   ", now=BEFORE)
    assert caught.value.fields == {"comment": "退回申请时必须填写退回原因"}
    outings.approve_outing(db, outing_id, now=BEFORE)
    with pytest.raises(ConflictError, match="出发时间（5月15日 08:00）还没到，不能标记为已完成"):
        outings.complete_outing(db, outing_id, now=DEPART - dt.timedelta(minutes=5))
    assert outings.complete_outing(db, outing_id, now=DEPART).record.state == "已完成"


def test_submitting_an_incomplete_draft_is_refused_naming_what_is_missing(env):
    db, ed = env.db, env.edition.id
    draft = outings.create_outing(db, ed, {"college_id": env.auto.id, "title": "社区服务"}, now=FILED).record.id
    with pytest.raises(ValidationError) as caught:
        outings.submit_outing(db, draft, now=BEFORE)
    assert caught.value.fields["participants"] == "参与人员名单为空：请至少填写一名参与人员"
    assert caught.value.fields["departure"] == "出发时间不能为空"
    assert outings.get_outing(db, draft).state == "草稿"


def test_editing_keeps_the_state_except_after_approval_and_is_refused_when_over(env):
    db, ed = env.db, env.edition.id
    for state, after in (("草稿", "草稿"), ("已提交", "已提交"), ("已退回", "已退回"), ("已批准", "已提交")):
        outing_id = outing_in(db, ed, env.auto.id, state)
        values = outings.get_outing(db, outing_id).values()
        record = outings.update_outing(db, outing_id, {**values, "destination": "洛带古镇"}, now=BEFORE)
        assert (record.state, record.destination) == (after, "洛带古镇")
        # Saving again unchanged writes nothing.
        events = event_count(db)
        assert outings.update_outing(db, outing_id, {**values, "destination": "洛带古镇"}).state == after
        assert event_count(db) == events
    for state in ("已撤回", "已完成"):
        outing_id = outing_in(db, ed, env.auto.id, state)
        values = outings.get_outing(db, outing_id).values()
        with pytest.raises(ConflictError, match=f"当前为“{state}”，已经结束，不能再修改"):
            outings.update_outing(db, outing_id, {**values, "destination": "洛带古镇"})
    # A filed request must stay complete.
    outing_id = outing_in(db, ed, env.auto.id, rules.SUBMITTED)
    values = outings.get_outing(db, outing_id).values()
    with pytest.raises(ValidationError, match="带队教师“王强”没有填写联系电话"):
        outings.update_outing(db, outing_id, {**values, "lead_phone": ""})


def test_batch_approval_is_one_call_reporting_what_passed_and_why_others_did_not(env):
    db, ed = env.db, env.edition.id
    good = outing_in(db, ed, env.auto.id, rules.SUBMITTED)
    no_papers = outing_in(db, ed, env.smart.id, rules.SUBMITTED, papers=["活动方案"])
    draft = outing_in(db, ed, env.smart.id, rules.DRAFT)
    late = outing_in(db, ed, env.auto.id, rules.SUBMITTED, departure=BEFORE - dt.timedelta(hours=1),
                     return_at=BEFORE + dt.timedelta(hours=5))
    ids = [good, no_papers, draft, late, 9999]
    checked = outings.check_approve_outings(db, ids, now=BEFORE)
    assert checked.done == (good,) and [r[0] for r in checked.refused] == [no_papers, draft, late, 9999]
    assert states(db, [good]) == ["已提交"]  # checking writes nothing
    result = outings.approve_outings(db, ids, comment="同意", now=BEFORE)
    assert result.done == (good,)
    assert result.refused == (
        (no_papers, "WC-2024-002", "申请 WC-2024-002 缺少必备材料：安全应急预案、安全承诺书、学生名单，不能批准"),
        (draft, "WC-2024-003", rules.refusal("WC-2024-003", "草稿", "approve")),
        (late, "WC-2024-004", rules.approval_refusal("WC-2024-004", departure=BEFORE - dt.timedelta(hours=1),
                                                     papers=rules.DEFAULT_REQUIRED_PAPERS, transport="校车",
                                                     setting=rules.DEFAULT_REQUIRED_PAPERS, now=BEFORE)),
        (9999, "", "找不到这份外出申请（可能已被删除）"),
    )
    assert states(db, [good, no_papers, draft, late]) == ["已批准", "已提交", "草稿", "已提交"]
    assert outings.history(db, good)[-1].after == {"state": "已批准", "comment": "同意"}


def test_lists_filter_by_state_college_and_days_and_count_per_state(env):
    db, ed = env.db, env.edition.id
    a = outing_in(db, ed, env.auto.id, rules.APPROVED)
    b = outing_in(db, ed, env.smart.id, rules.SUBMITTED, departure=dt.datetime(2024, 5, 17, 9, 0),
                  return_at=dt.datetime(2024, 5, 18, 17, 0))
    c = outings.create_outing(db, ed, {"college_id": env.smart.id, "title": "未定日期"}).record.id
    assert [r.id for r in outings.list_outings(db, ed)] == [a, b, c]  # by departure, undated last
    assert [r.id for r in outings.list_outings(db, ed, OutingFilter(state="已提交"))] == [b]
    assert [r.id for r in outings.list_outings(db, ed, OutingFilter(college_id=env.smart.id))] == [b, c]
    on_18th = OutingFilter(date_from=dt.date(2024, 5, 18), date_to=dt.date(2024, 5, 18))
    assert [r.id for r in outings.list_outings(db, ed, on_18th)] == [b]  # still out on the 18th
    assert [r.id for r in outings.list_outings(db, ed, OutingFilter(date_to=dt.date(2024, 5, 15)))] == [a]
    counts = outings.state_counts(db, ed)
    assert counts == {"草稿": 1, "已提交": 1, "已批准": 1, "已退回": 0, "已撤回": 0, "已完成": 0}
    assert outings.state_counts(db, ed, OutingFilter(state="已批准", college_id=env.smart.id))["草稿"] == 1
    record = outings.get_outing(db, a)
    assert (record.college_name, record.total, record.missing_papers) == ("汽车工程学院", 3, ())


def test_bad_links_are_refused_and_nothing_is_saved(env, db):
    from vocweek_desktop.services import editions

    ed = env.edition.id
    other_year = editions.create_from_defaults(db, 2025)
    stranger = colleges.add_college(db, other_year.id, {"name": "外校学院"})
    events = event_count(db)
    with pytest.raises(ValidationError) as caught:
        outings.create_outing(db, ed, outing_values(stranger.id))
    assert caught.value.fields == {"college_id": "所选学院不属于本年度"}
    activity = activities.add_activity(db, ed, {"college_id": env.smart.id, "title": "智造进社区",
                                                "category": "社会服务", "first_date": DEPART.date(),
                                                "off_campus": True})
    with pytest.raises(ValidationError) as caught:
        outings.create_outing(db, ed, outing_values(env.auto.id, activity_id=activity.id))
    assert caught.value.fields == {"activity_id": "所选相关活动不属于该学院"}
    with pytest.raises(ValidationError) as caught:
        outings.create_outing(db, ed, outing_values(env.auto.id, return_at=DEPART), submit=True)
    assert set(caught.value.fields) == {"return_at"}
    assert event_count(db) == events + 1 and outings.list_outings(db, ed) == []  # only the activity was added
    assert [c.title for c in outings.activities_for(db, ed, env.smart.id)] == ["智造进社区"]


def test_a_college_with_requests_cannot_be_deleted_and_a_purged_activity_is_unlinked(env):
    db, ed = env.db, env.edition.id
    activity = activities.add_activity(db, ed, {"college_id": env.auto.id, "title": "汽修进社区",
                                                "category": "社会服务", "first_date": DEPART.date(),
                                                "off_campus": True})
    outing_id = outing_in(db, ed, env.auto.id, rules.SUBMITTED, activity_id=activity.id)
    assert outings.get_outing(db, outing_id).activity_title == "汽修进社区"
    result = colleges.delete_colleges(db, [env.auto.id])
    assert result.done == () and "1 份外出申请" in result.refused[0][2]
    activity_bin.delete_activities(db, [activity.id])
    activity_bin.purge_deleted(db, ed, [activity.id])
    assert outings.get_outing(db, outing_id).activity_id is None


def test_create_and_submit_in_one_step(env):
    db, ed = env.db, env.edition.id
    result = outings.create_outing(db, ed, outing_values(env.auto.id), submit=True, now=RETURN - dt.timedelta(days=1))
    assert result.record.state == "已提交" and result.record.submitted_at == RETURN - dt.timedelta(days=1)
    assert len(result.warnings) == 1
    assert [e.action for e in outings.history(db, result.record.id)] == ["create", "transition"]


def test_saving_and_submitting_a_draft_or_returned_request_is_one_step(env):
    db, ed = env.db, env.edition.id
    draft = outing_in(db, ed, env.auto.id, rules.DRAFT)
    values = outings.get_outing(db, draft).values()
    with pytest.raises(ValidationError, match="目的地不能为空"):
        outings.update_outing(db, draft, {**values, "destination": ""}, submit=True, now=BEFORE)
    assert outings.get_outing(db, draft).state == "草稿"  # nothing half-done: neither saved nor filed
    record = outings.update_outing(db, draft, {**values, "destination": "洛带古镇"}, submit=True, now=BEFORE)
    assert (record.state, record.destination, record.submitted_at) == ("已提交", "洛带古镇", BEFORE)
    returned = outing_in(db, ed, env.auto.id, rules.RETURNED)
    values = outings.get_outing(db, returned).values()
    assert outings.update_outing(db, returned, values, submit=True, now=BEFORE).state == "已提交"
    with pytest.raises(ConflictError, match="不能提交"):
        outings.update_outing(db, returned, values, submit=True, now=BEFORE)
    assert [e.after.get("state") for e in outings.history(db, returned) if e.action == "transition"][-1] == "已提交"


def test_a_comment_longer_than_500_characters_is_refused(env):
    outing_id = outing_in(env.db, env.edition.id, env.auto.id, rules.SUBMITTED)
    with pytest.raises(ValidationError) as caught:
        outings.return_outing(env.db, outing_id, "长" * 501, now=BEFORE)
    assert caught.value.fields == {"comment": "意见不能超过500个字"}
    with pytest.raises(ValidationError, match="补办原因不能超过500个字"):
        outings.approve_outing(env.db, outing_id, late_reason="长" * 501, now=DURING)
    assert outings.return_outing(env.db, outing_id, "长" * 500, now=BEFORE).record.state == "已退回"


def test_office_rules_are_changed_together_or_not_at_all_and_a_bad_value_is_named(env):
    db, ed = env.db, env.edition.id
    events = event_count(db)
    with pytest.raises(ValidationError) as caught:
        outings.set_office_rules(db, ed, lead_days=7, papers=["活动方案", "发票"])
    assert caught.value.fields == {"papers": "材料“发票”无效，应为：活动方案、安全应急预案、安全承诺书、学生名单、车辆合同"}
    assert outings.office_rules(db, ed) == (3, list(rules.DEFAULT_REQUIRED_PAPERS)) and event_count(db) == events
    with pytest.raises(ValidationError) as caught:
        outings.set_office_rules(db, ed, lead_days=-1, papers=["活动方案"])
    assert caught.value.fields == {"lead_days": "至少提前天数“-1”无效，应为 0 到 60 之间的整数"}
    assert outings.office_rules(db, ed) == (3, list(rules.DEFAULT_REQUIRED_PAPERS)) and event_count(db) == events
    assert outings.set_office_rules(db, ed, lead_days=7, papers=["学生名单", "活动方案"]) == (7, ["活动方案", "学生名单"])
    assert event_count(db) == events + 2
