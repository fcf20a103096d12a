"""What each college handed in after the week, and what is still missing (notice 六(四)).

Every file recorded is copied into a managed folder beside the database (``<database>.files/<year>/<college>/``),
named by college and kind (智能制造学院-工作总结报告.docx, …-2.docx for the next one), with its size and SHA-256 in
the database: the same file recorded again is recognised by its hash and refused, naming the first record. The
copy is written atomically and removed again when the database refuses the record, so a file and its row come and
go together. A kept file that someone moved away by hand is reported as missing, never a crash.

``submission_matrix`` is the 概览 matrix: colleges × kinds, each cell 未交 / 已交 / 逾期 / 延期 / 补交 against the
kind's deadline (附件1: the registration deadline, and the 附件1 imports count; everything else: the report
deadline) or the extension granted, and per college the reminder text listing what is missing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import delete, event, func, select
from sqlalchemy.orm import Session

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain import submissions as rules
from vocweek_desktop.domain.dates import format_moment
from vocweek_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from vocweek_desktop.domain.submissions import Extension
from vocweek_desktop.files import atomic_path, describe_os_error, safe_file_name
from vocweek_desktop.services import audit
from vocweek_desktop.services.edition_settings import set_setting, value_in
from vocweek_desktop.services.rows import get_row, load_edition
from vocweek_desktop.store.engine import Database
from vocweek_desktop.store.models import (
    College,
    Edition,
    EditionContact,
    RegistrationSubmission,
    Submission,
    SubmissionExtension,
)

CHUNK = 1 << 20
#: What ``classify_file`` says a dropped file is.
ROUTE_REGISTRATION, ROUTE_STATISTICS, ROUTE_PUBLICITY, ROUTE_FILE = "registration", "statistics", "publicity", "file"
ROUTE_UNREADABLE = "unreadable"  # a workbook that does not open (.xls, encrypted, broken): an importer says why
ROUTE_OUTING = "outing"  # a 外出活动申请表 (services/outings_workbook.py): the 外出审批 import
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
SOURCE_REGISTRATION = "registration"  # a 附件1 import (no file kept here): listed, never opened or deleted


class DuplicateFile(ConflictError):
    """The same file (by its SHA-256) is already recorded; ``existing`` is that record."""

    def __init__(self, message: str, existing: SubmissionRecord):
        super().__init__(message)
        self.existing = existing


class FileNameMismatch(ConflictError):
    """The file's name names another college or another year than the one it is recorded for; recording it anyway
    is the user's decision (``check_name=False``)."""


@dataclass(frozen=True)
class SubmissionRecord:
    """One file a college handed in (or one 附件1 import, ``source`` 'registration', with no kept file)."""

    id: int | None
    edition_id: int
    college_id: int
    college: str
    kind: str
    received_at: dt.datetime
    file_name: str
    stored_path: str  # relative to the managed folder ("" for a 附件1 import)
    size: int
    sha256: str
    note: str
    source: str
    late: bool
    path: Path | None  # the kept copy (None for a 附件1 import)
    file_missing: bool = False  # recorded, but the kept copy is no longer where it was put

    @property
    def has_file(self) -> bool:
        """Whether a copy is kept (and so can be opened, if it is still there)."""
        return self.path is not None


@dataclass(frozen=True)
class ExtensionRecord:
    """An extension as granted."""

    college_id: int
    kind: str
    until: dt.datetime
    reason: str
    granted_at: dt.datetime


@dataclass(frozen=True)
class Cell:
    """One college's kind: its state at the matrix's time, the first file's time, the deadline that holds, how many
    files came, how many of their kept copies are missing."""

    college_id: int
    kind: str
    state: str
    first_received: dt.datetime | None
    deadline: dt.datetime | None
    extension: Extension | None
    count: int
    missing_files: int = 0


