"""Opening workbooks someone sent: every kind of bad file is refused with a message naming it."""

from __future__ import annotations

import os
import zipfile

import pytest

from tests.xlsx_helpers import ENTITY_BOMB, make_cfb, rewrite_members, sheet_xml, simple_workbook, with_empty_rows
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
    # Fixed bytes, not random ones: one run in 256 began with "<" and was rightly taken for a web page.
    path.write_bytes(bytes(range(7, 71)))
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


def test_million_formatted_empty_rows_are_read_to_their_end_cheaply(tmp_path):
    source = simple_workbook(tmp_path / "src.xlsx", [["活动名称"], ["技能展示"], ["校园开放"]])
    path = with_empty_rows(source, tmp_path / "million.xlsx", 1_000_000, after=3)
    with open_workbook(path) as workbook:
        stream = stream_rows(path, workbook.active)
        rows = [(number, values) for number, values in stream if any(values)]
    assert rows == [(1, ("活动名称",)), (2, ("技能展示",)), (3, ("校园开放",))]
    assert stream.stopped_after == 3  # the blank run ended the reading, and nothing came after it


@pytest.mark.parametrize("tail", [
    '<row r="1000005"><c r="A1000005" t="inlineStr"><is><t>很远的内容</t></is></c></row>',
    '<row r="1000005" spans="1:3"><c r="C1000005"><v>42</v></c></row>',
    '<row r="1000005"><c r="B1000005" t="s"><v>1</v></c></row>',  # a shared string: 技能展示
    '<x:row r="1000005"><x:c r="A1000005" t="inlineStr"><x:is><x:r><x:t xml:space="preserve">远</x:t></x:r></x:is>'
    '</x:c></x:row>',
], ids=["inline string", "number", "shared string", "prefixed rich text"])
def test_a_row_after_a_long_blank_run_stops_the_import_naming_the_rows(tmp_path, tail):
    source = simple_workbook(tmp_path / "src.xlsx", [["活动名称"], ["技能展示"], ["校园开放"]])
    path = with_empty_rows(source, tmp_path / "far.xlsx", 100_000, after=3, tail=tail)  # rows to 100,003, then a gap
    text = refusal(path)
    assert text.startswith("“far.xlsx”的工作表“Sheet1”第 3 行之后连续 1000001 行为空")
    assert "第 1000005 行还有内容" in text and f"读取停在第 {3 + excel_safety.BLANK_RUN} 行" in text
    assert "未导入" in text


@pytest.mark.parametrize("tail", [
    '<row r="1000005"><c r="A1000005" s="3"/><c r="B1000005" t="inlineStr"><is><t>  </t></is></c></row>',
    '<row r="1000005"><c r="A1000005" t="str"><f>""</f><v></v></c></row>',
    f'<row r="1000005"><c r="{"G" * 2}1000005"><v>1</v></c></row>',  # beyond the columns read (MAX_COLUMNS)
], ids=["styled and blank", "formula giving nothing", "far right"])
def test_blank_cells_after_a_long_blank_run_are_not_content(tmp_path, tail, monkeypatch):
    monkeypatch.setattr(excel_safety, "MAX_COLUMNS", 100)
    source = simple_workbook(tmp_path / "src.xlsx", [["活动名称"], ["技能展示"]])
    path = with_empty_rows(source, tmp_path / "tail.xlsx", 2_000, after=2, tail=tail)
    with open_workbook(path) as workbook:
        stream = stream_rows(path, workbook.active, max_columns=excel_safety.MAX_COLUMNS)
        assert [number for number, values in stream if any(values)] == [1, 2]


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


# --- big and sneaky workbooks (issue 7, item 17) -------------------------------------------------------------


def test_shared_strings_over_the_cap_are_refused_before_parsing(good, tmp_path):
    # A realistic 附件1 holds well under 1 MB of text; this one unpacks to 33 MB at an ordinary ratio.
    strings = b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' \
        + b"<si><t>\xe6\x8a\x80\xe8\x83\xbd\xe5\xb1\x95\xe7\xa4\xba</t></si>" * 1_300_000 + b"</sst>"
    assert len(strings) > excel_safety.MAX_SHARED_STRINGS_BYTES
    big = rewrite_members(good, tmp_path / "大表.xlsx", {}, add={"xl/sharedStrings.xml": strings},
                          compression=zipfile.ZIP_STORED)

    text = refusal(big)

    size = len(strings) // 2**20
    assert text.startswith(f"“大表.xlsx”中的文字（共享字符串）解压后约 {size} MB，超过上限 32 MB")


@pytest.mark.parametrize("cap", ["MAX_CELLS", "MAX_TEXT"])
def test_a_sheet_with_more_content_than_a_form_could_hold_is_refused_naming_the_row(tmp_path, monkeypatch, cap):
    # The caps are far above a real 附件1 (a 10,000-row one reads 230,000 cells); scaled down here to stay quick.
    monkeypatch.setattr(excel_safety, cap, 200)
    path = simple_workbook(tmp_path / "dense.xlsx", [[f"活动{i}", "东区科技广场", "5月13日"] for i in range(1, 101)],
                           title="活动信息表")
    text = refusal(path)
    assert text.startswith("“dense.xlsx”的工作表“活动信息表”读到第 ") and "超过导入上限" in text


def test_a_picture_bigger_than_any_form_needs_is_refused(good, tmp_path):
    photo = os.urandom(excel_safety.MAX_PART_BYTES + 2**20)
    big = rewrite_members(good, tmp_path / "照片.xlsx", {}, add={"xl/media/image1.jpeg": photo},
                          compression=zipfile.ZIP_STORED)
    assert refusal(big).startswith("“照片.xlsx”中的“xl/media/image1.jpeg”解压后约 33 MB，超过上限 32 MB")


def test_cell_text_is_cleaned_of_bidi_controls_and_xml_escapes(tmp_path):
    source = simple_workbook(tmp_path / "src.xlsx", [["活动名称", "活动地点"], ["placeholder", "x"]])
    xml = sheet_xml(source)
    cells = ('<row r="3"><c r="A3" t="inlineStr"><is><t>\u202e数控\u202c技能\u2066展示\u2069</t></is></c>'
             '<c r="B3" t="inlineStr"><is><t>东区_x000D_\n科技广场_x0007_</t></is></c>'
             '<c r="C3" t="inlineStr"><is><t>_x005F_x000D_ 原样</t></is></c>'
             '<c r="D3" t="inlineStr"><is><t>\u202a\u202b\u202d\u2067\u2068</t></is></c></row>')
    path = rewrite_members(source, tmp_path / "sneaky.xlsx",
                           {"xl/worksheets/sheet1.xml": xml.replace("</sheetData>", cells + "</sheetData>").encode()})
    with open_workbook(path) as workbook:
        rows = dict(stream_rows(path, workbook.active))
    assert rows[3] == ("数控技能展示", "东区\n科技广场", "_x000D_ 原样", "")
