"""Reading a form's table from a workbook someone filled in: find the header by its names, fill merged cells, and
hand back the data rows as read — the tolerant first half of every import (附件1, the college list, …).

A form describes its table with a ``TableSpec`` (columns with their header names, the column a header must
have, which rows are examples or notes); ``read_table`` does the rest. Nothing here parses cell values or
touches the database: the services' import pipeline does that with the rows returned here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.parse_headers import normalize_header
from vocweek_desktop.domain.problems import cell_name
from vocweek_desktop.io.excel_safety import (
    MAX_ROWS,
    ReadCancelled,
    WorkbookError,
    merged_ranges,
    open_workbook,
    stream_rows,
)

EXAMPLE_MARK = "示例"  # written in the hidden row-id cell of a template's example row
ROW_UID = "row_uid"  # the key of the hidden row-id column every template carries
META_SHEET = "文件信息"  # the hidden sheet of facts about a whole template (excel_template.TemplateSpec.meta)
HEADER_SCAN_ROWS = 30  # the header is looked for in this many rows at the top of a sheet
CHECK_EVERY = 256  # rows between progress reports / cancel checks

_FOOTER = re.compile(r"^(注|备注|说明|填表人|填报人|制表人|审核人|审批人|联系人|联系电话|负责人签字|签字|盖章|日期)\s*:")
_COLLEGE_LABEL = re.compile(r"^(?:学院|二级学院|学院名称|所属学院|填报学院|单位|填报单位|单位名称)"
                            r"(?:\s*[（(][^)）]*[)）])?\s*[:：]\s*(.*)$")
_YEAR = re.compile(r"(20\d{2})\s*年")


def clean_text(value: object) -> str:
    """A cell as trimmed NFKC text ("" for an empty cell): full-width colons and digits become ASCII."""
    if value is None:
        return ""
    return unicodedata.normalize("NFKC", str(value)).strip()


@dataclass(frozen=True)
class Column:
    """One column a form reads: its key, the header its template writes, the other headers it is known by,
    whether a file must have it (or one of ``alternatives``), and the tolerant parser of its cells."""

    key: str
    label: str
    aliases: tuple[str, ...] = ()
    required: bool = False
    alternatives: tuple[str, ...] = ()
    parse: Callable[[object], object] | None = None


@dataclass(frozen=True)
class Header:
    """Where the header is and which column holds which field (0-based column indexes)."""

    row: int  # first header row (1-based)
    last_row: int  # last header row: ``row`` or ``row + 1`` for a header over two rows
    columns: dict[str, int]
    labels: tuple[str, ...]  # the header text of every column, as written (two-row headers joined by "/")
    unknown: tuple[str, ...] = ()  # headers of columns no field was found for, as written
    duplicates: tuple[tuple[str, tuple[int, ...]], ...] = ()
    extra: tuple[tuple[int, str], ...] = ()  # (column, header) of each of ``unknown``
    ignored: tuple[str, ...] = ()  # headers the form knows and does not read (an export's 来源), as written


@dataclass(frozen=True)
class RawRow:
    """A data row as read: its Excel row number and cell values (0-based by column)."""

    number: int
    values: tuple

    def get(self, column: int | None) -> object:
        """The value in a column (None beyond the row's end or when the column is absent)."""
        if column is None or column >= len(self.values):
            return None
        return self.values[column]


@dataclass
class SheetRead:
    """What was read from a sheet: the header, the college and year its title rows name, the data rows, the rows
    left out as examples, notes for the user, and anything more a form read (``extra``: another sheet, …)."""

    file: Path | None
    sheet: str
    header: Header
    college: str | None = None
    college_cell: str | None = None
    year: int | None = None
    year_cell: str | None = None
    rows: list[RawRow] = field(default_factory=list)
    examples: list[int] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    extra: dict[str, object] = field(default_factory=dict)


class TableSpec:
    """How a form's table is found in a sheet and which of its rows are data.

    ``anchor`` is the column every header must name (活动名称, 学院名称) besides ``min_columns - 1`` others, and
    ``needs`` the columns that tell this form from another with the same anchor (实际举办 makes a 附件2 of a table
    of activities). The rules below are the ones most forms want; a form subclasses to change one (附件1 has its
    own header matcher and example row).
    """

    def __init__(self, columns: Sequence[Column], *, anchor: str, no_header_message: str, min_columns: int = 2,
                 other_sheet_message: str | None = None, footer_message: str = msg.XLSX_NOT_DATA,
                 skip_in_blank: Iterable[str] = (), unknown_message: str = msg.XLSX_UNKNOWN_COLUMNS,
                 ignored_headers: Iterable[str] = (), needs: Iterable[str] = ()):
        self.columns = tuple(columns)
        self.needs = frozenset(needs)
        #: What the preview says of columns no field is found for ({columns}): ignored, or kept by the form.
        self.unknown_message = unknown_message
        self.ignored_headers = frozenset(normalize_header(name) for name in ignored_headers)
        self.by_key = {column.key: column for column in self.columns}
        self.anchor = anchor
        self.min_columns = min_columns
        self.no_header_message = no_header_message
        self.other_sheet_message = other_sheet_message
        self.footer_message = footer_message
        self.skip_in_blank = frozenset(skip_in_blank)
        self._lookup: dict[str, str] = {}
        for column in self.columns:
            for name in (column.label, *column.aliases):
                self._lookup.setdefault(normalize_header(name), column.key)

    # --- the header --------------------------------------------------------------------------------------------

    def match_header(self, text: str) -> str | None:
        """The column key a header cell names, or None."""
        return self._lookup.get(normalize_header(text)) if text else None

    def pair_names(self, group: str, lower: str) -> Sequence[str]:
        """More names to try for a cell under a merged group of a two-row header (besides the cell, group+cell
        and cell+the group's last two characters)."""
        return ()

    def find_header(self, rows: Sequence[tuple[int, tuple]]) -> Header | None:
        """The header among the first rows of a sheet: the row (or two rows) naming the most known columns.

        A header must name the anchor column and ``min_columns - 1`` more; a two-row header is taken only when
        it names more columns than its first row alone.
        """
        best: tuple[int, Header] | None = None
        singles = [self._map_single(values) for _, values in rows]
        for index, (number, values) in enumerate(rows):
            single, labels = singles[index]
            candidates = [(len(single), single, labels, number)]
            if index + 1 < len(rows) and rows[index + 1][0] == number + 1:
                double, double_labels = self._map_double(values, rows[index + 1][1])
                # A title or note row above a one-row header would "combine" with it to the same columns.
                if len(double) > max(len(single), len(singles[index + 1][0])):
                    candidates.append((len(double), double, double_labels, number + 1))
            for score, columns, labels, last in candidates:
                if self.anchor not in columns or score < self.min_columns or not self.needs <= columns.keys():
                    continue
                if best is None or score > best[0]:
                    best = (score, self._with_extra(Header(row=number, last_row=last, columns=columns,
                                                           labels=tuple(labels))))
        if best is None:
            return None
        header = best[1]
        duplicates = []
        source = [values for number, values in rows if number == header.row]
        if source and header.last_row == header.row:
            seen: dict[str, list[int]] = {}
            for column, value in enumerate(source[0]):
                key = self.match_header(clean_text(value))
                if key is not None:
                    seen.setdefault(key, []).append(column)
            duplicates = [(key, tuple(cols)) for key, cols in seen.items() if len(cols) > 1]
        return replace(header, duplicates=tuple(duplicates))

    def header_of(self, labels: Sequence[object]) -> Header:
        """A header from given column names (pasted rows): each name matched on its own, no anchor needed."""
        columns: dict[str, int] = {}
        for index, text in enumerate(labels):
            key = self.match_header(clean_text(text))
            if key is not None and key not in columns:
                columns[key] = index
        return self._with_extra(Header(row=0, last_row=0, columns=columns,
                                       labels=tuple(clean_text(h) for h in labels)))

    def _with_extra(self, header: Header) -> Header:
        """``header`` with its columns that name no field: those the form ignores, and the others."""
        mapped = set(header.columns.values())
        extra, ignored = [], []
        for column, text in enumerate(header.labels):
            if text and column not in mapped:
                (ignored if normalize_header(text) in self.ignored_headers else extra).append((column, text))
        return replace(header, unknown=tuple(text for _column, text in extra), extra=tuple(extra),
                       ignored=tuple(text for _column, text in ignored))

    def column_notices(self, header: Header, *, ignored: bool = True) -> list[str]:
        """What the preview says about the header's columns: unknown ones, ignored ones (unless ``ignored`` is
        False: rows copied from the program's own table carry them), duplicates."""
        notices = []
        if header.unknown:
            notices.append(self.unknown_message.format(columns="、".join(f"“{t}”" for t in header.unknown)))
        if header.ignored and ignored:
            notices.append(msg.XLSX_IGNORED_COLUMNS.format(columns="、".join(f"“{t}”" for t in header.ignored)))
        for _key, columns in header.duplicates:
            cells = "、".join(cell_name(c, header.row) for c in columns)
            notices.append(msg.XLSX_DUPLICATE_COLUMN.format(label=header.labels[columns[0]], cells=cells,
                                                            first=cell_name(columns[0], header.row)))
        return notices

    def _map_single(self, values: Sequence[object]) -> tuple[dict[str, int], list[str]]:
        columns: dict[str, int] = {}
        labels = []
        for column, value in enumerate(values):
            text = clean_text(value)
            labels.append(text)
            key = self.match_header(text)
            if key is not None and key not in columns:
                columns[key] = column
        return columns, labels

    def _map_double(self, top: Sequence[object], bottom: Sequence[object]) -> tuple[dict[str, int], list[str]]:
        columns: dict[str, int] = {}
        labels = []
        group = ""
        for column in range(max(len(top), len(bottom))):
            upper = clean_text(top[column]) if column < len(top) else ""
            lower = clean_text(bottom[column]) if column < len(bottom) else ""
            if upper:
                group = upper
            elif not lower:
                group = ""
            if not lower:
                candidates = [upper]
                labels.append(upper)
            else:
                labels.append(f"{group}/{lower}" if group else lower)
                tail = group[-2:] if len(group) >= 2 else ""
                candidates = [lower, f"{group}{lower}", f"{lower}{tail}", *self.pair_names(group, lower)]
            for text in candidates:
                key = self.match_header(text) if text else None
                if key is not None and key not in columns:
                    columns[key] = column
                    break
        return columns, labels

    def missing_required(self, header: Header) -> list[Column]:
        """The required columns the header has neither itself nor one of its alternatives for."""
        return [column for column in self.columns if column.required
                and not ({column.key, *column.alternatives} & header.columns.keys())]

    # --- the rows ----------------------------------------------------------------------------------------------

    def is_blank(self, row: RawRow, header: Header) -> bool:
        """No value in any known column (``skip_in_blank`` columns, such as a row id, do not count)."""
        for key, column in header.columns.items():
            if key in self.skip_in_blank:
                continue
            value = row.get(column)
            if value is not None and (not isinstance(value, str) or value.strip()):
                return False
        return True

    def is_example(self, row: RawRow, header: Header) -> bool:
        """The template's example row, left in by the user: its hidden row-id cell says 示例."""
        return clean_text(row.get(header.columns.get(ROW_UID))) == EXAMPLE_MARK

    def is_footer(self, row: RawRow, header: Header) -> bool:
        """A note under the table (注：… / 填表人：…) rather than data: one or two cells, the first a labelled text."""
        filled = [(column, v) for column, v in enumerate(row.values)
                  if v is not None and (not isinstance(v, str) or v.strip())]
        if not filled or len(filled) > 2 or not isinstance(filled[0][1], str):
            return False
        column, value = filled[0]
        text = clean_text(value)  # NFKC: full-width colons are ":" here
        if _FOOTER.match(text):
            return True
        return len(filled) == 1 and column != header.columns.get(self.anchor) and ":" in text


def title_facts(rows: Iterable[tuple[int, tuple]]) -> tuple[str | None, str | None, int | None, str | None]:
    """(college, its cell, year, its cell) named in the rows above a header: 学院：智能制造学院, 2024年….

    A college label with nothing after it (学院：| 智能制造学院) takes the name from the next filled cell.
    """
    college = college_cell = year_cell = None
    year = None
    for number, values in rows:
        for column, value in enumerate(values):
            text = clean_text(value)
            if not text:
                continue
            if college is None:
                found = _COLLEGE_LABEL.match(text)
                if found:
                    name = re.split(r"\s{2,}|\s+\S{1,6}[:：]", found.group(1).strip())[0].strip()
                    if not name:
                        name = next((clean_text(v) for v in values[column + 1:] if clean_text(v)), "")
                    if name:
                        college, college_cell = name, cell_name(column, number)
            if year is None:
                found = _YEAR.search(text)
                if found:
                    year, year_cell = int(found.group(1)), cell_name(column, number)
    return college, college_cell, year, year_cell


def _check(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise ReadCancelled(msg.IMPORT_CANCELLED)


def read_table(path: str | Path, spec: TableSpec, *, sheet: str | None = None,
               progress: Callable[[int, int], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> SheetRead:
    """Read the first visible sheet of ``path`` that has ``spec``'s header (or the sheet named ``sheet``).

    Refuses unsafe or unreadable files and a workbook without the header (``WorkbookError``).
    ``progress(done, total)`` reports rows read against the sheet's declared size (an estimate);
    ``cancelled()`` returning True stops with ``ReadCancelled``.
    """
    path = Path(path)
    with open_workbook(path) as workbook:
        found: SheetRead | None = None
        others: list[str] = []
        for candidate in workbook.worksheets:
            if sheet is not None and candidate.title != sheet:
                continue
            if sheet is None and getattr(candidate, "sheet_state", "visible") != "visible":
                continue
            if found is not None:
                if spec.other_sheet_message and spec.find_header(_first_rows(path, candidate)) is not None:
                    others.append(candidate.title)
                continue
            found = _read_sheet(path, candidate, spec, progress, cancelled)
            if found is not None and not spec.other_sheet_message:
                break
        if found is None:
            raise WorkbookError(spec.no_header_message.format(name=path.name))
        for title in others:
            found.notices.append(spec.other_sheet_message.format(sheet=title, first=found.sheet))
        return found


def first_rows_of_sheets(path: str | Path) -> list[list[tuple[int, tuple]]]:
    """The first rows (up to HEADER_SCAN_ROWS) of every visible sheet, opened safely: enough to tell which form a
    workbook is by its header, without reading it all."""
    path = Path(path)
    with open_workbook(path) as workbook:
        return [_first_rows(path, sheet) for sheet in workbook.worksheets
                if getattr(sheet, "sheet_state", "visible") == "visible"]


def _first_rows(path: Path, sheet) -> list[tuple[int, tuple]]:
    head = []
    for number, values in stream_rows(path, sheet):
        if number > HEADER_SCAN_ROWS:
            break
        head.append((number, values))
    return head


def _read_sheet(path: Path, sheet, spec: TableSpec, progress, cancelled) -> SheetRead | None:
    estimate = 0
    try:
        estimate = int(sheet.max_row or 0)  # from <dimension>, maybe stale: only for the progress bar
    except (TypeError, ValueError):
        estimate = 0
    stream = stream_rows(path, sheet)
    iterator: Iterator[tuple[int, tuple]] = iter(stream)
    head: list[tuple[int, tuple]] = []
    for number, values in iterator:
        head.append((number, values))
        if number >= HEADER_SCAN_ROWS:
            break
    header = spec.find_header(head)
    if header is None:
        return None
    college, college_cell, year, year_cell = title_facts((n, v) for n, v in head if n < header.row)
    result = SheetRead(file=path, sheet=sheet.title, header=header, college=college, college_cell=college_cell,
                       year=year, year_cell=year_cell)
    # A cell merged down over several rows (one date, contact or 学院 for a group of rows) holds its value
    # only in the top row: every row of the range gets it. Only down, and only in rows that have content.
    tops: dict[int, list[int]] = {}
    fills: dict[int, list[tuple[int, int]]] = {}
    budget = MAX_ROWS * 4  # cells filled at most: a sheet merged down to row 1,048,576 costs no more
    for min_col, min_row, _max_col, max_row in merged_ranges(path, sheet):
        max_row = min(max_row, MAX_ROWS, min_row + budget)
        if min_row > header.last_row and max_row > min_row:
            tops.setdefault(min_row, []).append(min_col - 1)
            budget -= max_row - min_row
            for number in range(min_row + 1, max_row + 1):
                fills.setdefault(number, []).append((min_col - 1, min_row))
    top_values: dict[tuple[int, int], object] = {}

    def take(number: int, values: tuple) -> None:
        for column in tops.get(number, ()):
            top_values[(number, column)] = values[column] if column < len(values) else None
        if number <= header.last_row:
            return
        row = RawRow(number, values)
        if spec.is_blank(row, header):
            return
        if number in fills:
            filled = list(values) + [None] * (max(c for c, _ in fills[number]) + 1 - len(values))
            for column, top in fills[number]:
                if filled[column] is None:
                    filled[column] = top_values.get((top, column))
            row = RawRow(number, tuple(filled))
            values = row.values
        if spec.is_example(row, header):
            result.examples.append(number)
            return
        if spec.is_footer(row, header):
            column = next(i for i, v in enumerate(values) if clean_text(v))
            result.notices.append(spec.footer_message.format(sheet=sheet.title, cell=cell_name(column, number),
                                                             text=str(values[column]).strip()[:30]))
            return
        result.rows.append(row)

    for number, values in head:
        take(number, values)
    for number, values in iterator:
        take(number, values)
        if number % CHECK_EVERY == 0:
            _check(cancelled)
            if progress is not None:
                progress(number, max(estimate, number + 1))
    if stream.stopped_after is not None:
        result.notices.append(msg.XLSX_BLANK_RUN.format(sheet=sheet.title, row=stream.stopped_after,
                                                        count=stream.blank_run))
    result.notices.extend(spec.column_notices(header))
    if progress is not None:
        progress(estimate or 1, estimate or 1)
    return result


def read_meta(path: str | Path, title: str = META_SHEET) -> dict[str, str]:
    """The label/value rows of a template's hidden facts sheet ({} when the workbook has none)."""
    path = Path(path)
    found: dict[str, str] = {}
    with open_workbook(path) as workbook:
        if title not in workbook.sheetnames:
            return found
        for number, values in stream_rows(path, workbook[title]):
            if number > HEADER_SCAN_ROWS:
                break
            if len(values) >= 2 and clean_text(values[0]):
                found.setdefault(clean_text(values[0]), clean_text(values[1]))
    return found


# --- a form of labelled cells (外出活动申请表, …) -------------------------------------------------------------------

FORM_SCAN_ROWS = 200  # a form's labels are looked for in this many rows
_INLINE_LABEL = re.compile(r"^([^:：]{1,20})[:：](.+)$", re.S)


@dataclass
class FormRead:
    """What was read from a sheet of labelled cells: each field's value as written and the cell it is in (for a
    field whose value is empty, the cell where it should have been), and the label cells found."""

    file: Path | None
    sheet: str
    values: dict[str, object] = field(default_factory=dict)
    cells: dict[str, str] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)


def read_form(path: str | Path, fields: Sequence[Column], *, anchor: str, no_form_message: str,
              sheet: str | None = None, min_fields: int = 2) -> FormRead:
    """Read a form laid out as labels with their values beside them (学院 | 智能制造学院), from the sheet named
    ``sheet`` or else the first visible sheet that has the ``anchor`` label and ``min_fields`` labels in all.

    A field's value is the cell right after its label (after the label's merged range); a label written with its
    value (学院：智能制造学院) holds both. Labels are matched as headers are (spaces, *, （必填）, colons ignored);
    the first of a repeated label counts. ``WorkbookError(no_form_message)`` when no sheet has the form.
    """
    path = Path(path)
    lookup: dict[str, str] = {}
    for column in fields:
        for name in (column.label, *column.aliases):
            lookup.setdefault(normalize_header(name), column.key)
    with open_workbook(path) as workbook:
        for candidate in workbook.worksheets:
            if sheet is not None and candidate.title != sheet:
                continue
            if sheet is None and getattr(candidate, "sheet_state", "visible") != "visible":
                continue
            found = _read_form_sheet(path, candidate, lookup)
            if anchor in found.labels and len(found.labels) >= min_fields:
                return found
    raise WorkbookError(no_form_message.format(name=path.name))


def _read_form_sheet(path: Path, sheet, lookup: Mapping[str, str]) -> FormRead:
    ends = {(min_row, min_col - 1): max_col for min_col, min_row, max_col, _max_row in merged_ranges(path, sheet)}
    result = FormRead(file=path, sheet=sheet.title)
    taken: set[tuple[int, int]] = set()  # value cells: never read as labels
    for number, values in stream_rows(path, sheet):
        if number > FORM_SCAN_ROWS:
            break
        for column, value in enumerate(values):
            if (number, column) in taken or not isinstance(value, str) or not value.strip():
                continue
            key = lookup.get(normalize_header(value))
            if key is not None:
                if key in result.labels:
                    continue
                value_column = ends.get((number, column), column + 1)  # 1-based end of the label = next 0-based
                result.labels[key] = cell_name(column, number)
                result.cells[key] = cell_name(value_column, number)
                result.values[key] = values[value_column] if value_column < len(values) else None
                taken.add((number, value_column))
                continue
            inline = _INLINE_LABEL.match(clean_text(value))
            if inline is not None:
                key = lookup.get(normalize_header(inline.group(1)))
                if key is not None and key not in result.labels and inline.group(2).strip():
                    result.labels[key] = result.cells[key] = cell_name(column, number)
                    result.values[key] = inline.group(2).strip()
    return result
