"""附件1 活动信息表 in: the returned workbooks of the colleges, and rows pasted from Excel, through the import pipeline.

``preview_workbook`` / ``preview_rows`` / ``preview_paste`` read and validate everything and write nothing: rows
to add, to update (with the changed fields), unchanged, the college's rows the file no longer has, and every
problem with its sheet and cell. ``services.imports.apply_import`` then writes in ONE transaction; any failure
leaves the database as it was. What is particular to 附件1 is ``ActivityForm``: rows belong to a college (from the
title rows, a 学院 column, or the user's choice), a row is matched by its hidden row id, then by college + title
+ date, and a re-import restores a row from the recycle bin.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.activities import CAMPUS, clean_activity, normalize_enterprise
from vocweek_desktop.domain.activity_rows import VALUE_FIELDS, field_cells, parse_activity_cells
from vocweek_desktop.domain.errors import NotFoundError, NothingToImport, ValidationError
from vocweek_desktop.domain.organisers import Organiser, OrganiserMatcher, name_key
from vocweek_desktop.domain.parsing import cell_text
from vocweek_desktop.domain.problems import Problem
from vocweek_desktop.io.excel_activities import (
    ACTIVITY_TABLE,
    SHEET_TITLE,
    TEMPLATE_FIELDS,
    header_label,
)
from vocweek_desktop.io.excel_read import Header, RawRow, SheetRead
from vocweek_desktop.services import activities as activity_service
from vocweek_desktop.services import activity_keys
from vocweek_desktop.services.import_form import Form
from vocweek_desktop.services.import_records import (
    Context,
    Draft,
    Existing,
    MissingRow,
    Plan,
    Preview,
    PreviewColumn,
    PreviewRow,
)
from vocweek_desktop.services.imports import build_preview, preview_file
from vocweek_desktop.store.engine import Database
from vocweek_desktop.store.models import Activity, ActivityEnterprise, Edition, Enterprise, RegistrationSubmission

__all__ = ["FORM", "PASTE_HEADERS", "TEMPLATE_ROW_WIDTH", "ActivityForm", "ActivityMissing", "ActivityRow", "Organiser",
           "looks_like_header", "preview_paste", "preview_rows", "preview_workbook"]

#: How many columns a 附件1 row has (without its hidden row id): a pasted block this wide is rows, not cells.
TEMPLATE_ROW_WIDTH = len(TEMPLATE_FIELDS) - 1

#: The 活动报名 table's column headers as the importer knows them (a block copied from the table keeps its meaning).
PASTE_HEADERS: dict[str, str] = {label: msg.ACTIVITY_LABELS.get(key, label)
                                 for key, label in activity_service.COLUMNS} | {"组织单位": "学院"}


class ActivityRow(PreviewRow):
    """A valid row of a 附件1: an activity to add or update."""

    @property
    def activity_id(self) -> int | None:
        """The activity it updates (or was added as)."""
        return self.record_id

    @property
    def title(self) -> str:
        """The activity's title."""
        return str(self.values.get("title", ""))


class ActivityMissing(MissingRow):
    """A college's activity that the returned file no longer contains."""

    @property
    def activity_id(self) -> int:
        """The activity's id."""
        return self.record_id

    @property
    def title(self) -> str:
        """The activity's title."""
        return str(self.values.get("title", ""))

    @property
    def first_date(self) -> dt.date:
        """The activity's date."""
        return self.values["first_date"]


@dataclass
class ActivityContext(Context):
    """A 附件1's lookups: the edition's colleges and departments, the college chosen and the one the file names."""

    matcher: OrganiserMatcher | None = None
    selected: Organiser | None = None  # chosen by the user
    named: Organiser | None = None  # named in the title rows (学院：…)
    named_text: str | None = None
    named_cell: str | None = None
    week: tuple[dt.date, dt.date] | None = None
    pasted: bool = False  # rows pasted from the clipboard: no title rows, the college is chosen in the preview

    @property
    def no_college(self) -> str:
        """What to do when no college is known: a file can name it in its title rows, pasted rows cannot."""
        return msg.PASTE_NO_COLLEGE if self.pasted else msg.IMPORT_NO_COLLEGE


