"""`vocweek import` killed with SIGKILL at random points: after each kill the database is sound, holds all or none of
the import, and takes the same import again.

A few trials by default (a developer's quick run); CI runs many: ``VOCWEEK_CRASH_TRIALS=40`` (set by .ci/run).
``VOCWEEK_CRASH_SEED`` replays a run; the seed is in every failure message. Run only these: ``pytest -m crash``.
"""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.xlsx_helpers import college_workbook, template_row
from vocweek_desktop.cli import main
from vocweek_desktop.domain.notice_defaults import SAMPLE_COLLEGES
from vocweek_desktop.services import imports
from vocweek_desktop.services.database import check_database, create_demo
from vocweek_desktop.store.engine import open_database
from vocweek_desktop.store.models import Activity, AuditEvent, College, RegistrationSubmission

pytestmark = [
    pytest.mark.crash,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX"),
    pytest.mark.timeout(1800),
]

REPO = Path(__file__).resolve().parents[2]
TRIALS = int(os.environ.get("VOCWEEK_CRASH_TRIALS") or 3)
SEED = int(os.environ.get("VOCWEEK_CRASH_SEED") or random.SystemRandom().randrange(10**6))
FILES = 3
ROWS = 80  # per file: enough writing (rows, enterprises, audit events) for kills to land inside it

#: Once several files are imported in one transaction (services.imports.apply_imports), a kill leaves all of the
#: command or none of it; before that, all or none of each file.
WHOLE_COMMAND = hasattr(imports, "apply_imports")

# The child: `vocweek import`, saying "ARMED" on stdout when it starts writing (its first INSERT, UPDATE or DELETE),
# so that the parent's kill lands in the writing, not in Python's start-up.
CHILD = """
import sys
from sqlalchemy import event
from sqlalchemy.engine import Engine

armed = []

@event.listens_for(Engine, "before_cursor_execute")
def _arm(conn, cursor, statement, parameters, context, executemany):
    if not armed and statement.lstrip()[:6].upper() in ("INSERT", "UPDATE", "DELETE"):
        armed.append(True)
        print("ARMED", flush=True)

from vocweek_desktop.cli import main
code = main(sys.argv[1:])
print("DONE", flush=True)
sys.exit(code)
"""


@pytest.fixture(scope="module")
def scene(tmp_path_factory):
    """A demo database (never written: each trial works on a copy) and one filled-in workbook per college."""
    folder = tmp_path_factory.mktemp("crash")
    base = folder / "base.sqlite3"
    create_demo(base).close()
    books = []
    for number, college in enumerate(SAMPLE_COLLEGES[:FILES]):
        rows = [template_row(title=f"{college['short_name']}活动{i}", first_date=f"5月{12 + i % 7}日",
                             venue="东区科技广场", enterprises=f"成都{i % 5}号科技有限公司、四川{i % 3}号装备有限公司",
                             person_in_charge="张伟", phone="13800138000", expected_students=50 + i)
                for i in range(ROWS)]
        books.append(college_workbook(folder / f"附件1-{number}.xlsx", rows, above=[[f"学院：{college['name']}"]],
                                      header_row=2))
    return base, books


def _command(db: Path, books: list[Path]) -> list[str]:
    return ["import", "--db", str(db), "--received", "2024-05-10 17:30", *map(str, books)]


def _child(db: Path, books: list[Path], data: Path) -> subprocess.Popen:
    env = {key: value for key, value in os.environ.items() if key != "VOCWEEK_DB"}
    env.update(VOCWEEK_DATA_DIR=str(data), PYTHONPATH=str(REPO))
    return subprocess.Popen([sys.executable, "-c", CHILD, *_command(db, books)], cwd=REPO, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)


def _wait_armed(child: subprocess.Popen) -> bool:
    """Read the child's output up to "ARMED"; False when it ended (or never wrote) first."""
    for line in child.stdout:
        if line.strip() == "ARMED":
            return True
    return False


