"""`python -m vocweek_desktop.tools.screenshots --out DIR`: every tab and dialog rendered offscreen to PNG.

The rendering is GUI code and lives in ``vocweek_desktop/gui/screenshots.py``; this is its command.
"""

import sys

from vocweek_desktop.gui.screenshots import main

if __name__ == "__main__":
    sys.exit(main())
