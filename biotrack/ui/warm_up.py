"""Import a slow library stack in a worker thread, once per process, before a page needs it.

Why: the reports stand on pandas, openpyxl and reportlab (biotrack.services.reporting), about
a second of imports on a lab PC (bench/RESULTS.md). The Reports page opens without them (its
jobs import them in their worker), but the first preview would wait that second; so the main
window, a while after it is shown, has the stack imported here, in a worker thread, while the
person is not yet asking for a report. Measured: importing the stack in a worker leaves an
idle GUI thread at most ~50 ms between two 10 ms timer ticks. The cost: while it runs, Qt's
calls into Python on the GUI thread (item models' data(), by the thousand in
resizeColumnsToContents) each wait for the GIL, so a workspace built at that moment takes
several times as long (biotrack.ui.mainwindow.WARM_UP_AFTER_MS; ``_run`` shortens the wait).

Why this cannot deadlock: the worker imports only modules of the reporting stack, whose
imports never lead into biotrack.ui; another thread's import that meets a module the worker is
still executing (a report's job started meanwhile) waits on Python's per-module import lock
until the worker has finished that module, and the worker never waits on the GUI thread.
The work is process-wide (sys.modules is), so there is one warm-up per module list, kept for
the life of the process.

Why a plain (non-daemon) Python thread and not a Task in Qt's pool: a program closed while
the imports still run must not tear down the interpreter under them (Python then fails the
import, and a pool thread would emit from half-deleted Qt objects). Python's shutdown joins
non-daemon threads first, so the exit waits for the imports to end. The one import that
fails during that join, ``concurrent.futures.thread`` (it registers a threading at-exit hook,
which Python refuses while shutting down; pandas imports it), is imported before the thread
starts. The garbage collector is paused while the thread runs, for the reason given in
biotrack.ui.workers.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from biotrack.ui.workers import gc_paused, gui_first

#: What the reports need: the report services (pandas, reportlab, the builders)
#: and openpyxl, which the XLSX writer imports when it first runs.
REPORTING_STACK = ("biotrack.services.reporting", "openpyxl")


class WarmUp(QObject):
    """Imports ``modules`` in a worker on ``start()``; ``ready`` fires once they are in.

    A failed import also counts as ready: the page is then built on the GUI thread, which
    imports again and meets the same error on the normal crash path, where it is shown.
    """

    ready = Signal()
    _imported = Signal()  # from the worker thread; delivered queued on the GUI thread

    def __init__(self, modules: Sequence[str]) -> None:
        super().__init__()
        self.modules = tuple(modules)
        self.thread: threading.Thread | None = None
        self._done = False
        self._imported.connect(self._on_imported)

    def is_ready(self) -> bool:
        return self._done

    def start(self) -> None:
        """Begin the imports (once)."""
        if self.thread is not None or self._done:
            return
        import concurrent.futures.thread  # noqa: F401  (see the module docstring)

        self.thread = threading.Thread(target=self._run, name="biotrack-warm-up")
        self.thread.start()

    def _run(self) -> None:
        # gui_first: a short GIL switch interval while the imports run (measured: Today's
        # 769 due visits shown in ~85 ms instead of ~130 ms during them, ~20 ms without).
        with gc_paused(), gui_first():
            for name in self.modules:
                try:
                    importlib.import_module(name)
                except Exception:  # the GUI thread meets it again (see above)
                    break
            if QCoreApplication.instance() is not None:  # the program may have quit meanwhile
                self._imported.emit()

    @Slot()
    def _on_imported(self) -> None:
        self._done = True
        self.ready.emit()


_warm_ups: dict[tuple[str, ...], WarmUp] = {}


def warm_up(modules: Sequence[str] = REPORTING_STACK) -> WarmUp:
    """The process's one warm-up for ``modules`` (made on first use, on the GUI thread)."""
    key = tuple(modules)
    if key not in _warm_ups:
        _warm_ups[key] = WarmUp(key)
    return _warm_ups[key]
