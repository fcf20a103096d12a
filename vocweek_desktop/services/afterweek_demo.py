"""The demo's week after the fact (`vocweek demo --afterweek`): what the sample colleges' 附件2 reported (held, moved,
cancelled, added), their participation, publicity items, and the files they handed in by the report deadline (some
late, one extension) — so the 概览 matrix, the 活动总结 tab and the week's report have something real to show.

Written through the same services as the office's own work (every change audited), with plausible, clearly sample
data. Kept out of services/database.py so the demo's other parts stay as they are.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from sqlalchemy import select, update

from vocweek_desktop.domain import submissions as kinds
from vocweek_desktop.services import activity_keys, colleges, editions, publicity, submissions
from vocweek_desktop.store.engine import Database
from vocweek_desktop.store.models import Activity, CollegeParticipation, RegistrationSubmission

# (channel, title, day of the week, the sample activity it is about: a part of its title, or None)
_PUBLICITY = [
    ("学校官网", "我校2024年职业教育活动周正式启动", 0, None),
    ("微信公众号", "一技在手，一生无忧——职教周开幕式精彩回顾", 0, None),
    ("视频号", "数控加工技能展示现场直击", 1, "数控加工技能展示"),
    ("抖音", "实训室开放日：中小学生体验智能制造", 2, "智能制造实训室开放日"),
    ("微博", "新能源汽车维修服务进社区", 3, "新能源汽车维修进社区"),
    ("省级媒体", "四川科技职业学院举办职业教育活动周系列活动", 3, None),
    ("国家级媒体", "职业院校开放日让公众走近职业教育", 4, None),
    ("微信公众号", "校企集中签约：多家企业与我校深化合作", 4, "校企集中签约仪式"),
    ("学校官网", "优秀校友返校分享成长故事", 5, "优秀校友返校分享会"),
    ("其他", "区融媒体中心：职教周走进十陵街道", 3, "新能源汽车维修进社区"),
]


def add_sample_afterweek(db: Database, edition_id: int, *, folder: Path | None = None) -> dict[str, int]:
    """Report the sample activities as a 附件2 would, add participation, publicity and handed-in files; returns how
    many of each were added. Expects the sample colleges and activities (``add_sample_activities``)."""
    edition = editions.get_edition(db, edition_id)
    college_list = colleges.list_colleges(db, edition_id)
    deadline = edition.report_deadline or dt.datetime.combine(edition.week_end, dt.time(23, 59))
    counts = {"reported": 0, "added": 0, "publicity": 0, "files": 0}
    with db.transaction() as session:
        rows = session.execute(select(Activity.id, Activity.college_id, Activity.first_date, Activity.last_date,
                                      Activity.expected_teachers, Activity.expected_students,
                                      Activity.expected_public)
                               .where(Activity.edition_id == edition_id).order_by(Activity.id)).all()
        for index, (activity_id, college_id, first, last, teachers, students, public) in enumerate(rows):
            position = next(i for i, c in enumerate(college_list) if c.id == college_id)
            if position >= 8:  # the last reporting colleges have not sent their 附件2 yet
                continue
            received = deadline - dt.timedelta(days=2, hours=position)
            values = {"reported_at": received, "actual_notes": ""}
            if index % 9 == 4:
                values.update(status="取消", actual_notes="因天气原因取消")
            else:
                moved = index % 7 == 3 and first == last and first < edition.week_end
                day = first + dt.timedelta(days=1) if moved else first
                values.update(status="已举办", actual_first_date=day, actual_last_date=last if not moved else day,
                              actual_teachers=(teachers or 8) + index % 5, actual_students=(students or 60) + 7 * index,
                              actual_public=(public or 0) + (25 if index % 2 else 0), media_reports=index % 3)
            session.execute(update(Activity).where(Activity.id == activity_id).values(**values))
            counts["reported"] += 1
        for position, college in enumerate(college_list[:8]):
            teachers = college.teacher_count or 40
            students = college.student_count or 0
            session.add(CollegeParticipation(
                edition_id=edition_id, college_id=college.id, teacher_total=teachers, student_total=students,
                teachers_participating=teachers * (45 + 6 * position) // 100,
                students_participating=students * (22 + 5 * position) // 100,
                received_at=deadline - dt.timedelta(days=2, hours=position)))
        for position, college in enumerate(college_list[:-1]):  # the last sample college never registered
            late = position == 5
            received = (edition.registration_deadline or deadline) + dt.timedelta(hours=20 if late else -30 + position)
            session.add(RegistrationSubmission(edition_id=edition_id, college_id=college.id, received_at=received,
                                               file_name=f"2024年职教周活动信息表-{college.name}.xlsx",
                                               imported_at=received, rows_added=2 + position % 2))
        first_college = college_list[0]
        added = {"title": "无人机编队飞行表演", "source_kind": "import",
                 "source_file": "2024年职教周活动情况统计表-智能制造学院（示例）.xlsx"}
        session.add(Activity(edition_id=edition_id, row_uid=f"demo{edition_id:04d}added", college_id=first_college.id,
                             category="线下宣传展示", first_date=edition.week_end,
                             last_date=edition.week_end, actual_first_date=edition.week_end,
                             actual_last_date=edition.week_end, status="已举办", actual_teachers=10,
                             actual_students=320, actual_public=150, media_reports=2, added_after=True,
                             actual_enterprises="成都某某航空零部件有限公司", reported_at=deadline - dt.timedelta(days=2),
                             **added, **activity_keys.sort_keys(added)))
        counts["added"] += 1
    with db.transaction() as session:
        by_title = {title: activity_id for activity_id, title in session.execute(
            select(Activity.id, Activity.title).where(Activity.edition_id == edition_id).order_by(Activity.id.desc()))}
    for channel, title, day, about in _PUBLICITY:
        activity = by_title.get(about) if about else None
        publicity.add_item(db, edition_id, {"channel": channel, "title": title, "activity_id": activity,
                                            "link": f"https://news.example.edu.cn/{edition.year}/{counts['publicity']}",
                                            "published_on": edition.week_start + dt.timedelta(days=day)})
        counts["publicity"] += 1
    with tempfile.TemporaryDirectory() as scratch:
        source = Path(folder or scratch)
        for position, college in enumerate(college_list):
            handed = [(kinds.REPORT, ".docx", -1 + position), (kinds.MEDIA, ".zip", position - 3)]
            if position < 8:
                handed.append((kinds.STATISTICS, ".xlsx", -4 + position / 2))
            for kind, suffix, days in handed:
                if position >= 7 and kind == kinds.REPORT:
                    continue  # still missing: the matrix shows 逾期
                received = deadline + dt.timedelta(days=days / 2, hours=-3)
                path = source / f"{college.short_name or position}{kind}{suffix}"
                path.write_bytes(f"示例文件：{college.name} {kind}（{received:%Y-%m-%d %H:%M}）".encode())
                submissions.record_submission(db, edition_id, college.id, kind, path, received_at=received,
                                              check_name=False)
                counts["files"] += 1
        if len(college_list) > 8:
            submissions.grant_extension(db, edition_id, college_list[8].id, kinds.STATISTICS,
                                        deadline + dt.timedelta(days=3), "学院负责人外出培训，统计表延后提交")
    return counts