@dataclass(frozen=True)
class MatrixRow:
    """A college's row: a cell per kind and the reminder text ("" when nothing is owed)."""

    college_id: int
    name: str
    cells: tuple[Cell, ...]
    reminder: str

    @property
    def id(self) -> int:
        """The college's id (what a table of rows keeps its selection by)."""
        return self.college_id

    @property
    def owed(self) -> tuple[str, ...]:
        """The kinds still owed."""
        return tuple(cell.kind for cell in self.cells if cell.state in rules.OWED)

    def cell(self, kind: str) -> Cell | None:
        """The cell of ``kind``."""
        return next((cell for cell in self.cells if cell.kind == kind), None)


@dataclass(frozen=True)
class Matrix:
    """The 概览 matrix at ``now``: the kinds (columns), their deadlines, a row per college."""

    edition_id: int
    year: int
    now: dt.datetime
    kinds: tuple[str, ...]
    deadlines: dict[str, dt.datetime | None]
    rows: tuple[MatrixRow, ...]
    missing_files: tuple[SubmissionRecord, ...] = field(default=())

    def cell(self, college_id: int, kind: str) -> Cell | None:
        """The cell of a college and kind."""
        for row in self.rows:
            if row.college_id == college_id:
                return next((c for c in row.cells if c.kind == kind), None)
        return None

    def counts(self, kind: str) -> dict[str, int]:
        """How many colleges are in each state for ``kind``."""
        found = dict.fromkeys(rules.STATES, 0)
        for row in self.rows:
            for cell in row.cells:
                if cell.kind == kind:
                    found[cell.state] += 1
        return found


@dataclass(frozen=True)
class Guess:
    """What a file's name suggests: its college and kind (None: not sure), and the choices to ask from."""

    college_id: int | None
    kind: str | None
    colleges: tuple[tuple[int, str], ...]
    kinds: tuple[str, ...]

    @property
    def sure(self) -> bool:
        """Both the college and the kind are known."""
        return self.college_id is not None and self.kind is not None


# --- the managed folder -------------------------------------------------------------------------------------------

def files_folder(db: Database) -> Path:
    """The folder beside the database where handed-in files are kept (``vocweek.files`` for ``vocweek.sqlite3``)."""
    return folder_for(db.path)


def folder_for(database: Path) -> Path:
    """The managed folder of the database file at ``database``."""
    database = Path(database)
    return database.with_name(f"{database.stem}.files")


def _hash_file(path: Path) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _copy_hashing(source: Path, target: Path) -> str:
    digest = hashlib.sha256()
    with source.open("rb") as reading, target.open("wb") as writing:
        while chunk := reading.read(CHUNK):
            digest.update(chunk)
            writing.write(chunk)
    shutil.copystat(source, target, follow_symlinks=True)  # keeps the file's own time
    return digest.hexdigest()


def file_digest(path: Path) -> tuple[str, int]:
    """The SHA-256 and size of a file to record; a clear refusal naming it when it is missing, a folder, empty or
    unreadable."""
    if not path.exists():
        raise ValidationError({"file": msg.SUBMISSION_NO_FILE.format(name=path.name)})
    if path.is_dir():
        raise ValidationError({"file": msg.SUBMISSION_IS_FOLDER.format(name=path.name)})
    try:
        sha, size = _hash_file(path)
    except OSError as exc:
        raise ValidationError({"file": msg.SUBMISSION_UNREADABLE.format(name=path.name,
                                                                        detail=describe_os_error(exc))}) from exc
    if size == 0:
        raise ValidationError({"file": msg.SUBMISSION_EMPTY.format(name=path.name)})
    return sha, size


