"""Write resources/collation/zh_pinyin_order.txt: the characters a Chinese user types, in the order ICU's Chinese
collation sorts them (Han characters by pinyin, as WPS and Excel sort Chinese text), or check that it is current.

    python -m vocweek_desktop.tools.build_collation          # regenerate the table
    python -m vocweek_desktop.tools.build_collation check    # exit 1 when the committed table differs

Run once at build time: PySide6 ships ICU (QCollator), but only the GUI may import Qt, so the services sort with
this table instead (``vocweek_desktop.io.collation``), and the order is read from ICU in
``vocweek_desktop.gui.icu_collation``. Each line of the table holds the characters of one rank (characters ICU sorts
as equal share a line); lines starting with "#" are comments.
"""

from __future__ import annotations

import sys
from pathlib import Path

from vocweek_desktop import paths

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


def render() -> str:
    """The table's text."""
    from vocweek_desktop.gui import icu_collation

    return HEADER.format(icu=icu_collation.icu_source()) + "\n".join(icu_collation.ranked_lines()) + "\n"


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
