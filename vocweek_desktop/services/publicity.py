"""Publicity items (宣传报道): what was published about the week, on which channel, about which college and activity.

Entered one by one, pasted from Excel, or imported from a workbook — the last two through the import pipeline (the
same tolerant reader and preview as 附件1: problems by cell, nothing written before the preview is accepted). An
item is matched by its hidden row id, then by its link, then by channel and title, so importing the same list again
updates it. Every change is audited. They feed criterion 1 of the award and the week's report.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain import parse_dates, parsing
from vocweek_desktop.domain import publicity as rules
from vocweek_desktop.domain.errors import NothingToImport, ValidationError
from vocweek_desktop.domain.organisers import OrganiserMatcher, name_key
from vocweek_desktop.domain.parsing import ParseError
from vocweek_desktop.domain.problems import Problem
from vocweek_desktop.io.excel_publicity import PUBLICITY_TABLE, SHEET_TITLE
from vocweek_desktop.io.excel_read import Header, RawRow, SheetRead
from vocweek_desktop.services import audit
from vocweek_desktop.services.import_form import Form
from vocweek_desktop.services.import_records import Context, Draft, Existing, Plan, Preview, PreviewColumn
from vocweek_desktop.services.imports import build_preview, preview_file
from vocweek_desktop.services.rows import get_row, load_edition
from vocweek_desktop.store.engine import Database
from vocweek_desktop.store.models import Activity, College, PublicityItem

FIELDS: tuple[str, ...] = ("channel", "title", "link", "published_on", "college_id", "activity_id", "notes")
LABELS = {**msg.PUBLICITY_LABELS, "college_id": "学院", "activity_id": "相关活动"}


@dataclass(frozen=True)
class PublicityRecord:
    """One publicity item as plain values (the college's and activity's names included)."""

    id: int
    edition_id: int
    channel: str
    title: str
    link: str
    published_on: dt.date | None
    college_id: int | None
    college: str
    activity_id: int | None
    activity: str
    notes: str
    source_kind: str
    row_uid: str

    @property
    def level(self) -> str:
        """校级媒体 / 省级媒体 / 国家级媒体 / 其他."""
        return rules.level_of(self.channel)


def _names(session: Session, edition_id: int) -> tuple[dict[int, str], dict[int, tuple[str, int | None]]]:
    colleges = dict(session.execute(select(College.id, College.name).where(College.edition_id == edition_id)).all())
    activities = {row[0]: (row[1], row[2]) for row in session.execute(
        select(Activity.id, Activity.title, Activity.college_id).where(Activity.edition_id == edition_id))}
    return colleges, activities


def _record(row: PublicityItem, colleges: Mapping[int, str], activities: Mapping[int, tuple[str, int | None]]
            ) -> PublicityRecord:
    return PublicityRecord(row.id, row.edition_id, row.channel, row.title, row.link, row.published_on, row.college_id,
                           colleges.get(row.college_id, ""), row.activity_id,
                           activities.get(row.activity_id, ("", None))[0], row.notes, row.source_kind, row.row_uid)


def _audited(values: Mapping[str, object], colleges, activities) -> dict[str, object]:
    shown = dict(values)
    shown["college_id"] = colleges.get(values.get("college_id"), "") if values.get("college_id") else None
    shown["activity_id"] = activities.get(values.get("activity_id"), ("", None))[0] if values.get("activity_id") \
        else None
    return shown


def list_items(db: Database, edition_id: int) -> list[PublicityRecord]:
    """The edition's publicity items, newest date first (undated last), then in the order they were entered."""
    with db.transaction() as session:
        load_edition(session, edition_id)
        colleges, activities = _names(session, edition_id)
        rows = session.scalars(select(PublicityItem).where(PublicityItem.edition_id == edition_id)
                               .order_by(PublicityItem.published_on.is_(None), PublicityItem.published_on.desc(),
                                         PublicityItem.id))
        return [_record(row, colleges, activities) for row in rows]


