"""Whole-file operations: opening a file to work on it (with its lock), the demo database, integrity check,
consistent copies."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from vocweek_desktop import files
from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.errors import DatabaseError, VocWeekError
from vocweek_desktop.domain.notice_defaults import NOTICE_YEAR, SAMPLE_COLLEGES
from vocweek_desktop.files import atomic_path
from vocweek_desktop.store import lock as db_lock
from vocweek_desktop.store import migrate
from vocweek_desktop.store.engine import Database, check_writable, open_database, read_revision
from vocweek_desktop.store.lock import DatabaseLock, DatabaseLockedError  # noqa: F401 - the window catches it from here


@dataclass(frozen=True)
class CheckResult:
    """The outcome of ``check_database``: sound or not, and the one line to print."""

    ok: bool
    line: str
    revision: str | None = None


def lock_for_editing(db: Database, purpose: str, *, override: bool = False) -> DatabaseLock:
    """Take the one-writer lock of an open database for ``purpose`` (shown to others who try to open it).

    Raises DatabaseError when the file cannot be written (read-only file or folder), and DatabaseLockedError,
    naming who holds it, when another process does; ``override`` takes it over (the user decides that, knowing
    who it is). The lock's ``notice`` is set when it replaced a lock file that could not be read.
    """
    check_writable(db.path)
    return db_lock.acquire(db.path, purpose, override=override)


def open_for_editing(path: str | Path, purpose: str, *, create: bool = False,
                     override: bool = False) -> tuple[Database, DatabaseLock]:
    """Open the database at ``path`` (created when ``create``, migrated when behind) and take its lock.

    When the lock is refused (DatabaseLockedError, or a folder in the lock file's place) the database is closed
    again: nothing stays open. A notice from taking the lock is added to the database's ``notices``.
    """
    db = open_database(path, create=create)
    try:
        lock = lock_for_editing(db, purpose, override=override)
    except (VocWeekError, OSError):
        db.close()
        raise
    if lock.notice:
        db.notices.append(lock.notice)
    return db, lock


# (title, category, theme day, day offset in the week, days it runs, start, end, venue, form, off campus, enterprises,
#  needs) — plausible sample activities for the demo, spread over the week.
_SAMPLE_ACTIVITIES = [
    ("数控加工技能展示", "线下宣传展示", "学院日", 1, 1, (9, 30), (17, 0), "东区科技广场", "线下", False, "", "power,media"),
    ("智能制造实训室开放日", "校园开放", None, 2, 1, (9, 0), (11, 30), "实训楼A区", "线下", False, "", "security"),
    ("云上活动周数字展馆", "数字化展览", None, 0, 7, None, None, "学院官网", "线上", False, "", "it"),
    ("新能源汽车维修进社区", "社会服务", None, 3, 1, (14, 0), (17, 30), "龙泉驿区十陵街道社区", "线下", True,
     "成都某某汽车服务有限公司", "security,media"),
    ("校企集中签约仪式", "校企集中签约", "企业日", 4, 1, (10, 0), (11, 30), "图书馆报告厅", "线上+线下", False,
     "四川某某科技（集团）有限公司、成都某某智能装备有限公司", "power,it,media"),
    ("优秀校友返校分享会", "校友返校及工匠进校园", "学生日", 5, 1, (19, 0), (21, 0), "学生活动中心", "线下", False, "", ""),
    ("“访企拓岗”校友寻访", "优秀校友寻访", None, 2, 2, (9, 0), (17, 0), "天府新区合作企业", "线下", True,
     "成都某某航空零部件有限公司", "security"),
    ("职教周专场招聘会", "校园招聘会", "企业日", 4, 1, (9, 30), (16, 0), "体育馆", "线下", False,
     "四川某某科技（集团）有限公司", "power,security"),
    ("非遗传统工艺体验课", "特色主题活动", "教师日", 6, 1, (14, 30), (16, 30), "艺术楼三楼", "线下", False, "", ""),
    ("AI 数字人讲职教", "数字化展览", None, 1, 3, None, None, "学校视频号", "线上", False, "", "it,media"),
]


def add_sample_activities(db: Database, edition_id: int) -> int:
    """Give each sample college two or three of the sample activities (for the demo and screenshots)."""
    import datetime as dt

    from vocweek_desktop.services import activities, colleges, editions

    edition = editions.get_edition(db, edition_id)
    added = 0
    for number, college in enumerate(colleges.list_colleges(db, edition_id)):
        if number == len(SAMPLE_COLLEGES) - 1:
            break  # one college has not registered yet: the overview warns about it
        for offset in range(2 + number % 2):
            (title, category, theme, day, length, start, end, venue, form, off_campus, enterprises,
             needs) = _SAMPLE_ACTIVITIES[(number * 3 + offset) % len(_SAMPLE_ACTIVITIES)]
            first = edition.week_start + dt.timedelta(days=day)
            values = {
                "college_id": college.id, "title": title, "category": category, "theme_day": theme,
                "first_date": first, "last_date": first + dt.timedelta(days=length - 1),
                "start_time": dt.time(*start) if start else None, "end_time": dt.time(*end) if end else None,
                "venue": venue, "form": form, "off_campus": off_campus, "enterprises": enterprises,
                "audience": "校内师生、社会公众", "expected_teachers": 10 + number * 2,
                "expected_students": 80 + number * 15, "expected_public": 30 if form != "线上" else None,
                "person_in_charge": college.contact_person, "phone": college.phone,
                **{f"need_{need}": True for need in needs.split(",") if need},
            }
            activities.add_activity(db, edition_id, values)
            added += 1
    return added


def create_demo(path: str | Path, *, force: bool = False, with_activities: bool = False, with_layout: bool = False,
                with_outings: bool = False, with_afterweek: bool = False, with_awards: bool = False,
                operator: str | None = None) -> Database:
    """A new database holding the notice's 2024 edition and sample colleges (and, if asked, sample activities,
    a sample plaza with a booth for every college, sample outing requests in every state, the week after the fact —
    reported figures, publicity, files handed in; ``with_afterweek`` implies the activities — and sample judges
    with their scores).

    Refuses to overwrite an existing file unless ``force`` (an empty one holds nothing: it is built into), and a
    file another process holds (DatabaseLockedError) even then. ``operator`` (default: the OS user name) is who the
    audit trail says created the rows, and the returned database's operator.
    """
    from vocweek_desktop.services import colleges, editions

    path = Path(path).absolute()
    if path.is_dir():
        raise DatabaseError(msg.DB_NOT_A_FILE.format(path=path))
    if path.exists() and path.stat().st_size > 0 and not force:  # an empty file holds nothing to lose
        raise DatabaseError(msg.DB_EXISTS.format(path=path))
    files.check_folder_writable(path)  # named as such, before anything is built
    # Replacing a file is a write like any other: not while another process works on it.
    held = db_lock.acquire(path, msg.LOCK_PURPOSE_DEMO) if path.exists() else None
    try:
        # Built beside the target and moved over it at the end: a failure never costs the old file.
        kept = None
        with atomic_path(path) as partial:
            draft = open_database(partial)
            if operator is not None:
                draft.operator = operator
            try:
                edition = editions.create_from_defaults(draft, NOTICE_YEAR)
                for values in SAMPLE_COLLEGES:
                    colleges.add_college(draft, edition.id, values)
                if with_activities or with_afterweek:
                    add_sample_activities(draft, edition.id)
                if with_layout:
                    from vocweek_desktop.services.layout import add_demo_layout

                    add_demo_layout(draft, edition.id)
                if with_outings:
                    from vocweek_desktop.services.outings import add_demo_outings

                    add_demo_outings(draft, edition.id)
                if with_afterweek:
                    from vocweek_desktop.services.afterweek_demo import add_sample_afterweek
                    from vocweek_desktop.services.submissions import files_folder

                    add_sample_afterweek(draft, edition.id)
                    kept = files_folder(draft)
                if with_awards:
                    from vocweek_desktop.services.award_scores import add_demo_scores

                    add_demo_scores(draft, edition.id)
            finally:
                draft.close()
        if kept is not None:  # the files handed in were kept beside the draft: they follow it to its name
            from vocweek_desktop.services.submissions import folder_for

            target = folder_for(path)
            if target.exists():
                shutil.rmtree(target)
            kept.rename(target)
        db = open_database(path)
    finally:
        if held is not None:
            held.release()
    if held is not None and held.notice:
        db.notices.append(held.notice)
    if operator is not None:
        db.operator = operator
    return db


def check_database(path: str | Path) -> CheckResult:
    """Integrity check and schema revision of a file, read-only; never migrates or changes it."""
    path = Path(path).absolute()
    if not path.exists():
        return CheckResult(False, msg.CHECK_FAILED.format(path=path, detail=msg.DB_MISSING.format(path=path)))
    try:
        revision = read_revision(path)
        with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
            problems = [row[0] for row in conn.execute("PRAGMA integrity_check")]
            broken = conn.execute("PRAGMA foreign_key_check").fetchall()
            counts = (0, 0)
            if revision is not None:
                counts = (conn.execute("SELECT count(*) FROM editions").fetchone()[0],
                          conn.execute("SELECT count(*) FROM colleges").fetchone()[0])
    except VocWeekError as exc:
        return CheckResult(False, msg.CHECK_FAILED.format(path=path, detail=exc))
    except sqlite3.DatabaseError as exc:
        return CheckResult(False, msg.CHECK_FAILED.format(path=path, detail=msg.DB_CORRUPT.format(path=path, detail=exc)))
    if problems != ["ok"]:
        detail = msg.DB_CORRUPT.format(path=path, detail="；".join(problems[:3]))
        return CheckResult(False, msg.CHECK_FAILED.format(path=path, detail=detail), revision)
    if broken:
        tables = "、".join(sorted({row[0] for row in broken}))
        return CheckResult(False, msg.CHECK_FAILED.format(path=path, detail=msg.DB_FK_BROKEN.format(
            count=len(broken), tables=tables)), revision)
    if revision is None:
        return CheckResult(False, msg.CHECK_FAILED.format(path=path, detail=msg.DB_EMPTY), None)
    if revision not in migrate.KNOWN_REVISIONS:
        return CheckResult(False, msg.CHECK_FAILED.format(path=path, detail=msg.DB_NEWER.format(
            path=path, revision=revision)), revision)
    shown = revision if revision == migrate.HEAD_REVISION else msg.CHECK_BEHIND.format(
        revision=revision, head=migrate.HEAD_REVISION)
    return CheckResult(True, msg.CHECK_OK.format(path=path, revision=shown, editions=counts[0], colleges=counts[1]),
                       revision)


def save_copy(db: Database, target: str | Path) -> Path:
    """Write a consistent copy of the open database to ``target`` (SQLite backup API, not a file copy), and the files
    colleges handed in (the managed folder beside it) beside the copy, so the copy finds them."""
    from vocweek_desktop.services.submissions import folder_for

    target = Path(target)
    if target.exists() and target.resolve() == db.path.resolve():
        raise DatabaseError(msg.DB_SAME_FILE)
    if not target.exists():
        copied = migrate.backup_database(db.path, target)
    else:
        with db_lock.acquire(target, msg.LOCK_PURPOSE_COPY):  # never over a database another process works on
            copied = migrate.backup_database(db.path, target)
    kept = folder_for(db.path)
    if kept.is_dir():  # the files colleges handed in travel with the copy
        shutil.copytree(kept, folder_for(copied), dirs_exist_ok=True)
    return copied
