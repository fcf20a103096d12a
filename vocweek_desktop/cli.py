"""The `vocweek` command: opens the window, or does batch work with the same services and no Qt."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from vocweek_desktop import __version__, paths
from vocweek_desktop.domain.errors import VocWeekError


def _db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                        help="数据库文件（默认取环境变量 VOCWEEK_DB，否则为用户数据目录下的 vocweek.sqlite3）")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every subcommand."""
    parser = argparse.ArgumentParser(prog="vocweek", description="职教周工作台：不带子命令时打开主窗口。")
    parser.add_argument("--version", action="version", version=f"vocweek {__version__}")
    _db_option(parser)
    commands = parser.add_subparsers(dest="command", metavar="命令")

    demo = commands.add_parser("demo", help="新建含 2024 年度与示例学院的演示数据库")
    _db_option(demo)
    demo.add_argument("--force", action="store_true", help="覆盖已存在的文件")

    check = commands.add_parser("check", help="检查数据库完整性与结构版本（只读）")
    _db_option(check)

    backup = commands.add_parser("backup", help="把数据库一致地复制到另一个文件")
    _db_option(backup)
    backup.add_argument("--out", required=True, metavar="FILE", help="备份文件")
    return parser


def _cmd_demo(args) -> int:
    from vocweek_desktop.services.database import create_demo

    path = paths.database_path(getattr(args, "db", None))
    db = create_demo(path, force=args.force)
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
    from vocweek_desktop.store.engine import open_database

    db = open_database(paths.database_path(getattr(args, "db", None)), create=False)
    try:
        target = save_copy(db, args.out)
    finally:
        db.close()
    print(f"已备份到：{target}")
    return 0


COMMANDS = {"demo": _cmd_demo, "check": _cmd_check, "backup": _cmd_backup}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `vocweek` and `python -m vocweek_desktop`; returns the exit code."""
    args = build_parser().parse_args(argv)
    if args.command is None:
        from vocweek_desktop.app import run

        return run(getattr(args, "db", None))
    try:
        return COMMANDS[args.command](args)
    except VocWeekError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"错误：{exc.strerror or exc}：{exc.filename or ''}", file=sys.stderr)
        return 1
