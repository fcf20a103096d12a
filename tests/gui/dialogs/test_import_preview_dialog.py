"""The preview dialog shows any form's preview: its columns, labels and values come from the form (here the toy
展位表 of the pipeline's own tests, which the dialog has never heard of)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.widget_input import table_rows
from tests.services.test_imports import FORM, ToyBase, fill, template
from vocweek_desktop.gui.dialogs.import_preview_dialog import ImportPreviewDialog
from vocweek_desktop.services import imports


def headers(dialog: ImportPreviewDialog, section: str) -> list[str]:
    """The column titles of a section's table."""
    model = getattr(dialog.ui, f"{section}View").model()
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def test_a_form_the_dialog_does_not_know(qtbot, db, edition, tmp_path):
    ToyBase.metadata.create_all(db.engine)
    imports.apply_import(db, imports.preview_file(db, FORM, edition.id, fill(
        template(tmp_path / "旧.xlsx"), [["A01", 3, "智能制造学院"]])))
    path = fill(template(tmp_path / "展位.xlsx"), [["A01", 4, "智能制造学院"], ["A02", 3, ""], ["A03", 1, ""]])
    dialog = ImportPreviewDialog(imports.preview_file(db, FORM, edition.id, path))
    qtbot.addWidget(dialog)

    assert dialog.windowTitle() == "导入展位表 — 预览：展位.xlsx"
    tabs = dialog.ui.tabWidget
    assert [tabs.tabText(i) for i in range(tabs.count()) if tabs.isTabVisible(i)] == [
        "新增 1", "更新 1", "未变 0", "问题 1"]  # no rows offered for deletion
    assert not dialog.ui.factsLayout.isRowVisible(2) and not dialog.ui.factsLayout.isRowVisible(3)  # 学院, 收到时间
    assert headers(dialog, "added") == ["行", "展位号", "宽度"]
    assert table_rows(dialog.ui.addedView) == [["6", "A02", "3"]]
    assert headers(dialog, "updated") == ["行", "展位号", "改动项", "原值", "新值"]
    assert table_rows(dialog.ui.updatedView) == [["5", "A01", "宽度", "3", "4"]]
    assert table_rows(dialog.ui.problemsView) == [["展位表!B7", "展位宽度“1”不能小于 2 米"]]
    summary = dialog.ui.summaryLabel.text()
    assert summary.startswith("新增 1 行，更新 1 行，未变 0 行；有错误 1 行（1 个问题）。") and FORM.errors_hint in summary
    assert not dialog.import_button.isEnabled()
