"""biotrack.ui.workers: a Task answers on the GUI thread; run_while_waiting returns or raises
the worker's outcome; an answer nobody can receive any more is dropped quietly."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import QThreadPool
from shiboken6 import delete

from biotrack.errors import UserError
from biotrack.ui.workers import SWITCH_INTERVAL_S, Task, run_while_waiting


def test_a_task_answers_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    worked_on: list[bool] = []
    answered_on: list[bool] = []

    def work() -> int:
        worked_on.append(threading.current_thread() is threading.main_thread())
        return 42

    task = Task(work)
    task.signals.finished.connect(
        lambda result: answered_on.append(threading.current_thread() is threading.main_thread()
                                          and result == 42))
    with qtbot.waitSignal(task.signals.finished):
        task.start()
    assert worked_on == [False] and answered_on == [True]


def test_run_while_waiting_returns_the_result_or_raises_the_error() -> None:
    assert run_while_waiting(lambda: threading.current_thread() is threading.main_thread()) \
        is False

    def refuse() -> None:
        raise UserError("no")

    with pytest.raises(UserError, match="no"):
        run_while_waiting(refuse)


def test_an_answer_whose_receiver_is_gone_is_dropped_quietly(qtbot, capfd) -> None:  # type: ignore[no-untyped-def]
    """A read still running when its window closes must not print an error from the worker."""
    release = threading.Event()
    task = Task(lambda: release.wait(5) and "late")
    task.start()
    delete(task.signals)  # what closing the window does to its signals' object
    release.set()
    QThreadPool.globalInstance().waitForDone()
    assert "Signal source has been deleted" not in capfd.readouterr().err


def test_meanwhile_steps_run_on_the_gui_thread_while_the_work_runs() -> None:
    """Sign-in imports modules while scrypt runs (issue 8): the work here ends only once the
    second step has run, so the steps ran alongside it, in order, on the GUI thread."""
    release = threading.Event()
    ran: list[tuple[str, bool]] = []

    def step(name: str, *, finish: bool = False) -> Callable[[], None]:
        def run() -> None:
            ran.append((name, threading.current_thread() is threading.main_thread()))
            if finish:
                release.set()
        return run

    def work() -> str:
        assert release.wait(5), "the steps did not run while the work waited"
        return "checked"

    assert run_while_waiting(work, [step("first"), step("second", finish=True)]) == "checked"
    assert ran == [("first", True), ("second", True)]


def test_the_gil_is_handed_back_sooner_while_a_worker_runs() -> None:
    """Issue 8: while a worker runs, the GUI thread waits at most SWITCH_INTERVAL_S for the
    GIL at each call into Python; the interval is restored when the last worker ends."""
    before = sys.getswitchinterval()
    seen = run_while_waiting(sys.getswitchinterval)
    assert seen == pytest.approx(SWITCH_INTERVAL_S) and seen < before
    QThreadPool.globalInstance().waitForDone()
    assert sys.getswitchinterval() == pytest.approx(before)


def test_a_first_read_holds_its_view_weakly(qtbot) -> None:  # type: ignore[no-untyped-def]
    """FirstRead must not keep its view alive in a cycle (the cyclic collector would then
    clear the view's models at a random moment while Qt still asks them for rows)."""
    import gc
    import weakref

    from PySide6.QtWidgets import QWidget

    from biotrack.ui.widgets.background import FirstRead

    class View(QWidget):
        def answered(self, _result: object) -> None:
            pass

        def failed(self, _error: object) -> None:
            pass

    view = View()
    view.first_read = FirstRead(view, answered=view.answered,  # type: ignore[attr-defined]
                                failed=view.failed)
    gone = weakref.ref(view)
    was_enabled = gc.isenabled()
    gc.disable()  # only reference counting may free it
    try:
        del view
        assert gone() is None
    finally:
        if was_enabled:
            gc.enable()
