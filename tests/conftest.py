"""Shared fixtures: every test gets temporary data, settings and log folders, and never blocks on a dialog."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

# Before anything reads them: never the real home folder, settings or display.
_SANDBOX = Path(tempfile.mkdtemp(prefix="vocweek-tests-"))
for _name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"):
    os.environ[_name] = str(_SANDBOX / _name.lower())
    Path(os.environ[_name]).mkdir(parents=True, exist_ok=True, mode=0o700)
os.environ["VOCWEEK_DATA_DIR"] = str(_SANDBOX / "data")
os.environ["MPLCONFIGDIR"] = str(_SANDBOX / "matplotlib")
# PDFs print in the bundled font unless a test offers 仿宋/宋体 itself: the same output on every machine.
os.environ["VOCWEEK_FONT_DIRS"] = str(_SANDBOX / "no-system-fonts")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("VOCWEEK_DB", None)

import pytest  # noqa: E402

from vocweek_desktop.services import editions  # noqa: E402
from vocweek_desktop.store.engine import open_database  # noqa: E402

NOTICE_PATH = Path(__file__).parent / "data" / "2024-activity-week-notice.txt"


@pytest.fixture(autouse=True)
def _isolated_folders(tmp_path, monkeypatch):
    """Data and log folders inside the test's own temporary directory."""
    data = tmp_path / "userdata"
    monkeypatch.setenv("VOCWEEK_DATA_DIR", str(data))
    monkeypatch.delenv("VOCWEEK_DB", raising=False)
    return data


@pytest.fixture(autouse=True)
def _no_unpatched_modals(request, monkeypatch):
    """Fail, instead of hanging, when code opens a modal dialog the test did not patch."""
    try:
        from PySide6 import QtWidgets
    except ImportError:  # pragma: no cover - Qt is a dependency
        return

    def refuse(name):
        def _fail(*args, **kwargs):
            pytest.fail(f"unpatched modal dialog: {name} (patch it in the test)")
        return _fail

    for cls, method in ((QtWidgets.QDialog, "exec"), (QtWidgets.QMessageBox, "exec"),
                        (QtWidgets.QFileDialog, "exec"), (QtWidgets.QInputDialog, "exec"),
                        (QtWidgets.QProgressDialog, "exec")):
        monkeypatch.setattr(cls, method, refuse(f"{cls.__name__}.{method}"))
    for method in ("question", "warning", "critical", "information", "about"):
        monkeypatch.setattr(QtWidgets.QMessageBox, method, staticmethod(refuse(f"QMessageBox.{method}")))
    for method in ("getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QtWidgets.QFileDialog, method, staticmethod(refuse(f"QFileDialog.{method}")))
    for method in ("getText", "getInt", "getItem", "getDouble"):
        monkeypatch.setattr(QtWidgets.QInputDialog, method, staticmethod(refuse(f"QInputDialog.{method}")))


@pytest.fixture
def db_path(tmp_path) -> Path:
    """Path of a database file that does not exist yet."""
    return tmp_path / "vocweek-test.sqlite3"


@pytest.fixture
def db(db_path):
    """An empty database at head."""
    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def edition(db):
    """The 2024 edition created from the notice's defaults (no colleges)."""
    return editions.create_from_defaults(db, 2024)


@pytest.fixture
def ed(demo_db) -> int:
    """The id of the demo database's (only) edition."""
    return editions.list_editions(demo_db)[0].id


@pytest.fixture
def demo_db(tmp_path):
    """The `vocweek demo` database: 2024 edition and sample colleges."""
    from vocweek_desktop.services.database import create_demo

    database = create_demo(tmp_path / "demo.sqlite3")
    yield database
    database.close()


@pytest.fixture(scope="session")
def other_font(tmp_path_factory) -> Path:
    """An embeddable 仿宋 stand-in whose embedded name (TestFangSong-Regular) tells it from the bundled font."""
    from tests.font_files import make_other_font

    return make_other_font(tmp_path_factory.mktemp("fonts"))


@pytest.fixture
def read_only(monkeypatch):
    """``read_only(path, folder=False)``: the database file (or its folder) read-only for the rest of the test."""
    from tests.store.helpers import make_read_only, undo_read_only

    undo: list = []
    yield lambda path, folder=False: make_read_only(monkeypatch, path, undo, folder=folder)
    undo_read_only(undo)
