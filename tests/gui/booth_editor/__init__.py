"""Tests of vocweek_desktop.gui.booth_editor (the editor as a whole is driven through the tab: tests/gui/tabs/test_layout_tab.py)."""
