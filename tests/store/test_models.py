"""The models package: the tables the window shows first are declared at once, the others on first use."""

from __future__ import annotations

import subprocess
import sys
import textwrap

LATER = ("vocweek_desktop.store.models.awards", "vocweek_desktop.store.models.layout",
         "vocweek_desktop.store.models.publicity")

PROBE = textwrap.dedent("""
    import sys
    import vocweek_desktop.app  # what the window imports before its first paint
    later = %r
    print("before:", sorted(name for name in later if name in sys.modules))
    from vocweek_desktop.store.models import Booth, PublicityItem
    from vocweek_desktop.store import models
    print("named:", Booth.__tablename__, PublicityItem.__tablename__, models.AwardScore.__tablename__)
    print("after:", sorted(name for name in later if name in sys.modules))
""") % (LATER,)


def test_later_tabs_models_are_declared_on_first_use():
    """Opening the window declares neither the booth layout nor the awards nor the publicity tables; naming one of
    their models imports its module, as an ordinary import would."""
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "before: []"
    assert lines[1] == "named: booths publicity_items award_scores"
    assert lines[2] == f"after: {sorted(LATER)}"


def test_load_all_gives_the_whole_schema_and_unknown_names_still_fail():
    from vocweek_desktop.store import models

    models.load_all()
    assert {"booths", "layouts", "award_scores", "certificates", "publicity_items"} <= set(models.Base.metadata.tables)
    try:
        models.NoSuchModel  # noqa: B018 - the attribute access is the test
    except AttributeError as exc:
        assert "NoSuchModel" in str(exc)
    else:
        raise AssertionError("an unknown name was found")
