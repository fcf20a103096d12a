"""Chinese text as a sort key that SQLite (and Python) compare as plain strings: pinyin order, as WPS and Excel sort.

The activities table is sorted in SQL at 100,000 rows, so a collation called per comparison is out (TRAPS.md: a
Python sort key called per row is fine, a comparison function is not, and SQLite's own BINARY order puts 保卫处
after 智能制造 by code point). Instead every text column that is sorted gets a stored key column, filled on every
write: ``sort_key(text)`` maps each character to its rank in ICU's Chinese collation (the table
``resources/collation/zh_pinyin_order.txt``, generated once by ``tools/build_collation``), so that comparing keys
byte by byte is comparing the texts in pinyin order. Runs of digits compare as numbers (第2场 before 第10场), as the
small tables of the window do (QCollator's numeric mode); case is ignored.

Not ICU itself: it compares character by character, as Excel does. ICU's few phrase readings (重庆 read chóng) are
not applied; 重 sorts under zhòng, its reading on its own. Latin letters come before Chinese, as in Excel.

Keys are stored: a change of the table or of ``sort_key`` needs a migration that writes every key again (as
db/versions/0006_sort_keys.py first wrote them).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from vocweek_desktop import paths

#: How many characters of a text decide its place (a description is not compared to its end; ties go by id).
KEY_CHARS = 40
_BASE = 0x0800  # ranks become code points from here on: three bytes each in UTF-8, and in order
_UNKNOWN = 0x10000  # characters the table lacks sort after all of it, by code point
_DIGITS = re.compile(r"([0-9０-９]+)")


class _Ranks(dict):
    """character → its key character; characters the table lacks are added on first use (after every rank)."""

    def __missing__(self, code: int) -> str:
        key = chr(min(_UNKNOWN + code, 0x10FFFF))
        self[code] = key
        return key


@cache
def _ranks() -> _Ranks:
    """The table, with every character whose NFKC case-folded form is a ranked character mapped to that one (Ａ and
    A as a, ，as ",", 﨑 as 崎): keys need no normalising per text, which costs more than the lookup itself."""
    table = _Ranks()
    rank = 0
    path = paths.resources_dir() / "collation" / "zh_pinyin_order.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        for char in line:
            table[ord(char)] = chr(_BASE + rank)
        rank += 1
    ranked = dict(table)
    for code in range(0x10000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        folded = unicodedata.normalize("NFKC", chr(code)).casefold()
        if len(folded) == 1 and ord(folded) in ranked and ord(folded) != code:
            table[code] = ranked[ord(folded)]
    return table


def sort_key(text: object, limit: int = KEY_CHARS) -> str:
    """The key of ``text`` (its first ``limit`` characters): keys compare, as strings or in SQLite, in pinyin order."""
    if text is None:
        return ""
    folded = str(text).strip()[:limit]
    ranks = _ranks()
    if _DIGITS.search(folded) is None:
        return folded.translate(ranks)
    parts = []
    marker = ranks[ord("0")]  # a number sorts where its digits do: before letters and Han characters
    for index, part in enumerate(_DIGITS.split(folded)):
        if index % 2 == 0:
            parts.append(part.translate(ranks))
        else:
            digits = unicodedata.normalize("NFKC", part).lstrip("0") or "0"
            parts.append(marker + chr(_BASE + len(digits)) + digits.translate(ranks))
    return "".join(parts)
