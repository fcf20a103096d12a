"""Who organises an activity (a college or a department) and the one place a name in a file is matched to one.

Files name colleges loosely: 智能制造学院, 智能 制造学院, 智造 (its short name), 智能制造学院（盖章）. Every
import and lookup goes through ``OrganiserMatcher.find`` so they all agree on what a name means.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Organiser:
    """A unit that can organise activities: a college or a department."""

    kind: str  # 'college' or 'department'
    id: int
    name: str


def name_key(text: object) -> str:
    """A name reduced for comparison: NFKC, no white space, case-folded."""
    return "".join(unicodedata.normalize("NFKC", str(text or "")).split()).casefold()


class OrganiserMatcher:
    """Finds a college or department by the name a file uses: exact, then normalised, short name, unique prefix."""

    def __init__(self, colleges: Iterable[tuple[int, str, str | None]], departments: Iterable[tuple[int, str]]):
        """``colleges`` are (id, name, short name); ``departments`` (id, name)."""
        colleges = list(colleges)
        self.colleges = [Organiser("college", i, n) for i, n, _short in colleges]
        self.short = {name_key(s): i for i, _n, s in colleges if s}
        self.college_shorts = [s for _i, _n, s in colleges]
        self.departments = [Organiser("department", i, n) for i, n in departments]
        self._cache: dict[str, Organiser | None] = {}

    def by_id(self, kind: str, organiser_id: int) -> Organiser | None:
        """The organiser with this id."""
        pool = self.colleges if kind == "college" else self.departments
        return next((o for o in pool if o.id == organiser_id), None)

    def find(self, name: str) -> Organiser | None:
        """The organiser a name refers to, or None."""
        key = name_key(name)
        if key in self._cache:
            return self._cache[key]
        found = None
        for pool in (self.colleges, self.departments):
            found = next((o for o in pool if o.name == name), None) or next(
                (o for o in pool if name_key(o.name) == key), None)
            if found:
                break
        if found is None and key in self.short:
            found = self.by_id("college", self.short[key])
        if found is None and len(key) >= 2:
            loose = [o for o in self.colleges + self.departments
                     if name_key(o.name).startswith(key) or key.startswith(name_key(o.name).split("(")[0])]
            if len(loose) == 1:
                found = loose[0]
        self._cache[key] = found
        return found
