"""The plaza's geometry, in metres, with no database and no Qt: booths as rectangles turned by quarter turns,
overlaps (touching edges is not an overlap), booths outside the plaza, snapping to the grid, align and distribute,
reading-order numbering, the map's round scale, and the rules of a booth's and a plaza's values.

Coordinates: origin at the plaza's top-left corner as drawn, x to the right, y downwards, metres. A booth is given
by its centre, its width (along x when not turned) and depth, and a rotation of 0/90/180/270 degrees; turned by 90
or 270 its footprint swaps width and depth, so every footprint is an axis-aligned rectangle.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.errors import ValidationError

EPS = 1e-6  # metres: closer than this counts as touching (a micrometre)
ROTATIONS = (0, 90, 180, 270)
BOOTH_KINDS = ("标准展位", "舞台", "服务台", "其他")
FEATURE_KINDS = {"stage": "舞台", "entrance": "入口", "power": "电源点", "tree": "树木/障碍", "aisle": "通道",
                 "label": "文字标注"}
STANDARD_SIZE = (3.0, 3.0)
DEFAULT_GRID = 0.5
MAX_METRES = 10_000.0
#: Mantissas of the round map scales: 1:100, 150, 200, 250, 300, 400, 500, 750, 1000, 1500, …
SCALE_STEPS = (1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 7.5)


@dataclass(frozen=True)
class Footprint:
    """The axis-aligned rectangle a booth (or feature) covers: left, top, right, bottom in metres."""

    left: float
    top: float
    right: float
    bottom: float

    @property
    def width(self) -> float:
        """Extent along x."""
        return self.right - self.left

    @property
    def depth(self) -> float:
        """Extent along y."""
        return self.bottom - self.top

    @property
    def centre(self) -> tuple[float, float]:
        """The middle point."""
        return (self.left + self.right) / 2, (self.top + self.bottom) / 2


def extents(width: float, depth: float, rotation: int) -> tuple[float, float]:
    """The footprint's (x extent, y extent) of a ``width`` × ``depth`` rectangle turned by ``rotation`` degrees."""
    return (depth, width) if rotation % 180 == 90 else (width, depth)


def footprint(x: float, y: float, width: float, depth: float, rotation: int = 0) -> Footprint:
    """The footprint of a rectangle centred at (``x``, ``y``)."""
    w, d = extents(width, depth, rotation)
    return Footprint(x - w / 2, y - d / 2, x + w / 2, y + d / 2)


def overlaps(a: Footprint, b: Footprint) -> bool:
    """Whether two footprints share an area (sharing only an edge or a corner is not an overlap)."""
    return (a.left < b.right - EPS and b.left < a.right - EPS and a.top < b.bottom - EPS and b.top < a.bottom - EPS)


def outside(area: Footprint, plaza_width: float, plaza_depth: float) -> bool:
    """Whether a footprint reaches beyond the plaza (standing on its edge is inside)."""
    return (area.left < -EPS or area.top < -EPS or area.right > plaza_width + EPS or area.bottom > plaza_depth + EPS)


def overlapping_pairs(areas: Mapping[int, Footprint]) -> list[tuple[int, int]]:
    """Every pair of keys whose footprints overlap, (smaller key first), sorted; a sweep along x, not n²."""
    order = sorted(areas.items(), key=lambda item: item[1].left)
    pairs: list[tuple[int, int]] = []
    active: list[tuple[int, Footprint]] = []
    for key, area in order:
        active = [(k, a) for k, a in active if a.right > area.left + EPS]
        for other, other_area in active:
            if overlaps(area, other_area):
                pairs.append((min(key, other), max(key, other)))
        active.append((key, area))
    return sorted(pairs)


# --- snapping, aligning, distributing ------------------------------------------------------------------------------

def snap(value: float, step: float) -> float:
    """``value`` rounded to the nearest multiple of ``step`` (no step: unchanged)."""
    if step <= 0:
        return value
    return round(round(value / step) * step, 6)


def snap_delta(area: Footprint, dx: float, dy: float, step: float) -> tuple[float, float]:
    """The move closest to (``dx``, ``dy``) that puts the footprint's top-left corner on the grid.

    A drag snaps the booth under the mouse this way and moves the rest of the selection by the same amount, so a
    group keeps its shape.
    """
    if step <= 0:
        return dx, dy
    return round(snap(area.left + dx, step) - area.left, 6), round(snap(area.top + dy, step) - area.top, 6)


ALIGN_MODES = ("left", "right", "top", "bottom", "hcentre", "vcentre")


