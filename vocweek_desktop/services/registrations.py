"""附件1 registrations in and out: templates per college, the previewed import of returned workbooks (and of
rows pasted from Excel), exports of activities and of the departments' task lists, and the college-list import.

An import is two steps. ``preview_workbook`` / ``preview_rows`` read and validate everything and write
nothing: rows to add, to update (with the changed fields), unchanged, the college's rows the file no
longer has, and every problem with its sheet and cell. ``apply_import`` then writes in ONE transaction;
any failure leaves the database as it was.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.activities import (
    COUNT_FIELDS,
    NEED_KEY_OF_FLAG,
    NEEDS,
    clean_activity,
    normalize_enterprise,
)
from vocweek_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from vocweek_desktop.domain.rules import clean_college
from vocweek_desktop.io.excel_safety import ReadCancelled, WorkbookError
from vocweek_desktop.services import activities as activity_service
from vocweek_desktop.services.activities import ActivityFilter
from vocweek_desktop.store.engine import Database
from vocweek_desktop.store.models import (
    Activity,
    ActivityEnterprise,
    College,
    Department,
    Edition,
    Enterprise,
    RegistrationSubmission,
)

ImportCancelled = ReadCancelled
ALL_ACTIVITIES = ActivityFilter()
__all__ = [
    "CollegeImportResult", "CollegePreview", "ImportCancelled", "ImportPreview", "ImportResult", "MissingRow",
    "Organiser", "Problem", "PreviewRow", "ErrorRow", "WorkbookError", "apply_colleges", "apply_import",
    "export_activities", "export_skipped", "export_tasks", "preview_colleges", "preview_rows", "preview_workbook",
    "write_templates",
]

TEXT_FIELDS = ("title", "venue", "audience", "person_in_charge", "description", "enterprises", "phone")
CHOICE_FIELDS = ("category", "theme_day", "form", "status")
VALUE_FIELDS = ("title", "category", "theme_day", "first_date", "last_date", "start_time", "end_time", "venue",
                "off_campus", "form", "audience", *COUNT_FIELDS, "person_in_charge", "phone", *NEEDS,
                "description", "status")
MAX_ROW_WARNINGS = 100
_UID = re.compile(r"^[0-9A-Za-z_-]{1,32}$")


# --- what a preview holds ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Problem:
    """An error in a workbook: where (sheet and cell, e.g. ``F7``; cell may be empty for the whole file) and why."""

    sheet: str
    cell: str
    message: str
    row: int | None = None

    @property
    def text(self) -> str:
        """``活动信息表!F7：日期“5月32日”无效``."""
        place = f"{self.sheet}!{self.cell}" if self.sheet and self.cell else self.cell or self.sheet
        return f"{place}：{self.message}" if place else self.message

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class Organiser:
    """The college (or department) rows belong to."""

    kind: str  # 'college' or 'department'
    id: int
    name: str


@dataclass
class PreviewRow:
    """A valid row of the file: its cleaned values and what importing it would do."""

    row: int  # row number in the sheet (or 1-based line of pasted text)
    organiser: Organiser
    values: dict[str, object]  # cleaned values, ``enterprises`` as a list of names
    activity_id: int | None = None  # the existing activity it updates
    row_uid: str | None = None
    changes: dict[str, tuple[object, object]] = field(default_factory=dict)  # field → (old, new)
    restore: bool = False  # the matched activity is in the recycle bin and comes back

    @property
    def title(self) -> str:
        """The activity's title."""
        return str(self.values.get("title", ""))


@dataclass(frozen=True)
class MissingRow:
    """An existing activity of an imported college that the file no longer contains."""

    activity_id: int
    row_uid: str
    organiser: str
    title: str
    first_date: dt.date


@dataclass
class ErrorRow:
    """A row that cannot be imported: its cells as read and its problems."""

    row: int
    values: tuple
    problems: list[Problem]


@dataclass
class _Parsed:
    row: int
    raw: tuple
    organiser: Organiser | None
    provided: dict[str, object]
    uid: str | None
    cells: dict[str, str]
    problems: list[Problem]
    college_text: str | None = None


