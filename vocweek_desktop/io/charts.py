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


#: Colours of the series of a report chart, in order (readable in greyscale print too: light to dark).
SERIES_COLORS = ("#9ec5f0", "#3b7dd8", "#1f4e8c", "#f0ad4e", "#d9534f", "#8c8c8c")
#: Colours of the submission states (未交 / 已交 / 逾期 / 延期 / 补交) where a chart shows them.
STATE_COLORS = {"未交": "#bdbdbd", "已交": "#4caf50", "逾期": "#d9534f", "延期": "#f0ad4e", "补交": "#2f7fc1"}


def bar_chart_figure(labels: Sequence[str], series: Sequence[tuple[str, Sequence[float]]], *, title: str = "",
                     unit: str = "", percent: bool = False, stacked: bool = False, horizontal: bool = False,
                     width: float = 6.7, height: float | None = None, dpi: int = 100,
                     colors: Sequence[str] | None = None, empty_text: str = "没有数据") -> Figure:
    """Bars for the week's report: one bar per label and series, side by side (or ``stacked``), vertical or
    ``horizontal`` (the first label at the top), values labelled, a legend when there are several series;
    ``percent`` shows fractions as percentages. Drawn in the bundled font."""
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    font = _font()
    count = len(labels)
    if height is None:
        bars = 1 if stacked else max(len(series), 1)
        height = max(2.4, count * (0.14 * bars + 0.1) + 1.0) if horizontal else 3.4
    figure = Figure(figsize=(width, height), dpi=dpi, layout="constrained")
    axes = figure.add_subplot()
    if title:
        figure.suptitle(title, fontproperties=font(12))
    total = sum(abs(v) for _name, values in series for v in values)
    if not count or not series or total == 0:
        axes.text(0.5, 0.5, empty_text, ha="center", va="center", transform=axes.transAxes, fontproperties=font(11),
                  color="#666666")
        axes.set_axis_off()
        return figure
    palette = list(colors or SERIES_COLORS)
    positions = list(range(count))[::-1] if horizontal else list(range(count))
    group = 0.8
    size = group if stacked else group / len(series)
    base = [0.0] * count
    shown = (lambda v: f"{v * 100:.0f}%") if percent else (lambda v: f"{v:g}")
    totals = [sum(float(values[i]) for _name, values in series) for i in range(count)]
    smallest = 0.06 * max(totals) if stacked else 0.0  # a stacked segment too thin for its number goes unlabelled
    for index, (name, values) in enumerate(series):
        # Side by side: the first series on the left, or on top when the bars lie down.
        step = size * (index + 0.5) - group / 2
        offsets = positions if stacked else [p - step if horizontal else p + step for p in positions]
        values = [float(v) for v in values]
        color = palette[index % len(palette)]
        if horizontal:
            bars = axes.barh(offsets, values, height=size, left=base if stacked else None, color=color, label=name)
        else:
            bars = axes.bar(offsets, values, width=size, bottom=base if stacked else None, color=color, label=name)
        texts = [shown(v) if v and v >= smallest else "" for v in values]
        axes.bar_label(bars, labels=texts, label_type="center" if stacked else "edge", padding=0 if stacked else 2,
                       fontproperties=font(7.5 if count > 8 else 8.5))
        if stacked:
            base = [b + v for b, v in zip(base, values, strict=True)]
    names = [str(label) for label in labels]
    label_size = 9 if count <= 10 else max(6.5, 9 - (count - 10) * 0.15)
    value_axis = axes.xaxis if horizontal else axes.yaxis
    if horizontal:
        axes.set_yticks(positions, names, fontproperties=font(label_size))
    else:
        axes.set_xticks(positions, names, fontproperties=font(label_size), rotation=0 if count <= 8 else 30,
                        ha="center" if count <= 8 else "right")
    if percent:
        value_axis.set_major_formatter(FuncFormatter(lambda v, _p: f"{v * 100:.0f}%"))
        limit = max(max(base) if stacked else max(max(v) for _n, v in series), 0.01)
        (axes.set_xlim if horizontal else axes.set_ylim)(0, min(1.0, limit * 1.2) if limit <= 1 else limit * 1.15)
    else:
        value_axis.set_major_locator(MaxNLocator(integer=True))
        peak = max(base) if stacked else max(max(v) for _n, v in series)
        (axes.set_xlim if horizontal else axes.set_ylim)(0, max(peak, 1) * 1.15)
    for tick in value_axis.get_ticklabels():
        tick.set_fontproperties(font(8))
    if unit and horizontal:
        axes.set_xlabel(unit, fontproperties=font(9))
    elif unit:  # upright: Chinese turned on its side is read with a tilted head
        axes.set_ylabel(unit, fontproperties=font(9), rotation=0, ha="right", va="center")
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    axes.grid(axis="x" if horizontal else "y", color="#e5e5e5", linewidth=0.8)
    axes.set_axisbelow(True)
    if len(series) > 1:
        figure.legend(prop=font(8.5), frameon=False, loc="outside upper right", ncols=min(len(series), 5))
    return figure


def figure_png(figure: Figure, *, dpi: int = 200) -> bytes:
    """``figure`` as PNG bytes at ``dpi`` (for embedding in a PDF)."""
    import io

    matplotlib_font()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()
