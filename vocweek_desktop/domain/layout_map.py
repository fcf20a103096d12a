"""The 附件3 map as a plan: every shape and text in millimetres on the paper (origin top-left, y down), computed from
the layout, the edition and the paper at the smallest round scale at which the plaza fits. One plan, two renderers
(PDF through io/pdf, PNG through Pillow), so both outputs show the same map.

No fonts are loaded here: the caller hands in ``measure(text, size_pt) -> width_mm`` and the font's ascent and
descent per point, which is all that is needed to centre and fit text.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from vocweek_desktop.domain import layout as geometry
from vocweek_desktop.domain import messages as msg

PT = 25.4 / 72  # millimetres per point
MARGIN = 10.0
HEADER = 20.0
FOOTER = 14.0
GAP = 5.0
# The legend (展位号, 学院, 联系人, 联系电话): the largest of these sizes at which it fits beside or under the plan (the
# pages after take the largest); each column as wide as its longest text, up to a cap past which a text is cut with ….
LEGEND_SIZES = (9.0, 8.0, 7.0)  # points
LEGEND_MAX_WIDTHS = (20.0, 64.0, 24.0, 42.0)  # mm
LEGEND_PAD = 0.9  # mm each side of a cell's text
LEGEND_GAP = 2.0  # between the plan and a legend beside it
SCALE_BAR = 11.0  # mm under the plan for the scale bar and its labels
MIN_TEXT = 3.0  # points: smaller text is left out of a booth (the legend names it)

Measure = Callable[[str, float], float]

BOOTH_FILLS = {"标准展位": "#DCEBFA", "舞台": "#E9D8F2", "服务台": "#FCE4C8", "其他": "#EEEEEE"}
FEATURE_FILLS = {"stage": "#E9D8F2", "entrance": "#D3EFD6", "power": "#FFD966", "tree": "#B5D99C", "aisle": "#F0F0F0",
                 "label": None}
PLAZA_FILL = "#FAFAF5"


@dataclass(frozen=True)
class MapRect:
    """A rectangle: top-left corner and size in mm, outline colour (None: none), fill (None: none), line width mm."""

    x: float
    y: float
    width: float
    height: float
    stroke: str | None = "#000000"
    fill: str | None = None
    line: float = 0.25


@dataclass(frozen=True)
class MapText:
    """One line of text whose baseline passes through (x, y) mm, starting, centred or ending there."""

    text: str
    x: float
    y: float
    size: float  # points
    align: str = "center"
    color: str = "#000000"


@dataclass(frozen=True)
class MapLine:
    """A straight line in mm."""

    x1: float
    y1: float
    x2: float
    y2: float
    width: float = 0.3
    color: str = "#000000"


@dataclass(frozen=True)
class MapPolygon:
    """A filled polygon (the north arrow), points in mm."""

    points: tuple[tuple[float, float], ...]
    fill: str = "#000000"


@dataclass
class MapPage:
    """The shapes of one page, in drawing order."""

    shapes: list[object] = field(default_factory=list)


@dataclass(frozen=True)
class MapBooth:
    """A booth as the map draws it."""

    number: str
    x: float
    y: float
    width: float
    depth: float
    rotation: int
    kind: str
    college: str = ""
    short_name: str = ""


@dataclass(frozen=True)
class MapFeature:
    """A fixed feature as the map draws it."""

    kind: str
    label: str
    x: float
    y: float
    width: float
    depth: float
    rotation: int = 0


@dataclass(frozen=True)
class MapInput:
    """What the map shows: texts from the edition, the plaza, its features and booths, the legend's rows."""

    title: str
    when: str
    plaza_width: float
    plaza_depth: float
    booths: Sequence[MapBooth]
    features: Sequence[MapFeature] = ()
    legend: Sequence[tuple[str, str, str, str]] = ()  # (booth number, college, contact person, phone)
    north: float | None = None


@dataclass
class MapPlan:
    """Pages of shapes on a paper of ``paper`` mm, drawn at 1:``scale``; ``origin`` is where the plaza's top-left
    corner lies on page 1 (mm); ``legend_beside``: the legend is on page 1 with the plan."""

    paper: tuple[float, float]
    scale: int
    origin: tuple[float, float]
    pages: list[MapPage]
    title: str
    legend_beside: bool

    def to_paper(self, x: float, y: float) -> tuple[float, float]:
        """A plaza point in metres → where it is on page 1, in mm."""
        return self.origin[0] + x * 1000 / self.scale, self.origin[1] + y * 1000 / self.scale


