"""The screenshot tool renders the main window and every dialog it knows (run in a child process)."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtGui import QImage


def test_screenshots_are_written(tmp_path):
    out = tmp_path / "shots"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "vocweek_desktop.tools.screenshots", "--out", str(out), "--no-docs"],
                            capture_output=True, text=True, env=env, cwd=tmp_path, timeout=110)
    assert result.returncode == 0, result.stderr[-3000:]
    names = {p.name for p in out.glob("*.png")}
    assert {"main-colleges.png", "main-empty.png", "dialog-about.png", "dialog-error.png",
            "dialog-edition.png", "dialog-new-edition.png"} <= names
    main = QImage(str(out / "main-colleges.png"))
    assert (main.width(), main.height()) == (1280, 800)
    for name in names:
        image = QImage(str(out / name))
        assert not image.isNull() and image.width() > 200 and image.height() > 100, name
