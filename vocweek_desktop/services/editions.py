"""Editions (one per year): settings, new year from the notice's defaults, copy forward from a previous year."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields

from sqlalchemy import select

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.dates import move_to_year
from vocweek_desktop.domain.errors import ConflictError, NotFoundError
from vocweek_desktop.domain.notice_defaults import (
    CONTACTS_2024,
    DEPARTMENTS_2024,
    LEADERSHIP_2024,
    edition_defaults,
)
from vocweek_desktop.domain.rules import clean_edition
from vocweek_desktop.services import audit, colleges, organisation
from vocweek_desktop.services.rows import load_edition
from vocweek_desktop.store.engine import Database
from vocweek_desktop.store.models import College, Department, Edition, EditionContact, LeadershipMember


@dataclass(frozen=True)
class ContactRecord:
    """A contact person of the notice."""

    name: str
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class EditionRecord:
    """Every setting of one edition, as plain values."""

    id: int
    year: int
    title: str
    theme: str
    doc_number: str
    week_start: dt.date
    week_end: dt.date
    showcase_date: dt.date | None
    showcase_start: dt.time | None
    showcase_end: dt.time | None
    showcase_venue: str
    registration_deadline: dt.datetime | None
    report_deadline: dt.datetime | None
    award_name: str
    award_quota: int
    school_name: str
    office_name: str
    contacts: tuple[ContactRecord, ...] = field(default=())


@dataclass(frozen=True)
class EditionSummary:
    """An entry of the year selector."""

    id: int
    year: int
    title: str


@dataclass(frozen=True)
class CopySummary:
    """What copy-forward created."""

    edition_id: int
    year: int
    colleges: int
    departments: int
    leadership: int
    contacts: int


EDITION_COLUMNS = [f.name for f in fields(EditionRecord) if f.name not in ("id", "contacts")]


def _record(edition: Edition) -> EditionRecord:
    contacts = tuple(ContactRecord(c.name, c.phone, c.email) for c in edition.contacts)
    return EditionRecord(id=edition.id, contacts=contacts, **{name: getattr(edition, name) for name in EDITION_COLUMNS})


def _check_year_free(session, year: int, except_id: int | None = None) -> None:
    existing = session.scalar(select(Edition.id).where(Edition.year == year))
    if existing is not None and existing != except_id:
        raise ConflictError(msg.DUPLICATE_EDITION.format(year=year))


def _audited(edition: Edition) -> dict[str, object]:
    """The settings an audit event records: every column but the id, and the contacts."""
    values = {name: getattr(edition, name) for name in EDITION_COLUMNS}
    values["contacts"] = [{"name": c.name, "phone": c.phone, "email": c.email} for c in edition.contacts]
    return values


def _record_created(session, db: Database, edition: Edition, copied_from: str | None = None) -> None:
    """The edition's own event, then one per college, department and member it was created with."""
    more = {"copied_from": copied_from} if copied_from else {}
    audit.record(session, db.operator, entity="edition", entity_id=edition.id, action="create",
                 edition_id=edition.id, after=audit.filled({**_audited(edition), **more}), summary=edition.title)
    audit.record_many(session, db.operator,
                      [colleges.creation_event(row, **more) for row in edition.colleges]
                      + [organisation.creation_event(row, **more) for row in [*edition.departments, *edition.leadership]])


def _set_contacts(edition: Edition, contacts: list[dict[str, object]]) -> None:
    edition.contacts.clear()
    for order, contact in enumerate(contacts):
        edition.contacts.append(EditionContact(display_order=order, **contact))


def _new_edition(session, values: dict[str, object]) -> Edition:
    """A new edition with ``values``' settings and contacts (validated), added to ``session``."""
    _check_year_free(session, values.get("year"))  # a taken year first: moving the dates would not help
    cleaned = clean_edition(values)
    contacts = cleaned.pop("contacts")
    edition = Edition(**cleaned)
    _set_contacts(edition, contacts)
    session.add(edition)
    return edition


