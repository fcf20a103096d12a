"""ICU's Chinese (zh_CN) order of characters, read through Qt's QCollator: the data tools/build_collation.py writes
into resources/collation/ for the services, which may not import Qt (``vocweek_desktop.io.collation`` reads it)."""

from __future__ import annotations

from PySide6.QtCore import QCollator, QCoreApplication, QLocale, qVersion

#: What is ranked: printable ASCII and Latin-1, general punctuation, CJK symbols and punctuation, and the CJK Unified
#: Ideographs with Extension A. Text is NFKC-normalised and case-folded before it is looked up, so full-width forms
#: and compatibility ideographs need no entries; anything else sorts after every ranked character.
RANGES: tuple[tuple[int, int], ...] = (
    (0x0020, 0x007E), (0x00A1, 0x00FF), (0x2010, 0x2027), (0x2030, 0x205E), (0x3000, 0x303F),
    (0x3400, 0x4DBF), (0x4E00, 0x9FFF),
)


def _is_han(char: str) -> bool:
    return 0x3400 <= ord(char) <= 0x4DBF or 0x4E00 <= ord(char) <= 0x9FFF


def ranked_lines() -> list[str]:
    """The characters of RANGES in ICU's zh_CN order, one rank per line, Han characters moved after the letters.

    ICU's Chinese tailoring puts Han characters before Latin letters (AI展 after 云上展); WPS and Excel put Latin
    letters first, as the office's own lists are sorted, so the Han ranks follow every other rank here.
    """
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


def icu_source() -> str:
    """Where the order came from, for the table's header: the Qt (and so the ICU) the collator ran on."""
    return f"(through Qt {qVersion()})"
