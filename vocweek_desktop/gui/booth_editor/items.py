"""The plaza's booths and features as scene items, drawn to scale.

One scene unit is one centimetre (``UNITS_PER_METRE``): fonts are sized in scene units, and at a centimetre a
number 70 units high is an ordinary font size, so text is drawn as vectors and stays crisp at any zoom (at one unit
per metre it would be below a pixel). An item's position is its centre; turning a booth swaps its width and depth,
so its text stays upright. Each item caches its drawing in device coordinates: a drag only translates it, and a
translated cache is reused, so moving twenty booths repaints pixmaps rather than text.
"""

from __future__ import annotations

import colorsys

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyleOptionGraphicsItem, QWidget

from vocweek_desktop.domain import layout as geometry
from vocweek_desktop.domain.layout_map import BOOTH_FILLS, FEATURE_FILLS
from vocweek_desktop.services.layout import BoothRecord, FeatureRecord

UNITS_PER_METRE = 100.0
PROBLEM_RED = QColor("#D32F2F")
SELECTED_BLUE = QColor("#1565C0")
COLOR_BY_COLLEGE, COLOR_BY_KIND = "college", "kind"


def to_scene(metres: float) -> float:
    """Metres → scene units."""
    return metres * UNITS_PER_METRE


def to_metres(units: float) -> float:
    """Scene units → metres."""
    return units / UNITS_PER_METRE


def college_color(college_id: int | None) -> QColor:
    """A light colour of its own for each college (spread around the hue circle by the golden ratio)."""
    if college_id is None:
        return QColor("#F2F2F2")
    hue = (college_id * 0.6180339887) % 1.0
    red, green, blue = colorsys.hls_to_rgb(hue, 0.86, 0.55)
    return QColor.fromRgbF(red, green, blue)


class ShapeItem(QGraphicsRectItem):
    """A rectangle on the plaza (booth or feature) with its texts; ``problem`` draws it red.

    A QGraphicsRectItem whose rect is the bounds (the rectangle and its outline) and which draws itself: its
    ``boundingRect`` and ``shape`` stay in C++, where the scene's index asks for them a hundred times per drag step
    (from Python each of those calls crossed into the interpreter: a third of a zoomed-in drag step).
    """

    kind = ""

    def __init__(self, record):
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.record = record
        self.problem = False
        self._rect = QRectF()
        self.setPen(QPen(Qt.PenStyle.NoPen))
        self._lines: list[tuple[str, QFont, float]] = []  # (text, font, baseline y) laid out once per change
        self.set_record(record)

    @property
    def item_id(self) -> int:
        """The record's id."""
        return self.record.id

    def area(self) -> geometry.Footprint:
        """The footprint where the item now stands (during a drag: where it is drawn), in metres."""
        width, depth = geometry.extents(self.record.width, self.record.depth, self.record.rotation)
        x, y = to_metres(self.pos().x()), to_metres(self.pos().y())
        return geometry.Footprint(x - width / 2, y - depth / 2, x + width / 2, y + depth / 2)

    def set_record(self, record) -> None:
        """Show ``record`` (its position, size and texts)."""
        self.prepareGeometryChange()
        self.record = record
        width, depth = geometry.extents(record.width, record.depth, record.rotation)
        self._rect = QRectF(-to_scene(width) / 2, -to_scene(depth) / 2, to_scene(width), to_scene(depth))
        self.setRect(self._rect.adjusted(-8, -8, 8, 8))  # the bounds: prepares the geometry change itself
        self.setPos(to_scene(record.x), to_scene(record.y))
        self._lines = self.layout_texts()
        self.setToolTip(self.tooltip())
        self.update()

    def set_problem(self, problem: bool) -> None:
        """Draw the item red (overlap, outside, a college's second booth) or normally."""
        if problem != self.problem:
            self.problem = problem
            self.update()

    def texts(self) -> list[str]:
        """The lines drawn in the item, most important first."""
        return []

    def tooltip(self) -> str:
        """What hovering shows."""
        return ""

    def layout_texts(self) -> list[tuple[str, QFont, float]]:
        """The lines that fit, with their fonts and baselines, centred as a block."""
        rect = self._rect.adjusted(6, 6, -6, -6)
        lines: list[tuple[str, QFont, float]] = []
        texts = [t for t in self.texts() if t]
        if not texts or rect.width() <= 0 or rect.height() <= 0:
            return []
        heights = (0.40, 0.26) if len(texts) > 1 else (0.45,)
        for index, text in enumerate(texts[:2]):
            font = QFont()
            font.setPixelSize(max(int(rect.height() * heights[index]), 1))
            metrics = QFontMetricsF(font)
            wide = metrics.horizontalAdvance(text)
            if wide > rect.width():
                size = int(font.pixelSize() * rect.width() / wide)
                if size < 8:  # a centimetre of text: not worth drawing, the tooltip and the list say it
                    continue
                font.setPixelSize(size)
            lines.append((text, font, QFontMetricsF(font).height()))
        total = sum(height for _t, _f, height in lines)
        top = -total / 2
        placed = []
        for text, font, height in lines:
            metrics = QFontMetricsF(font)
            placed.append((text, font, top + metrics.ascent()))
            top += height
        return placed

    def fill(self) -> QColor:
        """The item's colour."""
        return QColor("#EEEEEE")

    # QGraphicsItem

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        """Fill, outline (red for a problem, blue when selected), then the texts."""
        fill = QColor(self.fill())
        if self.problem:
            fill = QColor("#F8C9C9")
        painter.setBrush(QBrush(fill))
        if self.isSelected():
            pen = QPen(SELECTED_BLUE, 10)
        elif self.problem:
            pen = QPen(PROBLEM_RED, 8)
        else:
            pen = QPen(QColor("#333333"), 3)
        pen.setCosmetic(False)
        painter.setPen(pen)
        painter.drawRect(self._rect)
        painter.setPen(QColor("#111111"))
        for text, font, baseline in self._lines:
            painter.setFont(font)
            width = QFontMetricsF(font).horizontalAdvance(text)
            painter.drawText(QPointF(-width / 2, baseline), text)


