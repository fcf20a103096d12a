"""The 优秀组织奖 (notice 七): the rubric, the judges, their score sheets, progress, the result with its rule in words,
and the confirmation that locks scores and result (unlocking needs a reason; both are in the audit trail).

Every public function is one transaction. While an edition's result is confirmed (locked), nothing that changes
the result is accepted: scores, the rubric, the rule's settings, deleting a judge who has scored.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from vocweek_desktop.domain import awards as rules
from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain import scoring
from vocweek_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
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


def _audit_review(session: Session, operator: str, judge: AwardJudge, college: College, before: SheetRow | None,
                  after: SheetRow | None, criteria: Sequence[CriterionRecord], action: str = "update") -> None:
    names = {c.id: c.name for c in criteria}

    def values(row: SheetRow | None) -> dict[str, object]:
        if row is None:
            return {}
        shown: dict[str, object] = {names.get(cid, str(cid)): scoring.points_text(points)
                                    for cid, points in sorted(row.scores.items())}
        shown.update({"评语": row.comment, "回避": row.abstain, "回避理由": row.reason})
        return shown

    old, new = audit.changes(values(before), values(after))
    if old or new:
        audit.record(session, operator, entity="score", entity_id=college.id, action=action,
                     edition_id=judge.edition_id, before=old, after=new,
                     summary=msg.AWARD_SCORE_SUMMARY.format(judge=judge.name, college=college.name))


# --- rubric ------------------------------------------------------------------------------------------------------

def list_criteria(db: Database, edition_id: int) -> list[CriterionRecord]:
    """The edition's criteria in rubric order."""
    with db.transaction() as session:
        load_edition(session, edition_id)
        return _criteria(session, edition_id)


def add_default_criteria(session: Session, edition_id: int) -> None:
    """Give a new edition the notice's three criteria (inside the transaction that creates it)."""
    for order, (name, description, points) in enumerate(rules.DEFAULT_CRITERIA):
        session.add(AwardCriterion(edition_id=edition_id, name=name, description=description,
                                   max_halves=points * 2, display_order=order))


def _check_total(session: Session, edition_id: int, changed: int | None, new_halves: int | None) -> None:
    """Refuse a rubric whose points would all be zero (``changed`` set to ``new_halves``; None: removed)."""
    total = 0
    for criterion_id, halves in session.execute(select(AwardCriterion.id, AwardCriterion.max_halves)
                                                .where(AwardCriterion.edition_id == edition_id)):
        if criterion_id == changed:
            halves = new_halves or 0
        total += halves
    if changed is None:
        total += new_halves or 0
    if total <= 0:
        raise ValidationError({"max_points": msg.AWARD_RUBRIC_ALL_ZERO})


def _audited_criterion(row: AwardCriterion) -> dict[str, object]:
    return {"name": row.name, "description": row.description,
            "max_points": scoring.points_text(rules.points_of(row.max_halves))}


def add_criterion(db: Database, edition_id: int, values: Mapping[str, object]) -> CriterionRecord:
    """Append a criterion to the rubric (refused while the result is locked)."""
    cleaned = rules.clean_criterion(values)
    with db.transaction() as session:
        load_edition(session, edition_id)
        check_unlocked(session, edition_id)
        ordering.check_name_free(session, AwardCriterion, edition_id, cleaned["name"],
                                 msg.AWARD_CRITERION_DUPLICATE.format(name=cleaned["name"]))
        halves = rules.halves_of(cleaned["max_points"])
        _check_total(session, edition_id, None, halves)
        row = AwardCriterion(edition_id=edition_id, name=cleaned["name"], description=cleaned["description"],
                             max_halves=halves, display_order=ordering.next_order(session, AwardCriterion, edition_id))
        session.add(row)
        session.flush()
        audit.record(session, db.operator, entity="criterion", entity_id=row.id, action="create",
                     edition_id=edition_id, after=_audited_criterion(row), summary=row.name)
        return next(c for c in _criteria(session, edition_id) if c.id == row.id)


