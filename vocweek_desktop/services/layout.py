"""The 展位布局 capability: an edition's plaza, its fixed features and its booths.

Every public function is one transaction that writes its audit events with the change. The editor's undo commands
call these functions, so every step is in the database at once: ``add_items`` / ``delete_items`` /
``restore_items`` (a deletion undone puts the rows back under their own ids), ``update_items`` (any fields of any
number of booths and features: a whole drag, an alignment, an auto-numbering or an assignment is one call) and
``update_plaza``. Undo of an update is an update with the old values, which every update returns.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from vocweek_desktop.domain import layout as geometry
from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from vocweek_desktop.domain.layout import BoothShape, Footprint, Problem
from vocweek_desktop.domain.organisers import OrganiserMatcher
from vocweek_desktop.services import audit
from vocweek_desktop.services.rows import load_edition
from vocweek_desktop.store.engine import Database
from vocweek_desktop.store.models import Booth, College, Layout, LayoutFeature

DEFAULT_PLAZA = {"name": "", "width": 60.0, "depth": 40.0, "grid": geometry.DEFAULT_GRID}
BOOTH_FIELDS = ("number", "x", "y", "width", "depth", "rotation", "kind", "power", "tables", "chairs", "notes",
                "college_id")
FEATURE_FIELDS = ("kind", "label", "x", "y", "width", "depth", "rotation")
PLAZA_FIELDS = ("name", "width", "depth", "grid", "north", "background_scale", "background_x", "background_y",
                "background_opacity")


@dataclass(frozen=True)
class BoothRecord:
    """One booth as plain values (metres, degrees)."""

    id: int
    layout_id: int
    number: str
    x: float
    y: float
    width: float
    depth: float
    rotation: int
    kind: str
    power: bool
    tables: int
    chairs: int
    notes: str
    college_id: int | None

    @property
    def area(self) -> Footprint:
        """The footprint on the plaza."""
        return geometry.footprint(self.x, self.y, self.width, self.depth, self.rotation)

    def values(self) -> dict[str, object]:
        """Its editable fields (what ``update_items`` takes)."""
        return {name: getattr(self, name) for name in BOOTH_FIELDS}

    def shape(self) -> BoothShape:
        """What the problem check needs."""
        return BoothShape(self.id, self.number, self.x, self.y, self.width, self.depth, self.rotation, self.college_id)


@dataclass(frozen=True)
class FeatureRecord:
    """One fixed feature as plain values."""

    id: int
    layout_id: int
    kind: str
    label: str
    x: float
    y: float
    width: float
    depth: float
    rotation: int

    @property
    def area(self) -> Footprint:
        """The footprint on the plaza."""
        return geometry.footprint(self.x, self.y, self.width, self.depth, self.rotation)

    def values(self) -> dict[str, object]:
        """Its editable fields."""
        return {name: getattr(self, name) for name in FEATURE_FIELDS}


@dataclass(frozen=True)
class PlazaRecord:
    """The plaza of an edition (its background picture's bytes are read apart: ``background_bytes``)."""

    id: int
    edition_id: int
    name: str
    width: float
    depth: float
    grid: float
    north: float | None
    background_name: str
    has_background: bool
    background_scale: float
    background_x: float
    background_y: float
    background_opacity: float

    def values(self) -> dict[str, object]:
        """Its editable fields (what ``update_plaza`` takes)."""
        return {name: getattr(self, name) for name in PLAZA_FIELDS}


@dataclass(frozen=True)
class CollegeRef:
    """A college as the layout shows it: names, contact person and phone (the map's legend)."""

    id: int
    name: str
    short_name: str
    contact_person: str
    phone: str


@dataclass(frozen=True)
class LayoutData:
    """Everything the editor and the map show of an edition's layout (``plaza`` None: none yet)."""

    edition_id: int
    plaza: PlazaRecord | None
    booths: tuple[BoothRecord, ...] = ()
    features: tuple[FeatureRecord, ...] = ()
    colleges: tuple[CollegeRef, ...] = ()

    def problems(self) -> list[Problem]:
        """Overlaps, booths outside, colleges with two booths, colleges without one."""
        if self.plaza is None:
            return []
        return geometry.find_problems(self.plaza.width, self.plaza.depth, [b.shape() for b in self.booths],
                                      [(c.id, c.name) for c in self.colleges])


@dataclass(frozen=True)
class Snapshot:
    """Booths and features as they were (deleted) or are (added): what ``restore_items`` puts back."""

    booths: tuple[BoothRecord, ...] = ()
    features: tuple[FeatureRecord, ...] = ()


@dataclass(frozen=True)
class Changes:
    """Field values per booth id and per feature id: what ``update_items`` writes, and what it returns (the values
    before) for undo."""

    booths: Mapping[int, Mapping[str, object]] = field(default_factory=dict)
    features: Mapping[int, Mapping[str, object]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.booths or self.features)


@dataclass(frozen=True)
class CopyResult:
    """What copying a layout forward did: counts, and the booths whose college matched none of this year's."""

    booths: int
    features: int
    assigned: int
    unmatched: tuple[str, ...]


@dataclass(frozen=True)
class ShowcaseBooth:
    """A booth as the 后勤处/保卫处 task lists show it: number, college, where (metres) and what it needs."""

    number: str
    college: str
    x: float
    y: float
    kind: str
    power: bool
    tables: int
    chairs: int
    notes: str


# --- reading -------------------------------------------------------------------------------------------------------

def _booth(row: Booth) -> BoothRecord:
    return BoothRecord(**{f.name: getattr(row, f.name) for f in fields(BoothRecord)})


def _feature(row: LayoutFeature) -> FeatureRecord:
    return FeatureRecord(**{f.name: getattr(row, f.name) for f in fields(FeatureRecord)})


def _plaza(row: Layout) -> PlazaRecord:
    return PlazaRecord(id=row.id, edition_id=row.edition_id, name=row.name, width=row.width, depth=row.depth,
                       grid=row.grid, north=row.north, background_name=row.background_name,
                       has_background=row.background is not None, background_scale=row.background_scale,
                       background_x=row.background_x, background_y=row.background_y,
                       background_opacity=row.background_opacity)


def _layout_of(session: Session, edition_id: int) -> Layout | None:
    return session.scalars(select(Layout).where(Layout.edition_id == edition_id)).first()


def _colleges(session: Session, edition_id: int) -> tuple[CollegeRef, ...]:
    rows = session.execute(select(College.id, College.name, College.short_name, College.contact_person, College.phone)
                           .where(College.edition_id == edition_id).order_by(College.display_order, College.id))
    return tuple(CollegeRef(*row) for row in rows)


def _read(session: Session, edition_id: int) -> LayoutData:
    load_edition(session, edition_id)
    plaza = _layout_of(session, edition_id)
    if plaza is None:
        return LayoutData(edition_id, None, colleges=_colleges(session, edition_id))
    booths = session.scalars(select(Booth).where(Booth.layout_id == plaza.id).order_by(Booth.id))
    features = session.scalars(select(LayoutFeature).where(LayoutFeature.layout_id == plaza.id)
                               .order_by(LayoutFeature.id))
    return LayoutData(edition_id, _plaza(plaza), tuple(_booth(b) for b in booths),
                      tuple(_feature(f) for f in features), _colleges(session, edition_id))


def get_layout(db: Database, edition_id: int) -> LayoutData:
    """The edition's plaza, booths, features and colleges (``plaza`` None when it has no layout yet)."""
    with db.transaction() as session:
        return _read(session, edition_id)


def background_bytes(db: Database, layout_id: int) -> bytes | None:
    """The plaza's background picture as stored (None: none)."""
    with db.transaction() as session:
        return session.scalar(select(Layout.background).where(Layout.id == layout_id))


def check_layout(db: Database, edition_id: int) -> list[Problem]:
    """Every problem of the edition's layout (nothing when it has none)."""
    return get_layout(db, edition_id).problems()


def showcase_booths(db: Database, edition_id: int) -> list[ShowcaseBooth]:
    """The showcase day's booths in number order, for the 后勤处/保卫处 task lists (issue 7) and the needs list."""
    data = get_layout(db, edition_id)
    names = {c.id: c.name for c in data.colleges}
    return [ShowcaseBooth(b.number, names.get(b.college_id, ""), b.x, b.y, b.kind, b.power, b.tables, b.chairs,
                          b.notes) for b in sorted(data.booths, key=lambda b: geometry.number_key(b.number))]


# --- the plaza -----------------------------------------------------------------------------------------------------

def _audited_plaza(row: Layout) -> dict[str, object]:
    return {name: getattr(row, name) for name in PLAZA_FIELDS}


def ensure_layout(db: Database, edition_id: int, values: Mapping[str, object] | None = None) -> PlazaRecord:
    """The edition's plaza, created (60 m × 40 m, grid 0.5 m, or ``values``) when it has none."""
    with db.transaction() as session:
        load_edition(session, edition_id)
        row = _layout_of(session, edition_id)
        if row is not None:
            return _plaza(row)
        cleaned = geometry.clean_plaza({**DEFAULT_PLAZA, **(values or {})})
        row = Layout(edition_id=edition_id, **cleaned)
        session.add(row)
        session.flush()
        audit.record(session, db.operator, entity="layout", entity_id=row.id, action="create", edition_id=edition_id,
                     after=audit.filled(_audited_plaza(row)), summary=row.name)
        return _plaza(row)


def _load_plaza(session: Session, layout_id: int) -> Layout:
    row = session.get(Layout, layout_id)
    if row is None:
        raise NotFoundError(msg.LAYOUT_NONE)
    return row


def _clean_plaza_values(session: Session, row: Layout, values: Mapping[str, object]) -> dict[str, object]:
    merged = {**_audited_plaza(row), **values}
    sizes = session.execute(select(Booth.width, Booth.depth, Booth.rotation).where(Booth.layout_id == row.id))
    cleaned = geometry.clean_plaza(merged, [geometry.extents(w, d, r) for w, d, r in sizes])
    errors: dict[str, str] = {}
    north = merged.get("north")
    if north not in (None, ""):
        try:
            cleaned["north"] = geometry.parse_metres(north, "north") % 360
        except ValidationError as error:
            errors.update(error.fields)
    else:
        cleaned["north"] = None
    for key in ("background_x", "background_y"):
        try:
            cleaned[key] = geometry.parse_metres(merged.get(key) or 0, key)
        except ValidationError as error:
            errors.update(error.fields)
    scale = merged.get("background_scale")
    if not isinstance(scale, int | float) or isinstance(scale, bool) or scale <= 0:
        errors["background_scale"] = msg.LAYOUT_BACKGROUND_SCALE.format(value=scale)
    else:
        cleaned["background_scale"] = float(scale)
    opacity = merged.get("background_opacity")
    if not isinstance(opacity, int | float) or isinstance(opacity, bool) or not 0 <= opacity <= 1:
        errors["background_opacity"] = msg.LAYOUT_OPACITY.format(value=opacity)
    else:
        cleaned["background_opacity"] = float(opacity)
    if errors:
        raise ValidationError(errors)
    return cleaned


def update_plaza(db: Database, layout_id: int, values: Mapping[str, object]) -> tuple[dict[str, object], PlazaRecord]:
    """Change the plaza's name, size, grid, north arrow or background placement; refused when smaller than a
    booth. Returns (the values before, the plaza now)."""
    with db.transaction() as session:
        row = _load_plaza(session, layout_id)
        old = _audited_plaza(row)
        cleaned = _clean_plaza_values(session, row, values)
        for key, value in cleaned.items():
            setattr(row, key, value)
        session.flush()
        audit.record_update(session, db.operator, entity="layout", entity_id=row.id, edition_id=row.edition_id,
                            old=old, new=_audited_plaza(row), summary=row.name)
        return {key: old[key] for key in values if key in old}, _plaza(row)


def read_background(path: str | Path) -> bytes:
    """A picture file's bytes when it can be the plaza's background (refused, naming it, when it is not a picture
    or has over 50 megapixels)."""
    from vocweek_desktop.io.pdf.images import load_image

    path = Path(path)
    load_image(path)
    return path.read_bytes()


def set_background(db: Database, layout_id: int, picture: bytes | None, name: str = "") -> tuple[bytes | None, str]:
    """Store a background picture (checked: an image of at most 50 megapixels) or remove it (None).

    Returns the picture and name there were before (for undo).
    """
    if picture is not None:
        from vocweek_desktop.io.pdf.images import load_image

        load_image(picture, name=name or None)  # refuses what is not a picture, or too big, naming it
    with db.transaction() as session:
        row = _load_plaza(session, layout_id)
        before = (row.background, row.background_name)
        row.background, row.background_name = picture, (name or "")[:200] if picture is not None else ""
        audit.record(session, db.operator, entity="layout", entity_id=row.id, action="update",
                     edition_id=row.edition_id, before={"background_name": before[1]},
                     after={"background_name": row.background_name}, summary=row.name)
        return before


# --- booths and features -------------------------------------------------------------------------------------------

def _edition_of(session: Session, layout_id: int) -> int:
    return _load_plaza(session, layout_id).edition_id


def _check_colleges(session: Session, edition_id: int, college_ids: Iterable[int | None]) -> None:
    wanted = {c for c in college_ids if c is not None}
    if not wanted:
        return
    found = set(session.scalars(select(College.id).where(College.id.in_(wanted), College.edition_id == edition_id)))
    if wanted - found:
        raise ValidationError({"college_id": msg.LAYOUT_COLLEGE_OTHER_EDITION})


def _clean_booth_values(values: Mapping[str, object]) -> dict[str, object]:
    cleaned = geometry.clean_booth(values)
    cleaned["college_id"] = values.get("college_id")
    return cleaned


def _check_numbers(session: Session, layout_id: int, final: Mapping[int, str]) -> None:
    """Refuse when two booths of the layout would share a number (``final``: id → number of the changed ones)."""
    current = dict(session.execute(select(Booth.id, Booth.number).where(Booth.layout_id == layout_id)).all())
    current.update(final)
    seen: dict[str, int] = {}
    for booth_id, number in current.items():
        if number in seen and (booth_id in final or seen[number] in final):
            raise ConflictError(msg.LAYOUT_NUMBER_TAKEN.format(number=number))
        seen[number] = booth_id


def add_items(db: Database, layout_id: int, booths: Sequence[Mapping[str, object]] = (),
              features: Sequence[Mapping[str, object]] = ()) -> Snapshot:
    """Add booths and features to a plaza (numbers must be free); returns them as written, with their ids."""
    cleaned_booths = [_clean_booth_values(values) for values in booths]
    cleaned_features = [geometry.clean_feature(values) for values in features]
    with db.transaction() as session:
        edition_id = _edition_of(session, layout_id)
        _check_colleges(session, edition_id, (b["college_id"] for b in cleaned_booths))
        numbers = [b["number"] for b in cleaned_booths]
        duplicate = next((n for i, n in enumerate(numbers) if n in numbers[:i]), None)
        if duplicate is not None:
            raise ConflictError(msg.LAYOUT_NUMBER_TAKEN.format(number=duplicate))
        _check_numbers(session, layout_id, {-(i + 1): n for i, n in enumerate(numbers)})
        booth_rows = [Booth(layout_id=layout_id, **values) for values in cleaned_booths]
        feature_rows = [LayoutFeature(layout_id=layout_id, **values) for values in cleaned_features]
        session.add_all(booth_rows + feature_rows)
        session.flush()
        events = [{"entity": "booth", "entity_id": b.id, "action": "create", "edition_id": edition_id,
                   "after": audit.filled(_booth(b).values()), "summary": b.number} for b in booth_rows]
        events += [{"entity": "feature", "entity_id": f.id, "action": "create", "edition_id": edition_id,
                    "after": audit.filled(_feature(f).values()), "summary": f.label or f.kind} for f in feature_rows]
        audit.record_many(session, db.operator, events)
        return Snapshot(tuple(_booth(b) for b in booth_rows), tuple(_feature(f) for f in feature_rows))


def delete_items(db: Database, booth_ids: Iterable[int] = (), feature_ids: Iterable[int] = ()) -> Snapshot:
    """Delete booths and features; returns them as they were (``restore_items`` puts them back)."""
    booth_ids, feature_ids = list(booth_ids), list(feature_ids)
    with db.transaction() as session:
        booths = list(session.scalars(select(Booth).where(Booth.id.in_(booth_ids)).order_by(Booth.id)))
        features = list(session.scalars(select(LayoutFeature).where(LayoutFeature.id.in_(feature_ids))
                                        .order_by(LayoutFeature.id)))
        if len(booths) != len(set(booth_ids)):
            raise NotFoundError(msg.LAYOUT_NOT_FOUND)
        if len(features) != len(set(feature_ids)):
            raise NotFoundError(msg.LAYOUT_FEATURE_NOT_FOUND)
        snapshot = Snapshot(tuple(_booth(b) for b in booths), tuple(_feature(f) for f in features))
        layout_ids = {b.layout_id for b in booths} | {f.layout_id for f in features}
        editions = dict(session.execute(select(Layout.id, Layout.edition_id).where(Layout.id.in_(layout_ids))).all())
        if booth_ids:
            session.execute(delete(Booth).where(Booth.id.in_(booth_ids)))
        if feature_ids:
            session.execute(delete(LayoutFeature).where(LayoutFeature.id.in_(feature_ids)))
        events = [{"entity": "booth", "entity_id": b.id, "action": "delete", "edition_id": editions[b.layout_id],
                   "before": audit.filled(b.values()), "summary": b.number} for b in snapshot.booths]
        events += [{"entity": "feature", "entity_id": f.id, "action": "delete", "edition_id": editions[f.layout_id],
                    "before": audit.filled(f.values()), "summary": f.label or f.kind} for f in snapshot.features]
        audit.record_many(session, db.operator, events)
        return snapshot


def restore_items(db: Database, snapshot: Snapshot) -> Snapshot:
    """Put deleted booths and features back, under their own ids (an undone deletion)."""
    with db.transaction() as session:
        layout_ids = {b.layout_id for b in snapshot.booths} | {f.layout_id for f in snapshot.features}
        editions = dict(session.execute(select(Layout.id, Layout.edition_id).where(Layout.id.in_(layout_ids))).all())
        if layout_ids - editions.keys():
            raise NotFoundError(msg.LAYOUT_NONE)
        for layout_id in layout_ids:
            _check_numbers(session, layout_id, {b.id: b.number for b in snapshot.booths if b.layout_id == layout_id})
            _check_colleges(session, editions[layout_id],
                            (b.college_id for b in snapshot.booths if b.layout_id == layout_id))
        if snapshot.booths:
            session.execute(insert(Booth), [{"id": b.id, "layout_id": b.layout_id, **b.values()}
                                            for b in snapshot.booths])
        if snapshot.features:
            session.execute(insert(LayoutFeature), [{"id": f.id, "layout_id": f.layout_id, **f.values()}
                                                    for f in snapshot.features])
        events = [{"entity": "booth", "entity_id": b.id, "action": "restore", "edition_id": editions[b.layout_id],
                   "after": audit.filled(b.values()), "summary": b.number} for b in snapshot.booths]
        events += [{"entity": "feature", "entity_id": f.id, "action": "restore", "edition_id": editions[f.layout_id],
                    "after": audit.filled(f.values()), "summary": f.label or f.kind} for f in snapshot.features]
        audit.record_many(session, db.operator, events)
        return snapshot


def update_items(db: Database, changes: Changes) -> tuple[Changes, Snapshot]:
    """Change any fields of any booths and features in one transaction (a drag, an alignment, a numbering, an
    assignment). Each booth is checked as a whole; numbers stay unique. Returns (the values before, for undo; the
    records now)."""
    with db.transaction() as session:
        booth_rows = {b.id: b for b in session.scalars(select(Booth).where(Booth.id.in_(list(changes.booths))))}
        if len(booth_rows) != len(changes.booths):
            raise NotFoundError(msg.LAYOUT_NOT_FOUND)
        feature_rows = {f.id: f for f in session.scalars(select(LayoutFeature).where(
            LayoutFeature.id.in_(list(changes.features))))}
        if len(feature_rows) != len(changes.features):
            raise NotFoundError(msg.LAYOUT_FEATURE_NOT_FOUND)
        layout_ids = {b.layout_id for b in booth_rows.values()} | {f.layout_id for f in feature_rows.values()}
        editions = dict(session.execute(select(Layout.id, Layout.edition_id).where(Layout.id.in_(layout_ids))).all())
        old_booths = {i: _booth(row).values() for i, row in booth_rows.items()}
        old_features = {i: _feature(row).values() for i, row in feature_rows.items()}
        cleaned_booths = {i: _clean_booth_values({**old_booths[i], **values}) for i, values in changes.booths.items()}
        cleaned_features = {i: geometry.clean_feature({**old_features[i], **values})
                            for i, values in changes.features.items()}
        for layout_id in layout_ids:
            mine = {i: c for i, c in cleaned_booths.items() if booth_rows[i].layout_id == layout_id}
            _check_numbers(session, layout_id, {i: c["number"] for i, c in mine.items()})
            _check_colleges(session, editions[layout_id], (c["college_id"] for c in mine.values()))
        renumbered = [i for i, c in cleaned_booths.items() if c["number"] != old_booths[i]["number"]]
        if len(renumbered) > 1:  # swapped numbers would meet the unique constraint halfway: step aside first
            for booth_id in renumbered:
                booth_rows[booth_id].number = f"\x00{booth_id}"
            session.flush()
        events: list[dict[str, object]] = []
        before = Changes({}, {})
        for kind, rows, olds, cleaned_all, label in (
                ("booth", booth_rows, old_booths, cleaned_booths, lambda r: r.number),
                ("feature", feature_rows, old_features, cleaned_features, lambda r: r.label or r.kind)):
            for item_id, cleaned in cleaned_all.items():
                row, old = rows[item_id], olds[item_id]
                for key, value in cleaned.items():
                    setattr(row, key, value)
                old_part, new_part = audit.changes(old, cleaned)
                (before.booths if kind == "booth" else before.features)[item_id] = old_part
                if new_part:
                    events.append({"entity": kind, "entity_id": item_id, "action": "update",
                                   "edition_id": editions[row.layout_id], "before": old_part, "after": new_part,
                                   "summary": label(row)})
        session.flush()
        audit.record_many(session, db.operator, events)
        return before, Snapshot(tuple(_booth(booth_rows[i]) for i in changes.booths),
                                tuple(_feature(feature_rows[i]) for i in changes.features))


def move_items(db: Database, booth_ids: Iterable[int], feature_ids: Iterable[int], dx: float,
               dy: float) -> tuple[Changes, Snapshot]:
    """Move booths and features by (``dx``, ``dy``) metres in one step (a drag, a nudge)."""
    data = _current(db, booth_ids, feature_ids)
    return update_items(db, Changes(
        {b.id: {"x": round(b.x + dx, 4), "y": round(b.y + dy, 4)} for b in data.booths},
        {f.id: {"x": round(f.x + dx, 4), "y": round(f.y + dy, 4)} for f in data.features}))


def _current(db: Database, booth_ids: Iterable[int], feature_ids: Iterable[int]) -> Snapshot:
    with db.transaction() as session:
        booths = session.scalars(select(Booth).where(Booth.id.in_(list(booth_ids))).order_by(Booth.id))
        features = session.scalars(select(LayoutFeature).where(LayoutFeature.id.in_(list(feature_ids)))
                                   .order_by(LayoutFeature.id))
        return Snapshot(tuple(_booth(b) for b in booths), tuple(_feature(f) for f in features))


def numbering(booths: Sequence[BoothRecord], prefix: str, start: int, width: int, *,
              by_columns: bool = False) -> dict[int, str]:
    """The new number of each booth numbered in reading order (rows, or columns) — computed, not written."""
    order = geometry.reading_order({b.id: b.area for b in booths}, by_columns=by_columns)
    return dict(zip(order, geometry.number_labels(len(order), prefix, start, width), strict=True))


def auto_number(db: Database, booth_ids: Sequence[int], prefix: str = "", start: int = 1, width: int = 2, *,
                by_columns: bool = False) -> tuple[Changes, Snapshot]:
    """自动编号: number the booths in reading order (A01 …); refused, with nothing changed, when a number is held by
    a booth outside the selection."""
    data = _current(db, booth_ids, ())
    numbers = numbering(data.booths, prefix, start, width, by_columns=by_columns)
    return update_items(db, Changes({booth_id: {"number": number} for booth_id, number in numbers.items()}))


def assign_college(db: Database, booth_id: int, college_id: int | None) -> tuple[Changes, Snapshot]:
    """Give a booth to a college (None: unassign it)."""
    return update_items(db, Changes({booth_id: {"college_id": college_id}}))


def unassign_college(db: Database, edition_id: int, college_id: int) -> tuple[Changes, Snapshot]:
    """Take every booth of the edition's layout away from a college (a college dragged back to the list)."""
    data = get_layout(db, edition_id)
    return update_items(db, Changes({b.id: {"college_id": None} for b in data.booths if b.college_id == college_id}))


# --- copy forward --------------------------------------------------------------------------------------------------

def copy_layout(db: Database, source_edition_id: int, target_edition_id: int, *, replace: bool = False) -> CopyResult:
    """Start an edition's layout from another's: the plaza, its features and booths, each booth's college matched by
    name among the target's colleges (the unmatched listed, their booths left unassigned). A target that already has
    booths is refused unless ``replace`` (they are deleted first)."""
    if source_edition_id == target_edition_id:
        raise ConflictError(msg.LAYOUT_SAME_EDITION)
    with db.transaction() as session:
        source = _read(session, source_edition_id)
        if source.plaza is None:
            raise NotFoundError(msg.LAYOUT_NONE)
        background = session.scalar(select(Layout.background).where(Layout.id == source.plaza.id))
        load_edition(session, target_edition_id)
        target = _layout_of(session, target_edition_id)
        if target is not None:
            count = session.scalar(select(Booth.id).where(Booth.layout_id == target.id).limit(1))
            if count is not None and not replace:
                total = len(list(session.scalars(select(Booth.id).where(Booth.layout_id == target.id))))
                raise ConflictError(msg.LAYOUT_ALREADY_HAS_BOOTHS.format(count=total))
            session.execute(delete(Booth).where(Booth.layout_id == target.id))
            session.execute(delete(LayoutFeature).where(LayoutFeature.layout_id == target.id))
        else:
            target = Layout(edition_id=target_edition_id, width=source.plaza.width, depth=source.plaza.depth)
            session.add(target)
        for key, value in source.plaza.values().items():
            setattr(target, key, value)
        target.background, target.background_name = background, source.plaza.background_name
        session.flush()
        colleges = session.execute(select(College.id, College.name, College.short_name)
                                   .where(College.edition_id == target_edition_id)).all()
        matcher = OrganiserMatcher([tuple(row) for row in colleges], [])
        names = {c.id: c.name for c in source.colleges}
        unmatched, rows, assigned = [], [], 0
        for booth in source.booths:
            values = booth.values()
            if booth.college_id is not None:
                found = matcher.find(names[booth.college_id])
                values["college_id"] = found.id if found else None
                if found is None:
                    unmatched.append(msg.LAYOUT_UNMATCHED.format(number=booth.number, name=names[booth.college_id]))
                else:
                    assigned += 1
            rows.append({"layout_id": target.id, **values})
        if rows:
            session.execute(insert(Booth), rows)
        if source.features:
            session.execute(insert(LayoutFeature), [{"layout_id": target.id, **f.values()} for f in source.features])
        source_year = load_edition(session, source_edition_id).year
        audit.record(session, db.operator, entity="layout", entity_id=target.id, action="create",
                     edition_id=target_edition_id, summary=msg.AUDIT_COPIED_FROM.format(year=source_year),
                     after={"copied_from": msg.AUDIT_COPIED_FROM.format(year=source_year), "booths": len(rows),
                            "features": len(source.features)})
        return CopyResult(len(rows), len(source.features), assigned, tuple(unmatched))


# --- the demo ------------------------------------------------------------------------------------------------------

def add_demo_layout(db: Database, edition_id: int) -> PlazaRecord:
    """A sample 东区科技广场 (60 m × 40 m) with a stage, two entrances, power points, trees and an aisle, and a
    booth for every college of the edition in two rows facing the aisle, numbered A01… and B01…."""
    plaza = ensure_layout(db, edition_id, {"name": "东区科技广场（示例）", "width": 60, "depth": 40, "grid": 0.5})
    update_plaza(db, plaza.id, {"north": 0})
    colleges = get_layout(db, edition_id).colleges
    features = [
        {"kind": "stage", "label": "主舞台", "x": 30, "y": 5, "width": 16, "depth": 6},
        {"kind": "entrance", "label": "南入口", "x": 30, "y": 39, "width": 8, "depth": 2},
        {"kind": "entrance", "label": "西入口", "x": 1, "y": 24, "width": 2, "depth": 6},
        {"kind": "aisle", "label": "主通道", "x": 30, "y": 24, "width": 48, "depth": 4},
        {"kind": "power", "label": "电源", "x": 8, "y": 24, "width": 1, "depth": 1},
        {"kind": "power", "label": "电源", "x": 52, "y": 24, "width": 1, "depth": 1},
        {"kind": "tree", "label": "", "x": 4, "y": 4, "width": 2, "depth": 2},
        {"kind": "tree", "label": "", "x": 56, "y": 4, "width": 2, "depth": 2},
        {"kind": "label", "label": "服务区", "x": 50, "y": 37.5, "width": 8, "depth": 2},
    ]
    booths = []
    per_row = max((len(colleges) + 1) // 2, 1)
    for index, college in enumerate(colleges):
        row, place = divmod(index, per_row)
        x = 30 - (per_row * 4 - 1) / 2 + place * 4 + 1.5
        booths.append({"number": f"{'AB'[min(row, 1)]}{place + 1:02d}", "x": x, "y": 19.5 if row == 0 else 28.5,
                       "width": 3, "depth": 3, "rotation": 0, "kind": "标准展位", "power": index % 3 != 2,
                       "tables": 2, "chairs": 4, "college_id": college.id})
    booths.append({"number": "F01", "x": 50, "y": 34, "width": 4, "depth": 2, "kind": "服务台", "tables": 1,
                   "chairs": 2, "notes": "咨询与医疗服务"})
    add_items(db, plaza.id, booths, features)
    return plaza

