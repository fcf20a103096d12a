"""The base of every workbook form the import pipeline (``services.imports``) reads: what a form says about its
table (columns, validation, natural key) and the steps it may override, from reading a row to writing it.
See ``services/activities_import.py`` (附件1) and ``services/colleges_import.py`` (the college list)."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Callable, Hashable, Mapping, Sequence
from pathlib import Path

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.dates import format_datetime, format_iso_day, format_time
from vocweek_desktop.domain.errors import ValidationError
from vocweek_desktop.domain.parsing import ParseError, cell_text
from vocweek_desktop.domain.problems import Problem, cell_name
from vocweek_desktop.io.excel_read import ROW_UID, SheetRead, TableSpec, read_table
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
from vocweek_desktop.store.models import Edition

_UID = re.compile(r"^[0-9A-Za-z_-]{1,32}$")


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