def _organiser(item) -> str:
    return item.organiser.name if item.organiser is not None else ""


def _when(values: Mapping[str, object]) -> str:
    first, last = values.get("first_date"), values.get("last_date")
    text = FORM.format("first_date", first) if first else msg.PREVIEW_EMPTY
    if isinstance(last, dt.date) and last != first:
        text += f" 至 {FORM.format('last_date', last)}"
    return text


def _time(values: Mapping[str, object]) -> str:
    start, end = values.get("start_time"), values.get("end_time")
    if start is None and end is None:
        return ""
    return f"{FORM.format('start_time', start) if start else '?'}–{FORM.format('end_time', end) if end else '?'}"


def extra_notes(header: Header, raw: Sequence[object]) -> list[str]:
    """"备注：…" for each filled cell of a column the template does not have (the college's own columns)."""
    notes = []
    for column, label in header.extra:
        text = cell_text(raw[column]) if column < len(raw) else ""
        if text:
            notes.append(f"{label}：{text}")
    return notes


def with_notes(description: object, notes: Sequence[str]) -> str:
    """The description with each note line added once (a template sent back carries the lines already)."""
    text = str(description or "").rstrip()
    present = {line.strip() for line in text.splitlines()}
    added = [note for note in notes if note not in present]
    return "\n".join(([text] if text else []) + added)


def _enterprise_keys(names: Iterable[str]) -> list[str]:
    return sorted({normalize_enterprise(n) for n in names} - {""})


