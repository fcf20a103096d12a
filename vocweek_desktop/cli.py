"""The `vocweek` command: opens the window, or does batch work with the same services and no Qt."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from vocweek_desktop import __version__, paths
from vocweek_desktop.domain.errors import VocWeekError


def _db_option(parser: argparse.ArgumentParser) -> None:
    # --db and --operator, accepted before and after the subcommand: every subcommand that opens a database
    # calls this, so each also takes the name its changes are recorded under.
    parser.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                        help="数据库文件（默认取环境变量 VOCWEEK_DB，否则为用户数据目录下的 vocweek.sqlite3）")
    parser.add_argument("--operator", metavar="NAME", default=argparse.SUPPRESS,
                        help="操作人姓名，记入修改记录（默认取窗口中设置的姓名，否则为系统用户名）")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every subcommand."""
    parser = argparse.ArgumentParser(prog="vocweek", description="职教周工作台：不带子命令时打开主窗口。")
    parser.add_argument("--version", action="version", version=f"vocweek {__version__}")
    _db_option(parser)
    commands = parser.add_subparsers(dest="command", metavar="命令")

    demo = commands.add_parser("demo", help="新建含 2024 年度与示例学院的演示数据库")
    _db_option(demo)
    demo.add_argument("--force", action="store_true", help="覆盖已存在的文件")
    demo.add_argument("--activities", action="store_true", help="同时加入示例活动（便于试用活动报名与概览）")

    check = commands.add_parser("check", help="检查数据库完整性与结构版本（只读）")
    _db_option(check)

    backup = commands.add_parser("backup", help="把数据库一致地复制到另一个文件")
    _db_option(backup)
    backup.add_argument("--out", required=True, metavar="FILE", help="备份文件")
    _activity_commands(commands)
    return parser


def _edition_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--edition", metavar="YEAR", type=int, default=None, help="年度（默认：最新的年度）")


def _activity_commands(commands) -> None:
    """template / import / export: the 附件1 workflow without a window."""
    template = commands.add_parser("template", help="生成附件1活动信息表（预填该学院已有的活动）")
    _db_option(template)
    _edition_option(template)
    which = template.add_mutually_exclusive_group(required=True)
    which.add_argument("--college", metavar="NAME", help="学院名称：生成这一个学院的文件")
    which.add_argument("--all", action="store_true", help="每个学院一个文件，写入 --out 指定的文件夹")
    template.add_argument("--out", required=True, metavar="FILE|DIR", help="输出文件（--college）或文件夹（--all）")

    imp = commands.add_parser("import", help="导入学院交回的活动信息表：先检查，有错误则不写入")
    _db_option(imp)
    _edition_option(imp)
    imp.add_argument("files", nargs="+", metavar="FILE", help="一个或多个 .xlsx 文件")
    imp.add_argument("--dry-run", action="store_true", help="只检查并列出问题，不写入")
    imp.add_argument("--skip-errors", action="store_true", help="跳过有错误的行，只导入正确的行")
    imp.add_argument("--college", metavar="NAME", help="这些文件属于哪个学院（默认按文件标题行“学院：…”）")
    imp.add_argument("--received", metavar='"2024-05-10 17:30"', help="收到文件的时间（默认：文件的修改时间）")
    imp.add_argument("--delete-missing", action="store_true",
                     help="把该学院原有、但文件中已没有的活动移入回收站（默认只列出，不删除）")

    export = commands.add_parser("export", help="导出活动清单或各部门的保障任务清单")
    _db_option(export)
    _edition_option(export)
    export.add_argument("what", choices=["activities", "tasks"], help="activities：活动清单；tasks：部门任务清单")
    export.add_argument("--out", required=True, metavar="FILE", help="输出的 .xlsx 文件")


def _cmd_demo(args) -> int:
    from vocweek_desktop.services.database import create_demo

    path = paths.database_path(getattr(args, "db", None))
    db = create_demo(path, force=args.force, with_activities=args.activities, operator=_operator(args))
    db.close()
    print(f"已创建演示数据库：{path}")
    return 0


def _cmd_check(args) -> int:
    from vocweek_desktop.services.database import check_database

    result = check_database(paths.database_path(getattr(args, "db", None)))
    print(result.line)
    return 0 if result.ok else 1


def _cmd_backup(args) -> int:
    from vocweek_desktop.services.database import save_copy

    db = _open(args)
    try:
        target = save_copy(db, args.out)
    finally:
        db.close()
    print(f"已备份到：{target}")
    return 0


