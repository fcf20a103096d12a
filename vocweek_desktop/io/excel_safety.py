"""Opening a workbook someone sent us: refuse what is not a readable .xlsx, bombs included, before openpyxl sees it.

Every refusal is a ``WorkbookError`` whose message names the file and says what to do. Rows are streamed
(read-only mode, dimensions reset because a stale ``<dimension>`` hides rows) with a hard row cap. Reading stops
after a long run of blank rows (a sheet formatted down to row 1,048,576); the rest of the sheet is then scanned
as bytes, and a value found there stops the import naming its row instead of being dropped unseen. Text is
handed on cleaned (``clean_cell``): openpyxl's ``_xHHHH_`` escapes decoded, bidirectional controls removed.
"""

from __future__ import annotations

import contextlib
import re
import struct
import zipfile
from collections.abc import Iterator
from pathlib import Path

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.errors import VocWeekError

# Limits. A realistic 附件1 unpacks to well under 1 MB; the 10,000-row workbook of the import benchmark to about
# 12 MB (230,000 cells, about 1.5 million characters), read in 2–3 s. What openpyxl loads whole is capped by size:
# the shared strings (an 80 MB workbook whose 280 MB of shared strings, packed 3.5:1, took 134 s and 1.86 GB) and
# every other part. A worksheet is streamed, so its part may be bigger — one formatted down to row 1,048,576 is
# about 80 MB of empty <row> elements, passed over in 0.1 s after the blank run — and what is read from it is
# capped instead: cells and characters, about eight times the benchmark's.
MAX_SHARED_STRINGS_BYTES = 32 * 1024 * 1024  # the shared-strings part
MAX_MEMBER_BYTES = 128 * 1024 * 1024  # any one part, uncompressed (a worksheet formatted to the last row fits)
MAX_PART_BYTES = 32 * 1024 * 1024  # any part that is not a worksheet (styles, drawings, pictures)
MAX_TOTAL_BYTES = 160 * 1024 * 1024  # all parts, uncompressed
MAX_CELLS = 2_000_000  # cells read from one sheet (blank ones within a row included)
MAX_TEXT = 12_000_000  # characters of text read from one sheet
MAX_RATIO = 200  # deflate tops out near 1030:1; real sheet XML stays far below 100:1
RATIO_CHECKED_FROM = 1024 * 1024  # tiny parts may compress very well and are harmless
MAX_MEMBERS = 10_000
MAX_ROWS = 200_000  # rows read from one sheet, blank ones included
MAX_COLUMNS = 200  # cells read from one row
BLANK_RUN = 1_000  # consecutive blank rows after which a sheet is taken to have ended

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")


class WorkbookError(VocWeekError):
    """A file refused before or while reading it as a workbook; the message names the file."""


class ReadCancelled(VocWeekError):
    """The user cancelled a long read; nothing was written."""


