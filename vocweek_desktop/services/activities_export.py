"""Activities out to Excel: the 活动报名 table (all, or what a filter shows). The departments' task lists are in
services/task_lists.py."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.io.excel_safety import WorkbookError
from vocweek_desktop.services import activities as activity_service
from vocweek_desktop.services.activities import ActivityFilter
from vocweek_desktop.services.rows import load_edition
from vocweek_desktop.store.engine import Database

ALL_ACTIVITIES = ActivityFilter()


def saving(write: Callable[[], Path], target: Path) -> Path:
    """Run ``write``; a folder the user may not write to is told in the workbook message's words."""
    try:
        return write()
    except PermissionError as exc:
        raise WorkbookError(msg.XLSX_SAVE_FAILED.format(name=target.name, detail="没有写入权限")) from exc


def export_activities(db: Database, edition_id: int, path: str | Path,
                      flt: ActivityFilter = ALL_ACTIVITIES, *,
                      sort_key: str = "first_date", descending: bool = False) -> Path:
    """Export the activities matching ``flt`` (all by default) to Excel, read from the database in windows."""
    from vocweek_desktop.io.excel_activities import write_activities

    with db.transaction() as session:
        load_edition(session, edition_id)

    def rows():
        offset = 0
        while True:
            window = activity_service.fetch_activities(db, edition_id, flt, sort_key=sort_key, descending=descending,
                                                       offset=offset, limit=2000)
            for row in window:
                yield row.row_uid, row.values
            if len(window) < 2000:
                return
            offset += len(window)

    target = Path(path)
    return saving(lambda: write_activities(target, activity_service.COLUMNS, rows()), target)
