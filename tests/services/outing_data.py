"""Outing requests for the tests: complete values, and a request brought into any state through the services."""

from __future__ import annotations

import datetime as dt

from vocweek_desktop.domain import outings as rules
from vocweek_desktop.services import outings

#: The week of the 2024 edition: the outing leaves on its Wednesday morning.
DEPART = dt.datetime(2024, 5, 15, 8, 0)
RETURN = dt.datetime(2024, 5, 15, 17, 30)
#: Times of the decisions: well before departure (lead time kept), during the outing, after it.
FILED = dt.datetime(2024, 5, 8, 10, 0)
BEFORE = dt.datetime(2024, 5, 10, 9, 0)
DURING = dt.datetime(2024, 5, 15, 12, 0)
AFTER = dt.datetime(2024, 5, 16, 9, 0)


def outing_values(college_id: int, **changes) -> dict[str, object]:
    """A complete request of ``college_id``: one teacher and two students by school bus, every paper handed in."""
    values: dict[str, object] = {
        "college_id": college_id, "activity_id": None, "title": "新能源汽车维修进社区", "destination": "十陵街道社区",
        "address": "成都市龙泉驿区十陵街道办事处", "departure": DEPART, "return_at": RETURN,
        "teacher_count": 1, "student_count": 2,
        "participants": [{"name": "王强", "role": "教师", "unit": "汽车系", "phone": "13800138000"},
                         {"name": "李雷", "role": "学生", "unit": "汽修2201", "phone": ""},
                         {"name": "韩梅梅", "role": "学生", "unit": "汽修2201", "phone": "13900139000"}],
        "lead_teacher": "王强", "lead_phone": "13800138000", "transport": "校车", "vehicle_plate": "",
        "vehicle_company": "", "driver": "", "insured": True, "insurer": "某某财产保险公司",
        "policy_number": "PICC-2024-0515", "safety_plan": "出发前安全教育；分两组，每组一名教师带队；全程不下水。",
        "emergency_contact": "张主任", "emergency_phone": "028-37330356",
        "papers": list(rules.DEFAULT_REQUIRED_PAPERS), "notes": "",
    }
    values.update(changes)
    return values


def outing_in(db, edition_id: int, college_id: int, state: str, **changes) -> int:
    """A request brought into ``state`` the way a user would, by the services; returns its id."""
    if state == rules.DRAFT:
        return outings.create_outing(db, edition_id, outing_values(college_id, **changes), now=FILED).record.id
    outing_id = outings.create_outing(db, edition_id, outing_values(college_id, **changes), submit=True,
                                      now=FILED).record.id
    if state == rules.SUBMITTED:
        return outing_id
    if state == rules.RETURNED:
        outings.return_outing(db, outing_id, "安全预案不够具体", now=BEFORE)
    elif state == rules.WITHDRAWN:
        outings.withdraw_outing(db, outing_id, now=BEFORE)
    elif state in (rules.APPROVED, rules.COMPLETED):
        outings.approve_outing(db, outing_id, comment="同意", now=BEFORE)
        if state == rules.COMPLETED:
            outings.complete_outing(db, outing_id, now=AFTER)
    assert outings.get_outing(db, outing_id).state == state
    return outing_id
