"""The 展位布局 tab's plaza as a whole: 场地设置… (create it, or change its size, grid, north arrow and picture,
undoably) and 从其他年度复制… (start from another edition's layout).

A mixin of LayoutTab (gui/tabs/layout_tab.py): it uses the tab's ``db``, ``edition_id``, ``plaza``, ``scene``,
``view``, ``plaza_changed``, ``reload_afresh``, ``_push``, ``_refused`` and ``status_message``.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from vocweek_desktop.domain.errors import VocWeekError
from vocweek_desktop.gui.booth_editor.commands import BackgroundCommand, PlazaCommand
from vocweek_desktop.services import layout


class PlazaActionsMixin:
    """场地设置… and 从其他年度复制…."""

    def plaza_dialog(self) -> None:
        """场地设置…: create the plaza, or change its size, grid, north arrow and background (undoable)."""
        if self.db is None or self.edition_id is None:
            return
        from vocweek_desktop.gui.booth_editor.dialogs import PlazaDialog

        dialog = PlazaDialog(self.plaza, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.write_plaza(dialog.values(), dialog.picture, dialog.picture_name)

    def write_plaza(self, values: dict, picture: bytes | None = None, picture_name: str = "") -> bool:
        """Create or change the plaza (and set or remove its picture: b"" removes, None leaves it)."""
        try:
            if self.plaza is None:
                layout.ensure_layout(self.db, self.edition_id, values)
                plaza = layout.get_layout(self.db, self.edition_id).plaza
                layout.update_plaza(self.db, plaza.id, values)
                self.undo_stack.clear()
                self._fitted = False
                if picture:
                    layout.set_background(self.db, plaza.id, picture, picture_name)
                self.reload()
                self.status_message.emit(self.tr("已新建场地"))
                return True
            before, plaza = layout.update_plaza(self.db, self.plaza.id, values)
        except VocWeekError as error:
            self._refused(error)
            return False
        changed = {key: value for key, value in values.items() if before.get(key) != value}
        if changed:
            self.plaza_changed(plaza, False)
            self._push(PlazaCommand(self.db, self, self.tr("修改场地"), plaza.id,
                                    {k: before[k] for k in changed}, changed))
        if picture is not None:
            try:
                old = layout.set_background(self.db, plaza.id, picture or None, picture_name)
            except VocWeekError as error:
                self._refused(error)
                return False
            self.plaza_changed(layout.get_layout(self.db, self.edition_id).plaza, picture or None)
            self._push(BackgroundCommand(self.db, self, self.tr("更换底图") if picture else self.tr("移除底图"),
                                         plaza.id, old, (picture or None, picture_name)))
        self.view.zoom_to_fit()
        return True

    def copy_from_edition(self) -> None:
        """从其他年度复制…: start from another edition's plaza, features and booths."""
        from vocweek_desktop.services import editions

        if self.db is None or self.edition_id is None:
            return
        others = [e for e in editions.list_editions(self.db) if e.id != self.edition_id]
        if not others:
            QMessageBox.information(self, self.tr("从其他年度复制"), self.tr("没有其他年度可以复制。"))
            return
        labels = [self.tr("{0} 年度").format(e.year) for e in others]
        label, ok = QInputDialog.getItem(self, self.tr("从其他年度复制"), self.tr("复制哪一年的布局："), labels, 0, False)
        if not ok:
            return
        source = others[labels.index(label)]
        replace = False
        if self.scene.booths:
            answer = QMessageBox.question(self, self.tr("从其他年度复制"), self.tr(
                "本年度已有 {0} 个展位。复制会删除它们，换成 {1} 年度的布局（不能撤销）。继续吗？").format(
                len(self.scene.booths), source.year))
            if answer != QMessageBox.StandardButton.Yes:
                return
            replace = True
        try:
            result = layout.copy_layout(self.db, source.id, self.edition_id, replace=replace)
        except VocWeekError as error:
            self._refused(error)
            return
        self.reload_afresh()
        text = self.tr("已从 {0} 年度复制 {1} 个展位、{2} 个设施，{3} 个展位按名称分配给了学院。").format(
            source.year, result.booths, result.features, result.assigned)
        if result.unmatched:
            text += "\n" + self.tr("以下展位的学院在本年度找不到，未分配：") + "\n" + "\n".join(result.unmatched)
        QMessageBox.information(self, self.tr("从其他年度复制"), text)
        self.status_message.emit(text.splitlines()[0])
