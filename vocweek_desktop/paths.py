"""Where the program finds its own files (ui/, resources/, db/) and where it keeps the user's.

Three layouts are supported:
- a source checkout: the folders stand beside the package;
- an installed wheel: they are packed inside the package as ``_data/``;
- a frozen build: ``VOCWEEK_BUNDLE_DIR`` or PyInstaller's ``sys._MEIPASS`` names the folder holding them.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def bundle_dir() -> Path:
    """Return the folder that holds ``ui/``, ``resources/`` and ``db/``."""
    override = os.environ.get("VOCWEEK_BUNDLE_DIR") or getattr(sys, "_MEIPASS", None)
    if override:
        return Path(override)
    checkout = _PACKAGE_DIR.parent
    if (checkout / "db" / "env.py").is_file():
        return checkout
    return _PACKAGE_DIR / "_data"


def ui_dir() -> Path:
    """Qt Designer forms."""
    return bundle_dir() / "ui"


def resources_dir() -> Path:
    """Fonts, icons, translations and templates."""
    return bundle_dir() / "resources"


def migrations_dir() -> Path:
    """The Alembic script folder (env.py, versions/)."""
    return bundle_dir() / "db"


def font_path(bold: bool = False) -> Path:
    """The bundled CJK TrueType font (LXGW WenKai, OFL); there is one weight, used for bold too."""
    return resources_dir() / "fonts" / "LXGWWenKai-Regular.ttf"


def user_data_dir() -> Path:
    """The per-user folder for the default database and the log (created on demand)."""
    override = os.environ.get("VOCWEEK_DATA_DIR")
    if override:
        base = Path(override)
    elif sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming") / "VocWeek"
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support" / "VocWeek"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "vocweek"
    base.mkdir(parents=True, exist_ok=True)
    return base


def log_dir() -> Path:
    """Where the rotating log lives."""
    path = user_data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    """The database used when neither ``--db`` nor ``VOCWEEK_DB`` names one."""
    return user_data_dir() / "vocweek.sqlite3"


def database_path(cli_value: str | os.PathLike | None = None) -> Path:
    """Resolve the database: ``--db`` first, then ``VOCWEEK_DB``, then the default file."""
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    env = os.environ.get("VOCWEEK_DB")
    if env:
        return Path(env).expanduser().resolve()
    return default_database_path()
