"""The workbook-import pipeline: every Excel form that comes back (附件1, the college list, and the forms to come)
goes through the same two steps.

``preview_file`` / ``build_preview`` read the workbook safely (``io.excel_read``: header found by its names,
merged cells filled, examples and notes left out), turn each row into a record with cell-addressed problems,
match it against the database (the hidden row id first, then the form's natural key) and report what importing
would do — add, update with the changed fields, unchanged, missing from the file, problems, warnings — writing
nothing. ``apply_import`` then writes the previewed rows in ONE transaction: the form's apply step, the
submission record, and the audit trail (one event for the file, one per row written); any failure leaves the
database as it was.

A form is a ``Form`` subclass that says only what is its own: the table's columns (``io.excel_read.TableSpec``),
how a row is validated, its natural key, and its apply step. See ``services/activities_import.py`` (附件1)
and ``services/colleges_import.py`` (the college list).
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.dates import format_datetime, format_iso_day, format_time
from vocweek_desktop.domain.errors import ConflictError, ValidationError, VocWeekError
from vocweek_desktop.domain.organisers import Organiser
from vocweek_desktop.domain.parsing import ParseError, cell_text
from vocweek_desktop.domain.problems import Problem, cell_name
from vocweek_desktop.io.excel_read import ROW_UID, Header, SheetRead, TableSpec, read_table
from vocweek_desktop.io.excel_safety import ReadCancelled
from vocweek_desktop.services import audit
from vocweek_desktop.services.rows import load_edition
from vocweek_desktop.store.engine import Database
from vocweek_desktop.store.models import Edition

ImportCancelled = ReadCancelled
MAX_ROW_WARNINGS = 100
PROGRESS_SPAN = 1000  # progress units for reading, and again for checking
_UID = re.compile(r"^[0-9A-Za-z_-]{1,32}$")

__all__ = [
    "Context", "Draft", "ErrorRow", "Existing", "Form", "ImportCancelled", "ImportChoice", "ImportResult", "MissingRow",
    "Plan", "Preview", "PreviewColumn", "PreviewRow", "Problem", "apply_import", "apply_imports", "build_preview",
    "export_error_rows", "preview_file",
]


# --- what a preview holds ----------------------------------------------------------------------------------------

@dataclass
class PreviewRow:
    """A valid row of the file: its cleaned values and what importing it would do."""

    row: int  # row number in the sheet (or 1-based line of pasted text)
    values: dict[str, object]
    organiser: Organiser | None = None  # the college (or department) the row belongs to, for forms that have one
    record_id: int | None = None  # the existing record it updates (set for added rows once written)
    row_uid: str | None = None
    changes: dict[str, tuple[object, object]] = field(default_factory=dict)  # field → (old, new)
    restore: bool = False  # the matched record is in the recycle bin and comes back


@dataclass
class MissingRow:
    """An existing record in the file's scope (its college's rows) that the file no longer contains."""

    record_id: int
    row_uid: str | None
    organiser: str  # the name of the college (or department) it belongs to, "" when the form has none
    values: dict[str, object]
    label: str  # one line naming it (智能制造学院 2024-05-13 技能展示)


@dataclass
class ErrorRow:
    """A row that cannot be imported: its cells as read and its problems."""

    row: int
    values: tuple
    problems: list[Problem]


@dataclass
class Draft:
    """A row as parsed, before matching: typed values of the cells the file has, where each was, its problems."""

    row: int
    raw: tuple
    cells: dict[str, str]
    anchor_cell: str  # where a problem of a field the file has no column for is reported
    values: dict[str, object] = field(default_factory=dict)
    uid: str | None = None
    problems: list[Problem] = field(default_factory=list)
    failed: set[str] = field(default_factory=set)  # fields whose cell could not be read (already a problem)
    organiser: Organiser | None = None
    note: dict[str, object] = field(default_factory=dict)  # anything else a form keeps about the row

    def cell(self, key: str) -> str:
        """The cell a problem with ``key`` is reported at."""
        return self.cells.get(key, self.anchor_cell)


@dataclass
class Existing:
    """A record already in the database that a row may update: id, row id, field values, in the recycle bin or not."""

    id: int
    row_uid: str | None
    values: dict[str, object]
    deleted: bool = False
    organiser: tuple[str, int] | None = None  # (kind, id) of the college or department it belongs to


@dataclass
class Context:
    """What a form knows while previewing one file: the edition, the sheet, the college the whole file is from,
    and the file's own problems (they block every row) and warnings. Forms subclass it for their lookups."""

    edition_id: int
    year: int
    sheet: str
    header: Header
    college: Organiser | None = None
    file_problems: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass
