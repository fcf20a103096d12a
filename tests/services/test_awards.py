"""The award services: rubric, judges, score entry, progress, the result, and the lock with its record."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

from tests.award_data import scored
from tests.services.audit_events import event_count
from vocweek_desktop.domain.errors import ConflictError, ValidationError
from vocweek_desktop.services import audit, award_judges, award_rubric, award_scores, awards, editions


@pytest.fixture
def env(db, edition):
    return scored(db, edition.id)


def test_a_new_edition_has_the_notice_rubric_and_copy_forward_takes_it_along(db, edition):
    criteria = awards.list_criteria(db, edition.id)
    assert [(c.name, c.max_points, c.position) for c in criteria] == [
        ("策划组织与宣传推广", 30, 1), ("线下活动数量及质量", 40, 2), ("师生参与及企业贡献", 30, 3)]
    assert criteria[1].header == "线下活动数量及质量（满分40）"
    award_rubric.update_criterion(db, criteria[0].id, {"name": "策划与宣传", "description": "", "max_points": "25.5"})
    awards.set_rule_setting(db, edition.id, "awards.trim_threshold", 6)
    copy = editions.copy_edition(db, edition.id, 2025)
    copied = awards.list_criteria(db, copy.edition_id)
    assert [(c.name, c.max_points) for c in copied] == [("策划与宣传", Fraction(51, 2)), ("线下活动数量及质量", 40),
                                                        ("师生参与及企业贡献", 30)]
    assert awards.rule_values(db, copy.edition_id)["awards.trim_threshold"] == 6


def test_rubric_changes_are_checked_and_recorded(db, edition):
    criteria = awards.list_criteria(db, edition.id)
    with pytest.raises(ValidationError, match="分值“-1”无效"):
        award_rubric.add_criterion(db, edition.id, {"name": "其他", "max_points": -1})
    with pytest.raises(ValidationError, match="分值“2.3”无效"):
        award_rubric.add_criterion(db, edition.id, {"name": "其他", "max_points": "2.3"})
    with pytest.raises(ConflictError, match="已有“线下活动数量及质量”"):
        award_rubric.add_criterion(db, edition.id, {"name": "线下活动数量及质量", "max_points": 10})
    added = award_rubric.add_criterion(db, edition.id, {"name": "特色亮点", "max_points": 10})
    assert added.position == 4
    award_rubric.move_criterion(db, added.id, -3)
    assert [c.name for c in awards.list_criteria(db, edition.id)][0] == "特色亮点"
    for criterion in criteria:
        award_rubric.update_criterion(db, criterion.id, {"name": criterion.name, "max_points": 0})
    before = event_count(db)
    with pytest.raises(ValidationError, match="分值之和为 0"):
        award_rubric.update_criterion(db, added.id, {"name": "特色亮点", "max_points": 0})
    with pytest.raises(ValidationError, match="分值之和为 0"):
        award_rubric.delete_criterion(db, added.id)
    assert event_count(db) == before
    assert [e.action for e in audit.history(db, "criterion", added.id)] == ["create", "move"]


def test_scores_are_checked_against_the_maximum_in_half_points(db, env):
    judge, college, c2 = env.judges["王评委"], env.colleges["学院A"], env.criteria[1]
    for bad, text in ((41, "超过满分 40"), (-1, "不能为负数"), ("良好", "不是数字"), ("27.3", "只能是整数或 .5")):
        with pytest.raises(ValidationError, match=text):
            award_scores.set_score(db, judge, college, c2.id, bad)
    row = award_scores.set_score(db, judge, college, c2.id, "３９.５")
    assert row.scores[c2.id] == Fraction(79, 2) and row.state == "scored"
    row = award_scores.set_score(db, judge, college, c2.id, None)
    assert row.state == "partial" and c2.id not in row.scores
    # A maximum below a score already given is refused.
    with pytest.raises(ValidationError, match="低于已给出的最高得分 29"):
        award_rubric.update_criterion(db, env.criteria[0].id, {"name": env.criteria[0].name, "max_points": 20})


def test_a_judge_from_a_college_cannot_score_it_and_abstaining_clears_the_scores(db, env):
    zhao, college_e = env.judges["赵评委"], env.colleges["学院E"]
    with pytest.raises(ValidationError, match="来自学院E，应回避"):
        award_scores.set_score(db, zhao, college_e, env.criteria[0].id, 20)
    wang, college_a = env.judges["王评委"], env.colleges["学院A"]
    with pytest.raises(ValidationError, match="回避理由"):
        award_scores.set_review(db, wang, college_a, abstain=True)
    row = award_scores.set_review(db, wang, college_a, abstain=True, reason="曾在该学院任职")
    assert row.state == "abstained" and row.scores == {}
    with pytest.raises(ValidationError, match="已回避，不能评分"):
        award_scores.set_score(db, wang, college_a, env.criteria[0].id, 20)
    events = [e for e in audit.events(db, env.edition_id, entity="score") if e.summary == "王评委 → 学院A"]
    assert events[0].after == {"回避": True, "回避理由": "曾在该学院任职", "策划组织与宣传推广": None,
                               "线下活动数量及质量": None, "师生参与及企业贡献": None}
    assert events[0].before["线下活动数量及质量"] == "36"


def test_progress_says_who_has_scored_which_colleges(db, env):
    award_judges.add_judge(db, env.edition_id, {"name": "新评委"})
    progress = awards.progress(db, env.edition_id)
    by_name = {j.name: j for j in progress.judges}
    assert (by_name["王评委"].scored, by_name["王评委"].unscored) == (5, 0)
    assert (by_name["赵评委"].scored, by_name["赵评委"].abstained) == (4, 1)
    assert (by_name["新评委"].scored, by_name["新评委"].unscored) == (0, 5)
    assert progress.states[(env.judges["赵评委"], env.colleges["学院E"])] == "abstained"
    assert not progress.complete


def test_the_result_follows_the_hand_worked_table(db, env):
    view = awards.compute_result(db, env.edition_id)
    ranking = [(row.name, row.rank, row.final) for row in view.result.rows]
    assert ranking == [("学院E", 1, Decimal("93.25")), ("学院A", 2, Decimal("87.00")), ("学院B", 3, Decimal("85.00")),
                       ("学院C", 4, Decimal("85.00")), ("学院D", 5, Decimal("71.00"))]
    assert [f.code for f in view.result.row(env.colleges["学院E"]).flags] == ["few_judges"]
    assert view.result.proposed == tuple(env.colleges[n] for n in ("学院E", "学院A", "学院B", "学院C"))
    assert "线下活动数量及质量 35" in view.result.row(env.colleges["学院B"]).tie_note
    assert len(view.rule_lines) == 5 and not view.lock.locked
    assert view.json_rows()[0] == {"college": "学院E", "rank": 1, "final": 93.25, "judges": 2,
                                   "flags": ["仅 2 位评委评分（少于 3 位）"], "awarded": True}


def test_confirm_locks_scores_rubric_and_rules_until_unlocked_with_a_reason(db, env):
    db.operator = "鄢涛"
    state = awards.confirm(db, env.edition_id)
    assert state.locked and state.confirmed_by == "鄢涛"
    assert state.awarded == tuple(env.colleges[n] for n in ("学院E", "学院A", "学院B", "学院C"))
    before = event_count(db)
    refusals = [
        lambda: award_scores.set_score(db, env.judges["王评委"], env.colleges["学院A"], env.criteria[0].id, 20),
        lambda: award_scores.set_review(db, env.judges["王评委"], env.colleges["学院A"], comment="改评语"),
        lambda: award_rubric.add_criterion(db, env.edition_id, {"name": "新项", "max_points": 5}),
        lambda: award_rubric.update_criterion(db, env.criteria[0].id, {"name": "改名", "max_points": 30}),
        lambda: award_rubric.delete_criterion(db, env.criteria[0].id),
        lambda: award_rubric.move_criterion(db, env.criteria[0].id, 1),
        lambda: award_judges.delete_judge(db, env.judges["王评委"]),
        lambda: awards.set_rule_setting(db, env.edition_id, "awards.trim_threshold", 3),
        lambda: awards.confirm(db, env.edition_id),
    ]
    for refused in refusals:
        with pytest.raises(ConflictError, match="锁定"):
            refused()
    assert event_count(db) == before
    with pytest.raises(ValidationError, match="理由"):
        awards.unlock(db, env.edition_id, "  ")
    db.operator = "湛兴波"
    state = awards.unlock(db, env.edition_id, "学院B 申诉，复核评分")
    assert not state.locked and state.unlocked_by == "湛兴波" and state.unlock_reason == "学院B 申诉，复核评分"
    events = audit.history(db, "award", env.edition_id)
    assert [(e.action, e.operator) for e in events] == [("lock", "鄢涛"), ("unlock", "湛兴波")]
    assert events[0].after["awarded"] == ["学院E", "学院A", "学院B", "学院C"]
    assert events[1].after == {"reason": "学院B 申诉，复核评分"}
    award_scores.set_score(db, env.judges["王评委"], env.colleges["学院A"], env.criteria[0].id, 20)


def test_a_tie_across_the_quota_line_needs_the_names_and_nothing_else_does(db, env, edition):
    editions.update_edition(db, edition.id, {**_edition_values(db, edition.id), "award_quota": 3})
    # Make 学院C equal to 学院B on every criterion mean: both 85 with (35, 25, 25).
    for judge in env.judges.values():
        for criterion, value in zip(env.criteria, (25, 35, 25), strict=True):
            award_scores.set_score(db, judge, env.colleges["学院C"], criterion.id, value)
    view = awards.compute_result(db, env.edition_id)
    assert view.result.tied == (env.colleges["学院B"], env.colleges["学院C"]) and view.result.open_places == 1
    with pytest.raises(ValidationError, match="请从 学院B、学院C 中选定 1 个学院"):
        awards.confirm(db, env.edition_id)
    with pytest.raises(ValidationError, match="“学院D”不在名额线上的并列学院中"):
        awards.confirm(db, env.edition_id, ["学院D"])
    with pytest.raises(ValidationError, match="不在本年度的学院名单中"):
        awards.confirm(db, env.edition_id, ["学院Z"])
    state = awards.confirm(db, env.edition_id, ["学院C"])
    assert state.awarded == tuple(env.colleges[n] for n in ("学院E", "学院A", "学院C"))
    assert state.chosen == (env.colleges["学院C"],)


def _edition_values(db, edition_id):
    record = editions.get_edition(db, edition_id)
    values = {name: getattr(record, name) for name in editions.EDITION_COLUMNS}
    values["contacts"] = [{"name": c.name, "phone": c.phone, "email": c.email} for c in record.contacts]
    return values


def test_judges_are_unique_by_name_and_ensure_adds_the_missing_ones(db, env):
    with pytest.raises(ConflictError, match="已有名为“王评委”的评委"):
        award_judges.add_judge(db, env.edition_id, {"name": "王评委"})
    found = award_judges.ensure_judges(db, env.edition_id, ["李评委", "孙评委"])
    assert [j.name for j in found] == ["李评委", "孙评委"]
    assert [j.name for j in award_judges.list_judges(db, env.edition_id)][-1] == "孙评委"
    with pytest.raises(ValidationError, match="已为学院A评分"):
        award_judges.update_judge(db, env.judges["王评委"], {"name": "王评委", "college_id": env.colleges["学院A"]})
    removed = award_judges.delete_judge(db, env.judges["李评委"])
    assert removed == 5
    assert awards.compute_result(db, env.edition_id).result.row(env.colleges["学院E"]).counted == 1


def test_a_locked_result_keeps_its_colleges_scores_a_college_scored_cannot_be_deleted(db, env):
    # A college with scores but nothing else referring to it: deleting it would take its scores along and change
    # a confirmed result behind the office's back.
    from vocweek_desktop.services import colleges

    awards.confirm(db, env.edition_id)
    before = awards.compute_result(db, env.edition_id).json_rows()
    d = env.colleges["学院D"]
    check = colleges.check_delete_colleges(db, [d])
    assert check.done == () and "评奖结果已确认并锁定" in check.refused[0][2] and "学院D" in check.refused[0][2]
    result = colleges.delete_colleges(db, [d])
    assert result.done == () and result.refused == check.refused
    assert awards.compute_result(db, env.edition_id).json_rows() == before
    # A college nobody scored still goes; unlocked, a scored one goes too (its scores with it).
    spare = colleges.add_college(db, env.edition_id, {"name": "学院F"}).id
    assert colleges.delete_colleges(db, [spare]).done == (spare,)
    awards.unlock(db, env.edition_id, "学院D 撤销参评")
    assert colleges.delete_colleges(db, [d]).done == (d,)
