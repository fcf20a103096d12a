"""The booth layout editor: the plaza drawn to scale (scene, items, view) and its undo commands."""
