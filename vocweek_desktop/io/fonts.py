"""The bundled CJK font for reportlab and matplotlib, registered once, on first use."""

from __future__ import annotations

import functools
import os

from vocweek_desktop import paths

FONT_NAME = "LXGWWenKai"


@functools.cache
def reportlab_font() -> str:
    """Register the bundled TrueType font with reportlab (once) and return its name."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(FONT_NAME, str(paths.font_path())))
    return FONT_NAME


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