def align(areas: Mapping[int, Footprint], mode: str) -> dict[int, tuple[float, float]]:
    """The move (dx, dy) of each footprint that lines the selection up on its extreme edge (or common centre)."""
    if mode not in ALIGN_MODES:
        raise ValueError(mode)
    if not areas:
        return {}
    values = list(areas.values())
    if mode == "left":
        edge = min(a.left for a in values)
        return {k: (edge - a.left, 0.0) for k, a in areas.items()}
    if mode == "right":
        edge = max(a.right for a in values)
        return {k: (edge - a.right, 0.0) for k, a in areas.items()}
    if mode == "top":
        edge = min(a.top for a in values)
        return {k: (0.0, edge - a.top) for k, a in areas.items()}
    if mode == "bottom":
        edge = max(a.bottom for a in values)
        return {k: (0.0, edge - a.bottom) for k, a in areas.items()}
    if mode == "hcentre":  # one vertical line through every centre
        middle = (min(a.left for a in values) + max(a.right for a in values)) / 2
        return {k: (middle - a.centre[0], 0.0) for k, a in areas.items()}
    middle = (min(a.top for a in values) + max(a.bottom for a in values)) / 2
    return {k: (0.0, middle - a.centre[1]) for k, a in areas.items()}


def distribute(areas: Mapping[int, Footprint], horizontal: bool = True) -> dict[int, tuple[float, float]]:
    """The moves that leave equal gaps between neighbours within the span the selection covers (its first and last
    edges stay where they are)."""
    if len(areas) < 3:
        return {k: (0.0, 0.0) for k in areas}
    if horizontal:
        order = sorted(areas.items(), key=lambda item: (item[1].left, item[0]))
        start, end = order[0][1].left, max(a.right for _k, a in order)
        total = sum(a.width for _k, a in order)
    else:
        order = sorted(areas.items(), key=lambda item: (item[1].top, item[0]))
        start, end = order[0][1].top, max(a.bottom for _k, a in order)
        total = sum(a.depth for _k, a in order)
    gap = (end - start - total) / (len(order) - 1)
    moves: dict[int, tuple[float, float]] = {}
    place = start
    for key, area in order:
        if horizontal:
            moves[key] = (place - area.left, 0.0)
            place += area.width + gap
        else:
            moves[key] = (0.0, place - area.top)
            place += area.depth + gap
    return moves


# --- numbering ----------------------------------------------------------------------------------------------------

def reading_order(areas: Mapping[int, Footprint], *, by_columns: bool = False) -> list[int]:
    """The keys in reading order: rows top to bottom, each left to right (or columns left to right, each top to
    bottom). Footprints whose centres are closer than half the smaller extent across the row are one row."""
    across = 0 if by_columns else 1  # the coordinate that separates rows (y) or columns (x)

    def coordinate(area: Footprint, axis: int) -> float:
        return area.centre[axis]

    def size(area: Footprint, axis: int) -> float:
        return area.width if axis == 0 else area.depth

    items = sorted(areas.items(), key=lambda item: (coordinate(item[1], across), item[0]))
    groups: list[list[tuple[int, Footprint]]] = []
    for key, area in items:
        if groups:
            last = groups[-1]
            reference = sum(coordinate(a, across) for _k, a in last) / len(last)
            tolerance = min(min(size(a, across) for _k, a in last), size(area, across)) / 2
            if abs(coordinate(area, across) - reference) < tolerance:
                last.append((key, area))
                continue
        groups.append([(key, area)])
    along = 1 - across
    return [key for group in groups for key, _area in sorted(group, key=lambda item: (coordinate(item[1], along),
                                                                                       item[0]))]


def number_labels(count: int, prefix: str = "", start: int = 1, width: int = 2) -> list[str]:
    """``count`` booth numbers: prefix, then the running number padded with zeros to ``width`` (A01 … A12)."""
    return [f"{prefix}{str(start + index).zfill(max(width, 1))}" for index in range(count)]


# --- the map's scale ----------------------------------------------------------------------------------------------

def round_scales(limit: int = 10_000_000) -> Iterable[int]:
    """100, 150, 200, 250, 300, 400, 500, 750, 1000, 1500, … up to ``limit``."""
    decade = 100
    while decade <= limit:
        for step in SCALE_STEPS:
            value = int(round(step * decade))
            if value <= limit:
                yield value
        decade *= 10


def choose_scale(plaza_width: float, plaza_depth: float, area_width_mm: float, area_depth_mm: float) -> int:
    """The smallest round scale N (1:N) at which a plaza of the given metres fits an area of the given millimetres."""
    for scale in round_scales():
        if plaza_width * 1000 / scale <= area_width_mm + EPS and plaza_depth * 1000 / scale <= area_depth_mm + EPS:
            return scale
    raise ValueError("plaza too large for any scale")


