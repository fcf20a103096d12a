"""Opening workbooks someone sent: every kind of bad file is refused with a message naming it."""

from __future__ import annotations

import os
import zipfile

import pytest

from tests.xlsx_helpers import ENTITY_BOMB, make_cfb, rewrite_members, simple_workbook, with_empty_rows
from vocweek_desktop.io import excel_safety
from vocweek_desktop.io.excel_safety import WorkbookError, check_workbook_file, open_workbook, stream_rows


@pytest.fixture
def good(tmp_path):
    return simple_workbook(tmp_path / "good.xlsx", [["活动名称", "活动日期"], ["技能展示", "5月13日"]])


def refusal(path) -> str:
    with pytest.raises(WorkbookError) as caught:
        with open_workbook(path) as workbook:
            for sheet in workbook.worksheets:
                list(stream_rows(path, sheet))
    return str(caught.value)


def test_good_workbook_streams_its_rows(good):
    with open_workbook(good) as workbook:
        rows = list(stream_rows(good, workbook.active))
    assert rows == [(1, ("活动名称", "活动日期")), (2, ("技能展示", "5月13日"))]


def test_missing_file(tmp_path):
    assert refusal(tmp_path / "nowhere.xlsx") == "找不到文件“nowhere.xlsx”。"


def test_empty_file(tmp_path):
    path = tmp_path / "empty.xlsx"
    path.write_bytes(b"")
    assert "“empty.xlsx”是空文件" in refusal(path)


def test_plain_bytes_are_not_a_workbook(tmp_path):
    path = tmp_path / "notes.xlsx"
    path.write_bytes(os.urandom(64))
    text = refusal(path)
    assert text.startswith("“notes.xlsx”不是 Excel 工作簿（.xlsx）")
    assert "另存为 .xlsx" in text


@pytest.mark.parametrize("content", [b"<html><table><tr><td>1</td></tr></table></html>", b"\xef\xbb\xbf<?xml ?>"])
def test_web_page_saved_as_xls_is_named_as_such(tmp_path, content):
    path = tmp_path / "导出.xls"
    path.write_bytes(content)
    assert refusal(path).startswith("“导出.xls”是网页或文本文件")


