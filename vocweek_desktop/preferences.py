"""The user's own preferences that the CLI and the window share (no Qt): today the operator's name.

Kept in a small JSON file in the user's data folder, not in QSettings, so that ``vocweek import`` run from a
terminal records the same name as the window. Window-only state (geometry, last folder) stays in QSettings.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from vocweek_desktop import paths
from vocweek_desktop.domain.errors import ValidationError
from vocweek_desktop.domain.rules import clean_operator
from vocweek_desktop.files import write_text

log = logging.getLogger(__name__)

FILE_NAME = "preferences.json"
OPERATOR = "operator"


def preferences_path() -> Path:
    """The JSON file holding the preferences."""
    return paths.user_data_dir() / FILE_NAME


def load() -> dict[str, object]:
    """Every stored preference; a missing or unreadable file counts as none (and is logged, never fatal)."""
    path = preferences_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.warning("ignoring unreadable preferences %s: %s", path, exc)
        return {}
    return data if isinstance(data, dict) else {}


def _save(values: dict[str, object]) -> None:
    write_text(preferences_path(), json.dumps(values, ensure_ascii=False, indent=2) + "\n")


def stored_operator() -> str | None:
    """The operator's name as the user gave it once, or None when never asked (or not usable)."""
    value = load().get(OPERATOR)
    if not isinstance(value, str):
        return None
    try:
        return clean_operator(value)
    except ValidationError:
        return None


def set_operator(name: str) -> str:
    """Store the operator's name (cleaned; ValidationError when empty or too long) and return it as stored."""
    cleaned = clean_operator(name)
    values = load()
    values[OPERATOR] = cleaned
    _save(values)
    return cleaned


def resolve_operator(explicit: str | None = None) -> str:
    """Who works: ``explicit`` (the CLI's ``--operator``) when given, else the stored name, else the OS user name."""
    if explicit is not None and explicit.strip():
        return clean_operator(explicit)
    stored = stored_operator()
    if stored is not None:
        return stored
    from vocweek_desktop.store.engine import default_operator

    return default_operator()
