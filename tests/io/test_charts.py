"""The activities-per-college chart: bars, labels, the bundled font, saved files."""

from __future__ import annotations

import subprocess
import sys
import warnings
from pathlib import Path

import pytest
from matplotlib.text import Text
from pypdf import PdfReader

from vocweek_desktop import paths
from vocweek_desktop.domain.errors import VocWeekError
from vocweek_desktop.io.charts import activities_per_college_figure, matplotlib_font, save_figure

COUNTS = [("智能制造学院", 5), ("汽车工程学院", 0), ("信息工程学院", 12), ("艺术设计学院", 3)]


def _bars(figure):
    axes = figure.axes[0]
    labels = [tick.get_text() for tick in axes.get_yticklabels()]
    return axes, dict(zip(labels, [patch.get_width() for patch in axes.patches], strict=True)), labels


def test_one_bar_per_college_with_its_count_sorted_most_on_top():
    axes, widths, labels = _bars(activities_per_college_figure(COUNTS))
    assert widths == {"智能制造学院": 5, "汽车工程学院": 0, "信息工程学院": 12, "艺术设计学院": 3}
    # barh puts the first tick at the bottom: the top bar is the last label.
    assert labels == ["汽车工程学院", "艺术设计学院", "智能制造学院", "信息工程学院"]
    assert [patch.get_y() for patch in axes.patches] == sorted(patch.get_y() for patch in axes.patches)
    assert [text.get_text() for text in axes.texts] == ["0", "3", "5", "12"]
    # Each bar knows which item of the input it shows.
    assert [COUNTS[int(patch.get_gid())][0] for patch in axes.patches] == labels


def test_labels_use_the_bundled_font():
    family = matplotlib_font()
    from matplotlib import font_manager

    bundled = font_manager.FontProperties(fname=str(paths.font_path())).get_name()
    assert family == bundled
    figure = activities_per_college_figure(COUNTS)
    axes, _, _ = _bars(figure)
    [title] = [t for t in figure.findobj(Text) if t.get_text() == "各学院报名活动数"]
    for text in [*axes.get_yticklabels(), title, axes.xaxis.label, *axes.texts]:
        # The text is drawn from the bundled TTF itself, not a fallback font (boxes) or a system copy.
        assert Path(text.get_fontproperties().get_file()).resolve() == paths.font_path().resolve()
        assert text.get_fontproperties().get_name() == bundled


def test_without_title():
    figure = activities_per_college_figure(COUNTS, title="")
    assert [t.get_text() for t in figure.findobj(Text) if "活动数" in t.get_text()] == ["活动数（项）"]


def test_empty_list_says_so():
    figure = activities_per_college_figure([], empty_text="本年度还没有学院")
    axes = figure.axes[0]
    assert len(axes.patches) == 0 and [t.get_text() for t in axes.texts] == ["本年度还没有学院"]


def test_saved_png_is_an_image_with_every_glyph(tmp_path):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        target = save_figure(activities_per_college_figure(COUNTS), tmp_path / "sub" / "各学院.png")
    assert [str(w.message) for w in caught if "missing from font" in str(w.message)] == []
    data = target.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 5000
    assert list(target.parent.iterdir()) == [target]  # no temporary file left behind


def test_saved_pdf_embeds_the_font_and_keeps_chinese_text(tmp_path):
    target = save_figure(activities_per_college_figure(COUNTS), tmp_path / "chart.pdf")
    reader = PdfReader(target)
    text = reader.pages[0].extract_text()
    assert "信息工程学院" in text and "各学院报名活动数" in text
    fonts = {str(font["/BaseFont"]) for font in reader.pages[0]["/Resources"]["/Font"].values()}
    assert any("LXGW" in name for name in fonts), fonts


def test_unknown_format_is_refused_in_chinese(tmp_path):
    with pytest.raises(VocWeekError, match="PNG、PDF 或 SVG"):
        save_figure(activities_per_college_figure(COUNTS), tmp_path / "chart.bmp")
    assert list(tmp_path.iterdir()) == []


def test_importing_the_module_does_not_load_matplotlib():
    code = "import sys, vocweek_desktop.io.charts; print('matplotlib' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_report_bars_side_by_side_stacked_and_as_percentages():
    from vocweek_desktop.io.charts import bar_chart_figure

    figure = bar_chart_figure(["学院甲", "学院乙"], [("计划", [3, 1]), ("举办", [2, 0])], unit="项")
    axes = figure.axes[0]
    assert len(axes.patches) == 4 and figure.legends  # two series: a legend
    labels = [t.get_text() for t in axes.texts]
    assert labels == ["3", "1", "2", ""]  # a zero is not written on its bar
    assert (axes.get_ylabel(), axes.yaxis.label.get_rotation()) == ("项", 0)  # the unit upright, not on its side
    stacked = bar_chart_figure(["甲", "乙"], [("教师", [1, 40]), ("学生", [100, 40])], stacked=True, horizontal=True)
    texts = [t.get_text() for t in stacked.axes[0].texts]
    assert texts == ["", "40", "100", "40"]  # 1 of 101 is too thin to carry its number
    assert [t.get_text() for t in stacked.axes[0].get_yticklabels()] == ["甲", "乙"]
    share = bar_chart_figure(["甲"], [("教师", [0.352])], percent=True)
    assert [t.get_text() for t in share.axes[0].texts] == ["35%"] and not share.legends
    empty = bar_chart_figure([], [], empty_text="没有数据")
    assert [t.get_text() for t in empty.axes[0].texts] == ["没有数据"]
