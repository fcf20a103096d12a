"""The 优秀组织奖's judges: listing, adding (name unique in the edition), changing their own college (the one they
abstain from), removing and reordering them. Every public function is one transaction."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vocweek_desktop.domain import awards as rules
from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.errors import ValidationError
from vocweek_desktop.services import audit, ordering
from vocweek_desktop.services.awards import (
    JudgeRecord,
    _judges,
    check_unlocked,
)
from vocweek_desktop.services.rows import get_row, load_edition
from vocweek_desktop.store.engine import Database
from vocweek_desktop.store.models import (
    AwardJudge,
    AwardReview,
    College,
)


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
