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

The first idle moment comes before the window: signing in waits ~70 ms for the password's
scrypt, which runs in a worker and releases the GIL. ``check_while_importing`` uses that wait
to import the first page's module (and the next), which the first page would otherwise import
on the GUI thread right after the first paint.
"""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import Callable, Iterator, Sequence

from PySide6.QtCore import QObject, QTimer

from biotrack.ui.workers import run_while_waiting

#: Between two imports: long enough for queued input and paint events to be served first.
EVERY_MS = 20

#: Imported while the password is checked, after the sign-in's own steps (the protocol):
#: Today (the first page) and what the window's warm-up would import on the GUI thread
#: (biotrack.ui.warm_up). No more: a step still running when the check ends delays sign-in.
SIGN_IN_IMPORTS = (
    "biotrack.ui.views.today_view",
    "concurrent.futures.thread",
)


def import_steps(modules: Sequence[str]) -> Iterator[Callable[[], None]]:
    """One step per module, each importing it (a failure is left for the page to meet)."""
    for name in modules:
        yield lambda name=name: _import(name)  # type: ignore[misc]


def _import(name: str) -> None:
    with contextlib.suppress(Exception):  # the page meets it again when it is opened
        importlib.import_module(name)


def check_while_importing(check: Callable[[], bool],
                          meanwhile: Sequence[Callable[[], object]] = ()) -> bool:
    """Run a sign-in's password check in a worker; its own steps and SIGN_IN_IMPORTS here.

    The ``run_slow`` of services.app_context.sign_in for the GUI: the window keeps painting
    (a local event loop), and the idle GUI thread gets ahead on the sign-in's own steps (the
    protocol), then on the imports.
    """
    return bool(run_while_waiting(check, [*meanwhile, *import_steps(SIGN_IN_IMPORTS)]))


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
        _import(self.pending.pop(0))
        if not self.pending:
            self._timer.stop()