def scale_bar_metres(scale: int, max_mm: float) -> float:
    """A round length in metres (1, 2, 5, 10, 20, 50 …) whose bar at 1:``scale`` is as long as fits ``max_mm``."""
    best = 1.0
    for exponent in range(-1, 6):
        for mantissa in (1, 2, 5):
            metres = mantissa * 10 ** exponent
            if metres * 1000 / scale <= max_mm + EPS:
                best = metres
    return float(best)


# --- values -------------------------------------------------------------------------------------------------------

def parse_metres(value: object, field: str) -> float:
    """A length or coordinate in metres from a typed or read value ("3", "3.5", "３米", 3); ValidationError naming
    ``field`` otherwise."""
    label = msg.LAYOUT_LABELS.get(field, field)
    if isinstance(value, bool) or value is None:
        raise ValidationError({field: msg.LAYOUT_NOT_A_NUMBER.format(label=label, value="" if value is None else value)})
    if isinstance(value, int | float):
        number = float(value)
    else:
        import unicodedata

        text = unicodedata.normalize("NFKC", str(value)).strip().lower()
        for unit in ("米", "m"):
            text = text.removesuffix(unit).strip()
        try:
            number = float(text)
        except ValueError:
            raise ValidationError({field: msg.LAYOUT_NOT_A_NUMBER.format(label=label, value=value)}) from None
    if not math.isfinite(number) or abs(number) > MAX_METRES:
        raise ValidationError({field: msg.LAYOUT_NOT_A_NUMBER.format(label=label, value=value)})
    return round(number, 4)


def clean_booth(values: Mapping[str, object]) -> dict[str, object]:
    """A booth's values checked and typed: number required, sizes above zero, rotation a quarter turn, a known
    kind, counts not negative. Raises ValidationError naming every field that is wrong."""
    errors: dict[str, str] = {}
    cleaned: dict[str, object] = {}
    number = str(values.get("number") or "").strip()
    if not number:
        errors["number"] = msg.REQUIRED.format(label=msg.LAYOUT_LABELS["number"])
    elif len(number) > 20:
        errors["number"] = msg.TOO_LONG.format(label=msg.LAYOUT_LABELS["number"], limit=20)
    cleaned["number"] = number
    for key in ("x", "y", "width", "depth"):
        try:
            cleaned[key] = parse_metres(values.get(key), key)
        except ValidationError as error:
            errors.update(error.fields)
            continue
        if key in ("width", "depth") and cleaned[key] <= 0:
            errors[key] = msg.LAYOUT_SIZE_NOT_POSITIVE.format(label=msg.LAYOUT_LABELS[key], value=f"{cleaned[key]:g}")
    rotation = values.get("rotation", 0) or 0
    try:
        rotation = int(float(rotation))
    except (TypeError, ValueError):
        rotation = -1
    if rotation not in ROTATIONS:
        errors["rotation"] = msg.BAD_CHOICE.format(label=msg.LAYOUT_LABELS["rotation"], value=values.get("rotation"),
                                                   choices="、".join(str(r) for r in ROTATIONS))
    cleaned["rotation"] = rotation
    kind = str(values.get("kind") or BOOTH_KINDS[0]).strip()
    if kind not in BOOTH_KINDS:
        errors["kind"] = msg.BAD_CHOICE.format(label=msg.LAYOUT_LABELS["kind"], value=kind, choices="、".join(BOOTH_KINDS))
    cleaned["kind"] = kind
    cleaned["power"] = bool(values.get("power") or False)
    for key in ("tables", "chairs"):
        raw = values.get(key) or 0
        try:
            count = int(raw)
        except (TypeError, ValueError):
            errors[key] = msg.NOT_A_NUMBER.format(label=msg.LAYOUT_LABELS[key], value=raw)
            continue
        if count < 0 or count > 1000:
            errors[key] = msg.NEGATIVE.format(label=msg.LAYOUT_LABELS[key], value=count)
        cleaned[key] = count
    notes = str(values.get("notes") or "").strip()
    if len(notes) > 500:
        errors["notes"] = msg.TOO_LONG.format(label=msg.LAYOUT_LABELS["notes"], limit=500)
    cleaned["notes"] = notes
    if errors:
        raise ValidationError(errors)
    return cleaned


