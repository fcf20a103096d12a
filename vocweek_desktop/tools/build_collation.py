"""Write resources/collation/zh_pinyin_order.txt: the characters a Chinese user types, in the order ICU's Chinese
collation sorts them (Han characters by pinyin, as WPS and Excel sort Chinese text), or check that it is current.

    python -m vocweek_desktop.tools.build_collation          # regenerate the table
    python -m vocweek_desktop.tools.build_collation check    # exit 1 when the committed table differs

Run once at build time: PySide6 ships ICU (QCollator), but only the GUI may import Qt, so the services sort with
this table instead (``vocweek_desktop.io.collation``). Each line of the table holds the characters of one rank
(characters ICU sorts as equal share a line); lines starting with "#" are comments.
"""

from __future__ import annotations

import sys
from pathlib import Path

from vocweek_desktop import paths

#: What is ranked: printable ASCII and Latin-1, general punctuation, CJK symbols and punctuation, and the CJK Unified
#: Ideographs with Extension A. Text is NFKC-normalised and case-folded before it is looked up, so full-width forms
#: and compatibility ideographs need no entries; anything else sorts after every ranked character.
RANGES: tuple[tuple[int, int], ...] = (
    (0x0020, 0x007E), (0x00A1, 0x00FF), (0x2010, 0x2027), (0x2030, 0x205E), (0x3000, 0x303F),
    (0x3400, 0x4DBF), (0x4E00, 0x9FFF),
)
HEADER = """\
# The order of characters under ICU's Chinese (zh_CN) collation: Han characters by pinyin, as WPS and Excel sort
# Chinese text, after digits and Latin letters (as Excel puts them; ICU would put Han first). One rank per line
# (characters ICU sorts as equal share a line). Generated from the Unicode CLDR collation data through ICU by
# vocweek_desktop.tools.build_collation; Unicode License v3 (unicode.org/license.txt).
# ICU {icu}
"""


def table_path() -> Path:
    """Where the table is committed."""
    return paths.resources_dir() / "collation" / "zh_pinyin_order.txt"


def _is_han(char: str) -> bool:
    return 0x3400 <= ord(char) <= 0x4DBF or 0x4E00 <= ord(char) <= 0x9FFF


def ranked_lines() -> list[str]:
    """The characters of RANGES in ICU's zh_CN order, one rank per line, Han characters moved after the letters.

    ICU's Chinese tailoring puts Han characters before Latin letters (AI展 after 云上展); WPS and Excel put Latin
    letters first, as the office's own lists are sorted, so the Han ranks follow every other rank here.
    """
    from PySide6.QtCore import QCollator, QCoreApplication, QLocale

    QCoreApplication.instance() or QCoreApplication([])
    collator = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    characters = [chr(code) for first, last in RANGES for code in range(first, last + 1)
                  if chr(code).isprintable() and not chr(code).isspace() or code == 0x20]
    keyed = sorted(((collator.sortKey(char), char) for char in characters), key=lambda pair: pair[0])
    lines: list[list[str]] = []
    previous = None
    for key, char in keyed:
        if previous is not None and key.compare(previous) == 0:
            lines[-1].append(char)
        else:
            lines.append([char])
        previous = key
    others = ["".join(line) for line in lines if not _is_han(line[0])]
    return others + ["".join(line) for line in lines if _is_han(line[0])]


def render() -> str:
    """The table's text."""
    from PySide6.QtCore import qVersion

    return HEADER.format(icu=f"(through Qt {qVersion()})") + "\n".join(ranked_lines()) + "\n"


def _body(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.startswith("#"))


def main(argv: list[str] | None = None) -> int:
    """Write the table, or with ``check`` compare it with a fresh generation (comments ignored)."""
    argv = sys.argv[1:] if argv is None else argv
    fresh = render()
    target = table_path()
    if argv[:1] == ["check"]:
        current = target.read_text(encoding="utf-8") if target.is_file() else ""
        if _body(current) != _body(fresh):
            print(f"{target} differs from ICU's order; run python -m vocweek_desktop.tools.build_collation")
            return 1
        return 0
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(fresh, encoding="utf-8", newline="\n")
    print(f"wrote {target} ({len(_body(fresh).splitlines())} ranks)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
