"""The 优秀组织奖 (notice 七): the records the tab, the CLI and the exports share, what they read (the rubric, a
judge's sheet, progress), and the result with its rule in words and the confirmation that locks scores and result
(unlocking needs a reason; both are in the audit trail).

Editing lives next door: the rubric in ``award_rubric``, the judges in ``award_judges``, the scores in
``award_scores``. Every public function is one transaction. While an edition's result is confirmed (locked), nothing
that changes the result is accepted: scores, the rubric, the rule's settings, deleting a judge who has scored.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocweek_desktop.domain import awards as rules
from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain import scoring
from vocweek_desktop.domain.errors import ConflictError, ValidationError
from vocweek_desktop.domain.organisers import OrganiserMatcher
from vocweek_desktop.services import audit, edition_settings, ordering
from vocweek_desktop.services.rows import get_row, load_edition
from vocweek_desktop.store.engine import Database
from vocweek_desktop.store.models import (
    AwardCriterion,
    AwardJudge,
    AwardResult,
    AwardReview,
    AwardScore,
    College,
    Edition,
)

# --- records -----------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class CriterionRecord:
    """A criterion of the rubric as plain values (``position``: 1-based place in the rubric)."""

    id: int
    name: str
    description: str
    max_points: Fraction
    position: int

    @property
    def header(self) -> str:
        """名称（满分N）: the criterion as a score sheet's column header shows it."""
        return msg.AWARD_CRITERION_HEADER.format(name=self.name, maximum=rules.points_label(self.max_points))


@dataclass(frozen=True)
class JudgeRecord:
    """A judge as plain values (``college_name``: the college they abstain from, "" when none)."""

    id: int
    name: str
    unit: str
    college_id: int | None
    college_name: str
    sheet_uid: str
    position: int


@dataclass(frozen=True)
class SheetRow:
    """One college in a judge's score sheet: the judge's points per criterion id, comment, 回避, and its state:
    ``unscored`` (nothing yet), ``partial`` (some criteria), ``scored``, ``abstained``; ``own``: the judge is
    from this college."""

    college_id: int
    college_name: str
    scores: dict[int, Fraction]
    comment: str
    abstain: bool
    reason: str
    state: str
    own: bool

    @property
    def total(self) -> Fraction | None:
        """The sum of the scores (None when there is none)."""
        return sum(self.scores.values(), Fraction(0)) if self.scores else None


@dataclass(frozen=True)
class LockState:
    """Whether the edition's result is confirmed and locked; who confirmed it and when; what was awarded; the last
    unlock (who, when, why)."""

    locked: bool = False
    confirmed_at: dt.datetime | None = None
    confirmed_by: str = ""
    awarded: tuple[int, ...] = ()
    chosen: tuple[int, ...] = ()
    unlocked_at: dt.datetime | None = None
    unlocked_by: str = ""
    unlock_reason: str = ""


@dataclass(frozen=True)
class JudgeProgress:
    """How far one judge has got: colleges scored, partly scored, abstained, not yet, of how many."""

    judge_id: int
    name: str
    scored: int
    partial: int
    abstained: int
    unscored: int
    total: int


@dataclass(frozen=True)
class Progress:
    """Who has scored which colleges: per judge, and per (judge, college) the row's state."""

    judges: tuple[JudgeProgress, ...]
    states: dict[tuple[int, int], str]  # (judge id, college id) → unscored / partial / scored / abstained
    colleges: tuple[tuple[int, str], ...]

    @property
    def complete(self) -> bool:
        """Every judge has scored or abstained from every college."""
        return all(j.scored + j.abstained == j.total for j in self.judges) and bool(self.judges)


@dataclass(frozen=True)
class ResultView:
    """The result as the tab, the CLI and the exports show it: the domain result, the rule in words, the rubric,
    the judges, every judge's sheet rows, the lock, and the colleges awarded (confirmed) or proposed."""

    edition_id: int
    year: int
    award_name: str
    result: scoring.Result
    rule_lines: tuple[str, ...]
    criteria: tuple[CriterionRecord, ...]
    judges: tuple[JudgeRecord, ...]
    reviews: dict[tuple[int, int], SheetRow] = field(default_factory=dict)  # (judge id, college id)
    lock: LockState = field(default_factory=LockState)

    @property
    def awarded(self) -> tuple[int, ...]:
        """The colleges awarded when confirmed, else those proposed."""
        return self.lock.awarded if self.lock.locked else self.result.proposed

    def json_rows(self) -> list[dict[str, object]]:
        """The ranking as ``vocweek scores result --json`` prints it."""
        return [{"college": row.name, "rank": row.rank, "final": float(row.final) if row.final is not None else None,
                 "judges": row.counted, "flags": [flag.text for flag in row.flags],
                 "awarded": row.college_id in self.awarded}
                for row in self.result.rows]