class Preview:
    """Everything an import would do, computed without writing; ``apply_import`` carries it out."""

    form: Form = field(repr=False)
    edition_id: int
    source_kind: str  # 'import' (a file) or 'paste'
    file: Path | None
    source_name: str
    sheet: str
    college: Organiser | None
    received_at: dt.datetime | None
    header: list[str]
    year: int | None = None
    deadline: dt.datetime | None = None  # when a received file was due (``Form.deadline_of``), for forms that receive
    to_add: list[PreviewRow] = field(default_factory=list)
    to_update: list[PreviewRow] = field(default_factory=list)
    unchanged: list[PreviewRow] = field(default_factory=list)
    missing: list[MissingRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    error_rows: list[ErrorRow] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    organisers: list[Organiser] = field(default_factory=list)
    examples: list[int] = field(default_factory=list)
    file_warnings: list[str] = field(default_factory=list)  # about the whole file: another college/year, columns
    row_notes: list[str] = field(default_factory=list)  # about single rows (sheet!cell: …)
    anchor_column: int | None = None  # the column that names a row (widened in the 导出问题行 workbook)
    context: Context | None = field(default=None, repr=False)
    _drafts: list[Draft] = field(default_factory=list, repr=False)
    _fingerprint: tuple = field(default=(), repr=False)

    @property
    def has_errors(self) -> bool:
        """Whether any row has an error (then only an explicit skip imports the rest)."""
        return bool(self.error_rows)

    def summary(self) -> str:
        """One line: how many rows would be added, updated, left, offered for deletion, and have errors."""
        form = self.form
        text = form.summary_template.format(added=len(self.to_add), updated=len(self.to_update),
                                            unchanged=len(self.unchanged))
        if self.missing:
            text += form.missing_template.format(count=len(self.missing))
        if self.error_rows:
            text += msg.SUMMARY_ERRORS.format(count=len(self.error_rows))
        return text


@dataclass(frozen=True)
class ImportResult:
    """What ``apply_import`` wrote."""

    added: int
    updated: int
    unchanged: int
    deleted: int
    skipped: int
    restored: int = 0
    submission_ids: tuple[int, ...] = ()
    summary_template: str = field(default=msg.SUMMARY_ROWS, compare=False, repr=False)
    deleted_template: str = field(default=msg.SUMMARY_DELETED, compare=False, repr=False)

    def summary(self) -> str:
        """One line for the status bar or the console."""
        text = self.summary_template.format(added=self.added, updated=self.updated, unchanged=self.unchanged)
        if self.deleted:
            text += self.deleted_template.format(count=self.deleted)
        if self.skipped:
            text += msg.SUMMARY_SKIPPED.format(count=self.skipped)
        return text


@dataclass(frozen=True)
class Plan:
    """What ``apply_import`` asks a form to write: the time of the import, when the file was received, and the
    missing rows the user chose to delete."""

    now: dt.datetime
    received: dt.datetime | None
    delete: tuple[MissingRow, ...] = ()


@dataclass(frozen=True)
class PreviewColumn:
    """A column of the preview's tables: its header and the text it shows for a row."""

    label: str
    text: Callable[[object], str]


# --- what a form says -------------------------------------------------------------------------------------------

def _same(old: object, new: object) -> bool:
    """Equal, counting None and "" as the same (an empty cell)."""
    return old == new or (old in (None, "") and new in (None, ""))


class Form:
    """One kind of workbook the office imports. Subclasses set the attributes and override the steps that are
    their own; the defaults suit a table of rows stored in one table (``model``) of the edition.

    The steps, in the order the pipeline calls them: ``read`` → ``begin`` → ``parse`` (``parse_values``) for every
    row → ``after_parse`` → ``load_existing`` → per row: match (hidden row id, then ``row_key`` against
    ``record_key``), ``clean`` (``validate``), ``changes`` → ``missing_row`` for records the file lacks; on apply:
    ``write`` and ``record_submission`` inside the one transaction.
    """

    title = ""  # what importing it is called (导入活动信息表): dialog title, messages
    entity = ""  # the audit trail's name for its records (activity, college, …)
    table: TableSpec  # how its table is found and read
    sheet_title = "导入"  # the sheet of the 导出问题行 workbook when the source had none (pasted rows)
    labels: Mapping[str, str] = {}  # field → label, for the changed fields
    value_fields: tuple[str, ...] = ()  # the fields compared on re-import and written (in this order)
    unit = msg.UNIT_ROWS  # what is counted (行, 个学院)
    summary_template = msg.SUMMARY_ROWS
    deleted_template = msg.SUMMARY_DELETED  # what deleting the ticked missing rows did (activities: to the bin)
    missing_template = msg.SUMMARY_MISSING
    errors_hint = msg.IMPORT_ERRORS_HINT  # what to do when rows have errors
    empty_message: str | None = None  # a warning when the file has no data rows ({name}: the file)
    has_college = False  # the file belongs to one college, which the user may choose
    receives = False  # a file handed in: when it was received is recorded (its modification time by default)
    received_document = msg.RECEIVED_REGISTRATION  # what the file handed in is called (报名表) in the preview
    deadline_label = msg.DEADLINE_REGISTRATION  # the deadline it is due by, as the preview names it (报名截止)
    received_hint = ""  # a whole sentence saying what the received time means, when the default does not fit
    duplicate_message: str | None = None  # rows with the same ``unique_key`` are refused ({first}, {row}, {name})
    model = None  # the ORM class of its records, for the default ``load_existing`` and ``write``
    uid_column: str | None = None  # the model's column of stable row ids (written into the hidden column)
    row_type: type[PreviewRow] = PreviewRow
    preview_columns: Sequence[PreviewColumn] = ()  # 新增 / 未变 tables (after 行)
    name_columns: Sequence[PreviewColumn] = ()  # 更新 table: what names a row (before the changed field)
    missing_columns: Sequence[PreviewColumn] = ()  # 文件中已无 table (after the tick)

    def deadline_of(self, edition: Edition) -> dt.datetime | None:
        """When a file of this form handed in was due: the registration deadline (None for a form that receives
        nothing)."""
        return edition.registration_deadline if self.receives else None

    # --- reading --------------------------------------------------------------------------------------------------

    def read(self, path: Path, *, progress: Callable[[int, int], None] | None = None,
             cancelled: Callable[[], bool] | None = None) -> SheetRead:
        """Read the workbook (the first sheet with the table). A form with more sheets reads them here into
        ``SheetRead.extra``."""
        return read_table(path, self.table, progress=progress, cancelled=cancelled)

    def begin(self, session: Session, edition: Edition, read: SheetRead, *, source_kind: str,
              college_id: int | None) -> Context:
        """The form's lookups for this file and the file's own problems (a required column missing)."""
        ctx = Context(edition_id=edition.id, year=edition.year, sheet=read.sheet, header=read.header)
        ctx.file_problems.extend(self.missing_columns_problems(ctx))
        return ctx

    def missing_columns_problems(self, ctx: Context) -> list[Problem]:
        """A file problem for each required column the header lacks."""
        row = max(ctx.header.row, 1)
        return [Problem(ctx.sheet, "", msg.XLSX_NO_COLUMN.format(row=row, label=column.label))
                for column in self.table.missing_required(ctx.header)]

    def parse(self, ctx: Context, number: int, raw: tuple) -> Draft:
        """One row → a draft: its cells by field (text trimmed, empty text as None), its row id, typed values."""
        columns = ctx.header.columns
        values = {}
        for key, column in columns.items():
            value = raw[column] if column < len(raw) else None
            if isinstance(value, str):
                value = value.strip() or None
            values[key] = value
        cells = self.cells(columns, number)
        anchor = columns.get(self.table.anchor)
        draft = Draft(number, raw, cells, cells.get(self.table.anchor, cell_name(anchor or 0, number)))
        uid_value = values.pop(ROW_UID, None)
        uid = str(uid_value).strip() if uid_value is not None else None
        draft.uid = uid if uid is not None and _UID.match(uid) else None
        self.parse_values(ctx, draft, values)
        return draft

    def cells(self, columns: Mapping[str, int], number: int) -> dict[str, str]:
        """Where each field of row ``number`` is (the fields the file has a column for)."""
        return {key: cell_name(column, number) for key, column in columns.items()}

    def parse_values(self, ctx: Context, draft: Draft, values: dict[str, object]) -> None:
        """Typed values into ``draft.values``, a problem at its cell for each that cannot be read: a column's own
        parser (``Column.parse``), else the cell as text."""
        for key, value in values.items():
            column = self.table.by_key.get(key)
            if column is None:
                continue
            if column.parse is None:
                draft.values[key] = cell_text(value) or ""
                continue
            try:
                draft.values[key] = column.parse(value)
            except ParseError as error:
                draft.problems.append(Problem(ctx.sheet, draft.cell(key), str(error), draft.row))
                draft.failed.add(key)

    def after_parse(self, ctx: Context, drafts: list[Draft]) -> None:
        """Decide what depends on every row (the college of rows that name none); nothing by default."""

    # --- matching -------------------------------------------------------------------------------------------------

    def load_existing(self, session: Session, preview: Preview, uids: Sequence[str]) -> dict[int, Existing]:
        """The records a row may update: the edition's records of ``model`` (by default all of them)."""
        model = self.model
        uid = getattr(model, self.uid_column) if self.uid_column else None
        columns = [getattr(model, key) for key in self.value_fields]
        statement = select(model.id, uid if uid is not None else model.id, *columns) \
            .where(model.edition_id == preview.edition_id)
        return {row[0]: Existing(row[0], row[1] if uid is not None else None,
                                 dict(zip(self.value_fields, row[2:], strict=True)))
                for row in session.execute(statement)}

    def taken_uids(self, session: Session, uids: Sequence[str]) -> set[str]:
        """The row ids already in use (a new row keeps its file's row id only when it is free)."""
        if not self.uid_column or not uids:
            return set()
        column = getattr(self.model, self.uid_column)
        return set(session.scalars(select(column).where(column.in_(list(uids)))))

    def row_key(self, ctx: Context, draft: Draft) -> Hashable | None:
        """The natural key of a row before cleaning (None: match by row id only)."""
        return None

    def record_key(self, record: Existing) -> Hashable | None:
        """The natural key of an existing record, comparable with ``row_key``."""
        return None

    def in_scope(self, preview: Preview, record: Existing) -> bool:
        """Whether a record the file does not contain is offered for deletion (only when ``offers_missing``)."""
        return True

    def offers_missing(self, preview: Preview) -> bool:
        """Whether records in scope that the file lacks are listed (to be deleted only when ticked)."""
        return False

    def missing_order(self, record: Existing) -> object:
        """The order of the 文件中已无 list."""
        return record.id

    def missing_row(self, preview: Preview, record: Existing) -> MissingRow:
        """A record the file no longer contains, as listed."""
        return MissingRow(record.id, record.row_uid, "", dict(record.values), self.describe(record.values))

    # --- validating -----------------------------------------------------------------------------------------------

    def clean(self, ctx: Context, draft: Draft, record: Existing | None) -> tuple[dict | None, list[Problem]]:
        """The row's values over the matched record's (a file may lack columns), validated: (cleaned, problems).

        Runs even when some cells could not be read, so every other mistake of the row is reported at once; a
        field whose cell was already refused is not reported again.
        """
        merged = dict(record.values) if record is not None else {}
        merged.update(draft.values)
        try:
            return self.validate(merged), []
        except ValidationError as error:
            return None, [Problem(ctx.sheet, draft.cell(key), text, draft.row) for key, text in error.fields.items()
                          if key not in draft.failed]

    def validate(self, values: dict[str, object]) -> dict[str, object]:
        """A row's cleaned values; raises ValidationError (field → Chinese reason) when the row is refused."""
        return values

    def unique_key(self, cleaned: Mapping[str, object]) -> Hashable | None:
        """What no two rows of one file may share (with ``duplicate_message``); None: no such rule."""
        return None

    def row_warnings(self, ctx: Context, draft: Draft, cleaned: Mapping[str, object]) -> list[Problem]:
        """Notes about a valid row (imported all the same): a date outside the week, …"""
        return []

    def changes(self, ctx: Context, record: Existing, cleaned: Mapping[str, object],
                draft: Draft) -> dict[str, tuple[object, object]]:
        """Field → (old, new) for every value field the row changes."""
        return {key: (record.values.get(key), cleaned.get(key)) for key in self.value_fields
                if not _same(record.values.get(key), cleaned.get(key))}

    def fingerprint(self, session: Session, edition_id: int) -> tuple:
        """A cheap summary of the records; when it changed between preview and apply, rows are matched again."""
        return ()

    # --- writing --------------------------------------------------------------------------------------------------

    def write(self, session: Session, preview: Preview, plan: Plan) -> int:
        """Write the previewed rows (inside the pipeline's transaction); returns how many records were deleted.

        By default: new rows inserted into ``model`` (``record_id`` set on each), changed ones updated, the
        chosen missing ones deleted.
        """
        table = self.model.__table__
        rows = []
        for item in preview.to_add:
            values = {"edition_id": preview.edition_id, **{k: item.values.get(k) for k in self.value_fields}}
            if self.uid_column:
                item.row_uid = item.row_uid or uuid.uuid4().hex
                values[self.uid_column] = item.row_uid
            rows.append(values)
        if rows:
            inserted = session.execute(insert(table).returning(table.c.id, sort_by_parameter_order=True), rows)
            for item, (record_id,) in zip(preview.to_add, inserted, strict=True):
                item.record_id = record_id
        changed = [{"id": item.record_id, **{k: item.values.get(k) for k in self.value_fields}}
                   for item in preview.to_update]
        if changed:
            session.execute(update(self.model), changed)
        doomed = [m.record_id for m in plan.delete]
        if not doomed:
            return 0
        return session.execute(delete(self.model).where(self.model.id.in_(doomed))).rowcount

    def after_audit(self, session: Session, preview: Preview, plan: Plan) -> None:
        """Events the form records after the pipeline's own (a change of state that follows a record's creation or
        change, so that its history reads in order); nothing by default."""

    def record_submission(self, session: Session, preview: Preview, plan: Plan) -> tuple[int, ...]:
        """Record that a file was handed in (who, when, how many rows); nothing by default. Returns the ids."""
        return ()

    # --- showing --------------------------------------------------------------------------------------------------

    def describe(self, values: Mapping[str, object]) -> str:
        """One line naming a record (the audit trail's summary, the 文件中已无 list)."""
        return str(values.get(self.table.anchor, ""))

    def format(self, key: str, value: object) -> str:
        """A cleaned value as the preview shows it (dates with the weekday, 是/否, names joined by 、)."""
        if value is None or value == "" or value == [] or value == ():
            return msg.PREVIEW_EMPTY
        if isinstance(value, bool):
            return "是" if value else "否"
        if isinstance(value, dt.datetime):
            return format_datetime(value)
        if isinstance(value, dt.date):
            return format_iso_day(value, weekday=True)
        if isinstance(value, dt.time):
            return format_time(value)
        if isinstance(value, list | tuple):
            return "、".join(str(v) for v in value)
        return str(value)

    def label(self, key: str) -> str:
        """The label of a changed field."""
        return self.labels.get(key, key)


# --- the pipeline ------------------------------------------------------------------------------------------------

def _checker(cancelled: Callable[[], bool] | None, progress: Callable[[int, int], None] | None,
             base: int, total: int, span: int) -> Callable[[int], None]:
    def check(done: int) -> None:
        if cancelled is not None and cancelled():
            raise ImportCancelled(msg.IMPORT_CANCELLED)
        if progress is not None and total:
            progress(min(base + done * span // max(total, 1), 2 * span), 2 * span)
    return check


def preview_file(db: Database, form: Form, edition_id: int, path: str | Path, *,
                 received_at: dt.datetime | None = None, college_id: int | None = None,
                 progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> Preview:
    """Read and check a workbook of ``form``; writes nothing.

    Raises WorkbookError for a file that cannot be read safely and ImportCancelled when ``cancelled()`` turns
    true. ``received_at`` defaults to the file's modification time for forms that record it.
    """
    path = Path(path)
    span = PROGRESS_SPAN

    def reading(done: int, total: int) -> None:
        if progress is not None:
            progress(min(done * span // max(total, 1), span), 2 * span)

    read = form.read(path, progress=reading, cancelled=cancelled)
    if received_at is None and form.receives:
        received_at = dt.datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0)
    if not read.rows and form.empty_message:
        read.notices.append(form.empty_message.format(name=path.name))
    return build_preview(db, form, edition_id, read, source_kind="import", source_name=path.name,
                         received_at=received_at if form.receives else None, college_id=college_id,
                         progress=progress, cancelled=cancelled, span=span)


def build_preview(db: Database, form: Form, edition_id: int, read: SheetRead, *, source_kind: str,
                  source_name: str, received_at: dt.datetime | None = None, college_id: int | None = None,
                  progress: Callable[[int, int], None] | None = None, cancelled: Callable[[], bool] | None = None,
                  span: int = 1) -> Preview:
    """Check rows already read (a workbook's, or pasted ones in a ``SheetRead``) against the database."""
    with db.transaction() as session:
        edition = load_edition(session, edition_id)
        ctx = form.begin(session, edition, read, source_kind=source_kind, college_id=college_id)
        ctx.warnings[:0] = read.notices
        check = _checker(cancelled, progress, span, len(read.rows), span)
        drafts = []
        for index, row in enumerate(read.rows):
            if index % 256 == 0:
                check(index)
            drafts.append(form.parse(ctx, row.number, row.values))
        form.after_parse(ctx, drafts)
        preview = Preview(form=form, edition_id=edition_id, source_kind=source_kind, file=read.file,
                          source_name=source_name, sheet=read.sheet, college=ctx.college, received_at=received_at,
                          header=list(read.header.labels), year=read.year, examples=list(read.examples),
                          deadline=form.deadline_of(edition),
                          anchor_column=read.header.columns.get(form.table.anchor), context=ctx, _drafts=drafts)
        seen: dict[tuple[str, int], Organiser] = {}
        for draft in drafts:
            if draft.organiser is not None:
                seen.setdefault((draft.organiser.kind, draft.organiser.id), draft.organiser)
        if preview.college is not None:
            seen.setdefault((preview.college.kind, preview.college.id), preview.college)
        preview.organisers = list(seen.values())
        if preview.college is None and len(seen) == 1:
            preview.college = next(iter(seen.values()))
        preview.file_warnings = ctx.warnings
        classify(session, preview, _checker(cancelled, None, 0, 0, 0))
        preview._fingerprint = form.fingerprint(session, edition_id)
        if progress is not None:
            progress(2 * span, 2 * span)
        return preview


def classify(session: Session, preview: Preview, check: Callable[[int], None] = lambda _i: None) -> None:
    """Match the parsed rows to existing records, validate them, and fill the preview's lists."""
    form, ctx, drafts = preview.form, preview.context, preview._drafts
    file_problems = ctx.file_problems
    preview.to_add, preview.to_update, preview.unchanged, preview.missing = [], [], [], []
    preview.error_rows, preview.problems = [], list(file_problems)
    row_warnings: list[str] = []
    uids = sorted({d.uid for d in drafts if d.uid})
    existing = form.load_existing(session, preview, uids)
    by_uid = {record.row_uid: record for record in existing.values() if record.row_uid}
    taken_uids = form.taken_uids(session, uids)
    by_key: dict[Hashable, list[Existing]] = {}
    for record in sorted(existing.values(), key=lambda r: r.id):
        key = form.record_key(record) if not record.deleted else None
        if key is not None:
            by_key.setdefault(key, []).append(record)
    used: set[int] = set()
    seen_uids: dict[str, int] = {}
    first_of: dict[Hashable, int] = {}

    def claim(draft: Draft) -> Existing | None:
        record = None
        if draft.uid and draft.uid not in seen_uids:
            record = by_uid.get(draft.uid)
            seen_uids[draft.uid] = draft.row
        elif draft.uid:
            row_warnings.append(Problem(ctx.sheet, draft.cells.get(ROW_UID, draft.anchor_cell),
                                        msg.IMPORT_STALE_UID.format(row=seen_uids[draft.uid]), draft.row).text)
            draft.uid = None
        if record is not None and record.id in used:
            record = None
        if record is None:
            key = form.row_key(ctx, draft)
            if key is not None:
                record = next((r for r in by_key.get(key, []) if r.id not in used), None)
        if record is not None:
            used.add(record.id)
        return record

    for index, draft in enumerate(drafts):
        if index % 256 == 0:
            check(index)
        record = claim(draft)
        problems = list(draft.problems)
        if file_problems:
            preview.error_rows.append(ErrorRow(draft.row, draft.raw, list(file_problems) + problems))
            preview.problems.extend(problems)
            continue
        cleaned, more = form.clean(ctx, draft, record)
        problems.extend(more)
        if cleaned is not None and form.duplicate_message:
            key = form.unique_key(cleaned)
            if key is not None:
                if key in first_of:
                    problems.append(Problem(ctx.sheet, draft.cell(form.table.anchor), form.duplicate_message.format(
                        first=first_of[key], row=draft.row, name=key), draft.row))
                first_of.setdefault(key, draft.row)
        if problems:
            preview.error_rows.append(ErrorRow(draft.row, draft.raw, problems))
            preview.problems.extend(problems)
            continue
        row_warnings.extend(problem.text for problem in form.row_warnings(ctx, draft, cleaned))
        if record is None:
            uid = draft.uid if draft.uid and draft.uid not in taken_uids else None
            if uid:
                taken_uids.add(uid)
            preview.to_add.append(form.row_type(draft.row, cleaned, organiser=draft.organiser, row_uid=uid))
            continue
        changes = form.changes(ctx, record, cleaned, draft)
        item = form.row_type(draft.row, cleaned, organiser=draft.organiser, record_id=record.id,
                             row_uid=record.row_uid, changes=changes, restore=record.deleted)
        if record.deleted:
            row_warnings.append(Problem(ctx.sheet, draft.anchor_cell, msg.IMPORT_RESTORED, draft.row).text)
        (preview.to_update if changes or record.deleted else preview.unchanged).append(item)

    if form.offers_missing(preview):
        for record in sorted(existing.values(), key=form.missing_order):
            if record.deleted or record.id in used or not form.in_scope(preview, record):
                continue
            preview.missing.append(form.missing_row(preview, record))
    if len(row_warnings) > MAX_ROW_WARNINGS:
        extra = len(row_warnings) - MAX_ROW_WARNINGS
        row_warnings = row_warnings[:MAX_ROW_WARNINGS] + [msg.IMPORT_MORE_NOTES.format(count=extra)]
    preview.row_notes = row_warnings
    preview.warnings = list(preview.file_warnings) + row_warnings


@dataclass(frozen=True)
class ImportChoice:
    """One previewed file of a batch and what the user chose for it: the missing rows to delete (by row id),
    whether rows with errors are skipped, and the received time when it was changed."""

    preview: Preview
    delete_uids: tuple[str, ...] = ()
    skip_error_rows: bool = False
    received_at: dt.datetime | None = None


def apply_import(db: Database, preview: Preview, *, delete_uids: Iterable[str] = (),
                 skip_error_rows: bool = False, received_at: dt.datetime | None = None) -> ImportResult:
    """Write a previewed import in ONE transaction: add, update, delete the rows chosen, record the submission and
    the audit trail.

    Refuses when the preview has error rows and ``skip_error_rows`` is False. Only rows listed in
    ``preview.missing`` whose row ids are in ``delete_uids`` are deleted. When the database changed since the
    preview (the form's fingerprint), the rows are matched again inside the transaction, so nothing is duplicated.
    """
    choice = ImportChoice(preview, tuple(delete_uids), skip_error_rows, received_at)
    return apply_imports(db, [choice])[0]


def apply_imports(db: Database, choices: Sequence[ImportChoice]) -> list[ImportResult]:
    """Write several previewed files in ONE transaction (``vocweek import a.xlsx b.xlsx``, a drop of several files):
    every file or none. Each file is written as ``apply_import`` writes one; a later file is matched again against
    what the earlier ones wrote, so two files of one college never duplicate a row."""
    for choice in choices:
        if choice.preview.error_rows and not choice.skip_error_rows:
            raise ValidationError({"rows": msg.IMPORT_HAS_ERRORS.format(count=len(choice.preview.error_rows))})
    now = dt.datetime.now().replace(microsecond=0)
    current = None
    try:
        with db.transaction() as session:
            results = []
            for current in choices:
                results.append(_apply_one(session, db, current, now))
            return results
    except IntegrityError as exc:
        error: VocWeekError = ConflictError(msg.IMPORT_FILE_ERRORS.format(detail=str(exc.orig)))
        cause = exc
    except VocWeekError as exc:
        if len(choices) == 1:
            raise
        error, cause = exc, exc
    if len(choices) > 1 and current is not None:
        error = ConflictError(msg.IMPORT_BATCH_FAILED.format(name=current.preview.source_name, detail=error,
                                                             count=len(choices)))
    raise error from cause


def _apply_one(session: Session, db: Database, choice: ImportChoice, now: dt.datetime) -> ImportResult:
    """Write one previewed file inside the batch's transaction."""
    preview = choice.preview
    form = preview.form
    wanted = set(choice.delete_uids)
    load_edition(session, preview.edition_id)
    if form.fingerprint(session, preview.edition_id) != preview._fingerprint:
        classify(session, preview)
    plan = Plan(now=now, received=choice.received_at or preview.received_at,
                delete=tuple(m for m in preview.missing if m.row_uid in wanted))
    deleted = form.write(session, preview, plan)
    submissions = form.record_submission(session, preview, plan)
    result = ImportResult(added=len(preview.to_add), updated=len(preview.to_update),
                          unchanged=len(preview.unchanged), deleted=deleted, skipped=len(preview.error_rows),
                          restored=sum(1 for r in preview.to_update if r.restore),
                          submission_ids=tuple(submissions), summary_template=form.summary_template,
                          deleted_template=form.deleted_template)
    _audit(session, db, preview, plan, result)
    form.after_audit(session, preview, plan)
    session.flush()  # a failure of this file is reported as this file's, not the next one's
    return result


def _audit(session: Session, db: Database, preview: Preview, plan: Plan, result: ImportResult) -> None:
    """One event for the file, then one per record created, changed, restored or deleted (written in bulk)."""
    form = preview.form
    base = {"entity": form.entity, "edition_id": preview.edition_id, "at": plan.now}
    audit.record(session, db.operator, action="import", entity_id=None,
                 summary=f"{preview.source_name}：{result.summary()}",
                 after={"source": preview.source_kind, "file": preview.source_name, "sheet": preview.sheet,
                        "added": result.added, "updated": result.updated, "deleted": result.deleted,
                        "skipped": result.skipped}, **base)
    events = [{**base, "entity_id": item.record_id, "action": "create", "after": item.values,
               "summary": form.describe(item.values)} for item in preview.to_add]
    for item in preview.to_update:
        events.append({**base, "entity_id": item.record_id, "action": "restore" if item.restore else "update",
                       "before": {key: old for key, (old, _new) in item.changes.items()},
                       "after": {key: new for key, (_old, new) in item.changes.items()},
                       "summary": form.describe(item.values)})
    events.extend({**base, "entity_id": m.record_id, "action": "delete", "before": m.values, "summary": m.label}
                  for m in plan.delete)
    audit.record_many(session, db.operator, events)


def export_error_rows(preview: Preview, path: str | Path) -> Path:
    """Write the rows with errors (original cells plus the problems) for the sender to fix."""
    from vocweek_desktop.io.excel_export import write_error_rows

    def where(problem: Problem) -> str:  # the cell alone on the sheet read; another sheet (参与人员!B5) by name
        return problem.place if problem.sheet and problem.sheet != preview.sheet else problem.cell

    rows = [(e.row, list(e.values), "；".join(f"{where(p)}：{p.message}" if where(p) else p.message
                                               for p in e.problems)) for e in preview.error_rows]
    return write_error_rows(path, preview.sheet or preview.form.sheet_title, preview.header, rows,
                            problems_header=msg.IMPORT_ROW_ERRORS_HEADER, wide_column=preview.anchor_column)