class ActivityForm(Form):
    """附件1 活动信息表: one college's planned activities (or rows pasted from the 活动报名 table or Excel)."""

    title = msg.IMPORT_ACTIVITIES_TITLE
    entity = "activity"
    table = ACTIVITY_TABLE
    sheet_title = SHEET_TITLE
    labels = {key: label for key, label in activity_service.COLUMNS if key != "source"}
    value_fields = VALUE_FIELDS
    errors_hint = msg.IMPORT_ERRORS_HINT_COLLEGE
    empty_message = msg.IMPORT_NOTHING
    has_college = True
    receives = True
    model = Activity
    uid_column = "row_uid"
    row_type = ActivityRow
    preview_columns = (
        PreviewColumn(msg.ACTIVITY_LABELS["organiser"], _organiser),
        PreviewColumn(msg.ACTIVITY_LABELS["title"], lambda item: item.title),
        PreviewColumn(msg.ACTIVITY_LABELS["category"], lambda item: FORM.format("category", item.values.get("category"))),
        PreviewColumn(msg.PREVIEW_DATE, lambda item: _when(item.values)),
        PreviewColumn(msg.PREVIEW_TIME, lambda item: _time(item.values)),
        PreviewColumn(msg.PREVIEW_VENUE, lambda item: FORM.format("venue", item.values.get("venue"))),
    )
    name_columns = (PreviewColumn(msg.ACTIVITY_LABELS["organiser"], _organiser),
                    PreviewColumn(msg.ACTIVITY_LABELS["title"], lambda item: item.title))
    missing_columns = (PreviewColumn(msg.ACTIVITY_LABELS["organiser"], lambda m: m.organiser),
                       PreviewColumn(msg.ACTIVITY_LABELS["title"], lambda m: m.title),
                       PreviewColumn(msg.PREVIEW_DATE, lambda m: FORM.format("first_date", m.first_date)))

    # --- reading --------------------------------------------------------------------------------------------------

    def begin(self, session: Session, edition: Edition, read: SheetRead, *, source_kind: str,
              college_id: int | None) -> ActivityContext:
        """The college the rows belong to: the user's choice, else the one the title rows name (unless a 学院
        column names each row's); a named college that is unknown blocks the file, another year is flagged."""
        matcher = activity_service.organiser_matcher(session, edition.id)
        selected = matcher.by_id("college", college_id) if college_id is not None else None
        if college_id is not None and selected is None:
            raise NotFoundError(msg.COLLEGE_NOT_FOUND)
        ctx = ActivityContext(edition_id=edition.id, year=edition.year, sheet=read.sheet, header=read.header,
                              matcher=matcher, selected=selected, named_text=read.college,
                              named_cell=read.college_cell, week=(edition.week_start, edition.week_end),
                              pasted=source_kind == "paste")
        named = ctx.named = matcher.find(read.college) if read.college else None
        if read.college and selected is not None and (named is None or named != selected):
            ctx.warnings.append(msg.IMPORT_OTHER_COLLEGE.format(named=read.college, selected=selected.name))
        elif read.college and named is None:
            ctx.file_problems.append(Problem(read.sheet, read.college_cell or "",
                                             msg.IMPORT_UNKNOWN_COLLEGE.format(name=read.college)))
        if read.year is not None and read.year != edition.year:
            ctx.warnings.append(msg.IMPORT_OTHER_YEAR.format(named=read.year, year=edition.year))
        ctx.college = selected or named
        if "college" in read.header.columns and selected is None:
            ctx.college = None  # a 学院 column names each row's college; the title is a fallback
        ctx.file_problems.extend(self.missing_columns_problems(ctx))
        return ctx

    def cells(self, columns: Mapping[str, int], number: int) -> dict[str, str]:
        """Every field's cell: date and time fields read from a combined cell are reported there."""
        return field_cells(columns, number)

    def parse_values(self, ctx: ActivityContext, draft: Draft, values: dict[str, object]) -> None:
        """The activity's typed fields, and the college the row's 学院 cell names."""
        values.pop("seq", None)
        college_text = values.pop("college", None)
        draft.values, problems = parse_activity_cells(values, draft.cells, ctx.year, ctx.sheet, draft.row)
        draft.problems.extend(problems)
        organiser = ctx.college
        if organiser is None and college_text is not None:
            organiser = ctx.matcher.find(str(college_text))
            if organiser is None:
                draft.problems.append(Problem(ctx.sheet, draft.cells["college"], msg.IMPORT_UNKNOWN_COLLEGE.format(
                    name=str(college_text).strip()), draft.row))
        draft.organiser = organiser
        draft.note["college"] = str(college_text).strip() if college_text is not None else None
        draft.note["notes"] = extra_notes(ctx.header, draft.raw)

    def after_parse(self, ctx: ActivityContext, drafts: list[Draft]) -> None:
        """A blank 学院 cell means the college of the title rows; no college anywhere blocks the file; rows naming
        another college than the one chosen are flagged."""
        if ctx.college is None and ctx.named is not None:
            for draft in drafts:
                if draft.organiser is None and draft.note["college"] is None:
                    draft.organiser = ctx.named
        if ctx.college is None and not ctx.named_text and "college" not in ctx.header.columns:
            ctx.file_problems.append(Problem(ctx.sheet, ctx.named_cell or "", ctx.no_college))
        if ctx.selected is not None:
            others = sorted({d.note["college"] for d in drafts if d.note["college"]
                             and ctx.matcher.find(d.note["college"]) != ctx.selected})
            for name in others:
                ctx.warnings.append(msg.IMPORT_OTHER_COLLEGE.format(named=name, selected=ctx.selected.name))

    # --- matching -------------------------------------------------------------------------------------------------

    def load_existing(self, session: Session, preview: Preview, uids: Sequence[str]) -> dict[int, Existing]:
        """The live activities of the colleges (and departments) the file is about, and any the row ids name."""
        involved = {(o.kind, o.id) for o in preview.organisers}
        college_ids = [i for kind, i in involved if kind == "college"]
        department_ids = [i for kind, i in involved if kind == "department"]
        existing = _load(session, preview.edition_id, Activity.deleted_at.is_(None) & (
            Activity.college_id.in_(college_ids) | Activity.department_id.in_(department_ids)))
        for chunk in range(0, len(uids), 500):
            more = _load(session, preview.edition_id, Activity.row_uid.in_(uids[chunk:chunk + 500]))
            existing.update({k: v for k, v in more.items() if k not in existing})
        return existing

    def row_key(self, ctx: ActivityContext, draft: Draft) -> Hashable | None:
        """College (or department), title and date."""
        title, first = draft.values.get("title"), draft.values.get("first_date")
        if draft.organiser is None or not title or not isinstance(first, dt.date):
            return None
        return (draft.organiser.kind, draft.organiser.id), name_key(title), first

    def record_key(self, record: Existing) -> Hashable | None:
        """College (or department), title and date."""
        return record.organiser, name_key(record.values["title"]), record.values["first_date"]

    def offers_missing(self, preview: Preview) -> bool:
        """A returned file lists all of its college's activities; pasted rows are only some."""
        return preview.source_kind == "import"

    def in_scope(self, preview: Preview, record: Existing) -> bool:
        """An activity of a college the file is about."""
        return record.organiser in {(o.kind, o.id) for o in preview.organisers}

    def missing_order(self, record: Existing) -> object:
        """By date."""
        return record.values["first_date"], record.id

    def missing_row(self, preview: Preview, record: Existing) -> ActivityMissing:
        """The activity with its organiser's name."""
        names = {(o.kind, o.id): o.name for o in preview.organisers}
        organiser = names.get(record.organiser, "")
        values = dict(record.values)
        return ActivityMissing(record.id, record.row_uid, organiser, values,
                               f"{organiser} {values['first_date']} {values['title']}")

    # --- validating -----------------------------------------------------------------------------------------------

    def clean(self, ctx: ActivityContext, draft: Draft, record: Existing | None) -> tuple[dict | None, list[Problem]]:
        """The row over the matched activity, checked as a whole (clean_activity); a one-day activity moved to
        another date keeps being one day."""
        if draft.problems:
            return None, []
        if draft.organiser is None:
            return None, [Problem(ctx.sheet, draft.anchor_cell, ctx.no_college, draft.row)]
        merged = dict(record.values) if record is not None else {}
        if record is not None and "last_date" not in draft.values and "first_date" in draft.values:
            old_first, old_last = record.values["first_date"], record.values["last_date"]
            new_first = draft.values["first_date"]
            if old_last == old_first or new_first is None or old_last < new_first:
                merged["last_date"] = new_first
        merged.update(draft.values)
        if draft.note["notes"]:
            merged["description"] = with_notes(merged.get("description"), draft.note["notes"])
        try:
            return clean_activity(merged), []
        except ValidationError as error:
            return None, [Problem(ctx.sheet, draft.cell(key), text, draft.row) for key, text in error.fields.items()]

    def row_warnings(self, ctx: ActivityContext, draft: Draft, cleaned: Mapping[str, object]) -> list[Problem]:
        """A date outside the week (imported all the same, and marked in the table)."""
        first, last = cleaned["first_date"], cleaned["last_date"]
        week = ctx.week
        if first >= week[0] and last <= week[1]:
            return []
        span = f" 至 {last}" if last != first else ""
        return [Problem(ctx.sheet, draft.cells["first_date"], msg.IMPORT_OUTSIDE_WEEK.format(
            first=first, last=span, start=week[0], end=week[1]), draft.row)]

    def changes(self, ctx: ActivityContext, record: Existing, cleaned: Mapping[str, object],
                draft: Draft) -> dict[str, tuple[object, object]]:
        """The changed fields, the partner enterprises (however spelt) and the organiser (by name)."""
        changes = super().changes(ctx, record, cleaned, draft)
        if _enterprise_keys(record.values["enterprises"]) != _enterprise_keys(cleaned["enterprises"]):
            changes["enterprises"] = ("、".join(record.values["enterprises"]), "、".join(cleaned["enterprises"]))
        if record.organiser != (draft.organiser.kind, draft.organiser.id):
            before = ctx.matcher.by_id(*record.organiser)
            changes["organiser"] = (before.name if before else msg.PREVIEW_OLD_ORGANISER, draft.organiser.name)
        return changes

    def fingerprint(self, session: Session, edition_id: int) -> tuple:
        """Count, newest id, last change and bin size of the edition's activities."""
        return tuple(session.execute(select(func.count(Activity.id), func.max(Activity.id),
                                            func.max(Activity.updated_at), func.count(Activity.deleted_at))
                                     .where(Activity.edition_id == edition_id)).one())

    # --- writing --------------------------------------------------------------------------------------------------

    def write(self, session: Session, preview: Preview, plan: Plan) -> int:
        """Bulk inserts and updates with the provenance of each row, the enterprises linked, the activities chosen
        moved to the recycle bin; returns how many were."""
        now = plan.now
        provenance = {"source_kind": preview.source_kind, "source_file": preview.source_name[:500],
                      "source_sheet": preview.sheet[:100],
                      "received_at": plan.received if preview.source_kind == "import" else None}
        provenance |= activity_keys.sort_keys(provenance)
        ids = _enterprise_map(session, preview.edition_id, preview.to_add + preview.to_update)
        listed = _listed_names(session, ids.values())
        new_rows = []
        for item in preview.to_add:
            uid = item.row_uid or activity_service.new_row_uid()
            item.row_uid = uid
            new_rows.append({"edition_id": preview.edition_id, "row_uid": uid, **_organiser_columns(item.organiser),
                             **_columns_of(item.values), **provenance, "source_row": item.row or None,
                             "created_at": now, "updated_at": now,
                             "enterprises_key": _enterprises_key(item.values["enterprises"], ids, listed)})
        links: list[dict[str, int]] = []
        if new_rows:
            table = Activity.__table__
            inserted = session.execute(insert(table).returning(table.c.id, table.c.row_uid), new_rows)
            id_of = {uid: activity_id for activity_id, uid in inserted}
            for item in preview.to_add:
                item.record_id = id_of[item.row_uid]
                links.extend(_links(item.record_id, item.values["enterprises"], ids))
        changes = []
        relinked = []
        for item in preview.to_update:
            changes.append({"id": item.record_id, **_organiser_columns(item.organiser), **_columns_of(item.values),
                            **provenance, "source_row": item.row or None, "updated_at": now, "deleted_at": None})
            if "enterprises" in item.changes:
                relinked.append(item.record_id)
                links.extend(_links(item.record_id, item.values["enterprises"], ids))
        if changes:
            session.execute(update(Activity), changes)
        for chunk in range(0, len(relinked), 500):
            session.execute(delete(ActivityEnterprise)
                            .where(ActivityEnterprise.activity_id.in_(relinked[chunk:chunk + 500])))
        if links:
            session.execute(insert(ActivityEnterprise), links)
        if relinked:
            session.execute(update(Activity), [
                {"id": item.record_id, "enterprises_key": _enterprises_key(item.values["enterprises"], ids, listed)}
                for item in preview.to_update if "enterprises" in item.changes])
        doomed = [m.record_id for m in plan.delete]
        deleted = 0
        for chunk in range(0, len(doomed), 500):
            deleted += session.execute(update(Activity).where(Activity.id.in_(doomed[chunk:chunk + 500]),
                                                              Activity.deleted_at.is_(None))
                                       .values(deleted_at=now, updated_at=now)).rowcount
        return deleted

    def record_submission(self, session: Session, preview: Preview, plan: Plan) -> tuple[int, ...]:
        """One 报名表 submission per college of a returned file: when it came, how many rows it added, changed,
        deleted (the deadlines of the overview are checked against it)."""
        if preview.source_kind != "import" or plan.received is None:
            return ()
        added_by = Counter(r.organiser for r in preview.to_add)
        updated_by = Counter(r.organiser for r in preview.to_update)
        gone_by = Counter(m.organiser for m in plan.delete)
        submissions = []
        for organiser in preview.organisers:
            if organiser.kind != "college":
                continue
            submissions.append(session.scalar(insert(RegistrationSubmission).values(
                edition_id=preview.edition_id, college_id=organiser.id, file_name=preview.source_name[:500],
                received_at=plan.received, imported_at=plan.now, rows_added=added_by[organiser],
                rows_updated=updated_by[organiser], rows_deleted=gone_by[organiser.name],
            ).returning(RegistrationSubmission.id)))
        return tuple(submissions)

    # --- showing --------------------------------------------------------------------------------------------------

    def describe(self, values: Mapping[str, object]) -> str:
        """The activity's title."""
        return str(values.get("title", ""))

    def format(self, key: str, value: object) -> str:
        """校内/校外 for the campus flag; otherwise as every form."""
        if key == "off_campus" and value is not None:
            return CAMPUS[1] if value else CAMPUS[0]
        return super().format(key, value)


