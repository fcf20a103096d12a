"""The result rule of the 优秀组织奖 with hand-worked examples (each expected figure worked out by hand in the comment
beside it, not by the code under test)."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

from vocweek_desktop.domain.errors import ValidationError
from vocweek_desktop.domain.scoring import Criterion, Rules, Sheet, compute, points_text, round2, rule_lines, settle

C1, C2, C3 = (Criterion(1, "策划组织与宣传推广", Fraction(30), 1), Criterion(2, "线下活动数量及质量", Fraction(40), 2),
              Criterion(3, "师生参与及企业贡献", Fraction(30), 3))
CRITERIA = (C1, C2, C3)


def sheet(judge: int, college: int, a=None, b=None, c=None, *, abstain=False) -> Sheet:
    scores = {cid: Fraction(value) for cid, value in ((1, a), (2, b), (3, c)) if value is not None}
    return Sheet(judge, college, scores, abstain)


def test_mean_of_three_judges_rounded_half_up_to_two_decimals():
    # Totals 25+35+25 = 85, 20+30.5+20 = 70.5, 28+36+24 = 88; mean 243.5 / 3 = 81.1666… → 81.17.
    result = compute([(1, "甲")], CRITERIA, [sheet(1, 1, 25, 35, 25), sheet(2, 1, 20, "30.5", 20),
                                             sheet(3, 1, 28, 36, 24)], Rules(), judge_order=[1, 2, 3])
    line = result.row(1)
    assert [t.total for t in line.totals] == [85, Fraction(141, 2), 88]
    assert line.exact_final == Fraction(487, 6)
    assert line.final == Decimal("81.17")
    assert not line.trimmed and line.rank == 1 and line.flags == ()
    # Criterion means: (25+20+28)/3 = 24.333 → 24.33; (35+30.5+36)/3 = 33.833 → 33.83; (25+20+24)/3 = 23.
    assert line.criterion_means == ((1, Decimal("24.33")), (2, Decimal("33.83")), (3, Decimal("23.00")))


def test_half_up_not_bankers_rounding():
    # 80 + 80 + 80 + 80.5 = 320.5; / 4 = 80.125 → 80.13 (banker's rounding would give 80.12).
    sheets = [sheet(1, 1, 30, 25, 25), sheet(2, 1, 30, 25, 25), sheet(3, 1, 30, 25, 25), sheet(4, 1, 30, "25.5", 25)]
    assert compute([(1, "甲")], CRITERIA, sheets, Rules()).row(1).final == Decimal("80.13")
    assert round2(Fraction(1, 200)) == Decimal("0.01") and round2(Fraction(1, 300)) == Decimal("0.00")
    assert points_text(Decimal("85.50")) == "85.5" and points_text(Fraction(90)) == "90"


def test_trimmed_mean_at_exactly_n_judges_and_plain_mean_below():
    five = [sheet(1, 1, 30, 30, 30), sheet(2, 1, 25, 30, 25), sheet(3, 1, 30, 25, 30), sheet(4, 1, 20, 20, 20),
            sheet(5, 1, 30, 35, 30)]  # totals 90, 80, 85, 60, 95
    line = compute([(1, "甲")], CRITERIA, five, Rules(trim_threshold=5), judge_order=[1, 2, 3, 4, 5]).row(1)
    # 95 (judge 5) and 60 (judge 4) dropped: (90 + 80 + 85) / 3 = 85.
    assert line.trimmed and line.final == Decimal("85.00")
    assert {t.judge_id: t.dropped for t in line.totals} == {1: None, 2: None, 3: None, 4: "low", 5: "high"}
    # The criterion means still take every counted judge: (30+25+30+20+30)/5 = 27 on criterion 1.
    assert line.mean_of(1) == Decimal("27.00")
    # Four judges (below N = 5): nothing dropped, (90 + 80 + 85 + 60) / 4 = 78.75.
    line = compute([(1, "甲")], CRITERIA, five[:4], Rules(trim_threshold=5)).row(1)
    assert not line.trimmed and line.final == Decimal("78.75")
    assert all(t.dropped is None for t in line.totals)
    # With N = 4 the same four are trimmed: drop 90 and 60, (80 + 85) / 2 = 82.5.
    assert compute([(1, "甲")], CRITERIA, five[:4], Rules(trim_threshold=4)).row(1).final == Decimal("82.50")


def test_equal_totals_still_drop_two_different_judges():
    same = [sheet(judge, 1, 30, 30, 30) for judge in range(1, 6)]
    line = compute([(1, "甲")], CRITERIA, same, Rules(), judge_order=[1, 2, 3, 4, 5]).row(1)
    assert [t.dropped for t in line.totals] == ["high", "low", None, None, None]
    assert line.final == Decimal("90.00")


def test_abstentions_unscored_and_partial_rows_do_not_count_and_are_flagged():
    sheets = [sheet(1, 1, 30, 30, 30), sheet(2, 1, 25, 30, 25), sheet(3, 1, 25, None, None),
              sheet(5, 1, abstain=True), Sheet(4, 1, {})]  # judge 4: a row left blank = not scored yet
    line = compute([(1, "甲")], CRITERIA, sheets, Rules(trim_threshold=5, min_judges=3)).row(1)
    # Only judges 1 and 2 count: (90 + 80) / 2 = 85; fewer than 3 judges; one partial row.
    assert line.final == Decimal("85.00") and line.counted == 2 and not line.trimmed
    assert line.abstained == (5,) and line.incomplete == (3,)
    assert [flag.code for flag in line.flags] == ["few_judges", "incomplete"]
    assert line.flags[0].text == "仅 2 位评委评分（少于 3 位）"
    # An abstained score is ignored even when the row carries numbers.
    assert compute([(1, "甲")], CRITERIA, [sheet(1, 1, 30, 40, 30, abstain=True)], Rules()).row(1).final is None


def test_a_college_nobody_scored_has_no_rank_and_comes_last():
    result = compute([(1, "甲"), (2, "乙")], CRITERIA, [sheet(1, 2, 20, 20, 20)], Rules(min_judges=1))
    assert [row.college_id for row in result.rows] == [2, 1]
    assert result.row(1).rank is None and result.row(1).flags[0].code == "unscored"
    assert result.proposed == (2,)


def test_spread_over_the_limit_is_flagged():
    # Totals 95 and 60: 35 apart, over 20.
    line = compute([(1, "甲")], CRITERIA, [sheet(1, 1, 30, 35, 30), sheet(2, 1, 20, 20, 20)],
                   Rules(min_judges=1, spread_limit=Fraction(20))).row(1)
    assert [flag.code for flag in line.flags] == ["spread"]
    assert line.flags[0].text == "评委总分相差 35 分（最高 95，最低 60），超过 20 分"
    assert compute([(1, "甲")], CRITERIA, [sheet(1, 1, 30, 35, 30), sheet(2, 1, 20, 20, 20)],
                   Rules(min_judges=1, spread_limit=Fraction(35))).row(1).flags == ()
    assert compute([(1, "甲")], CRITERIA, [sheet(1, 1, 30, 35, 30), sheet(2, 1, 20, 20, 20)],
                   Rules(min_judges=1, spread_limit=None)).row(1).flags == ()


# Five colleges, one judge each (min_judges 1: no flags in the way). Finals: 丁 90; 甲 乙 丙 85; 戊 70.
# Tie-break order criterion 2, 3, 1: 乙 and 丙 (35, 25, 25) both beat 甲 (30, 25, 30) on criterion 2 and stay equal.
TIED = [sheet(1, 1, 30, 30, 25), sheet(1, 2, 25, 35, 25), sheet(1, 3, 25, 35, 25), sheet(1, 4, 20, 40, 30),
        sheet(1, 5, 20, 30, 20)]
NAMES = [(1, "甲"), (2, "乙"), (3, "丙"), (4, "丁"), (5, "戊")]


def test_ties_broken_by_criteria_in_order_and_not_broken_share_a_rank():
    result = compute(NAMES, CRITERIA, TIED, Rules(min_judges=1))
    assert [(row.name, row.rank) for row in result.rows] == [("丁", 1), ("乙", 2), ("丙", 2), ("甲", 4), ("戊", 5)]
    assert result.row(1).tie_key == (Decimal("30.00"), Decimal("25.00"), Decimal("30.00"))
    assert result.row(1).tie_note == "最终得分与乙、丙相同（85），按单项平均分比较：线下活动数量及质量 30，师生参与及企业贡献 25，" \
                                     "策划组织与宣传推广 30"
    assert "并列" in result.row(2).tie_note and "丙" in result.row(2).tie_note
    assert result.row(4).tie_note == ""
    assert result.proposed == (4, 2, 3, 1) and not result.needs_choice
    # Criterion 1 first instead: 甲 (30) beats 乙 and 丙 (25).
    result = compute(NAMES, CRITERIA, TIED, Rules(min_judges=1, tie_break=(1, 2, 3)))
    assert [(row.name, row.rank) for row in result.rows][:4] == [("丁", 1), ("甲", 2), ("乙", 3), ("丙", 3)]


def test_a_tie_across_the_quota_line_proposes_nothing_past_it_and_needs_a_choice_by_name():
    result = compute(NAMES, CRITERIA, TIED, Rules(min_judges=1, quota=2))
    assert result.proposed == (4,) and result.tied == (2, 3) and result.open_places == 1
    assert [row.tied_at_line for row in result.rows] == [False, True, True, False, False]
    with pytest.raises(ValidationError, match="请从 乙、丙 中选定 1 个学院"):
        settle(result, [])
    with pytest.raises(ValidationError, match="“甲”不在名额线上的并列学院中"):
        settle(result, [1])
    with pytest.raises(ValidationError, match="选了 2 个"):
        settle(result, [2, 3])
    assert settle(result, [3]) == (4, 3)
    # Quota 3 ends right after the tied pair: no choice, and a choice is refused.
    result = compute(NAMES, CRITERIA, TIED, Rules(min_judges=1, quota=3))
    assert result.proposed == (4, 2, 3) and not result.needs_choice
    assert settle(result, []) == (4, 2, 3)
    with pytest.raises(ValidationError, match="不需要选定"):
        settle(result, [1])


def test_a_rubric_whose_points_are_all_zero_is_refused():
    zero = (Criterion(1, "甲", Fraction(0), 1),)
    with pytest.raises(ValidationError, match="分值之和为 0"):
        compute([(1, "甲")], zero, [], Rules())


def test_the_rule_in_words_names_the_settings_and_the_tie_break_criteria_in_order():
    lines = rule_lines(Rules(trim_threshold=6, min_judges=3, spread_limit=Fraction(15), quota=4), CRITERIA)
    assert len(lines) == 5 and lines[0].startswith("1. ")
    assert "达到 6 位及以上" in lines[1]
    assert "“线下活动数量及质量”、“师生参与及企业贡献”、“策划组织与宣传推广”" in lines[2]
    # The criterion means take every judge whose row counts, the trimmed ones too (as compute does): said plainly.
    assert "去掉最高分、最低分的评委也算在内" in lines[2]
    assert "少于 3 位" in lines[3] and "超过 15 分" in lines[3]
    assert "前 4 名" in lines[4]


def test_finals_are_compared_rounded_so_a_higher_exact_mean_can_lose_on_the_tie_break():
    # 甲: eleven judges, ten totals of 85 (25, 35, 25) and one of 86.5 (25, 36.5, 25): 936.5 / 11 = 85.136… → 85.14.
    # 乙: seven judges, six of 85 (30, 30, 25) and one of 86 (30, 31, 25): 596 / 7 = 85.142… → 85.14.
    # Exactly 乙 is ahead; rounded they are equal, and criterion 2 decides: 甲 386.5 / 11 = 35.14, 乙 211 / 7 = 30.14.
    sheets = [sheet(j, 1, 25, 35, 25) for j in range(1, 11)] + [sheet(11, 1, 25, "36.5", 25)]
    sheets += [sheet(j, 2, 30, 30, 25) for j in range(1, 7)] + [sheet(7, 2, 30, 31, 25)]
    result = compute([(1, "甲"), (2, "乙")], CRITERIA, sheets, Rules(trim_threshold=50, min_judges=1, spread_limit=None))
    assert result.row(2).exact_final > result.row(1).exact_final
    assert result.row(1).final == result.row(2).final == Decimal("85.14")
    assert [(row.name, row.rank) for row in result.rows] == [("甲", 1), ("乙", 2)]
    assert result.row(1).tie_key[0] == Decimal("35.14") and result.row(2).tie_key[0] == Decimal("30.14")
