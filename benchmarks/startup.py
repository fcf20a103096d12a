"""Start-up time: launch to the main window painted with the demo colleges, against the unavoidable floor.

    uv run python benchmarks/startup.py [--runs 7]

Both are whole processes, launched the same way and timed from just before launch to the first paint of
a table showing the colleges (the child prints the wall-clock time of that paint, then quits):

- app:   ``python -m vocweek_desktop --db demo.sqlite3`` with VOCWEEK_BENCH_FIRST_PAINT set;
- floor: a script that only shows a bare QMainWindow with a QTabWidget, imports sqlalchemy.orm, opens the
         same SQLite file, reads the colleges into a table, paints and quits.

Prints both medians, the ratio (goal: app ≤ 1.3 × floor) and the heavy modules loaded at first paint.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

HEAVY = ("alembic", "openpyxl", "reportlab", "matplotlib")

FLOOR = textwrap.dedent("""
    import json, sys, time

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QTableWidget, QTableWidgetItem

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    tabs = QTabWidget()
    table = QTableWidget()
    tabs.addTab(table, "学院")
    window.setCentralWidget(tabs)
    window.resize(1280, 800)

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import URL
    from sqlalchemy.orm import Session

    engine = create_engine(URL.create("sqlite+pysqlite", database=sys.argv[1]))
    with Session(engine) as session:
        rows = session.execute(text(
            "SELECT name, short_name, dean, party_secretary, contact_person, phone, email, teacher_count,"
            " student_count FROM colleges ORDER BY display_order")).all()
    table.setColumnCount(9)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))

    class Probe(QObject):
        done = False

        def eventFilter(self, watched, event):
            if not self.done and watched is table.viewport() and event.type() == QEvent.Type.Paint:
                self.done = True
                QTimer.singleShot(0, report)
            return False

    def report():
        heavy = sorted(name for name in %(heavy)r if name in sys.modules)
        print(json.dumps({"first_paint": time.time(), "heavy": heavy}), flush=True)
        app.quit()

    probe = Probe()
    app.installEventFilter(probe)
    window.show()
    app.exec()
""") % {"heavy": HEAVY}


def _environment(sandbox: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("VOCWEEK_DB", None)
    # Never the user's settings, data or log folders.
    env["VOCWEEK_DATA_DIR"] = str(sandbox / "data")
    env["XDG_CONFIG_HOME"] = str(sandbox / "config")
    env["APPDATA"] = str(sandbox / "appdata")
    return env


def _launch(command: list[str], env: dict[str, str]) -> tuple[float, float, list[str]]:
    """Seconds to first paint, seconds to exit, heavy modules loaded at first paint."""
    start = time.time()
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    ended = time.time()
    if result.returncode != 0:
        raise RuntimeError(f"{command} failed ({result.returncode}):\n{result.stderr[-3000:]}")
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise RuntimeError(f"{command} printed no timing line:\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}")
    report = json.loads(lines[-1])
    return report["first_paint"] - start, ended - start, report["heavy"]


def main(argv: list[str] | None = None) -> int:
    """Run both, several times each, alternating; print medians, ratio and heavy modules."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7, help="launches of each (default 7), after one warm-up each")
    args = parser.parse_args(argv)

    sandbox = Path(tempfile.mkdtemp(prefix="vocweek-startup-"))
    env = _environment(sandbox)
    database = sandbox / "demo.sqlite3"
    subprocess.run([sys.executable, "-m", "vocweek_desktop", "demo", "--db", str(database)], env=env, check=True,
                   capture_output=True)
    floor_script = sandbox / "floor.py"
    floor_script.write_text(FLOOR, encoding="utf-8")

    app_command = [sys.executable, "-m", "vocweek_desktop", "--db", str(database)]
    floor_command = [sys.executable, str(floor_script), str(database)]
    app_env = {**env, "VOCWEEK_BENCH_FIRST_PAINT": "table"}

    _launch(app_command, app_env)  # warm-up: file cache, .pyc files
    _launch(floor_command, env)
    app_paint, app_exit, floor_paint, floor_exit = [], [], [], []
    app_heavy: set[str] = set()
    floor_heavy: set[str] = set()
    for _ in range(args.runs):
        paint, done, heavy = _launch(app_command, app_env)
        app_paint.append(paint)
        app_exit.append(done)
        app_heavy.update(heavy)
        paint, done, heavy = _launch(floor_command, env)
        floor_paint.append(paint)
        floor_exit.append(done)
        floor_heavy.update(heavy)

    app_median, floor_median = statistics.median(app_paint), statistics.median(floor_paint)
    ratio = app_median / floor_median
    print(f"start-up to first paint of the colleges table, median of {args.runs} runs "
          f"(QT_QPA_PLATFORM={env['QT_QPA_PLATFORM']}, Python {sys.version.split()[0]}):")
    print(f"  app:   {app_median:.3f} s   (min {min(app_paint):.3f}, max {max(app_paint):.3f}; "
          f"whole process to exit {statistics.median(app_exit):.3f} s)")
    print(f"  floor: {floor_median:.3f} s   (min {min(floor_paint):.3f}, max {max(floor_paint):.3f}; "
          f"whole process to exit {statistics.median(floor_exit):.3f} s)")
    print(f"  ratio: {ratio:.2f}x   (goal <= 1.30x: {'met' if ratio <= 1.3 else 'NOT met'})")
    print(f"  heavy modules loaded at first paint: app {sorted(app_heavy) or 'none'}, "
          f"floor {sorted(floor_heavy) or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
