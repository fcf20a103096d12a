"""Start-up time: launch to the main window painted with the demo colleges, against the unavoidable floor.

    uv run python benchmarks/startup.py [--runs 7]

Both are whole processes, launched the same way and timed from just before launch to the first paint of
a table showing rows (the child prints the wall-clock time of that paint, then quits). In the app that is
the 概览 tab in front, whose figures (days, colleges registered, warnings) need more queries than the colleges
alone; the 学院 and 活动报名 tabs load when first shown, and the chart after the first paint:

- app:   ``python -m vocweek_desktop --db demo.sqlite3`` with VOCWEEK_BENCH_FIRST_PAINT set;
- floor: a script that only shows a bare QMainWindow with a QTabWidget, imports sqlalchemy.orm, opens the
         same SQLite file, reads the colleges into a table, paints and quits.

Prints both medians, the ratio (goal: app ≤ 1.3 × floor) and the heavy modules loaded at first paint.
Bytecode is cached (in the benchmark's temporary folder) by a warm-up launch of each, as on a user's machine.
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
        print(json.dumps({"first_paint": time.time(), "cpu": time.process_time(), "heavy": heavy}), flush=True)
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
    # Like a user's machine: bytecode is cached after the first launch (the warm-up). Kept in the sandbox, so
    # neither the checkout nor the environment is written to, even where PYTHONDONTWRITEBYTECODE is set.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(sandbox / "pycache")
    return env


def _launch(command: list[str], env: dict[str, str]) -> tuple[float, float, float, list[str]]:
    """Seconds to first paint, seconds to exit, CPU seconds to first paint, heavy modules loaded at first paint."""
    start = time.time()
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    ended = time.time()
    if result.returncode != 0:
        raise RuntimeError(f"{command} failed ({result.returncode}):\n{result.stderr[-3000:]}")
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise RuntimeError(f"{command} printed no timing line:\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}")
    report = json.loads(lines[-1])
    return report["first_paint"] - start, ended - start, report["cpu"], report["heavy"]


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
    results: dict[str, dict[str, list[float]]] = {name: {"paint": [], "exit": [], "cpu": []} for name in ("app", "floor")}
    heavy_seen: dict[str, set[str]] = {"app": set(), "floor": set()}
    for _ in range(args.runs):
        for name, command, environment in (("app", app_command, app_env), ("floor", floor_command, env)):
            paint, done, cpu, heavy = _launch(command, environment)
            results[name]["paint"].append(paint)
            results[name]["exit"].append(done)
            results[name]["cpu"].append(cpu)
            heavy_seen[name].update(heavy)

    median = {name: {key: statistics.median(values) for key, values in figures.items()}
              for name, figures in results.items()}
    ratio = median["app"]["paint"] / median["floor"]["paint"]
    load = f", load average {os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else ""
    print(f"start-up to first paint of the window's data, median of {args.runs} runs "
          f"(QT_QPA_PLATFORM={env['QT_QPA_PLATFORM']}, Python {sys.version.split()[0]}{load}):")
    for name in ("app", "floor"):
        paints = results[name]["paint"]
        print(f"  {name:<6} {median[name]['paint']:.3f} s   (min {min(paints):.3f}, max {max(paints):.3f}; "
              f"CPU to first paint {median[name]['cpu']:.3f} s; whole process to exit {median[name]['exit']:.3f} s)")
    print(f"  ratio: {ratio:.2f}x wall-clock, {median['app']['cpu'] / median['floor']['cpu']:.2f}x CPU   "
          f"(goal <= 1.30x: {'met' if ratio <= 1.3 else 'NOT met'})")
    print(f"  heavy modules loaded at first paint: app {sorted(heavy_seen['app']) or 'none'}, "
          f"floor {sorted(heavy_seen['floor']) or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