FORM = ActivityForm()


def _load(session: Session, edition_id: int, where) -> dict[int, Existing]:
    found: dict[int, Existing] = {}
    statement = select(Activity.id, Activity.row_uid, Activity.college_id, Activity.department_id,
                       Activity.deleted_at, *[getattr(Activity, name) for name in VALUE_FIELDS]) \
        .where(Activity.edition_id == edition_id, where)
    for row in session.execute(statement):
        organiser = ("college", row[2]) if row[2] is not None else ("department", row[3])
        values = dict(zip(VALUE_FIELDS, row[5:], strict=True))
        values["enterprises"] = []
        found[row[0]] = Existing(row[0], row[1], values, row[4] is not None, organiser)
    ids = list(found)
    for chunk in range(0, len(ids), 500):
        links = session.execute(select(ActivityEnterprise.activity_id, Enterprise.name)
                                .join(Enterprise, Enterprise.id == ActivityEnterprise.enterprise_id)
                                .where(ActivityEnterprise.activity_id.in_(ids[chunk:chunk + 500]))
                                .order_by(ActivityEnterprise.activity_id, Enterprise.id))
        for activity_id, name in links:
            found[activity_id].values["enterprises"].append(name)
    return found


def _enterprise_map(session: Session, edition_id: int, rows: Iterable[PreviewRow]) -> dict[str, int]:
    ids: dict[str, int] = {}
    for item in rows:
        for name in item.values["enterprises"]:
            key = normalize_enterprise(name)
            if key and key not in ids:
                ids[key] = activity_service.enterprise_ids(session, edition_id, [name])[0]
    return ids


