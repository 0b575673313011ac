"""Start-up wiring: arguments, sign-in from the environment, the crash path."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from biotrack.errors import Conflict
from biotrack.services import app_context
from biotrack.services.context import Session
from biotrack.ui import app
from biotrack.ui.dialogs.sign_in import SignInDialog
from tests.factories import MANAGER_PASSWORD


def test_arguments_db_option_and_environment(monkeypatch, tmp_path: Path) -> None:
    options, rest = app.parse_arguments(["--db", str(tmp_path / "a.db"), "-style", "fusion"])
    assert options.db_path == tmp_path / "a.db"
    assert rest == ["-style", "fusion"]
    monkeypatch.setenv("BIOTRACK_DB", str(tmp_path / "env.db"))
    options, _ = app.parse_arguments([])
    assert options.db_path == tmp_path / "env.db"


def test_database_present(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    assert not app.database_present(path)
    path.touch()
    assert not app.database_present(path)  # an empty file is no database yet
    path.write_bytes(b"x")
    assert app.database_present(path)


def test_environment_credentials_skip_the_dialog(monkeypatch, qapp, session: Session,
                                                 db_path: Path, recorder,
                                                 settings: QSettings) -> None:
    monkeypatch.setenv("BIOTRACK_USER", "admin")
    monkeypatch.setenv("BIOTRACK_PASSWORD", MANAGER_PASSWORD)
    monkeypatch.setattr(SignInDialog, "ask", classmethod(lambda *a, **k: pytest.fail("asked")))
    signed_in = app.sign_in(db_path, recorder, settings)
    assert signed_in is not None and signed_in.user.username == "admin"
    signed_in.db.close()


def test_wrong_environment_password_falls_back_to_the_dialog(monkeypatch, qapp,
                                                             session: Session, db_path: Path,
                                                             recorder,
                                                             settings: QSettings) -> None:
    monkeypatch.setenv("BIOTRACK_USER", "admin")
    monkeypatch.setenv("BIOTRACK_PASSWORD", "wrong")
    asked = []
    monkeypatch.setattr(SignInDialog, "ask",
                        classmethod(lambda cls, *a, **k: asked.append(k) or None))
    assert app.sign_in(db_path, recorder, settings) is None
    assert recorder.errors == [("Sign in failed", "unknown user or wrong password")]
    assert asked and asked[0]["username"] == "admin"


def test_demo_database_prefills_admin_and_names_the_accounts(monkeypatch, qapp, db_path,
                                                             recorder, settings) -> None:
    asked = []
    monkeypatch.setattr(SignInDialog, "ask",
                        classmethod(lambda cls, *a, **k: asked.append(k) or None))
    app.sign_in(db_path, recorder, settings, demo_created=True)
    assert asked[0]["username"] == "admin"
    assert "password “demo”" in asked[0]["note"]


def test_crash_handler_logs_bugs_and_shows_typed_errors_plainly(monkeypatch, qapp, tmp_path,
                                                                recorder) -> None:
    logged: list[BaseException] = []
    log_file = tmp_path / "crash.log"
    monkeypatch.setattr(app_context, "log_crash", lambda exc: logged.append(exc) or log_file)
    handler = app.CrashHandler(recorder)

    error = Conflict("box F1/S1/R1/B1 is full")
    handler(type(error), error, None)
    assert recorder.errors == [("BioTrack", "box F1/S1/R1/B1 is full")]
    assert logged == []

    try:
        raise ZeroDivisionError("division by zero")
    except ZeroDivisionError as exc:
        handler(type(exc), exc, exc.__traceback__)
    assert len(logged) == 1
    assert recorder.crashes == [("ZeroDivisionError: division by zero", log_file)]


def test_a_machine_with_fonts_keeps_its_own(qapp) -> None:
    before = qapp.font()
    assert app.ensure_a_font(qapp) is None
    assert qapp.font() == before


def test_a_machine_without_fonts_gets_the_bundled_ones(tmp_path: Path) -> None:
    """No font at all (an empty fontconfig): the window would draw empty boxes, so the Vera
    fonts that come with reportlab are loaded. A separate process: fonts are per process."""
    config = tmp_path / "fonts.conf"
    config.write_text('<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n'
                      "<fontconfig></fontconfig>\n")
    script = ("from PySide6.QtGui import QFontInfo\n"
              "from PySide6.QtWidgets import QApplication\n"
              "from biotrack.ui.app import ensure_a_font\n"
              "qt = QApplication([])\n"
              "print(repr(ensure_a_font(qt)), repr(QFontInfo(qt.font()).family()))\n")
    env = {**os.environ, "FONTCONFIG_FILE": str(config), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                            text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "'Bitstream Vera Sans' 'Bitstream Vera Sans'"