# --- helpers -----------------------------------------------------------------------------------------------------

def _result_row(session: Session, edition_id: int) -> AwardResult | None:
    return session.scalar(select(AwardResult).where(AwardResult.edition_id == edition_id))


def is_locked(session: Session, edition_id: int) -> bool:
    """Whether the edition's result is confirmed and locked (inside a running transaction)."""
    row = _result_row(session, edition_id)
    return bool(row is not None and row.locked)


def check_unlocked(session: Session, edition_id: int) -> None:
    """Refuse (ConflictError) a change that would alter a locked result."""
    if is_locked(session, edition_id):
        raise ConflictError(msg.AWARD_LOCKED)


def _criteria(session: Session, edition_id: int) -> list[CriterionRecord]:
    rows = ordering.ordered(session, AwardCriterion, edition_id)
    return [CriterionRecord(c.id, c.name, c.description, rules.points_of(c.max_halves), position)
            for position, c in enumerate(rows, start=1)]


def _judges(session: Session, edition_id: int) -> list[JudgeRecord]:
    names = dict(session.execute(select(College.id, College.name).where(College.edition_id == edition_id)).all())
    rows = ordering.ordered(session, AwardJudge, edition_id)
    return [JudgeRecord(j.id, j.name, j.unit, j.college_id, names.get(j.college_id, ""), j.sheet_uid, position)
            for position, j in enumerate(rows, start=1)]


def _colleges(session: Session, edition_id: int) -> list[tuple[int, str]]:
    return [(c.id, c.name) for c in ordering.ordered(session, College, edition_id)]


def _state(scores: Mapping[int, Fraction], abstain: bool, criteria: Sequence[CriterionRecord]) -> str:
    if abstain:
        return "abstained"
    if not scores:
        return "unscored"
    return "scored" if all(c.id in scores for c in criteria) else "partial"


def _sheet_rows(session: Session, edition_id: int, judge_ids: Iterable[int] | None = None
                ) -> dict[tuple[int, int], SheetRow]:
    """Every review of the edition (or of some judges) as sheet rows, by (judge id, college id)."""
    criteria = _criteria(session, edition_id)
    names = dict(_colleges(session, edition_id))
    own = dict(session.execute(select(AwardJudge.id, AwardJudge.college_id)
                               .where(AwardJudge.edition_id == edition_id)).all())
    statement = select(AwardReview).where(AwardReview.edition_id == edition_id)
    if judge_ids is not None:
        statement = statement.where(AwardReview.judge_id.in_(list(judge_ids)))
    reviews = list(session.scalars(statement))
    scores: dict[int, dict[int, Fraction]] = {}
    if reviews:
        for review_id, criterion_id, halves in session.execute(
                select(AwardScore.review_id, AwardScore.criterion_id, AwardScore.halves)
                .where(AwardScore.review_id.in_([r.id for r in reviews]))):
            scores.setdefault(review_id, {})[criterion_id] = rules.points_of(halves)
    rows = {}
    for review in reviews:
        found = scores.get(review.id, {})
        rows[(review.judge_id, review.college_id)] = SheetRow(
            review.college_id, names.get(review.college_id, ""), found, review.comment, review.abstain,
            review.abstain_reason, _state(found, review.abstain, criteria), own.get(review.judge_id) == review.college_id)
    return rows


# --- reads -----------------------------------------------------------------------------------------------------------

def list_criteria(db: Database, edition_id: int) -> list[CriterionRecord]:
    """The edition's criteria in rubric order."""
    with db.transaction() as session:
        load_edition(session, edition_id)
        return _criteria(session, edition_id)


