"""The 优秀组织奖's rubric (notice 七): the notice's default criteria for a new edition, adding, changing, removing
and reordering criteria (refused while the result is locked), and copying the rubric with the award settings into
a new edition. Every public function that takes a ``Database`` is one transaction."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vocweek_desktop.domain import awards as rules
from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain import scoring
from vocweek_desktop.domain.errors import ValidationError
from vocweek_desktop.services import audit, ordering
from vocweek_desktop.services.awards import (
    CriterionRecord,
    _criteria,
    check_unlocked,
)
from vocweek_desktop.services.rows import get_row, load_edition
from vocweek_desktop.store.engine import Database
from vocweek_desktop.store.models import (
    AwardCriterion,
    AwardScore,
)


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
