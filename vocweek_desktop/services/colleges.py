"""The colleges (二级学院) of an edition: list, add, edit, delete (refused while in use), reorder, export."""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.errors import ConflictError, NotFoundError
from vocweek_desktop.domain.rules import clean_college
from vocweek_desktop.services import audit, dependents, ordering
from vocweek_desktop.services.activities import organiser_matcher
from vocweek_desktop.services.rows import get_row, load_edition
from vocweek_desktop.store.engine import Database
from vocweek_desktop.store.models import College


@dataclass(frozen=True)
class CollegeRecord:
    """One college as plain values."""

    id: int
    edition_id: int
    name: str
    short_name: str
    dean: str
    party_secretary: str
    contact_person: str
    phone: str
    email: str
    teacher_count: int | None
    student_count: int | None
    display_order: int


# Column order and Chinese headers of the table, the export and the copy.
COLLEGE_COLUMNS: list[tuple[str, str]] = [
    ("name", "学院名称"),
    ("short_name", "简称"),
    ("dean", "院长"),
    ("party_secretary", "书记"),
    ("contact_person", "联系人"),
    ("phone", "联系电话"),
    ("email", "电子邮箱"),
    ("teacher_count", "教师人数"),
    ("student_count", "学生人数"),
]

_RECORD_FIELDS = [f.name for f in fields(CollegeRecord)]


def _record(college: College) -> CollegeRecord:
    return CollegeRecord(**{name: getattr(college, name) for name in _RECORD_FIELDS})


def _audited(college: College) -> dict[str, object]:
    """The fields an audit event records: those of the table (not ids or the display order)."""
    return {name: getattr(college, name) for name, _ in COLLEGE_COLUMNS}


def creation_event(college: College, **more: object) -> dict[str, object]:
    """The audit event of a new (flushed) college, ``more`` added to its values (record_many's form)."""
    return {"entity": "college", "entity_id": college.id, "action": "create", "edition_id": college.edition_id,
            "after": audit.filled({**_audited(college), **more}), "summary": college.name}


def _load(session, college_id: int) -> College:
    return get_row(session, College, college_id, msg.COLLEGE_NOT_FOUND)


def _check_name_free(session, edition_id: int, name: str, except_id: int | None = None) -> None:
    ordering.check_name_free(session, College, edition_id, name, msg.DUPLICATE_COLLEGE.format(name=name), except_id)


def list_colleges(db: Database, edition_id: int) -> list[CollegeRecord]:
    """The edition's colleges in display order."""
    with db.transaction() as session:
        return [_record(row) for row in ordering.ordered(session, College, edition_id)]


def get_college(db: Database, college_id: int) -> CollegeRecord:
    """One college."""
    with db.transaction() as session:
        return _record(_load(session, college_id))


def add_college(db: Database, edition_id: int, values: dict[str, object]) -> CollegeRecord:
    """Add a college at the end of the list; refuses an invalid or duplicate name."""
    cleaned = clean_college(values)
    with db.transaction() as session:
        load_edition(session, edition_id)
        _check_name_free(session, edition_id, cleaned["name"])
        college = College(edition_id=edition_id, display_order=ordering.next_order(session, College, edition_id),
                          **cleaned)
        session.add(college)
        try:
            session.flush()
        except IntegrityError as exc:  # a concurrent writer took the name
            raise ConflictError(msg.DUPLICATE_COLLEGE.format(name=cleaned["name"])) from exc
        audit.record(session, db.operator, **creation_event(college))
        return _record(college)


def update_college(db: Database, college_id: int, values: dict[str, object]) -> CollegeRecord:
    """Change a college's fields (validated as a whole)."""
    cleaned = clean_college(values)
    with db.transaction() as session:
        college = _load(session, college_id)
        _check_name_free(session, college.edition_id, cleaned["name"], except_id=college_id)
        old = _audited(college)
        for name, value in cleaned.items():
            setattr(college, name, value)
        session.flush()
        audit.record_update(session, db.operator, entity="college", entity_id=college.id,
                            edition_id=college.edition_id, old=old, new=_audited(college), summary=college.name)
        return _record(college)


@dataclass(frozen=True)
class BatchResult:
    """What a multi-item operation did: the ids it acted on, and (id, name, reason) for each one it refused."""

    done: tuple[int, ...]
    refused: tuple[tuple[int, str, str], ...] = ()


