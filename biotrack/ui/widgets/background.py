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

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from biotrack.services import app_context
from biotrack.services.context import Session
from biotrack.ui.workers import gc_paused

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