def update_criterion(db: Database, criterion_id: int, values: Mapping[str, object]) -> CriterionRecord:
    """Change a criterion's name, description or maximum (a maximum below a score already given is refused)."""
    cleaned = rules.clean_criterion(values)
    with db.transaction() as session:
        row = get_row(session, AwardCriterion, criterion_id, msg.AWARD_CRITERION_NOT_FOUND)
        check_unlocked(session, row.edition_id)
        ordering.check_name_free(session, AwardCriterion, row.edition_id, cleaned["name"],
                                 msg.AWARD_CRITERION_DUPLICATE.format(name=cleaned["name"]), except_id=row.id)
        halves = rules.halves_of(cleaned["max_points"])
        _check_total(session, row.edition_id, row.id, halves)
        highest = session.scalar(select(func.max(AwardScore.halves)).where(AwardScore.criterion_id == row.id))
        if highest is not None and highest > halves:
            raise ValidationError({"max_points": msg.AWARD_MAX_BELOW_SCORES.format(
                maximum=rules.points_label(cleaned["max_points"]), highest=scoring.points_text(
                    rules.points_of(highest)))})
        old = _audited_criterion(row)
        row.name, row.description, row.max_halves = cleaned["name"], cleaned["description"], halves
        audit.record_update(session, db.operator, entity="criterion", entity_id=row.id, edition_id=row.edition_id,
                            old=old, new=_audited_criterion(row), summary=row.name)
        return next(c for c in _criteria(session, row.edition_id) if c.id == row.id)


def delete_criterion(db: Database, criterion_id: int) -> int:
    """Remove a criterion and the scores given on it (returns how many scores went; recorded)."""
    with db.transaction() as session:
        row = get_row(session, AwardCriterion, criterion_id, msg.AWARD_CRITERION_NOT_FOUND)
        check_unlocked(session, row.edition_id)
        _check_total(session, row.edition_id, row.id, 0)
        count = session.scalar(select(func.count(AwardScore.id)).where(AwardScore.criterion_id == row.id)) or 0
        audit.record(session, db.operator, entity="criterion", entity_id=row.id, action="delete",
                     edition_id=row.edition_id, before={**_audited_criterion(row), "scores": count}, summary=row.name)
        session.delete(row)
        session.flush()
        for order, item in enumerate(ordering.ordered(session, AwardCriterion, row.edition_id)):
            item.display_order = order
        return count


def move_criterion(db: Database, criterion_id: int, offset: int) -> None:
    """Move a criterion up (negative) or down the rubric (its number in the tie-break order moves with it)."""
    with db.transaction() as session:
        row = get_row(session, AwardCriterion, criterion_id, msg.AWARD_CRITERION_NOT_FOUND)
        check_unlocked(session, row.edition_id)
        old, new = ordering.move(session, row, offset)
        if old != new:
            audit.record(session, db.operator, entity="criterion", entity_id=row.id, action="move",
                         edition_id=row.edition_id, before={"display_order": old + 1},
                         after={"display_order": new + 1}, summary=row.name)


# --- judges ------------------------------------------------------------------------------------------------------

def list_judges(db: Database, edition_id: int) -> list[JudgeRecord]:
    """The edition's judges in order."""
    with db.transaction() as session:
        load_edition(session, edition_id)
        return _judges(session, edition_id)


def _check_college(session: Session, edition_id: int, college_id: int | None) -> None:
    if college_id is None:
        return
    college = session.get(College, college_id)
    if college is None or college.edition_id != edition_id:
        raise ValidationError({"college_id": msg.AWARD_JUDGE_COLLEGE_UNKNOWN})


def _audited_judge(session: Session, row: AwardJudge) -> dict[str, object]:
    college = session.get(College, row.college_id) if row.college_id else None
    return {"name": row.name, "unit": row.unit, "college": college.name if college else ""}


def add_judge(db: Database, edition_id: int, values: Mapping[str, object]) -> JudgeRecord:
    """Add a judge (name unique in the edition)."""
    cleaned = rules.clean_judge(values)
    with db.transaction() as session:
        load_edition(session, edition_id)
        row = _add_judge(session, db, edition_id, cleaned)
        return next(j for j in _judges(session, edition_id) if j.id == row.id)


def _add_judge(session: Session, db: Database, edition_id: int, cleaned: Mapping[str, object]) -> AwardJudge:
    ordering.check_name_free(session, AwardJudge, edition_id, cleaned["name"],
                             msg.AWARD_JUDGE_DUPLICATE.format(name=cleaned["name"]))
    _check_college(session, edition_id, cleaned["college_id"])
    row = AwardJudge(edition_id=edition_id, sheet_uid=uuid.uuid4().hex, name=cleaned["name"], unit=cleaned["unit"],
                     college_id=cleaned["college_id"], display_order=ordering.next_order(session, AwardJudge, edition_id))
    session.add(row)
    session.flush()
    audit.record(session, db.operator, entity="judge", entity_id=row.id, action="create", edition_id=edition_id,
                 after=audit.filled(_audited_judge(session, row)), summary=row.name)
    return row