def clean_plaza(values: Mapping[str, object], booths: Iterable[Footprint | tuple[float, float]] = ()) -> dict:
    """A plaza's name, width, depth and grid checked; refused when smaller than a booth it holds (``booths``:
    footprints, or (x extent, y extent) pairs)."""
    errors: dict[str, str] = {}
    cleaned: dict[str, object] = {"name": str(values.get("name") or "").strip()[:100]}
    for key in ("width", "depth", "grid"):
        try:
            cleaned[key] = parse_metres(values.get(key), key)
        except ValidationError as error:
            errors.update(error.fields)
            continue
        if cleaned[key] <= 0:
            errors[key] = msg.LAYOUT_SIZE_NOT_POSITIVE.format(label=msg.LAYOUT_LABELS[key], value=f"{cleaned[key]:g}")
    if not errors:
        sizes = [(b.width, b.depth) if isinstance(b, Footprint) else b for b in booths]
        widest = max((w for w, _d in sizes), default=0.0)
        deepest = max((d for _w, d in sizes), default=0.0)
        if cleaned["width"] < widest - EPS or cleaned["depth"] < deepest - EPS:
            errors["width"] = msg.LAYOUT_PLAZA_TOO_SMALL.format(
                width=f"{cleaned['width']:g}", depth=f"{cleaned['depth']:g}", booth=f"{widest:g}×{deepest:g}")
        if cleaned["grid"] > min(cleaned["width"], cleaned["depth"]):
            errors["grid"] = msg.LAYOUT_GRID_TOO_LARGE.format(value=f"{cleaned['grid']:g}")
    if errors:
        raise ValidationError(errors)
    return cleaned


@dataclass(frozen=True)
class Problem:
    """Something wrong with the layout: its kind (overlap, outside, double, unplaced), the booths concerned (ids)
    and the Chinese sentence that says it."""

    kind: str
    booth_ids: tuple[int, ...]
    text: str
    college_id: int | None = None


@dataclass(frozen=True)
class BoothShape:
    """What the problem check needs to know of a booth."""

    id: int
    number: str
    x: float
    y: float
    width: float
    depth: float
    rotation: int = 0
    college_id: int | None = None

    @property
    def area(self) -> Footprint:
        """Its footprint."""
        return footprint(self.x, self.y, self.width, self.depth, self.rotation)


def find_problems(plaza_width: float, plaza_depth: float, booths: Sequence[BoothShape],
                  colleges: Sequence[tuple[int, str]] = ()) -> list[Problem]:
    """Overlapping booths, booths outside the plaza, colleges holding two booths or more, and colleges without one
    (``colleges``: (id, name) of the edition, in their order)."""
    by_id = {b.id: b for b in booths}
    problems: list[Problem] = []
    for first, second in overlapping_pairs({b.id: b.area for b in booths}):
        a, b = by_id[first], by_id[second]
        problems.append(Problem("overlap", (first, second), msg.LAYOUT_OVERLAP.format(first=a.number, second=b.number)))
    for booth in sorted(booths, key=lambda b: b.number):
        if outside(booth.area, plaza_width, plaza_depth):
            problems.append(Problem("outside", (booth.id,), msg.LAYOUT_OUTSIDE.format(number=booth.number)))
    held: dict[int, list[BoothShape]] = {}
    for booth in booths:
        if booth.college_id is not None:
            held.setdefault(booth.college_id, []).append(booth)
    for college_id, name in colleges:
        mine = sorted(held.get(college_id, []), key=lambda b: b.number)
        if len(mine) > 1:
            problems.append(Problem("double", tuple(b.id for b in mine), msg.LAYOUT_DOUBLE.format(
                college=name, count=len(mine), numbers="、".join(b.number for b in mine)), college_id))
    for college_id, name in colleges:
        if college_id not in held:
            problems.append(Problem("unplaced", (), msg.LAYOUT_UNPLACED.format(college=name), college_id))
    return problems


def clean_feature(values: Mapping[str, object]) -> dict[str, object]:
    """A fixed feature's values checked and typed (a known kind, a position, a size above zero, a quarter turn)."""
    errors: dict[str, str] = {}
    kind = str(values.get("kind") or "").strip()
    if kind not in FEATURE_KINDS:
        errors["kind"] = msg.LAYOUT_FEATURE_KIND.format(value=kind, choices="、".join(FEATURE_KINDS.values()))
    cleaned: dict[str, object] = {"kind": kind, "label": str(values.get("label") or "").strip()[:100]}
    for key in ("x", "y", "width", "depth"):
        try:
            cleaned[key] = parse_metres(values.get(key), key)
        except ValidationError as error:
            errors.update(error.fields)
            continue
        if key in ("width", "depth") and cleaned[key] <= 0:
            errors[key] = msg.LAYOUT_SIZE_NOT_POSITIVE.format(label=msg.LAYOUT_LABELS[key], value=f"{cleaned[key]:g}")
    rotation = values.get("rotation", 0) or 0
    cleaned["rotation"] = int(rotation) if rotation in ROTATIONS else 0
    if errors:
        raise ValidationError(errors)
    return cleaned


def number_key(number: str) -> tuple:
    """A sort key that orders booth numbers as people read them: A2 before A10, 9 before 10."""
    return tuple(int(part) if part.isdigit() else part for part in re.split(r"(\d+)", number))
