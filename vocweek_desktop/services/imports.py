"""The workbook-import pipeline: every Excel form that comes back (附件1, the college list, and the forms to come)
goes through the same two steps.

``preview_file`` / ``build_preview`` read the workbook safely (``io.excel_read``: header found by its names,
merged cells filled, examples and notes left out), turn each row into a record with cell-addressed problems,
match it against the database (the hidden row id first, then the form's natural key) and report what importing
would do — add, update with the changed fields, unchanged, missing from the file, problems, warnings — writing
nothing. ``apply_import`` then writes the previewed rows in ONE transaction: the form's apply step, the
submission record, and the audit trail (one event for the file, one per row written); any failure leaves the
database as it was.

A form is a ``Form`` subclass (``services.import_form``; the records it fills are in ``services.import_records``)
that says only what is its own: the table's columns (``io.excel_read.TableSpec``), how a row is validated, its
natural key, and its apply step. See ``services/activities_import.py`` (附件1) and ``services/colleges_import.py``
(the college list).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.errors import ConflictError, ValidationError, VocWeekError
from vocweek_desktop.domain.organisers import Organiser
from vocweek_desktop.domain.problems import Problem
from vocweek_desktop.io.excel_read import ROW_UID, SheetRead
from vocweek_desktop.io.excel_safety import ReadCancelled
from vocweek_desktop.services import audit
from vocweek_desktop.services.import_form import Form
from vocweek_desktop.services.import_records import (
    Draft,
    ErrorRow,
    Existing,
    ImportResult,
    Plan,
    Preview,
)
from vocweek_desktop.services.rows import load_edition
from vocweek_desktop.store.engine import Database

ImportCancelled = ReadCancelled
MAX_ROW_WARNINGS = 100
PROGRESS_SPAN = 1000  # progress units for reading, and again for checking

__all__ = ["ImportCancelled", "ImportChoice", "apply_import", "apply_imports", "build_preview",
           "export_error_rows", "preview_file"]


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
