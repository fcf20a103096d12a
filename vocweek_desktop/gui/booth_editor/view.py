"""The view over the plaza: wheel zoom around the cursor, pan with space-drag or the middle button, rulers in metres,
rubber-band selection, arrow-key nudges, Tab from booth to booth, and colleges dropped onto booths."""

from __future__ import annotations

import math

from PySide6.QtCore import QByteArray, QMimeData, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QWidget

from vocweek_desktop.gui.booth_editor.items import UNITS_PER_METRE, BoothItem, to_metres
from vocweek_desktop.gui.booth_editor.scene import LayoutScene

COLLEGE_MIME = "application/x-vocweek-college"
RULER = 20  # pixels
MIN_ZOOM, MAX_ZOOM = 0.01, 5.0  # pixels per scene unit (1 px per 1 m … 5 px per cm)


def college_mime(college_id: int) -> QMimeData:
    """The drag data of a college dragged from the side list."""
    data = QMimeData()
    data.setData(COLLEGE_MIME, QByteArray(str(college_id).encode()))
    return data


def college_of(mime: QMimeData | None) -> int | None:
    """The college id a drag carries, or None."""
    if mime is None or not mime.hasFormat(COLLEGE_MIME):
        return None
    try:
        return int(bytes(mime.data(COLLEGE_MIME).data()).decode())
    except ValueError:
        return None


