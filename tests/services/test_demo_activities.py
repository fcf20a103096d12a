"""`vocweek demo --activities`: sample activities across the week, one college left unregistered."""

from vocweek_desktop.cli import main
from vocweek_desktop.services import activities, colleges, editions, overview
from vocweek_desktop.store.engine import open_database


def test_demo_with_activities_fills_every_day_and_leaves_one_college_to_chase(tmp_path):
    path = tmp_path / "demo.sqlite3"
    assert main(["demo", "--db", str(path), "--activities"]) == 0
    db = open_database(path)
    try:
        edition = editions.list_editions(db)[0]
        assert activities.count_activities(db, edition.id) > 15
        assert activities.count_activities(db, edition.id, activities.ActivityFilter(outside_week_only=True)) == 0
        summary = overview.week_overview(db, edition.id)
        assert all(day.count > 0 for day in summary.days)
        unregistered = [c.name for c in summary.colleges if not c.registered]
        assert unregistered == [colleges.list_colleges(db, edition.id)[-1].name]
        assert any(unregistered[0] in warning.text for warning in summary.warnings)
    finally:
        db.close()


def test_plain_demo_has_no_activities(tmp_path):
    path = tmp_path / "demo.sqlite3"
    assert main(["demo", "--db", str(path)]) == 0
    db = open_database(path)
    try:
        assert activities.count_activities(db, editions.list_editions(db)[0].id) == 0
    finally:
        db.close()
