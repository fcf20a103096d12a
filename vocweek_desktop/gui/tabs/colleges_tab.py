"""STUB — owned by the colleges-tab helper, who replaces this file."""

from vocweek_desktop.gui.tabs.base import TabPage


class CollegesTab(TabPage):
    """The 学院 tab (stub)."""

    def tab_title(self) -> str:
        return self.tr("学院")

    def set_context(self, db, edition_id) -> None:
        self._db, self._edition_id = db, edition_id
