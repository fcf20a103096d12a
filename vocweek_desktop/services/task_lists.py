"""The departments' task lists (部门任务单): for each department an activity need is routed to, the activities it
supports, written to one workbook (a sheet per department) or to one workbook per department."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.activities import NEED_KEY_OF_FLAG, NEEDS
from vocweek_desktop.domain.dates import format_day, format_time
from vocweek_desktop.domain.layout import number_key
from vocweek_desktop.files import safe_file_name, write_error
from vocweek_desktop.services.rows import load_edition
from vocweek_desktop.store.engine import Database
from vocweek_desktop.store.models import Activity, Booth, College, Department, Layout

#: The need whose department also gets the expected headcounts (保卫处 plans its staff by them).
HEADCOUNT_NEED = "need_security"

_TASK_KEYS = ("first_date", "last_date", "start_time", "end_time", "venue", "organiser", "title", "person_in_charge",
              "phone", "off_campus", "expected_teachers", "expected_students", "expected_public")


def _showcase_booths(session: Session, edition_id: int, need_flag: str) -> list[dict[str, object]]:
    """The showcase day's booths a department serves: the booths that need power for 后勤处 (with their tables and
    chairs), every booth for 保卫处; (number, college, note) per booth in number order, from the edition's layout."""
    if need_flag not in ("need_power", "need_security"):
        return []
    rows = session.execute(select(Booth.number, College.name, Booth.power, Booth.tables, Booth.chairs, Booth.notes,
                                  Booth.x, Booth.y)
                           .join(Layout, Layout.id == Booth.layout_id)
                           .outerjoin(College, College.id == Booth.college_id)
                           .where(Layout.edition_id == edition_id)).all()
    booths = []
    for number, college, power, tables, chairs, notes, x, y in sorted(rows, key=lambda r: number_key(r[0])):
        if need_flag == "need_power" and not power:
            continue
        parts = [msg.TASK_BOOTH_POSITION.format(x=f"{x:g}", y=f"{y:g}")]
        if need_flag == "need_power":
            parts.append(msg.TASK_BOOTH_FURNITURE.format(tables=tables or 0, chairs=chairs or 0))
        if notes:
            parts.append(notes)
        booths.append({"number": number, "college": college or msg.TASK_BOOTH_UNASSIGNED, "note": "；".join(parts)})
    return booths


def _booths_title(edition) -> str:
    """集中展示日展位（5月13日（周一） 09:30–17:00，东区科技广场）: when and where the booths stand."""
    when = " ".join(part for part in (format_day(edition.showcase_date, edition.year),
                                      "–".join(format_time(t) for t in (edition.showcase_start, edition.showcase_end)
                                               if t is not None)) if part)
    details = "，".join(part for part in (when, edition.showcase_venue) if part)
    return msg.TASK_BOOTHS_TITLE.format(details=details) if details else msg.TASK_BOOTHS_TITLE_PLAIN


def task_lists(db: Database, edition_id: int):
    """Per department that a need is routed to, in the duty table's order: its DepartmentTasks (tasks in date and
    time order, cancelled activities left out)."""
    from vocweek_desktop.io.excel_tasks import DepartmentTasks

    flags = {key: flag for flag, key in NEED_KEY_OF_FLAG.items()}
    with db.transaction() as session:
        booths_title = _booths_title(load_edition(session, edition_id))
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
                                Activity.off_campus, Activity.expected_teachers, Activity.expected_students,
                                Activity.expected_public)
                         .outerjoin(College, College.id == Activity.college_id)
                         .outerjoin(Department, Department.id == Activity.department_id)
                         .where(Activity.edition_id == edition_id, Activity.deleted_at.is_(None),
                                Activity.status != "取消", getattr(Activity, flag).is_(True))
                         .order_by(Activity.first_date, Activity.start_time, Activity.id))
            tasks = [dict(zip(_TASK_KEYS, row, strict=True)) for row in session.execute(statement)]
            result.append(DepartmentTasks(name, NEEDS[flag][0], tasks, headcounts=flag == HEADCOUNT_NEED,
                                          booths=_showcase_booths(session, edition_id, flag),
                                          booths_title=booths_title))
        return result


def export_tasks(db: Database, edition_id: int, out: str | Path, *, per_department: bool = False) -> list[Path]:
    """Write the task lists: one workbook ``out`` with a sheet per department, or (``per_department``) one workbook
    per department into the folder ``out`` (made when missing). Returns the files written."""
    from vocweek_desktop.io.excel_tasks import write_task_lists

    with db.transaction() as session:
        edition = load_edition(session, edition_id)
        title, year = edition.title, edition.year
    lists = task_lists(db, edition_id)
    out = Path(out)
    if not per_department:
        return [write_task_lists(out, title, lists, year=year)]
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise write_error(out, exc) from exc
    return [write_task_lists(out / f"{year}年职教周部门任务单-{safe_file_name(item.department, '部门')}.xlsx", title,
                             [item], year=year) for item in lists]
