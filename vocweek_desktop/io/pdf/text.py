"""Chinese text laid out in a width: line breaking that follows the rules of Chinese typesetting, and
shrink-to-fit in a box. Shared by the fixed-layout sheet (boxes) and the flowing document (paragraphs, cells).

reportlab's own ``wordWrap="CJK"`` was seen to start a line with "，" (TRAPS.md), so breaking is done here:
no line starts with closing punctuation (，。、）」…) and none ends with opening punctuation (（「《…); a run of
Latin letters and digits (028-37330105, e-mail, 3.5) is kept whole unless it is wider than the line.
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass

# Characters that may not begin a line (closing punctuation, pauses, small marks) ...
CANNOT_START = frozenset(
    "，。、；：？！）」』》〉】〕〗〙〛］｝’”〞…‥·・ー～％‰℃°′″"
    ",.;:?!)]}>%｡｣､･ﾞﾟ︰﹐﹑﹒﹔﹕﹖﹚﹜"
)
# ... and characters that may not end one (opening punctuation, currency signs).
CANNOT_END = frozenset("（「『《〈【〔〖〘〚［｛‘“〝([{<￥$£€")

# A token: a Latin word or number (with inner joiners), a run of ellipses or dashes, white space, or one character.
_TOKEN = re.compile(
    r"[A-Za-z0-9\u00C0-\u024F]+(?:[.\-_/:@&'’][A-Za-z0-9\u00C0-\u024F]+)*"
    r"|…+|‥+|—+|-{2,}"
    r"|[ \t\u3000]+"
    r"|.",
    re.S,
)
_SPACE = frozenset(" \t\u3000")
ALIGNMENTS = ("left", "center", "right")
VALIGNMENTS = ("top", "middle", "bottom")
_EPS = 1e-6
_SIZE_STEP = 0.25  # font sizes tried when shrinking, in points


@functools.cache
def _font(name: str):
    from reportlab.pdfbase import pdfmetrics

    return pdfmetrics.getFont(name)


@functools.cache
def _widths(name: str) -> dict[str, float]:
    """Width of each character at 1 pt in font ``name``, filled as characters are met."""
    return {}


def text_width(text: str, font: str, size: float) -> float:
    """The width of ``text`` in points (reportlab applies no kerning, so it is the sum of the characters)."""
    table = _widths(font)
    try:
        return sum(map(table.__getitem__, text)) * size
    except KeyError:  # characters met for the first time
        measure = _font(font).stringWidth
        for char in set(text) - table.keys():
            table[char] = measure(char, 1.0)
        return sum(map(table.__getitem__, text)) * size


@functools.cache
def vertical_metrics(font: str) -> tuple[float, float]:
    """The font's ascent and descent (negative) per point of size: glyphs stand between the two."""
    face = getattr(_font(font), "face", None)
    if face is None:  # a standard font; ours are all TrueType
        return 0.75, -0.25
    return face.ascent / 1000, face.descent / 1000


@functools.lru_cache(maxsize=1024)  # shrinking lays the same paragraph out at several sizes
def _clusters(paragraph: str, font: str) -> tuple[tuple[str, ...], tuple[float, ...]]:
    """The paragraph cut where a line may break, and the width of each piece at 1 pt: a closing mark stays with
    what precedes it, an opening mark with what follows."""
    groups: list[str] = []
    glue_next = False
    for token in _TOKEN.findall(paragraph):
        space = token[0] in _SPACE
        if groups and not space and not glue_next and token[0] in CANNOT_START:
            if groups[-1][0] in _SPACE and len(groups) > 1:  # "word ，": the space and the mark join the word
                spaces = groups.pop()
                groups[-1] += spaces
            if groups[-1][0] in _SPACE:
                groups.append(token)
            else:
                groups[-1] += token
        elif groups and glue_next and not space:
            groups[-1] += token
        else:
            groups.append(token)
        glue_next = not space and token[-1] in CANNOT_END
    text_width(paragraph, font, 1.0)  # measures every character once
    table = _widths(font)
    return tuple(groups), tuple(sum(map(table.__getitem__, group)) for group in groups)


def _split_wide(text: str, font: str, size: float, first: float, width: float) -> list[str]:
    """A piece wider than a line, cut by characters (the rules give way when a line cannot hold it whole, but a
    closing mark still takes the character before it along, and a space at a cut is dropped)."""
    pieces: list[str] = []
    current, used, available = "", 0.0, first
    for char in text:
        char_width = text_width(char, font, size)
        if not current and pieces and char in _SPACE:
            continue
        if char in CANNOT_START and not current and pieces and len(pieces[-1]) > 1:
            current = pieces[-1][-1]  # the cut fell on a space just before the mark
            pieces[-1] = pieces[-1][:-1]
            used = text_width(current, font, size)
        if current and used + char_width > available + _EPS:
            if char in _SPACE:
                pieces.append(current)
                current, used, available = "", 0.0, width
                continue
            if char in CANNOT_START and current[-1] in _SPACE:  # "文 ，": the space goes, the mark may then fit
                current = current.rstrip(" \t\u3000")
                used = text_width(current, font, size)
                if used + char_width <= available + _EPS:
                    current += char
                    used += char_width
                    continue
            carry = ""
            if len(current) > 1 and (char in CANNOT_START or current[-1] in CANNOT_END):
                current, carry = current[:-1], current[-1]  # even here, "。" does not start a line alone
            pieces.append(current)
            current, used, available = carry, text_width(carry, font, size), width
        current += char
        used += char_width
    pieces.append(current)
    return [piece.rstrip(" \t\u3000") for piece in pieces]


