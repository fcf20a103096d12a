"""The committed pinyin table is what ICU (through the locked PySide6) gives today."""

from __future__ import annotations

from vocweek_desktop.tools import build_collation


def test_the_committed_table_is_current(capsys):
    assert build_collation.main(["check"]) == 0, capsys.readouterr().out


def test_the_table_ranks_han_characters_by_pinyin():
    lines = [line for line in build_collation.table_path().read_text(encoding="utf-8").splitlines()
             if not line.startswith("#")]
    rank = {char: number for number, line in enumerate(lines) for char in line}
    assert rank["阿"] < rank["保"] < rank["东"] < rank["学"] < rank["智"]
    assert len(rank) > 27_000
