"""The `vocweek` command's batch subcommands: the same services as the window, and no Qt.

Each capability's subcommands live in their own module with a ``register(commands)`` function; adding a
capability is one module and one name in MODULES. The window is started by ``__main__``, not from here.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from vocweek_desktop import __version__
from vocweek_desktop.cli.common import db_option
from vocweek_desktop.domain.errors import VocWeekError

#: Modules of vocweek_desktop.cli that add subcommands, in the order `vocweek --help` lists them.
MODULES: tuple[str, ...] = ("database", "activities", "layout", "outings", "stats", "awards")


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """The argument parser of every subcommand (``commands=False``: of the window's options alone)."""
    parser = argparse.ArgumentParser(prog="vocweek", description="职教周工作台：不带子命令时打开主窗口。")
    parser.add_argument("--version", action="version", version=f"vocweek {__version__}")
    db_option(parser)
    if not commands:
        parser.set_defaults(command=None)
        return parser
    subparsers = parser.add_subparsers(dest="command", metavar="命令")
    for name in MODULES:
        importlib.import_module(f"vocweek_desktop.cli.{name}").register(subparsers)
    return parser


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """``argv`` parsed: when it holds only the window's options (no subcommand, no --help), without building the
    forty subcommands' parsers, which the window's start-up would otherwise wait for."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if not any(arg in ("-h", "--help") for arg in argv):
        args, rest = build_parser(commands=False).parse_known_args(argv)
        if not rest:
            return args
    return build_parser().parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one batch subcommand and return its exit code (no Qt; the window is started by ``__main__``)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_usage(sys.stderr)
        return 2
    return run(args)


def _log_to_file() -> None:
    """Send the log to the rotating file the window writes, not to the console: a command prints one clear line
    (a warning logged with its traceback would otherwise reach stderr through logging's last-resort handler)."""
    import logging

    from vocweek_desktop import logs

    try:
        logs.setup_logging()
    except OSError:  # no writable data folder: the log is lost, the command still runs
        logging.getLogger().addHandler(logging.NullHandler())


def run(args: argparse.Namespace) -> int:
    """Run the subcommand of parsed ``args``; a user error prints one line and gives exit code 1."""
    _log_to_file()
    try:
        return args.handler(args)
    except VocWeekError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"错误：{exc.strerror or exc}：{exc.filename or ''}", file=sys.stderr)
        return 1