def _state(path: Path) -> dict[str, dict[str, int]]:
    """Per college: activities, submissions and import events (what one file writes, all in one transaction)."""
    db = open_database(path, create=False)
    try:
        with db.transaction() as session:
            names = {college_id: name for college_id, name in session.execute(select(College.id, College.name))}
            state = {name: {"activities": 0, "submissions": 0} for name in names.values()}
            for college_id, count in session.execute(select(Activity.college_id, func.count()).group_by(
                    Activity.college_id)):
                state[names[college_id]]["activities"] = count
            for college_id, count in session.execute(select(RegistrationSubmission.college_id, func.count())
                                                     .group_by(RegistrationSubmission.college_id)):
                state[names[college_id]]["submissions"] = count
            state["*"] = {"import events": session.scalar(select(func.count()).select_from(AuditEvent).where(
                AuditEvent.action == "import"))}
            return state
    finally:
        db.close()


def _assert_sound(path: Path, context: str) -> None:
    with contextlib.closing(sqlite3.connect(path)) as conn:  # a read-write open rolls back a hot journal first
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)], context
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == [], context
    assert check_database(path).ok, context


def _imported(state: dict, context: str) -> int:
    """How many files the state holds, checking that each is there whole or not at all."""
    done = 0
    for college in SAMPLE_COLLEGES[:FILES]:
        counts = state[college["name"]]
        assert counts in ({"activities": 0, "submissions": 0}, {"activities": ROWS, "submissions": 1}), \
            f"{context}: {college['name']} holds part of its file: {counts}"
        done += counts["submissions"]
    assert state["*"]["import events"] == done, context
    return done


def _reference_span(scene, tmp_path) -> float:
    """One uninterrupted run: what it imports, and how long its writing takes (where the kills are spread)."""
    base, books = scene
    db = tmp_path / "reference.sqlite3"
    shutil.copy(base, db)
    child = _child(db, books, tmp_path / "data")
    assert _wait_armed(child), "the import never started writing"
    began = time.monotonic()
    rest = []
    for line in child.stdout:
        if line.strip() == "DONE":
            break
        rest.append(line)
    span = time.monotonic() - began  # up to "DONE": the command's end, not the interpreter's
    child.stdout.close()
    assert child.wait(timeout=600) == 0, rest
    assert _imported(_state(db), "reference run") == FILES
    return span


def test_import_killed_at_random_points_leaves_all_or_none_and_takes_the_import_again(scene, tmp_path):
    base, books = scene
    span = _reference_span(scene, tmp_path)  # a duration only to choose kill points from: nothing is timed
    rng = random.Random(SEED)
    outcomes = []
    for trial in range(TRIALS):
        context = f"trial {trial} of seed {SEED} (VOCWEEK_CRASH_SEED={SEED} replays it)"
        db = tmp_path / f"trial-{trial}.sqlite3"
        shutil.copy(base, db)
        child = _child(db, books, tmp_path / "data")
        try:
            if _wait_armed(child):
                time.sleep(rng.uniform(0, span * 1.1))  # now and then after the end: a run that completed
                child.send_signal(signal.SIGKILL)
        finally:
            child.stdout.close()
            child.wait(timeout=600)

        _assert_sound(db, context)
        killed = _state(db)
        done = _imported(killed, context)
        if WHOLE_COMMAND:
            assert done in (0, FILES), f"{context}: {done} of {FILES} files imported by one command"
        outcomes.append(done)

        assert main(_command(db, books)) == 0, context  # the same import again: its lock is stale, taken over
        _assert_sound(db, context)
        after = _state(db)
        for college in SAMPLE_COLLEGES[:FILES]:  # every file's rows, each once: nothing doubled
            name = college["name"]
            assert after[name] == {"activities": ROWS, "submissions": killed[name]["submissions"] + 1}, context
        assert after["*"]["import events"] == done + FILES, context
    print(f"crash trials (seed {SEED}, writing takes {span:.2f} s): files imported when killed = {outcomes}")
