"""Activities out to Excel: the 活动报名 table (all, or what a filter shows) and the departments' task lists."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import func, select

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.activities import NEED_KEY_OF_FLAG, NEEDS
from vocweek_desktop.io.excel_safety import WorkbookError
from vocweek_desktop.services import activities as activity_service
from vocweek_desktop.services.activities import ActivityFilter
from vocweek_desktop.services.rows import load_edition
from vocweek_desktop.store.engine import Database
from vocweek_desktop.store.models import Activity, College, Department

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


def task_lists(db: Database, edition_id: int) -> list[tuple[str, str, list[dict[str, object]]]]:
    """Per department that a need is routed to: (department, need label, its tasks in date order)."""
    flags = {key: flag for flag, key in NEED_KEY_OF_FLAG.items()}
    with db.transaction() as session:
        load_edition(session, edition_id)
        departments = session.execute(select(Department.name, Department.need_key)
                                      .where(Department.edition_id == edition_id, Department.need_key.is_not(None))
                                      .order_by(Department.display_order, Department.id)).all()
        if not departments:
            departments = [(department, NEED_KEY_OF_FLAG[flag]) for flag, (_, department) in NEEDS.items()]
        organiser = func.coalesce(College.name, Department.name)
        result = []
        for name, need_key in departments:
            flag = flags.get(need_key)
            if flag is None:
                continue
            statement = (select(Activity.first_date, Activity.last_date, Activity.start_time, Activity.end_time,
                                Activity.venue, organiser, Activity.title, Activity.person_in_charge, Activity.phone,
                                Activity.off_campus)
                         .outerjoin(College, College.id == Activity.college_id)
                         .outerjoin(Department, Department.id == Activity.department_id)
                         .where(Activity.edition_id == edition_id, Activity.deleted_at.is_(None),
                                Activity.status != "取消", getattr(Activity, flag).is_(True))
                         .order_by(Activity.first_date, Activity.start_time, Activity.id))
            keys = ("first_date", "last_date", "start_time", "end_time", "venue", "organiser", "title",
                    "person_in_charge", "phone", "off_campus")
            tasks = [dict(zip(keys, row, strict=True)) for row in session.execute(statement)]
            result.append((name, NEEDS[flag][0], tasks))
        return result


def export_tasks(db: Database, edition_id: int, path: str | Path) -> Path:
    """The departments' task lists: one sheet per department a need is routed to (date, time, venue, organiser,
    activity, contact person and phone)."""
    from vocweek_desktop.io.excel_activities import write_task_lists

    with db.transaction() as session:
        title = load_edition(session, edition_id).title
    lists = task_lists(db, edition_id)
    target = Path(path)
    return saving(lambda: write_task_lists(target, title, lists), target)
