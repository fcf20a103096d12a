"""Errors raised by services; their text is the Chinese message a user sees."""

from __future__ import annotations


class VocWeekError(Exception):
    """Base of every error whose message is meant for the user."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(VocWeekError):
    """Input that breaks a rule; ``fields`` maps each offending field name to its message."""

    def __init__(self, fields: dict[str, str]):
        self.fields = dict(fields)
        super().__init__("；".join(self.fields.values()))


class NotFoundError(VocWeekError):
    """The row asked for does not exist (any more)."""


class ConflictError(VocWeekError):
    """The change would break a rule about other rows (a duplicate name, a row still in use)."""


class NothingToImport(VocWeekError):
    """What was handed over to import (pasted text) holds no rows."""


class DatabaseError(VocWeekError):
    """The database file cannot be opened, checked or migrated; the file is left as it was."""