def ensure_judges(db: Database, edition_id: int, names: Sequence[str]) -> list[JudgeRecord]:
    """The judges of these names, the missing ones added (``vocweek scores template --judge``), in the given order."""
    with db.transaction() as session:
        load_edition(session, edition_id)
        wanted = []
        for name in names:
            cleaned = rules.clean_judge({"name": name})
            existing = session.scalar(select(AwardJudge).where(AwardJudge.edition_id == edition_id,
                                                               AwardJudge.name == cleaned["name"]))
            wanted.append(existing.id if existing is not None else _add_judge(session, db, edition_id, cleaned).id)
        by_id = {j.id: j for j in _judges(session, edition_id)}
        return [by_id[judge_id] for judge_id in dict.fromkeys(wanted)]


def update_judge(db: Database, judge_id: int, values: Mapping[str, object]) -> JudgeRecord:
    """Change a judge's name, unit or own college (their own college is refused if they scored it)."""
    cleaned = rules.clean_judge(values)
    with db.transaction() as session:
        row = get_row(session, AwardJudge, judge_id, msg.AWARD_JUDGE_NOT_FOUND)
        ordering.check_name_free(session, AwardJudge, row.edition_id, cleaned["name"],
                                 msg.AWARD_JUDGE_DUPLICATE.format(name=cleaned["name"]), except_id=row.id)
        _check_college(session, row.edition_id, cleaned["college_id"])
        if cleaned["college_id"] is not None and cleaned["college_id"] != row.college_id:
            scored = session.scalar(select(AwardReview.id).where(
                AwardReview.judge_id == row.id, AwardReview.college_id == cleaned["college_id"],
                AwardReview.abstain.is_(False)))
            if scored is not None:
                college = session.get(College, cleaned["college_id"])
                raise ValidationError({"college_id": msg.AWARD_JUDGE_SCORED_OWN.format(
                    judge=cleaned["name"], college=college.name)})
        old = _audited_judge(session, row)
        row.name, row.unit, row.college_id = cleaned["name"], cleaned["unit"], cleaned["college_id"]
        session.flush()
        audit.record_update(session, db.operator, entity="judge", entity_id=row.id, edition_id=row.edition_id,
                            old=old, new=_audited_judge(session, row), summary=row.name)
        return next(j for j in _judges(session, row.edition_id) if j.id == row.id)


def delete_judge(db: Database, judge_id: int) -> int:
    """Remove a judge and their score sheet (refused while locked when they have scored); returns rows removed."""
    with db.transaction() as session:
        row = get_row(session, AwardJudge, judge_id, msg.AWARD_JUDGE_NOT_FOUND)
        count = session.scalar(select(func.count(AwardReview.id)).where(AwardReview.judge_id == row.id)) or 0
        if count:
            check_unlocked(session, row.edition_id)
        audit.record(session, db.operator, entity="judge", entity_id=row.id, action="delete",
                     edition_id=row.edition_id, before={**audit.filled(_audited_judge(session, row)),
                                                        "reviews": count}, summary=row.name)
        edition_id = row.edition_id
        session.delete(row)
        session.flush()
        for order, item in enumerate(ordering.ordered(session, AwardJudge, edition_id)):
            item.display_order = order
        return count


def move_judge(db: Database, judge_id: int, offset: int) -> None:
    """Move a judge up or down the list."""
    with db.transaction() as session:
        row = get_row(session, AwardJudge, judge_id, msg.AWARD_JUDGE_NOT_FOUND)
        ordering.move(session, row, offset)


# --- score sheets ------------------------------------------------------------------------------------------------

def judge_sheet(db: Database, judge_id: int) -> list[SheetRow]:
    """A judge's score sheet: every college of the edition, in order, with what the judge has entered."""
    with db.transaction() as session:
        judge = get_row(session, AwardJudge, judge_id, msg.AWARD_JUDGE_NOT_FOUND)
        found = _sheet_rows(session, judge.edition_id, [judge.id])
        return [found.get((judge.id, cid)) or SheetRow(cid, name, {}, "", False, "", "unscored", judge.college_id == cid)
                for cid, name in _colleges(session, judge.edition_id)]


