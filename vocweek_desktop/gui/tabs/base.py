"""What every main-window tab offers the window."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from vocweek_desktop.store.engine import Database


class TabPage(QWidget):
    """A tab of the main window; the window hands it the open database and the selected edition."""

    #: Text for the window's status bar.
    status_message = Signal(str)
    #: Emitted after the tab changed data that other tabs show (they are told to refresh).
    data_changed = Signal()

    def tab_title(self) -> str:
        """The tab's label."""
        raise NotImplementedError

    def set_context(self, db: Database | None, edition_id: int | None) -> None:
        """Show ``edition_id`` of ``db`` (either may be None: then show nothing)."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload from the database (another tab changed something)."""