def wrap_lines(text: str, font: str, size: float, width: float, *, indent: float = 0.0) -> list[str]:
    """``text`` broken into lines no wider than ``width`` points at ``size`` (``indent``: the first line of each
    paragraph starts that many points in). A newline starts a new paragraph; spaces at a break are dropped."""
    lines: list[str] = []
    for paragraph in str(text).replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        lines.extend(_wrap_paragraph(paragraph, font, size, max(width, 0.0), indent))
    return lines


def _wrap_paragraph(paragraph: str, font: str, size: float, width: float, indent: float) -> list[str]:
    lines: list[str] = []
    parts: list[str] = []
    used = 0.0
    available = width - indent + _EPS
    strip = " \t\u3000"
    for cluster, unit_width in zip(*_clusters(paragraph, font), strict=True):
        cluster_width = unit_width * size
        if used + cluster_width <= available:
            if parts or not lines or cluster[0] not in _SPACE:  # no white space at the start of a wrapped line
                parts.append(cluster)
                used += cluster_width
            continue
        if parts:
            lines.append("".join(parts).rstrip(strip))
            parts, used, available = [], 0.0, width + _EPS
        if cluster[0] in _SPACE:
            continue
        if cluster_width <= available:
            parts.append(cluster)
            used = cluster_width
            continue
        pieces = _split_wide(cluster, font, size, available - _EPS, width)
        lines.extend(pieces[:-1])
        available = width + _EPS
        parts, used = [pieces[-1]], text_width(pieces[-1], font, size)
    if parts or not lines:
        lines.append("".join(parts).rstrip(strip))
    return lines


@dataclass(frozen=True)
class TextFit:
    """How a text was set in a box: the size used, the lines drawn, and whether all of it fitted at or above the
    smallest size allowed (``fits`` false: the caller should flag it; what did not fit was cut at the box edge)."""

    size: float
    lines: tuple[str, ...]
    fits: bool
    leading: float  # baseline to baseline, points
    widths: tuple[float, ...]  # of each line, points
    ascent: float  # per point of size
    descent: float  # per point of size, negative

    @property
    def height(self) -> float:
        """Height of the lines from the top of the first to the bottom of the last, in points."""
        return block_height(len(self.lines), self.size, self.leading, self.ascent - self.descent)


def block_height(count: int, size: float, leading: float, em: float) -> float:
    """Height of ``count`` lines: the glyphs of the first and last line and the leading between them."""
    return (count - 1) * leading + em * size if count else 0.0


def _layout(text: str, font: str, size: float, width: float, wrap: bool, line_spacing: float):
    ascent, descent = vertical_metrics(font)
    leading = size * max(line_spacing, ascent - descent)
    if wrap and "\n" not in text and "\r" not in text and text_width(text, font, size) <= width + _EPS:
        lines = [text.rstrip(" \t\u3000")]  # one line that fits: no need to look for breaks
    elif wrap:
        lines = wrap_lines(text, font, size, width)
    else:
        lines = [" ".join(str(text).split("\n"))]
    widths = [text_width(line, font, size) for line in lines]
    height = block_height(len(lines), size, leading, ascent - descent)
    return lines, widths, leading, height


def fit_text(text: str, font: str, width: float, height: float, *, size: float, min_size: float | None = None,
             line_spacing: float = 1.2, wrap: bool = True) -> TextFit:
    """Set ``text`` in a box of ``width`` × ``height`` points at ``size``, shrinking by quarter points down to
    ``min_size`` (default: no shrinking) until every line fits. Below that it stays at ``min_size``, keeps the
    lines that fit, and says it did not fit."""
    min_size = size if min_size is None else min(min_size, size)
    return _fit(str(text), font, float(width), float(height), float(size), float(min_size), float(line_spacing),
                bool(wrap))


# A batch of certificates repeats most of its fields (title, body, issuer, date) on every page.
@functools.lru_cache(maxsize=2048)
def _fit(text: str, font: str, width: float, height: float, size: float, min_size: float, line_spacing: float,
         wrap: bool) -> TextFit:
    ascent, descent = vertical_metrics(font)

    def attempt(candidate: float):
        lines, widths, leading, needed = _layout(text, font, candidate, width, wrap, line_spacing)
        ok = needed <= height + _EPS and all(w <= width + _EPS for w in widths)
        return ok, TextFit(candidate, tuple(lines), ok, leading, tuple(widths), ascent, descent)

    ok, best = attempt(size)
    if ok:
        return best
    # Sizes on a quarter-point grid from min_size up; the largest that fits, by bisection (fitting is monotonic
    # in the size except for rare line-break effects, so the result is checked, not assumed).
    low, high = 0, max(int(math.floor((size - min_size) / _SIZE_STEP + _EPS)), 0)
    found = None
    while low <= high:
        middle = (low + high) // 2
        candidate = min_size + middle * _SIZE_STEP
        if candidate >= size:
            high = middle - 1
            continue
        ok, fit = attempt(candidate)
        if ok:
            found, low = fit, middle + 1
        else:
            high = middle - 1
    if found is not None:
        return found
    _, smallest = attempt(min_size)
    # Keep what fits: whole lines from the top (at least the first, which the caller clips at the box edge).
    em = ascent - descent
    keep = max(1, int(math.floor((height - em * min_size) / smallest.leading + _EPS)) + 1) if height > 0 else 1
    keep = min(keep, len(smallest.lines))
    return TextFit(min_size, smallest.lines[:keep], False, smallest.leading, smallest.widths[:keep], ascent, descent)
