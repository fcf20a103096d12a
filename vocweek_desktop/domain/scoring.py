"""The 优秀组织奖 result rule, exactly as the office states it (issue 11, item 4), and nothing else:

- a judge's total for a college = the sum of the judge's criterion scores; abstentions and unscored rows do not
  count (nor does a row scored on some criteria only);
- a college's final score = the mean of its judges' totals; when at least N judges (``trim_threshold``) scored
  the college, one highest and one lowest total are dropped first;
- finals are compared rounded to two decimals (half up); equal finals are broken by the college's mean score on
  the criteria in the tie-break order (means over every judge whose total counts, same rounding); colleges still
  equal share a rank (1, 2, 2, 4);
- a college scored by fewer than ``min_judges`` judges is flagged; so is one whose judges' totals spread more than
  ``spread_limit`` points;
- the top ``quota`` are proposed; a group sharing a rank across the quota line is not proposed: the office chooses
  among its colleges by name (``settle``).

Scores are exact fractions (half points), so no sum or mean picks up a binary rounding error; rounding happens
once, to two decimals, where the rule says so.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.errors import ValidationError

_HALF = Fraction(1, 2)


def round2(value: Fraction | int) -> Decimal:
    """``value`` rounded half up (四舍五入) to two decimals, exactly (scores are never negative)."""
    scaled = Fraction(value) * 100
    return Decimal(math.floor(scaled + _HALF)).scaleb(-2)


def points_text(value: Fraction | Decimal | int) -> str:
    """Points as people write them: 30, 27.5, 85.33 (no trailing zeros)."""
    if isinstance(value, Fraction):
        value = round2(value)
    text = format(Decimal(value).quantize(Decimal("0.01")), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


@dataclass(frozen=True)
class Criterion:
    """A criterion of the rubric as the rule sees it: its id, name, maximum points and place (1-based) in the rubric."""

    id: int
    name: str
    max_points: Fraction
    position: int


@dataclass(frozen=True)
class Sheet:
    """One row of a judge's score sheet: the college, the judge's points per criterion id, and 回避."""

    judge_id: int
    college_id: int
    scores: Mapping[int, Fraction] = field(default_factory=dict)
    abstain: bool = False


@dataclass(frozen=True)
class Rules:
    """The settings of the rule (edition settings awards.*, and the edition's quota)."""

    trim_threshold: int = 5
    min_judges: int = 3
    spread_limit: Fraction | None = Fraction(20)
    tie_break: tuple[int, ...] = (2, 3, 1)  # criterion positions, 1-based
    quota: int = 4


@dataclass(frozen=True)
class JudgeTotal:
    """A judge's total for a college, and whether the trimmed mean dropped it ("high", "low" or None)."""

    judge_id: int
    total: Fraction
    dropped: str | None = None


@dataclass(frozen=True)
class Flag:
    """Something the office should look at before confirming: a code (few_judges, spread, unscored, incomplete) and
    the sentence that says it."""

    code: str
    text: str


@dataclass(frozen=True)
class CollegeResult:
    """One college's line of the result, with everything needed to explain it."""

    college_id: int
    name: str
    totals: tuple[JudgeTotal, ...]  # counted judges, in the judges' order
    abstained: tuple[int, ...]  # judge ids
    incomplete: tuple[int, ...]  # judge ids whose row lacks some criteria (not counted)
    trimmed: bool
    exact_final: Fraction | None
    final: Decimal | None
    criterion_means: tuple[tuple[int, Decimal], ...]  # (criterion id, mean rounded) in rubric order
    tie_key: tuple[Decimal, ...]  # the means compared after the final, in the tie-break order
    rank: int | None
    flags: tuple[Flag, ...]
    tie_note: str = ""  # how a tie on the final was settled (or not)
    proposed: bool = False
    tied_at_line: bool = False

    @property
    def counted(self) -> int:
        """How many judges' totals count (before trimming)."""
        return len(self.totals)

    @property
    def spread(self) -> Fraction | None:
        """Highest minus lowest counted total."""
        if not self.totals:
            return None
        values = [t.total for t in self.totals]
        return max(values) - min(values)

    def mean_of(self, criterion_id: int) -> Decimal | None:
        """The rounded mean on one criterion (None when nobody's total counts)."""
        return dict(self.criterion_means).get(criterion_id)


@dataclass(frozen=True)
class Result:
    """The whole result: a line per college (ranked first, in rank order; unranked after), the proposal, and the
    group tied across the quota line (``open_places`` of them to be chosen by name)."""

    rows: tuple[CollegeResult, ...]
    rules: Rules
    criteria: tuple[Criterion, ...]
    proposed: tuple[int, ...]
    tied: tuple[int, ...] = ()
    open_places: int = 0

    def row(self, college_id: int) -> CollegeResult:
        """The line of one college."""
        return next(r for r in self.rows if r.college_id == college_id)

    @property
    def needs_choice(self) -> bool:
        """Whether the office must choose among colleges tied across the quota line."""
        return bool(self.tied)

    def name_of(self, college_id: int) -> str:
        """A college's name."""
        return self.row(college_id).name


def tie_break_criteria(criteria: Sequence[Criterion], order: Sequence[int]) -> list[Criterion]:
    """The criteria compared after the final, in the order given by their positions (positions the rubric does not
    have are skipped; a criterion is compared once)."""
    by_position = {c.position: c for c in criteria}
    chosen: list[Criterion] = []
    for position in order:
        found = by_position.get(position)
        if found is not None and found not in chosen:
            chosen.append(found)
    return chosen


def _college_line(college_id: int, name: str, sheets: Sequence[Sheet], criteria: Sequence[Criterion],
                  judge_order: Mapping[int, int], rules: Rules, breakers: Sequence[Criterion]) -> CollegeResult:
    ids = [c.id for c in criteria]
    counted: list[Sheet] = []
    abstained, incomplete = [], []
    for sheet in sorted(sheets, key=lambda s: judge_order.get(s.judge_id, s.judge_id)):
        if sheet.abstain:
            abstained.append(sheet.judge_id)
        elif all(c in sheet.scores for c in ids):
            counted.append(sheet)
        elif any(c in sheet.scores for c in ids):
            incomplete.append(sheet.judge_id)
        # a row with no score at all is "not scored yet": neither counted nor flagged
    totals = [JudgeTotal(s.judge_id, sum((Fraction(s.scores[c]) for c in ids), Fraction(0))) for s in counted]
    trimmed = bool(totals) and len(totals) >= rules.trim_threshold
    kept = totals
    if trimmed:
        high = max(range(len(totals)), key=lambda i: (totals[i].total, -i))  # the first of equal highs
        low = min(range(len(totals)), key=lambda i: (totals[i].total, i))  # the first of equal lows
        if low == high:  # every total equal: still two different judges are dropped
            low = next(i for i in range(len(totals)) if i != high)
        marked = []
        for index, item in enumerate(totals):
            dropped = "high" if index == high else "low" if index == low else None
            marked.append(JudgeTotal(item.judge_id, item.total, dropped))
        totals = marked
        kept = [t for t in totals if t.dropped is None]
    exact = sum((t.total for t in kept), Fraction(0)) / len(kept) if kept else None
    means = tuple((c, round2(sum((Fraction(s.scores[c]) for s in counted), Fraction(0)) / len(counted)))
                  for c in ids) if counted else ()
    mean_of = dict(means)
    tie_key = tuple(mean_of[c.id] for c in breakers) if counted else ()
    flags: list[Flag] = []
    if not counted:
        flags.append(Flag("unscored", msg.AWARD_FLAG_UNSCORED))
    elif len(counted) < rules.min_judges:
        flags.append(Flag("few_judges", msg.AWARD_FLAG_FEW_JUDGES.format(count=len(counted), minimum=rules.min_judges)))
    if counted and rules.spread_limit is not None:
        values = [t.total for t in totals]
        spread = max(values) - min(values)
        if spread > rules.spread_limit:
            flags.append(Flag("spread", msg.AWARD_FLAG_SPREAD.format(
                spread=points_text(spread), limit=points_text(rules.spread_limit),
                high=points_text(max(values)), low=points_text(min(values)))))
    if incomplete:
        flags.append(Flag("incomplete", msg.AWARD_FLAG_INCOMPLETE.format(count=len(incomplete))))
    return CollegeResult(college_id, name, tuple(totals), tuple(abstained), tuple(incomplete), trimmed, exact,
                         round2(exact) if exact is not None else None, means, tie_key, None, tuple(flags))


def compute(colleges: Sequence[tuple[int, str]], criteria: Sequence[Criterion], sheets: Iterable[Sheet],
            rules: Rules, judge_order: Sequence[int] = ()) -> Result:
    """The result of ``sheets`` for ``colleges`` (id, name; in the office's order) under ``rules``.

    ``judge_order`` lists judge ids in the order the office lists its judges (which high or low total of several
    equal ones is marked dropped; it never changes a final).
    """
    if not criteria or sum(c.max_points for c in criteria) <= 0:
        raise ValidationError({"criteria": msg.AWARD_RUBRIC_ALL_ZERO})
    order = {judge: index for index, judge in enumerate(judge_order)}
    by_college: dict[int, list[Sheet]] = {}
    for sheet in sheets:
        by_college.setdefault(sheet.college_id, []).append(sheet)
    breakers = tie_break_criteria(criteria, rules.tie_break)
    lines = [_college_line(cid, name, by_college.get(cid, ()), criteria, order, rules, breakers)
             for cid, name in colleges]
    place = {cid: index for index, (cid, _name) in enumerate(colleges)}
    ranked = sorted((line for line in lines if line.final is not None),
                    key=lambda line: ((line.final, *line.tie_key), -place[line.college_id]), reverse=True)
    unranked = [line for line in lines if line.final is None]

    # Competition ranking: 1 + how many are strictly ahead on (final, tie-break means).
    result_rows: list[CollegeResult] = []
    for line in ranked:
        key = (line.final, *line.tie_key)
        ahead = sum(1 for other in ranked if (other.final, *other.tie_key) > key)
        result_rows.append(_with(line, rank=ahead + 1, tie_note=_tie_note(line, ranked, breakers)))

    proposed: list[int] = []
    tied: list[int] = []
    open_places = 0
    index = 0
    while index < len(result_rows):
        rank = result_rows[index].rank
        group = [row for row in result_rows[index:] if row.rank == rank]
        last = rank + len(group) - 1
        if last <= rules.quota:
            proposed.extend(row.college_id for row in group)
        elif rank <= rules.quota:
            tied = [row.college_id for row in group]
            open_places = rules.quota - rank + 1
            break
        else:
            break
        index += len(group)
    result_rows = [_with(row, proposed=row.college_id in proposed, tied_at_line=row.college_id in tied)
                   for row in result_rows]
    return Result(tuple(result_rows) + tuple(unranked), rules, tuple(criteria), tuple(proposed), tuple(tied),
                  open_places)


def _with(line: CollegeResult, **changes) -> CollegeResult:
    from dataclasses import replace

    return replace(line, **changes)


def _tie_note(line: CollegeResult, ranked: Sequence[CollegeResult], breakers: Sequence[Criterion]) -> str:
    """How a tie on the final was settled for ``line``: by which criterion, or not at all (shared rank)."""
    same_final = [other for other in ranked if other.final == line.final and other is not line]
    if not same_final:
        return ""
    names = "、".join(other.name for other in same_final)
    still = [other for other in same_final if other.tie_key == line.tie_key]
    if not breakers:
        return msg.AWARD_TIE_NO_BREAKER.format(others=names, final=points_text(line.final))
    compared = "，".join(f"{c.name} {points_text(v)}" for c, v in zip(breakers, line.tie_key, strict=True))
    if still:
        return msg.AWARD_TIE_SHARED.format(others=names, final=points_text(line.final), compared=compared,
                                           same="、".join(other.name for other in still))
    return msg.AWARD_TIE_BROKEN.format(others=names, final=points_text(line.final), compared=compared)


def settle(result: Result, chosen: Sequence[int]) -> tuple[int, ...]:
    """The colleges awarded: those proposed and, when a group is tied across the quota line, the ``chosen`` ones.

    Choosing is refused when there is no such tie; when there is one, exactly ``open_places`` of the tied colleges
    must be chosen (the message names the tied colleges).
    """
    chosen = list(dict.fromkeys(chosen))
    tied_names = "、".join(result.name_of(c) for c in result.tied)
    if not result.tied:
        if chosen:
            raise ValidationError({"chosen": msg.AWARD_NO_TIE_TO_SETTLE})
        return result.proposed
    if not chosen:
        raise ValidationError({"chosen": msg.AWARD_TIE_NEEDS_CHOICE.format(
            count=result.open_places, names=tied_names)})
    strangers = [c for c in chosen if c not in result.tied]
    if strangers:
        known = {row.college_id: row.name for row in result.rows}
        raise ValidationError({"chosen": msg.AWARD_CHOICE_NOT_TIED.format(
            name="、".join(known.get(c, str(c)) for c in strangers), names=tied_names)})
    if len(chosen) != result.open_places:
        raise ValidationError({"chosen": msg.AWARD_CHOICE_COUNT.format(
            count=result.open_places, names=tied_names, chosen=len(chosen))})
    return result.proposed + tuple(c for c in result.tied if c in chosen)


def rule_lines(rules: Rules, criteria: Sequence[Criterion]) -> list[str]:
    """The rule in words, with this edition's settings and criteria (shown on screen and on every printed result)."""
    breakers = tie_break_criteria(criteria, rules.tie_break)
    order = "、".join(f"“{c.name}”" for c in breakers) or msg.AWARD_RULE_NO_BREAKER
    lines = [
        msg.AWARD_RULE_TOTAL,
        msg.AWARD_RULE_FINAL.format(threshold=rules.trim_threshold),
        msg.AWARD_RULE_TIES.format(order=order),
        msg.AWARD_RULE_FLAGS.format(minimum=rules.min_judges)
        + (msg.AWARD_RULE_SPREAD.format(limit=points_text(rules.spread_limit)) if rules.spread_limit is not None
           else "") + "。",
        msg.AWARD_RULE_QUOTA.format(quota=rules.quota),
    ]
    return [f"{number}. {line}" for number, line in enumerate(lines, start=1)]