def keep_file(session: Session, folder: Path, edition: Edition, college: College, kind: str, source: Path, *,
              sha: str, size: int, received_at: dt.datetime, operator: str, source_kind: str = "file",
              note: str = "", now: dt.datetime | None = None) -> Submission:
    """Copy ``source`` into the managed folder and add its row (and audit event) in ``session``'s transaction.

    The copy goes under the first free name; it is removed again if the transaction rolls back, so a kept file
    always has its row. Raises ValidationError when the copy differs from the file hashed before (changed while
    being copied) and FileWriteError when the folder cannot be written.
    """
    college_folder = folder / str(edition.year) / safe_file_name(college.name, "学院")
    taken = set(session.scalars(select(Submission.stored_path).where(Submission.edition_id == edition.id)))
    number = 1
    while True:
        name = rules.stored_name(college.name, kind, source.suffix, number)
        relative = f"{edition.year}/{college_folder.name}/{name}"
        target = college_folder / name
        if relative in taken or target.exists():
            number += 1
            continue
        try:
            with atomic_path(target, exclusive=True) as partial:
                copied = _copy_hashing(source, partial)
                if copied != sha:
                    raise ValidationError({"file": msg.SUBMISSION_CHANGED.format(name=source.name)})
        except FileExistsError:  # another process took the name meanwhile
            number += 1
            continue
        break
    event.listen(session, "after_rollback", lambda _session: target.unlink(missing_ok=True), once=True)
    row = Submission(edition_id=edition.id, college_id=college.id, kind=kind, received_at=received_at,
                     recorded_at=now or dt.datetime.now().replace(microsecond=0), file_name=source.name[:500],
                     stored_path=relative, size=size, sha256=sha, note=note, source=source_kind)
    session.add(row)
    session.flush()
    audit.record(session, operator, entity="submission", entity_id=row.id, action="create", edition_id=edition.id,
                 after={"college": college.name, "kind": kind, "received_at": received_at, "file_name": source.name,
                        "size": size, "sha256": sha, **({"note": note} if note else {})},
                 summary=f"{college.name} {kind}：{source.name}")
    return row


# --- kinds, guesses -----------------------------------------------------------------------------------------------

def _kinds(session: Session, edition_id: int) -> tuple[str, ...]:
    return rules.all_kinds(value_in(session, edition_id, rules.EXTRA_KINDS_KEY))


def list_kinds(db: Database, edition_id: int) -> tuple[str, ...]:
    """The kinds of material of the edition: the built-in ones, then the office's own."""
    with db.transaction() as session:
        load_edition(session, edition_id)
        return _kinds(session, edition_id)


def set_extra_kinds(db: Database, edition_id: int, kinds: Sequence[str]) -> tuple[str, ...]:
    """Set the office's own kinds (an edition setting, audited); returns every kind. A kind with files recorded
    cannot be taken away."""
    with db.transaction() as session:
        load_edition(session, edition_id)
        kept = set(rules.all_kinds(kinds))
        used = session.scalars(select(Submission.kind).where(Submission.edition_id == edition_id).distinct())
        for kind in used:
            if kind not in kept:
                raise ConflictError(msg.SUBMISSION_KIND_IN_USE.format(kind=kind))
    set_setting(db, edition_id, rules.EXTRA_KINDS_KEY, list(kinds))
    return list_kinds(db, edition_id)


def _check_kind(kind: str, kinds: Sequence[str]) -> str:
    name = " ".join(str(kind or "").split())
    if name in kinds:
        return name
    loose = [k for k in kinds if name and (name in k or k.replace(" ", "") == name.replace(" ", ""))]
    if len(loose) == 1:
        return loose[0]
    raise ValidationError({"kind": msg.SUBMISSION_UNKNOWN_KIND.format(kind=kind, kinds="、".join(kinds))})


def _colleges(session: Session, edition_id: int) -> list[tuple[int, str, str]]:
    return [tuple(row) for row in session.execute(
        select(College.id, College.name, College.short_name).where(College.edition_id == edition_id)
        .order_by(College.display_order, College.id))]


def guess(db: Database, edition_id: int, file_name: str) -> Guess:
    """The college and kind a file's name suggests, with the edition's colleges and kinds to ask from."""
    with db.transaction() as session:
        load_edition(session, edition_id)
        colleges = _colleges(session, edition_id)
        kinds = _kinds(session, edition_id)
    return Guess(rules.guess_college(file_name, colleges), rules.guess_kind(file_name, kinds),
                 tuple((i, n) for i, n, _s in colleges), kinds)


