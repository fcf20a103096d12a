"""`python -m vocweek_desktop`: the same as the `vocweek` command."""

import sys

from vocweek_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