def _refusal(session, college: College) -> str | None:
    """Why ``college`` cannot be deleted (what still uses it), or None when it can."""
    found = dependents.count_dependents(session, College.__tablename__, college.id)
    if found:
        return msg.COLLEGE_HAS_DEPENDENTS.format(name=college.name, what=dependents.describe(found))
    # Its scores would go with it (ON DELETE CASCADE) and change a confirmed, locked award result.
    from vocweek_desktop.services import awards  # the scoring rules: not needed to open the window
    from vocweek_desktop.store.models import AwardReview

    if awards.is_locked(session, college.edition_id) and session.scalar(
            select(AwardReview.id).where(AwardReview.college_id == college.id).limit(1)) is not None:
        return msg.COLLEGE_SCORED_LOCKED.format(name=college.name)
    return None


def _delete(session, db: Database, college: College) -> None:
    refusal = _refusal(session, college)
    if refusal is not None:
        raise ConflictError(refusal)
    audit.record(session, db.operator, entity="college", entity_id=college.id, action="delete",
                 edition_id=college.edition_id, before=audit.filled(_audited(college)), summary=college.name)
    session.delete(college)


def delete_colleges(db: Database, college_ids: list[int]) -> BatchResult:
    """Delete several colleges in ONE transaction; those still in use (or gone) are kept and reported with why."""
    done, refused = [], []
    with db.transaction() as session:
        for college_id in college_ids:
            college = session.get(College, college_id)
            if college is None:
                refused.append((college_id, "", msg.COLLEGE_NOT_FOUND))
                continue
            try:
                _delete(session, db, college)
            except ConflictError as exc:
                refused.append((college_id, college.name, exc.message))
            else:
                done.append(college_id)
    return BatchResult(tuple(done), tuple(refused))


def check_delete_colleges(db: Database, college_ids: list[int]) -> BatchResult:
    """What ``delete_colleges`` would do now, without deleting: so the user hears which colleges are in use (and by
    what) before being asked about the rest. The delete checks again in its own transaction."""
    done, refused = [], []
    with db.transaction() as session:
        for college_id in college_ids:
            college = session.get(College, college_id)
            reason = msg.COLLEGE_NOT_FOUND if college is None else _refusal(session, college)
            if reason is None:
                done.append(college_id)
            else:
                refused.append((college_id, college.name if college is not None else "", reason))
    return BatchResult(tuple(done), tuple(refused))


def move_college(db: Database, college_id: int, offset: int) -> None:
    """Move a college up (negative) or down (positive) in the display order."""
    with db.transaction() as session:
        college = _load(session, college_id)
        was, now = ordering.move(session, college, offset)
        if was != now:  # only the college moved is recorded, not those it passed
            audit.record(session, db.operator, **_move_event(college, was, now))


def _move_event(college: College, was: int, now: int) -> dict[str, object]:
    # Positions as the 序号 column shows them: 1-based.
    return {"entity": "college", "entity_id": college.id, "action": "move", "edition_id": college.edition_id,
            "before": {"display_order": was + 1}, "after": {"display_order": now + 1}, "summary": college.name}


def college_table(colleges: list[CollegeRecord]) -> list[list[object]]:
    """Header and rows of the college list, as the export and the clipboard show it."""
    header = [label for _, label in COLLEGE_COLUMNS]
    return [header] + [[getattr(c, name) for name, _ in COLLEGE_COLUMNS] for c in colleges]


def export_colleges(db: Database, edition_id: int, path: str | Path) -> Path:
    """Write the edition's colleges to an Excel workbook."""
    from vocweek_desktop.io.excel_export import write_table

    table = college_table(list_colleges(db, edition_id))
    return write_table(Path(path), "学院名单", table[0], table[1:], widths=[24, 8, 10, 10, 10, 20, 26, 10, 10])


def college_id_by_name(db: Database, edition_id: int, name: str) -> int:
    """The id of the college a user names (exact, normalised, short name or a unique prefix)."""
    with db.transaction() as session:
        found = organiser_matcher(session, edition_id).find(name)
    if found is None or found.kind != "college":
        raise NotFoundError(msg.IMPORT_UNKNOWN_COLLEGE.format(name=name))
    return found.id
