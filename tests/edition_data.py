"""Editions for tests: an edition's settings as the mapping ``editions.update_edition`` takes."""

from __future__ import annotations

import dataclasses

from vocweek_desktop.services.editions import EditionRecord


def edition_values(record: EditionRecord) -> dict[str, object]:
    """Every setting of ``record`` (contacts as dicts), ready to change and save back."""
    values = {f.name: getattr(record, f.name) for f in dataclasses.fields(record) if f.name not in ("id", "contacts")}
    values["contacts"] = [dataclasses.asdict(contact) for contact in record.contacts]
    return values