def get_item(db: Database, item_id: int) -> PublicityRecord:
    """One item; NotFoundError when it is gone."""
    with db.transaction() as session:
        row = get_row(session, PublicityItem, item_id, msg.PUBLICITY_NOT_FOUND)
        return _record(row, *_names(session, row.edition_id))


def _clean(values: Mapping[str, object], colleges: Mapping, activities: Mapping) -> dict[str, object]:
    """The item checked against the edition's ``colleges`` and ``activities`` (``_names``): the activity's college
    when none is given."""
    cleaned = rules.clean_item(values)
    errors = {}
    if cleaned["college_id"] is not None and cleaned["college_id"] not in colleges:
        errors["college_id"] = msg.COLLEGE_NOT_FOUND
    activity = cleaned["activity_id"]
    if activity is not None:
        if activity not in activities:
            errors["activity_id"] = msg.ACTIVITY_NOT_FOUND
        else:
            owner = activities[activity][1]
            if cleaned["college_id"] is None:
                cleaned["college_id"] = owner
            elif owner is not None and owner != cleaned["college_id"]:
                errors["activity_id"] = msg.PUBLICITY_ACTIVITY_OTHER_COLLEGE.format(
                    activity=activities[activity][0], college=colleges.get(cleaned["college_id"], ""))
    if errors:
        raise ValidationError(errors)
    return cleaned


def add_item(db: Database, edition_id: int, values: Mapping[str, object]) -> PublicityRecord:
    """Add an item entered by hand (audited)."""
    with db.transaction() as session:
        load_edition(session, edition_id)
        names = _names(session, edition_id)
        cleaned = _clean(values, *names)
        row = PublicityItem(edition_id=edition_id, row_uid=uuid.uuid4().hex, source_kind="manual", **cleaned)
        session.add(row)
        session.flush()
        audit.record(session, db.operator, entity="publicity", entity_id=row.id, action="create",
                     edition_id=edition_id, after=audit.filled(_audited(cleaned, *names)), summary=row.title)
        return _record(row, *names)


def update_item(db: Database, item_id: int, values: Mapping[str, object]) -> PublicityRecord:
    """Change an item (only the fields that change are recorded)."""
    with db.transaction() as session:
        row = get_row(session, PublicityItem, item_id, msg.PUBLICITY_NOT_FOUND)
        merged = {key: getattr(row, key) for key in FIELDS} | dict(values)
        names = _names(session, row.edition_id)
        cleaned = _clean(merged, *names)
        old = _audited({key: getattr(row, key) for key in FIELDS}, *names)
        for key, value in cleaned.items():
            setattr(row, key, value)
        audit.record_update(session, db.operator, entity="publicity", entity_id=row.id, edition_id=row.edition_id,
                            old=old, new=_audited(cleaned, *names), summary=row.title)
        return _record(row, *names)


def delete_items(db: Database, item_ids: Iterable[int]) -> list[int]:
    """Delete items in one transaction (audited); returns the ids deleted (those already gone are skipped)."""
    done, names_of = [], {}  # the names of each edition read once, not once per item
    with db.transaction() as session:
        for item_id in item_ids:
            row = session.get(PublicityItem, item_id)
            if row is None:
                continue
            if row.edition_id not in names_of:
                names_of[row.edition_id] = _names(session, row.edition_id)
            names = names_of[row.edition_id]
            audit.record(session, db.operator, entity="publicity", entity_id=row.id, action="delete",
                         edition_id=row.edition_id, summary=row.title,
                         before=audit.filled(_audited({key: getattr(row, key) for key in FIELDS}, *names)))
            session.delete(row)
            done.append(item_id)
    return done