class _Fonts:
    def __init__(self, measure: Measure, ascent: float, descent: float):
        self.measure, self.ascent, self.descent = measure, ascent, descent

    def em(self, size: float) -> float:
        """Height of a line's glyphs in mm at ``size`` points."""
        return (self.ascent - self.descent) * size * PT

    def baseline(self, middle: float, size: float) -> float:
        """The baseline that centres a line's glyphs on ``middle``."""
        return middle + (self.ascent + self.descent) / 2 * size * PT

    def fit(self, text: str, width: float, height: float, largest: float) -> float:
        """The largest size up to ``largest`` at which ``text`` fits ``width`` × ``height`` mm (0: none)."""
        if not text:
            return 0.0
        unit = self.measure(text, 1.0)
        size = min(largest, width / unit if unit else largest, height / max(self.em(1.0), 1e-9))
        return size if size >= MIN_TEXT else 0.0

    def clip(self, text: str, size: float, width: float) -> str:
        """``text`` cut with … so that it fits ``width`` mm."""
        if self.measure(text, size) <= width:
            return text
        while text and self.measure(text + "…", size) > width:
            text = text[:-1]
        return text + "…" if text else ""


def map_scale(plaza_width: float, plaza_depth: float, paper: tuple[float, float]) -> int:
    """The round scale (N of 1:N) at which a plaza of these metres is drawn on ``paper`` (width, height mm)."""
    area_w, area_h = paper[0] - 2 * MARGIN, paper[1] - 2 * MARGIN - HEADER - FOOTER
    return geometry.choose_scale(plaza_width, plaza_depth, area_w, area_h)


def build_map(data: MapInput, paper: tuple[float, float], measure: Measure, ascent: float,
              descent: float) -> MapPlan:
    """Lay the map out on ``paper`` (width, height mm): title, date line, the plan at its round scale, scale bar,
    north arrow, and the legend beside or under the plan when it fits there, else on the pages after."""
    fonts = _Fonts(measure, ascent, descent)
    page_w, page_h = paper
    area_x, area_y = MARGIN, MARGIN + HEADER
    area_w, area_h = page_w - 2 * MARGIN, page_h - 2 * MARGIN - HEADER - FOOTER
    # The scale is chosen for the whole printable area; the legend goes where the plan leaves room for it (right
    # of it, else under it), else to the pages after: it never makes the plan smaller.
    scale = map_scale(data.plaza_width, data.plaza_depth, paper)
    plan_w, plan_h = data.plaza_width * 1000 / scale, data.plaza_depth * 1000 / scale
    right = below = False
    legend_size, widths = LEGEND_SIZES[0], _legend_widths(fonts, data.legend, LEGEND_SIZES[0])
    for legend_size in LEGEND_SIZES if data.legend else ():
        widths = _legend_widths(fonts, data.legend, legend_size)
        legend_w, legend_h = sum(widths), _legend_height(len(data.legend), legend_size)
        right = plan_w + LEGEND_GAP + legend_w <= area_w + 1e-6 and legend_h <= area_h
        # Under the plan: the scale bar first, then the legend.
        below = not right and plan_h + SCALE_BAR + legend_h <= area_h + 1e-6 and legend_w <= area_w
        if right or below:
            break
    if right:
        spare = area_w - plan_w - LEGEND_GAP - legend_w
        origin = (area_x + spare / 2, area_y + (area_h - plan_h) / 2)
        legend_at = (origin[0] + plan_w + LEGEND_GAP, area_y + max((area_h - legend_h) / 2, 0))
    elif below:
        spare = area_h - plan_h - SCALE_BAR - legend_h
        origin = (area_x + (area_w - plan_w) / 2, area_y + spare / 2)
        legend_at = (area_x + (area_w - legend_w) / 2, origin[1] + plan_h + SCALE_BAR)
    else:
        origin = (area_x + (area_w - plan_w) / 2, area_y + (area_h - plan_h) / 2)
        legend_at = None
    plan = MapPlan(paper, scale, origin, [MapPage()], data.title, legend_at is not None)
    page = plan.pages[0]

    page.shapes.append(MapText(data.title, page_w / 2, MARGIN + 8, 18))
    if data.when:
        page.shapes.append(MapText(data.when, page_w / 2, MARGIN + 15, 10.5, color="#333333"))
    page.shapes.append(MapRect(origin[0], origin[1], plan_w, plan_h, "#000000", PLAZA_FILL, 0.4))
    for feature in data.features:
        _feature(page, plan, fonts, feature)
    for booth in data.booths:
        _booth(page, plan, fonts, booth)
    # The scale bar right under the plan's left corner (the legend, when it is under the plan, comes after it).
    _scale_bar(page, plan, fonts, origin[0], min(origin[1] + plan_h + 4, page_h - MARGIN - FOOTER + 4))
    if data.north is not None:
        _north(page, origin[0] + plan_w - 6, origin[1] + 12, data.north)
    if legend_at is not None:
        _legend(page, fonts, data.legend, *legend_at, msg.LAYOUT_MAP_LEGEND_TITLE, legend_size, widths)
    elif data.legend:
        _legend_pages(plan, fonts, data.legend, page_w, page_h)
    return plan


