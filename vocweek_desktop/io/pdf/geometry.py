"""Paper sizes and millimetre coordinates with the origin at the paper's top-left, as forms and 套打 measure them."""

from __future__ import annotations

import math
from dataclasses import dataclass

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.errors import ValidationError

MM = 72 / 25.4  # points per millimetre
PAPER_SIZES: dict[str, tuple[float, float]] = {"A4": (210.0, 297.0), "A3": (297.0, 420.0)}  # portrait, mm
MIN_PAPER_MM = 20.0
MAX_PAPER_MM = 5000.0  # PDF viewers refuse pages over 200 inches


@dataclass(frozen=True)
class Paper:
    """A sheet of paper, in millimetres."""

    width: float
    height: float

    @property
    def size(self) -> tuple[float, float]:
        """The size in points, as reportlab wants it."""
        return self.width * MM, self.height * MM

    @property
    def is_landscape(self) -> bool:
        """Wider than high."""
        return self.width > self.height

    def landscape(self) -> Paper:
        """The same paper turned so that it is wider than high."""
        return Paper(max(self.width, self.height), min(self.width, self.height))

    def portrait(self) -> Paper:
        """The same paper turned so that it is higher than wide."""
        return Paper(min(self.width, self.height), max(self.width, self.height))

    def box(self) -> Box:
        """The whole sheet as a box."""
        return Box(0.0, 0.0, self.width, self.height)


def paper(name: str = "A4", *, landscape: bool = False) -> Paper:
    """A named paper size (A4, A3), portrait unless ``landscape``."""
    size = PAPER_SIZES.get(str(name).strip().upper())
    if size is None:
        raise ValidationError({"paper": msg.PDF_PAPER_UNKNOWN.format(name=name, choices="、".join(PAPER_SIZES))})
    sheet = Paper(*size)
    return sheet.landscape() if landscape else sheet


def paper_mm(width: float, height: float) -> Paper:
    """A paper of a size given in millimetres (a certificate stock, say), checked to be printable."""
    if not all(isinstance(v, int | float) and math.isfinite(v) and MIN_PAPER_MM <= v <= MAX_PAPER_MM
               for v in (width, height)):
        raise ValidationError({"paper": msg.PDF_PAPER_SIZE.format(width=width, height=height, low=int(MIN_PAPER_MM),
                                                                  high=int(MAX_PAPER_MM))})
    return Paper(float(width), float(height))


@dataclass(frozen=True)
class Box:
    """A rectangle in millimetres: ``x`` to the right and ``y`` down from the paper's top-left corner."""

    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        """The x of the right edge."""
        return self.x + self.width

    @property
    def bottom(self) -> float:
        """The y of the bottom edge."""
        return self.y + self.height

    @property
    def centre(self) -> tuple[float, float]:
        """The middle point (x, y)."""
        return self.x + self.width / 2, self.y + self.height / 2

    def inset(self, dx: float, dy: float | None = None) -> Box:
        """The box shrunk by ``dx`` on the left and right and ``dy`` (default ``dx``) at the top and bottom."""
        dy = dx if dy is None else dy
        return Box(self.x + dx, self.y + dy, max(self.width - 2 * dx, 0.0), max(self.height - 2 * dy, 0.0))

    def within(self, paper: Paper) -> bool:
        """Whether the box lies wholly on the paper."""
        return self.x >= 0 and self.y >= 0 and self.right <= paper.width and self.bottom <= paper.height


@dataclass(frozen=True)
class Offset:
    """Where a printer puts the page against where it was asked to: +x moves right, +y moves down, in mm."""

    x: float = 0.0
    y: float = 0.0

    def __bool__(self) -> bool:
        return bool(self.x or self.y)