def _links(activity_id: int, names: Iterable[str], ids: Mapping[str, int]) -> list[dict[str, int]]:
    seen, links = set(), []
    for name in names:
        enterprise = ids.get(normalize_enterprise(name))
        if enterprise is not None and enterprise not in seen:
            seen.add(enterprise)
            links.append({"activity_id": activity_id, "enterprise_id": enterprise})
    return links


def _listed_names(session: Session, enterprise_ids: Iterable[int]) -> dict[int, str]:
    """Enterprise id → the name the table lists it by (its first spelling in the edition)."""
    ids, names = sorted(set(enterprise_ids)), {}
    for chunk in range(0, len(ids), 500):
        names.update(session.execute(select(Enterprise.id, Enterprise.name)
                                     .where(Enterprise.id.in_(ids[chunk:chunk + 500]))).all())
    return names


def _enterprises_key(names: Iterable[str], ids: Mapping[str, int], listed: Mapping[int, str]) -> str:
    """The 合作企业 sort key of a row: its enterprises as the table lists them (by id, stored names)."""
    linked = sorted({ids[key] for key in (normalize_enterprise(name) for name in names) if key in ids})
    return activity_keys.enterprises_key(listed[i] for i in linked)


def _columns_of(values: Mapping[str, object]) -> dict[str, object]:
    """The row's stored columns: its values and the sort keys of its texts."""
    columns = {key: values[key] for key in VALUE_FIELDS}
    return columns | activity_keys.sort_keys(columns)


