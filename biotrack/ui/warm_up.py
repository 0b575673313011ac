"""Import a slow library stack in a worker thread, once per process, before a page needs it.

Why: the Reports workspace stands on pandas, openpyxl and reportlab (biotrack.services.
reporting), about a second of imports on a lab PC (bench/RESULTS.md). Imported on the GUI
thread when Reports is first opened, that second froze the window (issue 8: the GUI thread
never blocked for more than 100 ms). So the main window, once shown, has the stack imported
here, in Qt's thread pool; until it is in, the Reports workspace shows a "loading" stand-in
and is built when ``ready`` fires. Measured: importing the stack in a worker leaves the GUI
thread at most ~50 ms between two 10 ms timer ticks (the GIL is handed over every 5 ms).

Why this cannot deadlock: the worker imports only modules of the reporting stack, whose
imports never lead into biotrack.ui; a GUI-thread import that meets a module the worker is
still executing (e.g. ``MainWindow.page("reports")`` called directly, as tests do) waits on
Python's per-module import lock until the worker has finished that module, and the worker
never waits on the GUI thread. The work is process-wide (sys.modules is), so there is one
warm-up per module list, kept for the life of the process: its Task must not be freed while
the worker thread still runs it.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal, Slot

from biotrack.ui.workers import Task

#: What the Reports workspace needs: the report services (pandas, reportlab, the builders)
#: and openpyxl, which the XLSX writer imports when it first runs.
REPORTING_STACK = ("biotrack.services.reporting", "openpyxl")


def _import_all(modules: Sequence[str]) -> None:
    for name in modules:
        importlib.import_module(name)


class WarmUp(QObject):
    """Imports ``modules`` in a worker on ``start()``; ``ready`` fires once they are in.

    A failed import also counts as ready: the page is then built on the GUI thread, which
    imports again and meets the same error on the normal crash path, where it is shown.
    """

    ready = Signal()

    def __init__(self, modules: Sequence[str]) -> None:
        super().__init__()
        self.modules = tuple(modules)
        self._task: Task | None = None
        self._done = all(name in sys.modules for name in self.modules)

    def is_ready(self) -> bool:
        return self._done

    def started(self) -> bool:
        return self._task is not None or self._done

    def start(self) -> None:
        """Begin the imports (once; nothing to do when they are already in)."""
        if self.started():
            return
        task = Task(lambda: _import_all(self.modules))
        task.signals.finished.connect(self._on_task_finished)
        task.signals.failed.connect(self._on_task_failed)
        self._task = task
        task.start()

    @Slot(object)
    def _on_task_finished(self, _result: object) -> None:
        self._done = True
        self.ready.emit()

    @Slot(object)
    def _on_task_failed(self, _error: BaseException) -> None:
        self._done = True
        self.ready.emit()


_warm_ups: dict[tuple[str, ...], WarmUp] = {}


def warm_up(modules: Sequence[str] = REPORTING_STACK) -> WarmUp:
    """The process's one warm-up for ``modules`` (made on first use, on the GUI thread)."""
    key = tuple(modules)
    if key not in _warm_ups:
        _warm_ups[key] = WarmUp(key)
    return _warm_ups[key]
