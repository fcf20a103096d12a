"""Tests of vocweek_desktop.gui.widgets."""