class LayoutView(QGraphicsView):
    """The editor's view; keeps a Python reference to its scene (TRAPS.md: the view does not keep it alive)."""

    #: A college was dropped on a booth: (college id, booth id).
    college_dropped = Signal(int, int)
    #: Arrow keys: move the selection by (dx, dy) metres.
    nudged = Signal(float, float)
    #: The zoom changed: pixels per metre.
    zoom_changed = Signal(float)
    #: Escape pressed.
    escaped = Signal()

    def __init__(self, scene: LayoutScene, parent: QWidget | None = None):
        super().__init__(scene, parent)
        self._scene = scene
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        # A drag changes twenty booths side by side: one rectangle around them is repainted much faster than the
        # forty-rectangle region the minimal mode clips every booth's cached pixmap against (measured: a zoomed-in
        # step 0.9 ms → 0.14 ms, benchmarks/booth_editor.py).
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.BoundingRectViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, True)
        # The plaza, picture and grid do not change while booths move: drawn once into a pixmap, then blitted.
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setViewportMargins(RULER, RULER, 0, 0)
        self.setAcceptDrops(True)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._space = False
        self._pan_from: QPoint | None = None
        self._rulers = _Rulers(self)

    # --- zoom ------------------------------------------------------------------------------------------------

    def zoom(self) -> float:
        """Pixels per scene unit."""
        return self.transform().m11()

    def pixels_per_metre(self) -> float:
        """How many screen pixels a metre takes."""
        return self.zoom() * UNITS_PER_METRE

    def set_zoom(self, factor: float) -> None:
        """Zoom to ``factor`` pixels per scene unit (clamped), around the view's anchor."""
        factor = min(max(factor, MIN_ZOOM), MAX_ZOOM)
        current = self.zoom()
        if current and not math.isclose(factor, current):
            self.scale(factor / current, factor / current)
            self._zoomed()

    def zoom_by(self, steps: float) -> None:
        """Zoom in (positive) or out by ``steps`` wheel notches."""
        self.set_zoom(self.zoom() * 1.15 ** steps)

    def zoom_to_fit(self) -> None:
        """Show the whole plaza."""
        rect = self._scene.plaza_rect()
        if rect.isEmpty():
            return
        margin = UNITS_PER_METRE
        self.fitInView(rect.adjusted(-margin, -margin, margin, margin), Qt.AspectRatioMode.KeepAspectRatio)
        self._zoomed()

    def _zoomed(self) -> None:
        self._rulers.update()
        self.zoom_changed.emit(self.pixels_per_metre())

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        """The wheel zooms around the cursor (Ctrl not needed: scroll bars pan)."""
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(steps)
        event.accept()

    # --- pan -------------------------------------------------------------------------------------------------

    def _start_pan(self, pos: QPoint) -> None:
        self._pan_from = pos
        self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        """Middle button, or left with space held, pans; otherwise select and drag."""
        if event.button() == Qt.MouseButton.MiddleButton or (self._space and event.button() == Qt.MouseButton.LeftButton):
            self._start_pan(event.position().toPoint())
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        """Pan while panning; else the scene's drag or the rubber band."""
        if self._pan_from is not None:
            pos = event.position().toPoint()
            delta = pos - self._pan_from
            self._pan_from = pos
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        """End a pan, a drag or a rubber band."""
        if self._pan_from is not None:
            self._pan_from = None
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor if self._space else Qt.CursorShape.ArrowCursor)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 - Qt's name
        """Scrolling moves the rulers' marks: redraw them."""
        super().scrollContentsBy(dx, dy)
        self._rulers.update()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Keep the rulers along the edges."""
        super().resizeEvent(event)
        self._rulers.place()

    # --- keys ------------------------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Space: pan mode; arrows: nudge by a grid step (Shift: 1 m); Tab / Shift+Tab: next / previous booth."""
        key = event.key()
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = True
            self.setDragMode(QGraphicsView.DragMode.NoDrag)
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        arrows = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        if key in arrows and not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            plaza = self._scene.plaza
            step = 1.0 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else (plaza.grid if plaza else 0.5)
            dx, dy = arrows[key]
            self.nudged.emit(dx * step, dy * step)
            event.accept()
            return
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self.step_selection(-1 if key == Qt.Key.Key_Backtab else 1)
            event.accept()
            return
        if key == Qt.Key.Key_Escape:
            self._scene.cancel_drag()
            self.escaped.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Space released: back to selecting."""
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
            self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
            event.accept()
            return
        super().keyReleaseEvent(event)

    def focusNextPrevChild(self, _next: bool) -> bool:  # noqa: N802 - Qt's name
        """Tab moves between booths inside the view, not out of it (Ctrl+Tab still leaves)."""
        return False

    def step_selection(self, direction: int) -> None:
        """Select the next (or previous) booth in number order and bring it into view."""
        booths = sorted(self._scene.booths.values(), key=lambda item: item.record.number)
        if not booths:
            return
        selected = [item for item in booths if item.isSelected()]
        index = booths.index(selected[-1 if direction > 0 else 0]) + direction if selected else 0
        item = booths[index % len(booths)]
        self._scene.select_only([item])
        self.ensureVisible(item, 40, 40)

    # --- drops -----------------------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        """Accept a college from the side list."""
        if college_of(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt's name
        """Only over a booth."""
        if college_of(event.mimeData()) is not None and self.booth_at(event.position().toPoint()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        """A college dropped on a booth: ``college_dropped``."""
        college_id = college_of(event.mimeData())
        booth = self.booth_at(event.position().toPoint())
        if college_id is None or booth is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.college_dropped.emit(college_id, booth.item_id)

    def booth_at(self, pos: QPoint) -> BoothItem | None:
        """The booth under a viewport point."""
        return self._scene.booth_at(self.mapToScene(pos))


class _Rulers(QWidget):
    """The two rulers in the view's margins, marked in metres at a spacing that suits the zoom."""

    def __init__(self, view: LayoutView):
        super().__init__(view)
        self.view = view
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.place()

    def place(self) -> None:
        """Cover the view's top and left margins."""
        self.setGeometry(QRect(0, 0, self.view.width(), self.view.height()))
        self.lower()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        """Ticks every 1, 2, 5, 10 … metres, labelled."""
        view = self.view
        painter = QPainter(self)
        background = QColor("#F5F5F5")
        painter.fillRect(QRect(0, 0, self.width(), RULER), background)
        painter.fillRect(QRect(0, 0, RULER, self.height()), background)
        painter.setPen(QColor("#9E9E9E"))
        painter.drawLine(RULER, RULER - 1, self.width(), RULER - 1)
        painter.drawLine(RULER - 1, RULER, RULER - 1, self.height())
        per_metre = view.pixels_per_metre()
        if per_metre <= 0:
            return
        step = next(s for s in (0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000) if s * per_metre >= 50)
        font = QFont(self.font())
        font.setPixelSize(9)
        painter.setFont(font)
        viewport = view.viewport().geometry()
        top_left = view.mapToScene(QPoint(0, 0))
        bottom_right = view.mapToScene(QPoint(viewport.width(), viewport.height()))
        painter.setPen(QColor("#424242"))
        start = math.floor(to_metres(top_left.x()) / step) * step
        metre = start
        while metre <= to_metres(bottom_right.x()):
            x = view.mapFromScene(QPointF(metre * UNITS_PER_METRE, 0)).x() + viewport.left()
            if x >= RULER:
                painter.drawLine(x, RULER - 7, x, RULER - 1)
                painter.drawText(QRectF(x + 2, 0, 60, RULER - 6), f"{metre:g}")
            metre += step
        metre = math.floor(to_metres(top_left.y()) / step) * step
        while metre <= to_metres(bottom_right.y()):
            y = view.mapFromScene(QPointF(0, metre * UNITS_PER_METRE)).y() + viewport.top()
            if y >= RULER:
                painter.drawLine(RULER - 5, y, RULER - 1, y)
                painter.drawText(QRectF(1, y + 1, RULER - 2, 12), Qt.AlignmentFlag.AlignLeft, f"{metre:g}")
            metre += step
        painter.setPen(QColor("#757575"))
        painter.drawText(QRectF(0, 0, RULER, RULER), Qt.AlignmentFlag.AlignCenter, "米")
        painter.end()
