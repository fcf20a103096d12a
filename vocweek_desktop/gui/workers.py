"""Long work (import, export, PDF) off the GUI thread, with a progress dialog that can cancel."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


@dataclass
class JobOutcome:
    """What a background job ended with: a result, an exception, or a cancellation."""

    result: object = None
    error: BaseException | None = None
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        """True when the job finished normally and was not cancelled."""
        return self.error is None and not self.cancelled


class _Signals(QObject):
    progress = Signal(int, int)
    done = Signal(object, object)


class _Job(QRunnable):
    def __init__(self, fn: Callable, signals: _Signals, cancel: threading.Event):
        super().__init__()
        self.setAutoDelete(True)
        self._fn, self._signals, self._cancel = fn, signals, cancel

    def run(self) -> None:
        try:
            result = self._fn(progress=lambda done, total: self._signals.progress.emit(int(done), int(total)),
                              cancelled=self._cancel.is_set)
        except BaseException as exc:  # handed to the GUI thread, which decides how to show it
            self._signals.done.emit(None, exc)
        else:
            self._signals.done.emit(result, None)


def run_with_progress(parent: QWidget | None, title: str, label: str, fn: Callable, *,
                      cancel_text: str | None = None) -> JobOutcome:
    """Run ``fn(progress=..., cancelled=...)`` in the thread pool while a progress dialog shows; wait for it.

    The dialog's 取消 sets the flag ``cancelled()`` reads; the job decides where it is safe to stop, and
    nothing it had not committed is written. The GUI stays responsive (a local event loop runs).
    """
    signals = _Signals()
    cancel = threading.Event()
    outcome = JobOutcome()
    loop = QEventLoop()
    dialog = QProgressDialog(label, cancel_text or dialog_cancel_text(), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def on_progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)

    def on_done(result, error) -> None:
        outcome.result, outcome.error = result, error
        outcome.cancelled = cancel.is_set()
        loop.quit()

    signals.progress.connect(on_progress)
    signals.done.connect(on_done)
    dialog.canceled.connect(cancel.set)
    QThreadPool.globalInstance().start(_Job(fn, signals, cancel))
    loop.exec()
    dialog.close()
    dialog.deleteLater()
    return outcome


def dialog_cancel_text() -> str:
    """The cancel button's label."""
    return QCoreApplication.translate("workers", "取消")