def _load_pair(session: Session, judge_id: int, college_id: int) -> tuple[AwardJudge, College]:
    judge = get_row(session, AwardJudge, judge_id, msg.AWARD_JUDGE_NOT_FOUND)
    college = get_row(session, College, college_id, msg.COLLEGE_NOT_FOUND)
    if college.edition_id != judge.edition_id:
        raise NotFoundError(msg.COLLEGE_NOT_FOUND)
    return judge, college


def _review(session: Session, judge: AwardJudge, college: College, create: bool) -> AwardReview | None:
    row = session.scalar(select(AwardReview).where(AwardReview.judge_id == judge.id,
                                                   AwardReview.college_id == college.id))
    if row is None and create:
        row = AwardReview(edition_id=judge.edition_id, judge_id=judge.id, college_id=college.id, comment="",
                          abstain=False, abstain_reason="")
        session.add(row)
        session.flush()
    return row


def write_review(session: Session, operator: str | None, judge: AwardJudge, college: College,
                 scores: Mapping[int, int] | None, comment: str, abstain: bool, reason: str,
                 criteria: Sequence[CriterionRecord]) -> SheetRow | None:
    """Set one sheet row inside a running transaction (scores in half points by criterion id; None or {} with no
    comment and no 回避: the row is removed, not scored). Records the change under ``operator`` (None: the caller
    records it, as the import pipeline does). Checks nothing: callers validate."""
    before = _sheet_rows(session, judge.edition_id, [judge.id]).get((judge.id, college.id))
    empty = not scores and not abstain and not comment and not reason
    row = _review(session, judge, college, create=not empty)
    if empty:
        if row is not None:
            session.delete(row)
            session.flush()
        after = None
    else:
        row.comment, row.abstain, row.abstain_reason = comment, abstain, reason
        session.execute(delete(AwardScore).where(AwardScore.review_id == row.id))
        session.add_all(AwardScore(review_id=row.id, criterion_id=cid, halves=halves)
                        for cid, halves in (scores or {}).items())
        session.flush()
        after = _sheet_rows(session, judge.edition_id, [judge.id]).get((judge.id, college.id))
    if operator is not None:
        _audit_review(session, operator, judge, college, before, after, criteria)
    return after


def set_score(db: Database, judge_id: int, college_id: int, criterion_id: int, value: object) -> SheetRow:
    """Enter (or clear, with None or "") one score of a judge's sheet: checked against 0 … the criterion's maximum
    in half points; refused for a college the judge abstains from or belongs to, and while locked."""
    with db.transaction() as session:
        judge, college = _load_pair(session, judge_id, college_id)
        check_unlocked(session, judge.edition_id)
        criteria = _criteria(session, judge.edition_id)
        criterion = next((c for c in criteria if c.id == criterion_id), None)
        if criterion is None:
            raise NotFoundError(msg.AWARD_CRITERION_NOT_FOUND)
        current = _sheet_rows(session, judge.edition_id, [judge.id]).get((judge.id, college.id))
        scores = {cid: rules.halves_of(points) for cid, points in (current.scores if current else {}).items()}
        if value is None or (isinstance(value, str) and not value.strip()):
            scores.pop(criterion_id, None)
        else:
            if judge.college_id == college.id:
                raise ValidationError({"score": msg.AWARD_OWN_COLLEGE.format(judge=judge.name, college=college.name)})
            if current is not None and current.abstain:
                raise ValidationError({"score": msg.AWARD_ABSTAINED_NO_SCORE.format(judge=judge.name,
                                                                                      college=college.name)})
            try:
                points = rules.parse_points(value, criterion.name, criterion.max_points)
            except ValueError as error:
                raise ValidationError({"score": str(error)}) from None
            scores[criterion_id] = rules.halves_of(points)
        row = write_review(session, db.operator or "", judge, college, scores, current.comment if current else "",
                           current.abstain if current else False, current.reason if current else "", criteria)
        return row or SheetRow(college.id, college.name, {}, "", False, "", "unscored", judge.college_id == college.id)


