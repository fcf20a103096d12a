"""Tests of vocweek_desktop.gui.dialogs."""
