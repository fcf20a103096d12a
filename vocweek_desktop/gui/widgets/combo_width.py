"""Combo boxes wide enough for their longest entry: Qt's own size hint measures Chinese text a few pixels short
under some styles (Fusion), and a box sized in average characters cuts 5月15日（周三） to 5月15日（周三."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox


def fit_to_items(combo: QComboBox) -> int:
    """Give ``combo`` a minimum width at which every entry shows whole in the box; returns that width."""
    metrics = combo.fontMetrics()
    widest = max((metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count())), default=0)
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    probe = max(combo.width(), 200)
    option.rect.setWidth(probe)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    width = widest + (probe - field.width()) + 2
    combo.setMinimumWidth(width)
    return width
