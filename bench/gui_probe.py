"""The GUI side of the benchmarks, run by bench.run in a fresh offscreen process each time.

    python -m bench.gui_probe startup --db FILE --user U --password P
    python -m bench.gui_probe empty-window
    python -m bench.gui_probe floor --db FILE --user U --password P
    python -m bench.gui_probe views --db FILE --empty-db FILE --user U --password P --repeat N

Why a separate process: start-up has to start from nothing (no Qt, no pandas, no warm caches),
resident memory must be the GUI's own (the peak RSS of a process that did nothing else), and
the benchmark driver never imports Qt. Each mode prints one JSON object on stdout.

Why these measures (issue 8): "start-up" is what ``biotrack`` does up to the first shown window
(imports, QApplication, sign-in, MainWindow with every workspace, show, one event pass), timed
in-process from the first line of this module; "empty-window" is the same for a bare
QMainWindow. While the window is built and every workspace is then visited (each 50 ms after
the previous one is on screen), a 10 ms QTimer records the longest interval between its ticks:
the longest time the GUI thread was blocked.
"floor" is what the libraries BioTrack stands on cost before any BioTrack code runs: the empty
window plus importing sqlite-utils, materialising Qt's namespace enums (PySide6 builds a Python
enum class per C++ enum the first time ``Qt`` is imported: about a hundred) and checking the
signed-in user's password with the same scrypt cost; start-up cannot go below it.
"views" times opening the Freezers workspace (tree and first box grid), another box grid, the
Participants list, the Today due list and the Register collection form, each against the same
view with no data (an empty database, an empty box). Each figure is the longest stretch the
GUI thread was busy opening the view until its content is shown: for a view that reads in a
worker (Freezers) the longer of building it and showing what the worker read; the time until
the content is shown is reported too (``freezers_ready``).
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import argparse  # noqa: E402  (the clock above must start before any import)
import json  # noqa: E402
import os  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TICK_MS = 10
SETTLE_MS = 300          # after the last workspace: let queued work run before quitting
VISIT_EVERY_MS = 50      # between two workspace switches


def _rss_mb() -> float:
    """The peak resident memory of this process, in MB.

    VmHWM of /proc/self/status where there is one: ``ru_maxrss`` survives exec on Linux, so a
    child started by a big parent (the benchmark driver, with pandas and a million-row report
    in memory) would report the parent's size. Elsewhere ru_maxrss (kilobytes on Linux).
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class GapTimer:
    """A 10 ms timer that remembers the longest interval between two of its ticks."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.last = time.perf_counter()
        self.longest = 0.0
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.timer.start()

    def _on_timer_timeout(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def stop(self) -> float:
        self._on_timer_timeout()
        self.timer.stop()
        return self.longest


def _run_loop(app: Any, build: Callable[[], list[Callable[[], None]]]) -> dict[str, float]:
    """Run ``build`` from the event loop, then each step it returns, timing the GUI thread."""
    from PySide6.QtCore import QTimer

    gaps = GapTimer()
    result: dict[str, float] = {}

    def start() -> None:
        steps = build()
        result["shown_s"] = time.perf_counter() - STARTED
        next_step(iter(steps))

    def next_step(steps: Iterator[Callable[[], None]]) -> None:
        # Each step VISIT_EVERY_MS after the previous one has finished, as a person clicks
        # the next workspace once the last one is on screen. Steps fired at fixed times would
        # run back to back once one overran, with no tick of the gap timer between them:
        # two workspaces' builds were counted as one block (seen: Participants + Register).
        step = next(steps, None)
        if step is None:
            QTimer.singleShot(SETTLE_MS, app.quit)
            return

        def run() -> None:
            step()
            next_step(steps)

        QTimer.singleShot(VISIT_EVERY_MS, run)

    QTimer.singleShot(0, start)
    app.exec()
    result["gap_ms"] = gaps.stop() * 1000
    result["rss_mb"] = _rss_mb()
    return result


def startup(db: Path, user: str, password: str) -> dict[str, Any]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from biotrack.services import app_context
    from biotrack.ui.idle_imports import check_while_importing
    from biotrack.ui.interaction import Interaction
    from biotrack.ui.mainwindow import WARM_UP_AFTER_MS, MainWindow

    imported = time.perf_counter() - STARTED
    app = QApplication([sys.argv[0]])
    settings_dir = tempfile.mkdtemp(prefix="biotrack-bench-")
    settings = QSettings(str(Path(settings_dir) / "settings.ini"), QSettings.Format.IniFormat)
    marks: dict[str, float] = {"imports_s": imported}
    steps: dict[str, float] = {}     # workspace -> seconds to switch to it (build it)
    keep: list[Any] = []

    def build() -> list[Callable[[], None]]:
        before = time.perf_counter()
        session = app_context.sign_in(db, user, password,  # as biotrack.ui.app does
                                      run_slow=check_while_importing)
        marks["sign_in_s"] = time.perf_counter() - before
        before = time.perf_counter()
        window = MainWindow(session, db, Interaction(), settings,
                            warm_up_after_ms=WARM_UP_AFTER_MS)  # as biotrack.ui.app does
        marks["main_window_s"] = time.perf_counter() - before
        window.show()
        app.processEvents()
        keep.extend([session, window])

        def visit(key: str) -> None:
            before = time.perf_counter()
            window.show_workspace(key)  # builds the page on its first visit
            steps[key] = round(time.perf_counter() - before, 4)

        return [lambda key=key: visit(key) for key in window.workspace_keys()]

    result = _run_loop(app, build)
    session, window = keep
    window.close()
    session.db.close()
    return {**result, **marks, "workspaces_s": steps}


def empty_window() -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([sys.argv[0]])
    keep: list[Any] = []

    def build() -> list[Callable[[], None]]:
        window = QMainWindow()
        window.resize(1180, 720)
        window.show()
        app.processEvents()
        keep.append(window)
        return []

    return _run_loop(app, build)


def floor(db: Path, user: str, password: str) -> dict[str, Any]:
    import sqlite3

    hidden = {name: sys.modules.pop(name, None) for name in ("pandas", "numpy")}
    sys.modules.update({name: None for name in hidden})  # type: ignore[dict-item]
    import sqlite_utils  # noqa: F401  (imported as biotrack does: without pandas, numpy)

    for name in hidden:
        del sys.modules[name]
    from PySide6.QtCore import Qt  # noqa: F401  (materialises the namespace's enums)
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([sys.argv[0]])
    keep: list[Any] = []

    def build() -> list[Callable[[], None]]:
        import hashlib

        connection = sqlite3.connect(db)
        stored = connection.execute("SELECT password_hash FROM app_user WHERE username = ?",
                                    (user,)).fetchone()[0]
        _scheme, n, r, p, salt, _digest = stored.split("$")
        hashlib.scrypt(password.encode("utf-8"), salt=bytes.fromhex(salt), n=int(n), r=int(r),
                       p=int(p), dklen=32)
        window = QMainWindow()
        window.resize(1180, 720)
        window.show()
        app.processEvents()
        keep.extend([connection, window])
        return []

    return _run_loop(app, build)


def views(db: Path, empty_db: Path, user: str, password: str, repeat: int) -> dict[str, Any]:
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication, QWidget

    from biotrack.db import storage as storage_repo
    from biotrack.services import app_context
    from biotrack.ui.interaction import Interaction
    from biotrack.ui.views.collection_view import CollectionView
    from biotrack.ui.views.freezers_view import FreezersView
    from biotrack.ui.views.participants_view import ParticipantsView
    from biotrack.ui.views.today_view import TodayView

    app = QApplication([sys.argv[0]])
    interaction = Interaction()
    full = app_context.sign_in(db, user, password)
    empty = app_context.sign_in(empty_db, user, password)

    pool = QThreadPool.globalInstance()
    ready: dict[str, list[float]] = {}

    def loading(widget: QWidget) -> bool:
        probe = getattr(widget, "loading", None)
        return bool(probe()) if callable(probe) else False

    def opened(make: Callable[[], QWidget], key: str | None = None) -> float:
        """The longest the GUI thread was busy opening the view, up to its content shown.

        A view that reads in a worker (Freezers) is busy twice: building and showing itself,
        then showing what the worker read. Between the two the GUI thread is free (here it
        waits for the pool, as an idle event loop would); the figure is the longer of the
        two, the time to the content shown goes to ``<key>_ready``.
        """
        before = time.perf_counter()
        widget = make()
        widget.resize(1180, 680)
        widget.show()
        app.processEvents()
        longest = time.perf_counter() - before
        while loading(widget):
            pool.waitForDone(2)
            chunk = time.perf_counter()
            app.processEvents()
            longest = max(longest, time.perf_counter() - chunk)
        if key is not None:
            ready.setdefault(key, []).append(time.perf_counter() - before)
        widget.close()
        widget.deleteLater()
        app.processEvents()
        return longest

    result: dict[str, list[float]] = {key: [] for key in (
        "freezers", "freezers_empty", "participants", "participants_empty", "box", "box_empty",
        "today", "today_empty", "collections", "collections_empty")}
    for _ in range(repeat + 1):  # the first round warms caches and is dropped
        result["freezers"].append(opened(lambda: FreezersView(full, interaction), "freezers"))
        result["freezers_empty"].append(opened(lambda: FreezersView(empty, interaction)))
        result["participants"].append(opened(lambda: ParticipantsView(full, interaction)))
        result["participants_empty"].append(opened(lambda: ParticipantsView(empty, interaction)))
        result["today"].append(opened(
            lambda: TodayView(full, interaction, db_path=db, read_in_background=True)))
        result["today_empty"].append(opened(
            lambda: TodayView(empty, interaction, db_path=empty_db, read_in_background=True)))
        result["collections"].append(opened(lambda: CollectionView(full, interaction, db)))
        result["collections_empty"].append(opened(
            lambda: CollectionView(empty, interaction, empty_db)))

    # Box grids: alternate between the two fullest boxes (so each pick really changes the grid)
    # and between two empty ones, in one shown view.
    boxes = storage_repo.boxes(full.db)
    fullest = sorted(boxes, key=lambda b: -b.occupied)[:2]
    hollow = [b for b in boxes if b.occupied == 0][:2]
    view = FreezersView(full, interaction)
    view.resize(1180, 680)
    view.show()
    while loading(view):
        pool.waitForDone(2)
        app.processEvents()
    app.processEvents()
    for round_ in range(repeat + 1):
        for key, pair in (("box", fullest), ("box_empty", hollow)):
            target = pair[round_ % len(pair)] if pair else None
            if target is None:
                continue
            before = time.perf_counter()
            view.select_path(target.path)
            app.processEvents()
            result[key].append(time.perf_counter() - before)
    view.close()
    full.db.close()
    empty.db.close()
    return {
        **{key: values[1:] for key, values in result.items()},
        **{f"{key}_ready": values[1:] for key, values in ready.items()},
        "box_tubes": fullest[0].occupied if fullest else 0,
        "rss_mb": _rss_mb(),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.gui_probe")
    parser.add_argument("mode", choices=("startup", "empty-window", "floor", "views"))
    parser.add_argument("--db", type=Path)
    parser.add_argument("--empty-db", type=Path)
    parser.add_argument("--user", default="admin")
    parser.add_argument("--password", default="")
    parser.add_argument("--repeat", type=int, default=5)
    options = parser.parse_args(argv)
    if options.mode == "startup":
        result = startup(options.db, options.user, options.password)
    elif options.mode == "empty-window":
        result = empty_window()
    elif options.mode == "floor":
        result = floor(options.db, options.user, options.password)
    else:
        result = views(options.db, options.empty_db, options.user, options.password,
                       options.repeat)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
