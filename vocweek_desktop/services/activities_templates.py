"""附件1 templates out: one workbook per college, its college named and its activities prefilled (with their hidden
row ids, so the returned file updates them instead of adding copies)."""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.errors import NotFoundError
from vocweek_desktop.io.excel_activities import TemplateInfo
from vocweek_desktop.services import activities as activity_service
from vocweek_desktop.services.activities_export import saving
from vocweek_desktop.services.rows import load_edition
from vocweek_desktop.store.engine import Database
from vocweek_desktop.store.models import College, Edition, EditionContact


def _safe_file_name(name: str) -> str:
    return re.sub(r'[\\/:*?"<>|\r\n\t]', "_", name).strip(" .") or "学院"


def _template_info(edition: Edition, session: Session) -> TemplateInfo:
    contacts = session.execute(select(EditionContact.name, EditionContact.phone, EditionContact.email)
                               .where(EditionContact.edition_id == edition.id)
                               .order_by(EditionContact.display_order)).all()
    email = next((c.email for c in contacts if c.email), "")
    contact = "、".join(c.name for c in contacts)
    if email:
        contact = f"{contact}，邮箱 {email}" if contact else f"邮箱 {email}"
    return TemplateInfo(year=edition.year, title=edition.title, week_start=edition.week_start,
                        week_end=edition.week_end, deadline=edition.registration_deadline,
                        office=edition.office_name or "教务处", contact=contact)


def _college_activities(db: Database, edition_id: int, college_id: int) -> list[dict[str, object]]:
    flt = activity_service.ActivityFilter(organiser=("college", college_id))
    keys = activity_service.COLUMN_KEYS
    result, offset = [], 0
    while True:
        window = activity_service.fetch_activities(db, edition_id, flt, sort_key="first_date", offset=offset,
                                                   limit=1000)
        for row in window:
            values = dict(zip(keys, row.values, strict=False))
            values["row_uid"] = row.row_uid
            result.append(values)
        if len(window) < 1000:
            return result
        offset += len(window)


def write_templates(db: Database, edition_id: int, out: str | Path, *, college_id: int | None = None) -> list[Path]:
    """Write 附件1 templates prefilled with each college's activities: one file (``out``) for ``college_id``,
    or one file per college into the folder ``out``."""
    from vocweek_desktop.io.excel_activities import write_template

    with db.transaction() as session:
        edition = load_edition(session, edition_id)
        info = _template_info(edition, session)
        statement = select(College.id, College.name).where(College.edition_id == edition_id) \
            .order_by(College.display_order, College.id)
        if college_id is not None:
            statement = statement.where(College.id == college_id)
        colleges = session.execute(statement).all()
    if college_id is not None and not colleges:
        raise NotFoundError(msg.COLLEGE_NOT_FOUND)
    out = Path(out)
    written = []
    for ident, name in colleges:
        target = out if college_id is not None else out / f"{info.year}年职教周活动信息表-{_safe_file_name(name)}.xlsx"
        written.append(saving(lambda t=target, i=ident, n=name: write_template(
            t, info, n, _college_activities(db, edition_id, i)), target))
    return written
