"""matplotlib charts for the overview and for printing, drawn with the bundled CJK font (set up here, once; the
fonts of PDFs are in ``io/pdf/fonts.py``).

matplotlib is imported inside the functions only (≈ 1 s), so nothing here slows the window's start-up.
Figures are built with ``matplotlib.figure.Figure`` (no pyplot: no global state, no GUI backend).
"""

from __future__ import annotations

import functools
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from vocweek_desktop import paths
from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.errors import VocWeekError
from vocweek_desktop.files import atomic_path

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.figure import Figure

BAR_COLOR = "#3b7dd8"
EMPTY_BAR_COLOR = "#d9534f"
SAVE_FORMATS = ("png", "pdf", "svg")


@functools.cache
def matplotlib_font() -> str:
    """Make matplotlib draw with the bundled font (once) and return the family name."""
    os.environ.setdefault("MPLCONFIGDIR", str(paths.user_data_dir() / "matplotlib"))
    import matplotlib
    from matplotlib import font_manager

    font_manager.fontManager.addfont(str(paths.font_path()))
    family = font_manager.FontProperties(fname=str(paths.font_path())).get_name()
    matplotlib.rcParams["font.family"] = [family]
    matplotlib.rcParams["axes.unicode_minus"] = False
    matplotlib.rcParams["pdf.fonttype"] = 42
    return family


def _font():
    """A maker of FontProperties pinned to the bundled file, so no system font of the same name is used instead."""
    from matplotlib.font_manager import FontProperties

    matplotlib_font()
    path = str(paths.font_path())
    return lambda size: FontProperties(fname=path, size=size)


def activities_per_college_figure(counts: Sequence[tuple[str, int]], *, title: str = "各学院报名活动数",
                                  empty_text: str = "本年度还没有学院", width: float = 7.0,
                                  height: float | None = None, dpi: int = 100) -> Figure:
    """Horizontal bars of (college, activities), most at the top; a college with none is named in red; no title if empty.

    Each bar's gid is the index of its item in ``counts`` (a click on a bar can tell which college it is).
    """
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    font = _font()
    # Most at the top: barh draws the first item at the bottom, so sort ascending; ties keep the given order.
    ordered = sorted(enumerate(counts), key=lambda item: (item[1][1], -item[0]))
    names = [name for _, (name, _) in ordered]
    values = [int(value) for _, (_, value) in ordered]
    if height is None:
        height = max(3.0, 0.42 * len(values) + 1.2)
    figure = Figure(figsize=(width, height), dpi=dpi, layout="constrained")
    axes = figure.add_subplot()
    if title:
        # A figure title is centred on the whole figure and given room by the constrained layout; an axes
        # title would be centred over the bars only and cut off beside long college names.
        figure.suptitle(title, fontproperties=font(13))
    if not values:
        axes.text(0.5, 0.5, empty_text, ha="center", va="center", transform=axes.transAxes,
                  fontproperties=font(12), color="#666666")
        axes.set_axis_off()
        return figure
    bars = axes.barh(range(len(values)), values, color=BAR_COLOR, height=0.6)
    for bar, (index, _) in zip(bars, ordered, strict=True):
        bar.set_gid(str(index))  # which item of ``counts`` a bar shows, for a click on it
    # Smaller labels when there are many colleges, so that neighbouring names do not overlap.
    label_size = 10 if len(values) <= 15 else max(6.5, 10 - (len(values) - 15) * 0.2)
    axes.set_yticks(range(len(values)), names, fontproperties=font(label_size))
    for label, value in zip(axes.get_yticklabels(), values, strict=True):
        if not value:
            label.set_color(EMPTY_BAR_COLOR)
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_xlim(0, max(max(values), 1) * 1.15)
    axes.set_xlabel("活动数（项）", fontproperties=font(10))
    axes.bar_label(bars, labels=[str(v) for v in values], padding=3, fontproperties=font(9))
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    axes.grid(axis="x", color="#e5e5e5", linewidth=0.8)
    axes.set_axisbelow(True)
    return figure


