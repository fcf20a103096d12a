"""UI state kept in QSettings: window geometry, the last database, the last edition per database."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from vocweek_desktop import APP_NAME, ORG_NAME

LAST_DATABASE = "database/last"
GEOMETRY = "window/geometry"
STATE = "window/state"
LAST_FOLDER = "files/lastFolder"
BODY_FONT = "print/bodyFont"


_settings: QSettings | None = None


def app_settings() -> QSettings:
    """The program's settings: an INI file in the user's config folder on every platform (no registry).

    Named explicitly, so it does not depend on QApplication's names; tools move it with
    ``QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)`` before first use.
    One object for the process: each new QSettings would read, and on destruction write, the file again
    (≈ 20 ms at start-up); this one writes from the event loop, and ``sync()`` is called on close.
    """
    global _settings
    if _settings is None:
        _settings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG_NAME, APP_NAME)
    return _settings


def _edition_key(database: Path) -> str:
    digest = hashlib.sha1(str(Path(database).resolve()).encode("utf-8")).hexdigest()[:16]
    return f"lastEdition/{digest}"


def last_database() -> Path | None:
    """The database the window had open last time, if remembered."""
    value = app_settings().value(LAST_DATABASE)
    return Path(str(value)) if value else None


def remember_database(path: Path) -> None:
    """Remember ``path`` as the database to open next time."""
    app_settings().setValue(LAST_DATABASE, str(Path(path).resolve()))


def last_edition(database: Path) -> int | None:
    """The edition last selected in ``database``, if remembered."""
    value = app_settings().value(_edition_key(database))
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def remember_edition(database: Path, edition_id: int) -> None:
    """Remember the edition selected in ``database``."""
    app_settings().setValue(_edition_key(database), int(edition_id))


def last_folder() -> str:
    """The folder of the last file chosen in a file dialog (empty when none)."""
    return str(app_settings().value(LAST_FOLDER) or "")


def remember_folder(path: str | Path) -> None:
    """Remember the folder of ``path`` for the next file dialog."""
    app_settings().setValue(LAST_FOLDER, str(Path(path).parent))


def last_body_font() -> str:
    """The body font chosen last for a printed document (a key of the services' font choices; "" when none)."""
    return str(app_settings().value(BODY_FONT) or "")


def remember_body_font(key: str) -> None:
    """Remember the body font chosen for a printed document (this machine's fonts: a setting, not office data)."""
    app_settings().setValue(BODY_FONT, key)


def window_state() -> tuple[QByteArray | None, QByteArray | None]:
    """Saved window geometry and toolbar/dock state."""
    settings = app_settings()
    geometry, state = settings.value(GEOMETRY), settings.value(STATE)
    return (geometry if isinstance(geometry, QByteArray) else None,
            state if isinstance(state, QByteArray) else None)


def remember_window_state(geometry: QByteArray, state: QByteArray) -> None:
    """Save window geometry and toolbar/dock state."""
    settings = app_settings()
    settings.setValue(GEOMETRY, geometry)
    settings.setValue(STATE, state)
    settings.sync()
