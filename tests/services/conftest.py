"""Fixtures of the service tests: an edition with two colleges for the 附件1 import and export tests."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from vocweek_desktop.services import colleges


@pytest.fixture
def env(db, edition):
    """The 2024 edition with 智能制造学院 (short name 智造) and 汽车工程学院."""
    smart = colleges.add_college(db, edition.id, {"name": "智能制造学院", "short_name": "智造"})
    auto = colleges.add_college(db, edition.id, {"name": "汽车工程学院"})
    return SimpleNamespace(db=db, edition=edition, smart=smart, auto=auto)