def classify_file(path: str | Path) -> str:
    """What a dropped file is: a 附件2 or publicity workbook, a 附件1 workbook, an outing request workbook, a workbook
    that cannot be read, or any other file (a submission).

    A workbook is told by its table's header (looked for in the first rows of each visible sheet); one whose header
    is none of these is a plain file (a college's own list, say).
    """
    path = Path(path)
    if path.suffix.lower() == ".xls":
        return ROUTE_UNREADABLE
    if path.suffix.lower() not in WORKBOOK_SUFFIXES or not path.is_file():
        return ROUTE_FILE
    from vocweek_desktop.io.excel_activities import ACTIVITY_TABLE
    from vocweek_desktop.io.excel_publicity import PUBLICITY_TABLE
    from vocweek_desktop.io.excel_read import first_rows_of_sheets
    from vocweek_desktop.io.excel_safety import WorkbookError
    from vocweek_desktop.io.excel_statistics import STATISTICS_TABLE

    try:
        sheets = first_rows_of_sheets(path)
    except (WorkbookError, OSError):
        return ROUTE_UNREADABLE
    for rows in sheets:
        if STATISTICS_TABLE.find_header(rows) is not None:
            return ROUTE_STATISTICS
        if PUBLICITY_TABLE.find_header(rows) is not None:
            return ROUTE_PUBLICITY
    for rows in sheets:
        if ACTIVITY_TABLE.find_header(rows) is not None:
            return ROUTE_REGISTRATION
    from vocweek_desktop.services.outings_workbook import is_request_workbook

    return ROUTE_OUTING if is_request_workbook(path) else ROUTE_FILE


# --- recording ----------------------------------------------------------------------------------------------------

def _record(row: Submission, college: str, deadline: dt.datetime | None, extension: Extension | None,
            folder: Path) -> SubmissionRecord:
    path = folder / row.stored_path
    return SubmissionRecord(row.id, row.edition_id, row.college_id, college, row.kind, row.received_at,
                            row.file_name, row.stored_path, row.size, row.sha256, row.note, row.source,
                            rules.is_late(row.received_at, deadline, extension), path, not path.is_file())


def _extension(session: Session, edition_id: int, college_id: int, kind: str) -> Extension | None:
    found = session.scalars(select(SubmissionExtension).where(
        SubmissionExtension.edition_id == edition_id, SubmissionExtension.college_id == college_id,
        SubmissionExtension.kind == kind)).first()
    return Extension(found.until, found.reason) if found is not None else None


def _deadline(edition: Edition, kind: str) -> dt.datetime | None:
    return rules.deadline_of(kind, edition.registration_deadline, edition.report_deadline)


def check_file_name(edition: Edition, college: College, file_name: str,
                    colleges: Sequence[tuple[int, str, str | None]]) -> None:
    """Refuse (FileNameMismatch) a file whose name names another year only, or another college."""
    years = rules.years_named(file_name)
    if years and edition.year not in years:
        raise FileNameMismatch(msg.SUBMISSION_OTHER_YEAR.format(
            name=file_name, years="、".join(str(y) for y in sorted(years)), year=edition.year))
    named = rules.guess_college(file_name, colleges)
    if named is not None and named != college.id:
        other = next(name for college_id, name, _short in colleges if college_id == named)
        raise FileNameMismatch(msg.SUBMISSION_OTHER_COLLEGE.format(name=file_name, other=other,
                                                                   college=college.name))


def find_by_hash(session: Session, edition_id: int, sha: str) -> tuple[Submission, str] | None:
    """The first record of the edition whose file has this SHA-256, with its college's name, or None."""
    found = session.execute(select(Submission, College.name).join(College, College.id == Submission.college_id)
                            .where(Submission.edition_id == edition_id, Submission.sha256 == sha)
                            .order_by(Submission.id)).first()
    return tuple(found) if found is not None else None


def _duplicate(session: Session, edition_id: int, sha: str, folder: Path) -> DuplicateFile | None:
    found = find_by_hash(session, edition_id, sha)
    if found is None:
        return None
    row, college = found
    record = _record(row, college, None, None, folder)
    return DuplicateFile(msg.SUBMISSION_DUPLICATE.format(
        college=college, kind=row.kind, name=row.file_name, received=format_moment(row.received_at)), record)


