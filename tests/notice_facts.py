"""The 2024 notice's facts, parsed from the copy kept under tests/data (never taken from notice_defaults).

The notice pads two-character names to the width of three (高 莉, 周 鹏, 院 长 书 记); ``unpad`` undoes
that: runs of single characters separated by spaces are joined in pairs, whole names are kept, and
several names are joined with "、" (院 长 书 记 → 院长、书记).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

NOTICE_PATH = Path(__file__).parent / "data" / "2024-activity-week-notice.txt"


@dataclass(frozen=True)
class NoticeFacts:
    """What the notice says, as plain values."""

    school_name: str
    office_name: str
    title: str
    theme: str
    doc_number: str
    week_start: dt.date
    week_end: dt.date
    showcase_date: dt.date
    showcase_start: dt.time
    showcase_end: dt.time
    showcase_venue: str
    registration_deadline: dt.datetime
    report_day: dt.date
    award_name: str
    award_quota: int
    contacts: tuple[tuple[str, str, str], ...]  # (name, phone, e-mail or "")
    leader: str
    deputies: tuple[str, ...]
    members_text: str  # the 成员 line without separators, for comparing the whole
    departments: tuple[tuple[str, str, str], ...]  # (name, duty, head)


def unpad_names(text: str) -> list[str]:
    """Names from a padded run: '高 莉 伍 希' → ['高莉', '伍希'], '熊阿布' → ['熊阿布']."""
    tokens = text.split()
    names: list[str] = []
    index = 0
    while index < len(tokens):
        if len(tokens[index]) == 1 and index + 1 < len(tokens) and len(tokens[index + 1]) == 1:
            names.append(tokens[index] + tokens[index + 1])
            index += 2
        else:
            names.append(tokens[index])
            index += 1
    return names


def unpad(text: str) -> str:
    """One cell of the notice as stored: padded names joined, several names separated by '、'."""
    return "、".join(unpad_names(text))


def _one(pattern: str, text: str, flags: int = 0) -> re.Match:
    found = re.search(pattern, text, flags)
    assert found is not None, f"the notice no longer matches {pattern!r}"
    return found


def _time(text: str) -> dt.time:
    hour, minute = text.split(":")
    return dt.time(int(hour), int(minute))


@cache
def notice_facts() -> NoticeFacts:
    """Parse the notice copy once."""
    text = NOTICE_PATH.read_text(encoding="utf-8")
    lines = [line.strip() for line in text.splitlines() if line.strip()]

    # The letterhead names school and office; the signature names the school alone.
    signature = lines[-2]
    assert lines[0].startswith(signature), (lines[0], signature)
    school, office = signature, lines[0].removeprefix(signature)

    doc_number = _one(r"^(\S+〔\d{4}〕\d+号)$", text, re.MULTILINE).group(1)
    title = _one(r"关于做好(.+?)\s*相关工作的通知", text).group(1)
    theme = _one(r"活动主题\s*“(.+?)”", text).group(1)

    week = _one(r"二、活动时间\s*(\d{4})年(\d{1,2})月(\d{1,2})日至(\d{1,2})日", text)
    year, month = int(week.group(1)), int(week.group(2))
    week_start = dt.date(year, month, int(week.group(3)))
    week_end = dt.date(year, month, int(week.group(4)))

    showcase = _one(r"(\d{1,2})月(\d{1,2})日为职教活动周集中展示日", text)
    venue = _one(r"需在(\S+?)设展位", text).group(1)
    hours = _one(r"时间为(\d{1,2}:\d{2})-(\d{1,2}:\d{2})", text)
    registration = _one(r"于(\d{1,2})月(\d{1,2})日(\d{1,2}:\d{2})前.*?附件1", text)
    report = _one(r"(\d{1,2})月(\d{1,2})日前,各二级学院将职教周工作总结报告", text)
    award = _one(r"评选出(\d+)个“(.+?)”", text)

    contact_line = _one(r"教务处：(.+?)，电话：([\d-]+)", text)
    contacts = []
    for name in contact_line.group(1).split("、"):
        mail = re.search(rf"{name}老师邮箱([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]+)", text)
        contacts.append((name, contact_line.group(2), mail.group(1) if mail else ""))

    leader = unpad(_one(r"^组\s*长：(.+)$", text, re.MULTILINE).group(1))
    deputies = tuple(unpad_names(_one(r"^副组长：(.+)$", text, re.MULTILINE).group(1)))
    members = _one(r"^成\s*员：(.+)$", text, re.MULTILINE).group(1)
    members_text = members.replace("、", "").rstrip("。")

    header = lines.index("部门\t职责\t负责人")
    departments = []
    for line in lines[header + 1:]:
        if "\t" not in line:
            break
        name, duty, head = line.split("\t")
        departments.append((name.strip(), duty.strip(), unpad(head)))

    return NoticeFacts(
        school_name=school,
        office_name=office,
        title=title,
        theme=theme,
        doc_number=doc_number,
        week_start=week_start,
        week_end=week_end,
        showcase_date=dt.date(year, int(showcase.group(1)), int(showcase.group(2))),
        showcase_start=_time(hours.group(1)),
        showcase_end=_time(hours.group(2)),
        showcase_venue=venue,
        registration_deadline=dt.datetime.combine(
            dt.date(year, int(registration.group(1)), int(registration.group(2))), _time(registration.group(3))),
        report_day=dt.date(year, int(report.group(1)), int(report.group(2))),
        award_name=award.group(2),
        award_quota=int(award.group(1)),
        contacts=tuple(contacts),
        leader=leader,
        deputies=deputies,
        members_text=members_text,
        departments=tuple(departments),
    )