def _box(plan: MapPlan, x: float, y: float, width: float, depth: float, rotation: int) -> tuple[float, ...]:
    area = geometry.footprint(x, y, width, depth, rotation)
    left, top = plan.to_paper(area.left, area.top)
    return left, top, area.width * 1000 / plan.scale, area.depth * 1000 / plan.scale


def _feature(page: MapPage, plan: MapPlan, fonts: _Fonts, feature: MapFeature) -> None:
    x, y, w, h = _box(plan, feature.x, feature.y, feature.width, feature.depth, feature.rotation)
    fill = FEATURE_FILLS.get(feature.kind)
    if feature.kind != "label":
        page.shapes.append(MapRect(x, y, w, h, "#777777", fill, 0.15))
    text = feature.label or ("" if feature.kind in ("tree", "power") else geometry.FEATURE_KINDS.get(feature.kind, ""))
    size = fonts.fit(text, w * 0.9, h * 0.6, 14)
    if size:
        page.shapes.append(MapText(text, x + w / 2, fonts.baseline(y + h / 2, size), size, color="#444444"))


def _booth(page: MapPage, plan: MapPlan, fonts: _Fonts, booth: MapBooth) -> None:
    x, y, w, h = _box(plan, booth.x, booth.y, booth.width, booth.depth, booth.rotation)
    page.shapes.append(MapRect(x, y, w, h, "#000000", BOOTH_FILLS.get(booth.kind, "#EEEEEE"), 0.25))
    number_size = fonts.fit(booth.number, w * 0.9, h * 0.42, 11)
    if not number_size:
        return
    name, name_size = "", 0.0
    for candidate in (booth.college, booth.short_name):
        if candidate:
            size = fonts.fit(candidate, w * 0.92, h * 0.3, number_size * 0.8)
            if size >= min(number_size * 0.6, 5.0):
                name, name_size = candidate, size
                break
    if not name:
        page.shapes.append(MapText(booth.number, x + w / 2, fonts.baseline(y + h / 2, number_size), number_size))
        return
    block = fonts.em(number_size) + fonts.em(name_size) * 1.15
    top = y + (h - block) / 2
    page.shapes.append(MapText(booth.number, x + w / 2, fonts.baseline(top + fonts.em(number_size) / 2, number_size),
                               number_size))
    middle = top + fonts.em(number_size) + fonts.em(name_size) * 0.15 + fonts.em(name_size) / 2
    page.shapes.append(MapText(name, x + w / 2, fonts.baseline(middle, name_size), name_size, color="#222222"))


def _scale_bar(page: MapPage, plan: MapPlan, fonts: _Fonts, x: float, y: float) -> None:
    metres = geometry.scale_bar_metres(plan.scale, 60)
    length = metres * 1000 / plan.scale
    segments = 4
    for index in range(segments):
        page.shapes.append(MapRect(x + index * length / segments, y, length / segments, 1.6, "#000000",
                                   "#000000" if index % 2 == 0 else "#FFFFFF", 0.2))
    page.shapes.append(MapText("0", x, y + 5.2, 7))
    page.shapes.append(MapText(f"{metres:g} 米", x + length, y + 5.2, 7))
    page.shapes.append(MapText(msg.LAYOUT_MAP_SCALE.format(scale=plan.scale), x + length + 8, y + 2.2, 9,
                               align="left"))


