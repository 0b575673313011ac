"""Slow work off the GUI thread (STYLE.md practice 9, after Picard's ``run_task``).

A Task runs one plain function in Qt's global thread pool and reports back by signal, which Qt
delivers on the GUI thread. The function must open and close its own database connection: an
sqlite3 connection belongs to the thread that made it, so a Session is never shared with a task.

Python's cyclic garbage collector is paused while any task runs. With PySide6 6.12 a collection
that starts in a worker thread while the GUI thread is destroying a widget tree (a closed
dialog, a deleteLater) walks shiboken wrappers that are half torn down and the process dies
with a segmentation fault (seen with gdb in tests/unit/ui/test_reports_view.py, about one run
in two before this). Reference counting still frees almost everything; the cycles left over
are collected as soon as the last running task ends.
"""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QRunnable, QThreadPool, QTimer, Signal, Slot
from shiboken6 import isValid as shiboken_valid

_gc_lock = threading.Lock()
_gc_pauses = 0
_gc_was_enabled = True

#: Python's GIL switch interval while a worker runs (the default is 0.005 s). Each time the
#: GUI thread calls into Python (an item model's data(), thousands of times per table shown)
#: it waits for a worker holding the GIL up to this long: at 5 ms, a page built while the
#: Freezers tree or the reporting stack was read in a worker took several times as long
#: (issue 8: the longest GUI-thread block). Workers take a little longer instead.
SWITCH_INTERVAL_S = 0.0005
_switch_lock = threading.Lock()
_switch_users = 0
_switch_before = 0.005


@contextmanager
def gc_paused() -> Iterator[None]:
    """No automatic garbage collection (in any thread) until every paused job has ended."""
    global _gc_pauses, _gc_was_enabled
    with _gc_lock:
        if _gc_pauses == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_pauses += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_pauses -= 1
            if _gc_pauses == 0 and _gc_was_enabled:
                gc.enable()


@contextmanager
def gui_first() -> Iterator[None]:
    """A short GIL switch interval (SWITCH_INTERVAL_S) until every such job has ended."""
    global _switch_users, _switch_before
    with _switch_lock:
        if _switch_users == 0:
            _switch_before = sys.getswitchinterval()
            sys.setswitchinterval(SWITCH_INTERVAL_S)
        _switch_users += 1
    try:
        yield
    finally:
        with _switch_lock:
            _switch_users -= 1
            if _switch_users == 0:
                sys.setswitchinterval(_switch_before)


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
        #: Set in the worker once the work has ended (its answer may still be on its way).
        self.ended = threading.Event()
        self.setAutoDelete(False)  # we keep the reference; the signals object must outlive run()

    def run(self) -> None:
        # gc paused: the emits too (they allocate, and that can start a collection)
        with gc_paused(), gui_first():
            try:
                result = self._work()
            except BaseException as exc:  # reported to the GUI thread, which shows it
                self.ended.set()
                self._emit(self.signals.failed, exc)
            else:
                self.ended.set()
                self._emit(self.signals.finished, result)

    def _emit(self, signal: Any, value: object) -> None:
        """Send the answer, unless the program is closing and the signals' object is gone.

        A read still running when its window closes (the application quitting) finds its
        signals deleted with the window; nobody is left to tell, so the answer is dropped
        rather than printed as "Signal source has been deleted" from the worker thread.
        """
        try:
            signal.emit(value)
        except RuntimeError:
            if shiboken_valid(self.signals):
                raise

    def start(self, pool: QThreadPool | None = None) -> None:
        (pool or QThreadPool.globalInstance()).start(self)


class _Waiter(QObject):
    """Lives on the GUI thread, so a task's signals reach it queued, in a local event loop."""

    def __init__(self, loop: QEventLoop) -> None:
        super().__init__()
        self._loop = loop
        self.result: Any = None
        self.error: BaseException | None = None

    @Slot(object)
    def on_finished(self, result: object) -> None:
        self.result = result
        self._loop.quit()

    @Slot(object)
    def on_failed(self, error: BaseException) -> None:
        self.error = error
        self._loop.quit()


_waited: list[Task] = []  # the last task run_while_waiting waited for (see there)


def run_while_waiting(work: Callable[[], Any],
                      meanwhile: Iterable[Callable[[], object]] = ()) -> Any:
    """Run ``work`` in a worker and return its result (or raise its error) when it ends.

    For a step the person must wait for anyway (creating a database, checking a password)
    but that must not freeze the window: the GUI thread turns a local event loop meanwhile,
    so the window repaints and a busy indicator moves. The caller disables what must not be
    pressed twice.

    ``meanwhile``: short steps for the GUI thread while the worker runs (the work must not
    need the GIL for this to pay: scrypt releases it), one per turn of the local loop (so
    paints and timers are served between two) and only while the work has not ended; those
    left over when it ends are not run.
    """
    loop = QEventLoop()
    waiter = _Waiter(loop)
    task = Task(work)
    task.signals.finished.connect(waiter.on_finished)
    task.signals.failed.connect(waiter.on_failed)
    steps = iter(meanwhile)
    pacer = QTimer()
    pacer.setInterval(1)  # not 0: a zero timer would run before due timers and paints

    def next_step() -> None:
        step = None if task.ended.is_set() else next(steps, None)
        if step is None:
            pacer.stop()
            return
        step()

    pacer.timeout.connect(next_step)
    task.start()
    pacer.start()
    loop.exec()
    pacer.stop()
    # Kept until the next wait: the answer arrives while the worker is still returning from
    # run(), and freeing the task now could free it under that thread.
    _waited[:] = [task]
    if waiter.error is not None:
        raise waiter.error
    return waiter.result