def test_csv_is_a_text_file(tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("活动名称,活动日期\n技能展示,5月13日\n", encoding="utf-8")
    assert refusal(path).startswith("“list.csv”是网页或文本文件")


def test_old_xls_says_how_to_convert(tmp_path):
    path = make_cfb(tmp_path / "活动信息表.xls", ["Workbook", "\x05SummaryInformation"])
    text = refusal(path)
    assert text == ("“活动信息表.xls”是旧版 Excel 格式（.xls），无法直接导入。"
                    "请用 Excel 或 WPS 打开后“另存为 .xlsx”，再导入新文件。")


def test_old_xls_renamed_xlsx_is_still_recognised(tmp_path):
    path = make_cfb(tmp_path / "renamed.xlsx", ["Book"])
    assert "旧版 Excel 格式（.xls）" in refusal(path)


def test_password_protected_workbook(tmp_path):
    path = make_cfb(tmp_path / "加密.xlsx", ["EncryptionInfo", "EncryptedPackage", "\x06DataSpaces"])
    text = refusal(path)
    assert text.startswith("“加密.xlsx”设置了打开密码（文件已加密），无法读取。")


def test_encrypted_with_a_damaged_directory_found_by_stream_name(tmp_path):
    path = tmp_path / "odd.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600 + "EncryptedPackage".encode("utf-16-le"))
    assert "设置了打开密码" in refusal(path)


def test_word_document_is_named(tmp_path):
    path = make_cfb(tmp_path / "通知.doc", ["WordDocument"])
    assert "旧版 Word 文档" in refusal(path)


def test_truncated_workbook_is_corrupt(good, tmp_path):
    path = tmp_path / "cut.xlsx"
    path.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    text = refusal(path)
    assert text.startswith("“cut.xlsx”已损坏或不完整，无法读取")


def test_invalid_sheet_xml_is_corrupt(good, tmp_path):
    path = rewrite_members(good, tmp_path / "broken.xlsx", {"xl/worksheets/sheet1.xml": b"<worksheet><sheetData><row"})
    assert refusal(path).startswith("“broken.xlsx”已损坏或不完整")


def test_zip_without_workbook_part(tmp_path):
    path = tmp_path / "report.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
        archive.writestr("[Content_Types].xml", "<Types/>")
    assert "Word 文档（.docx）" in refusal(path)


def test_zip_bomb_member_refused_before_parsing(good, tmp_path):
    bomb = rewrite_members(good, tmp_path / "bomb.xlsx", {}, add={"xl/media/image1.png": b"\0" * (20 * 2**20)})
    info = zipfile.ZipFile(bomb).getinfo("xl/media/image1.png")
    assert info.file_size / info.compress_size > 500  # the test file really is a bomb
    text = refusal(bomb)
    assert text.startswith("“bomb.xlsx”中的“xl/media/image1.png”压缩比异常")
    assert "疑似压缩炸弹" in text


def test_oversized_member_refused(good, tmp_path, monkeypatch):
    monkeypatch.setattr(excel_safety, "MAX_MEMBER_BYTES", 2**20)
    big = rewrite_members(good, tmp_path / "big.xlsx", {}, add={"xl/media/photo.jpg": os.urandom(2 * 2**20)},
                          compression=zipfile.ZIP_STORED)
    assert "“big.xlsx”中的“xl/media/photo.jpg”解压后约 2 MB，超过上限 1 MB" in refusal(big)


def test_oversized_total_refused(good, tmp_path, monkeypatch):
    monkeypatch.setattr(excel_safety, "MAX_TOTAL_BYTES", 2**20)
    parts = {f"xl/media/p{i}.jpg": os.urandom(400_000) for i in range(4)}
    big = rewrite_members(good, tmp_path / "many.xlsx", {}, add=parts, compression=zipfile.ZIP_STORED)
    assert "“many.xlsx”解压后共约 1 MB，超过上限 1 MB" in refusal(big)


@pytest.mark.parametrize("member", ["xl/worksheets/sheet1.xml", "xl/workbook.xml"])
def test_xml_entity_bomb_refused(good, tmp_path, member):
    bomb = rewrite_members(good, tmp_path / "lol.xlsx", {member: ENTITY_BOMB.encode()})
    assert refusal(bomb) == "“lol.xlsx”含有不安全的 XML 内容（实体扩展或外部实体，疑似 XML 炸弹），已拒绝读取。"


def test_xml_bomb_in_styles(good, tmp_path):
    bomb_styles = ENTITY_BOMB.replace("<worksheet", "<styleSheet").replace("</worksheet>", "</styleSheet>")
    bomb = rewrite_members(good, tmp_path / "styles.xlsx", {"xl/styles.xml": bomb_styles.encode()})
    assert "疑似 XML 炸弹" in refusal(bomb)


def test_stale_dimension_does_not_hide_rows(tmp_path):
    source = simple_workbook(tmp_path / "dim.xlsx", [[f"第{i}行", i] for i in range(1, 11)])
    xml = zipfile.ZipFile(source).read("xl/worksheets/sheet1.xml").decode()
    assert 'ref="A1:B10"' in xml
    stale = rewrite_members(source, tmp_path / "stale.xlsx",
                            {"xl/worksheets/sheet1.xml": xml.replace('ref="A1:B10"', 'ref="A1:A1"').encode()})
    import openpyxl

    trusting = openpyxl.load_workbook(stale, read_only=True)
    assert len(list(trusting.active.iter_rows(values_only=True))) == 1  # the trap: a stale dimension hides rows
    trusting.close()
    with open_workbook(stale) as workbook:
        rows = list(stream_rows(stale, workbook.active))
    assert [number for number, _ in rows] == list(range(1, 11))
    assert rows[-1] == (10, ("第10行", 10))


def test_million_formatted_empty_rows_stop_after_a_blank_run(tmp_path):
    source = simple_workbook(tmp_path / "src.xlsx", [["活动名称"], ["技能展示"], ["校园开放"]])
    tail = '<row r="1000005"><c r="A1000005" t="inlineStr"><is><t>很远的内容</t></is></c></row>'
    path = with_empty_rows(source, tmp_path / "million.xlsx", 1_000_000, after=3, tail=tail)
    with open_workbook(path) as workbook:
        stream = stream_rows(path, workbook.active)
        rows = [(number, values) for number, values in stream if any(values)]
    assert rows == [(1, ("活动名称",)), (2, ("技能展示",)), (3, ("校园开放",))]
    assert stream.stopped_after == 3


def test_hard_row_cap(tmp_path, monkeypatch):
    monkeypatch.setattr(excel_safety, "MAX_ROWS", 50)
    path = simple_workbook(tmp_path / "long.xlsx", [[f"活动{i}"] for i in range(60)], title="活动信息表")
    with open_workbook(path) as workbook, pytest.raises(WorkbookError) as caught:
        list(stream_rows(path, workbook.active, max_rows=excel_safety.MAX_ROWS))
    assert str(caught.value) == "“long.xlsx”的工作表“活动信息表”超过 50 行，超出导入上限，请拆分成几个文件后再导入。"


def test_wide_rows_are_cut(tmp_path):
    path = simple_workbook(tmp_path / "wide.xlsx", [list(range(300))])
    with open_workbook(path) as workbook:
        (number, values), = list(stream_rows(path, workbook.active))
    assert len(values) == excel_safety.MAX_COLUMNS


def test_check_is_cheap_and_accepts_a_real_workbook(good):
    check_workbook_file(good)  # no exception
    check_workbook_file(str(good))
