"""The main window's tabs: each built when first shown, handed the database and edition it should show, refreshed
after another tab's change, and reached by page name (``navigate``)."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import partial

from PySide6.QtWidgets import QTabWidget, QWidget

from vocweek_desktop.gui.tabs.base import TabPage


@dataclass
class TabSlot:
    """A place in the window's tab bar: the tab once built, until then an empty placeholder page."""

    spec: str
    page_name: str
    title: str
    tab: TabPage | None = None
    placeholder: QWidget | None = None


def tab_class(spec: str) -> type[TabPage]:
    """Import the TabPage class named by ``spec`` ("module:Class")."""
    module_name, class_name = spec.split(":")
    return getattr(importlib.import_module(module_name), class_name)


class WindowTabs:
    """Part of MainWindow: its tab slots, built lazily, and the (database, edition) each tab has loaded."""

    tab_widget: QTabWidget
    _slots: list[TabSlot]
    _tab_contexts: dict[TabPage, tuple]
    _filters: dict[str, object]

    @property
    def tabs(self) -> list[TabPage]:
        """Every tab page, in order (building those not shown yet)."""
        return [self._built(slot) for slot in self._slots]

    def _loaded_tabs(self) -> list[TabPage]:
        return [slot.tab for slot in self._slots if slot.tab is not None]

    def page(self, page_name: str) -> TabPage | None:
        """The tab that goes by ``page_name`` (TabPage.page_name), if the window has it (built if need be)."""
        slot = next((slot for slot in self._slots if slot.page_name and slot.page_name == page_name), None)
        return self._built(slot) if slot is not None else None

    def _built(self, slot: TabSlot) -> TabPage:
        """``slot``'s tab, built and put in its placeholder's place the first time it is asked for."""
        if slot.tab is not None:
            return slot.tab
        tab = tab_class(slot.spec)()
        slot.tab = tab
        self._wire(tab)
        widgets = self.tab_widget
        blocked = widgets.blockSignals(True)  # the swap is not a change of tab
        current, index = widgets.currentIndex(), widgets.indexOf(slot.placeholder)
        widgets.removeTab(index)
        widgets.insertTab(index, tab, tab.tab_title())
        widgets.setCurrentIndex(current)
        widgets.blockSignals(blocked)
        slot.placeholder.deleteLater()
        slot.placeholder = None
        return tab

    def navigate(self, page_name: str, payload: object) -> None:
        """Bring the tab named ``page_name`` to the front and have it show ``payload`` (a tab's ``navigate``)."""
        tab = self.page(page_name)
        if tab is None:
            return
        self.tab_widget.setCurrentWidget(tab)
        self._sync_tab(tab)
        tab.show_request(payload)

    def add_tab(self, tab: TabPage) -> None:
        """Add a tab page to the window and wire its signals."""
        self._slots.append(TabSlot("", tab.page_name, tab.tab_title(), tab=tab))
        self.tab_widget.addTab(tab, tab.tab_title())
        self._wire(tab)

    def _wire(self, tab: TabPage) -> None:
        tab.status_message.connect(self.show_status)
        tab.data_changed.connect(partial(self._on_tab_data_changed, tab))
        tab.navigate.connect(self.navigate)
        tab.filter_changed.connect(partial(self._on_filter_changed, tab))

    def _on_filter_changed(self, tab: TabPage, flt: object) -> None:
        self._filters[tab.page_name] = flt

    def current_tab(self) -> TabPage | None:
        """The tab page in front."""
        widget = self.tab_widget.currentWidget()
        slot = next((slot for slot in self._slots if widget is not None and widget is slot.placeholder), None)
        if slot is not None:  # in front, so it is shown: built now
            return self._built(slot)
        return widget if isinstance(widget, TabPage) else None

    def _sync_tab(self, tab: TabPage | None) -> None:
        """Hand ``tab`` the current database and edition if it does not have them yet.

        Only the tab in front loads at start-up or on a change of edition; the others load when first shown.
        """
        if tab is None:
            return
        context = (self.db, self.edition_id)
        if self._tab_contexts.get(tab) != context:
            self._tab_contexts[tab] = context
            tab.set_context(*context)

    def _refresh_loaded_tabs(self, except_tab: TabPage | None = None) -> None:
        # A tab that has not loaded the current edition yet will read fresh data when it is shown.
        for tab in self._loaded_tabs():
            if tab is not except_tab and self._tab_contexts.get(tab) == (self.db, self.edition_id):
                tab.refresh()

    def _on_tab_data_changed(self, source: TabPage) -> None:
        self._refresh_loaded_tabs(except_tab=source)

    def refresh_all(self) -> None:
        """视图 → 刷新: reload the year selector and every tab from the database."""
        self.reload_editions()
        self._refresh_loaded_tabs()
        self.show_status(self.tr("已刷新"))

    def _on_current_tab_changed(self, _index: int) -> None:
        self._sync_tab(self.current_tab())
        self._fill_edit_menu()
