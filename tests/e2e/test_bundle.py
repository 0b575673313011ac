"""End to end against the PyInstaller bundle: build it, then do a real day's job with it.

STYLE.md practice 13 (qutebrowser runs its end-to-end suite against the frozen build): what
people install is the folder dist/biotrack/, not the source tree, and a bundle fails in its
own ways (a resource not collected, a module imported lazily and left out, a path taken from
the working directory). So this test builds the bundle from build.spec into a temporary
folder, then, from another working directory and with a private home:

- the bundled CLI (``biotrack-cli``) creates a demo database, enrols a participant, registers
  a collection, prints its labels to PDF and makes the monthly inventory PDF, and the PDFs
  hold the right text (pdftotext);
- the bundled GUI (``BioTrack``) opens its main window on that database under Xvfb, where
  xdotool finds it, and exits cleanly on SIGTERM; started in Spanish without a password, it
  asks "Iniciar sesión" (the compiled catalogue is read from inside the bundle).

Marked ``bundle`` and skipped when PyInstaller is not installed; CI installs it (the test
extra of pyproject.toml) and runs it. The build takes 1.5 to 4 minutes on 2 cores.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.e2e.test_gui_e2e import _app_env, _wait_for_window
from tests.e2e.test_gui_e2e import display as display  # the private Xvfb fixture

pytestmark = [pytest.mark.e2e, pytest.mark.bundle]

REPO = Path(__file__).resolve().parents[2]
BUILD_TIMEOUT_S = 900
PASSWORD = "demo"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """dist/biotrack/ built from build.spec into a temporary folder (the repository's own
    build/ and dist/ stay untouched)."""
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip("PyInstaller is not installed (pip install -e '.[test]')")
    if shutil.which("objdump") is None:
        pytest.skip("PyInstaller needs objdump: apt-get install binutils (or run .ci/run)")
    out = tmp_path_factory.mktemp("bundle")
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", str(REPO / "build.spec"), "--noconfirm",
         "--log-level", "WARN", "--distpath", str(out / "dist"),
         "--workpath", str(out / "build")],
        cwd=REPO, capture_output=True, text=True, timeout=BUILD_TIMEOUT_S, check=False)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-5000:]
    folder = out / "dist" / "biotrack"
    assert (folder / "BioTrack").is_file() and (folder / "biotrack-cli").is_file()
    return folder


def _env(home: Path, database: Path) -> dict[str, str]:
    """No BioTrack or Qt setting from outside, a private home, the demo manager."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("BIOTRACK_", "QT_", "XDG_", "PYTHON"))}
    home.mkdir(exist_ok=True)
    env.update({"HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
                "XDG_DATA_HOME": str(home / ".local/share"),
                "XDG_CACHE_HOME": str(home / ".cache"),
                "BIOTRACK_DB": str(database), "BIOTRACK_USER": "admin",
                "BIOTRACK_PASSWORD": PASSWORD, "QT_QPA_PLATFORM": "offscreen"})
    return env


def _cli(bundle: Path, env: dict[str, str], cwd: Path, *args: str) -> str:
    result = subprocess.run([str(bundle / "biotrack-cli"), *args], env=env, cwd=cwd,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, f"biotrack-cli {' '.join(args)}:\n{result.stderr}"
    assert "Traceback" not in result.stderr
    return result.stdout


def _pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext not installed (apt-get install poppler-utils)")
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, timeout=60, check=True).stdout


def test_bundle_holds_its_resources(bundle: Path) -> None:
    resources = next(bundle.rglob("biotrack/resources"))
    assert (resources / "protocols" / "inter-autentic.toml").is_file()
    assert (resources / "translations" / "biotrack_es.qm").is_file()
    assert list((resources / "labels").glob("*.toml"))
    assert not list(resources.rglob("*.ts"))  # translation sources stay out
    fonts = next(bundle.rglob("reportlab/fonts"))  # the window's fonts when the PC has none
    assert sorted(f.name for f in fonts.glob("Vera*.ttf")) == [
        "Vera.ttf", "VeraBI.ttf", "VeraBd.ttf", "VeraIt.ttf"]


