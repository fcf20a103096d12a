"""The plaza as a scene: its outline, background picture and grid drawn behind the items, the items by id, and the
drag of a selection with snapping.

The drag is handled here rather than by Qt's ItemIsMovable: the booth under the mouse is snapped (its top-left
corner on the grid; Alt held: free) and the rest of the selection moves by the same amount, so a group keeps its
shape; at the release ``items_moved`` says what moved by how much — one service call, one undo step.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSceneMouseEvent

from vocweek_desktop.domain import layout as geometry
from vocweek_desktop.gui.booth_editor.items import (
    COLOR_BY_COLLEGE,
    UNITS_PER_METRE,
    BoothItem,
    FeatureItem,
    ShapeItem,
    pen_for_grid,
    to_metres,
    to_scene,
)
from vocweek_desktop.services.layout import BoothRecord, FeatureRecord, LayoutData, PlazaRecord, Snapshot

MIN_GRID_PIXELS = 7  # grid lines closer than this on screen are thinned out
MARGIN_METRES = 4.0  # room around the plaza to drop and pan into


class LayoutScene(QGraphicsScene):
    """The plaza of one edition, to scale (1 unit = 1 cm)."""

    #: A drag ended: booth ids, feature ids, dx, dy in metres (already snapped).
    items_moved = Signal(list, list, float, float)
    #: The pointer is at (x, y) metres (during a drag: the dragged booth's centre).
    pointer_moved = Signal(float, float)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.plaza: PlazaRecord | None = None
        self.booths: dict[int, BoothItem] = {}
        self.features: dict[int, FeatureItem] = {}
        self.colleges: dict[int, tuple[str, str]] = {}
        self.color_mode = COLOR_BY_COLLEGE
        self.background: QPixmap | None = None
        self._drag: dict | None = None
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)

    # --- contents ---------------------------------------------------------------------------------------------

    def set_layout(self, data: LayoutData, background: bytes | None = None) -> None:
        """Show ``data`` (everything replaced)."""
        self.clear()
        self.booths, self.features = {}, {}
        self.plaza = data.plaza
        self.colleges = {c.id: (c.name, c.short_name) for c in data.colleges}
        self.background = None
        if background:
            pixmap = QPixmap()
            if pixmap.loadFromData(background):
                self.background = pixmap
        self._fit_scene_rect()
        for feature in data.features:
            self._add_feature(feature)
        for booth in data.booths:
            self._add_booth(booth)
        self.invalidate(self.sceneRect(), QGraphicsScene.SceneLayer.BackgroundLayer)

    def set_plaza(self, plaza: PlazaRecord, background: bytes | None | bool = False) -> None:
        """Another plaza size, grid or background (``background`` False: keep the picture)."""
        self.plaza = plaza
        if background is not False:
            self.background = None
            if background:
                pixmap = QPixmap()
                if pixmap.loadFromData(background):
                    self.background = pixmap
        self._fit_scene_rect()
        self.invalidate(self.sceneRect(), QGraphicsScene.SceneLayer.BackgroundLayer)

    def _fit_scene_rect(self) -> None:
        if self.plaza is None:
            self.setSceneRect(QRectF(0, 0, 1000, 1000))
            return
        margin = to_scene(MARGIN_METRES)
        self.setSceneRect(QRectF(-margin, -margin, to_scene(self.plaza.width) + 2 * margin,
                                 to_scene(self.plaza.depth) + 2 * margin))

    def plaza_rect(self) -> QRectF:
        """The plaza in scene units."""
        if self.plaza is None:
            return QRectF()
        return QRectF(0, 0, to_scene(self.plaza.width), to_scene(self.plaza.depth))

    def _add_booth(self, record: BoothRecord) -> BoothItem:
        item = BoothItem(record, self.colleges.get(record.college_id), self.color_mode)
        self.addItem(item)
        self.booths[record.id] = item
        return item

    def _add_feature(self, record: FeatureRecord) -> FeatureItem:
        item = FeatureItem(record)
        self.addItem(item)
        self.features[record.id] = item
        return item

    def show_records(self, snapshot: Snapshot) -> None:
        """Show booths and features as they now are (new ones added, known ones updated)."""
        for record in snapshot.booths:
            item = self.booths.get(record.id)
            if item is None:
                self._add_booth(record)
            else:
                college = self.colleges.get(record.college_id)
                item.college = college
                item.set_record(record)
        for record in snapshot.features:
            item = self.features.get(record.id)
            if item is None:
                self._add_feature(record)
            else:
                item.set_record(record)

    def remove_records(self, snapshot: Snapshot) -> None:
        """Take deleted booths and features off the plaza."""
        for record in snapshot.booths:
            item = self.booths.pop(record.id, None)
            if item is not None:
                self.removeItem(item)
        for record in snapshot.features:
            item = self.features.pop(record.id, None)
            if item is not None:
                self.removeItem(item)

    def set_color_mode(self, mode: str) -> None:
        """Colour booths by college or by kind."""
        self.color_mode = mode
        for item in self.booths.values():
            item.set_color_mode(mode)

    def set_problems(self, booth_ids: set[int]) -> None:
        """Draw these booths red, the others normally."""
        for booth_id, item in self.booths.items():
            item.set_problem(booth_id in booth_ids)

    # --- selection ------------------------------------------------------------------------------------------------

    def selected_shapes(self) -> list[ShapeItem]:
        """The selected booths and features."""
        return [item for item in self.selectedItems() if isinstance(item, ShapeItem)]

    def selected_ids(self) -> tuple[list[int], list[int]]:
        """(booth ids, feature ids) selected, sorted."""
        shapes = self.selected_shapes()
        return (sorted(i.item_id for i in shapes if isinstance(i, BoothItem)),
                sorted(i.item_id for i in shapes if isinstance(i, FeatureItem)))

    def select_only(self, items) -> None:
        """Select exactly ``items``."""
        self.clearSelection()
        for item in items:
            item.setSelected(True)

    # --- the drag -------------------------------------------------------------------------------------------------

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt's name
        """A left press on a booth starts a drag of the selection (the booth joins it; Ctrl toggles instead)."""
        item = self._shape_at(event.scenePos())
        if (event.button() != Qt.MouseButton.LeftButton or item is None
                or event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            super().mousePressEvent(event)
            return
        if not item.isSelected():
            self.select_only([item])
        shapes = self.selected_shapes()
        self._drag = {"press": event.scenePos(), "anchor": item, "area": item.area(),
                      "starts": [(shape, shape.pos()) for shape in shapes], "delta": (0.0, 0.0)}
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt's name
        """Move the selection with the mouse, snapped unless Alt is held."""
        drag = self._drag
        if drag is None:
            super().mouseMoveEvent(event)
            self.pointer_moved.emit(to_metres(event.scenePos().x()), to_metres(event.scenePos().y()))
            return
        offset = event.scenePos() - drag["press"]
        dx, dy = to_metres(offset.x()), to_metres(offset.y())
        free = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if not free and self.plaza is not None:
            dx, dy = geometry.snap_delta(drag["area"], dx, dy, self.plaza.grid)
        else:
            dx, dy = round(dx, 3), round(dy, 3)  # a millimetre is as exact as a plaza is measured
        if (dx, dy) == drag["delta"]:
            return
        drag["delta"] = (dx, dy)
        shift = QPointF(to_scene(dx), to_scene(dy))
        for shape, start in drag["starts"]:
            shape.setPos(start + shift)
        anchor = drag["anchor"]
        self.pointer_moved.emit(to_metres(anchor.pos().x()), to_metres(anchor.pos().y()))
        event.accept()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt's name
        """End a drag: ``items_moved`` when the selection moved (the tab writes it, one undo step)."""
        drag, self._drag = self._drag, None
        if drag is None:
            super().mouseReleaseEvent(event)
            return
        event.accept()
        dx, dy = drag["delta"]
        if dx or dy:
            shapes = [shape for shape, _start in drag["starts"]]
            self.items_moved.emit(sorted(s.item_id for s in shapes if isinstance(s, BoothItem)),
                                  sorted(s.item_id for s in shapes if isinstance(s, FeatureItem)), dx, dy)
        elif len(drag["starts"]) > 1:
            # A click that moved nothing selects the booth clicked, as in any drawing program: the whole selection
            # stayed selected, and the 删除 that followed took every booth instead of the one clicked.
            self.select_only([drag["anchor"]])

    def cancel_drag(self) -> None:
        """Put a dragged selection back where it was (Esc)."""
        drag, self._drag = self._drag, None
        if drag is not None:
            for shape, start in drag["starts"]:
                shape.setPos(start)

    def _shape_at(self, point: QPointF) -> ShapeItem | None:
        for item in self.items(point):
            if isinstance(item, ShapeItem):
                return item
        return None

    def booth_at(self, point: QPointF) -> BoothItem | None:
        """The booth at a scene point."""
        for item in self.items(point):
            if isinstance(item, BoothItem):
                return item
        return None

    # --- the background: plaza, picture, grid ----------------------------------------------------------------

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802 - Qt's name
        """Ground, the plaza's surface, its background picture, the grid (thinned when zoomed out), its outline."""
        painter.fillRect(rect, QColor("#E9ECEF"))
        if self.plaza is None:
            return
        plaza = self.plaza_rect()
        painter.fillRect(plaza, QColor("#FBFBF7"))
        if self.background is not None:
            painter.save()
            painter.setOpacity(self.plaza.background_opacity)
            scale = to_scene(self.plaza.background_scale)
            target = QRectF(to_scene(self.plaza.background_x), to_scene(self.plaza.background_y),
                            self.background.width() * scale, self.background.height() * scale)
            painter.drawPixmap(target, self.background, QRectF(self.background.rect()))
            painter.restore()
        self._draw_grid(painter, rect & plaza)
        pen = QPen(QColor("#37474F"), 2)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(plaza)

    def _draw_grid(self, painter: QPainter, area: QRectF) -> None:
        if area.isEmpty():
            return
        pixels_per_unit = painter.transform().m11() or 1.0
        step = to_scene(self.plaza.grid)
        while step * pixels_per_unit < MIN_GRID_PIXELS:
            step *= 2
        metre_step = UNITS_PER_METRE * 5
        minor, major = pen_for_grid(False), pen_for_grid(True)
        lines_minor, lines_major = [], []
        x = math.ceil(area.left() / step) * step
        while x <= area.right():
            line = (QPointF(x, area.top()), QPointF(x, area.bottom()))
            (lines_major if abs(x / metre_step - round(x / metre_step)) < 1e-6 else lines_minor).append(line)
            x += step
        y = math.ceil(area.top() / step) * step
        while y <= area.bottom():
            line = (QPointF(area.left(), y), QPointF(area.right(), y))
            (lines_major if abs(y / metre_step - round(y / metre_step)) < 1e-6 else lines_minor).append(line)
            y += step
        for pen, lines in ((minor, lines_minor), (major, lines_major)):
            painter.setPen(pen)
            for start, end in lines:
                painter.drawLine(start, end)
