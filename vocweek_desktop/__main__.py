"""`vocweek` and `python -m vocweek_desktop`: the window without a subcommand, the batch CLI with one.

The dispatch lives here, not in cli.py, so that the CLI module has no import path to Qt at all.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Open the main window, or run a subcommand of the CLI; returns the exit code."""
    from vocweek_desktop import cli

    args = cli.parse(argv)
    if args.command is None:
        operator = (getattr(args, "operator", None) or "").strip() or None
        if operator is not None:
            from vocweek_desktop.domain.errors import VocWeekError
            from vocweek_desktop.domain.rules import clean_operator

            try:  # a bad --operator is refused here, as the batch commands refuse it, not by a crash in the window
                operator = clean_operator(operator)
            except VocWeekError as exc:
                print(f"错误：{exc}", file=sys.stderr)
                return 1
        from vocweek_desktop.app import run as run_window

        return run_window(getattr(args, "db", None), operator)
    return cli.run(args)


if __name__ == "__main__":
    sys.exit(main())
