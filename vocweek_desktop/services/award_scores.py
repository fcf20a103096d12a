"""Entering the 优秀组织奖's scores: one score, a sheet row's comment and 回避, the shared row writer the score
workbook import uses too, and the demo's made-up scores. Refused while the result is locked; recorded in the audit
trail. Every public function that takes a ``Database`` is one transaction."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from vocweek_desktop.domain import awards as rules
from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain import scoring
from vocweek_desktop.domain.errors import NotFoundError, ValidationError
from vocweek_desktop.services import audit
from vocweek_desktop.services.award_judges import _add_judge
from vocweek_desktop.services.awards import (
    CriterionRecord,
    SheetRow,
    _colleges,
    _criteria,
    _sheet_rows,
    check_unlocked,
)
from vocweek_desktop.services.rows import get_row, load_edition
from vocweek_desktop.store.engine import Database
from vocweek_desktop.store.models import (
    AwardJudge,
    AwardReview,
    AwardScore,
    College,
)


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