@dataclass
class ImportPreview:
    """Everything an import would do, computed without writing; ``apply_import`` carries it out."""

    edition_id: int
    source_kind: str  # 'import' or 'paste'
    file: Path | None
    source_name: str
    sheet: str
    college: Organiser | None
    received_at: dt.datetime | None
    header: list[str]
    year: int | None = None
    to_add: list[PreviewRow] = field(default_factory=list)
    to_update: list[PreviewRow] = field(default_factory=list)
    unchanged: list[PreviewRow] = field(default_factory=list)
    missing: list[MissingRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    error_rows: list[ErrorRow] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    organisers: list[Organiser] = field(default_factory=list)
    examples: list[int] = field(default_factory=list)
    _parsed: list[_Parsed] = field(default_factory=list, repr=False)
    _fingerprint: tuple = field(default=(), repr=False)
    _file_problems: list[Problem] = field(default_factory=list, repr=False)
    file_warnings: list[str] = field(default_factory=list)  # about the whole file: another college/year, columns
    row_notes: list[str] = field(default_factory=list)  # about single rows (sheet!cell: …)

    @property
    def has_errors(self) -> bool:
        """Whether any row has an error (then only an explicit skip imports the rest)."""
        return bool(self.error_rows)

    @property
    def row_count(self) -> int:
        """Rows read from the file (valid and invalid)."""
        return len(self.to_add) + len(self.to_update) + len(self.unchanged) + len(self.error_rows)

    def summary(self) -> str:
        """One line: how many rows would be added, updated, left, offered for deletion, and have errors."""
        text = msg.SUMMARY_ROWS.format(added=len(self.to_add), updated=len(self.to_update),
                                       unchanged=len(self.unchanged))
        if self.missing:
            text += msg.SUMMARY_MISSING.format(count=len(self.missing))
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

    def summary(self) -> str:
        """One line for the status bar or the console."""
        text = msg.SUMMARY_ROWS.format(added=self.added, updated=self.updated, unchanged=self.unchanged)
        if self.deleted:
            text += msg.SUMMARY_DELETED.format(count=self.deleted)
        if self.skipped:
            text += msg.SUMMARY_SKIPPED.format(count=self.skipped)
        return text


# --- reading and parsing -----------------------------------------------------------------------------------------

def _norm(text: object) -> str:
    return "".join(unicodedata.normalize("NFKC", str(text or "")).split()).casefold()


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M") if value.time() != dt.time(0) else value.strftime("%Y-%m-%d")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


class _Organisers:
    """Finds a college or department by the name a file uses: exact, then normalised, short name, unique prefix."""

    def __init__(self, session: Session, edition_id: int):
        self.colleges = [Organiser("college", i, n) for i, n in session.execute(
            select(College.id, College.name).where(College.edition_id == edition_id))]
        self.short = {_norm(s): i for i, s in session.execute(
            select(College.id, College.short_name).where(College.edition_id == edition_id)) if s}
        self.departments = [Organiser("department", i, n) for i, n in session.execute(
            select(Department.id, Department.name).where(Department.edition_id == edition_id)) if n != "二级学院"]
        self._cache: dict[str, Organiser | None] = {}

    def by_id(self, kind: str, organiser_id: int) -> Organiser | None:
        """The organiser with this id."""
        pool = self.colleges if kind == "college" else self.departments
        return next((o for o in pool if o.id == organiser_id), None)

    def find(self, name: str) -> Organiser | None:
        """The organiser a name refers to, or None."""
        key = _norm(name)
        if key in self._cache:
            return self._cache[key]
        found = None
        for pool in (self.colleges, self.departments):
            found = next((o for o in pool if o.name == name), None) or next(
                (o for o in pool if _norm(o.name) == key), None)
            if found:
                break
        if found is None and key in self.short:
            found = self.by_id("college", self.short[key])
        if found is None and len(key) >= 2:
            loose = [o for o in self.colleges + self.departments
                     if _norm(o.name).startswith(key) or key.startswith(_norm(o.name).split("(")[0])]
            if len(loose) == 1:
                found = loose[0]
        self._cache[key] = found
        return found


def _parse_cells(values: Mapping[str, object], cells: Mapping[str, str], year: int,
                 sheet: str, row: int) -> tuple[dict[str, object], list[Problem]]:
    """Typed values from the cells of one row (only the fields the file has), and the cells that failed."""
    from vocweek_desktop.domain import parsing as p

    provided: dict[str, object] = {}
    problems: list[Problem] = []

    def attempt(key: str, parse: Callable[[], object]) -> object:
        try:
            return parse()
        except p.ParseError as error:
            problems.append(Problem(sheet, cells[key], str(error), row))
            return _FAILED

    for key in TEXT_FIELDS:
        if key in values:
            provided[key] = _text(values[key]) or ""
    for key, parser in (("category", p.parse_category), ("theme_day", p.parse_theme_day),
                        ("form", p.parse_form), ("status", p.parse_status)):
        if key in values:
            value = values[key]
            result = None if value is None else attempt(key, lambda v=value, f=parser: f(v))
            if result is not _FAILED:
                provided[key] = result
    for key in COUNT_FIELDS:
        if key in values:
            value = values[key]
            result = value if type(value) is int and value >= 0 else (
                None if value is None else attempt(key, lambda v=value: p.parse_count(v)))
            if result is not _FAILED:
                provided[key] = result
    for key in NEEDS:
        if key in values:
            value = values[key]
            result = None if value is None else attempt(key, lambda v=value: p.parse_bool(v))
            if result is not _FAILED:
                provided[key] = bool(result)
    if "off_campus" in values:
        value = values["off_campus"]
        result = None if value is None else attempt("off_campus", lambda v=value: p.parse_campus(v))
        if result is not _FAILED:
            provided["off_campus"] = bool(result)

    first = last = start = end = None
    dates_ok = True
    for key in ("first_date", "date_time"):
        if key not in values:
            continue
        value = values[key]
        if isinstance(value, dt.datetime) and value.time() == dt.time(0):
            result = (value.date(), value.date(), None, None)
        elif isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            result = (value, value, None, None)
        else:
            result = attempt(key, lambda v=value: p.parse_schedule(v, year=year))
        if result is _FAILED:
            dates_ok = False
            continue
        day, until, begin, finish = result
        if first is None and day is not None:
            first, last = day, until
        start = start if start is not None else begin
        end = end if end is not None else finish
    if "last_date" in values and not _blank(values["last_date"]):
        value = values["last_date"]
        result = value.date() if isinstance(value, dt.datetime) else value if isinstance(value, dt.date) else \
            attempt("last_date", lambda v=value: p.parse_date(v, year=year))
        if result is _FAILED:
            dates_ok = False
        else:
            last = result
    if "start_time" in values and not _blank(values["start_time"]):
        value = values["start_time"]
        result = (value, None) if isinstance(value, dt.time) else \
            attempt("start_time", lambda v=value: p.parse_time_range(v))
        if result is _FAILED:
            dates_ok = False
        else:
            start = result[0]
            if result[1] is not None and _blank(values.get("end_time")):
                end = result[1]
    if "end_time" in values and not _blank(values["end_time"]):
        value = values["end_time"]
        result = value if isinstance(value, dt.time) else attempt("end_time", lambda v=value: p.parse_time(v))
        if result is _FAILED:
            dates_ok = False
        else:
            end = result
    if dates_ok:
        if "first_date" in values or "date_time" in values:
            provided["first_date"] = first
            if last is not None and first is not None and (last != first or "last_date" in values):
                provided["last_date"] = last
        if {"start_time", "end_time", "date_time"} & values.keys() or start is not None or end is not None:
            provided["start_time"], provided["end_time"] = start, end
    return provided, problems


_FAILED = object()


def _field_cells(header_columns: Mapping[str, int], row: int) -> dict[str, str]:
    from vocweek_desktop.io.excel_activities import cell_name

    cells = {key: cell_name(column, row) for key, column in header_columns.items()}
    title = cells.get("title", "")
    date_cell = cells.get("first_date") or cells.get("date_time") or title
    cells.setdefault("first_date", date_cell)
    cells.setdefault("last_date", cells.get("first_date", date_cell))
    time_cell = cells.get("date_time") or cells.get("first_date", date_cell)
    cells.setdefault("start_time", time_cell)
    cells.setdefault("end_time", cells.get("start_time", time_cell))
    for key in VALUE_FIELDS + ("enterprises", "college", "organiser"):
        cells.setdefault(key, title)
    return cells


def _parse_rows(rows: Iterable[tuple[int, tuple]], columns: Mapping[str, int], *, year: int, sheet: str,
                organisers: _Organisers, fixed: Organiser | None, check: Callable[[int], None]) -> list[_Parsed]:
    result: list[_Parsed] = []
    fields = [(key, column) for key, column in columns.items() if key not in ("seq",)]
    for index, (number, raw) in enumerate(rows):
        if index % 256 == 0:
            check(index)
        values = {key: (raw[column] if column < len(raw) else None) for key, column in fields}
        for key, value in values.items():
            if isinstance(value, str):
                stripped = value.strip()
                values[key] = stripped or None
        cells = _field_cells(columns, number)
        uid_value = values.pop("row_uid", None)
        uid = str(uid_value).strip() if uid_value is not None else None
        if uid is not None and not _UID.match(uid):
            uid = None
        college_text = values.pop("college", None)
        provided, problems = _parse_cells(values, cells, year, sheet, number)
        organiser = fixed
        if organiser is None and college_text is not None:
            organiser = organisers.find(str(college_text))
            if organiser is None:
                problems.append(Problem(sheet, cells["college"],
                                        msg.IMPORT_UNKNOWN_COLLEGE.format(name=str(college_text).strip()), number))
        result.append(_Parsed(number, raw, organiser, provided, uid, cells, problems,
                              str(college_text).strip() if college_text is not None else None))
    return result


# --- matching against the database ---------------------------------------------------------------------------

_RECORD_COLUMNS = [getattr(Activity, name) for name in VALUE_FIELDS]


@dataclass
class _Existing:
    id: int
    row_uid: str
    organiser: tuple[str, int]
    values: dict[str, object]
    deleted: bool
    enterprises: list[str] = field(default_factory=list)


def _load_existing(session: Session, edition_id: int, where) -> dict[int, _Existing]:
    found: dict[int, _Existing] = {}
    statement = select(Activity.id, Activity.row_uid, Activity.college_id, Activity.department_id,
                       Activity.deleted_at, *_RECORD_COLUMNS).where(Activity.edition_id == edition_id, where)
    for row in session.execute(statement):
        organiser = ("college", row[2]) if row[2] is not None else ("department", row[3])
        found[row[0]] = _Existing(row[0], row[1], organiser, dict(zip(VALUE_FIELDS, row[5:], strict=True)),
                                  row[4] is not None)
    ids = list(found)
    for chunk in range(0, len(ids), 500):
        part = ids[chunk:chunk + 500]
        links = session.execute(select(ActivityEnterprise.activity_id, Enterprise.name)
                                .join(Enterprise, Enterprise.id == ActivityEnterprise.enterprise_id)
                                .where(ActivityEnterprise.activity_id.in_(part))
                                .order_by(ActivityEnterprise.activity_id, Enterprise.id))
        for activity_id, name in links:
            found[activity_id].enterprises.append(name)
    return found


def _fingerprint(session: Session, edition_id: int) -> tuple:
    return tuple(session.execute(select(func.count(Activity.id), func.max(Activity.id), func.max(Activity.updated_at),
                                        func.count(Activity.deleted_at))
                                 .where(Activity.edition_id == edition_id)).one())


def _enterprise_keys(names: Iterable[str]) -> list[str]:
    return sorted({normalize_enterprise(n) for n in names} - {""})


def _classify(session: Session, preview: ImportPreview, week: tuple[dt.date, dt.date],
              check: Callable[[int], None] = lambda _i: None) -> None:
    """Match parsed rows to existing activities, validate, and fill the preview's lists."""
    preview.to_add, preview.to_update, preview.unchanged, preview.missing = [], [], [], []
    preview.error_rows, preview.problems = [], list(preview._file_problems)
    row_warnings: list[str] = []
    parsed = preview._parsed
    edition_id = preview.edition_id
    involved = {(o.kind, o.id) for o in preview.organisers}
    college_ids = [i for kind, i in involved if kind == "college"]
    department_ids = [i for kind, i in involved if kind == "department"]
    existing = _load_existing(session, edition_id, Activity.deleted_at.is_(None) & (
        Activity.college_id.in_(college_ids) | Activity.department_id.in_(department_ids)))
    uids = sorted({p.uid for p in parsed if p.uid})
    for chunk in range(0, len(uids), 500):
        part = uids[chunk:chunk + 500]
        known = set(existing)
        more = _load_existing(session, edition_id, Activity.row_uid.in_(part))
        existing.update({k: v for k, v in more.items() if k not in known})
    by_uid = {record.row_uid: record for record in existing.values()}
    taken_uids = set(session.scalars(select(Activity.row_uid).where(Activity.row_uid.in_(uids)))) if uids else set()
    by_key: dict[tuple, list[_Existing]] = {}
    for record in sorted(existing.values(), key=lambda r: r.id):
        if not record.deleted:
            key = (record.organiser, _norm(record.values["title"]), record.values["first_date"])
            by_key.setdefault(key, []).append(record)
    used: set[int] = set()
    seen_uids: dict[str, int] = {}

    def claim(p: _Parsed) -> _Existing | None:
        record = None
        if p.uid and p.uid not in seen_uids:
            record = by_uid.get(p.uid)
            seen_uids[p.uid] = p.row
        elif p.uid:
            row_warnings.append(Problem(preview.sheet, p.cells.get("row_uid", p.cells["title"]),
                                        msg.IMPORT_STALE_UID.format(row=seen_uids[p.uid]), p.row).text)
            p.uid = None
        if record is not None and record.id in used:
            record = None
        if record is None and p.organiser is not None:
            title, first = p.provided.get("title"), p.provided.get("first_date")
            if title and isinstance(first, dt.date):
                candidates = by_key.get(((p.organiser.kind, p.organiser.id), _norm(title), first), [])
                record = next((r for r in candidates if r.id not in used), None)
        if record is not None:
            used.add(record.id)
        return record

    for index, p in enumerate(parsed):
        if index % 256 == 0:
            check(index)
        record = claim(p)
        problems = list(p.problems)
        if p.organiser is None and not problems and not preview._file_problems:
            problems.append(Problem(preview.sheet, p.cells["title"], msg.IMPORT_NO_COLLEGE, p.row))
        cleaned = None
        if preview._file_problems:
            preview.error_rows.append(ErrorRow(p.row, p.raw, list(preview._file_problems) + problems))
            preview.problems.extend(problems)
            continue
        if not problems:
            merged = dict(record.values) if record is not None else {}
            if record is not None:
                merged["enterprises"] = record.enterprises
                if "last_date" not in p.provided and "first_date" in p.provided:
                    old_first, old_last = record.values["first_date"], record.values["last_date"]
                    new_first = p.provided["first_date"]
                    if old_last == old_first or new_first is None or old_last < new_first:
                        merged["last_date"] = new_first
            merged.update(p.provided)
            try:
                cleaned = clean_activity(merged)
            except ValidationError as error:
                problems.extend(Problem(preview.sheet, p.cells.get(key, p.cells["title"]), text, p.row)
                                for key, text in error.fields.items())
        if problems:
            preview.error_rows.append(ErrorRow(p.row, p.raw, problems))
            preview.problems.extend(problems)
            continue
        first, last = cleaned["first_date"], cleaned["last_date"]
        if first < week[0] or last > week[1]:
            span = f" 至 {last}" if last != first else ""
            row_warnings.append(Problem(preview.sheet, p.cells["first_date"], msg.IMPORT_OUTSIDE_WEEK.format(
                first=first, last=span, start=week[0], end=week[1]), p.row).text)
        if record is None:
            uid = p.uid if p.uid and p.uid not in taken_uids else None
            if uid:
                taken_uids.add(uid)
            preview.to_add.append(PreviewRow(p.row, p.organiser, cleaned, row_uid=uid))
            continue
        changes = {}
        for key in VALUE_FIELDS:
            old, new = record.values[key], cleaned[key]
            if not _same(old, new):
                changes[key] = (old, new)
        if _enterprise_keys(record.enterprises) != _enterprise_keys(cleaned["enterprises"]):
            changes["enterprises"] = ("、".join(record.enterprises), "、".join(cleaned["enterprises"]))
        if record.organiser != (p.organiser.kind, p.organiser.id):
            changes["organiser"] = (record.organiser, p.organiser.name)
        item = PreviewRow(p.row, p.organiser, cleaned, activity_id=record.id, row_uid=record.row_uid,
                          changes=changes, restore=record.deleted)
        if record.deleted:
            row_warnings.append(Problem(preview.sheet, p.cells["title"], msg.IMPORT_RESTORED, p.row).text)
        (preview.to_update if changes or record.deleted else preview.unchanged).append(item)

    if preview.source_kind == "import":
        names = {(o.kind, o.id): o.name for o in preview.organisers}
        for record in sorted(existing.values(), key=lambda r: (r.values["first_date"], r.id)):
            if record.deleted or record.id in used or record.organiser not in involved:
                continue
            preview.missing.append(MissingRow(record.id, record.row_uid, names.get(record.organiser, ""),
                                              record.values["title"], record.values["first_date"]))
    if len(row_warnings) > MAX_ROW_WARNINGS:
        extra = len(row_warnings) - MAX_ROW_WARNINGS
        row_warnings = row_warnings[:MAX_ROW_WARNINGS] + [msg.IMPORT_MORE_NOTES.format(count=extra)]
    preview.row_notes = row_warnings
    preview.warnings = list(preview.file_warnings) + row_warnings


def _same(old: object, new: object) -> bool:
    return old == new or (old in (None, "") and new in (None, ""))


def _edition(session: Session, edition_id: int) -> Edition:
    edition = session.get(Edition, edition_id)
    if edition is None:
        raise NotFoundError(msg.EDITION_NOT_FOUND)
    return edition


def _checker(cancelled: Callable[[], bool] | None, progress: Callable[[int, int], None] | None,
             base: int, total: int, span: int) -> Callable[[int], None]:
    def check(done: int) -> None:
        if cancelled is not None and cancelled():
            raise ImportCancelled(msg.IMPORT_CANCELLED)
        if progress is not None and total:
            progress(min(base + done * span // max(total, 1), 2 * span), 2 * span)
    return check


def _build(db: Database, edition_id: int, *, rows: list[tuple[int, tuple]], columns: Mapping[str, int],
           header: list[str], sheet: str, source_kind: str, source_name: str, file: Path | None,
           college_id: int | None, named_college: str | None, named_college_cell: str | None,
           named_year: int | None, received_at: dt.datetime | None, warnings: list[str], examples: list[int],
           progress=None, cancelled=None, span: int = 1, header_row: int = 1) -> ImportPreview:
    with db.transaction() as session:
        edition = _edition(session, edition_id)
        organisers = _Organisers(session, edition_id)
        selected = organisers.by_id("college", college_id) if college_id is not None else None
        if college_id is not None and selected is None:
            raise NotFoundError(msg.COLLEGE_NOT_FOUND)
        file_problems: list[Problem] = []
        named = organisers.find(named_college) if named_college else None
        if named_college and selected is not None and (named is None or named != selected):
            warnings.append(msg.IMPORT_OTHER_COLLEGE.format(named=named_college, selected=selected.name))
        elif named_college and named is None:
            file_problems.append(Problem(sheet, named_college_cell or "",
                                         msg.IMPORT_UNKNOWN_COLLEGE.format(name=named_college)))
        if named_year is not None and named_year != edition.year:
            warnings.append(msg.IMPORT_OTHER_YEAR.format(named=named_year, year=edition.year))
        fixed = selected or named
        if "college" in columns and selected is None:
            fixed = None  # a 学院 column names each row's college; the title is a fallback
        if "first_date" not in columns and "date_time" not in columns:
            file_problems.append(Problem(sheet, "", msg.XLSX_NO_DATE_COLUMN.format(row=header_row)))
        preview = ImportPreview(edition_id=edition_id, source_kind=source_kind, file=file, source_name=source_name,
                                sheet=sheet, college=fixed, received_at=received_at, header=header, year=named_year,
                                warnings=warnings, examples=examples)
        check = _checker(cancelled, progress, span, len(rows), span)
        parsed = _parse_rows(rows, columns, year=edition.year, sheet=sheet, organisers=organisers, fixed=fixed,
                             check=check)
        if fixed is None and named is not None:  # a blank 学院 cell: the college of the title rows
            for p in parsed:
                if p.organiser is None and p.college_text is None:
                    p.organiser = named
        if fixed is None and not named_college and "college" not in columns:
            file_problems.append(Problem(sheet, named_college_cell or "", msg.IMPORT_NO_COLLEGE))
        if selected is not None:
            others = sorted({p.college_text for p in parsed if p.college_text
                             and organisers.find(p.college_text) != selected})
            for name in others:
                warnings.append(msg.IMPORT_OTHER_COLLEGE.format(named=name, selected=selected.name))
        preview._file_problems = file_problems
        preview.file_warnings = warnings
        preview._parsed = parsed
        seen: dict[tuple[str, int], Organiser] = {}
        for p in parsed:
            if p.organiser is not None:
                seen.setdefault((p.organiser.kind, p.organiser.id), p.organiser)
        if preview.college is not None:
            seen.setdefault((preview.college.kind, preview.college.id), preview.college)
        preview.organisers = list(seen.values())
        if preview.college is None and len(seen) == 1:
            preview.college = next(iter(seen.values()))
        _classify(session, preview, (edition.week_start, edition.week_end), _checker(cancelled, None, 0, 0, 0))
        preview._fingerprint = _fingerprint(session, edition_id)
        if progress is not None:
            progress(2 * span, 2 * span)
        return preview


def preview_workbook(db: Database, edition_id: int, path: str | Path, *, received_at: dt.datetime | None = None,
                     college_id: int | None = None, progress: Callable[[int, int], None] | None = None,
                     cancelled: Callable[[], bool] | None = None) -> ImportPreview:
    """Read and check a returned 附件1 workbook; writes nothing.

    Raises WorkbookError for a file that cannot be read safely (not a workbook, .xls, encrypted, corrupt,
    bombs, no header) and ImportCancelled when ``cancelled()`` turns true. ``college_id`` is the college
    the user chose (a workbook naming another one gets a warning); ``received_at`` defaults to the file's
    modification time.
    """
    from vocweek_desktop.io.excel_activities import read_activity_workbook

    path = Path(path)
    span = 1000

    def reading(done: int, total: int) -> None:
        if progress is not None:
            progress(min(done * span // max(total, 1), span), 2 * span)

    read = read_activity_workbook(path, progress=reading, cancelled=cancelled)
    if received_at is None:
        received_at = dt.datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0)
    warnings = list(read.notices)
    if not read.rows:
        warnings.append(msg.IMPORT_NOTHING.format(name=path.name))
    rows = [(row.number, row.values) for row in read.rows]
    return _build(db, edition_id, rows=rows, columns=read.header.columns, header=list(read.header.labels),
                  sheet=read.sheet, source_kind="import", source_name=path.name, file=path, college_id=college_id,
                  named_college=read.college, named_college_cell=read.college_cell, named_year=read.year,
                  received_at=received_at, warnings=warnings, examples=read.examples, progress=progress,
                  cancelled=cancelled, span=span, header_row=read.header.row)


def preview_rows(db: Database, edition_id: int, rows: list[list[object]], *, header: list[str] | None = None,
                 college_id: int | None = None, source_kind: str = "paste", source_name: str = "剪贴板") -> ImportPreview:
    """Check rows pasted from Excel (validated like an import); writes nothing.

    ``header`` names the columns; without it a header row among the first rows is used when there is one,
    else the columns are taken in the template's order (序号, 活动名称, …). Rows are numbered from 1.
    """
    from vocweek_desktop.io.excel_activities import (
        TEMPLATE_FIELDS,
        Header,
        RawRow,
        find_header,
        header_label,
        is_blank,
        is_example,
    )

    numbered = [(number, tuple(row)) for number, row in enumerate(rows, start=1)]
    if header is not None:
        found = find_header([(0, tuple(header))])
        if found is None:
            from vocweek_desktop.domain.parsing import match_header

            columns = {}
            for index, text in enumerate(header):
                key = match_header(text)
                if key is not None and key not in columns:
                    columns[key] = index
            found = Header(row=0, last_row=0, columns=columns, labels=tuple(str(h or "") for h in header))
        data = numbered
    else:
        found = find_header(numbered[:30])
        if found is not None:
            data = [(n, r) for n, r in numbered if n > found.last_row]
        else:
            columns = {key: index for index, key in enumerate(TEMPLATE_FIELDS)}
            found = Header(row=0, last_row=0, columns=columns, labels=tuple(header_label(k) for k in TEMPLATE_FIELDS))
            data = numbered
    kept, examples = [], []
    for number, values in data:
        raw = RawRow(number, values)
        if is_blank(raw, found):
            continue
        if is_example(raw, found):
            examples.append(number)
            continue
        kept.append((number, values))
    return _build(db, edition_id, rows=kept, columns=found.columns, header=list(found.labels), sheet="",
                  source_kind=source_kind, source_name=source_name, file=None, college_id=college_id,
                  named_college=None, named_college_cell=None, named_year=None, received_at=None, warnings=[],
                  examples=examples, header_row=max(found.row, 1))


# --- writing -----------------------------------------------------------------------------------------------------

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


def _columns_of(values: Mapping[str, object]) -> dict[str, object]:
    return {key: values[key] for key in VALUE_FIELDS}


def _organiser_columns(organiser: Organiser) -> dict[str, int | None]:
    return {"college_id": organiser.id if organiser.kind == "college" else None,
            "department_id": organiser.id if organiser.kind == "department" else None}


def apply_import(db: Database, preview: ImportPreview, *, delete_uids: Iterable[str] = (),
                 skip_error_rows: bool = False, received_at: dt.datetime | None = None) -> ImportResult:
    """Write a previewed import in ONE transaction: add, update, delete (to the recycle bin) the rows chosen.

    Refuses when the preview has error rows and ``skip_error_rows`` is False. Only rows listed in
    ``preview.missing`` whose row ids are in ``delete_uids`` are deleted. When the database changed
    since the preview, the rows are matched again inside the transaction, so nothing is duplicated.
    """
    if preview.error_rows and not skip_error_rows:
        raise ValidationError({"rows": msg.IMPORT_HAS_ERRORS.format(count=len(preview.error_rows))})
    received = received_at or preview.received_at
    wanted = set(delete_uids)
    now = dt.datetime.now().replace(microsecond=0)
    try:
        with db.transaction() as session:
            edition = _edition(session, preview.edition_id)
            if _fingerprint(session, preview.edition_id) != preview._fingerprint:
                _classify(session, preview, (edition.week_start, edition.week_end))
            provenance = {"source_kind": preview.source_kind, "source_file": preview.source_name[:500],
                          "source_sheet": preview.sheet[:100],
                          "received_at": received if preview.source_kind == "import" else None}
            ids = _enterprise_map(session, preview.edition_id, preview.to_add + preview.to_update)
            new_rows = []
            for item in preview.to_add:
                uid = item.row_uid or activity_service.new_row_uid()
                item.row_uid = uid
                new_rows.append({"edition_id": preview.edition_id, "row_uid": uid,
                                 **_organiser_columns(item.organiser), **_columns_of(item.values), **provenance,
                                 "source_row": item.row or None, "created_at": now, "updated_at": now})
            links: list[dict[str, int]] = []
            if new_rows:
                table = Activity.__table__
                inserted = session.execute(insert(table).returning(table.c.id, table.c.row_uid), new_rows)
                id_of = {uid: activity_id for activity_id, uid in inserted}
                for item in preview.to_add:
                    item.activity_id = id_of[item.row_uid]
                    links.extend(_links(item.activity_id, item.values["enterprises"], ids))
            changes = []
            relinked = []
            for item in preview.to_update:
                values = {"id": item.activity_id, **_organiser_columns(item.organiser), **_columns_of(item.values),
                          **provenance, "source_row": item.row or None, "updated_at": now, "deleted_at": None}
                changes.append(values)
                if "enterprises" in item.changes:
                    relinked.append(item.activity_id)
                    links.extend(_links(item.activity_id, item.values["enterprises"], ids))
            if changes:
                session.execute(update(Activity), changes)
            for chunk in range(0, len(relinked), 500):
                session.execute(delete(ActivityEnterprise)
                                .where(ActivityEnterprise.activity_id.in_(relinked[chunk:chunk + 500])))
            if links:
                session.execute(insert(ActivityEnterprise), links)
            doomed = [m.activity_id for m in preview.missing if m.row_uid in wanted]
            deleted = 0
            for chunk in range(0, len(doomed), 500):
                deleted += session.execute(update(Activity).where(Activity.id.in_(doomed[chunk:chunk + 500]),
                                                                  Activity.deleted_at.is_(None))
                                           .values(deleted_at=now, updated_at=now)).rowcount
            submissions = []
            if preview.source_kind == "import" and received is not None:
                added_by = Counter(r.organiser for r in preview.to_add)
                updated_by = Counter(r.organiser for r in preview.to_update)
                gone_by = Counter(m.organiser for m in preview.missing if m.row_uid in wanted)
                for organiser in preview.organisers:
                    if organiser.kind != "college":
                        continue
                    submissions.append(session.scalar(insert(RegistrationSubmission).values(
                        edition_id=preview.edition_id, college_id=organiser.id,
                        file_name=preview.source_name[:500], received_at=received, imported_at=now,
                        rows_added=added_by[organiser], rows_updated=updated_by[organiser],
                        rows_deleted=gone_by[organiser.name],
                    ).returning(RegistrationSubmission.id)))
            return ImportResult(added=len(preview.to_add), updated=len(preview.to_update),
                                unchanged=len(preview.unchanged), deleted=deleted,
                                skipped=len(preview.error_rows), restored=sum(1 for r in preview.to_update if r.restore),
                                submission_ids=tuple(submissions))
    except IntegrityError as exc:
        raise ConflictError(msg.IMPORT_FILE_ERRORS.format(detail=str(exc.orig))) from exc


def export_skipped(preview: ImportPreview, path: str | Path) -> Path:
    """Write the rows with errors (original cells plus the problems) for the college to fix."""
    from vocweek_desktop.io.excel_activities import SHEET_TITLE, write_skipped

    rows = [(e.row, list(e.values), "；".join(f"{p.cell}：{p.message}" if p.cell else p.message
                                               for p in e.problems)) for e in preview.error_rows]
    return write_skipped(path, preview.sheet or SHEET_TITLE, preview.header, rows)


# --- templates and exports ------------------------------------------------------------------------------------

def _template_info(edition: Edition, session: Session):
    from vocweek_desktop.io.excel_activities import TemplateInfo
    from vocweek_desktop.store.models import EditionContact

    contacts = session.execute(select(EditionContact.name, EditionContact.phone, EditionContact.email)
                               .where(EditionContact.edition_id == edition.id)
                               .order_by(EditionContact.display_order)).all()
    email = next((c.email for c in contacts if c.email), "")
    contact = "、".join(c.name for c in contacts)
    if email:
        contact = f"{contact}，邮箱 {email}" if contact else f"邮箱 {email}"
    return TemplateInfo(year=edition.year, title=edition.title, week_start=edition.week_start,
                        week_end=edition.week_end, deadline=edition.registration_deadline,
                        office=edition.office_name or "教务处", contact=contact)


def _college_activities(db: Database, edition_id: int, college_id: int) -> list[dict[str, object]]:
    flt = activity_service.ActivityFilter(organiser=("college", college_id))
    keys = activity_service.COLUMN_KEYS
    result, offset = [], 0
    while True:
        window = activity_service.fetch_activities(db, edition_id, flt, sort_key="first_date", offset=offset,
                                                   limit=1000)
        for row in window:
            values = dict(zip(keys, row.values, strict=False))
            values["row_uid"] = row.row_uid
            result.append(values)
        if len(window) < 1000:
            return result
        offset += len(window)


def _safe_file_name(name: str) -> str:
    return re.sub(r'[\\/:*?"<>|\r\n\t]', "_", name).strip(" .") or "学院"


def write_templates(db: Database, edition_id: int, out: str | Path, *, college_id: int | None = None) -> list[Path]:
    """Write 附件1 templates prefilled with each college's activities: one file (``out``) for ``college_id``,
    or one file per college into the folder ``out``."""
    from vocweek_desktop.io.excel_activities import write_template

    with db.transaction() as session:
        edition = _edition(session, edition_id)
        info = _template_info(edition, session)
        statement = select(College.id, College.name).where(College.edition_id == edition_id) \
            .order_by(College.display_order, College.id)
        if college_id is not None:
            statement = statement.where(College.id == college_id)
        colleges = session.execute(statement).all()
    if college_id is not None and not colleges:
        raise NotFoundError(msg.COLLEGE_NOT_FOUND)
    out = Path(out)
    written = []
    for ident, name in colleges:
        target = out if college_id is not None else out / f"{info.year}年职教周活动信息表-{_safe_file_name(name)}.xlsx"
        written.append(_save(lambda t=target, i=ident, n=name: write_template(
            t, info, n, _college_activities(db, edition_id, i)), target))
    return written


def _save(write: Callable[[], Path], target: Path) -> Path:
    try:
        return write()
    except PermissionError as exc:
        raise WorkbookError(msg.XLSX_SAVE_FAILED.format(name=target.name, detail="没有写入权限")) from exc


def export_activities(db: Database, edition_id: int, path: str | Path,
                      flt: ActivityFilter = ALL_ACTIVITIES, *,
                      sort_key: str = "first_date", descending: bool = False) -> Path:
    """Export the activities matching ``flt`` (all by default) to Excel, read from the database in windows."""
    from vocweek_desktop.io.excel_activities import write_activities

    with db.transaction() as session:
        _edition(session, edition_id)

    def rows():
        offset = 0
        while True:
            window = activity_service.fetch_activities(db, edition_id, flt, sort_key=sort_key, descending=descending,
                                                       offset=offset, limit=2000)
            for row in window:
                yield row.row_uid, row.values
            if len(window) < 2000:
                return
            offset += len(window)

    target = Path(path)
    return _save(lambda: write_activities(target, activity_service.COLUMNS, rows()), target)


def task_lists(db: Database, edition_id: int) -> list[tuple[str, str, list[dict[str, object]]]]:
    """Per department that a need is routed to: (department, need label, its tasks in date order)."""
    flags = {key: flag for flag, key in NEED_KEY_OF_FLAG.items()}
    with db.transaction() as session:
        _edition(session, edition_id)
        departments = session.execute(select(Department.name, Department.need_key)
                                      .where(Department.edition_id == edition_id, Department.need_key.is_not(None))
                                      .order_by(Department.display_order, Department.id)).all()
        if not departments:
            departments = [(department, NEED_KEY_OF_FLAG[flag]) for flag, (_, department) in NEEDS.items()]
        organiser = func.coalesce(College.name, Department.name)
        result = []
        for name, need_key in departments:
            flag = flags.get(need_key)
            if flag is None:
                continue
            statement = (select(Activity.first_date, Activity.last_date, Activity.start_time, Activity.end_time,
                                Activity.venue, organiser, Activity.title, Activity.person_in_charge, Activity.phone,
                                Activity.off_campus)
                         .outerjoin(College, College.id == Activity.college_id)
                         .outerjoin(Department, Department.id == Activity.department_id)
                         .where(Activity.edition_id == edition_id, Activity.deleted_at.is_(None),
                                Activity.status != "取消", getattr(Activity, flag).is_(True))
                         .order_by(Activity.first_date, Activity.start_time, Activity.id))
            keys = ("first_date", "last_date", "start_time", "end_time", "venue", "organiser", "title",
                    "person_in_charge", "phone", "off_campus")
            tasks = [dict(zip(keys, row, strict=True)) for row in session.execute(statement)]
            result.append((name, NEEDS[flag][0], tasks))
        return result


def export_tasks(db: Database, edition_id: int, path: str | Path) -> Path:
    """The departments' task lists: one sheet per department a need is routed to (date, time, venue, organiser,
    activity, contact person and phone)."""
    from vocweek_desktop.io.excel_activities import write_task_lists

    with db.transaction() as session:
        title = _edition(session, edition_id).title
    lists = task_lists(db, edition_id)
    target = Path(path)
    return _save(lambda: write_task_lists(target, title, lists), target)


# --- the college list ------------------------------------------------------------------------------------------

COLLEGE_HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("学院名称", "学院", "二级学院", "名称", "单位名称", "院系", "学院全称"),
    "short_name": ("简称", "学院简称"),
    "dean": ("院长", "院长姓名"),
    "party_secretary": ("书记", "党总支书记", "党委书记", "书记姓名"),
    "contact_person": ("联系人", "职教周联系人"),
    "phone": ("联系电话", "电话", "手机", "联系方式", "手机号码"),
    "email": ("电子邮箱", "邮箱", "email", "e-mail", "电子邮件"),
    "teacher_count": ("教师人数", "教师数", "专任教师数", "教职工数", "教师总数"),
    "student_count": ("学生人数", "学生数", "在校生数", "在校学生数", "学生总数"),
}


@dataclass
class CollegeRow:
    """A valid row of a college list: cleaned values and what importing it would do."""

    row: int
    values: dict[str, object]
    college_id: int | None = None
    changes: dict[str, tuple[object, object]] = field(default_factory=dict)


@dataclass
class CollegePreview:
    """What importing a college list would do, computed without writing."""

    edition_id: int
    file: Path
    sheet: str
    header: list[str]
    to_add: list[CollegeRow] = field(default_factory=list)
    to_update: list[CollegeRow] = field(default_factory=list)
    unchanged: list[CollegeRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    error_rows: list[ErrorRow] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def has_errors(self) -> bool:
        """Whether any row has an error."""
        return bool(self.error_rows)

    def summary(self) -> str:
        """One line: rows to add, update, leave, and rows with errors."""
        text = msg.SUMMARY_COLLEGES.format(added=len(self.to_add), updated=len(self.to_update),
                                           unchanged=len(self.unchanged))
        return text + (msg.SUMMARY_ERRORS.format(count=len(self.error_rows)) if self.error_rows else "")


@dataclass(frozen=True)
class CollegeImportResult:
    """What ``apply_colleges`` wrote."""

    added: int
    updated: int
    unchanged: int
    skipped: int


def _college_header(rows: Sequence[tuple[int, tuple]]) -> tuple[int, dict[str, int], list[str]] | None:
    from vocweek_desktop.domain.parsing import normalize_header

    lookup = {normalize_header(alias): key for key, aliases in COLLEGE_HEADER_ALIASES.items() for alias in aliases}
    best = None
    for number, values in rows:
        columns: dict[str, int] = {}
        for column, value in enumerate(values):
            key = lookup.get(normalize_header(value)) if value is not None else None
            if key is not None and key not in columns:
                columns[key] = column
        if "name" in columns and len(columns) >= 2 and (best is None or len(columns) > len(best[1])):
            best = (number, columns, [_text(v) or "" for v in values])
    return best


def preview_colleges(db: Database, edition_id: int, path: str | Path) -> CollegePreview:
    """Read a college list (the columns of the 学院 tab's export, matched by name); writes nothing."""
    from vocweek_desktop.domain import parsing
    from vocweek_desktop.io.excel_activities import cell_name
    from vocweek_desktop.io.excel_safety import open_workbook, stream_rows
    from vocweek_desktop.services.colleges import COLLEGE_COLUMNS

    path = Path(path)
    with open_workbook(path) as workbook:
        found = None
        for sheet in workbook.worksheets:
            if getattr(sheet, "sheet_state", "visible") != "visible":
                continue
            stream = stream_rows(path, sheet)
            rows = list(stream)
            found = _college_header([r for r in rows if r[0] <= 30])
            if found is not None:
                title = sheet.title
                break
        if found is None:
            raise WorkbookError(msg.COLLEGE_IMPORT_NO_HEADER.format(name=path.name))
    header_row, columns, labels = found
    keys = [key for key, _ in COLLEGE_COLUMNS]
    preview = CollegePreview(edition_id=edition_id, file=path, sheet=title, header=labels)
    with db.transaction() as session:
        _edition(session, edition_id)
        existing = {c.name: c for c in session.scalars(select(College).where(College.edition_id == edition_id))}
        first_row: dict[str, int] = {}
        for number, values in rows:
            if number <= header_row or all(_blank(v) for v in values):
                continue
            raw = {key: (values[column] if column < len(values) else None) for key, column in columns.items()}
            if all(_blank(v) for v in raw.values()):
                continue
            cells = {key: cell_name(columns.get(key, columns["name"]), number) for key in keys}
            problems: list[Problem] = []
            for key in ("teacher_count", "student_count"):
                if key in raw:
                    try:
                        raw[key] = parsing.parse_count(raw[key])
                    except parsing.ParseError as error:
                        problems.append(Problem(title, cells[key], str(error), number))
                        raw[key] = None
            for key in ("phone",):
                raw[key] = _text(raw.get(key)) or ""
            current = existing.get(str(raw.get("name") or "").strip())
            merged = {key: getattr(current, key) for key in keys} if current is not None else {}
            merged.update({k: v for k, v in raw.items()})
            try:
                cleaned = clean_college(merged)
            except ValidationError as error:
                problems.extend(Problem(title, cells.get(key, cells["name"]), text, number)
                                for key, text in error.fields.items())
                cleaned = None
            if cleaned is not None:
                current = existing.get(cleaned["name"])
                if cleaned["name"] in first_row:
                    problems.append(Problem(title, cells["name"], msg.IMPORT_COLLEGE_DUPLICATE.format(
                        first=first_row[cleaned["name"]], row=number, name=cleaned["name"]), number))
                first_row.setdefault(cleaned["name"], number)
            if problems:
                preview.error_rows.append(ErrorRow(number, values, problems))
                preview.problems.extend(problems)
                continue
            if current is None:
                preview.to_add.append(CollegeRow(number, cleaned))
                continue
            changes = {key: (getattr(current, key), cleaned[key]) for key in keys
                       if key in raw and not _same(getattr(current, key), cleaned[key])}
            (preview.to_update if changes else preview.unchanged).append(
                CollegeRow(number, cleaned, college_id=current.id, changes=changes))
    return preview


def apply_colleges(db: Database, preview: CollegePreview, *, skip_error_rows: bool = False) -> CollegeImportResult:
    """Write a previewed college list in ONE transaction; refuses rows with errors unless told to skip them."""
    if preview.error_rows and not skip_error_rows:
        raise ValidationError({"rows": msg.IMPORT_HAS_ERRORS.format(count=len(preview.error_rows))})
    try:
        with db.transaction() as session:
            _edition(session, preview.edition_id)
            names = set(session.scalars(select(College.name).where(College.edition_id == preview.edition_id)))
            last = session.scalar(select(func.max(College.display_order))
                                  .where(College.edition_id == preview.edition_id))
            order = (last if last is not None else -1) + 1
            added = 0
            for item in preview.to_add:
                if item.values["name"] in names:
                    raise ConflictError(msg.DUPLICATE_COLLEGE.format(name=item.values["name"]))
                session.add(College(edition_id=preview.edition_id, display_order=order, **item.values))
                order += 1
                added += 1
            for item in preview.to_update:
                college = session.get(College, item.college_id)
                if college is None:
                    raise NotFoundError(msg.COLLEGE_NOT_FOUND)
                for key, value in item.values.items():
                    setattr(college, key, value)
            session.flush()
    except IntegrityError as exc:
        raise ConflictError(msg.IMPORT_FILE_ERRORS.format(detail=str(exc.orig))) from exc
    return CollegeImportResult(added=added, updated=len(preview.to_update), unchanged=len(preview.unchanged),
                               skipped=len(preview.error_rows))


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


def college_id_by_name(db: Database, edition_id: int, name: str) -> int:
    """The id of the college a user names (exact, normalised, short name or a unique prefix)."""
    with db.transaction() as session:
        found = _Organisers(session, edition_id).find(name)
    if found is None or found.kind != "college":
        raise NotFoundError(msg.IMPORT_UNKNOWN_COLLEGE.format(name=name))
    return found.id
