"""The booth editor's edits that need no widget: the numbers given to new booths."""

from __future__ import annotations

from vocweek_desktop.gui.booth_editor.editing import next_numbers


def test_next_numbers_continue_after_the_highest():
    assert next_numbers({"A01", "A02", "A07", "B01"}, "A", 2) == ["A08", "A09"]
    assert next_numbers(set(), "", 1, 3) == ["001"]