def activity_choices(db: Database, edition_id: int, college_id: int | None = None) -> list[tuple[int, str]]:
    """(id, "5月13日 title") of the live activities a publicity item can be about (of one college when given)."""
    from vocweek_desktop.domain.dates import format_day

    with db.transaction() as session:
        statement = select(Activity.id, Activity.title, Activity.first_date) \
            .where(Activity.edition_id == edition_id, Activity.deleted_at.is_(None)) \
            .order_by(Activity.first_date, Activity.id)
        if college_id is not None:
            statement = statement.where(Activity.college_id == college_id)
        return [(i, f"{format_day(first, weekday=False)} {title}") for i, title, first in session.execute(statement)]


# --- the workbook and the paste -----------------------------------------------------------------------------------

@dataclass
class PublicityContext(Context):
    """A publicity list's lookups: colleges by name, activities by title (per college and in all)."""

    matcher: OrganiserMatcher | None = None
    college_names: dict[int, str] = field(default_factory=dict)
    activities: dict[str, list[tuple[int, int | None]]] = field(default_factory=dict)
    activity_names: dict[int, str] = field(default_factory=dict)
    activity_owner: dict[int, int | None] = field(default_factory=dict)  # activity id → its college


def _link_key(link: str) -> str:
    text = (link or "").strip().lower().removeprefix("https://").removeprefix("http://").removeprefix("www.")
    return text.rstrip("/")