def _organiser_columns(organiser: Organiser) -> dict[str, int | None]:
    return {"college_id": organiser.id if organiser.kind == "college" else None,
            "department_id": organiser.id if organiser.kind == "department" else None}


# --- the entry points ----------------------------------------------------------------------------------------------

def preview_workbook(db: Database, edition_id: int, path: str | Path, *, received_at: dt.datetime | None = None,
                     college_id: int | None = None, progress: Callable[[int, int], None] | None = None,
                     cancelled: Callable[[], bool] | None = None) -> Preview:
    """Read and check a returned 附件1 workbook; writes nothing.

    Raises WorkbookError for a file that cannot be read safely (not a workbook, .xls, encrypted, corrupt,
    bombs, no header) and ImportCancelled when ``cancelled()`` turns true. ``college_id`` is the college
    the user chose (a workbook naming another one gets a warning); ``received_at`` defaults to the file's
    modification time.
    """
    return preview_file(db, FORM, edition_id, path, received_at=received_at, college_id=college_id,
                        progress=progress, cancelled=cancelled)


def preview_rows(db: Database, edition_id: int, rows: list[list[object]], *, header: list[str] | None = None,
                 college_id: int | None = None, source_kind: str = "paste",
                 source_name: str = msg.PASTE_SOURCE) -> Preview:
    """Check rows pasted from Excel (validated like an import); writes nothing.

    ``header`` names the columns; without it a header row among the first rows is used when there is one,
    else the columns are taken in the template's order (序号, 活动名称, …). Rows are numbered from 1.
    """
    table = ACTIVITY_TABLE
    numbered = [(number, tuple(row)) for number, row in enumerate(rows, start=1)]
    if header is not None:
        found = table.find_header([(0, tuple(header))]) or table.header_of(header)
        data = numbered
    else:
        found = table.find_header(numbered[:30])
        if found is not None:
            data = [(n, r) for n, r in numbered if n > found.last_row]
        else:
            columns = {key: index for index, key in enumerate(TEMPLATE_FIELDS)}
            found = Header(row=0, last_row=0, columns=columns, labels=tuple(header_label(k) for k in TEMPLATE_FIELDS))
            data = numbered
    read = SheetRead(file=None, sheet="", header=found, notices=table.column_notices(found, ignored=False))
    for number, values in data:
        raw = RawRow(number, values)
        if table.is_blank(raw, found):
            continue
        if table.is_example(raw, found):
            read.examples.append(number)
            continue
        read.rows.append(raw)
    return build_preview(db, FORM, edition_id, read, source_kind=source_kind, source_name=source_name,
                         college_id=college_id)


