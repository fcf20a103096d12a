"""Activities for tests: one at a time through the service, or thousands at once with a Core insert."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import insert, select

from vocweek_desktop.services import activities, activity_keys, editions
from vocweek_desktop.store.models import Activity, College, Department

WEEK_START = dt.date(2024, 5, 12)
MONDAY = WEEK_START + dt.timedelta(days=1)  # 2024-05-13, the showcase day


def edition_id(db) -> int:
    """The (only) edition of a demo database."""
    return editions.list_editions(db)[0].id


def college_ids(db, edition: int) -> list[int]:
    """The edition's colleges, in display order."""
    with db.transaction() as session:
        return list(session.scalars(select(College.id).where(College.edition_id == edition)
                                    .order_by(College.display_order, College.id)))


def department_id(db, edition: int, name: str) -> int:
    """A department of the edition by name."""
    with db.transaction() as session:
        return session.scalar(select(Department.id).where(Department.edition_id == edition, Department.name == name))


def add(db, edition: int, college_id: int | None = None, **values) -> activities.ActivityRecord:
    """Add one activity through the service; a plausible one unless ``values`` say otherwise."""
    if college_id is None and "department_id" not in values:
        college_id = college_ids(db, edition)[0]
    base = {"title": "数控加工技能展示", "category": "线下宣传展示", "first_date": WEEK_START + dt.timedelta(days=1),
            "start_time": dt.time(9, 30), "end_time": dt.time(11, 30), "venue": "东区科技广场",
            "form": "线下", "person_in_charge": "张伟", "phone": "13808080101"}
    return activities.add_activity(db, edition, {**base, "college_id": college_id, **values})


def bulk(db, edition: int, count: int) -> None:
    """Insert ``count`` activities in one Core executemany (titles 活动00000, 活动00001, ...), sort keys included."""
    colleges = college_ids(db, edition)
    rows = [{"edition_id": edition, "row_uid": activities.new_row_uid(), "college_id": colleges[i % len(colleges)],
             "department_id": None, "title": f"活动{i:05d}", "category": "其他",
             "first_date": WEEK_START + dt.timedelta(days=i % 7), "last_date": WEEK_START + dt.timedelta(days=i % 7),
             "start_time": dt.time(8 + i % 10, 0), "end_time": dt.time(9 + i % 10, 0), "venue": f"实训楼{i % 97}室",
             "off_campus": False, "form": "线下", "audience": "全校师生", "person_in_charge": "李四", "phone": "",
             "description": "", "need_power": False, "need_it": False, "need_security": False,
             "need_media": False, "status": "计划", "source_kind": "manual", "source_file": "", "source_sheet": ""}
            for i in range(count)]
    for row in rows:
        row.update(activity_keys.sort_keys(row))  # what the service writes with the text
    with db.transaction() as session:
        session.execute(insert(Activity), rows)
