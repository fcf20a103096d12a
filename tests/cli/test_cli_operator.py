"""`--operator`: the name the CLI's changes are recorded under — given, stored by the window, or the OS user."""

from __future__ import annotations

import getpass

import pytest

from tests.cli.test_cli import run
from vocweek_desktop import cli, preferences
from vocweek_desktop.cli.common import open_db
from vocweek_desktop.services import audit, editions
from vocweek_desktop.store.engine import open_database


def operators(path) -> set[str]:
    """Who the audit trail of the file says made its changes."""
    db = open_database(path, create=False)
    try:
        return {event.operator for event in audit.events(db, editions.list_editions(db)[0].id)}
    finally:
        db.close()


@pytest.mark.parametrize("before", [True, False])
def test_operator_before_or_after_the_subcommand(capsys, tmp_path, before):
    path = tmp_path / "demo.sqlite3"
    argv = ["--operator", "李 老师", "demo", "--db", str(path)] if before else \
        ["demo", "--db", str(path), "--operator", "李老师"]
    assert run(capsys, *argv)[0] == 0
    assert operators(path) == {"李老师"}
    assert preferences.stored_operator() is None  # used for this run, not stored


def test_stored_name_then_os_user_when_no_option(capsys, tmp_path):
    first, second = tmp_path / "first.sqlite3", tmp_path / "second.sqlite3"
    assert run(capsys, "demo", "--db", str(first))[0] == 0
    assert operators(first) == {getpass.getuser()}
    preferences.set_operator("张伟")
    assert run(capsys, "demo", "--db", str(second))[0] == 0
    assert operators(second) == {"张伟"}


@pytest.mark.parametrize("command", [["template", "--college", "x", "--out", "x.xlsx"], ["import", "a.xlsx"],
                                     ["export", "activities", "--out", "x.xlsx"], ["backup", "--out", "x"]])
def test_every_command_that_opens_the_database_sets_the_operator(tmp_path, command):
    path = tmp_path / "demo.sqlite3"
    open_database(path).close()
    preferences.set_operator("张伟")
    for argv, expected in (([*command, "--db", str(path)], "张伟"),
                           ([*command, "--db", str(path), "--operator", "李老师"], "李老师")):
        db = open_db(cli.build_parser().parse_args(argv))
        try:
            assert db.operator == expected
        finally:
            db.close()


def test_a_bad_operator_is_one_line_and_no_file(capsys, tmp_path):
    path = tmp_path / "demo.sqlite3"
    code, out, err = run(capsys, "demo", "--db", str(path), "--operator", "长" * 101)
    assert code == 1 and out == ""
    assert err.strip() == "错误：操作人姓名不能超过100个字"
    assert not path.exists()


def test_window_takes_the_operator_option_and_refuses_a_bad_one(capsys, monkeypatch):
    from vocweek_desktop import app
    from vocweek_desktop.__main__ import main as launch

    calls = []
    monkeypatch.setattr(app, "run", lambda db_option=None, operator=None: calls.append(operator) or 0)
    assert launch(["--operator", " 李 老师 "]) == 0
    assert launch(["--operator", "  "]) == 0  # empty: as if not given (the stored name, or the question)
    assert calls == ["李老师", None]
    assert launch(["--operator", "长" * 101]) == 1
    assert calls == ["李老师", None]  # the window was not opened
    assert capsys.readouterr().err.strip() == "错误：操作人姓名不能超过100个字"
