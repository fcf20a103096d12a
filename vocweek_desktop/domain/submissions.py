"""What the colleges hand in after the week (notice 六(二) and 六(四)) and the rules about it: the kinds of material,
each kind's deadline, the state of one college's kind (未交 / 已交 / 逾期 / 延期 / 补交), the name a kept file gets,
guessing the college and kind from a file's name, and the reminder a college is sent.

Plain values only: no database, no files, no Qt.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from vocweek_desktop.domain import edition_settings
from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.dates import format_moment
from vocweek_desktop.domain.organisers import name_key

#: The kinds every edition has, in the matrix's order. 附件1 comes from the registrations import (its deadline is
#: the registration deadline); the others are due by the report deadline (六(四)).
REGISTRATION = "附件1 活动信息表"
REPORT = "工作总结报告"
STATISTICS = "附件2 情况统计表"
MEDIA = "新闻图片影像资料"
BUILTIN_KINDS: tuple[str, ...] = (REGISTRATION, REPORT, STATISTICS, MEDIA)
#: The edition setting listing the kinds the office adds (e.g. 活动视频, 优秀案例).
EXTRA_KINDS_KEY = "submissions.extra_kinds"
KIND_MAX_LENGTH = 30

# The state of one college's kind, as the matrix shows it.
MISSING = "未交"  # nothing yet, still in time (or no deadline)
ON_TIME = "已交"  # in by the deadline (or by the extension's)
OVERDUE = "逾期"  # nothing, and the deadline has passed
EXTENDED = "延期"  # nothing yet, an extension runs
LATE = "补交"  # in, after the deadline
STATES: tuple[str, ...] = (MISSING, ON_TIME, OVERDUE, EXTENDED, LATE)
#: The states in which something is still owed (the reminder lists them).
OWED: frozenset[str] = frozenset({MISSING, OVERDUE, EXTENDED})

#: The attachment numbers of the notice: a name that gives one says which form it is (both: ask).
_ATTACHMENTS: tuple[tuple[str, tuple[str, ...]], ...] = ((REGISTRATION, ("附件1", "附件一")),
                                                         (STATISTICS, ("附件2", "附件二")))
#: Words in a file's name that say what it is; the first kind whose word appears wins. The notice calls 附件1 the
#: 活动信息统计表 too, so its words go before 附件2's bare 统计表.
_KIND_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (REGISTRATION, ("活动信息表", "信息统计表", "报名表")),
    (STATISTICS, ("情况统计", "统计表")),
    (REPORT, ("总结", "报告")),
    (MEDIA, ("图片", "照片", "影像", "视频", "新闻", "相片", "摄影", "素材", "宣传")),
)
#: File endings that are pictures, video or archives of them: news material unless the name says otherwise.
MEDIA_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".gif", ".bmp", ".tif", ".tiff", ".heic", ".webp", ".mp4",
                            ".mov", ".avi", ".wmv", ".mkv", ".flv", ".m4v", ".zip", ".rar", ".7z"})
#: A year as people write one in a file's name (2023年…, …总结2023.docx), not a camera's picture number (IMG_2041.jpg,
#: DSC-2023.JPG, DSCN2023): no digit or Latin letter right beside it, nor a Latin word joined to it by _ - or a space.
_YEAR = re.compile(r"(?<![0-9A-Za-z])(?<![A-Za-z][_\- ])(20\d{2})(?![0-9A-Za-z])")
_BRACKETS = re.compile(r"[(（\[【][^)）\]】]*[)）\]】]")


def _clean_kinds(value: object) -> list[str]:
    """The office's own kinds: distinct names of 1–30 characters, none a built-in one."""
    if not isinstance(value, list | tuple):
        raise ValueError
    kinds: list[str] = []
    for item in value:
        if not isinstance(item, str):
            raise ValueError
        name = " ".join(unicodedata.normalize("NFKC", item).split())
        if not name or len(name) > KIND_MAX_LENGTH or name in BUILTIN_KINDS:
            raise ValueError
        if name not in kinds:
            kinds.append(name)
    return kinds


edition_settings.register(edition_settings.Setting(EXTRA_KINDS_KEY, msg.SUBMISSION_EXTRA_KINDS_LABEL, [],
                                                   _clean_kinds))


def all_kinds(extra: Iterable[str] = ()) -> tuple[str, ...]:
    """The built-in kinds followed by the office's own."""
    return BUILTIN_KINDS + tuple(kind for kind in extra if kind not in BUILTIN_KINDS)


def deadline_of(kind: str, registration_deadline: dt.datetime | None,
                report_deadline: dt.datetime | None) -> dt.datetime | None:
    """The deadline of a kind: 附件1 by the registration deadline, everything else by the report deadline."""
    return registration_deadline if kind == REGISTRATION else report_deadline


@dataclass(frozen=True)
class Extension:
    """More time for one college's kind: the new deadline and why it was granted."""

    until: dt.datetime
    reason: str


