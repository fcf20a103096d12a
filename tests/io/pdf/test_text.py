"""Chinese line breaking and shrink-to-fit, measured in points (no PDF needed)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import NOTICE_PATH
from vocweek_desktop.io.pdf.fonts import bundled_font
from vocweek_desktop.io.pdf.text import CANNOT_END, CANNOT_START, fit_text, text_width, wrap_lines

FONT = bundled_font()


def notice_paragraphs() -> list[str]:
    return [line.strip() for line in NOTICE_PATH.read_text(encoding="utf-8").splitlines() if len(line.strip()) > 30]


@pytest.mark.parametrize("size", [10.5, 12, 16])
def test_the_notice_wraps_by_the_rules_at_every_width(size):
    paragraphs = notice_paragraphs()
    assert len(paragraphs) > 20
    checked = 0
    # From eight characters a line: narrower, "〔2024〕" (which no rule lets break) can be wider than the line.
    for width in range(int(size * 8), int(size * 40), 7):
        for paragraph in paragraphs:
            lines = wrap_lines(paragraph, FONT, size, width)
            assert re.sub(r"\s", "", "".join(lines)) == re.sub(r"\s", "", paragraph)
            for index, line in enumerate(lines):
                assert text_width(line, FONT, size) <= width + 1e-6, (width, line)
                if index:
                    assert line[0] not in CANNOT_START, (width, lines[index - 1], line)
                if index < len(lines) - 1:
                    assert line[-1] not in CANNOT_END, (width, line, lines[index + 1])
                checked += 1
    assert checked > 5000


def test_a_closing_mark_takes_the_character_before_it_along():
    # Ten characters fit; the eleventh is "，" which may not start a line, so "报，" moves down together.
    text = "一二三四五六七八九报，后续撰写"
    width = text_width("一二三四五六七八九报", FONT, 10)
    assert wrap_lines(text, FONT, 10, width) == ["一二三四五六七八九", "报，后续撰写"]
    assert wrap_lines("一二三四五六七八九（报）", FONT, 10, width) == ["一二三四五六七八九", "（报）"]


def test_numbers_and_words_stay_whole_and_spaces_are_dropped_at_breaks():
    text = "电话 028-37330105转8012 e-mail jwc@example.edu.cn"
    lines = wrap_lines(text, FONT, 10, text_width("028-37330105转8012", FONT, 10))
    assert len(lines) > 2
    assert any("028-37330105" in line for line in lines) and "jwc@example.edu.cn" in lines
    # Wider than a whole line: cut by characters rather than drawn past the edge.
    width = text_width("0123", FONT, 10)
    assert wrap_lines("0123456789", FONT, 10, width) == ["0123", "4567", "89"]
    assert wrap_lines("第一段\n\n第三段", FONT, 10, 200) == ["第一段", "", "第三段"]


def test_a_mark_after_a_space_stays_with_the_word_before_it():
    assert wrap_lines("abc ，def", FONT, 10, text_width("abc ，", FONT, 10)) == ["abc ，", "def"]
    # Too narrow for "abc ，" whole: cut, but the mark takes the letter before it, and no line starts with a space.
    assert wrap_lines("abc ，def", FONT, 10, text_width("abc", FONT, 10)) == ["ab", "c，", "def"]
    assert wrap_lines("中文 ，再说", FONT, 10, text_width("中文", FONT, 10)) == ["中", "文，", "再说"]


def test_the_first_line_indent_takes_room():
    width = text_width("一二三四五六", FONT, 10)
    assert wrap_lines("一二三四五六七八", FONT, 10, width, indent=20) == ["一二三四", "五六七八"]


@settings(deadline=None, max_examples=150)
@given(text=st.text(alphabet="组织领导职责分工活动周ABCxyz0123 ，。、；：！？）」（「《》-…", max_size=80),
       chars=st.integers(min_value=2, max_value=30))
def test_wrapping_never_loses_text_or_overflows(text, chars):
    width = chars * 10.0
    lines = wrap_lines(text, FONT, 10, width)
    assert re.sub(r"\s", "", "".join(lines)) == re.sub(r"\s", "", text)
    assert all(text_width(line, FONT, 10) <= width + 1e-6 for line in lines)


def test_a_text_that_fits_keeps_its_size():
    fit = fit_text("智能制造学院", FONT, 200, 40, size=22, min_size=12)
    assert (fit.size, fit.lines, fit.fits) == (22, ("智能制造学院",), True)
    assert fit.height == pytest.approx(22)  # LXGW WenKai's glyphs stand within one em


def test_a_long_name_shrinks_to_the_largest_size_that_fits():
    name = "四川科技职业学院现代服务与数字商务学院"
    fit = fit_text(name, FONT, 200, 30, size=22, min_size=10, wrap=False)
    assert fit.fits and 10 <= fit.size < 22 and fit.lines == (name,)
    assert fit.widths[0] <= 200 and text_width(name, FONT, fit.size + 0.25) > 200  # the largest quarter point
    wrapped = fit_text(name, FONT, 200, 60, size=22, min_size=10)
    assert wrapped.fits and len(wrapped.lines) == 2 and wrapped.size > fit.size and wrapped.height <= 60


def test_below_the_minimum_it_is_flagged_and_cut_to_the_box():
    fit = fit_text("很长的名称" * 30, FONT, 100, 25, size=20, min_size=10)
    assert not fit.fits and fit.size == 10
    assert fit.height <= 25 and len(fit.lines) == 2  # the lines that fit; the rest is reported as not fitting
    single = fit_text("很长的名称" * 30, FONT, 100, 25, size=20, min_size=10, wrap=False)
    assert not single.fits and single.size == 10 and len(single.lines) == 1  # cut at the box edge when drawn
