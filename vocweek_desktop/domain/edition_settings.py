"""The office rules an edition keeps (stored per edition, so they travel with the file): what each key means, its
default, and how a value is checked. A capability adds its keys here; services/edition_settings.py reads and
writes them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.errors import ValidationError


@dataclass(frozen=True)
class Setting:
    """One rule: its key, Chinese label, default value and the function that checks (and normalises) a value."""

    key: str
    label: str
    default: object
    clean: Callable[[object], object]


def whole_number(low: int, high: int) -> Callable[[object], int]:
    """A checker for a whole number in [low, high]."""
    def clean(value: object) -> int:
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            raise ValueError
        number = int(str(value).strip()) if not isinstance(value, int | float) else value
        if number != int(number) or not low <= number <= high:
            raise ValueError
        return int(number)
    return clean


def number(low: float, high: float) -> Callable[[object], float]:
    """A checker for a number in [low, high] (halves and decimals allowed)."""
    def clean(value: object) -> float:
        if isinstance(value, bool):
            raise ValueError
        result = float(str(value).strip()) if isinstance(value, str) else float(value)
        if not low <= result <= high:
            raise ValueError
        return result
    return clean


def choices_subset(allowed: tuple[str, ...]) -> Callable[[object], list[str]]:
    """A checker for a list of distinct items, each one of ``allowed`` (kept in ``allowed``'s order)."""
    def clean(value: object) -> list[str]:
        items = list(value) if isinstance(value, list | tuple | set | frozenset) else None
        if items is None or any(item not in allowed for item in items):
            raise ValueError
        return [item for item in allowed if item in items]
    return clean


#: Every known setting, by key. Capabilities add theirs (outings.*, awards.*, …).
SETTINGS: dict[str, Setting] = {}


def register(*settings: Setting) -> None:
    """Make settings known (called at import time by the module that defines them)."""
    for setting in settings:
        SETTINGS[setting.key] = setting


def setting(key: str) -> Setting:
    """The setting named ``key``; ValidationError for an unknown key."""
    found = SETTINGS.get(key)
    if found is None:
        raise ValidationError({key: msg.SETTING_UNKNOWN.format(key=key)})
    return found


def clean_setting(key: str, value: object) -> object:
    """``value`` checked for ``key``; ValidationError naming the setting and the value when it does not fit."""
    found = setting(key)
    try:
        return found.clean(value)
    except (ValueError, TypeError):
        raise ValidationError({key: msg.SETTING_BAD_VALUE.format(label=found.label, value=value)}) from None
