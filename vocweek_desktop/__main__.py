"""`vocweek` and `python -m vocweek_desktop`: the window without a subcommand, the batch CLI with one.

The dispatch lives here, not in cli.py, so that the CLI module has no import path to Qt at all.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Open the main window, or run a subcommand of the CLI; returns the exit code."""
    from vocweek_desktop import cli

    args = cli.build_parser().parse_args(argv)
    if args.command is None:
        from vocweek_desktop.app import run as run_window

        return run_window(getattr(args, "db", None))
    return cli.run(args)


if __name__ == "__main__":
    sys.exit(main())
