"""Start-up of the window: log file, QApplication, bundled font, exception hook, the database, the main window.

Kept light on purpose: nothing here (or in what the window imports) loads openpyxl, reportlab, matplotlib
or Alembic; they load on first use (Alembic only when an older database has to be upgraded).
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
import traceback
from pathlib import Path

# What the first window needs without Qt is imported before PySide6: once PySide6 is loaded, its __feature__
# import hook reads the source of every module imported after it (≈ 60 ms of CPU for SQLAlchemy alone).
from vocweek_desktop import APP_NAME, ORG_NAME, __version__, logs, paths, preferences  # noqa: F401 - see above
from vocweek_desktop.domain.errors import VocWeekError
from vocweek_desktop.services import (  # noqa: F401 - imported early, see above
    colleges,
    database,
    editions,
    organisation,
    overview,
    submissions,
)
from vocweek_desktop.store.engine import Database, open_database

# isort: split
from PySide6.QtCore import (
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTimer,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QAbstractItemView, QApplication, QFileDialog, QMessageBox, QWidget

from vocweek_desktop.gui import settings

log = logging.getLogger(__name__)

#: When set, the window quits right after its first paint and prints one JSON line on stdout (wall-clock
#: time, window title, heavy modules loaded). "window": the first paint of the main window; any other value:
#: the first paint of a table showing rows (the colleges). Used by benchmarks/startup.py and the tests.
FIRST_PAINT_ENV = "VOCWEEK_BENCH_FIRST_PAINT"
HEAVY_MODULES = ("alembic", "openpyxl", "reportlab", "matplotlib")

_keep: list[object] = []  # translators and the like that must live as long as the application


def register_font(app: QApplication) -> str | None:
    """Register the bundled CJK font with Qt and make it the application font; returns its family."""
    font_id = QFontDatabase.addApplicationFont(str(paths.font_path()))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.warning("could not register the bundled font %s", paths.font_path())
        return None
    font = QFont(app.font())
    font.setFamilies([families[0]])
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)
    return families[0]


def install_translations(app: QApplication) -> None:
    """Chinese for Qt's own texts (standard buttons, file dialogs) and Chinese number/date formats."""
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    # qtbase_zh_CN lacks the file dialog's labels Qt 6 renamed (&Look in:, Files of &type:): English labels among
    # Chinese ones under a real display. resources/translations/qt_gaps_zh_CN.ts supplies them.
    for name, folder in (("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                         ("qt_gaps_zh_CN", str(paths.resources_dir() / "translations"))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _keep.append(translator)
        else:
            log.warning("could not load the translation %s from %s", name, folder)


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with our names, Chinese Qt texts and the bundled font (reuses an existing one)."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("职教周工作台")
    app.setApplicationVersion(__version__)
    install_translations(app)
    register_font(app)
    return app


# --------------------------------------------------------------------------------------------- errors

_log_file: Path | None = None
_showing_error = False


def _qt_message(mode: QtMsgType, context, message: str) -> None:
    if "propagateSizeHints" in message:  # the offscreen platform's noise
        return
    level = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
             QtMsgType.QtWarningMsg: logging.WARNING}.get(mode, logging.ERROR)
    logging.getLogger("qt").log(level, "%s", message)


def excepthook(exc_type, exc, tb) -> None:
    """Log an unexpected exception and show it in the error dialog; the program keeps running."""
    global _showing_error
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    logging.getLogger("vocweek_desktop.unhandled").error("unexpected exception\n%s", details.rstrip())
    app = QApplication.instance()
    if app is None or _showing_error:
        sys.__excepthook__(exc_type, exc, tb)
        return
    from vocweek_desktop.gui.dialogs.error_dialog import ErrorDialog

    place = traceback.extract_tb(tb)[-1] if tb is not None else None
    text = str(exc) if isinstance(exc, VocWeekError) else f"{exc_type.__name__}: {exc}"
    if place is not None:
        text += f"\n（位置：{Path(place.filename).name} 第 {place.lineno} 行，{place.name}）"
    _showing_error = True
    try:
        ErrorDialog(text, details, _log_file, app.activeWindow()).exec()
    finally:
        _showing_error = False


def _thread_excepthook(args) -> None:
    # A worker thread cannot show a dialog; workers report their own errors to the GUI, this only logs.
    details = "".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback))
    logging.getLogger("vocweek_desktop.unhandled").error("unexpected exception in thread %s\n%s",
                                                          getattr(args.thread, "name", "?"), details.rstrip())


def install_excepthook(log_file: Path | None) -> None:
    """Route unexpected exceptions (and Qt's own warnings) to the log and the error dialog."""
    global _log_file
    _log_file = log_file
    sys.excepthook = excepthook
    threading.excepthook = _thread_excepthook
    qInstallMessageHandler(_qt_message)


# --------------------------------------------------------------------------------------------- database

def resolve_database_path(db_option: str | os.PathLike | None = None) -> Path:
    """``--db``, else ``VOCWEEK_DB``, else the last database the window had open (if it still exists), else the default."""
    if db_option or os.environ.get("VOCWEEK_DB"):
        return paths.database_path(db_option)
    last = settings.last_database()
    if last is not None and last.is_file():
        return last
    return paths.default_database_path()


