"""Tests of vocweek_desktop.gui.tabs."""