def judge_sheet(db: Database, judge_id: int) -> list[SheetRow]:
    """A judge's score sheet: every college of the edition, in order, with what the judge has entered."""
    with db.transaction() as session:
        judge = get_row(session, AwardJudge, judge_id, msg.AWARD_JUDGE_NOT_FOUND)
        found = _sheet_rows(session, judge.edition_id, [judge.id])
        return [found.get((judge.id, cid)) or SheetRow(cid, name, {}, "", False, "", "unscored", judge.college_id == cid)
                for cid, name in _colleges(session, judge.edition_id)]


def progress(db: Database, edition_id: int) -> Progress:
    """Who has scored which colleges."""
    with db.transaction() as session:
        load_edition(session, edition_id)
        colleges = _colleges(session, edition_id)
        rows = _sheet_rows(session, edition_id)
        judges = []
        states: dict[tuple[int, int], str] = {}
        for judge in _judges(session, edition_id):
            counts = {"scored": 0, "partial": 0, "abstained": 0, "unscored": 0}
            for cid, _name in colleges:
                state = rows[(judge.id, cid)].state if (judge.id, cid) in rows else "unscored"
                states[(judge.id, cid)] = state
                counts[state] += 1
            judges.append(JudgeProgress(judge.id, judge.name, total=len(colleges), **counts))
        return Progress(tuple(judges), states, tuple(colleges))


# --- result, confirmation, lock ----------------------------------------------------------------------------------

def _lock_state(row: AwardResult | None) -> LockState:
    if row is None:
        return LockState()
    snapshot = json.loads(row.snapshot_json or "{}")
    return LockState(row.locked, row.confirmed_at, row.confirmed_by, tuple(json.loads(row.awarded_json or "[]")),
                     tuple(snapshot.get("chosen", ())), row.unlocked_at, row.unlocked_by, row.unlock_reason)


def lock_state(db: Database, edition_id: int) -> LockState:
    """Whether the edition's result is confirmed and locked, and by whom."""
    with db.transaction() as session:
        load_edition(session, edition_id)
        return _lock_state(_result_row(session, edition_id))


def rule_settings(session: Session, edition_id: int) -> dict[str, object]:
    """The awards.* settings of the edition (defaults where never set), inside a running transaction."""
    return {key: edition_settings.value_in(session, edition_id, key) for key in rules.RULE_SETTINGS}


def _rules(session: Session, edition: Edition) -> scoring.Rules:
    return rules.rules_from(rule_settings(session, edition.id), edition.award_quota)


def _compute(session: Session, edition_id: int) -> ResultView:
    edition = load_edition(session, edition_id)
    row = _result_row(session, edition_id)
    lock = _lock_state(row)
    criteria = _criteria(session, edition_id)
    judges = _judges(session, edition_id)
    reviews = _sheet_rows(session, edition_id)
    if lock.locked:  # the settings as confirmed (scores and rubric cannot have changed meanwhile)
        stored = json.loads(row.snapshot_json or "{}").get("rules", {})
        the_rules = scoring.Rules(trim_threshold=stored["trim_threshold"], min_judges=stored["min_judges"],
                                  spread_limit=Fraction(stored["spread_limit"]) if stored["spread_limit"] is not None
                                  else None, tie_break=tuple(stored["tie_break"]), quota=stored["quota"])
    else:
        the_rules = _rules(session, edition)
    domain_criteria = [scoring.Criterion(c.id, c.name, c.max_points, c.position) for c in criteria]
    sheets = [scoring.Sheet(judge_id, college_id, review.scores, review.abstain)
              for (judge_id, college_id), review in reviews.items()]
    result = scoring.compute(_colleges(session, edition_id), domain_criteria, sheets, the_rules,
                             judge_order=[j.id for j in judges])
    return ResultView(edition_id, edition.year, edition.award_name, result,
                      tuple(scoring.rule_lines(the_rules, domain_criteria)), tuple(criteria), tuple(judges), reviews,
                      lock)


def compute_result(db: Database, edition_id: int) -> ResultView:
    """The result now (or as confirmed, when locked), explained."""
    with db.transaction() as session:
        return _compute(session, edition_id)


