"""Slow work off the GUI thread (STYLE.md practice 9, after Picard's ``run_task``).

A Task runs one plain function in Qt's global thread pool and reports back by signal, which Qt
delivers on the GUI thread. The function must open and close its own database connection: an
sqlite3 connection belongs to the thread that made it, so a Session is never shared with a task.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class TaskSignals(QObject):
    """What a task reports: its result, or the exception it raised."""

    finished = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    """One call of ``work()`` in the thread pool; connect to ``signals`` before ``start()``."""

    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self._work = work
        self.signals = TaskSignals()
        self.setAutoDelete(False)  # we keep the reference; the signals object must outlive run()

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as exc:  # reported to the GUI thread, which decides how to show it
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)

    def start(self, pool: QThreadPool | None = None) -> None:
        (pool or QThreadPool.globalInstance()).start(self)
