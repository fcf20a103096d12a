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


TEMPLATE_HEADER = ["序号", "活动名称", "活动类别", "主题日", "活动日期", "结束日期", "开始时间", "结束时间", "活动地点",
                   "校内/校外", "线上/线下", "面向对象", "预计参与教师数", "预计参与学生数", "预计参与公众数", "合作企业",
                   "负责人", "联系电话", "用电需求", "信息设备需求", "安保需求", "宣传拍摄需求", "活动简介"]


def college_workbook(path: Path, rows: Sequence[Sequence[object]], *, header: Sequence[object] = TEMPLATE_HEADER,
                     header_row: int = 5, above: Sequence[Sequence[object]] | None = None,
                     merges: Sequence[str] = (), sheet: str = "活动信息表",
                     extra_sheets: dict[str, Sequence[Sequence[object]]] | None = None) -> Path:
    """A workbook as a college sends it back: rows ``above`` the header (title, 学院：…), the header on
    ``header_row``, then ``rows``; ``merges`` are ranges merged afterwards (e.g. the title across columns)."""
    workbook = Workbook()
    ws = workbook.active
    ws.title = sheet
    if above is None:
        above = [["附件1"], ["2024年职业教育活动周活动信息表"], ["学院：智能制造学院"]]
    for number, values in enumerate(above, start=1):
        for column, value in enumerate(values, start=1):
            if value is not None:
                ws.cell(row=number, column=column, value=value)
    for column, value in enumerate(header, start=1):
        if value is not None:
            ws.cell(row=header_row, column=column, value=value)
    for number, values in enumerate(rows, start=header_row + 1):
        for column, value in enumerate(values, start=1):
            if value is not None:
                ws.cell(row=number, column=column, value=value)
    for cells in merges:
        ws.merge_cells(cells)
    for title, sheet_rows in (extra_sheets or {}).items():
        other = workbook.create_sheet(title)
        for values in sheet_rows:
            other.append(list(values))
    workbook.save(path)
    return path


def template_row(**values: object) -> list[object]:
    """A row in the template's column order from field-like keyword names (title=…, first_date=…)."""
    keys = ["seq", "title", "category", "theme_day", "first_date", "last_date", "start_time", "end_time", "venue",
            "off_campus", "form", "audience", "expected_teachers", "expected_students", "expected_public",
            "enterprises", "person_in_charge", "phone", "need_power", "need_it", "need_security", "need_media",
            "description"]
    unknown = set(values) - set(keys)
    assert not unknown, unknown
    return [values.get(key) for key in keys]
