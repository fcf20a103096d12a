"""The plaza's geometry: footprints, overlap and outside (rotated booths too), snapping, align/distribute,
reading order, the round map scale, and the rules of booth and plaza values."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vocweek_desktop.domain import layout
from vocweek_desktop.domain.errors import ValidationError
from vocweek_desktop.domain.layout import BoothShape, Footprint, footprint

metres = st.floats(min_value=-200, max_value=200, allow_nan=False, allow_infinity=False)
sizes = st.floats(min_value=0.1, max_value=30, allow_nan=False, allow_infinity=False)
rotations = st.sampled_from(layout.ROTATIONS)
boxes = st.builds(lambda x, y, w, d, r: footprint(x, y, w, d, r), metres, metres, sizes, sizes, rotations)


def test_a_turned_booth_swaps_width_and_depth():
    assert footprint(10, 5, 6, 2, 0) == Footprint(7, 4, 13, 6)
    assert footprint(10, 5, 6, 2, 90) == Footprint(9, 2, 11, 8)
    assert footprint(10, 5, 6, 2, 180) == footprint(10, 5, 6, 2, 0)
    assert footprint(10, 5, 6, 2, 270) == footprint(10, 5, 6, 2, 90)


def test_touching_edges_and_corners_are_not_overlaps():
    a = footprint(1.5, 1.5, 3, 3)
    assert not layout.overlaps(a, footprint(4.5, 1.5, 3, 3))  # side by side
    assert not layout.overlaps(a, footprint(4.5, 4.5, 3, 3))  # corner to corner
    assert layout.overlaps(a, footprint(4.4, 1.5, 3, 3))  # 10 cm into it


def test_a_rotated_booth_overlaps_where_its_turned_footprint_does():
    # 6 × 2 m: unturned it stops at x = 4, turned by 90° it is 2 wide and reaches 8 m down.
    long_one = footprint(1, 4, 6, 2, 90)
    below = footprint(1, 7.2, 2, 1)
    assert layout.overlaps(long_one, below)
    assert not layout.overlaps(footprint(4, 4, 6, 2, 0), below)


def test_outside_the_plaza_counts_the_turned_footprint():
    assert not layout.outside(footprint(1.5, 1.5, 3, 3), 10, 10)  # on the edge is inside
    assert layout.outside(footprint(9, 1, 2, 6, 90), 10, 10)  # 6 m along x once turned: 6..12
    assert not layout.outside(footprint(9, 3, 2, 6, 0), 10, 10)


@settings(deadline=None, max_examples=150)
@given(st.lists(boxes, min_size=0, max_size=25))
def test_sweep_finds_exactly_the_pairs_a_full_comparison_finds(areas):
    keyed = dict(enumerate(areas))
    expected = sorted((i, j) for i in keyed for j in keyed if i < j and layout.overlaps(keyed[i], keyed[j]))
    assert layout.overlapping_pairs(keyed) == expected


@settings(deadline=None)
@given(boxes, boxes)
def test_overlap_is_symmetric_and_a_box_overlaps_itself(a, b):
    assert layout.overlaps(a, b) == layout.overlaps(b, a)
    assert layout.overlaps(a, a)


@settings(deadline=None)
@given(boxes, metres, metres, st.sampled_from([0.1, 0.25, 0.5, 1.0]))
def test_snap_delta_puts_the_corner_on_the_grid_and_stays_within_half_a_step(area, dx, dy, step):
    sx, sy = layout.snap_delta(area, dx, dy, step)
    left, top = area.left + sx, area.top + sy
    assert abs(left / step - round(left / step)) < 1e-4
    assert abs(top / step - round(top / step)) < 1e-4
    assert abs(sx - dx) <= step / 2 + 1e-6 and abs(sy - dy) <= step / 2 + 1e-6


@settings(deadline=None)
@given(st.lists(boxes, min_size=1, max_size=8), st.sampled_from(layout.ALIGN_MODES))
def test_align_lines_every_footprint_up(areas, mode):
    keyed = dict(enumerate(areas))
    moved = {k: Footprint(a.left + dx, a.top + dy, a.right + dx, a.bottom + dy)
             for (k, a), (dx, dy) in zip(keyed.items(), layout.align(keyed, mode).values(), strict=True)}
    probe = {"left": lambda a: a.left, "right": lambda a: a.right, "top": lambda a: a.top,
             "bottom": lambda a: a.bottom, "hcentre": lambda a: a.centre[0], "vcentre": lambda a: a.centre[1]}[mode]
    values = [probe(a) for a in moved.values()]
    assert max(values) - min(values) < 1e-6


@settings(deadline=None)
@given(st.lists(st.tuples(metres, sizes), min_size=3, max_size=8))
def test_distribute_leaves_equal_gaps_and_keeps_the_ends(items):
    keyed = {i: footprint(x, 0, w, 1) for i, (x, w) in enumerate(items)}
    moves = layout.distribute(keyed, horizontal=True)
    order = sorted(keyed, key=lambda k: (keyed[k].left, k))  # the order they are laid out in
    moved = [(keyed[k].left + moves[k][0], keyed[k].right + moves[k][0]) for k in order]
    gaps = [b[0] - a[1] for a, b in zip(moved, moved[1:], strict=False)]
    assert max(gaps) - min(gaps) < 1e-6
    assert moved[0][0] == pytest.approx(min(a.left for a in keyed.values()))


def test_reading_order_rows_then_columns():
    # Two rows of three, the second row a little ragged (as dragged by hand), given in no order.
    centres = {1: (10, 20.2), 2: (4, 10), 3: (7, 10.3), 4: (4, 19.8), 5: (10, 9.9), 6: (7, 20)}
    areas = {k: footprint(x, y, 3, 3) for k, (x, y) in centres.items()}
    assert layout.reading_order(areas) == [2, 3, 5, 4, 6, 1]
    assert layout.reading_order(areas, by_columns=True) == [2, 4, 3, 6, 5, 1]
    assert layout.number_labels(3, "A", 1, 2) == ["A01", "A02", "A03"]
    assert layout.number_labels(2, "", 9, 3) == ["009", "010"]


def test_round_scales_and_the_smallest_that_fits():
    assert list(layout.round_scales(2000)) == [100, 150, 200, 250, 300, 400, 500, 750, 1000, 1500, 2000]
    # 120 m × 80 m in 277 × 160 mm: 1:500 gives 240 × 160 mm.
    assert layout.choose_scale(120, 80, 277, 160) == 500
    assert layout.choose_scale(120, 80, 239, 160) == 750
    assert layout.choose_scale(10, 10, 200, 200) == 100  # never larger than 1:100
    assert layout.scale_bar_metres(500, 50) == 20  # 20 m = 40 mm at 1:500


@settings(deadline=None)
@given(sizes, sizes, st.floats(min_value=20, max_value=400), st.floats(min_value=20, max_value=400))
def test_chosen_scale_fits_and_the_round_scale_before_it_does_not(width, depth, area_w, area_d):
    scale = layout.choose_scale(width * 10, depth * 10, area_w, area_d)
    assert width * 10 * 1000 / scale <= area_w + 1e-6 and depth * 10 * 1000 / scale <= area_d + 1e-6
    smaller = [s for s in layout.round_scales(scale) if s < scale]
    if smaller:
        previous = smaller[-1]
        assert width * 10 * 1000 / previous > area_w + 1e-9 or depth * 10 * 1000 / previous > area_d + 1e-9


def test_booth_values_are_checked_naming_each_field():
    good = layout.clean_booth({"number": " A01 ", "x": "3.5", "y": "２米", "width": 3, "depth": 3})
    assert good == {"number": "A01", "x": 3.5, "y": 2.0, "width": 3.0, "depth": 3.0, "rotation": 0,
                    "kind": "标准展位", "power": False, "tables": 0, "chairs": 0, "notes": ""}
    with pytest.raises(ValidationError) as caught:
        layout.clean_booth({"number": "", "x": "很远", "y": 1, "width": 0, "depth": -2, "rotation": 45})
    assert caught.value.fields == {
        "number": "展位号不能为空", "x": "X(米)“很远”不是数字", "width": "宽(米)必须大于 0（填写的是 0）",
        "depth": "深(米)必须大于 0（填写的是 -2）", "rotation": "旋转“45”无效，应为：0、90、180、270"}


def test_a_plaza_smaller_than_a_booth_is_refused():
    assert layout.clean_plaza({"name": "广场", "width": 40, "depth": "30", "grid": 0.5}, [(3, 3)])["depth"] == 30
    with pytest.raises(ValidationError) as caught:
        layout.clean_plaza({"width": 2, "depth": 30, "grid": 0.5}, [footprint(1, 1, 3, 3)])
    assert caught.value.fields == {"width": "场地 2×30 米比展位（3×3 米）还小"}


def test_problems_name_the_booths_and_colleges():
    booths = [BoothShape(1, "A01", 1.5, 1.5, 3, 3, college_id=10), BoothShape(2, "A02", 4, 1.5, 3, 3, college_id=10),
              BoothShape(3, "A03", 19, 5, 3, 3, 90)]
    problems = layout.find_problems(20, 20, booths, [(10, "智能制造学院"), (11, "汽车工程学院")])
    assert [(p.kind, p.booth_ids, p.text) for p in problems] == [
        ("overlap", (1, 2), "展位 A01 与 A02 重叠"), ("outside", (3,), "展位 A03 超出场地范围"),
        ("double", (1, 2), "智能制造学院有 2 个展位（A01、A02）"), ("unplaced", (), "汽车工程学院还没有展位")]
