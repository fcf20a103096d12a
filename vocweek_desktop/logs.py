"""The rotating log file in the user's data folder (no Qt, so the CLI can use it too)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from vocweek_desktop import __version__, paths

LOG_NAME = "vocweek.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class _VocWeekFileHandler(logging.handlers.RotatingFileHandler):
    """Marks the handler this module installed, so a second set-up replaces it instead of doubling it."""


def log_path() -> Path:
    """Where the current log file is (the folder is created on demand)."""
    return paths.log_dir() / LOG_NAME


def setup_logging(level: int = logging.INFO) -> Path:
    """Send the root logger to a rotating ``vocweek.log`` in ``paths.log_dir()`` and return its path."""
    path = log_path()
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, _VocWeekFileHandler):
            if Path(handler.baseFilename) == path:
                return path
            root.removeHandler(handler)
            handler.close()
    handler = _VocWeekFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    logging.captureWarnings(True)
    logging.getLogger(__name__).info("VocWeek %s starting", __version__)
    return path