def record_submission(db: Database, edition_id: int, college_id: int, kind: str, path: str | Path, *,
                      received_at: dt.datetime | None = None, note: str = "",
                      check_name: bool = True) -> SubmissionRecord:
    """Record a file a college handed in: copied into the managed folder, its row and audit event written together.

    ``received_at`` defaults to the file's modification time. Refused with a Chinese message: an unknown kind, a
    file that is missing, a folder, empty or unreadable; the same file recorded before (DuplicateFile, naming the
    first record); with ``check_name``, a file whose name names another year or college (FileNameMismatch).
    """
    path = Path(path)
    sha, size = file_digest(path)
    if received_at is None:
        received_at = dt.datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0)
    folder = files_folder(db)
    with db.transaction() as session:
        edition = load_edition(session, edition_id)
        college = get_row(session, College, college_id, msg.COLLEGE_NOT_FOUND)
        if college.edition_id != edition_id:
            raise NotFoundError(msg.COLLEGE_NOT_FOUND)
        kind = _check_kind(kind, _kinds(session, edition_id))
        if check_name:
            check_file_name(edition, college, path.name, _colleges(session, edition_id))
        duplicate = _duplicate(session, edition_id, sha, folder)
        if duplicate is not None:
            raise duplicate
        row = keep_file(session, folder, edition, college, kind, path, sha=sha, size=size,
                        received_at=received_at, operator=db.operator, note=note.strip())
        return _record(row, college.name, _deadline(edition, kind), _extension(session, edition_id, college.id, kind),
                       folder)


def delete_submission(db: Database, submission_id: int) -> SubmissionRecord:
    """Remove a record (audited) and, once that is committed, its kept file (a file already gone is no error)."""
    folder = files_folder(db)
    with db.transaction() as session:
        row = get_row(session, Submission, submission_id, msg.SUBMISSION_NOT_FOUND)
        college = session.get(College, row.college_id)
        record = _record(row, college.name, None, None, folder)
        audit.record(session, db.operator, entity="submission", entity_id=row.id, action="delete",
                     edition_id=row.edition_id, before={"college": college.name, "kind": row.kind,
                                                        "received_at": row.received_at, "file_name": row.file_name,
                                                        "sha256": row.sha256},
                     summary=f"{college.name} {row.kind}：{row.file_name}")
        session.delete(row)
    if record.path is not None:
        try:
            record.path.unlink(missing_ok=True)
        except OSError:
            pass  # the record is gone; a kept copy that cannot be removed now is only a stray file
    return record


def submission_path(db: Database, submission_id: int) -> Path:
    """Where the kept copy of a record is; NotFoundError naming the file when it is no longer there."""
    folder = files_folder(db)
    with db.transaction() as session:
        row = get_row(session, Submission, submission_id, msg.SUBMISSION_NOT_FOUND)
        path = folder / row.stored_path
    if not path.is_file():
        raise NotFoundError(msg.SUBMISSION_FILE_MISSING.format(name=row.file_name, path=path))
    return path


def list_submissions(db: Database, edition_id: int, *, college_id: int | None = None,
                     kind: str | None = None) -> list[SubmissionRecord]:
    """The files recorded (and, for 附件1, the imports), oldest first, each with its lateness and whether its kept
    copy is still there."""
    folder = files_folder(db)
    with db.transaction() as session:
        edition = load_edition(session, edition_id)
        return _list(session, edition, folder, college_id=college_id, kind=kind)


