"""What the sections of the 评奖打分 tab share: their indices in the tab's section switcher, and a base giving each
section the tab it belongs to (its form, database, edition, the result shown, messages)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

if TYPE_CHECKING:
    from vocweek_desktop.gui.tabs.awards_tab import AwardsTab
    from vocweek_desktop.services.awards import ResultView
    from vocweek_desktop.store.engine import Database

#: The pages of the tab's section switcher (ui.sections), in order.
RUBRIC, SCORING, RESULT, CERTIFICATES = range(4)


class Section(QObject):
    """One page of the 评奖打分 tab: works on the tab's form and reports through the tab's signals."""

    def __init__(self, tab: AwardsTab):
        super().__init__(tab)
        self.tab = tab
        self.ui = tab.ui

    @property
    def db(self) -> Database | None:
        """The tab's open database."""
        return self.tab.db

    @property
    def edition_id(self) -> int | None:
        """The tab's edition."""
        return self.tab.edition_id

    @property
    def view(self) -> ResultView | None:
        """The result the tab last computed (None: nothing shown)."""
        return self.tab.view

    def warn(self, title: str, error: object) -> None:
        """Tell the user what went wrong, over the tab."""
        QMessageBox.warning(self.tab, title, str(error))
