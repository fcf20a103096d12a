"""Reusable widgets of the window: the list-editing pane and the key handling of item views."""
