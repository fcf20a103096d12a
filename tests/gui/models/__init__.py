"""Tests of vocweek_desktop.gui.models."""
