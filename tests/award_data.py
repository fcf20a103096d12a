"""Award test data: five colleges, three judges, and scores whose result is worked out by hand below.

Criteria (the notice's defaults): 1 策划组织与宣传推广 30, 2 线下活动数量及质量 40, 3 师生参与及企业贡献 30.
Tie-break order 2, 3, 1. Judges 王评委, 李评委, 赵评委 (赵 is from 学院E and abstains from it).

    college   王 (c1, c2, c3)     李                  赵                  totals           final
    学院A     28, 36, 26 = 90    27, 35, 25 = 87    26, 34, 24 = 84    90 87 84         87.00
    学院B     25, 35, 25 = 85    25, 35, 25 = 85    25, 35, 25 = 85    85 85 85         85.00
    学院C     27, 33, 25 = 85    27, 33, 25 = 85    27, 33, 25 = 85    85 85 85         85.00
    学院D     20, 30, 20 = 70    22, 30, 20 = 72    21, 30, 20 = 71    70 72 71         71.00
    学院E     29, 38, 28 = 95    27.5, 37, 27 = 91.5  (回避)            95 91.5          93.25 (2 judges)

Ranking: E 93.25 (1), A 87 (2), B and C 85: criterion 2 means 35 vs 33 → B (3), C (4); D (5).
With quota 4 the proposal is E, A, B, C. E is flagged: only 2 judges (fewer than 3).
"""

from __future__ import annotations

from types import SimpleNamespace

from vocweek_desktop.services import award_judges, award_scores, awards, colleges

COLLEGES = ("学院A", "学院B", "学院C", "学院D", "学院E")
JUDGES = ("王评委", "李评委", "赵评委")
SCORES = {
    "学院A": ((28, 36, 26), (27, 35, 25), (26, 34, 24)),
    "学院B": ((25, 35, 25), (25, 35, 25), (25, 35, 25)),
    "学院C": ((27, 33, 25), (27, 33, 25), (27, 33, 25)),
    "学院D": ((20, 30, 20), (22, 30, 20), (21, 30, 20)),
    "学院E": ((29, 38, 28), ("27.5", 37, 27), None),
}


def add_colleges(db, edition_id: int, names=COLLEGES) -> dict[str, int]:
    """The colleges by name → id."""
    return {name: colleges.add_college(db, edition_id, {"name": name, "teacher_count": 50, "student_count": 950}).id
            for name in names}


def scored(db, edition_id: int) -> SimpleNamespace:
    """The edition with the table above entered through the services."""
    college_ids = add_colleges(db, edition_id)
    criteria = awards.list_criteria(db, edition_id)
    judges = {}
    for name in JUDGES:
        own = college_ids["学院E"] if name == "赵评委" else None
        judges[name] = award_judges.add_judge(db, edition_id, {"name": name, "unit": "教务处", "college_id": own}).id
    for college, rows in SCORES.items():
        for judge_name, row in zip(JUDGES, rows, strict=True):
            if row is None:
                award_scores.set_review(db, judges[judge_name], college_ids[college], abstain=True)
                continue
            for criterion, value in zip(criteria, row, strict=True):
                award_scores.set_score(db, judges[judge_name], college_ids[college], criterion.id, value)
    return SimpleNamespace(edition_id=edition_id, colleges=college_ids, judges=judges, criteria=criteria)
