"""Migration 0007_awards: a file of the previous revision gets the award tables, and each of its editions the
notice's three criteria (as a new edition gets them)."""

from __future__ import annotations

import contextlib
import sqlite3

from tests.store.helpers import file_revision
from vocweek_desktop.store import migrate
from vocweek_desktop.store.engine import open_database


def test_upgrading_gives_every_edition_the_notice_rubric(tmp_path):
    from alembic import command

    from vocweek_desktop.services import editions
    from vocweek_desktop.services.database import create_demo

    path = tmp_path / "old.sqlite3"
    db = create_demo(path)
    editions.copy_edition(db, editions.list_editions(db)[0].id, 2025)
    db.close()
    with migrate.migration_connection(path) as connection:
        command.downgrade(migrate.alembic_config(connection), "0006_sort_keys")
    assert file_revision(path) == "0006_sort_keys"
    open_database(path).close()
    with contextlib.closing(sqlite3.connect(path)) as conn:
        rows = conn.execute("SELECT edition_id, name, max_halves, display_order FROM award_criteria "
                            "ORDER BY edition_id, display_order").fetchall()
    assert [(e, n, h) for e, n, h, _o in rows] == [
        (1, "策划组织与宣传推广", 60), (1, "线下活动数量及质量", 80), (1, "师生参与及企业贡献", 60),
        (2, "策划组织与宣传推广", 60), (2, "线下活动数量及质量", 80), (2, "师生参与及企业贡献", 60)]
