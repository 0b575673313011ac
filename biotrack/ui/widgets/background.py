"""Running a service call in a worker on its own connection, with progress sent back by signal.

The Reports and Settings workspaces run reports, backups, restores and the audit-chain check
in a biotrack.ui.workers.Task. Two rules make that safe (STYLE.md practice 9):

- an sqlite3 connection belongs to the thread that made it, so the call runs on a connection
  opened and closed in the worker from the database file (as the label print panel does); only
  the session's immutable parts (protocol, user, clock) cross the thread boundary;
- the services report progress by calling ``progress(done, total)`` from the worker thread, and
  widgets may only be touched on the GUI thread, so the callback only *emits a Qt signal*;
  Qt queues it to the receiver living on the GUI thread, which moves the progress bar;
- Python's cyclic garbage collector is paused while any Task runs (biotrack.ui.workers
  explains why).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from biotrack.errors import BioTrackError
from biotrack.services import app_context
from biotrack.services.context import Session
from biotrack.ui.workers import Task, gc_paused

T = TypeVar("T")


def run_on_own_connection(db_path: Path, session: Session, job: Callable[[Session], T]) -> T:
    """Runs in the worker thread: ``job`` on a new connection to ``db_path``, closed after.

    ``session`` lends only its protocol, user and clock. A job may replace the session's
    connection (a restore re-opens the file); whichever connection is left is closed too.
    """
    with gc_paused():
        db = app_context.open_existing(db_path)
        own = Session(db, session.protocol, session.user, session.clock)
        try:
            return job(own)
        finally:
            own.db.close()
            if own.db is not db:
                db.close()


class ProgressRelay(QObject):
    """Create on the GUI thread; hand ``report`` to a service as its progress callback."""

    #: (done, total), emitted from whichever thread runs the service; delivered queued.
    progressed = Signal(int, int)

    def report(self, done: int, total: int) -> None:
        """The callback: thread-safe because it only emits (never touches a widget)."""
        self.progressed.emit(int(done), int(total))


class FirstRead(QObject):
    """A view's first read of its data in a worker, and what must happen around it (issue 8).

    Three views read their first data this way (Today's due list, the Freezers tree, the
    Register collection participants) so that building them does not block the GUI thread.
    The rules they share live here, once:

    - ``stop()`` ends the waiting: the view read the data itself meanwhile (F5, a scan), and
      an answer still on its way (already queued) is dropped when it arrives;
    - the answered task is kept, not dropped: its answer arrives while the worker is still
      returning from ``run()``, and freeing it then could free it under that thread;
    - with ``wait_until_shown`` an answer that comes while the view is hidden waits for
      ``view_shown()`` (the view's showEvent): showing it may read the database, which a
      closed window no longer has;
    - a BioTrackError goes to ``failed``; anything else is a bug and is raised on the GUI
      thread, where the crash handler shows it.

    The view and its callbacks (its own methods) are held weakly: the view holds this object,
    and a cycle back to it would leave the view to the cyclic collector, which clears a Qt
    model's attributes at a random moment while its view still asks it for rows.
    """

    def __init__(self, view: QWidget, *, answered: Callable[[Any], None],
                 failed: Callable[[BioTrackError], None],
                 stopped: Callable[[], None] | None = None,
                 wait_until_shown: bool = False) -> None:
        """``answered``, ``failed`` and ``stopped`` are methods of ``view``."""
        super().__init__(view)
        self._view = weakref.ref(view)
        self._answered = weakref.WeakMethod(answered)  # type: ignore[arg-type]
        self._failed = weakref.WeakMethod(failed)  # type: ignore[arg-type]
        self._stopped = None if stopped is None else weakref.WeakMethod(stopped)  # type: ignore[arg-type]
        self._wait_until_shown = wait_until_shown
        self._task: Task | None = None      # the read, while its worker runs
        self._kept: Task | None = None      # the same task once answered (see above)
        self._unshown: tuple[Any] | None = None  # its answer, while the view was hidden

    def start(self, db_path: Path, session: Session, job: Callable[[Session], Any]) -> None:
        """Run ``job`` in a worker on its own connection to ``db_path``."""
        task = Task(lambda: run_on_own_connection(db_path, session, job))
        task.signals.finished.connect(self._on_finished)
        task.signals.failed.connect(self._on_failed)
        self._task = task
        task.start()

    def loading(self) -> bool:
        """True from ``start()`` until the answer is handed over or ``stop()``."""
        return self._task is not None

    def waiting_to_show(self) -> bool:
        """The worker answered while the view was hidden: it waits for ``view_shown()``."""
        return self._unshown is not None

    def stop(self) -> None:
        """No more waiting for the worker: its answer, if it still comes, goes nowhere."""
        task, self._task = self._task, None
        if task is None:
            return
        self._kept = task
        self._unshown = None
        task.signals.finished.disconnect(self._on_finished)
        task.signals.failed.disconnect(self._on_failed)
        stopped = self._stopped() if self._stopped is not None else None
        if stopped is not None:
            stopped()

    def view_shown(self) -> None:
        """Call from the view's showEvent: hand over an answer that waited for it."""
        if self._task is not None and self._unshown is not None:
            (result,) = self._unshown
            self.stop()
            self._hand_over(result)

    def _on_finished(self, result: object) -> None:
        if self._task is None:
            return  # queued before stop() disconnected it: the view read the data since
        view = self._view()
        if view is None:
            return  # the view is gone: nobody to tell
        if self._wait_until_shown and not view.isVisible():
            self._unshown = (result,)
            return
        self.stop()
        self._hand_over(result)

    def _hand_over(self, result: object) -> None:
        answered = self._answered()
        if answered is not None:
            answered(result)

    def _on_failed(self, error: BaseException) -> None:
        if self._task is None:
            return
        self.stop()
        if isinstance(error, BioTrackError):
            failed = self._failed()
            if failed is not None:
                failed(error)
            return
        raise error  # a bug: the application's crash handler logs and shows it
