"""Undo commands of the 活动报名 tab: a deletion to the recycle bin, and an edit in place."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.gui.models.activities_model import ActivitiesModel
from vocweek_desktop.services import activities
from vocweek_desktop.store.engine import Database


def _tr(text: str) -> str:
    return QCoreApplication.translate("ActivitiesTab", text)


class DeleteCommand(QUndoCommand):
    """删除: move activities to the recycle bin; undo brings them back. ``after(status)`` reloads the tab."""

    def __init__(self, db: Database, activity_ids: list[int], after: Callable[[str], None]):
        super().__init__(_tr("删除 {0} 条活动").format(len(activity_ids)))
        self._db, self._ids, self._after = db, list(activity_ids), after

    def redo(self) -> None:
        """Move the rows to the recycle bin."""
        moved = activities.delete_activities(self._db, self._ids)
        self._after(_tr("已删除 {0} 条活动（在回收站中，可撤销）").format(moved))

    def undo(self) -> None:
        """Bring the rows back."""
        restored = activities.restore_activities(self._db, self._ids)
        self._after(_tr("已恢复 {0} 条活动").format(restored))


class EditCommand(QUndoCommand):
    """An edit in place (already saved when pushed); undo writes the old values back.

    ``written(status)`` is called after each write, with a status line or "" (the tab tells the other tabs).
    """

    def __init__(self, model: ActivitiesModel, activity_id: int, old: dict, new: dict,
                 written: Callable[[str], None]):
        labels = "、".join(msg.ACTIVITY_LABELS.get(key, key) for key in new)
        super().__init__(_tr("修改{0}").format(labels))
        self._model, self._id, self._old, self._new = model, activity_id, dict(old), dict(new)
        self._written = written
        self._saved = True

    def redo(self) -> None:
        """Write the new values (skipped the first time: the edit itself saved them)."""
        if self._saved:
            self._saved = False
            return
        if self._model.write(self._id, self._new):
            self._written("")

    def undo(self) -> None:
        """Write the old values back."""
        if self._model.write(self._id, self._old):
            self._written(_tr("已撤销修改"))
