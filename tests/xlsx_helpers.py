"""Workbooks built in tests: 附件1-like sheets laid out as colleges really send them, and hostile files."""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook

ENDOFCHAIN, FREESECT, FATSECT = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD


def make_cfb(path: Path, streams: Sequence[str]) -> Path:
    """A minimal OLE compound file (CFB v3) whose directory holds ``streams`` (names only, empty streams).

    Enough to look like an .xls (a "Workbook" stream) or an encrypted OOXML file ("EncryptionInfo" and
    "EncryptedPackage") to a reader that walks the directory.
    """
    header = bytearray(512)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 24, 0x003E, 0x0003, 0xFFFE, 9, 6)
    struct.pack_into("<I", header, 44, 1)  # one FAT sector
    struct.pack_into("<I", header, 48, 1)  # directory starts at sector 1
    struct.pack_into("<I", header, 56, 4096)
    struct.pack_into("<IIII", header, 60, ENDOFCHAIN, 0, ENDOFCHAIN, 0)
    difat = [0] + [FREESECT] * 108
    struct.pack_into("<109I", header, 76, *difat)
    fat = [FATSECT, ENDOFCHAIN] + [FREESECT] * 126
    fat_sector = struct.pack("<128I", *fat)

    def entry(name: str, kind: int, child: int = FREESECT, right: int = FREESECT) -> bytes:
        raw = bytearray(128)
        encoded = name.encode("utf-16-le")
        raw[0:len(encoded)] = encoded
        struct.pack_into("<HBB", raw, 64, len(encoded) + 2, kind, 1)
        struct.pack_into("<III", raw, 68, FREESECT, right, child)
        struct.pack_into("<IQ", raw, 116, ENDOFCHAIN, 0)
        return bytes(raw)

    entries = [entry("Root Entry", 5, child=1 if streams else FREESECT)]
    for index, name in enumerate(streams, start=1):
        entries.append(entry(name, 2, right=index + 1 if index < len(streams) else FREESECT))
    while len(entries) % 4:
        entries.append(bytes(128))
    directory = b"".join(entries)[:512]
    path.write_bytes(bytes(header) + fat_sector + directory.ljust(512, b"\0"))
    return path


def rewrite_members(source: Path, target: Path, replace: dict[str, bytes], add: dict[str, bytes] | None = None,
                    compression: int = zipfile.ZIP_DEFLATED) -> Path:
    """Copy a zip, replacing some members' content and adding others."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", compression) as out:
        for info in src.infolist():
            data = replace.get(info.filename, src.read(info.filename))
            out.writestr(info.filename, data, compress_type=compression)
        for name, data in (add or {}).items():
            out.writestr(name, data, compress_type=compression)
    return target


def simple_workbook(path: Path, rows: Sequence[Sequence[object]], *, title: str = "Sheet1") -> Path:
    """A one-sheet workbook with ``rows`` from A1."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)
    return path


def sheet_xml(path: Path) -> str:
    """The XML of the first worksheet of a workbook."""
    with zipfile.ZipFile(path) as archive:
        return archive.read("xl/worksheets/sheet1.xml").decode("utf-8")


ENTITY_BOMB = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">]>'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>'
)


def with_empty_rows(source: Path, target: Path, count: int, *, after: int, tail: str = "") -> Path:
    """Copy a workbook adding ``count`` empty but formatted rows after row ``after`` (and ``tail`` XML after them).

    The <dimension> is left as it was (stale), as spreadsheet programs that format whole columns leave it.
    """
    xml = sheet_xml(source)
    rows = "".join(f'<row r="{n}" spans="1:20" s="1" customFormat="1" ht="14.25" customHeight="1"/>'
                   for n in range(after + 1, after + count + 1))
    xml = xml.replace("</sheetData>", rows + tail + "</sheetData>")
    return rewrite_members(source, target, {"xl/worksheets/sheet1.xml": xml.encode("utf-8")})