def state(first_received: dt.datetime | None, deadline: dt.datetime | None, extension: Extension | None,
          now: dt.datetime) -> str:
    """The state of a college's kind at ``now``: 已交 / 补交 when something came in (by or after the deadline that
    holds: the extension's when there is one), else 未交 / 延期 / 逾期."""
    due = extension.until if extension is not None else deadline
    if first_received is not None:
        return LATE if due is not None and first_received > due else ON_TIME
    if due is None or now <= due:
        return EXTENDED if extension is not None else MISSING
    return OVERDUE


def is_late(received: dt.datetime, deadline: dt.datetime | None, extension: Extension | None = None) -> bool:
    """Whether a file received at ``received`` came after the deadline that holds."""
    due = extension.until if extension is not None else deadline
    return due is not None and received > due


# --- names ------------------------------------------------------------------------------------------------------

def _file_key(text: str) -> str:
    return name_key(text).replace("_", "").replace("-", "")


def _college_keys(name: str, short_name: str | None) -> list[str]:
    keys = {name_key(name), name_key(_BRACKETS.sub("", name))}
    if short_name and len(name_key(short_name)) >= 2:
        keys.add(name_key(short_name))
    return sorted((key for key in keys if key), key=len, reverse=True)


def guess_college(file_name: str, colleges: Sequence[tuple[int, str, str | None]]) -> int | None:
    """The college a file's name names (its full name, its name without a bracketed note such as （示例）, or its
    short name of two or more characters), or None when it names none, or two that neither contains the other
    (智能制造与汽车学院 names itself, not 汽车; 智造与汽车工程学院 names two colleges: ask)."""
    key = _file_key(file_name)
    found: dict[int, str] = {}
    for college_id, name, short_name in colleges:
        for candidate in _college_keys(name, short_name):
            if candidate in key:
                found[college_id] = candidate  # the longest of its names that the file uses
                break
    winners = [college_id for college_id, matched in found.items()
               if not any(matched != other and matched in other for other in found.values())]
    return winners[0] if len(winners) == 1 else None


def guess_kind(file_name: str, kinds: Sequence[str]) -> str | None:
    """The kind a file's name says (the office's own kinds by their name first, then the built-in words, then
    pictures and video as news material), or None when it says none."""
    key = _file_key(file_name)
    for kind in kinds:
        if kind not in BUILTIN_KINDS and name_key(kind) in key:
            return kind
    numbered = [kind for kind, words in _ATTACHMENTS if kind in kinds and any(name_key(w) in key for w in words)]
    if numbered:
        return numbered[0] if len(numbered) == 1 else None
    for kind, words in _KIND_WORDS:
        if kind in kinds and any(name_key(word) in key for word in words):
            return kind
    suffix = ("." + file_name.rsplit(".", 1)[-1].lower()) if "." in file_name else ""
    if suffix in MEDIA_SUFFIXES and MEDIA in kinds:
        return MEDIA
    return None


def years_named(file_name: str) -> set[int]:
    """The years (2000–2099) a file's name mentions: 2023年…总结.docx → {2023}; IMG_2041.jpg → none."""
    return {int(year) for year in _YEAR.findall(unicodedata.normalize("NFKC", file_name))}


def stored_name(college: str, kind: str, suffix: str, number: int = 1) -> str:
    """The name a kept file gets: 学院-种类.ext, then 学院-种类-2.ext … (characters Windows refuses replaced)."""
    base = f"{college}-{kind}".replace(" ", "")
    base = re.sub(r'[\\/:*?"<>|\r\n\t]', "_", base).strip(" .") or "材料"
    suffix = suffix.lower() if re.fullmatch(r"\.[0-9A-Za-z]{1,10}", suffix or "") else ""
    return f"{base}{'' if number <= 1 else f'-{number}'}{suffix}"


def reminder(college: str, owed: Sequence[tuple[str, dt.datetime | None, Extension | None]], *,
             office: str, contact: str, year: int, now: dt.datetime) -> str:
    """The message a college is sent: what is still missing, by when (overdue ones said so), and where to send it;
    "" when nothing is owed. ``owed`` is (kind, deadline, extension) for each kind still missing."""
    if not owed:
        return ""
    lines = [msg.REMINDER_GREETING.format(college=college, year=year)]
    for number, (kind, deadline, extension) in enumerate(owed, start=1):
        due = extension.until if extension is not None else deadline
        if due is None:
            when = ""
        elif due < now:
            when = msg.REMINDER_OVERDUE.format(deadline=format_moment(due))
        elif extension is not None:
            when = msg.REMINDER_EXTENDED.format(until=format_moment(extension.until))
        else:
            when = msg.REMINDER_DUE.format(deadline=format_moment(due))
        lines.append(f"{number}. {kind}{when}")
    lines.append(msg.REMINDER_SEND.format(office=office or "教务处", contact=f"（{contact}）" if contact else ""))
    return "\n".join(lines)
