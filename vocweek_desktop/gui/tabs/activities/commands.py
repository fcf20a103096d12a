"""Undo commands of the 活动报名 tab: a deletion to the recycle bin, an edit in place, and a paste into cells."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.errors import VocWeekError
from vocweek_desktop.gui.models.activities_model import ActivitiesModel
from vocweek_desktop.services import activities, activity_bin
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
        moved = activity_bin.delete_activities(self._db, self._ids)
        self._after(_tr("已删除 {0} 条活动（在回收站中，可撤销）").format(moved))

    def undo(self) -> None:
        """Bring the rows back."""
        restored = activity_bin.restore_activities(self._db, self._ids)
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


class PasteCellsCommand(QUndoCommand):
    """A paste into cells (already saved when pushed): undo writes every cell's old value back, redo the pasted ones,
    each in one transaction.

    ``changed`` is what ``activities.paste_cells`` returned (activity id → (old fields, new fields)); ``written(ids,
    status)`` re-reads those rows, ``refused(text)`` says why a write could not be made (the table changed since).
    """

    def __init__(self, db: Database, cells: int, changed: dict[int, tuple[dict, dict]],
                 written: Callable[[list[int], str], None], refused: Callable[[str], None]):
        super().__init__(_tr("粘贴 {0} 个单元格").format(cells))
        self._db, self._changed, self._written, self._refused = db, dict(changed), written, refused
        self._saved = True

    def _write(self, index: int, status: str) -> None:
        try:
            activities.update_activities(self._db, {i: values[index] for i, values in self._changed.items()})
        except VocWeekError as exc:
            self._refused(str(exc))
            return
        self._written(list(self._changed), status)

    def redo(self) -> None:
        """Write the pasted values (skipped the first time: the paste itself saved them)."""
        if self._saved:
            self._saved = False
            return
        self._write(1, _tr("已重做粘贴"))

    def undo(self) -> None:
        """Write the old values back."""
        self._write(0, _tr("已撤销粘贴"))
