"""Fonts for PDFs: the bundled LXGW WenKai, and 仿宋 / 宋体 taken from the system when reportlab can embed them.

reportlab embeds TrueType outlines only (a CFF font such as Noto CJK is refused), so a system font is offered
only after it has been loaded here; every font is registered once and embedded as a subset. ``VOCWEEK_FONT_DIRS``
(folders separated by the path separator) replaces the system's font folders: for tests, and for an office that
keeps its fonts on a share.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from vocweek_desktop import paths
from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.errors import ValidationError

log = logging.getLogger(__name__)

FONT_NAME = "LXGWWenKai"
BUNDLED = "bundled"
FANGSONG = "fangsong"
SIMSUN = "simsun"
FONT_DIRS_ENV = "VOCWEEK_FONT_DIRS"

# File names (lower case) of each official font as Windows and font packages install them, best first,
# with the face inside a .ttc collection (SimSun is face 0 of simsun.ttc, NSimSun face 1).
SYSTEM_FONTS: dict[str, tuple[tuple[str, int], ...]] = {
    FANGSONG: (("simfang.ttf", 0), ("fangsong.ttf", 0), ("fangsong_gb2312.ttf", 0), ("仿宋_gb2312.ttf", 0),
               ("仿宋.ttf", 0), ("stfangso.ttf", 0)),
    SIMSUN: (("simsun.ttc", 0), ("simsun.ttf", 0), ("宋体.ttf", 0), ("stsong.ttf", 0)),
}
# A font whose file has the right name but lacks some of these (a renamed Latin font, a CJK fallback font
# without Latin digits) would print blanks where they stand: 〔2024〕 is in every document number.
_SAMPLE = "一二组织领导职责分工荣誉证书审批表〔〕（），。、：0123456789ABCXYZabcxyz-"


@dataclass(frozen=True)
class BodyFont:
    """A font the user may choose for the body of a printed document."""

    key: str  # "fangsong", "simsun", "bundled"
    label: str  # what the user sees: 仿宋, 宋体, 霞鹜文楷（内置）
    path: Path
    subfont_index: int = 0

    @property
    def is_bundled(self) -> bool:
        """Whether this is the font shipped with the program."""
        return self.key == BUNDLED


def bundled_font() -> str:
    """Register the bundled TrueType font with reportlab (once) and return its name."""
    return _register(str(paths.font_path()), 0, FONT_NAME)


@functools.cache
def _register(path: str, index: int, name: str) -> str:
    from reportlab.pdfbase import pdfmetrics

    font = _load(path, index)
    if font is None:  # only the bundled font gets here unchecked; a broken install is worth a traceback
        raise OSError(f"cannot load the font {path}")
    font.fontName = name  # the TTFont was loaded under a scratch name while it was being checked
    pdfmetrics.registerFont(font)
    return name


@functools.cache
def _load(path: str, index: int):
    """The reportlab TTFont of a file, or None when reportlab cannot embed it (CFF outlines, no embedding
    allowed, not a font) or it lacks characters every document uses (Chinese, digits, letters)."""
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    try:
        font = TTFont(f"probe-{index}", path, subfontIndex=index)
    except (TTFError, OSError, ValueError, IndexError, KeyError) as exc:  # a broken file raises whatever it meets
        log.info("font %s (face %d) cannot be embedded: %s", path, index, exc)
        return None
    if not all(ord(char) in font.face.charToGlyph for char in _SAMPLE):
        log.info("font %s (face %d) lacks some Chinese characters, digits or letters", path, index)
        return None
    return font


def system_font_dirs() -> list[Path]:
    """The folders searched for 仿宋 and 宋体: ``VOCWEEK_FONT_DIRS`` when set, else the system's and the user's."""
    override = os.environ.get(FONT_DIRS_ENV)
    if override is not None:
        return [Path(part) for part in override.split(os.pathsep) if part]
    home = Path.home()
    if sys.platform == "win32":
        windows = Path(os.environ.get("WINDIR") or os.environ.get("SystemRoot") or r"C:\Windows")
        local = Path(os.environ.get("LOCALAPPDATA") or home / "AppData" / "Local")
        return [windows / "Fonts", local / "Microsoft" / "Windows" / "Fonts"]
    if sys.platform == "darwin":
        return [home / "Library" / "Fonts", Path("/Library/Fonts"), Path("/System/Library/Fonts/Supplemental")]
    data_home = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    return [data_home / "fonts", home / ".fonts", Path("/usr/local/share/fonts"), Path("/usr/share/fonts")]


def _font_files(dirs: Iterable[Path]) -> dict[str, Path]:
    """Every file under ``dirs`` by its lower-case name (the first found wins)."""
    found: dict[str, Path] = {}
    for folder in dirs:
        for root, _dirs, files in os.walk(folder):
            for name in files:
                found.setdefault(name.lower(), Path(root) / name)
    return found


@functools.cache
def _available(dirs: tuple[Path, ...]) -> tuple[BodyFont, ...]:
    files = _font_files(dirs)
    fonts = []
    for key, candidates in SYSTEM_FONTS.items():
        for file_name, index in candidates:
            path = files.get(file_name)
            if path is not None and _load(str(path), index) is not None:
                fonts.append(BodyFont(key, msg.PDF_FONT_LABELS[key], path, index))
                break
    fonts.append(BodyFont(BUNDLED, msg.PDF_FONT_LABELS[BUNDLED], paths.font_path()))
    return tuple(fonts)


def available_body_fonts(search_dirs: Sequence[Path] | None = None) -> list[BodyFont]:
    """The body fonts this machine can embed, best for an official document first (仿宋, 宋体); the bundled
    font is always there, last. Looked up once per set of folders."""
    dirs = system_font_dirs() if search_dirs is None else search_dirs
    return list(_available(tuple(Path(folder) for folder in dirs)))


def body_font(key: str | None = None, search_dirs: Sequence[Path] | None = None) -> str:
    """Register the chosen body font (``None``: the best available) and return its reportlab name.

    A key that is not a known font, or a known one this machine lacks, is refused with the choices there are.
    """
    fonts = available_body_fonts(search_dirs)
    if key is None:
        return register(fonts[0])
    chosen = next((font for font in fonts if font.key == key), None)
    if chosen is None:
        choices = "、".join(f"{font.key}（{font.label}）" for font in fonts)
        if key in msg.PDF_FONT_LABELS:
            raise ValidationError({"font": msg.PDF_FONT_MISSING.format(label=msg.PDF_FONT_LABELS[key], choices=choices)})
        raise ValidationError({"font": msg.PDF_FONT_UNKNOWN.format(name=key, choices=choices)})
    return register(chosen)


def register(font: BodyFont) -> str:
    """Register ``font`` with reportlab (once) and return the name to draw with."""
    if font.is_bundled and Path(font.path) == paths.font_path():
        return bundled_font()
    digest = hashlib.sha1(f"{font.path}|{font.subfont_index}".encode()).hexdigest()[:8]
    return _register(str(font.path), font.subfont_index, f"VocWeek-{font.key}-{digest}")