def set_review(db: Database, judge_id: int, college_id: int, *, comment: str | None = None,
               abstain: bool | None = None, reason: str | None = None) -> SheetRow:
    """Change a sheet row's comment or 回避 (with its reason). 回避 clears the row's scores (recorded); refused
    while locked."""
    with db.transaction() as session:
        judge, college = _load_pair(session, judge_id, college_id)
        check_unlocked(session, judge.edition_id)
        criteria = _criteria(session, judge.edition_id)
        current = _sheet_rows(session, judge.edition_id, [judge.id]).get((judge.id, college.id))
        new_abstain = current.abstain if abstain is None and current else bool(abstain)
        new_reason = reason if reason is not None else (current.reason if current else "")
        if new_abstain and not new_reason and judge.college_id == college.id:
            new_reason = msg.AWARD_OWN_COLLEGE_REASON
        new_comment, new_reason = rules.clean_review_text(comment if comment is not None else
                                                          (current.comment if current else ""), new_reason, new_abstain)
        scores = {} if new_abstain else {cid: rules.halves_of(p) for cid, p in (current.scores if current else {}).items()}
        row = write_review(session, db.operator or "", judge, college, scores, new_comment, new_abstain, new_reason,
                           criteria)
        return row or SheetRow(college.id, college.name, {}, "", False, "", "unscored", judge.college_id == college.id)


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


def copy_forward(session: Session, source_id: int, target_id: int) -> int:
    """Copy the rubric, the award settings and the certificate template of an edition into a new one (inside the
    copy's transaction); returns how many criteria were copied."""
    from vocweek_desktop.store.models import CertificateField, CertificateTemplate, EditionSetting

    count = 0
    for row in ordering.ordered(session, AwardCriterion, source_id):
        session.add(AwardCriterion(edition_id=target_id, name=row.name, description=row.description,
                                   max_halves=row.max_halves, display_order=row.display_order))
        count += 1
    for setting in session.scalars(select(EditionSetting).where(EditionSetting.edition_id == source_id,
                                                                EditionSetting.key.like("awards.%"))):
        session.add(EditionSetting(edition_id=target_id, key=setting.key, value_json=setting.value_json))
    template = session.scalar(select(CertificateTemplate).where(CertificateTemplate.edition_id == source_id))
    if template is not None:
        copied = CertificateTemplate(edition_id=target_id, **{
            column.key: getattr(template, column.key) for column in CertificateTemplate.__table__.columns
            if column.key not in ("id", "edition_id", "issue_date")})
        session.add(copied)
        session.flush()
        for item in session.scalars(select(CertificateField).where(CertificateField.template_id == template.id)):
            session.add(CertificateField(template_id=copied.id, **{
                column.key: getattr(item, column.key) for column in CertificateField.__table__.columns
                if column.key not in ("id", "template_id")}))
    return count


# (name, unit, index of the sample college the judge is from or None) — the demo's judges.
_DEMO_JUDGES = (("周评委", "教务处", None), ("吴评委", "学生处团委", None), ("郑评委", "融媒体中心", None),
                ("冯评委", "智能制造学院", 0))


def add_demo_scores(db: Database, edition_id: int) -> int:
    """Four sample judges and plausible scores for every college (for the demo and screenshots); returns the number
    of sheet rows written. The scores are made up, deterministic, in half points, within each maximum."""
    with db.transaction() as session:
        load_edition(session, edition_id)
        criteria = _criteria(session, edition_id)
        colleges = _colleges(session, edition_id)
        count = 0
        for j, (name, unit, own) in enumerate(_DEMO_JUDGES):
            judge = _add_judge(session, db, edition_id, {"name": name, "unit": unit,
                                                         "college_id": colleges[own][0] if own is not None else None})
            for i, (college_id, _college) in enumerate(colleges):
                college = session.get(College, college_id)
                if own == i:
                    write_review(session, db.operator or "", judge, college, {}, "", True, msg.AWARD_OWN_COLLEGE_REASON,
                                 criteria)
                    continue
                scores = {}
                for k, criterion in enumerate(criteria):
                    top = rules.halves_of(criterion.max_points)
                    # Stronger colleges first, each judge a little different, now and then a half point.
                    base = top * (90 - 4 * i - 3 * ((i * 7 + j * 3 + k * 5) % 5)) // 100
                    scores[criterion.id] = max(0, min(top, base + (1 if (i + j + k) % 4 == 0 else 0)))
                write_review(session, db.operator or "", judge, college, scores,
                             "组织有序，宣传到位" if (i + j) % 5 == 0 else "", False, "", criteria)
                count += 1
        return count