def _list(session: Session, edition: Edition, folder: Path, *, college_id: int | None = None,
          kind: str | None = None) -> list[SubmissionRecord]:
    extensions = {(e.college_id, e.kind): Extension(e.until, e.reason) for e in session.scalars(
        select(SubmissionExtension).where(SubmissionExtension.edition_id == edition.id))}
    statement = select(Submission, College.name).join(College, College.id == Submission.college_id) \
        .where(Submission.edition_id == edition.id)
    if college_id is not None:
        statement = statement.where(Submission.college_id == college_id)
    if kind is not None:
        statement = statement.where(Submission.kind == kind)
    records = [_record(row, name, _deadline(edition, row.kind), extensions.get((row.college_id, row.kind)), folder)
               for row, name in session.execute(statement)]
    if kind in (None, rules.REGISTRATION):
        imports = select(RegistrationSubmission, College.name) \
            .join(College, College.id == RegistrationSubmission.college_id) \
            .where(RegistrationSubmission.edition_id == edition.id)
        if college_id is not None:
            imports = imports.where(RegistrationSubmission.college_id == college_id)
        deadline = edition.registration_deadline
        for row, name in session.execute(imports):
            extension = extensions.get((row.college_id, rules.REGISTRATION))
            records.append(SubmissionRecord(None, edition.id, row.college_id, name, rules.REGISTRATION,
                                            row.received_at, row.file_name, "", 0, "",
                                            msg.SUBMISSION_REGISTRATION_NOTE.format(
                                                added=row.rows_added, updated=row.rows_updated),
                                            SOURCE_REGISTRATION, rules.is_late(row.received_at, deadline, extension),
                                            None))
    records.sort(key=lambda r: (r.received_at, r.id or 0))
    return records


def missing_files(db: Database, edition_id: int) -> list[SubmissionRecord]:
    """The records whose kept copy is no longer in the managed folder (moved or deleted by hand)."""
    return [r for r in list_submissions(db, edition_id) if r.file_missing]


# --- extensions ---------------------------------------------------------------------------------------------------

def grant_extension(db: Database, edition_id: int, college_id: int, kind: str, until: dt.datetime,
                    reason: str) -> ExtensionRecord:
    """Give a college more time for one kind (or change the time given): a reason is required, and the new
    deadline must be later than the kind's own. Audited."""
    reason = " ".join(str(reason or "").split())
    errors = {}
    if not reason:
        errors["reason"] = msg.REQUIRED.format(label=msg.FIELD_LABELS["reason"])
    with db.transaction() as session:
        edition = load_edition(session, edition_id)
        college = get_row(session, College, college_id, msg.COLLEGE_NOT_FOUND)
        kind = _check_kind(kind, _kinds(session, edition_id))
        deadline = _deadline(edition, kind)
        if deadline is not None and until <= deadline:
            errors["until"] = msg.SUBMISSION_EXTENSION_EARLY.format(until=format_moment(until),
                                                                    deadline=format_moment(deadline))
        if errors:
            raise ValidationError(errors)
        row = session.scalars(select(SubmissionExtension).where(
            SubmissionExtension.edition_id == edition_id, SubmissionExtension.college_id == college_id,
            SubmissionExtension.kind == kind)).first()
        now = dt.datetime.now().replace(microsecond=0)
        summary = f"{college.name} {kind}"
        if row is None:
            row = SubmissionExtension(edition_id=edition_id, college_id=college_id, kind=kind, until=until,
                                      reason=reason, granted_at=now)
            session.add(row)
            session.flush()
            audit.record(session, db.operator, entity="extension", entity_id=row.id, action="create",
                         edition_id=edition_id, after={"college": college.name, "kind": kind, "until": until,
                                                       "reason": reason}, summary=summary)
        else:
            old = {"until": row.until, "reason": row.reason}
            row.until, row.reason, row.granted_at = until, reason, now
            audit.record_update(session, db.operator, entity="extension", entity_id=row.id, edition_id=edition_id,
                                old=old, new={"until": until, "reason": reason}, summary=summary)
        return ExtensionRecord(college_id, kind, until, reason, row.granted_at)


