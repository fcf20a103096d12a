"""回收站: the edition's deleted activities — restore them, or remove them for good."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox

from vocweek_desktop.gui.forms.ui_recycle_bin_dialog import Ui_RecycleBinDialog
from vocweek_desktop.gui.models.recycle_bin_model import RecycleBinModel
from vocweek_desktop.services import activity_bin, editions
from vocweek_desktop.store.engine import Database


class RecycleBinDialog(QDialog):
    """Rows of ``edition_id`` whose ``deleted_at`` is set; 恢复所选, 彻底删除所选, 清空回收站 (both confirmed)."""

    #: Emitted after rows were restored or purged (the activities tab reloads).
    changed = Signal()
    #: The activities just restored (the activities tab shows them selected).
    restored = Signal(list)

    def __init__(self, db: Database, edition_id: int, parent=None):
        super().__init__(parent)
        self.ui = Ui_RecycleBinDialog()
        self.ui.setupUi(self)
        self._db, self._edition_id = db, edition_id
        self.model = RecycleBinModel(self)
        self.model.set_year(editions.get_edition(db, edition_id).year)
        view = self.ui.table_view
        view.setModel(self.model)
        view.verticalHeader().hide()
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        view.setSortingEnabled(True)
        view.sortByColumn(self.model.column_of("deleted_at"), Qt.SortOrder.DescendingOrder)  # the latest first
        char = view.fontMetrics().horizontalAdvance("中")
        for column, spec in enumerate(self.model.columns()):
            view.setColumnWidth(column, int(spec.width * char) + 12)
        self.reload()
        self.ui.restore_button.clicked.connect(self.restore_selected)
        self.ui.purge_button.clicked.connect(self.purge_selected)
        self.ui.empty_button.clicked.connect(self.empty_bin)
        view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.model.modelReset.connect(self._update)
        self._update()

    def reload(self) -> None:
        """Read the bin again."""
        self.model.set_rows(activity_bin.list_binned(self._db, self._edition_id))

    def selected_ids(self) -> list[int]:
        """The activities of the selected rows."""
        rows = sorted({index.row() for index in self.ui.table_view.selectionModel().selectedRows()})
        return [record.id for record in (self.model.record(row) for row in rows) if record is not None]

    def _on_selection_changed(self, *_args) -> None:
        self._update()

    def _update(self) -> None:
        count = self.model.total_count()
        selected = bool(self.ui.table_view.selectionModel().selectedRows())
        self.ui.restore_button.setEnabled(selected)
        self.ui.purge_button.setEnabled(selected)
        self.ui.empty_button.setEnabled(count > 0)
        self.ui.count_label.setText(self.tr("回收站中共 {0} 条").format(count) if count else self.tr("回收站是空的"))

    def restore_selected(self) -> int:
        """恢复所选: put the selected activities back; returns how many came back."""
        ids = self.selected_ids()
        if not ids:
            return 0
        restored = activity_bin.restore_activities(self._db, ids)
        self.reload()
        self.changed.emit()
        self.restored.emit(ids)
        return restored

    def purge_selected(self) -> int:
        """彻底删除所选, after confirmation; returns how many were removed."""
        ids = self.selected_ids()
        if not ids:
            return 0
        answer = QMessageBox.question(
            self, self.tr("彻底删除"), self.tr("永久删除选中的 {0} 条活动吗？删除后无法找回。").format(len(ids)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return 0
        removed = activity_bin.purge_deleted(self._db, self._edition_id, ids)
        self.reload()
        self.changed.emit()
        return removed

    def empty_bin(self) -> int:
        """清空回收站, after confirmation; returns how many were removed."""
        count = self.model.total_count()
        if not count:
            return 0
        answer = QMessageBox.question(
            self, self.tr("清空回收站"), self.tr("永久删除回收站中的全部 {0} 条活动吗？删除后无法找回。").format(count),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return 0
        removed = activity_bin.purge_deleted(self._db, self._edition_id)
        self.reload()
        self.changed.emit()
        return removed
