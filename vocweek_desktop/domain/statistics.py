"""附件2 情况统计表: what actually happened to each registered activity, and each college's participation in people
(notice 六(四)). The rules of a row and of the totals, with no database, no Excel and no Qt.

实际举办 is 是 (held as planned), 否 (not held: the activity becomes 取消) or 改期 (held on another day, given in
实际日期). A row the college adds that matches no registered activity is a new activity, "added after registration".
Person-times (人次) may exceed a headcount; the totals sheet's people (人数) may not.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Mapping

from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.activities import split_enterprises
from vocweek_desktop.domain.parsing import ParseError, cell_text

HELD, NOT_HELD, MOVED = "是", "否", "改期"
HELD_CHOICES: tuple[str, ...] = (HELD, NOT_HELD, MOVED)
_HELD_WORDS = {
    HELD: ("是", "已举办", "举办", "已开展", "开展", "已完成", "完成", "按计划", "如期", "如期举办", "√", "✓", "y", "yes", "有"),
    NOT_HELD: ("否", "未举办", "没有举办", "取消", "已取消", "未开展", "不举办", "×", "✗", "n", "no", "无"),
    MOVED: ("改期", "已改期", "改期举办", "延期", "延期举办", "调整", "调整日期", "提前", "提前举办", "推迟", "推迟举办"),
}
_HELD_LOOKUP = {word.casefold(): choice for choice, words in _HELD_WORDS.items() for word in words}
ACTUAL_COUNTS: tuple[str, ...] = ("actual_teachers", "actual_students", "actual_public")
#: Fields a 附件2 row reports about what happened (none filled and 实际举办 blank: the row was not reported).
REPORTED_FIELDS: tuple[str, ...] = ("held", "actual_first_date", *ACTUAL_COUNTS, "actual_enterprises",
                                    "media_reports", "actual_notes")
PARTICIPATION_FIELDS: tuple[str, ...] = ("teacher_total", "student_total", "teachers_participating",
                                         "students_participating")


def parse_held(value: object) -> str | None:
    """是 / 否 / 改期 from what a college writes (已举办, 取消, 延期 …); blank → None."""
    if value is None:
        return None
    shown = (cell_text(value) or "").strip()
    text = "".join(unicodedata.normalize("NFKC", shown).split()).casefold()
    if text in ("", "-", "—", "/"):
        return None
    found = _HELD_LOOKUP.get(text)
    if found is None:
        raise ParseError(msg.BAD_CHOICE.format(label=msg.STATISTICS_LABELS["held"], value=shown[:40],
                                               choices="、".join(HELD_CHOICES)))
    return found


def is_reported(values: Mapping[str, object]) -> bool:
    """Whether a row says anything about what happened (a prefilled row left as it was says nothing)."""
    return any(values.get(key) not in (None, "", [], ()) for key in REPORTED_FIELDS)


def clean_actual(values: Mapping[str, object], planned: tuple[dt.date, dt.date] | None) -> tuple[
        dict[str, object], dict[str, str]]:
    """What a reported row means for its activity: status (已举办 / 取消), actual dates (a moved activity's; else
    the planned ones), person-times, enterprises, media reports, note — or errors by field.

    ``planned`` is the activity's (first, last) date; None for an activity the college adds (then a date is needed:
    实际日期, or the row's 计划日期). Returns (cleaned values, errors by field).
    """
    errors: dict[str, str] = {}
    held = values.get("held")
    counts = {key: values.get(key) for key in ACTUAL_COUNTS}
    first, last = values.get("actual_first_date"), values.get("actual_last_date")
    if held is None:
        held = MOVED if planned is not None and first is not None and (first, last or first) != planned else HELD
    cleaned: dict[str, object] = {"held": held}
    if held == NOT_HELD:
        for key, value in counts.items():
            if value:
                errors[key] = msg.STATISTICS_COUNT_NOT_HELD.format(label=msg.STATISTICS_LABELS[key], value=value)
        if values.get("media_reports"):
            errors["media_reports"] = msg.STATISTICS_COUNT_NOT_HELD.format(
                label=msg.STATISTICS_LABELS["media_reports"], value=values["media_reports"])
        cleaned.update(status="取消", actual_first_date=None, actual_last_date=None)
    else:
        if first is None:
            if held == MOVED:
                errors["actual_first_date"] = msg.STATISTICS_MOVED_NO_DATE
            elif planned is None:
                first, last = values.get("first_date"), values.get("last_date")
                if first is None:
                    errors["actual_first_date"] = msg.STATISTICS_NEW_NO_DATE
            else:
                first, last = planned
        last = last or first
        if held == MOVED and planned is not None and first is not None and (first, last) == planned:
            errors["actual_first_date"] = msg.STATISTICS_MOVED_SAME_DATE.format(day=first)
        cleaned.update(status="已举办", actual_first_date=first, actual_last_date=last)
    cleaned.update(counts)
    enterprises = values.get("actual_enterprises")
    if isinstance(enterprises, str):
        enterprises = split_enterprises(enterprises)
    cleaned["actual_enterprises"] = "、".join(enterprises) if enterprises is not None else None
    cleaned["media_reports"] = values.get("media_reports")
    cleaned["actual_notes"] = str(values.get("actual_notes") or "").strip()
    return cleaned, errors


def clean_participation(values: Mapping[str, object], headcounts: tuple[int | None, int | None]) -> tuple[
        dict[str, int | None], dict[str, str]]:
    """A college's totals sheet: 教师总数, 学生总数 (the college's own headcounts when left blank) and the people who
    took part, who cannot outnumber them. Returns (cleaned, errors by field)."""
    errors: dict[str, str] = {}
    cleaned: dict[str, int | None] = {key: values.get(key) for key in PARTICIPATION_FIELDS}
    for total_key, part_key, known in (("teacher_total", "teachers_participating", headcounts[0]),
                                       ("student_total", "students_participating", headcounts[1])):
        total = cleaned[total_key] if cleaned[total_key] is not None else known
        cleaned[total_key] = total
        part = cleaned[part_key]
        if part is not None and total is not None and part > total:
            errors[part_key] = msg.STATISTICS_ABOVE_HEADCOUNT.format(
                label=msg.STATISTICS_LABELS[part_key], value=part, total_label=msg.STATISTICS_LABELS[total_key],
                total=total)
    return cleaned, errors


def ratio(part: int | None, total: int | None) -> float | None:
    """part / total, or None when either is unknown or the total is 0."""
    if part is None or not total:
        return None
    return part / total


def participation_text(values: Mapping[str, int | None]) -> str:
    """A totals sheet's figures in one line (学院汇总：参与教师 40 / 教师总数 86（46.5%）；…), blanks said as 未填."""
    def shown(key: str) -> str:
        value = values.get(key)
        return msg.STATISTICS_NOT_GIVEN if value is None else str(value)

    def share(part: str, total: str) -> str:
        value = ratio(values.get(part), values.get(total))
        return "" if value is None else f"（{value * 100:.1f}%）"

    return msg.STATISTICS_PARTICIPATION.format(
        teachers=shown("teachers_participating"), teacher_total=shown("teacher_total"),
        teacher_ratio=share("teachers_participating", "teacher_total"), students=shown("students_participating"),
        student_total=shown("student_total"), student_ratio=share("students_participating", "student_total"))