def remove_extension(db: Database, edition_id: int, college_id: int, kind: str) -> bool:
    """Take an extension back (audited); False when there was none."""
    with db.transaction() as session:
        row = session.scalars(select(SubmissionExtension).where(
            SubmissionExtension.edition_id == edition_id, SubmissionExtension.college_id == college_id,
            SubmissionExtension.kind == kind)).first()
        if row is None:
            return False
        college = session.get(College, college_id)
        audit.record(session, db.operator, entity="extension", entity_id=row.id, action="delete",
                     edition_id=edition_id, before={"college": college.name if college else "", "kind": kind,
                                                    "until": row.until, "reason": row.reason},
                     summary=f"{college.name if college else ''} {kind}")
        session.execute(delete(SubmissionExtension).where(SubmissionExtension.id == row.id))
        return True


# --- the matrix ---------------------------------------------------------------------------------------------------

def contact_line(session: Session, edition: Edition) -> str:
    """Who to send material to, as the notice says it: the contacts' names and the first e-mail."""
    contacts = session.execute(select(EditionContact.name, EditionContact.email)
                               .where(EditionContact.edition_id == edition.id)
                               .order_by(EditionContact.display_order)).all()
    names = "、".join(c.name for c in contacts if c.name)
    email = next((c.email for c in contacts if c.email), "")
    if email:
        return f"{names}，邮箱 {email}" if names else f"邮箱 {email}"
    return names


def submission_matrix(db: Database, edition_id: int, *, now: dt.datetime | None = None) -> Matrix:
    """Colleges × kinds at ``now`` (default: the current time), with each college's reminder text."""
    with db.transaction() as session:
        return matrix_in(session, files_folder(db), load_edition(session, edition_id), now or dt.datetime.now())


def matrix_in(session: Session, folder: Path, edition: Edition, now: dt.datetime) -> Matrix:
    """``submission_matrix`` inside a running transaction (the week's report reads it with everything else)."""
    kinds = _kinds(session, edition.id)
    colleges = _colleges(session, edition.id)
    records = _list(session, edition, folder)
    extensions = {(e.college_id, e.kind): Extension(e.until, e.reason) for e in session.scalars(
        select(SubmissionExtension).where(SubmissionExtension.edition_id == edition.id))}
    contact = contact_line(session, edition)
    by_cell: dict[tuple[int, str], list[SubmissionRecord]] = {}
    for record in records:
        by_cell.setdefault((record.college_id, record.kind), []).append(record)
    deadlines = {kind: _deadline(edition, kind) for kind in kinds}
    rows = []
    for college_id, name, _short in colleges:
        cells = []
        for kind in kinds:
            found = by_cell.get((college_id, kind), [])
            first = min((r.received_at for r in found), default=None)
            extension = extensions.get((college_id, kind))
            cells.append(Cell(college_id, kind, rules.state(first, deadlines[kind], extension, now), first,
                              deadlines[kind], extension, len(found), sum(1 for r in found if r.file_missing)))
        owed = [(c.kind, c.deadline, c.extension) for c in cells if c.state in rules.OWED]
        text = rules.reminder(name, owed, office=edition.office_name, contact=contact, year=edition.year, now=now)
        rows.append(MatrixRow(college_id, name, tuple(cells), text))
    return Matrix(edition.id, edition.year, now, kinds, deadlines, tuple(rows),
                  tuple(r for r in records if r.file_missing))


def matrix_rows(matrix: Matrix) -> list[dict[str, object]]:
    """The matrix as plain rows for `vocweek submissions list --json`: college, and per kind state, time, count."""
    result = []
    for row in matrix.rows:
        result.append({"college": row.name, "owed": list(row.owed), "reminder": row.reminder, "kinds": {
            cell.kind: {"state": cell.state, "first_received": cell.first_received.isoformat(sep=" ")
                        if cell.first_received else None,
                        "deadline": cell.deadline.isoformat(sep=" ") if cell.deadline else None,
                        "extended_until": cell.extension.until.isoformat(sep=" ") if cell.extension else None,
                        "files": cell.count, "missing_files": cell.missing_files} for cell in row.cells}})
    return result


def count_submissions(db: Database, edition_id: int) -> int:
    """How many files are recorded for the edition."""
    with db.transaction() as session:
        return session.scalar(select(func.count(Submission.id)).where(Submission.edition_id == edition_id)) or 0