def _north(page: MapPage, x: float, y: float, angle: float) -> None:
    """An arrow pointing north (``angle`` degrees clockwise from up on the map), with 北 above it."""
    radians = math.radians(angle)

    def turn(dx: float, dy: float) -> tuple[float, float]:
        return (x + dx * math.cos(radians) - dy * math.sin(radians), y + dx * math.sin(radians) + dy * math.cos(radians))

    page.shapes.append(MapPolygon((turn(0, -5), turn(2.2, 4), turn(0, 2.2), turn(-2.2, 4))))
    label_x, label_y = turn(0, -7.5)
    page.shapes.append(MapText(msg.LAYOUT_MAP_NORTH, label_x, label_y + 1.2, 9))


def _legend_widths(fonts: _Fonts, rows: Sequence[tuple[str, ...]], size: float) -> tuple[float, ...]:
    """Each legend column as wide as its longest text at ``size`` (header included), up to its cap."""
    table = [msg.LAYOUT_MAP_LEGEND, *rows]
    return tuple(min(max(fonts.measure(str(row[column] or ""), size) for row in table) + 2 * LEGEND_PAD, cap)
                 for column, cap in enumerate(LEGEND_MAX_WIDTHS))


def _legend_row(size: float) -> float:
    """A legend row's height in mm at ``size`` points."""
    return size * PT * 1.8


def _legend_title_size(size: float) -> float:
    return size + 2


def _legend_height(rows: int, size: float) -> float:
    """The legend's height in mm: its title, the header row and ``rows`` rows."""
    return _legend_title_size(size) * PT * 1.9 + (rows + 1) * _legend_row(size)


def _legend(page: MapPage, fonts: _Fonts, rows: Sequence[tuple[str, ...]], x: float, y: float, title: str,
            size: float, widths: Sequence[float]) -> None:
    title_size, row_height = _legend_title_size(size), _legend_row(size)
    page.shapes.append(MapText(title, x, y + title_size * PT * 1.2, title_size, align="left"))
    top = y + title_size * PT * 1.9
    table = [msg.LAYOUT_MAP_LEGEND, *rows]
    total = sum(widths)
    for index, row in enumerate(table):
        row_top = top + index * row_height
        if index == 0:
            page.shapes.append(MapRect(x, row_top, total, row_height, None, "#E8EEF7", 0))
        left = x
        for text, width in zip(row, widths, strict=True):
            shown = fonts.clip(str(text or ""), size, width - 2 * LEGEND_PAD + 1e-6)
            page.shapes.append(MapText(shown, left + LEGEND_PAD, fonts.baseline(row_top + row_height / 2, size),
                                       size, align="left"))
            left += width
        page.shapes.append(MapLine(x, row_top, x + total, row_top, 0.15))
    bottom = top + len(table) * row_height
    page.shapes.append(MapLine(x, bottom, x + total, bottom, 0.15))
    left = x
    for width in (0.0, *widths):
        left += width
        page.shapes.append(MapLine(left, top, left, bottom, 0.15))


def _legend_pages(plan: MapPlan, fonts: _Fonts, rows: Sequence[tuple[str, ...]], page_w: float,
                  page_h: float) -> None:
    """The legend on the pages after the plan, at its largest size, in as many columns of tables as fit across."""
    size = LEGEND_SIZES[0]
    widths = _legend_widths(fonts, rows, size)
    total = sum(widths)
    columns = max(int((page_w - 2 * MARGIN + GAP) // (total + GAP)), 1)
    per_column = max(int((page_h - 2 * MARGIN - _legend_height(0, size)) // _legend_row(size)), 1)
    per_page = columns * per_column
    for start in range(0, len(rows), per_page):
        page = MapPage()
        plan.pages.append(page)
        chunk = rows[start:start + per_page]
        for column in range(columns):
            part = chunk[column * per_column:(column + 1) * per_column]
            if not part:
                break
            title = msg.LAYOUT_MAP_LEGEND_TITLE if start == 0 and column == 0 else msg.LAYOUT_MAP_LEGEND_MORE
            _legend(page, fonts, part, MARGIN + column * (total + GAP), MARGIN, title, size, widths)