def _snapshot(view: ResultView, chosen: Sequence[int], awarded: Sequence[int]) -> dict[str, object]:
    the_rules = view.result.rules
    return {
        "rules": {"trim_threshold": the_rules.trim_threshold, "min_judges": the_rules.min_judges,
                  "spread_limit": str(the_rules.spread_limit) if the_rules.spread_limit is not None else None,
                  "tie_break": list(the_rules.tie_break), "quota": the_rules.quota},
        "chosen": list(chosen), "awarded": list(awarded),
        "ranking": [{"college_id": r.college_id, "college": r.name, "rank": r.rank,
                     "final": str(r.final) if r.final is not None else None, "judges": r.counted,
                     "totals": {str(t.judge_id): scoring.points_text(t.total) for t in r.totals},
                     "flags": [f.text for f in r.flags]} for r in view.result.rows],
        "rule": list(view.rule_lines),
    }


def confirm(db: Database, edition_id: int, chosen_names: Sequence[str] = ()) -> LockState:
    """Confirm the result and lock scores, rubric and result. Names are needed (and accepted) only to settle a group
    tied across the quota line; recorded with time and operator."""
    with db.transaction() as session:
        view = _compute(session, edition_id)
        if view.lock.locked:
            raise ConflictError(msg.AWARD_ALREADY_LOCKED)
        if not any(row.rank is not None for row in view.result.rows):
            raise ConflictError(msg.AWARD_NOTHING_SCORED)
        matcher = OrganiserMatcher([(row.college_id, row.name, "") for row in view.result.rows], [])
        chosen = []
        for name in chosen_names:
            found = matcher.find(name)
            if found is None:
                raise ValidationError({"chosen": msg.IMPORT_UNKNOWN_COLLEGE.format(name=name)})
            chosen.append(found.id)
        awarded = scoring.settle(view.result, chosen)
        now = dt.datetime.now().replace(microsecond=0)
        row = _result_row(session, edition_id)
        if row is None:
            row = AwardResult(edition_id=edition_id, unlocked_by="", unlock_reason="")
            session.add(row)
        row.locked, row.confirmed_at, row.confirmed_by = True, now, db.operator or ""
        row.awarded_json = json.dumps(list(awarded))
        row.snapshot_json = json.dumps(_snapshot(view, chosen, awarded), ensure_ascii=False)
        names = [view.result.name_of(c) for c in awarded]
        audit.record(session, db.operator, entity="award", entity_id=edition_id, action="lock", edition_id=edition_id,
                     after={"awarded": names, "chosen": [view.result.name_of(c) for c in chosen],
                            "finals": {r.name: str(r.final) for r in view.result.rows if r.final is not None}},
                     summary=msg.AWARD_CONFIRMED_SUMMARY.format(names="、".join(names)), at=now)
        session.flush()
        return _lock_state(row)


def unlock(db: Database, edition_id: int, reason: str) -> LockState:
    """Unlock a confirmed result so scores can change again; the reason is required and recorded with time and
    operator."""
    text = str(reason or "").strip()
    if not text:
        raise ValidationError({"reason": msg.AWARD_UNLOCK_NEEDS_REASON})
    with db.transaction() as session:
        load_edition(session, edition_id)
        row = _result_row(session, edition_id)
        if row is None or not row.locked:
            raise ConflictError(msg.AWARD_NOT_LOCKED)
        now = dt.datetime.now().replace(microsecond=0)
        row.locked, row.unlocked_at, row.unlocked_by, row.unlock_reason = False, now, db.operator or "", text
        audit.record(session, db.operator, entity="award", entity_id=edition_id, action="unlock",
                     edition_id=edition_id, before={"awarded": json.loads(row.awarded_json or "[]")},
                     after={"reason": text}, summary=msg.AWARD_UNLOCKED_SUMMARY.format(reason=text), at=now)
        session.flush()
        return _lock_state(row)


def rule_values(db: Database, edition_id: int) -> dict[str, object]:
    """The rule's settings (awards.*), the certificate number pattern, and the edition's quota (``quota``)."""
    with db.transaction() as session:
        edition = load_edition(session, edition_id)
        return {**rule_settings(session, edition_id), "quota": edition.award_quota,
                rules.NUMBER_PATTERN: edition_settings.value_in(session, edition_id, rules.NUMBER_PATTERN)}


def set_rule_setting(db: Database, edition_id: int, key: str, value: object) -> object:
    """Change one of the rule's settings (refused while the result is locked); returns the value stored."""
    with db.transaction() as session:
        load_edition(session, edition_id)
        if key in rules.RULE_SETTINGS:
            check_unlocked(session, edition_id)
        return edition_settings.store_in(session, db.operator, edition_id, key, value)
