"""Import the other workspaces' modules one at a time while the window is idle.

Why: a workspace's module is imported when it is first opened (biotrack.ui.mainwindow), and
that import was most of the first visit (python -m cProfile: 40-80 ms of 70-120 ms for Register
collection at 1M aliquots), on the GUI thread, while the person waited. Once the first page is
up, the event loop is idle; these imports then run there, one module per timer tick, so that
each blocks the GUI thread for one module's import only (tens of milliseconds) and a click in
between is served at once. They run on the GUI thread rather than in the warm-up worker
(biotrack.ui.warm_up) because they import biotrack.ui, and two threads importing the same
package's modules can meet on Python's per-module import locks.

A module already imported costs nothing; a failed import is left for the page to meet on the
normal crash path when it is opened.
"""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import Sequence

from PySide6.QtCore import QObject, QTimer

#: Between two imports: long enough for queued input and paint events to be served first.
EVERY_MS = 20


class IdleImports(QObject):
    """Imports ``modules`` in order, one per timer tick, once ``start()`` is called."""

    def __init__(self, modules: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pending = list(modules)
        self._timer = QTimer(self)
        self._timer.setInterval(EVERY_MS)
        self._timer.timeout.connect(self._on_timer_timeout)

    def start(self) -> None:
        if self.pending:
            self._timer.start()

    def done(self) -> bool:
        return not self.pending

    def _on_timer_timeout(self) -> None:
        if not self.pending:
            self._timer.stop()
            return
        name = self.pending.pop(0)
        with contextlib.suppress(Exception):  # the page meets it again when it is opened
            importlib.import_module(name)
        if not self.pending:
            self._timer.stop()