def list_editions(db: Database) -> list[EditionSummary]:
    """Every edition, newest year first."""
    with db.transaction() as session:
        rows = session.execute(select(Edition.id, Edition.year, Edition.title).order_by(Edition.year.desc()))
        return [EditionSummary(*row) for row in rows]


def get_edition(db: Database, edition_id: int) -> EditionRecord:
    """One edition's settings."""
    with db.transaction() as session:
        return _record(load_edition(session, edition_id))


def update_edition(db: Database, edition_id: int, values: dict[str, object]) -> EditionRecord:
    """Change an edition's settings (validated as a whole)."""
    with db.transaction() as session:
        edition = load_edition(session, edition_id)
        _check_year_free(session, values.get("year"), except_id=edition_id)  # before the dates-in-year rule
        cleaned = clean_edition(values)
        contacts = cleaned.pop("contacts")
        old = _audited(edition)
        for name, value in cleaned.items():
            setattr(edition, name, value)
        _set_contacts(edition, contacts)
        session.flush()
        audit.record_update(session, db.operator, entity="edition", entity_id=edition.id, edition_id=edition.id,
                            old=old, new=_audited(edition), summary=edition.title)
        return _record(edition)


def create_from_defaults(db: Database, year: int) -> EditionRecord:
    """A new edition from the notice's defaults, dates moved to ``year``: settings, duty table, leadership, contacts."""
    values = edition_defaults(year)
    values["contacts"] = [dict(contact) for contact in CONTACTS_2024]
    with db.transaction() as session:
        edition = _new_edition(session, values)
        for order, (name, duty, head, need) in enumerate(DEPARTMENTS_2024):
            edition.departments.append(Department(name=name, duty=duty, head=head, need_key=need, display_order=order))
        for order, (role, name) in enumerate(LEADERSHIP_2024):
            edition.leadership.append(LeadershipMember(role=role, name=name, display_order=order))
        session.flush()
        from vocweek_desktop.services import award_rubric  # imported here: the window's start-up does not need it

        award_rubric.add_default_criteria(session, edition.id)
        _record_created(session, db, edition)
        return _record(edition)


def copy_edition(db: Database, source_id: int, year: int) -> CopySummary:
    """A new edition for ``year`` copied from ``source_id``: settings (dates moved), colleges, departments, leadership."""
    with db.transaction() as session:
        source = load_edition(session, source_id)
        values = {name: move_to_year(getattr(source, name), year) for name in EDITION_COLUMNS}
        values["year"] = year
        values["title"] = source.title.replace(str(source.year), str(year))
        values["doc_number"] = ""  # a new year's notice gets its own number
        values["contacts"] = [{"name": c.name, "phone": c.phone, "email": c.email} for c in source.contacts]
        target = _new_edition(session, values)
        for college in source.colleges:
            target.colleges.append(College(**{
                column.key: getattr(college, column.key)
                for column in College.__table__.columns if column.key not in ("id", "edition_id")
            }))
        for dept in source.departments:
            target.departments.append(Department(name=dept.name, duty=dept.duty, head=dept.head,
                                                 need_key=dept.need_key, display_order=dept.display_order))
        for member in source.leadership:
            target.leadership.append(LeadershipMember(role=member.role, name=member.name,
                                                      display_order=member.display_order))
        session.flush()
        from vocweek_desktop.services import award_rubric

        award_rubric.copy_forward(session, source.id, target.id)
        _record_created(session, db, target, copied_from=msg.AUDIT_COPIED_FROM.format(year=source.year))
        return CopySummary(edition_id=target.id, year=year, colleges=len(target.colleges),
                           departments=len(target.departments), leadership=len(target.leadership),
                           contacts=len(target.contacts))


def newest_edition_id(db: Database, year: int | None = None) -> int:
    """The id of the edition of ``year``, or of the newest edition; NotFoundError when there is none."""
    with db.transaction() as session:
        statement = select(Edition.id)
        statement = statement.where(Edition.year == year) if year is not None else \
            statement.order_by(Edition.year.desc())
        found = session.scalars(statement.limit(1)).first()
    if found is None:
        raise NotFoundError(msg.EDITION_NOT_FOUND)
    return found