def save_figure(figure: Figure, path: str | Path, *, dpi: int = 150) -> Path:
    """Write ``figure`` to ``path`` as PNG, PDF or SVG (by the suffix), atomically; returns the path."""
    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in SAVE_FORMATS:
        raise VocWeekError(msg.CHART_FORMAT.format(name=path.name))
    matplotlib_font()  # TrueType embedding in PDFs (pdf.fonttype 42) is set there
    with atomic_path(path) as temp:
        figure.savefig(temp, format=fmt, dpi=dpi)
    return path


AWARD_COLOR = "#d4a017"


def award_finals_figure(rows: Sequence[tuple[str, float, bool]], *, title: str = "各学院最终得分",
                        empty_text: str = "还没有学院得到评分", width: float = 7.0, height: float | None = None,
                        dpi: int = 100) -> Figure:
    """Horizontal bars of (college, final score, awarded or proposed), best at the top, the awarded ones in gold,
    each labelled with its score to two decimals."""
    from matplotlib.figure import Figure

    font = _font()
    ordered = list(reversed(rows))  # barh draws the first item at the bottom
    if height is None:
        height = max(3.0, 0.42 * len(ordered) + 1.2)
    figure = Figure(figsize=(width, height), dpi=dpi, layout="constrained")
    axes = figure.add_subplot()
    if title:
        figure.suptitle(title, fontproperties=font(13))
    if not ordered:
        axes.text(0.5, 0.5, empty_text, ha="center", va="center", transform=axes.transAxes,
                  fontproperties=font(12), color="#666666")
        axes.set_axis_off()
        return figure
    values = [float(value) for _, value, _ in ordered]
    colors = [AWARD_COLOR if awarded else BAR_COLOR for _, _, awarded in ordered]
    bars = axes.barh(range(len(values)), values, color=colors, height=0.6)
    axes.set_yticks(range(len(values)), [name for name, _, _ in ordered], fontproperties=font(10))
    axes.set_xlim(0, max(max(values), 1) * 1.12)
    axes.set_xlabel("最终得分（分）", fontproperties=font(10))
    axes.bar_label(bars, labels=[f"{v:.2f}" for v in values], padding=3, fontproperties=font(9))
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    axes.grid(axis="x", color="#e5e5e5", linewidth=0.8)
    axes.set_axisbelow(True)
    return figure


def award_criteria_figure(colleges: Sequence[str], criteria: Sequence[str], means: Sequence[Sequence[float]], *,
                          title: str = "各学院分项平均分", empty_text: str = "还没有学院得到评分", width: float = 7.0,
                          height: float | None = None, dpi: int = 100) -> Figure:
    """Stacked horizontal bars: each college's mean on each criterion (``means[college][criterion]``), so a bar's
    length is the sum of the means and its parts show where the points came from."""
    from matplotlib.figure import Figure

    font = _font()
    if height is None:
        height = max(3.2, 0.42 * len(colleges) + 1.6)
    figure = Figure(figsize=(width, height), dpi=dpi, layout="constrained")
    axes = figure.add_subplot()
    if title:
        figure.suptitle(title, fontproperties=font(13))
    if not colleges:
        axes.text(0.5, 0.5, empty_text, ha="center", va="center", transform=axes.transAxes,
                  fontproperties=font(12), color="#666666")
        axes.set_axis_off()
        return figure
    palette = ["#3b7dd8", "#5cb85c", "#f0ad4e", "#9b59b6", "#e67e22", "#1abc9c", "#95a5a6"]
    positions = list(range(len(colleges)))[::-1]  # the first college at the top
    left = [0.0] * len(colleges)
    for index, name in enumerate(criteria):
        widths = [float(row[index]) for row in means]
        axes.barh(positions, widths, left=left, height=0.6, color=palette[index % len(palette)], label=name)
        left = [a + b for a, b in zip(left, widths, strict=True)]
    axes.set_yticks(positions, list(colleges), fontproperties=font(10))
    axes.set_xlabel("分项平均分之和（分）", fontproperties=font(10))
    figure.legend(prop=font(9), loc="outside lower center", ncols=min(len(criteria), 3), frameon=False)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    axes.grid(axis="x", color="#e5e5e5", linewidth=0.8)
    axes.set_axisbelow(True)
    return figure
