"""Tab-separated text from the clipboard."""

from __future__ import annotations

from vocweek_desktop.io.tsv import parse_tsv


def test_quoted_cells_keep_tabs_and_line_breaks_and_blank_lines_go():
    text = '活动名称\t活动地点\r\n甲\t"A\t座"\r\n\r\n\t\r\n乙\t"两\r\n行"\r\n'
    assert parse_tsv(text) == [["活动名称", "活动地点"], ["甲", "A\t座"], ["乙", "两\n行"]]
    assert parse_tsv("") == []


def test_a_block_of_cells_keeps_its_blank_lines_when_asked():
    text = "活动地点\r\n实训楼\r\n\r\n图书馆\r\n"  # the middle cell is empty: its line must not vanish
    assert parse_tsv(text, keep_blank=True) == [["活动地点"], ["实训楼"], [], ["图书馆"]]


def test_bidirectional_controls_are_removed_from_pasted_cells():
    text = "\u202e活动名称\u202c\t活动地点\n\u2066技能展示\u2069\t东区\u202a科技广场\u202c\n"
    assert parse_tsv(text) == [["活动名称", "活动地点"], ["技能展示", "东区科技广场"]]
    assert parse_tsv("\u202a\u202b\t\u2067\n") == []  # nothing but controls: a blank line
