"""Undo commands of the booth editor. Each change is made through a layout service at once (nothing waits for a
save); a command holds what undoes and redoes it. The first ``redo`` that Qt calls on ``push`` does nothing,
because the change was already written when the command was made — its effect was known only then (new ids).

``editor`` is the tab: it offers ``shown(snapshot)`` (records to show as they now are), ``removed(snapshot)``,
``plaza_changed(plaza, background)`` and ``failed(error)`` (a service refused: the tab reloads and says why).
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from vocweek_desktop.domain.errors import VocWeekError
from vocweek_desktop.services import layout
from vocweek_desktop.services.layout import Changes, Snapshot
from vocweek_desktop.store.engine import Database


class _LayoutCommand(QUndoCommand):
    def __init__(self, db: Database, editor, text: str):
        super().__init__(text)
        self.db, self.editor = db, editor
        self._pushed = False

    def redo(self) -> None:
        """Make the change again (not on push: it was made already)."""
        if not self._pushed:
            self._pushed = True
            return
        self._run(self.do)

    def undo(self) -> None:
        """Take the change back."""
        self._run(self.undo_change)

    def _run(self, step) -> None:
        try:
            step()
        except VocWeekError as error:  # the database changed under the editor (another window, the CLI)
            self.setObsolete(True)
            self.editor.failed(error)

    def do(self) -> None:
        """Write the change."""
        raise NotImplementedError

    def undo_change(self) -> None:
        """Write it back."""
        raise NotImplementedError


class AddCommand(_LayoutCommand):
    """Booths and features were added (``snapshot`` as written, with their ids)."""

    def __init__(self, db, editor, text: str, snapshot: Snapshot):
        super().__init__(db, editor, text)
        self.snapshot = snapshot

    def do(self) -> None:
        """Put them back under the same ids."""
        self.editor.shown(layout.restore_items(self.db, self.snapshot))

    def undo_change(self) -> None:
        """Delete them."""
        self.editor.removed(layout.delete_items(self.db, [b.id for b in self.snapshot.booths],
                                                [f.id for f in self.snapshot.features]))


class DeleteCommand(AddCommand):
    """Booths and features were deleted (``snapshot``: as they were)."""

    def do(self) -> None:
        """Delete them again."""
        AddCommand.undo_change(self)

    def undo_change(self) -> None:
        """Put them back under their own ids."""
        AddCommand.do(self)


class UpdateCommand(_LayoutCommand):
    """Fields of booths and features changed (a drag, a nudge, an alignment, a numbering, an assignment)."""

    def __init__(self, db, editor, text: str, before: Changes, after: Changes):
        super().__init__(db, editor, text)
        self.before, self.after = before, after

    def do(self) -> None:
        """Write the new values."""
        self.editor.shown(layout.update_items(self.db, self.after)[1])

    def undo_change(self) -> None:
        """Write the old values."""
        self.editor.shown(layout.update_items(self.db, self.before)[1])


class PlazaCommand(_LayoutCommand):
    """The plaza's size, grid, north arrow or background placement changed."""

    def __init__(self, db, editor, text: str, layout_id: int, before: dict, after: dict):
        super().__init__(db, editor, text)
        self.layout_id, self.before, self.after = layout_id, before, after

    def do(self) -> None:
        """Write the new values."""
        self.editor.plaza_changed(layout.update_plaza(self.db, self.layout_id, self.after)[1], False)

    def undo_change(self) -> None:
        """Write the old values."""
        self.editor.plaza_changed(layout.update_plaza(self.db, self.layout_id, self.before)[1], False)


class BackgroundCommand(_LayoutCommand):
    """The background picture was set or removed: (bytes, name) before and after."""

    def __init__(self, db, editor, text: str, layout_id: int, before: tuple, after: tuple):
        super().__init__(db, editor, text)
        self.layout_id, self.before, self.after = layout_id, before, after

    def _set(self, picture: tuple) -> None:
        layout.set_background(self.db, self.layout_id, *picture)
        plaza = layout.get_layout(self.db, self.editor.edition_id).plaza
        self.editor.plaza_changed(plaza, picture[0])

    def do(self) -> None:
        """Set the new picture."""
        self._set(self.after)

    def undo_change(self) -> None:
        """Set the old picture."""
        self._set(self.before)