class BoothItem(ShapeItem):
    """A booth: its number, and the college under it (the short name when the full one does not fit)."""

    kind = "booth"

    def __init__(self, record: BoothRecord, college: tuple[str, str] | None = None, color_mode: str = COLOR_BY_COLLEGE):
        self.college = college  # (name, short name)
        self.color_mode = color_mode
        super().__init__(record)

    def set_college(self, college: tuple[str, str] | None) -> None:
        """Show another college's name (or none)."""
        self.college = college
        self._lines = self.layout_texts()
        self.setToolTip(self.tooltip())
        self.update()

    def texts(self) -> list[str]:
        """Number, then the college's name or short name."""
        if self.college is None:
            return [self.record.number]
        name, short = self.college
        rect = self._rect.adjusted(6, 6, -6, -6)
        font = QFont()
        font.setPixelSize(max(int(rect.height() * 0.26), 1))
        fits = QFontMetricsF(font).horizontalAdvance(name) <= rect.width()
        return [self.record.number, name if fits or not short else short]

    def tooltip(self) -> str:
        """Number, college, size and needs."""
        record = self.record
        lines = [f"{record.number}  {self.college[0] if self.college else '（未分配）'}",
                 f"{record.width:g} × {record.depth:g} 米，{record.kind}，中心 ({record.x:g}, {record.y:g})"]
        needs = [text for flag, text in ((record.power, "用电"), (record.tables, f"桌 {record.tables}"),
                                         (record.chairs, f"椅 {record.chairs}")) if flag]
        if needs:
            lines.append("、".join(needs))
        if record.notes:
            lines.append(record.notes)
        return "\n".join(lines)

    def fill(self) -> QColor:
        """By college or by kind, as the tab chooses."""
        if self.color_mode == COLOR_BY_KIND:
            return QColor(BOOTH_FILLS.get(self.record.kind, "#EEEEEE"))
        return college_color(self.record.college_id)

    def set_color_mode(self, mode: str) -> None:
        """Colour by college or by kind."""
        if mode != self.color_mode:
            self.color_mode = mode
            self.update()


class FeatureItem(ShapeItem):
    """A fixed feature (stage, entrance, power point, tree, aisle, text label), drawn under the booths."""

    kind = "feature"

    def __init__(self, record: FeatureRecord):
        super().__init__(record)
        self.setZValue(-1)

    def texts(self) -> list[str]:
        """Its label, or the name of its kind (trees and power points say nothing: their colour does)."""
        if self.record.label or self.record.kind in ("tree", "power"):
            return [self.record.label]
        return [geometry.FEATURE_KINDS.get(self.record.kind, "")]

    def tooltip(self) -> str:
        """Kind, label, size."""
        record = self.record
        return (f"{geometry.FEATURE_KINDS.get(record.kind, record.kind)} {record.label}\n"
                f"{record.width:g} × {record.depth:g} 米，中心 ({record.x:g}, {record.y:g})")

    def fill(self) -> QColor:
        """Its kind's colour (a label has none)."""
        color = FEATURE_FILLS.get(self.record.kind)
        return QColor(color) if color else QColor(0, 0, 0, 0)

    def paint(self, painter, option, widget=None) -> None:
        """A text label has no box unless selected."""
        if self.record.kind == "label" and not self.isSelected():
            painter.setPen(QColor("#444444"))
            for text, font, baseline in self._lines:
                painter.setFont(font)
                width = QFontMetricsF(font).horizontalAdvance(text)
                painter.drawText(QPointF(-width / 2, baseline), text)
            return
        super().paint(painter, option, widget)


def pen_for_grid(major: bool) -> QPen:
    """A hairline for grid lines (cosmetic: one pixel at any zoom)."""
    pen = QPen(QColor("#C9D3DD") if major else QColor("#E6EBF0"))
    pen.setCosmetic(True)
    pen.setWidth(1)
    pen.setStyle(Qt.PenStyle.SolidLine)
    return pen
