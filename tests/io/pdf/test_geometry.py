"""Paper sizes and millimetre boxes."""

from __future__ import annotations

import pytest

from vocweek_desktop.domain.errors import ValidationError
from vocweek_desktop.io.pdf.geometry import MM, Box, Offset, paper, paper_mm


def test_named_papers_in_both_orientations():
    assert (paper("A4").width, paper("A4").height) == (210, 297)
    assert (paper("a4", landscape=True).width, paper("A4", landscape=True).height) == (297, 210)
    assert (paper("A3").width, paper("A3").height) == (297, 420)
    assert paper("A3", landscape=True).is_landscape and not paper("A3").is_landscape
    assert paper("A4").size == pytest.approx((595.276, 841.89), abs=0.01)
    assert paper("A4").landscape().portrait() == paper("A4")


def test_unknown_paper_and_bad_sizes_are_refused_in_chinese():
    with pytest.raises(ValidationError, match="纸张“B5”无效，应为：A4、A3"):
        paper("B5")
    for width, height in ((0, 100), (-5, 100), (100, 6000), (float("nan"), 100), ("210", 297)):
        with pytest.raises(ValidationError, match="宽和高应在 20 到 5000 毫米之间"):
            paper_mm(width, height)
    assert paper_mm(250, 180).size == pytest.approx((250 * MM, 180 * MM))


def test_boxes_and_offsets():
    box = Box(10, 20, 100, 50)
    assert (box.right, box.bottom, box.centre) == (110, 70, (60, 45))
    assert box.inset(5) == Box(15, 25, 90, 40) and box.inset(5, 2) == Box(15, 22, 90, 46)
    assert box.inset(80).width == 0
    assert box.within(paper("A4")) and not Box(150, 10, 100, 10).within(paper("A4"))
    assert not Offset() and Offset(0, -1.5)
