"""The plain records of the workbook-import pipeline (``services.imports``): a row as parsed (``Draft``), a record
it may update (``Existing``), what a form knows while previewing a file (``Context``), the preview with its rows to
add, update, leave or delete and its problems (``Preview``), what applying it asks a form to write (``Plan``) and
what it wrote (``ImportResult``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.organisers import Organiser
from vocweek_desktop.domain.problems import Problem
from vocweek_desktop.io.excel_read import Header

if TYPE_CHECKING:
    from vocweek_desktop.services.import_form import Form


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