def test_bundled_cli_does_a_day_of_work(bundle: Path, tmp_path: Path) -> None:
    work = tmp_path / "elsewhere"  # not the repository: nothing may come from the cwd
    work.mkdir()
    database = tmp_path / "study.db"
    env = _env(tmp_path / "home", database)

    assert "participants: 40" in _cli(bundle, env, work, "init", "--demo")
    code = json.loads(_cli(bundle, env, work, "enroll", "--cohort", "ICI", "--site", "NAV",
                           "--date", "2026-11-02", "--regimen", "pembrolizumab-q3w",
                           "--first-dose", "2026-11-03", "--json"))["code"]
    assert code.startswith("IA-NAV-")
    registered = json.loads(_cli(bundle, env, work, "collect", code, "V1",
                                 "--drawn-at", "2026-11-03T09:10",
                                 "--received-at", "2026-11-03T09:40",
                                 "--frozen-at", "2026-11-03T11:00", "--json"))
    barcodes = [a["barcode"] for a in registered["aliquots"]]
    assert len(barcodes) == 8  # V1: 6 serum + 2 buffy coat

    labels = tmp_path / "labels.pdf"
    _cli(bundle, env, work, "labels", "--collection", str(registered["collection_id"]),
         "--format", "pdf", "-o", str(labels))
    text = _pdf_text(labels)
    assert f"{code} · V1" in text
    assert all(barcode in text for barcode in barcodes)

    report = tmp_path / "inventory.pdf"
    _cli(bundle, env, work, "report", "inventory", "--month", "2026-11", "--format", "pdf",
         "-o", str(report))
    assert "Monthly freezer inventory" in _pdf_text(report)
    assert list(work.iterdir()) == []  # nothing written into the working directory


def test_bundled_gui_shows_its_window(bundle: Path, display: str, tmp_path: Path) -> None:
    database = tmp_path / "demo.db"
    env = _env(tmp_path / "cli-home", database)
    _cli(bundle, env, tmp_path, "init", "--demo")

    app_env = _app_env(tmp_path, display)  # real X display, private home, demo sign-in
    log = tmp_path / "gui.log"
    with log.open("wb") as output:
        app = subprocess.Popen([str(bundle / "BioTrack"), "--db", str(database)],
                               env=app_env, cwd=tmp_path, stdout=output,
                               stderr=subprocess.STDOUT)
    try:
        window = _wait_for_window(app, app_env, log)
        name = subprocess.run(["xdotool", "getwindowname", window], env=app_env,
                              capture_output=True, text=True, timeout=30, check=False)
        assert name.stdout.strip() == "BioTrack"
        app.send_signal(signal.SIGTERM)  # closes the window, saves settings, exits 0
        assert app.wait(timeout=30) == 0, log.read_text(errors="replace")
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    assert "Traceback" not in log.read_text(errors="replace")
    settings = tmp_path / "home" / ".config" / "BioTrack" / "BioTrack.conf"
    assert settings.is_file(), "the bundled GUI did not save its settings on the way out"


def test_bundled_gui_speaks_spanish(bundle: Path, display: str, tmp_path: Path) -> None:
    database = tmp_path / "demo.db"
    _cli(bundle, _env(tmp_path / "cli-home", database), tmp_path, "init")
    app_env = _app_env(tmp_path, display)
    del app_env["BIOTRACK_PASSWORD"]  # so the sign-in dialog stays up
    app_env["BIOTRACK_LANGUAGE"] = "es"
    log = tmp_path / "gui.log"
    with log.open("wb") as output:
        app = subprocess.Popen([str(bundle / "BioTrack"), "--db", str(database)],
                               env=app_env, cwd=tmp_path, stdout=output,
                               stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        while True:
            found = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--name", "^Iniciar sesión$"],
                env=app_env, capture_output=True, text=True, timeout=30, check=False)
            if found.returncode == 0 and found.stdout.split():
                break
            assert app.poll() is None, log.read_text(errors="replace")
            assert time.monotonic() < deadline, "no Spanish sign-in dialog within 60 s:\n" \
                + log.read_text(errors="replace")
            time.sleep(0.2)  # poll interval, not a wait for something to happen
    finally:
        app.kill()
        app.wait()
    assert "Traceback" not in log.read_text(errors="replace")