class PublicityForm(Form):
    """宣传报道: one item per row (渠道, 标题, 链接, 发布日期, 学院, 相关活动, 备注), matched by row id, link, channel + title."""

    title = msg.PUBLICITY_IMPORT_TITLE
    entity = "publicity"
    table = PUBLICITY_TABLE
    sheet_title = SHEET_TITLE
    labels = LABELS
    value_fields = FIELDS
    unit = msg.UNIT_PUBLICITY
    summary_template = msg.PUBLICITY_SUMMARY
    duplicate_message = msg.PUBLICITY_DUPLICATE
    model = PublicityItem
    uid_column = "row_uid"
    preview_columns = (PreviewColumn(LABELS["channel"], lambda item: item.values["channel"]),
                       PreviewColumn(LABELS["title"], lambda item: item.values["title"]),
                       PreviewColumn(LABELS["published_on"], lambda item: FORM.format(
                           "published_on", item.values.get("published_on"))),
                       PreviewColumn(LABELS["college"], lambda item: item.values.get("college", "")),
                       PreviewColumn(LABELS["link"], lambda item: item.values.get("link") or ""))
    name_columns = (PreviewColumn(LABELS["title"], lambda item: item.values["title"]),)

    def begin(self, session: Session, edition, read: SheetRead, *, source_kind: str,
              college_id: int | None) -> PublicityContext:
        """The edition's colleges and activities, to match the names the list uses."""
        ctx = PublicityContext(edition_id=edition.id, year=edition.year, sheet=read.sheet, header=read.header)
        ctx.file_problems.extend(self.missing_columns_problems(ctx))
        colleges = session.execute(select(College.id, College.name, College.short_name)
                                   .where(College.edition_id == edition.id)).all()
        ctx.matcher = OrganiserMatcher([tuple(c) for c in colleges], [])
        ctx.college_names = {c.id: c.name for c in colleges}
        for activity_id, title, owner in session.execute(
                select(Activity.id, Activity.title, Activity.college_id)
                .where(Activity.edition_id == edition.id, Activity.deleted_at.is_(None))):
            ctx.activities.setdefault(name_key(title), []).append((activity_id, owner))
            ctx.activity_names[activity_id] = title
            ctx.activity_owner[activity_id] = owner
        return ctx

    def parse_values(self, ctx: PublicityContext, draft: Draft, values: dict[str, object]) -> None:
        """Channel by its words, the date of the edition's year, the college and activity by name."""
        for key, value in values.items():
            try:
                if key == "channel":
                    channel = rules.match_channel(value)
                    if channel is None and value is not None:
                        raise ParseError(msg.BAD_CHOICE.format(label=LABELS["channel"], value=str(value).strip(),
                                                               choices="、".join(rules.CHANNELS)))
                    draft.values["channel"] = channel
                elif key == "published_on":
                    draft.values["published_on"] = parse_dates.parse_date(value, year=ctx.year)
                elif key == "college":
                    text = parsing.cell_text(value)
                    found = ctx.matcher.find(text) if text else None
                    if text and found is None:
                        raise ParseError(msg.IMPORT_UNKNOWN_COLLEGE.format(name=text.strip()))
                    draft.values["college_id"] = found.id if found else None
                    draft.cells["college_id"] = draft.cells.get("college", draft.anchor_cell)
                elif key == "activity":
                    draft.note["activity"] = (parsing.cell_text(value) or "").strip()
                elif key in ("title", "link", "notes"):
                    draft.values[key] = (parsing.cell_text(value) or "").strip()
            except ParseError as error:
                draft.problems.append(Problem(ctx.sheet, draft.cell(key), str(error), draft.row))
                draft.failed.add(key)
        named = draft.note.get("activity")
        if named:
            matches = ctx.activities.get(name_key(named), [])
            college = draft.values.get("college_id")
            own = [m for m in matches if college is None or m[1] == college]
            if len(own) == 1:
                draft.values["activity_id"] = own[0][0]
            else:
                draft.note["activity_unknown"] = named
                draft.values["activity_id"] = None
        elif "activity" in ctx.header.columns:
            draft.values["activity_id"] = None

    def load_existing(self, session: Session, preview: Preview, uids) -> dict[int, Existing]:
        """The edition's items."""
        return {row.id: Existing(row.id, row.row_uid, {key: getattr(row, key) for key in FIELDS}) for row in
                session.scalars(select(PublicityItem).where(PublicityItem.edition_id == preview.edition_id))}

    def row_key(self, ctx, draft: Draft) -> Hashable | None:
        """The link when there is one, else channel and title."""
        link = _link_key(str(draft.values.get("link") or ""))
        if link:
            return "link", link
        title = draft.values.get("title")
        return ("title", draft.values.get("channel"), name_key(title)) if title else None

    def record_key(self, record: Existing) -> Hashable | None:
        """The link when there is one, else channel and title."""
        link = _link_key(record.values.get("link") or "")
        return ("link", link) if link else ("title", record.values["channel"], name_key(record.values["title"]))

    def unique_key(self, cleaned: Mapping[str, object]) -> Hashable | None:
        """One row per link (or per channel and title without one)."""
        link = _link_key(str(cleaned.get("link") or ""))
        return link or f"{cleaned['channel']} {cleaned['title']}"

    def clean(self, ctx: PublicityContext, draft: Draft, record: Existing | None):
        """The row over the item it updates, checked as an item (``rules.clean_item``)."""
        merged = dict(record.values) if record is not None else {}
        merged.update({k: v for k, v in draft.values.items() if not k.startswith("_")})
        try:
            cleaned = rules.clean_item(merged)
        except ValidationError as error:
            return None, [Problem(ctx.sheet, draft.cell(key), text, draft.row) for key, text in error.fields.items()
                          if key not in draft.failed]
        activity = cleaned.get("activity_id")
        if activity is not None and cleaned.get("college_id") is None:
            cleaned["college_id"] = ctx.activity_owner.get(activity)
        cleaned["college"] = ctx.college_names.get(cleaned.get("college_id"), "")  # shown, and in the audit trail
        return cleaned, []

    def row_warnings(self, ctx: PublicityContext, draft: Draft, cleaned: Mapping[str, object]) -> list[Problem]:
        """An activity named that cannot be told (left empty)."""
        named = draft.note.get("activity_unknown")
        if not named:
            return []
        return [Problem(ctx.sheet, draft.cell("activity"), msg.PUBLICITY_ACTIVITY_UNKNOWN.format(name=named),
                        draft.row)]

    def fingerprint(self, session: Session, edition_id: int) -> tuple:
        """How many items and the newest id."""
        return tuple(session.execute(select(func.count(PublicityItem.id), func.max(PublicityItem.id))
                                     .where(PublicityItem.edition_id == edition_id)).one())

    def write(self, session: Session, preview: Preview, plan: Plan) -> int:
        """New items (with where they came from) and changed ones."""
        rows = []
        for item in preview.to_add:
            item.row_uid = item.row_uid or uuid.uuid4().hex
            rows.append({"edition_id": preview.edition_id, "row_uid": item.row_uid, "source_kind": preview.source_kind,
                         "created_at": plan.now, **{key: item.values.get(key) for key in FIELDS}})
        if rows:
            inserted = session.execute(insert(PublicityItem).returning(PublicityItem.id, PublicityItem.row_uid), rows)
            ids = {uid: item_id for item_id, uid in inserted}
            for item in preview.to_add:
                item.record_id = ids[item.row_uid]
        if preview.to_update:
            session.execute(update(PublicityItem), [{"id": item.record_id, **{k: item.values.get(k) for k in FIELDS}}
                                                    for item in preview.to_update])
        return 0

    def describe(self, values: Mapping[str, object]) -> str:
        """The item's title."""
        return str(values.get("title", ""))

    def format(self, key: str, value: object) -> str:
        """A college or activity by name; otherwise as every form."""
        if key in ("college_id", "activity_id") and isinstance(value, int):
            return str(value)
        return super().format(key, value)