def ask_about_database_problem(message: str, parent: QWidget | None = None) -> str:
    """Tell the user why the database did not open; returns "open", "new" or "quit"."""
    box = QMessageBox(QMessageBox.Icon.Critical, QApplication.translate("app", "无法打开数据库"), message,
                      QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(QApplication.translate("app", "这个文件没有被改动。可以打开另一个数据库，新建一个，或者退出。"))
    open_button = box.addButton(QApplication.translate("app", "打开其他数据库…"), QMessageBox.ButtonRole.AcceptRole)
    new_button = box.addButton(QApplication.translate("app", "新建数据库…"), QMessageBox.ButtonRole.ActionRole)
    quit_button = box.addButton(QApplication.translate("app", "退出"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(open_button)
    box.exec()
    choices = {id(open_button): "open", id(new_button): "new", id(quit_button): "quit"}
    return choices.get(id(box.clickedButton()), "quit")


def open_startup_database(db_option: str | os.PathLike | None = None) -> Database | None:
    """Open the database the program starts on; on a bad file let the user choose another or quit (None)."""
    path = resolve_database_path(db_option)
    # A new database where there is no file; an empty file there is refused (it may be a database that a sync
    # tool or a full disk emptied), and the user may then choose 新建数据库 on it.
    create = not path.exists()
    while True:
        try:
            db = open_database(path, create=create)
            log.info("opened %s", path)
            return db
        except VocWeekError as exc:
            log.warning("could not open %s: %s", path, exc)
            message = str(exc)
        while True:
            choice = ask_about_database_problem(message)
            if choice == "quit":
                return None
            if choice == "open":
                name, _ = QFileDialog.getOpenFileName(
                    None, QApplication.translate("app", "打开数据库"), str(path.parent),
                    QApplication.translate("app", "VocWeek 数据库 (*.sqlite3 *.sqlite *.db);;所有文件 (*)"))
                create = False
            else:
                name, _ = QFileDialog.getSaveFileName(
                    None, QApplication.translate("app", "新建数据库"), str(path.parent),
                    QApplication.translate("app", "VocWeek 数据库 (*.sqlite3 *.sqlite *.db);;所有文件 (*)"),
                    options=QFileDialog.Option.DontConfirmOverwrite)
                create = True
                if name and Path(name).exists() and not (Path(name).is_file() and Path(name).stat().st_size == 0):
                    message = QApplication.translate("app", "文件“{0}”已经存在，没有覆盖它。").format(name)
                    continue
            if name:
                path = Path(name).expanduser().resolve()
                break


# --------------------------------------------------------------------------------------------- benchmark probe

class _FirstPaintProbe(QObject):
    """Quits the application after the first paint of an item view showing rows (benchmark only)."""

    def __init__(self, window: QWidget, mode: str):
        super().__init__(window)
        self.window = window
        self.mode = mode
        self.done = False

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if not self.done and event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            if self.mode == "window":
                if watched is self.window:
                    self._painted()
                return False
            view = watched.parentWidget()
            if isinstance(view, QAbstractItemView) and watched is view.viewport() and view.isVisible() \
                    and view.model() is not None and view.model().rowCount() > 0 and self.window.isAncestorOf(view):
                self._painted()
        return False

    def _painted(self) -> None:
        # Taken at the paint itself: work deferred until after the first paint (the overview's chart) is not
        # start-up cost, and a heavy module loaded by then is.
        self.done = True
        self.stamp, self.cpu = time.time(), time.process_time()
        self.heavy = sorted(name for name in HEAVY_MODULES if name in sys.modules)
        QTimer.singleShot(0, self.report)

    def report(self) -> None:
        import json

        stamp, cpu, heavy = self.stamp, self.cpu, self.heavy
        QApplication.instance().removeEventFilter(self)
        print(json.dumps({"first_paint": stamp, "cpu": cpu, "heavy": heavy, "title": self.window.windowTitle()},
                         ensure_ascii=True), flush=True)
        self.window.close()
        QApplication.instance().quit()


def _arm_first_paint_probe(window: QWidget, mode: str) -> None:
    probe = _FirstPaintProbe(window, mode)
    QApplication.instance().installEventFilter(probe)


# --------------------------------------------------------------------------------------------- run

def run(db_option: str | os.PathLike | None = None, operator: str | None = None) -> int:
    """Open the main window on the chosen database and run the event loop; returns the exit code.

    ``operator`` (``vocweek --operator NAME``) is who this session's changes are recorded under; without it the
    stored name is used, and at the first start the window asks for one.
    """
    log_file = logs.setup_logging()
    app = create_application()
    install_excepthook(log_file)
    db = open_startup_database(db_option)
    if db is None:
        log.info("no database chosen; quitting")
        return 1
    from vocweek_desktop.gui.main_window import MainWindow

    window = MainWindow(db, log_file=log_file, operator=operator)
    if os.environ.get(FIRST_PAINT_ENV):
        _arm_first_paint_probe(window, os.environ[FIRST_PAINT_ENV])
    window.show()
    if not os.environ.get(FIRST_PAINT_ENV):  # the benchmark's window has nobody to answer
        window.ask_operator_if_unset()
    code = app.exec()
    log.info("VocWeek exiting with code %s", code)
    return code