def _operator(args) -> str:
    """``--operator``, else the name stored by the window (or an earlier run), else the OS user name."""
    from vocweek_desktop import preferences

    return preferences.resolve_operator(getattr(args, "operator", None))


def _open(args):
    from vocweek_desktop.store.engine import open_database

    operator = _operator(args)  # a bad --operator is refused before the file is opened
    db = open_database(paths.database_path(getattr(args, "db", None)), create=False)
    db.operator = operator
    return db


def _cmd_template(args) -> int:
    from vocweek_desktop.services import activities_templates, colleges, editions

    db = _open(args)
    try:
        edition_id = editions.newest_edition_id(db, args.edition)
        college_id = colleges.college_id_by_name(db, edition_id, args.college) if args.college else None
        written = activities_templates.write_templates(db, edition_id, args.out, college_id=college_id)
    finally:
        db.close()
    for path in written:
        print(f"已生成：{path}")
    if not written:
        print("本年度还没有学院，没有生成任何文件。")
    return 0


def _parse_received(text: str | None):
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


def _print_preview(preview) -> None:
    """Any form's preview: the file, its summary, the rows it no longer has, warnings and problems."""
    facts = [f"工作表“{preview.sheet}”"]
    if preview.form.has_college:
        facts.append(f"学院：{preview.college.name if preview.college else '（未确定）'}")
    received = f"，收到时间 {preview.received_at:%Y-%m-%d %H:%M}" if preview.received_at else ""
    print(f"文件：{preview.source_name}（{'，'.join(facts)}{received}）")
    print(f"  {preview.summary()}")
    for row in preview.missing:
        print(f"  文件中已没有：{row.label}")
    for warning in preview.warnings:
        print(f"  提示：{warning}")
    for problem in preview.problems:
        print(f"  错误：{problem.text}")


def _cmd_import(args) -> int:
    from vocweek_desktop.io.excel_safety import WorkbookError
    from vocweek_desktop.services import activities_import, colleges, editions, imports

    received = _parse_received(args.received)
    db = _open(args)
    try:
        edition_id = editions.newest_edition_id(db, args.edition)
        college_id = colleges.college_id_by_name(db, edition_id, args.college) if args.college else None
        previews, failed = [], False
        for name in args.files:
            try:
                preview = activities_import.preview_workbook(db, edition_id, name, received_at=received,
                                                             college_id=college_id)
            except WorkbookError as exc:
                print(f"错误：{exc}", file=sys.stderr)
                failed = True
                continue
            _print_preview(preview)
            previews.append(preview)
            failed = failed or (preview.has_errors and not args.skip_errors)
        if failed:
            print("有错误，未写入任何内容。改正后重新导入，或加 --skip-errors 只导入正确的行。", file=sys.stderr)
            return 1
        if args.dry_run:
            print("仅检查（--dry-run），未写入。")
            return 0
        from vocweek_desktop.domain import messages as msg
        from vocweek_desktop.store import lock

        with lock.acquire(db.path, msg.LOCK_PURPOSE_CLI):  # not while a window elsewhere works on the file
            for preview in previews:
                uids = [row.row_uid for row in preview.missing] if args.delete_missing else []
                result = imports.apply_import(db, preview, delete_uids=uids, skip_error_rows=args.skip_errors)
                print(f"已导入 {preview.source_name}：{result.summary()}")
    finally:
        db.close()
    return 0


def _cmd_export(args) -> int:
    from vocweek_desktop.services import activities_export, editions

    db = _open(args)
    try:
        edition_id = editions.newest_edition_id(db, args.edition)
        if args.what == "activities":
            path = activities_export.export_activities(db, edition_id, args.out)
        else:
            path = activities_export.export_tasks(db, edition_id, args.out)
    finally:
        db.close()
    print(f"已导出：{path}")
    return 0


COMMANDS = {"demo": _cmd_demo, "check": _cmd_check, "backup": _cmd_backup, "template": _cmd_template,
            "import": _cmd_import, "export": _cmd_export}


def main(argv: Sequence[str] | None = None) -> int:
    """Run one batch subcommand and return its exit code (no Qt; the window is started by ``__main__``)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_usage(sys.stderr)
        return 2
    return run(args)


def run(args: argparse.Namespace) -> int:
    """Run the subcommand of parsed ``args``; a user error prints one line and gives exit code 1."""
    try:
        return COMMANDS[args.command](args)
    except VocWeekError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"错误：{exc.strerror or exc}：{exc.filename or ''}", file=sys.stderr)
        return 1
