"""What the 附件1 service tests look at: counts of rows, the live activities, adding one."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from vocweek_desktop.services import activities as activity_service
from vocweek_desktop.store.models import Activity, ActivityEnterprise, College, Enterprise, RegistrationSubmission


def counts(db) -> dict[str, int]:
    """How many activities (all, live), enterprises, links, submissions and colleges there are."""
    with db.transaction() as session:
        return {
            "activities": session.scalar(select(func.count(Activity.id))),
            "live": session.scalar(select(func.count(Activity.id)).where(Activity.deleted_at.is_(None))),
            "enterprises": session.scalar(select(func.count(Enterprise.id))),
            "links": session.scalar(select(func.count()).select_from(ActivityEnterprise)),
            "submissions": session.scalar(select(func.count(RegistrationSubmission.id))),
            "colleges": session.scalar(select(func.count(College.id))),
        }


def live(db) -> list[Activity]:
    """The activities not in the recycle bin, oldest first."""
    with db.transaction() as session:
        return list(session.scalars(select(Activity).where(Activity.deleted_at.is_(None)).order_by(Activity.id)))


def add(env, **values):
    """Add an activity of 智能制造学院 (已有活动 on 13 May unless ``values`` say otherwise)."""
    base = {"college_id": env.smart.id, "title": "已有活动", "first_date": dt.date(2024, 5, 13)}
    return activity_service.add_activity(env.db, env.edition.id, {**base, **values})


def by_row(preview) -> dict[int, dict]:
    """The rows to add, by their row number."""
    return {item.row: item.values for item in preview.to_add}
