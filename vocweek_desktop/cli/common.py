"""What every subcommand shares: --db / --operator / --edition, opening the database, the received time, and
printing any import preview."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable, Iterator

from vocweek_desktop import paths


def db_option(parser: argparse.ArgumentParser) -> None:
    """--db and --operator, accepted before and after the subcommand.

    Every subcommand that opens a database calls this, so each also takes the name its changes are recorded under.
    """
    parser.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                        help="数据库文件（默认取环境变量 VOCWEEK_DB，否则为用户数据目录下的 vocweek.sqlite3）")
    parser.add_argument("--operator", metavar="NAME", default=argparse.SUPPRESS,
                        help="操作人姓名，记入修改记录（默认取窗口中设置的姓名，否则为系统用户名）")


def edition_option(parser: argparse.ArgumentParser) -> None:
    """--edition YEAR (default: the newest edition)."""
    parser.add_argument("--edition", metavar="YEAR", type=int, default=None, help="年度（默认：最新的年度）")


def command(commands, name: str, help_text: str, handler: Callable[[argparse.Namespace], int], *,
            edition: bool = True) -> argparse.ArgumentParser:
    """Add subcommand ``name`` run by ``handler(args) -> exit code``, with --db/--operator (and --edition)."""
    parser = commands.add_parser(name, help=help_text)
    db_option(parser)
    if edition:
        edition_option(parser)
    parser.set_defaults(handler=handler)
    return parser


def operator(args) -> str:
    """``--operator``, else the name stored by the window (or an earlier run), else the OS user name."""
    from vocweek_desktop import preferences

    return preferences.resolve_operator(getattr(args, "operator", None))


def open_db(args):
    """The database named by --db (never created here, nor into an empty file), with the operator set."""
    from vocweek_desktop.store.engine import open_database

    name = operator(args)  # a bad --operator is refused before the file is opened
    db = open_database(paths.database_path(getattr(args, "db", None)), create=False)
    db.operator = name
    print_notices(db.notices)
    return db


@contextlib.contextmanager
def opened(args) -> Iterator:
    """The database --db names (see ``open_db``) for the length of a ``with`` block, closed after it however it ends."""
    db = open_db(args)
    try:
        yield db
    finally:
        db.close()


def print_notices(notices) -> None:
    """What the user is told once, each on its own line on stderr (a lock file taken over, …)."""
    for notice in notices:
        if notice:
            print(f"提示：{notice}", file=sys.stderr)


@contextlib.contextmanager
def writing(db) -> Iterator[None]:
    """Around every write a command makes: refused for a read-only file, or while a window elsewhere (or another
    command) works on it; a stale lock taken over is said once on stderr."""
    from vocweek_desktop.domain import messages as msg
    from vocweek_desktop.services import database

    with database.lock_for_editing(db, msg.LOCK_PURPOSE_CLI) as held:
        print_notices([held.notice])
        yield


def import_files(db, names, preview_file: Callable[[str], object], *, dry_run: bool,
                 skip_errors: bool | None = None, delete_missing: bool = False) -> int:
    """The import commands' one way: preview every file (each printed), refuse all when any has an error, then write
    every file in ONE transaction (all or none). ``skip_errors`` None: the command has no --skip-errors, so it is
    never suggested; a file-level refusal (not a workbook, a column missing) never suggests it either.
    Returns the exit code."""
    from vocweek_desktop.io.excel_safety import WorkbookError
    from vocweek_desktop.services import imports

    previews, failed, file_refused = [], False, False
    for name in names:
        try:
            preview = preview_file(name)
        except WorkbookError as exc:
            print(f"错误：{exc}", file=sys.stderr)
            failed = file_refused = True
            continue
        print_preview(preview)
        previews.append(preview)
        failed = failed or (preview.has_errors and not skip_errors)
        # A problem of the whole file (a column missing) is not mended by skipping its rows.
        file_refused = file_refused or bool(preview.context and preview.context.file_problems)
    if failed:
        if file_refused:
            print("有文件无法导入，未写入任何内容。改正后重新导入。", file=sys.stderr)
        elif skip_errors is None:
            print("有错误，未写入任何内容。改正后重新导入。", file=sys.stderr)
        else:
            print("有错误，未写入任何内容。改正后重新导入，或加 --skip-errors 只导入正确的行。", file=sys.stderr)
        return 1
    if dry_run:
        print("仅检查（--dry-run），未写入。")
        return 0
    choices = [imports.ImportChoice(preview, tuple(row.row_uid for row in preview.missing) if delete_missing else (),
                                    skip_error_rows=bool(skip_errors)) for preview in previews]
    with writing(db):
        results = imports.apply_imports(db, choices)  # every file or none
    for preview, result in zip(previews, results, strict=True):
        print(f"已导入 {preview.source_name}：{result.summary()}")
    return 0


def export_file(args, write: Callable[..., object]) -> int:
    """The export commands' one way: ``write(db, edition_id, --out)`` with the database open, then the file named."""
    with opened(args) as db:
        path = write(db, edition_id(db, args), args.out)
    print(f"已导出：{path}")
    return 0


def write_templates(args, write: Callable[..., list]) -> int:
    """The template commands' one way: ``write(db, edition_id, --out, college_id=…)`` for --college (None: every
    college), then each file written named, or that the year has no college yet."""
    from vocweek_desktop.services import colleges

    with opened(args) as db:
        edition = edition_id(db, args)
        college_id = colleges.college_id_by_name(db, edition, args.college) if args.college else None
        written = write(db, edition, args.out, college_id=college_id)
    for path in written:
        print(f"已生成：{path}")
    if not written:
        print("本年度还没有学院，没有生成任何文件。")
    return 0


def edition_id(db, args) -> int:
    """The id of the edition --edition names (default: the newest)."""
    from vocweek_desktop.services import editions

    return editions.newest_edition_id(db, getattr(args, "edition", None))


def parse_received(text: str | None):
    """A received time as typed (2024-05-10 17:30, 2024/5/10, 2024-05-10), or None when not given."""
    import datetime as dt

    from vocweek_desktop.domain import messages as msg
    from vocweek_desktop.domain.errors import ValidationError

    if not text:
        return None
    cleaned = text.strip().replace("/", "-").replace("T", " ")
    for pattern in ("%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(cleaned, pattern)
        except ValueError:
            continue
    raise ValidationError({"received": msg.IMPORT_RECEIVED_BAD.format(value=text)})


def print_preview(preview) -> None:
    """Any form's preview: the file, its summary, the rows it no longer has, warnings and problems."""
    facts = [f"工作表“{preview.sheet}”"]
    if preview.form.has_college:
        facts.append(f"学院：{preview.college.name if preview.college else '（未确定）'}")
    from vocweek_desktop.domain.dates import format_datetime, format_duration, format_moment_long

    received = f"，收到时间 {format_datetime(preview.received_at)}" if preview.received_at else ""
    if preview.received_at and preview.deadline and preview.received_at > preview.deadline:
        received += f"，比{preview.form.deadline_label}（{format_moment_long(preview.deadline)}）晚 " \
                    f"{format_duration(preview.received_at - preview.deadline)}"
    print(f"文件：{preview.source_name}（{'，'.join(facts)}{received}）")
    print(f"  {preview.summary()}")
    for row in preview.missing:
        print(f"  文件中已没有：{row.label}")
    for warning in preview.warnings:
        print(f"  提示：{warning}")
    for problem in preview.problems:
        print(f"  错误：{problem.text}")
