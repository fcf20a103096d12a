"""The bundled font, and 仿宋/宋体 found on the system only when reportlab can embed them."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.font_files import OTHER_FONT_NAME, place
from tests.io.pdf import pdf_inspect
from vocweek_desktop import paths
from vocweek_desktop.domain.errors import ValidationError
from vocweek_desktop.io.pdf import fonts
from vocweek_desktop.io.pdf.geometry import Box, paper
from vocweek_desktop.io.pdf.sheet import open_sheet

NOTO_CFF = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")  # CJK, but CFF outlines
DROID = Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")  # CJK TrueType without Latin digits
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")  # TrueType without Chinese


def test_the_bundled_font_is_always_offered_last_and_embeds(tmp_path):
    assert fonts.bundled_font() == fonts.FONT_NAME == fonts.bundled_font()
    offered = fonts.available_body_fonts([tmp_path])
    assert [(font.key, font.label) for font in offered] == [("bundled", "霞鹜文楷（内置）")]
    assert offered[0].path == paths.font_path() and offered[0].is_bundled
    assert fonts.body_font(None, [tmp_path]) == fonts.FONT_NAME


def test_official_fonts_are_found_by_file_name_best_first(tmp_path):
    place(paths.font_path(), tmp_path / "Windows" / "Fonts" / "SIMFANG.TTF")
    place(paths.font_path(), tmp_path / "share" / "simsun.ttc")  # a plain TrueType file is face 0 of itself
    offered = fonts.available_body_fonts([tmp_path / "Windows", tmp_path / "share"])
    assert [(font.key, font.label) for font in offered] == [("fangsong", "仿宋"), ("simsun", "宋体"),
                                                              ("bundled", "霞鹜文楷（内置）")]
    assert offered[0].path.name == "SIMFANG.TTF"
    name = fonts.body_font(None, [tmp_path])
    assert name.startswith("VocWeek-fangsong-") and fonts.body_font("fangsong", [tmp_path]) == name
    assert fonts.body_font("simsun", [tmp_path]).startswith("VocWeek-simsun-")
    assert fonts.body_font("bundled", [tmp_path]) == fonts.FONT_NAME


def test_fonts_reportlab_cannot_embed_are_not_offered(tmp_path):
    (tmp_path / "simfang.ttf").write_bytes(b"not a font at all" * 100)
    (tmp_path / "simsun.ttc").write_bytes(b"")
    if NOTO_CFF.is_file():
        place(NOTO_CFF, tmp_path / "more" / "simsun.ttf")  # Chinese, but PostScript outlines
    if DEJAVU.is_file():
        place(DEJAVU, tmp_path / "more" / "fangsong.ttf")  # TrueType, but no Chinese characters
    if DROID.is_file():
        place(DROID, tmp_path / "more" / "simfang.ttf")  # Chinese TrueType, but 2024 would print as blanks
    assert [font.key for font in fonts.available_body_fonts([tmp_path])] == ["bundled"]


def test_a_font_that_is_not_here_or_not_known_is_refused(tmp_path):
    with pytest.raises(ValidationError, match="本机没有找到可嵌入 PDF 的“宋体”字体，可选：bundled（霞鹜文楷（内置））"):
        fonts.body_font("simsun", [tmp_path])
    with pytest.raises(ValidationError, match="字体“黑体”无效"):
        fonts.body_font("黑体", [tmp_path])


def test_font_folders_come_from_the_environment_when_set(tmp_path, monkeypatch):
    monkeypatch.setenv(fonts.FONT_DIRS_ENV, os.pathsep.join([str(tmp_path / "a"), str(tmp_path / "b")]))
    assert fonts.system_font_dirs() == [tmp_path / "a", tmp_path / "b"]
    place(paths.font_path(), tmp_path / "b" / "simfang.ttf")
    assert [font.key for font in fonts.available_body_fonts()] == ["fangsong", "bundled"]
    monkeypatch.delenv(fonts.FONT_DIRS_ENV)
    assert fonts.system_font_dirs()  # the system's folders: which exist depends on the machine


def test_a_system_font_is_the_one_embedded(tmp_path, other_font):
    place(other_font, tmp_path / "simfang.ttf")
    font = fonts.body_font("fangsong", [tmp_path])
    with open_sheet(tmp_path / "out.pdf", paper("A4"), font=font) as sheet:
        sheet.text_box("仿宋正文〔2024〕", Box(20, 20, 100, 20), size=14)
    names = {info.name for info in pdf_inspect.assert_fonts_embedded(tmp_path / "out.pdf")}
    assert names == {OTHER_FONT_NAME}  # the canvas's initial font is the chosen one too
    assert pdf_inspect.find_run(pdf_inspect.text_runs(tmp_path / "out.pdf"), "仿宋正文").font == OTHER_FONT_NAME
