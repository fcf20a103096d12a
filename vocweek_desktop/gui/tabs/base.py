"""What every main-window tab offers the window, and how tabs ask the window for something."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from vocweek_desktop.store.engine import Database


class TabPage(QWidget):
    """A tab of the main window; the window hands it the open database and the selected edition.

    Tabs never look each other up: a tab that wants another one in front emits ``navigate(page_name, payload)``
    and the window shows the tab of that name and hands it the payload (``show_request``); a tab that narrows
    what it shows emits ``filter_changed`` so that the window's commands act on what the user sees.
    """

    #: The name other tabs use to ask for this one ("activities", "colleges", …); "" when nobody asks for it.
    page_name = ""

    #: Text for the window's status bar.
    status_message = Signal(str)
    #: Emitted after the tab changed data that other tabs show (they are told to refresh).
    data_changed = Signal()
    #: Asks the window to bring the tab named by the first argument to the front, showing what the second describes
    #: (the 活动报名 tab takes an ActivityFilter).
    navigate = Signal(str, object)
    #: The filter this tab now shows (the 活动报名 tab: an ActivityFilter); 导出活动… exports what it describes.
    filter_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        #: The open database and the edition shown (None: nothing shown); ``set_context`` sets them.
        self.db: Database | None = None
        self.edition_id: int | None = None

    def tab_title(self) -> str:
        """The tab's label."""
        raise NotImplementedError

    def set_context(self, db: Database | None, edition_id: int | None) -> None:
        """Show ``edition_id`` of ``db`` (either may be None: then show nothing)."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload from the database (another tab changed something)."""

    def show_request(self, payload: object) -> None:
        """Show what another tab asked for with ``navigate`` (the tab is in front and has the current edition)."""
