"""End to end: the real program, as a separate process, opens its window on a fresh demo database.

STYLE.md practice 13: start the real program and check the result. ``python -m biotrack --db
NEW_FILE --demo-if-missing`` (what ``scripts/run`` does through BIOTRACK_DEMO_IF_MISSING; without
it a missing file brings up the first-run chooser) must create the demo database, sign in from
BIOTRACK_USER/BIOTRACK_PASSWORD, and show the main window on a real X server (Xvfb), which
xdotool finds; Ctrl+1..Ctrl+7 then open every workspace and imagemagick photographs each into
the test's output folder. With
BIOTRACK_SAVE_SCREENSHOTS=1 the Today picture is also stored as docs/screenshots/main-window.png,
the one the README shows, and the Freezers and Scan pictures next to it.
"""

from __future__ import annotations

import hashlib
import os
import select
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

REPO = Path(__file__).resolve().parents[2]
SCREEN = (1280, 800)
START_DEADLINE_S = 120  # creating the demo database takes a few seconds on a slow machine
MAIN_WINDOW = "^BioTrack$"  # the exact title: dialogs have their own titles


def _require(*tools: str) -> None:
    missing = [tool for tool in tools if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"{', '.join(missing)} not installed (apt-get install xvfb xdotool "
                    "imagemagick, or run .ci/run)")


@pytest.fixture
def display() -> Iterator[str]:
    """A private Xvfb server; ``-displayfd`` lets it pick a free display number itself."""
    _require("Xvfb", "xdotool", "import", "identify")
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", "1", "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24",
         "-nolisten", "tcp"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
    )
    assert server.stdout is not None
    ready, _, _ = select.select([server.stdout], [], [], 30)
    number = server.stdout.readline().decode().strip() if ready else ""
    if not number.isdigit():
        server.kill()
        server.wait()
        server.stdout.close()
        pytest.fail("Xvfb did not report a display number within 30 s")
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)
        server.stdout.close()


def _app_env(tmp_path: Path, display: str) -> dict[str, str]:
    """Real X display, demo credentials, and a private home so no real profile is touched."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("BIOTRACK_", "QT_", "XDG_", "WAYLAND"))}
    home = tmp_path / "home"
    runtime = tmp_path / "runtime"
    for folder in (home, runtime):
        folder.mkdir(mode=0o700)
    env.update({
        "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
        "BIOTRACK_USER": "admin", "BIOTRACK_PASSWORD": "demo",
        "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local/share"), "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_STATE_HOME": str(home / ".local/state"), "XDG_RUNTIME_DIR": str(runtime),
    })
    return env


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, env=env, capture_output=True, text=True, timeout=30,
                          check=False)


def _wait_for_window(app: subprocess.Popen[bytes], env: dict[str, str], log: Path) -> str:
    deadline = time.monotonic() + START_DEADLINE_S
    while time.monotonic() < deadline:
        if app.poll() is not None:
            pytest.fail(f"biotrack exited with {app.returncode} before showing its window:\n"
                        + log.read_text(errors="replace"))
        found = _run(["xdotool", "search", "--onlyvisible", "--name", MAIN_WINDOW], env)
        ids = found.stdout.split()
        if found.returncode == 0 and ids:
            return ids[0]
        time.sleep(0.2)
    pytest.fail(f"no window titled BioTrack after {START_DEADLINE_S} s:\n"
                + log.read_text(errors="replace"))


def _colours(png: Path, env: dict[str, str]) -> int:
    result = _run(["identify", "-format", "%k", str(png)], env)
    return int(result.stdout.strip() or 0) if result.returncode == 0 else 0


def _pixels(png: Path) -> bytes:
    from PIL import Image

    with Image.open(png) as image:
        return hashlib.sha256(image.convert("RGB").tobytes()).digest()


def _screenshot(target: Path, env: dict[str, str], *, differs_from: bytes | None = None,
                deadline_s: float = 20) -> bytes:
    """Photograph the screen until the picture is painted (not blank), settled (two captures
    in a row agree) and, when asked, different from an earlier picture (the view changed).
    Polls with a deadline instead of sleeping for a guessed time."""
    deadline = time.monotonic() + deadline_s
    previous = None
    while True:
        _run(["import", "-window", "root", str(target)], env)
        if target.is_file() and _colours(target, env) > 100:
            current = _pixels(target)
            if current == previous and current != differs_from:
                return current
            previous = current
        if time.monotonic() > deadline:
            pytest.fail(f"screenshot {target} never showed a settled, changed window")
        time.sleep(0.2)  # poll interval, not a wait for something to happen


WORKSPACES = ["today", "participants", "collections", "freezers", "scan", "reports",
              "settings"]


def test_gui_opens_on_a_new_demo_database(display: str, tmp_path: Path) -> None:
    env = _app_env(tmp_path, display)
    database = tmp_path / "demo.db"
    log = tmp_path / "biotrack.log"
    with log.open("wb") as output:
        app = subprocess.Popen([sys.executable, "-m", "biotrack", "--db", str(database),
                                "--demo-if-missing"],
                               env=env, cwd=tmp_path, stdout=output, stderr=subprocess.STDOUT)
    try:
        window = _wait_for_window(app, env, log)
        # No window manager under Xvfb: place the window over the whole screen ourselves.
        _run(["xdotool", "windowmove", "--sync", window, "0", "0"], env)
        _run(["xdotool", "windowsize", "--sync", window, str(SCREEN[0]), str(SCREEN[1])], env)
        shots = tmp_path / "screenshots"  # the test's output folder: one per workspace
        shots.mkdir()
        picture = _screenshot(shots / "today.png", env)
        assert (shots / "today.png").stat().st_size > 10_000
        assert database.is_file()  # the demo database was created by the program itself

        _run(["xdotool", "windowfocus", "--sync", window], env)
        for number, key in enumerate(WORKSPACES[1:], start=2):
            _run(["xdotool", "key", "--clearmodifiers", f"ctrl+{number}"], env)
            picture = _screenshot(shots / f"{key}.png", env, differs_from=picture)
        assert sorted(p.stem for p in shots.glob("*.png")) == sorted(WORKSPACES)

        if os.environ.get("BIOTRACK_SAVE_SCREENSHOTS") == "1":
            folder = REPO / "docs" / "screenshots"
            folder.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(shots / "today.png", folder / "main-window.png")
            for key in ("freezers", "scan"):
                shutil.copyfile(shots / f"{key}.png", folder / f"{key}.png")

        app.send_signal(signal.SIGTERM)  # the program closes its window and exits cleanly
        assert app.wait(timeout=20) == 0, log.read_text(errors="replace")
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    settings = tmp_path / "home" / ".config" / "BioTrack" / "BioTrack.conf"
    assert settings.is_file(), "window geometry was not saved on the way out"
    assert "Traceback" not in log.read_text(errors="replace")
