"""Section 一 of the notice: the department / duty / head table and the leadership group, and its PDF."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.notice_defaults import NEED_LABELS
from vocweek_desktop.domain.rules import clean_department, clean_member
from vocweek_desktop.services import audit, ordering
from vocweek_desktop.services.rows import get_row, load_edition
from vocweek_desktop.store.engine import Database
from vocweek_desktop.store.models import Department, LeadershipMember


@dataclass(frozen=True)
class DepartmentRecord:
    """A row of the duty table."""

    id: int
    name: str
    duty: str
    head: str
    need_key: str | None
    display_order: int


@dataclass(frozen=True)
class MemberRecord:
    """A member of the leadership group."""

    id: int
    role: str
    name: str
    display_order: int


def _department(row: Department) -> DepartmentRecord:
    return DepartmentRecord(row.id, row.name, row.duty, row.head, row.need_key, row.display_order)


def _member(row: LeadershipMember) -> MemberRecord:
    return MemberRecord(row.id, row.role, row.name, row.display_order)


def _department_values(row: Department) -> dict[str, object]:
    # The routed need by its Chinese name: the history shows it as written.
    return {"name": row.name, "duty": row.duty, "head": row.head, "need_key": NEED_LABELS.get(row.need_key)}


def _member_values(row: LeadershipMember) -> dict[str, object]:
    return {"role": row.role, "name": row.name}


def _summary(row) -> str:
    return row.name if isinstance(row, Department) else f"{row.role} {row.name}"


def _entity(row) -> tuple[str, dict[str, object]]:
    if isinstance(row, Department):
        return "department", _department_values(row)
    return "member", _member_values(row)


def creation_event(row: Department | LeadershipMember, **more: object) -> dict[str, object]:
    """The audit event of a new (flushed) department or member, ``more`` added to its values (record_many's form)."""
    entity, values = _entity(row)
    return {"entity": entity, "entity_id": row.id, "action": "create", "edition_id": row.edition_id,
            "after": audit.filled({**values, **more}), "summary": _summary(row)}


def _update(session, db: Database, row, cleaned: dict[str, object]) -> None:
    """Set ``cleaned`` on ``row`` and record the fields that changed (nothing when none did)."""
    old = _entity(row)[1]
    for name, value in cleaned.items():
        setattr(row, name, value)
    session.flush()
    entity, new = _entity(row)
    audit.record_update(session, db.operator, entity=entity, entity_id=row.id, edition_id=row.edition_id, old=old,
                        new=new, summary=_summary(row))


def _delete(session, db: Database, row) -> None:
    entity, values = _entity(row)
    audit.record(session, db.operator, entity=entity, entity_id=row.id, action="delete", edition_id=row.edition_id,
                 before=audit.filled(values), summary=_summary(row))
    session.delete(row)


def _check_department_name(session, edition_id: int, name: str, except_id: int | None = None) -> None:
    ordering.check_name_free(session, Department, edition_id, name, msg.DUPLICATE_DEPARTMENT.format(name=name),
                             except_id)


def _append(session, db: Database, model, edition_id: int, cleaned: dict[str, object]):
    """A new row of ``model`` at the end of the edition's list, recorded as created."""
    load_edition(session, edition_id)
    row = model(edition_id=edition_id, display_order=ordering.next_order(session, model, edition_id), **cleaned)
    session.add(row)
    session.flush()
    audit.record(session, db.operator, **creation_event(row))
    return row


def list_departments(db: Database, edition_id: int) -> list[DepartmentRecord]:
    """The duty table in order."""
    with db.transaction() as session:
        return [_department(row) for row in ordering.ordered(session, Department, edition_id)]


def add_department(db: Database, edition_id: int, values: dict[str, object]) -> DepartmentRecord:
    """Append a row to the duty table."""
    cleaned = clean_department(values)
    with db.transaction() as session:
        _check_department_name(session, edition_id, cleaned["name"])
        return _department(_append(session, db, Department, edition_id, cleaned))


def update_department(db: Database, department_id: int, values: dict[str, object]) -> DepartmentRecord:
    """Change a row of the duty table."""
    cleaned = clean_department(values)
    with db.transaction() as session:
        row = get_row(session, Department, department_id, msg.DEPARTMENT_NOT_FOUND)
        _check_department_name(session, row.edition_id, cleaned["name"], except_id=department_id)
        _update(session, db, row, cleaned)
        return _department(row)


def delete_department(db: Database, department_id: int) -> None:
    """Remove a row of the duty table."""
    with db.transaction() as session:
        _delete(session, db, get_row(session, Department, department_id, msg.DEPARTMENT_NOT_FOUND))


def list_leadership(db: Database, edition_id: int) -> list[MemberRecord]:
    """The leadership group in order."""
    with db.transaction() as session:
        return [_member(row) for row in ordering.ordered(session, LeadershipMember, edition_id)]


def add_member(db: Database, edition_id: int, values: dict[str, object]) -> MemberRecord:
    """Append a member to the leadership group."""
    cleaned = clean_member(values)
    with db.transaction() as session:
        return _member(_append(session, db, LeadershipMember, edition_id, cleaned))


def update_member(db: Database, member_id: int, values: dict[str, object]) -> MemberRecord:
    """Change a leadership-group member."""
    cleaned = clean_member(values)
    with db.transaction() as session:
        row = get_row(session, LeadershipMember, member_id, msg.MEMBER_NOT_FOUND)
        _update(session, db, row, cleaned)
        return _member(row)


def delete_member(db: Database, member_id: int) -> None:
    """Remove a leadership-group member."""
    with db.transaction() as session:
        _delete(session, db, get_row(session, LeadershipMember, member_id, msg.MEMBER_NOT_FOUND))


def move_row(db: Database, kind: str, row_id: int, offset: int) -> None:
    """Move a department (``kind='department'``) or member (``'member'``) up or down."""
    model = {"department": Department, "member": LeadershipMember}[kind]
    with db.transaction() as session:
        row = get_row(session, model, row_id, msg.DEPARTMENT_NOT_FOUND if kind == "department" else msg.MEMBER_NOT_FOUND)
        was, now = ordering.move(session, row, offset)
        if was != now:  # only the row moved is recorded, not those it passed; positions 1-based as shown
            audit.record(session, db.operator, entity=kind, entity_id=row.id, action="move",
                         edition_id=row.edition_id, before={"display_order": was + 1},
                         after={"display_order": now + 1}, summary=_summary(row))


def org_table_fonts() -> list[tuple[str, str]]:
    """(key, label) of the body fonts this machine can embed in the organisation table, best first (仿宋, 宋体, then
    the bundled font): the choices ``print_org_table`` takes."""
    from vocweek_desktop.io.pdf.fonts import available_body_fonts

    return [(font.key, font.label) for font in available_body_fonts()]


def print_org_table(db: Database, edition_id: int, path: str | Path, font: str | None = None) -> Path:
    """Write section 一 (leadership group and duty table) as a PDF with the school's name and the edition's title,
    its body in ``font`` (a key of io.pdf.fonts' body fonts; default the best this machine has)."""
    from vocweek_desktop.io.pdf.fonts import body_font
    from vocweek_desktop.io.pdf.org_table import OrgTable, write_org_table

    font_name = body_font(font)  # an unknown or missing font is refused before anything is read or written
    with db.transaction() as session:
        edition = load_edition(session, edition_id)
        table = OrgTable(
            school_name=edition.school_name,
            office_name=edition.office_name,
            title=edition.title,
            doc_number=edition.doc_number,
            leadership=[(m.role, m.name) for m in edition.leadership],
            departments=[(d.name, d.duty, d.head) for d in edition.departments],
        )
    return write_org_table(Path(path), table, font=font_name)
