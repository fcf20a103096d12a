"""关于: what it lists, and no empty band between the program's name and its facts."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel

from vocweek_desktop import __version__
from vocweek_desktop.gui.dialogs.about_dialog import AboutDialog


def test_no_empty_gap_between_the_heading_and_the_facts(qtbot, tmp_path):
    dialog = AboutDialog(tmp_path / "a.sqlite3", "0003_audit", tmp_path / "vocweek.log")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.values["version"] == __version__ and dialog.values["database"] == str(tmp_path / "a.sqlite3")

    form = dialog.findChild(QFormLayout)
    first_row = form.itemAt(0, QFormLayout.ItemRole.LabelRole).widget()
    above = [label for label in dialog.findChildren(QLabel)
             if label.isVisible() and label.geometry().bottom() < first_row.geometry().top()]
    assert [label.text() for label in above] == ["职教周工作台", "职业教育活动周的组织、报名、布展、审批与评奖。"]
    for label in above:  # each as tall as its one line of text: no paragraph margins
        assert label.height() <= label.fontMetrics().height() * 1.3, label.text()
    spacing = dialog.layout().spacing()
    description = above[-1]
    gap = first_row.geometry().top() - description.geometry().bottom()
    assert gap <= 2 * spacing + 8  # a separation, not an empty band

    last_row = form.itemAt(form.rowCount() - 1, QFormLayout.ItemRole.FieldRole).widget()
    button = dialog.findChild(QDialogButtonBox)
    assert button.geometry().top() - last_row.geometry().bottom() <= 2 * spacing + 8  # nor above the button
