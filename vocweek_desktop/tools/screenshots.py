"""Render the main window (every tab) and every dialog offscreen to PNG, on a fresh demo database.

    python -m vocweek_desktop.tools.screenshots --out screenshots/

Also writes the main window's picture to docs/main-window.png in a source checkout (the README shows it),
unless ``--no-docs``. Settings, data and log folders point at a temporary folder: the user's are untouched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parents[2]


def render(out: Path, *, docs: bool = True) -> list[Path]:
    """Write every picture into ``out``; returns the files written."""
    sandbox = Path(tempfile.mkdtemp(prefix="vocweek-screenshots-"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["VOCWEEK_DATA_DIR"] = str(sandbox / "data")
    os.environ.pop("VOCWEEK_DB", None)

    from vocweek_desktop.gui import screenshots

    screenshots.keep_settings_in(sandbox / "config")

    from vocweek_desktop import app as app_module
    from vocweek_desktop import logs

    log_file = logs.setup_logging()
    app = app_module.create_application()
    docs_file = CHECKOUT / "docs" / "main-window.png" if docs and (CHECKOUT / "pyproject.toml").is_file() else None
    return screenshots.render(app, Path(out), sandbox=sandbox, log_file=log_file, docs_file=docs_file,
                              qt_message=app_module._qt_message)  # Qt's warnings to the log, not the terminal


def main(argv: list[str] | None = None) -> int:
    """Command-line entry."""
    parser = argparse.ArgumentParser(prog="python -m vocweek_desktop.tools.screenshots", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", required=True, type=Path, help="folder for the PNG files")
    parser.add_argument("--no-docs", action="store_true", help="do not update docs/main-window.png")
    args = parser.parse_args(argv)
    render(args.out, docs=not args.no_docs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
