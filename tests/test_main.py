"""Entry points: `vocweek`, `python -m vocweek_desktop`; batch commands never load Qt."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from vocweek_desktop import __version__, cli

VOCWEEK = Path(sys.executable).parent / ("vocweek.exe" if os.name == "nt" else "vocweek")


def _run(args: list[str], tmp_path: Path, **env) -> subprocess.CompletedProcess:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUTF8": "1", **env}
    return subprocess.run(args, capture_output=True, text=True, encoding="utf-8", cwd=tmp_path, env=environment,
                          timeout=100)


def test_module_version(tmp_path):
    result = _run([sys.executable, "-m", "vocweek_desktop", "--version"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"vocweek {__version__}"


def test_console_script_version(tmp_path):
    assert VOCWEEK.is_file(), "the vocweek console script is not installed next to the interpreter"
    result = _run([str(VOCWEEK), "--version"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"vocweek {__version__}"


QT_FREE = textwrap.dedent("""
    import sys
    from vocweek_desktop.__main__ import main  # the real entry point of `vocweek` and `python -m`
    try:
        code = main(sys.argv[1:])
    except SystemExit as exc:
        code = exc.code
    loaded = sorted(name for name in sys.modules if name.split(".")[0] in ("PySide6", "shiboken6"))
    print("QT-MODULES:" + ",".join(loaded))
    sys.exit(code)
""")


@pytest.mark.parametrize("args", [["--version"], ["demo", "--db", "{db}"], ["check", "--db", "{db}"]],
                         ids=["version", "demo", "check"])
def test_batch_commands_do_not_load_qt(tmp_path, args):
    db = tmp_path / "demo.sqlite3"
    if args[0] == "check":
        assert _run([sys.executable, "-c", QT_FREE, "demo", "--db", str(db)], tmp_path).returncode == 0
    result = _run([sys.executable, "-c", QT_FREE, *[a.format(db=db) for a in args]], tmp_path)
    assert result.returncode == 0, result.stderr
    assert "QT-MODULES:\n" in result.stdout
    if args[0] != "--version":
        assert db.is_file()


def test_no_subcommand_opens_the_window(monkeypatch):
    calls = []
    from vocweek_desktop import app
    from vocweek_desktop.__main__ import main as launch

    monkeypatch.setattr(app, "run", lambda db_option=None, operator=None: calls.append((db_option, operator)) or 7)
    assert launch([]) == 7
    assert launch(["--db", "x.sqlite3"]) == 7
    assert launch(["--operator", "李老师"]) == 7
    assert calls == [(None, None), ("x.sqlite3", None), (None, "李老师")]
    assert cli.main([]) == 2  # the batch CLI alone never starts the window


def test_the_window_s_options_are_read_without_the_subcommands(capsys):
    """No subcommand: only --db/--operator are parsed, without building the subcommands' parsers (start-up waits
    for it); a subcommand after them, an option the window lacks, and --help still get the whole parser."""
    args = cli.parse(["--db", "x.sqlite3", "--operator", "李老师"])
    assert (args.command, args.db, args.operator) == (None, "x.sqlite3", "李老师")
    assert cli.parse(["--db", "x.sqlite3", "check"]).command == "check"
    with pytest.raises(SystemExit):
        cli.parse(["--out", "y.pdf"])  # refused by the whole parser, as before
    assert "invalid choice: 'y.pdf'" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        cli.parse(["--help"])
    assert "layout-map" in capsys.readouterr().out  # every subcommand listed


@pytest.mark.parametrize("launcher", ["module", "script"])
def test_the_window_opens_and_starts_light(tmp_path, launcher):
    db = tmp_path / "demo.sqlite3"
    assert _run([str(VOCWEEK), "demo", "--db", str(db)], tmp_path).returncode == 0
    command = [sys.executable, "-m", "vocweek_desktop"] if launcher == "module" else [str(VOCWEEK)]
    result = _run([*command, "--db", str(db)], tmp_path, VOCWEEK_BENCH_FIRST_PAINT="window")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["title"] == f"{db.resolve()} — 职教周工作台"
    # Heavy libraries load on first use, never at start-up.
    assert report["heavy"] == []