def _ole_stream_names(path: Path) -> set[str]:
    """Names in the directory of an OLE compound file (CFB); empty when the container cannot be walked."""
    try:
        with path.open("rb") as handle:
            header = handle.read(512)
            sector_shift = struct.unpack_from("<H", header, 30)[0]
            if sector_shift not in (9, 12):
                return set()
            sector_size = 1 << sector_shift
            first_dir = struct.unpack_from("<I", header, 48)[0]
            fat_sectors = [s for s in struct.unpack_from("<109I", header, 76) if s < 0xFFFFFFFA]

            def read_sector(number: int) -> bytes:
                handle.seek((number + 1) * sector_size)
                return handle.read(sector_size)

            fat: list[int] = []
            for number in fat_sectors[:64]:  # enough for the directory of any workbook we would read
                data = read_sector(number)
                fat.extend(struct.unpack(f"<{len(data) // 4}I", data[: len(data) // 4 * 4]))
            names: set[str] = set()
            sector, seen = first_dir, set()
            while sector < 0xFFFFFFFA and sector not in seen and len(seen) < 4096:
                seen.add(sector)
                data = read_sector(sector)
                for offset in range(0, len(data) - 127, 128):
                    length = struct.unpack_from("<H", data, offset + 64)[0]
                    if 2 <= length <= 64:
                        names.add(data[offset:offset + length - 2].decode("utf-16-le", "replace"))
                sector = fat[sector] if sector < len(fat) else 0xFFFFFFFE
            return names
    except (OSError, struct.error):
        return set()


def _refuse_ole(path: Path) -> None:
    names = {name.casefold() for name in _ole_stream_names(path)}
    if not names:  # a damaged directory: fall back to looking for the stream name itself
        with path.open("rb") as handle:
            data = handle.read(16 * 1024 * 1024)
        if "EncryptedPackage".encode("utf-16-le") in data:
            names.add("encryptedpackage")
    if "encryptedpackage" in names or "encryptioninfo" in names:
        raise WorkbookError(msg.XLSX_ENCRYPTED.format(name=path.name))
    if "workbook" in names or "book" in names:
        raise WorkbookError(msg.XLSX_OLD_XLS.format(name=path.name))
    if "worddocument" in names:
        raise WorkbookError(msg.XLSX_OTHER_FORMAT.format(name=path.name, kind="旧版 Word 文档（.doc）"))
    raise WorkbookError(msg.XLSX_NOT_WORKBOOK.format(name=path.name))


def _check_members(path: Path, archive: zipfile.ZipFile) -> None:
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise WorkbookError(msg.XLSX_TOO_MANY_MEMBERS.format(name=path.name, count=len(infos), limit=MAX_MEMBERS))
    total = 0
    for info in infos:
        size = info.file_size
        total += size
        if info.filename.lower().endswith("sharedstrings.xml") and size > MAX_SHARED_STRINGS_BYTES:
            raise WorkbookError(msg.XLSX_TOO_MUCH_TEXT.format(name=path.name, size=size // 2**20,
                                                              limit=MAX_SHARED_STRINGS_BYTES // 2**20))
        limit = MAX_MEMBER_BYTES if info.filename.lower().startswith("xl/worksheets/") \
            else min(MAX_PART_BYTES, MAX_MEMBER_BYTES)
        if size > limit:
            raise WorkbookError(msg.XLSX_TOO_BIG.format(name=path.name, member=info.filename,
                                                        size=size // 2**20, limit=limit // 2**20))
        if size >= RATIO_CHECKED_FROM and size > MAX_RATIO * max(info.compress_size, 1):
            raise WorkbookError(msg.XLSX_ZIP_BOMB.format(name=path.name, member=info.filename,
                                                         ratio=size // max(info.compress_size, 1)))
    if total > MAX_TOTAL_BYTES:
        raise WorkbookError(msg.XLSX_TOO_BIG_TOTAL.format(name=path.name, size=total // 2**20,
                                                          limit=MAX_TOTAL_BYTES // 2**20))
    names = {info.filename for info in infos}
    if "xl/workbook.xml" in names:
        return
    if "xl/workbook.bin" in names:
        raise WorkbookError(msg.XLSX_OTHER_FORMAT.format(name=path.name, kind="二进制工作簿（.xlsb）"))
    if "content.xml" in names:
        raise WorkbookError(msg.XLSX_OTHER_FORMAT.format(name=path.name, kind="OpenDocument 表格（.ods）"))
    if "word/document.xml" in names:
        raise WorkbookError(msg.XLSX_OTHER_FORMAT.format(name=path.name, kind="Word 文档（.docx）"))
    raise WorkbookError(msg.XLSX_NOT_WORKBOOK.format(name=path.name))


def check_workbook_file(path: str | Path) -> None:
    """Refuse, with a message naming the file, anything that is not a safe-looking .xlsx (cheap: no XML parsed)."""
    path = Path(path)
    try:
        if not path.is_file():
            raise WorkbookError(msg.XLSX_MISSING.format(name=path.name))
        with path.open("rb") as handle:
            head = handle.read(8)
    except PermissionError as exc:
        raise WorkbookError(msg.XLSX_LOCKED.format(name=path.name)) from exc
    if not head:
        raise WorkbookError(msg.XLSX_EMPTY_FILE.format(name=path.name))
    if head == OLE_MAGIC:
        _refuse_ole(path)
    if not head.startswith(ZIP_MAGICS):
        text = head.lstrip(b"\xef\xbb\xbf\xff\xfe\xfe\xff \t\r\n")
        if text.startswith(b"<") or path.suffix.lower() in (".csv", ".txt", ".htm", ".html"):
            raise WorkbookError(msg.XLSX_TEXT_FILE.format(name=path.name))
        raise WorkbookError(msg.XLSX_NOT_WORKBOOK.format(name=path.name))
    try:
        with zipfile.ZipFile(path) as archive:
            _check_members(path, archive)
    except zipfile.BadZipFile as exc:
        raise WorkbookError(msg.XLSX_CORRUPT.format(name=path.name, detail="压缩包结构损坏")) from exc
    except PermissionError as exc:
        raise WorkbookError(msg.XLSX_LOCKED.format(name=path.name)) from exc


def translate_error(path: Path, exc: BaseException) -> WorkbookError:
    """The user's message for an exception raised while openpyxl reads ``path``."""
    from defusedxml import DefusedXmlException

    if isinstance(exc, WorkbookError):
        return exc
    # openpyxl wraps the parser's error in a generic ValueError: look down the chain for defusedxml's.
    cause: BaseException | None = exc
    for _ in range(10):
        if cause is None:
            break
        if isinstance(cause, DefusedXmlException):
            return WorkbookError(msg.XLSX_XML_BOMB.format(name=path.name))
        cause = cause.__cause__ or cause.__context__
    if isinstance(exc, PermissionError):
        return WorkbookError(msg.XLSX_LOCKED.format(name=path.name))
    if isinstance(exc, zipfile.BadZipFile | EOFError | zipfile.LargeZipFile):
        return WorkbookError(msg.XLSX_CORRUPT.format(name=path.name, detail="压缩包结构损坏"))
    if isinstance(exc, KeyError):
        return WorkbookError(msg.XLSX_CORRUPT.format(name=path.name, detail="缺少必需的内部文件"))
    return WorkbookError(msg.XLSX_CORRUPT.format(name=path.name, detail="内部内容无法解析"))


_READ_ERRORS = (ValueError, KeyError, TypeError, AttributeError, IndexError, EOFError, OSError,
                zipfile.BadZipFile, SyntaxError)  # xml.etree's ParseError is a SyntaxError


@contextlib.contextmanager
def open_workbook(path: str | Path, *, read_only: bool = True) -> Iterator[object]:
    """Check ``path`` and open it with openpyxl (values, not formulas); closes the file when the block ends."""
    path = Path(path)
    check_workbook_file(path)
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(path, read_only=read_only, data_only=True, keep_links=False)
    except _READ_ERRORS as exc:
        raise translate_error(path, exc) from exc
    try:
        yield workbook
    finally:
        with contextlib.suppress(Exception):
            workbook.close()


_OOXML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
#: Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) and the marks (LRM, RLM,
#: ALM): invisible, they make text read differently than it is stored ("Trojan source"); the other C0 controls
#: but tab and line feed, which ``_x0007_``-style escapes can smuggle in.
_INVISIBLE = {code: None for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C,
                                      *(c for c in range(0x20) if c not in (0x09, 0x0A, 0x0D)))}


def clean_cell(text: str) -> str:
    """A workbook's text as the user sees it in Excel: ``_xHHHH_`` escapes decoded (``_x005F_`` is a literal ``_``),
    then ``strip_invisible``."""
    if "_x" in text:
        text = _OOXML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)
    return strip_invisible(text)


def strip_invisible(text: str) -> str:
    """Text from outside (a cell, the clipboard) without bidirectional or other invisible controls; "\\r\\n" and a
    lone "\\r" become "\\n"."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.translate(_INVISIBLE)


class RowStream:
    """The rows of one sheet as ``(row_number, values)``, blank rows included until a long blank run ends the sheet.

    Text cells come cleaned (``clean_cell``). ``stopped_after`` is the last filled row when reading stopped at a
    blank run (None when the sheet ended); a value after the run raises WorkbookError naming its row.
    """

    def __init__(self, path: Path, sheet, *, max_rows: int = MAX_ROWS, blank_run: int = BLANK_RUN,
                 max_columns: int = MAX_COLUMNS, max_cells: int | None = None, max_text: int | None = None):
        self.path = Path(path)
        self.sheet = sheet
        self.max_rows = max_rows
        self.blank_run = blank_run
        self.max_columns = max_columns
        self.max_cells = MAX_CELLS if max_cells is None else max_cells
        self.max_text = MAX_TEXT if max_text is None else max_text
        self.stopped_after: int | None = None

    def __iter__(self) -> Iterator[tuple[int, tuple]]:
        sheet = self.sheet
        if hasattr(sheet, "reset_dimensions"):
            sheet.reset_dimensions()  # a stale <dimension ref="A1:A1"/> would hide every other row
        blanks, last_filled, cells, text = 0, 0, 0, 0
        try:
            rows = sheet.iter_rows(values_only=True)
            for number, values in enumerate(rows, start=1):
                if number > self.max_rows:
                    raise WorkbookError(msg.XLSX_TOO_MANY_ROWS.format(name=self.path.name, sheet=sheet.title,
                                                                      limit=self.max_rows))
                cells += len(values)  # all openpyxl built, the columns cut off below included
                values = tuple(clean_cell(v) if isinstance(v, str) else v for v in values[: self.max_columns])
                text += sum(len(v) for v in values if isinstance(v, str))
                if cells > self.max_cells or text > self.max_text:
                    raise WorkbookError(msg.XLSX_TOO_MUCH_CONTENT.format(name=self.path.name, sheet=sheet.title,
                                                                         row=number))
                if any(v is not None and (not isinstance(v, str) or v.strip()) for v in values):
                    blanks, last_filled = 0, number
                    yield number, values
                else:
                    blanks += 1
                    if blanks >= self.blank_run:
                        self.stopped_after = last_filled
                        self._refuse_content_after(number, last_filled)
                        return
                    yield number, values
        except _READ_ERRORS as exc:
            raise translate_error(self.path, exc) from exc

    def _refuse_content_after(self, stopped: int, last_filled: int) -> None:
        """Reading stopped at row ``stopped``: refuse the file when a later row holds a value (found cheaply)."""
        member = getattr(self.sheet, "_worksheet_path", None)
        if not member:
            return
        shared = getattr(getattr(self.sheet, "parent", None), "shared_strings", None)
        found = first_value_row_after(self.path, member, stopped, max_columns=self.max_columns,
                                      shared_strings=shared)
        if found is not None:
            where = msg.XLSX_ROW.format(row=found) if found else msg.XLSX_FURTHER_DOWN
            count = found - last_filled - 1 if found else msg.XLSX_MORE_THAN.format(count=self.blank_run)
            raise WorkbookError(msg.XLSX_CONTENT_AFTER_BLANKS.format(
                name=self.path.name, sheet=self.sheet.title, last=last_filled, count=count, stopped=stopped,
                where=where))


# A value element (<v> of a cell, <t> of an inline string) with its text: the only token the scan below looks at,
# so rows that hold nothing (a sheet formatted down to row 1,048,576) cost no Python work at all.
_VALUE = re.compile(rb"<(?:[\w.-]+:)?([vt])(?:\s[^>]*)?>([^<]*)<")
_CELL_START = re.compile(rb"<(?:[\w.-]+:)?c(?=[\s>/])([^>]*)>")
_ROW_START = re.compile(rb"<(?:[\w.-]+:)?row(?=[\s>/])([^>]*)>")
_ROW_ATTR = re.compile(rb"""\sr\s*=\s*["'](\d+)["']""")
_REF_ATTR = re.compile(rb"""\sr\s*=\s*["']([A-Za-z]{1,3})(\d+)["']""")
_TYPE_ATTR = re.compile(rb"""\st\s*=\s*["'](\w+)["']""")
_ENTITY = re.compile(r"&(#x[0-9A-Fa-f]+|#\d+|amp|lt|gt|quot|apos);")
_ENTITIES = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
_CONTEXT = 64 * 1024  # bytes kept before the unscanned part: a cell's start tag, a long formula before its value


def _unescape_xml(text: str) -> str:
    def one(match: re.Match) -> str:
        name = match.group(1)
        if name.startswith("#"):
            try:
                return chr(int(name[2:], 16) if name[1] in "xX" else int(name[1:]))
            except (ValueError, OverflowError):
                return ""
        return _ENTITIES[name]
    return _ENTITY.sub(one, text) if "&" in text else text


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + letter - 64
    return number


def first_value_row_after(path: str | Path, member: str, after: int, *, max_columns: int = MAX_COLUMNS,
                          shared_strings=None) -> int | None:
    """The first row below ``after`` of a worksheet part that holds a non-blank value in its first ``max_columns``
    columns: its number, or 0 when a value's row cannot be told (a file that numbers neither its cells nor its
    rows); None when there is none. A streaming byte scan, no XML parser: a million empty formatted rows take
    about 0.1 s. ``shared_strings`` (openpyxl's list) tells a blank shared string from text."""
    try:
        with zipfile.ZipFile(path) as archive, archive.open(member.lstrip("/")) as stream:
            data, start = b"", 0
            while chunk := stream.read(1 << 20):
                keep = max(0, start - _CONTEXT)
                data, start = data[keep:] + chunk, start - keep
                for match in _VALUE.finditer(data, start):
                    start = match.end() - 1  # the "<" that closed the text may open the next token
                    row, column, kind = _cell_of(data, match.start())
                    if (row is not None and row <= after) or column > max_columns:
                        continue
                    if _is_text(match.group(2), kind, match.group(1), shared_strings):
                        return row if row is not None else 0
                # A value element not finished in this chunk starts at the last "<" (its text holds none).
                start = max(start, data.rfind(b"<"))
    except (KeyError, OSError, ValueError, zipfile.BadZipFile, EOFError) as exc:
        raise translate_error(Path(path), exc) from exc
    return None


def _cell_of(data: bytes, value_at: int) -> tuple[int | None, int, bytes]:
    """(row, column, type) of the cell whose value element starts at ``value_at``, from the nearest cell start tag
    before it (for a cell without a reference, its row's number); row None when neither says."""
    tags: list[re.Match] = []
    low = value_at
    for width in (512, _CONTEXT):  # the tag is right before the value, unless a long formula sits between
        low = max(0, value_at - width)
        tags = list(_CELL_START.finditer(data, low, value_at))
        if tags or low == 0:
            break
    attributes = b" " + tags[-1].group(1) if tags else b""
    kind = _TYPE_ATTR.search(attributes)
    kind = kind.group(1) if kind else b""
    ref = _REF_ATTR.search(attributes)
    if ref is not None:
        return int(ref.group(2)), _column_number(ref.group(1)), kind
    rows = list(_ROW_START.finditer(data, max(0, value_at - _CONTEXT), value_at))
    number = _ROW_ATTR.search(b" " + rows[-1].group(1)) if rows else None
    return (int(number.group(1)) if number else None), 1, kind


def _is_text(raw: bytes, kind: bytes, element: bytes, shared_strings) -> bool:
    """Whether a value element's text is a non-blank value, as RowStream would judge the cell."""
    text = clean_cell(_unescape_xml(raw.decode("utf-8", "replace")))
    if kind == b"s" and element == b"v":
        if shared_strings is None:
            return bool(text.strip())
        try:
            value = shared_strings[int(text)]
        except (ValueError, IndexError, TypeError):
            return bool(text.strip())
        return bool(clean_cell(str(value)).strip()) if value is not None else False
    return bool(text.strip())


_MERGE_CELL = re.compile(rb"<(?:\w+:)?mergeCell\s[^>]*?ref\s*=\s*[\"']([A-Za-z]{1,3})(\d{1,7}):([A-Za-z]{1,3})(\d{1,7})")
MAX_MERGES = 100_000


def merged_ranges(path: str | Path, sheet) -> list[tuple[int, int, int, int]]:
    """The merged ranges of a read-only ``sheet`` as (min_col, min_row, max_col, max_row), 1-based.

    Read-only sheets do not expose their merges, so the ``<mergeCell ref=…>`` elements are found in the
    sheet's part by a streaming byte scan (no XML parsing); empty when the part cannot be found.
    """
    from openpyxl.utils import column_index_from_string

    member = getattr(sheet, "_worksheet_path", None)  # openpyxl's ReadOnlyWorksheet keeps its part name here
    if not member:
        return []
    found: list[tuple[int, int, int, int]] = []
    try:
        with zipfile.ZipFile(path) as archive, archive.open(member.lstrip("/")) as stream:
            tail = b""
            while len(found) < MAX_MERGES:
                chunk = stream.read(1 << 20)
                if not chunk:
                    break
                data = tail + chunk
                end = 0
                for match in _MERGE_CELL.finditer(data):
                    left, top, right, bottom = match.groups()
                    found.append((column_index_from_string(left.decode().upper()), int(top),
                                  column_index_from_string(right.decode().upper()), int(bottom)))
                    end = match.end()
                tail = data[max(end, len(data) - 200):]
    except (KeyError, OSError, ValueError, zipfile.BadZipFile, EOFError) as exc:
        raise translate_error(Path(path), exc) from exc
    return found[:MAX_MERGES]


def stream_rows(path: str | Path, sheet, **limits) -> RowStream:
    """Stream the rows of ``sheet`` (of the workbook at ``path``) with the caps of this module."""
    return RowStream(Path(path), sheet, **limits)
