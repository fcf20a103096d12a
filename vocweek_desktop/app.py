"""Start-up of the window (placeholder until the GUI lands)."""


def run(db_option=None) -> int:
    """Open the main window."""
    raise SystemExit("GUI not built yet")
