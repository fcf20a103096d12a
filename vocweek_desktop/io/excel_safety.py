"""Opening a workbook someone sent us: refuse what is not a readable .xlsx, bombs included, before openpyxl sees it.

Every refusal is a ``WorkbookError`` whose message names the file and says what to do. Rows are streamed
(read-only mode, dimensions reset because a stale ``<dimension>`` hides rows) with a hard row cap, and
reading stops after a long run of blank rows (a sheet formatted down to row 1,048,576).
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

# Limits: generous for real 附件1 files (a few MB), far below what would exhaust memory or time.
MAX_MEMBER_BYTES = 300 * 1024 * 1024  # one part, uncompressed
MAX_TOTAL_BYTES = 1024 * 1024 * 1024  # all parts, uncompressed
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
        if size > MAX_MEMBER_BYTES:
            raise WorkbookError(msg.XLSX_TOO_BIG.format(name=path.name, member=info.filename,
                                                        size=size // 2**20, limit=MAX_MEMBER_BYTES // 2**20))
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


class RowStream:
    """The rows of one sheet as ``(row_number, values)``, blank rows included until a long blank run ends the sheet.

    ``stopped_after`` is the last row read when reading stopped at a blank run (None when the sheet ended).
    """

    def __init__(self, path: Path, sheet, *, max_rows: int = MAX_ROWS, blank_run: int = BLANK_RUN,
                 max_columns: int = MAX_COLUMNS):
        self.path = Path(path)
        self.sheet = sheet
        self.max_rows = max_rows
        self.blank_run = blank_run
        self.max_columns = max_columns
        self.stopped_after: int | None = None

    def __iter__(self) -> Iterator[tuple[int, tuple]]:
        sheet = self.sheet
        if hasattr(sheet, "reset_dimensions"):
            sheet.reset_dimensions()  # a stale <dimension ref="A1:A1"/> would hide every other row
        blanks, last_filled = 0, 0
        try:
            rows = sheet.iter_rows(values_only=True)
            for number, values in enumerate(rows, start=1):
                if number > self.max_rows:
                    raise WorkbookError(msg.XLSX_TOO_MANY_ROWS.format(name=self.path.name, sheet=sheet.title,
                                                                      limit=self.max_rows))
                values = tuple(values[: self.max_columns])
                if any(v is not None and (not isinstance(v, str) or v.strip()) for v in values):
                    blanks, last_filled = 0, number
                    yield number, values
                else:
                    blanks += 1
                    if blanks >= self.blank_run:
                        self.stopped_after = last_filled
                        return
                    yield number, values
        except _READ_ERRORS as exc:
            raise translate_error(self.path, exc) from exc


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
