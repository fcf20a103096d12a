"""附件2 templates out: one workbook per college, each of its registered activities prefilled with its hidden row id,
title, category and planned date (and what it already reported, when a template is sent again), and the college's
headcounts on the second sheet."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain import statistics as rules
from vocweek_desktop.domain.errors import NotFoundError
from vocweek_desktop.files import safe_file_name
from vocweek_desktop.io.excel_statistics import StatisticsInfo
from vocweek_desktop.services.rows import load_edition
from vocweek_desktop.services.submissions import contact_line
from vocweek_desktop.store.engine import Database
from vocweek_desktop.store.models import Activity, College, CollegeParticipation


def template_file_name(year: int, college: str) -> str:
    """The file name of one college's 附件2."""
    return f"{year}年职教周活动情况统计表-{safe_file_name(college, '学院')}.xlsx"


def _held(status: str, first, last, actual_first, actual_last, reported) -> str | None:
    if reported is None and status == "计划":
        return None
    if status == "取消":
        return rules.NOT_HELD
    if status != "已举办":
        return None
    if actual_first is not None and (actual_first, actual_last) != (first, last):
        return rules.MOVED
    return rules.HELD


def _rows(session, edition_id: int, college_id: int) -> list[dict[str, object]]:
    result = []
    for activity in session.scalars(select(Activity).where(
            Activity.edition_id == edition_id, Activity.college_id == college_id, Activity.deleted_at.is_(None))
            .order_by(Activity.first_date, Activity.start_time, Activity.id)):
        held = _held(activity.status, activity.first_date, activity.last_date, activity.actual_first_date,
                     activity.actual_last_date, activity.reported_at)
        first, last = activity.first_date, activity.last_date
        row = {"row_uid": activity.row_uid, "title": activity.title, "category": activity.category,
               "first_date": first if last == first else f"{first:%Y-%m-%d} 至 {last:%Y-%m-%d}", "held": held}
        if held == rules.MOVED:
            a_first, a_last = activity.actual_first_date, activity.actual_last_date
            row["actual_date"] = a_first if a_last == a_first else f"{a_first:%Y-%m-%d} 至 {a_last:%Y-%m-%d}"
        if held is not None:
            row.update(actual_teachers=activity.actual_teachers, actual_students=activity.actual_students,
                       actual_public=activity.actual_public, actual_enterprises=activity.actual_enterprises,
                       media_reports=activity.media_reports, actual_notes=activity.actual_notes)
        result.append(row)
    return result


def write_templates(db: Database, edition_id: int, out: str | Path, *, college_id: int | None = None) -> list[Path]:
    """Write 附件2 templates: one file (``out``) for ``college_id``, or one per college into the folder ``out``."""
    from vocweek_desktop.io.excel_statistics import write_template

    out = Path(out)
    jobs = []
    with db.transaction() as session:
        edition = load_edition(session, edition_id)
        info = StatisticsInfo(year=edition.year, title=edition.title, week_start=edition.week_start,
                              week_end=edition.week_end, deadline=edition.report_deadline,
                              office=edition.office_name or "教务处", contact=contact_line(session, edition))
        statement = select(College).where(College.edition_id == edition_id).order_by(College.display_order, College.id)
        if college_id is not None:
            statement = statement.where(College.id == college_id)
        colleges = list(session.scalars(statement))
        if college_id is not None and not colleges:
            raise NotFoundError(msg.COLLEGE_NOT_FOUND)
        for college in colleges:
            known = session.scalars(select(CollegeParticipation).where(
                CollegeParticipation.edition_id == edition_id,
                CollegeParticipation.college_id == college.id)).first()
            totals = {"teacher_total": college.teacher_count, "student_total": college.student_count}
            if known is not None:
                totals = {key: getattr(known, key) for key in rules.PARTICIPATION_FIELDS}
            target = out if college_id is not None else out / template_file_name(edition.year, college.name)
            jobs.append((target, college.name, _rows(session, edition_id, college.id), totals))
    return [write_template(target, info, name, rows, totals) for target, name, rows, totals in jobs]
