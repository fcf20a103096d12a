"""Rich clipboard data set from Python must not crash the process when it exits (PySide6 6.11 + Qt teardown)."""

import os
import subprocess
import sys
import textwrap

from PySide6.QtWidgets import QApplication

from vocweek_desktop.gui.clipboard import set_clipboard

SCRIPT = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QMimeData
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    if sys.argv[1] == "ours":
        from vocweek_desktop.gui.clipboard import set_clipboard
        set_clipboard("学院\\t人数\\n智能制造学院\\t86", "<table><tr><td>智能制造学院</td></tr></table>")
    else:
        mime = QMimeData()
        mime.setText("学院")
        QApplication.clipboard().setMimeData(mime)
    print(QApplication.clipboard().text().splitlines()[0])
""")


def _run(mode: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-c", SCRIPT, mode], capture_output=True, text=True, env=env, timeout=120)


def test_exit_after_a_copy_is_clean():
    result = _run("ours")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "学院\t人数"


def test_the_plain_way_still_crashes_so_the_guard_is_needed():
    # If a PySide6 upgrade fixes this, the guard in gui/clipboard.py can go (and this test with it).
    assert _run("plain").returncode != 0


def test_text_and_html_are_both_offered(qapp):
    set_clipboard("甲\t乙", "<table><tr><td>甲</td><td>乙</td></tr></table>")
    data = QApplication.clipboard().mimeData()
    assert data.text() == "甲\t乙"
    assert "<td>甲</td>" in data.html()
