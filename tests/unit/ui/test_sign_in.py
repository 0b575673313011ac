"""The sign-in dialog: the service checks the password; a wrong one is one message."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from biotrack.services import accounts
from biotrack.services.context import Session
from biotrack.ui.dialogs.sign_in import SignInDialog
from tests.factories import MANAGER_PASSWORD


def _click_sign_in(qtbot, dialog: SignInDialog) -> None:  # type: ignore[no-untyped-def]
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert button.text() == "Sign in"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_wrong_password_shows_an_error_and_stays_open(qtbot, session: Session, db_path: Path,
                                                      recorder) -> None:
    dialog = SignInDialog(db_path, recorder, username="admin")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.password_edit, "not-the-password")
    _click_sign_in(qtbot, dialog)
    assert recorder.errors == [("Sign in failed", "unknown user or wrong password")]
    assert dialog.session is None
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.isVisible()
    assert dialog.password_edit.text() == ""  # cleared for the next try


def test_right_password_accepts_with_a_session(qtbot, session: Session, db_path: Path,
                                               recorder) -> None:
    dialog = SignInDialog(db_path, recorder, username="admin")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.password_edit, MANAGER_PASSWORD)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert recorder.errors == []
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.session is not None
    assert (dialog.session.user.username, dialog.session.user.role) == ("admin", "manager")
    dialog.session.db.close()


def test_empty_fields_are_refused_without_asking_the_service(qtbot, session: Session,
                                                             db_path: Path, recorder) -> None:
    dialog = SignInDialog(db_path, recorder)
    qtbot.addWidget(dialog)
    assert dialog.try_sign_in() is False
    assert recorder.errors == [("Sign in", "Enter your user name and password.")]


def test_missing_database_is_one_message(qtbot, tmp_path: Path, recorder) -> None:
    dialog = SignInDialog(tmp_path / "absent.db", recorder, username="admin")
    qtbot.addWidget(dialog)
    dialog.password_edit.setText("whatever")
    assert dialog.try_sign_in() is False
    assert len(recorder.errors) == 1
    assert "no BioTrack database" in recorder.errors[0][1]
    assert not (tmp_path / "absent.db").exists()


def test_the_password_is_checked_in_a_worker_while_the_dialog_waits(
        qtbot, monkeypatch, session: Session, db_path: Path, recorder) -> None:
    """Issue 8: scrypt takes ~70 ms on purpose; the GUI thread must not be the one waiting."""
    seen: list[tuple[bool, bool]] = []
    real = accounts.verify_password

    def spy(password: str, stored: str) -> bool:
        seen.append((threading.current_thread() is threading.main_thread(),
                     dialog.isEnabled()))
        return real(password, stored)

    monkeypatch.setattr(accounts, "verify_password", spy)
    dialog = SignInDialog(db_path, recorder, username="admin")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.password_edit.setText(MANAGER_PASSWORD)
    assert dialog.try_sign_in() is True
    assert seen == [(False, False)]  # in a worker, with the dialog disabled meanwhile
    assert dialog.isEnabled()
    assert dialog.session is not None
    dialog.session.db.close()


def test_the_protocol_is_read_while_the_password_is_checked(
        qtbot, monkeypatch, session: Session, db_path: Path, recorder) -> None:
    """Issue 8: the protocol's parsing runs on the GUI thread while scrypt runs in its worker."""
    from biotrack.services import app_context

    events: list[str] = []
    protocol_read = threading.Event()
    real_verify, real_protocol = accounts.verify_password, app_context.protocol_of

    def verify(password: str, stored: str) -> bool:
        events.append("check started")
        # The check ends only once the protocol was read: had it waited for the check, this
        # would time out and the order below would say so.
        events.append("check ended" if protocol_read.wait(5) else "check timed out")
        return real_verify(password, stored)

    def protocol_of(db):  # type: ignore[no-untyped-def]
        events.append("protocol on the GUI thread"
                      if threading.current_thread() is threading.main_thread()
                      else "protocol elsewhere")
        protocol_read.set()
        return real_protocol(db)

    monkeypatch.setattr(accounts, "verify_password", verify)
    monkeypatch.setattr(app_context, "protocol_of", protocol_of)
    dialog = SignInDialog(db_path, recorder, username="admin")
    qtbot.addWidget(dialog)
    dialog.password_edit.setText(MANAGER_PASSWORD)
    assert dialog.try_sign_in() is True
    assert sorted(events[:2]) == ["check started", "protocol on the GUI thread"]
    assert events[2:] == ["check ended"]
    assert dialog.session is not None and dialog.session.protocol.name
    dialog.session.db.close()