FORM = PublicityForm()


def preview_workbook(db: Database, edition_id: int, path: str | Path, *, progress=None, cancelled=None) -> Preview:
    """Read and check a publicity workbook; writes nothing."""
    return preview_file(db, FORM, edition_id, path, progress=progress, cancelled=cancelled)


def preview_paste(db: Database, edition_id: int, text: str) -> Preview:
    """Check rows copied from Excel (a first line of headers is used when there is one; else the columns are taken in
    the list's order: 渠道, 标题, 链接, 发布日期, 学院, 相关活动, 备注); writes nothing."""
    from vocweek_desktop.io.excel_publicity import header_labels
    from vocweek_desktop.io.tsv import parse_tsv

    rows = parse_tsv(text or "")
    if not rows:
        raise NothingToImport(msg.PASTE_EMPTY)
    table = PUBLICITY_TABLE
    header = table.find_header([(1, tuple(rows[0]))])
    if header is not None:
        if len(rows) == 1:
            raise NothingToImport(msg.PASTE_ONLY_HEADER_ROWS)
        numbered = [(number, tuple(row)) for number, row in enumerate(rows[1:], start=2)]
    else:
        header = table.header_of(header_labels())
        numbered = [(number, tuple(row)) for number, row in enumerate(rows, start=1)]
    read = SheetRead(file=None, sheet="", header=Header(row=0, last_row=0, columns=header.columns,
                                                       labels=header.labels))
    for number, values in numbered:
        raw = RawRow(number, values)
        if not table.is_blank(raw, header):
            read.rows.append(raw)
    return build_preview(db, FORM, edition_id, read, source_kind="paste", source_name=msg.PASTE_SOURCE)


def export_items(db: Database, edition_id: int, path: str | Path) -> Path:
    """The edition's publicity list as a workbook (with hidden row ids, so it imports back as updates)."""
    from vocweek_desktop.io.excel_publicity import write_publicity

    with db.transaction() as session:
        edition = load_edition(session, edition_id)
        year = edition.year
        colleges = list(session.scalars(select(College.name).where(College.edition_id == edition_id)
                                        .order_by(College.display_order, College.id)))
    items = [{"channel": r.channel, "title": r.title, "link": r.link, "published_on": r.published_on,
              "college": r.college, "activity": r.activity, "notes": r.notes, "row_uid": r.row_uid}
             for r in list_items(db, edition_id)]
    return write_publicity(path, year, colleges, items)