def looks_like_header(row: Sequence[str]) -> bool:
    """True when ``row`` names the title column and another one (the importer's own rule for a header)."""
    from vocweek_desktop.domain.parse_headers import match_header

    keys = {match_header(PASTE_HEADERS.get(cell, cell)) for cell in row} - {None}
    return "title" in keys and len(keys) >= 2


def preview_paste(db: Database, edition_id: int, text: str, *, college_id: int | None = None) -> Preview:
    """Check rows copied from Excel or from the 活动报名 table (tab-separated text); writes nothing.

    A first line that names columns is the header (problems then name the lines as pasted, the header being
    line 1); without one the columns are taken in the table's order, or in the 附件1 template's when the rows are
    exactly as wide as a template row (copied from a college's workbook). Raises NothingToImport when the text
    holds no rows.
    """
    from vocweek_desktop.io.tsv import parse_tsv

    rows = parse_tsv(text or "")
    if not rows:
        raise NothingToImport(msg.PASTE_EMPTY)
    header: list[str] | None = None
    if looks_like_header(rows[0]):
        if len(rows) == 1:
            raise NothingToImport(msg.PASTE_ONLY_HEADER)
        rows[0] = [PASTE_HEADERS.get(cell, cell) for cell in rows[0]]
    elif max(len(row) for row in rows) not in (TEMPLATE_ROW_WIDTH, TEMPLATE_ROW_WIDTH + 1):
        header = [PASTE_HEADERS.get(label, label) for _key, label in activity_service.COLUMNS]
    return preview_rows(db, edition_id, rows, header=header, college_id=college_id)

