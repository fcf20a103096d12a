"""Font files for tests: a second Chinese TrueType font, made from the bundled one under another name, so that a
test can tell from a PDF which font was embedded; and a way to put a font where the program looks for 仿宋/宋体."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from vocweek_desktop import paths

OTHER_FONT_NAME = "TestFangSong-Regular"


def place(source: Path, target: Path) -> Path:
    """Put a font file under another name (a link when the file system allows: the bundled font is 15 MB)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)
    return target


def make_other_font(folder: Path) -> Path:
    """The bundled font renamed TestFangSong (fontTools comes with matplotlib): an embeddable 仿宋 stand-in."""
    from fontTools.ttLib import TTFont

    font = TTFont(str(paths.font_path()), lazy=True)  # tables left unread are copied as they are
    for record in font["name"].names:
        if record.nameID in (1, 4, 16):
            record.string = "TestFangSong"
        elif record.nameID == 6:
            record.string = OTHER_FONT_NAME
    path = folder / "TestFangSong.ttf"
    font.save(str(path))
    return path
