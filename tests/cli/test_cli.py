"""The `vocweek` command line: exit codes, messages, the database it chooses, and the demo against the notice."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.notice_facts import notice_facts
from tests.store.helpers import digest, table_counts
from vocweek_desktop import __version__, paths
from vocweek_desktop.cli import main
from vocweek_desktop.services import colleges, editions, organisation
from vocweek_desktop.store import migrate
from vocweek_desktop.store.engine import open_database

REPO = Path(__file__).resolve().parents[2]


def run(capsys, *argv: str) -> tuple[int, str, str]:
    """Run the command in-process; returns exit code, stdout and stderr."""
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse: --version, usage errors
        code = exc.code
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def one_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    return lines[0]


def subprocess_env(**extra: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key != "VOCWEEK_DB"}
    env.update(extra)
    return env


# --- version ----------------------------------------------------------------------------------------------


def test_version_in_process(capsys):
    code, out, _ = run(capsys, "--version")
    assert code == 0
    assert out.strip() == f"vocweek {__version__}"


def test_version_in_a_real_process():
    result = subprocess.run([sys.executable, "-m", "vocweek_desktop", "--version"], capture_output=True, text=True,
                            timeout=120, cwd=REPO, env=subprocess_env())
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"vocweek {__version__}"
    script = Path(sys.executable).with_name("vocweek")
    if script.exists():  # the installed console script, as `uv run vocweek` starts it
        result = subprocess.run([str(script), "--version"], capture_output=True, text=True, timeout=120,
                                env=subprocess_env())
        assert result.returncode == 0 and result.stdout.strip() == f"vocweek {__version__}"


def test_batch_commands_load_no_qt(tmp_path):
    code = (
        "import sys\n"
        "from vocweek_desktop.cli import main\n"
        f"codes = [main(['demo', '--db', {str(tmp_path / 'q.sqlite3')!r}]),"
        f" main(['check', '--db', {str(tmp_path / 'q.sqlite3')!r}])]\n"
        "print(codes, sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                            env=subprocess_env(QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[0, 0] []"


# --- demo ---------------------------------------------------------------------------------------------------


def test_demo_creates_refuses_then_forces(capsys, tmp_path):
    path = tmp_path / "demo.sqlite3"
    code, out, err = run(capsys, "demo", "--db", str(path))
    assert code == 0 and err == ""
    assert one_line(out) == f"已创建演示数据库：{path}"
    assert table_counts(path)["colleges"] == 10

    fingerprint = digest(path)
    code, out, err = run(capsys, "demo", "--db", str(path))
    assert code == 1 and out == ""
    line = one_line(err)
    assert line.startswith("错误：") and "已存在" in line and "--force" in line and str(path) in line
    assert digest(path) == fingerprint

    db = open_database(path)
    colleges.add_college(db, editions.list_editions(db)[0].id, {"name": "要被覆盖的学院"})
    db.close()
    code, out, err = run(capsys, "demo", "--force", "--db", str(path))
    assert code == 0 and err == ""
    assert table_counts(path)["colleges"] == 10


def test_demo_matches_the_notice(capsys, tmp_path):
    """The demo's 2024 edition, read through the services, against facts parsed from the notice's text."""
    path = tmp_path / "demo.sqlite3"
    assert run(capsys, "demo", "--db", str(path))[0] == 0
    facts = notice_facts()
    db = open_database(path)
    try:
        (summary,) = editions.list_editions(db)
        edition = editions.get_edition(db, summary.id)
        departments = organisation.list_departments(db, edition.id)
        leadership = organisation.list_leadership(db, edition.id)
        sample = colleges.list_colleges(db, edition.id)
    finally:
        db.close()

    assert edition.year == facts.week_start.year == 2024
    assert edition.title == facts.title
    assert edition.theme == facts.theme == "一技在手，一生无忧"
    assert edition.doc_number == facts.doc_number == "川科教发〔2024〕26号"
    assert (edition.week_start, edition.week_end) == (facts.week_start, facts.week_end) == (
        dt.date(2024, 5, 12), dt.date(2024, 5, 18))
    assert edition.showcase_date == facts.showcase_date == dt.date(2024, 5, 13)
    assert (edition.showcase_start, edition.showcase_end) == (facts.showcase_start, facts.showcase_end) == (
        dt.time(9, 30), dt.time(17, 0))
    assert edition.showcase_venue == facts.showcase_venue == "东区科技广场"
    assert edition.registration_deadline == facts.registration_deadline == dt.datetime(2024, 5, 10, 18, 0)
    # "5月23日前": the whole of 23 May counts.
    assert edition.report_deadline.date() == facts.report_day == dt.date(2024, 5, 23)
    assert edition.report_deadline.time() >= dt.time(23, 59)
    assert (edition.award_name, edition.award_quota) == (facts.award_name, facts.award_quota) == ("优秀组织奖", 4)
    assert (edition.school_name, edition.office_name) == (facts.school_name, facts.office_name) == (
        "四川科技职业学院", "教务处")
    assert [(c.name, c.phone, c.email) for c in edition.contacts] == list(facts.contacts)
    assert {c.name for c in edition.contacts} == {"湛兴波", "鄢涛"}
    assert "173882469@qq.com" in {c.email for c in edition.contacts}

    roles = [(member.role, member.name) for member in leadership]
    assert roles[0] == ("组长", facts.leader) == ("组长", "栾好利")
    assert [name for role, name in roles if role == "副组长"] == list(facts.deputies) == ["高莉", "伍希"]
    assert "".join(name for role, name in roles if role == "成员") == facts.members_text
    assert all(" " not in name and "\u3000" not in name for _, name in roles)

    assert len(departments) == len(facts.departments) == 7
    assert [(d.name, d.duty, d.head) for d in departments] == list(facts.departments)
    assert departments[0].name == "教务处" and departments[-1].name == "保卫处"
    assert departments[1].name == "二级学院" and departments[1].head == "院长、书记"
    assert all(" " not in d.head for d in departments)

    assert 8 <= len(sample) <= 12
    assert all("示例" in college.name for college in sample)
    assert all(college.teacher_count and college.student_count is not None for college in sample)
    assert sum(college.student_count for college in sample) > 1000


# --- check --------------------------------------------------------------------------------------------------


def test_check_sound_file(capsys, tmp_path):
    path = tmp_path / "demo.sqlite3"
    run(capsys, "demo", "--db", str(path))
    fingerprint = digest(path)
    code, out, err = run(capsys, "check", "--db", str(path))
    assert code == 0 and err == ""
    line = one_line(out)
    assert line.startswith("正常：") and migrate.HEAD_REVISION in line and "10 个学院" in line
    assert digest(path) == fingerprint


@pytest.mark.parametrize("kind", ["damaged", "not-a-database", "missing"])
def test_check_bad_file(capsys, tmp_path, kind):
    path = tmp_path / "bad.sqlite3"
    if kind == "damaged":
        run(capsys, "demo", "--db", str(path))
        data = bytearray(path.read_bytes())
        data[4096:len(data) - 4096] = b"\x5a" * (len(data) - 8192)
        path.write_bytes(bytes(data))
    elif kind == "not-a-database":
        path.write_text("学院名单：甲、乙、丙\n", encoding="utf-8")
    fingerprint = digest(path) if path.exists() else None
    code, out, _ = run(capsys, "check", "--db", str(path))
    assert code == 1
    assert one_line(out).startswith(f"异常：{path}：")
    assert (digest(path) if path.exists() else None) == fingerprint


# --- which database -----------------------------------------------------------------------------------------


def test_db_option_before_and_after_the_subcommand(capsys, tmp_path):
    first, second = tmp_path / "first.sqlite3", tmp_path / "second.sqlite3"
    assert run(capsys, "--db", str(first), "demo")[0] == 0
    assert run(capsys, "demo", "--db", str(second))[0] == 0
    assert first.exists() and second.exists()
    for argv in (("--db", str(first), "check"), ("check", "--db", str(first))):
        code, out, _ = run(capsys, *argv)
        assert code == 0 and str(first) in out


def test_vocweek_db_variable_chooses_the_database(capsys, tmp_path, monkeypatch):
    chosen = tmp_path / "from-env.sqlite3"
    monkeypatch.setenv("VOCWEEK_DB", str(chosen))
    code, out, _ = run(capsys, "demo")
    assert code == 0 and str(chosen) in out and chosen.exists()
    code, out, _ = run(capsys, "check")
    assert code == 0 and str(chosen) in out
    other = tmp_path / "explicit.sqlite3"
    code, out, _ = run(capsys, "check", "--db", str(other))  # --db wins over the variable
    assert code == 1 and str(other) in out
    assert not paths.default_database_path().exists()


def test_default_database_is_in_the_user_data_folder(capsys, _isolated_folders):
    code, out, _ = run(capsys, "demo")
    assert code == 0
    assert paths.default_database_path().parent == _isolated_folders
    assert str(paths.default_database_path()) in out


def test_relative_db_path(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert run(capsys, "demo", "--db", "rel.sqlite3")[0] == 0
    code, out, _ = run(capsys, "check", "--db", "rel.sqlite3")
    assert code == 0 and str(tmp_path / "rel.sqlite3") in out


# --- backup -------------------------------------------------------------------------------------------------


def test_backup_writes_a_copy(capsys, tmp_path):
    path, out_file = tmp_path / "demo.sqlite3", tmp_path / "backups" / "copy.sqlite3"
    run(capsys, "demo", "--db", str(path))
    code, out, err = run(capsys, "backup", "--db", str(path), "--out", str(out_file))
    assert code == 0 and err == ""
    assert one_line(out) == f"已备份到：{out_file}"
    assert table_counts(out_file) == table_counts(path)
    assert run(capsys, "check", "--db", str(out_file))[0] == 0


def test_backup_refusals(capsys, tmp_path):
    path = tmp_path / "demo.sqlite3"
    run(capsys, "demo", "--db", str(path))
    fingerprint = digest(path)
    code, _, err = run(capsys, "backup", "--db", str(path), "--out", str(path))
    assert code == 1 and one_line(err) == "错误：不能把数据库另存为它自己。"
    assert digest(path) == fingerprint

    missing = tmp_path / "missing.sqlite3"
    code, _, err = run(capsys, "backup", "--db", str(missing), "--out", str(tmp_path / "x.sqlite3"))
    assert code == 1 and "不存在" in one_line(err)
    assert not missing.exists() and not (tmp_path / "x.sqlite3").exists()


# --- usage errors -------------------------------------------------------------------------------------------


def test_unknown_subcommand_exits_2(capsys):
    code, _, err = run(capsys, "explode")
    assert code == 2 and "explode" in err


def test_backup_without_out_exits_2(capsys, tmp_path):
    code, _, _ = run(capsys, "backup", "--db", str(tmp_path / "x.sqlite3"))
    assert code == 2


# --- empty and read-only databases (issue 7, item 16) ------------------------------------------------------


@pytest.mark.parametrize("argv", [
    ["import", "{book}"],
    ["export", "activities", "--out", "{out}/a.xlsx"],
    ["template", "--all", "--out", "{out}"],
    ["backup", "--out", "{out}/copy.sqlite3"],
], ids=["import", "export", "template", "backup"])
def test_an_empty_database_file_is_refused_in_one_line_and_left_empty(capsys, tmp_path, argv):
    folder = tmp_path / "files"
    folder.mkdir()
    empty = folder / "empty.sqlite3"
    empty.touch()
    book = folder / "t.xlsx"
    book.write_bytes(b"")
    out = folder / "out"
    argv = [part.format(book=book, out=out) for part in argv]

    code, stdout, err = run(capsys, *argv, "--db", str(empty))

    assert code == 1 and stdout == ""
    line = one_line(err)
    assert line.startswith("错误：") and "空文件" in line and str(empty) in line
    assert empty.stat().st_size == 0
    assert sorted(p.name for p in folder.iterdir()) == ["empty.sqlite3", "t.xlsx"]


def test_demo_creates_a_database_into_an_empty_file(capsys, tmp_path):
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    code, out, err = run(capsys, "demo", "--db", str(empty))
    assert code == 0 and err == ""
    assert run(capsys, "check", "--db", str(empty))[0] == 0


@pytest.mark.parametrize("folder", [False, True], ids=["file", "folder"])
def test_a_read_only_database_is_read_but_not_written_and_says_so_in_one_line(capsys, tmp_path, read_only, folder):
    path = tmp_path / "db" / "demo.sqlite3"
    run(capsys, "demo", "--db", str(path))
    book = tmp_path / "t.xlsx"
    assert run(capsys, "template", "--db", str(path), "--college", "智能制造学院（示例）", "--out", str(book))[0] == 0
    import openpyxl

    workbook = openpyxl.load_workbook(book)
    sheet = workbook.worksheets[0]
    header_row = next(r for r in range(1, 20) if sheet.cell(r, 2).value == "活动名称")
    sheet.cell(header_row + 2, 2, "数控技能体验")
    sheet.cell(header_row + 2, 5, "5月13日")
    workbook.save(book)
    fingerprint = digest(path)
    read_only(path, folder=folder)

    code, _, err = run(capsys, "export", "activities", "--db", str(path), "--out", str(tmp_path / "a.xlsx"))
    assert code == 0, err  # reading it is fine
    code, out, err = run(capsys, "import", "--db", str(path), str(book))

    assert code == 1
    line = one_line(err)
    assert line.startswith("错误：") and "只读" in line and str(path) in line and "Traceback" not in err
    assert digest(path) == fingerprint


def test_demo_into_an_unwritable_folder_is_one_line_without_an_upgrade(capsys, tmp_path, read_only):
    target = tmp_path / "ro" / "demo.sqlite3"
    target.parent.mkdir()
    read_only(target, folder=True)

    code, out, err = run(capsys, "demo", "--db", str(target))

    assert code == 1 and out == ""
    line = one_line(err)
    assert str(target) in line and "没有写入权限" in line and "升级" not in line
