"""Settings workspace: users, the audit trail and its verification, backups, preferences.

Real databases on tmp_path (the ``enrolled`` session of conftest.py); workers are waited for
by signal. The tampered database is made the way issue 3 describes it: a copy through the
SQLite backup API, the append-only triggers dropped and one audit row edited, by a helper of
this test (the ui code has no way to do that, on purpose).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QImage

from biotrack import settings as declared
from biotrack.errors import PermissionDenied, UserError
from biotrack.services import accounts, admin, app_context, collection, enrolment, safety
from biotrack.services.context import Session
from biotrack.ui.dialogs.add_user_dialog import AddUserDialog
from biotrack.ui.dialogs.reason_dialog import ReasonDialog
from biotrack.ui.i18n import format_date
from biotrack.ui.mainwindow import MainWindow
from biotrack.ui.views.settings_view import AUDIT, USERS, SettingsView
from biotrack.ui.widgets.admin_models import AuditEventModel, UserModel
from biotrack.ui.widgets.preferences_panel import PreferencesPanel
from tests.factories import MANAGER_PASSWORD, as_user, fixed_clock

WAIT_MS = 20_000


@pytest.fixture(autouse=True)
def _no_real_backup_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Verify compares with the newest daily backup of the backup folder; with the setting
    empty that is the user's data folder, which no test may read: point it into tmp_path."""
    folder = tmp_path / "default-backups"
    monkeypatch.setattr(declared, "default_backup_folder", lambda: folder)
    return folder


@pytest.fixture
def view(qtbot, enrolled: Session, db_path: Path, recorder,
         settings: QSettings) -> SettingsView:
    widget = SettingsView(enrolled, recorder, db_path, settings)
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def nurse_view(qtbot, enrolled: Session, db_path: Path, recorder,
               settings: QSettings) -> SettingsView:
    nurse = as_user(enrolled, "nurse1", "nurse")
    widget = SettingsView(nurse, recorder, db_path, settings)
    qtbot.addWidget(widget)
    return widget


def _reasons(monkeypatch: pytest.MonkeyPatch, answer: str | None) -> list[str]:
    asked: list[str] = []

    def ask(parent, title, question, action):  # type: ignore[no-untyped-def]
        asked.append(question)
        return answer

    monkeypatch.setattr(ReasonDialog, "ask", classmethod(lambda cls, *a: ask(*a)))
    return asked


def _add(dialog: AddUserDialog, name: str, role: str, password: str,
         again: str | None = None) -> bool:
    dialog.username_edit.setText(name)
    dialog.full_name_edit.setText(f"{name.title()} Example")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(role))
    dialog.password_edit.setText(password)
    dialog.again_edit.setText(password if again is None else again)
    return dialog.try_add()


# -- users ----------------------------------------------------------------------------------------


def test_a_manager_adds_a_nurse_who_can_then_sign_in(qtbot, view: SettingsView,
                                                     enrolled: Session, recorder,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    users = view.users
    assert [u.username for u in users.model.rows()] == ["admin"]
    assert users.note.isHidden() and users.add_button.isEnabled()

    def ask(cls, parent, session, interaction):  # type: ignore[no-untyped-def]
        dialog = AddUserDialog(session, interaction, parent)
        assert _add(dialog, "maria", "nurse", "s3cret-pw")
        return dialog.created

    monkeypatch.setattr(AddUserDialog, "ask", classmethod(ask))
    with qtbot.waitSignal(users.users_changed):
        qtbot.mouseClick(users.add_button, Qt.MouseButton.LeftButton)
    assert [u.username for u in users.model.rows()] == ["admin", "maria"]
    assert users.selected_user() is not None and users.selected_user().username == "maria"
    signed_in = accounts.authenticate(enrolled.db, "maria", "s3cret-pw")
    assert (signed_in.role, signed_in.full_name) == ("nurse", "Maria Example")
    assert view.audit.model.row_at(0).action == "user.create"  # the trail shows it at once
    assert recorder.errors == []


def test_the_two_passwords_must_agree(qtbot, enrolled: Session, recorder) -> None:
    dialog = AddUserDialog(enrolled, recorder)
    qtbot.addWidget(dialog)
    assert not _add(dialog, "maria", "nurse", "s3cret-pw", again="s3cret-pv")
    assert recorder.errors == [("Add user", "The two passwords differ: type them again.")]
    assert dialog.password_edit.text() == "" and dialog.created is None
    assert [u.username for u in accounts.list_users(enrolled)] == ["admin"]
    assert not _add(dialog, "maria", "nurse", "abc")  # the service's rule, one message
    assert "at least 4 characters" in recorder.errors[-1][1]


def test_disabling_asks_for_a_reason(view: SettingsView, enrolled: Session,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    accounts.add_user(enrolled, "tech1", "technician", "tech-pass")
    users = view.users
    users.refresh()
    assert users.select("tech1") and users.disable_button.isEnabled()
    assert not users.enable_button.isEnabled()

    asked = _reasons(monkeypatch, None)  # cancelled: nothing changes
    users.disable_button.click()
    assert len(asked) == 1 and "tech1" in asked[0]
    assert accounts.authenticate(enrolled.db, "tech1", "tech-pass").active

    _reasons(monkeypatch, "left the study team")
    users.disable_button.click()
    with pytest.raises(PermissionDenied, match="disabled"):
        accounts.authenticate(enrolled.db, "tech1", "tech-pass")
    assert users.model.data(users.model.index(users.model.row_of("tech1"), 3)) == "disabled"
    event = safety.history(enrolled, limit=1)[0]
    assert (event.action, event.record_id, event.reason) == (
        "user.update", "tech1", "left the study team")
    assert event.after == {"active": False}
    assert users.enable_button.isEnabled() and not users.disable_button.isEnabled()

    _reasons(monkeypatch, "back from leave")
    users.enable_button.click()
    assert accounts.authenticate(enrolled.db, "tech1", "tech-pass").active


def test_a_manager_cannot_disable_their_own_account(view: SettingsView) -> None:
    assert view.users.select("admin")
    assert not view.users.disable_button.isEnabled()


def test_non_managers_see_why_users_are_closed(nurse_view: SettingsView, recorder,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    users = nurse_view.users
    assert nurse_view.current_tab() == AUDIT
    assert not users.note.isHidden()  # (the tab is not the current one)
    assert "Only a manager" in users.note.text()
    assert not users.add_button.isEnabled() and not users.table.isEnabled()
    assert users.model.rowCount() == 0
    assert "manager" in nurse_view.tabs.tabToolTip(nurse_view.tab_index("users"))
    _reasons(monkeypatch, "testing")
    assert not users.set_active("admin", False)  # past the disabled button: the service
    assert recorder.errors == [("Disable account", "nurse1 (nurse) may not manage users")]
    nurse_view.show_tab(USERS)
    assert nurse_view.current_tab() == USERS


# -- audit trail ---------------------------------------------------------------------------------


def test_the_audit_tab_lists_events_and_verify_says_intact(qtbot, view: SettingsView,
                                                           enrolled: Session) -> None:
    audit = view.audit
    events = safety.history(enrolled)
    assert audit.model.rowCount() == len(events)
    assert [e.id for e in audit.model.rows()] == [e.id for e in reversed(events)]
    assert f"All {len(events)} events" in audit.count_label.text()

    with qtbot.waitSignal(audit.chain_verified, timeout=WAIT_MS) as verified:
        qtbot.mouseClick(audit.verify_button, Qt.MouseButton.LeftButton)
        assert audit.busy() and not audit.verify_button.isEnabled()
    report = verified.args[0]
    assert report.ok and report.events == len(events)
    assert f"Audit trail intact: {len(events)} events verified" in audit.result_label.text()
    assert audit.model.broken_id() is None
    assert audit.verify_button.isEnabled()


def test_the_audit_tab_filters_by_participant_and_barcode(view: SettingsView,
                                                          enrolled: Session,
                                                          recorder) -> None:
    audit = view.audit
    audit.set_filter("code", "IA-NAV-001")
    shown = audit.model.rows()
    assert shown and {e.record_id for e in shown} <= {"IA-NAV-001"} | {
        str(e.record_id) for e in safety.history(enrolled, code="IA-NAV-001")}
    assert [e.id for e in shown] == [e.id for e in reversed(
        safety.history(enrolled, code="IA-NAV-001", limit=audit.limit_spin.value()))]
    assert "about IA-NAV-001" in audit.count_label.text()

    registered = collection.register(enrolled, "IA-NAV-001", "V1", collection.Draw(
        drawn_at=datetime(2026, 11, 24, 9, 0), frozen_at=datetime(2026, 11, 24, 10, 0)))
    barcode = registered.collection.aliquots[0].barcode
    audit.set_filter("barcode", barcode)
    tube = audit.model.rows()
    assert {(e.action, e.record_id) for e in tube} >= {
        ("aliquot.create", barcode),
        ("collection.register", str(registered.collection.id))}
    assert all(e.record_id in (barcode, str(registered.collection.id)) for e in tube)
    assert f"about {barcode}" in audit.count_label.text()
    shown = tube

    audit.set_filter("barcode", "NO-SUCH-TUBE")
    assert len(recorder.errors) == 1 and "Traceback" not in recorder.errors[0][1]
    assert audit.model.rows() == shown  # the last good list stays

    for number in range(6):  # more events than the smallest limit
        accounts.add_user(enrolled, f"user{number}", "nurse", "pass-word")
    audit.set_filter("all")
    audit.limit_spin.setValue(10)
    audit.refresh()
    assert audit.model.rowCount() == 10
    assert "The last 10 events" in audit.count_label.text()


def _tampered_copy(source: Path, target: Path) -> int:
    """Copy through the backup API, drop the guards, edit one event; its id."""
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
    try:
        event = dst.execute(
            "SELECT min(id) FROM audit_event WHERE action = 'participant.enrol'").fetchone()[0]
        dst.execute("DROP TRIGGER audit_event_no_update")
        dst.execute("DROP TRIGGER audit_event_no_delete")
        dst.execute("UPDATE audit_event SET username = 'mallory' WHERE id = ?", (event,))
        dst.commit()
    finally:
        dst.close()
    return int(event)


@pytest.fixture
def tampered(enrolled: Session, db_path: Path, tmp_path: Path) -> Iterator[tuple[Session, Path,
                                                                               int]]:
    path = tmp_path / "tampered.db"
    event = _tampered_copy(db_path, path)
    session = app_context.sign_in(path, "admin", MANAGER_PASSWORD)
    session.clock = fixed_clock()
    yield session, path, event
    session.db.close()


def test_verify_names_the_edited_event(qtbot, tampered: tuple[Session, Path, int], recorder,
                                       settings: QSettings) -> None:
    session, path, event = tampered
    view = SettingsView(session, recorder, path, settings)
    qtbot.addWidget(view)
    audit = view.audit
    with qtbot.waitSignal(audit.chain_verified, timeout=WAIT_MS) as verified:
        audit.verify()
    assert not verified.args[0].ok and verified.args[0].broken_id == event
    text = audit.result_label.text()
    assert f"BROKEN at event {event}" in text and "changed after it was written" in text
    assert "f6d5d5" in audit.result_label.styleSheet()
    assert audit.model.broken_id() == event
    row = audit.model.row_of(event)
    cell = audit.model.index(row, 0)
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert audit.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None or row == 0
    assert audit.table.selectionModel().isRowSelected(row)
    assert audit.model.row_at(row).username == "mallory"


def _verify_panel(qtbot, view: SettingsView) -> str:  # type: ignore[no-untyped-def]
    audit = view.audit
    with qtbot.waitSignal(audit.chain_verified, timeout=WAIT_MS):
        assert audit.verify()
    return audit.result_label.text()


def test_verify_says_which_daily_backup_the_trail_matches(qtbot, view: SettingsView,
                                                          settings: QSettings, db_path: Path,
                                                          enrolled: Session,
                                                          tmp_path: Path, recorder) -> None:
    folder = tmp_path / "daily"
    settings.setValue(declared.BACKUP_FOLDER.key, str(folder))
    safety.auto_backup(db_path, folder, 30, today=date(2026, 11, 24))
    newest = safety.auto_backup(db_path, folder, 30, today=date(2026, 11, 25))
    accounts.add_user(enrolled, "later1", "nurse", "pass-word")  # newer than the backup: fine

    text = _verify_panel(qtbot, view)
    events = len(safety.history(enrolled))
    assert text.startswith(f"✔ Audit trail intact: {events} events verified")
    assert text.endswith(
        f"It matches the daily backup of {format_date(date(2026, 11, 25))}.")
    assert "1d5c1d" in view.audit.result_label.styleSheet()
    verification = view.audit.last_verification
    assert verification is not None and verification.backup == newest
    assert verification.comparison is not None and verification.comparison.ok
    assert recorder.errors == []


def test_verify_shows_the_last_events_lost_since_the_daily_backup(
        qtbot, view: SettingsView, settings: QSettings, db_path: Path, tmp_path: Path,
        recorder) -> None:
    folder = tmp_path / "daily"
    settings.setValue(declared.BACKUP_FOLDER.key, str(folder))
    safety.auto_backup(db_path, folder, 30, today=date(2026, 11, 25))
    conn = sqlite3.connect(db_path)
    try:  # drop the guards, delete the last two events, put the guards back
        triggers = [r[0] for r in conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_event'")]
        last = conn.execute("SELECT max(id) FROM audit_event").fetchone()[0]
        conn.execute("DROP TRIGGER audit_event_no_update")
        conn.execute("DROP TRIGGER audit_event_no_delete")
        conn.execute("DELETE FROM audit_event WHERE id >= ?", (last - 1,))
        for sql in triggers:
            conn.execute(sql)
        conn.commit()
    finally:
        conn.close()

    text = _verify_panel(qtbot, view)
    day = format_date(date(2026, 11, 25))
    assert view.audit.last_report is not None and view.audit.last_report.ok  # chain intact
    assert text.startswith(f"✘ The audit trail does NOT match the daily backup of {day}: "
                           f"event {last - 1} of the backup of {day} is missing: the audit "
                           "trail lost its last events.")
    assert "f6d5d5" in view.audit.result_label.styleSheet()
    assert recorder.errors == []


def test_verify_without_a_daily_backup_says_it_did_not_compare(
        qtbot, view: SettingsView, settings: QSettings, tmp_path: Path, recorder,
        _no_real_backup_folder: Path) -> None:
    text = _verify_panel(qtbot, view)
    assert "Audit trail intact" in text
    assert text.endswith(f"There is no daily backup in {_no_real_backup_folder} yet, so the "
                         "trail was not compared with a backup.")
    assert "1d5c1d" in view.audit.result_label.styleSheet()

    folder = tmp_path / "daily"
    folder.mkdir()
    (folder / "biotrack-auto-2026-11-25.sqlite3").write_text("not a database")
    settings.setValue(declared.BACKUP_FOLDER.key, str(folder))
    text = _verify_panel(qtbot, view)
    assert "Audit trail intact" in text
    assert ("The newest daily backup, biotrack-auto-2026-11-25.sqlite3, could not be read, so "
            "the trail was not compared with a backup: ") in text
    assert recorder.errors == []


# -- backups and restore ---------------------------------------------------------------------


def test_backup_now_writes_a_file(qtbot, view: SettingsView, tmp_path: Path, recorder) -> None:
    backups = view.backups
    target = tmp_path / "copies" / "first-backup"
    backups.ask_backup_file = lambda suggested: target  # type: ignore[method-assign]
    with qtbot.waitSignal(backups.backup_written, timeout=WAIT_MS) as written:
        assert backups.backup()
        assert not backups.backup_button.isEnabled()
    path = Path(written.args[0])
    assert path == target.with_suffix(".sqlite3") and path.is_file()
    assert safety.validate_backup(path)  # a sound BioTrack database
    assert "Backup written to" in backups.status_label.text()
    assert view.audit.model.row_at(0).action == "database.backup"
    assert backups.backup_button.isEnabled()
    assert recorder.errors == []

    backups.ask_backup_file = lambda suggested: path  # type: ignore[method-assign]
    backups.backup()
    qtbot.waitUntil(lambda: not backups.busy(), timeout=WAIT_MS)
    assert len(recorder.errors) == 1 and "already exists" in recorder.errors[0][1]


def test_restore_is_refused_for_a_nurse_with_one_message(nurse_view: SettingsView,
                                                         recorder) -> None:
    backups = nurse_view.backups
    assert not backups.restore_button.isEnabled()
    assert not backups.restore_note.isHidden()
    assert "Only a manager" in backups.restore_note.text()
    backups.ask_restore_file = lambda folder: pytest.fail(  # type: ignore[method-assign]
        "a nurse is not asked for a file")
    assert not backups.restore()
    assert recorder.errors == [("Restore", "nurse1 (nurse) may not restore backups")]
    assert recorder.questions == []


def test_a_manager_restores_and_the_window_closes(qtbot, view: SettingsView, enrolled: Session,
                                                  db_path: Path, tmp_path: Path,
                                                  recorder) -> None:
    backup = safety.backup(enrolled, tmp_path / "before.sqlite3")
    added = enrolment.enrol(enrolled, enrolment.Enrolment(
        cohort="SAD", site="LOG", enrolled_on=date(2026, 11, 25))).code
    view.show()
    qtbot.waitExposed(view)
    backups = view.backups
    backups.ask_restore_file = lambda folder: backup  # type: ignore[method-assign]
    with qtbot.waitSignal(view.database_restored, timeout=WAIT_MS) as restored:
        assert backups.restore()
    title, question = recorder.questions[0]
    assert title == "Restore from a backup"
    assert "current file is kept" in question and "BioTrack closes" in question
    kept = Path(restored.args[0])
    assert kept.is_file() and kept.parent == db_path.parent
    assert recorder.infos and "Start it again" in recorder.infos[-1][1]
    qtbot.waitUntil(lambda: not view.isVisible())

    fresh = app_context.sign_in(db_path, "admin", MANAGER_PASSWORD)
    try:
        codes = {e.record_id for e in safety.history(fresh) if e.action == "participant.enrol"}
        assert added not in codes and len(codes) == 3
        assert safety.history(fresh, limit=1)[0].action == "database.restore"
        assert safety.verify_chain(fresh.db).ok
    finally:
        fresh.db.close()


# -- preferences -------------------------------------------------------------------------------


def test_preferences_are_stored_in_qsettings(qtbot, view: SettingsView, settings: QSettings,
                                             enrolled: Session, recorder,
                                             tmp_path: Path) -> None:
    prefs = view.preferences
    assert prefs.keep_days_spin.value() == declared.BACKUP_KEEP_DAYS.default
    assert prefs.template_combo.currentData() == declared.LABEL_TEMPLATE.default
    assert prefs.printer_combo.currentData() == admin.PDF
    assert not prefs.printer_edit.isEnabled()

    prefs.ask_folder = lambda start: tmp_path / "daily"  # type: ignore[method-assign]
    prefs.browse_button.click()
    prefs.keep_days_spin.setValue(14)
    templates = [prefs.template_combo.itemData(i) for i in range(prefs.template_combo.count())]
    other = next(name for name in templates if name != declared.LABEL_TEMPLATE.default)
    prefs.template_combo.setCurrentIndex(prefs.template_combo.findData(other))
    prefs.printer_combo.setCurrentIndex(prefs.printer_combo.findData(admin.ZEBRA))
    assert prefs.printer_edit.isEnabled()
    prefs.printer_edit.setText("192.168.1.50")
    prefs.site_combo.setCurrentIndex(prefs.site_combo.findData("NAV"))
    prefs.language_combo.setCurrentIndex(prefs.language_combo.findData("es"))
    with qtbot.waitSignal(prefs.preferences_saved):
        qtbot.mouseClick(prefs.save_button, Qt.MouseButton.LeftButton)

    reread = QSettings(settings.fileName(), QSettings.Format.IniFormat)
    assert reread.value(declared.BACKUP_FOLDER.key) == str(tmp_path / "daily")
    assert int(reread.value(declared.BACKUP_KEEP_DAYS.key)) == 14
    assert reread.value(declared.LABEL_TEMPLATE.key) == other
    assert reread.value(declared.LABEL_PRINTER.key) == "zebra:192.168.1.50:9100"
    assert reread.value(declared.SITE.key) == "NAV"
    assert reread.value(declared.LANGUAGE.key) == "es"
    assert prefs.printer_edit.text() == "192.168.1.50:9100"
    assert str(tmp_path / "daily") in view.backups.daily_label.text()
    assert "14 days" in view.backups.daily_label.text()

    again = PreferencesPanel(enrolled, recorder, reread)
    qtbot.addWidget(again)
    assert again.values() == prefs.values()
    assert recorder.errors == []


def test_a_printer_that_cannot_work_is_not_stored(view: SettingsView, settings: QSettings,
                                                  recorder) -> None:
    prefs = view.preferences
    prefs.printer_combo.setCurrentIndex(prefs.printer_combo.findData(admin.ZEBRA))
    prefs.printer_edit.setText("printer:99999")
    prefs.keep_days_spin.setValue(3)
    assert not prefs.save()
    assert len(recorder.errors) == 1 and "port number" in recorder.errors[0][1]
    assert settings.value(declared.LABEL_PRINTER.key) is None
    assert settings.value(declared.BACKUP_KEEP_DAYS.key) is None  # all or nothing
    prefs.load()
    assert prefs.keep_days_spin.value() == declared.BACKUP_KEEP_DAYS.default
    prefs.defaults_button.click()
    assert prefs.printer_combo.currentData() == admin.PDF


@pytest.mark.parametrize(("kind", "detail", "stored"), [
    (admin.PDF, "ignored", "pdf"),
    (admin.QUEUE, " Lab-Printer ", "Lab-Printer"),
    (admin.ZEBRA, "zt410.lab.local:6101", "zebra:zt410.lab.local:6101"),
    (admin.ZEBRA, "10.0.0.7", "zebra:10.0.0.7:9100"),
])
def test_printer_settings_round_trip(kind: str, detail: str, stored: str) -> None:
    assert admin.printer_setting(kind, detail) == stored
    choice = admin.parse_printer(stored)
    assert choice.kind == kind
    assert admin.printer_setting(choice.kind, choice.detail) == stored


@pytest.mark.parametrize(("kind", "detail"), [
    (admin.QUEUE, ""), (admin.QUEUE, "pdf"), (admin.QUEUE, "zebra:x:1"),
    (admin.ZEBRA, ""), (admin.ZEBRA, "host:0"), (admin.ZEBRA, "host:http"),
    (admin.ZEBRA, "-bad-:9100"), ("fax", "x"),
])
def test_printer_settings_refused(kind: str, detail: str) -> None:
    with pytest.raises(UserError):
        admin.printer_setting(kind, detail)


# -- models ------------------------------------------------------------------------------------


def test_the_settings_models_pass_the_model_tester(qtmodeltester, qtbot,
                                                   tampered: tuple[Session, Path, int]) -> None:
    session, _path, event = tampered
    accounts.add_user(session, "gone", "nurse", "gone-pass")
    accounts.set_active(session, "gone", False, "left")
    users = UserModel(accounts.list_users(session))
    qtmodeltester.check(users)
    gone = users.index(users.row_of("gone"), 0)
    assert gone.data(Qt.ItemDataRole.ForegroundRole) is not None
    events = AuditEventModel(list(reversed(safety.history(session))))
    events.set_broken(event)
    qtmodeltester.check(events)
    assert "chain broken here" in events.index(events.row_of(event), 2).data(
        Qt.ItemDataRole.ToolTipRole)
    qtmodeltester.check(AuditEventModel())


# -- the picture in docs/ ------------------------------------------------------------------------

SIZE = (1280, 800)


def test_settings_screenshot(qtbot, tmp_path: Path, recorder) -> None:
    """The audit trail after Verify, on the demo database; with BIOTRACK_SAVE_SCREENSHOTS=1
    stored as docs/screenshots/settings.png."""
    path = tmp_path / "demo.db"
    app_context.create_database(path, "admin", app_context.DEMO_PASSWORD, demo=True).db.close()
    session = app_context.sign_in(path, "admin", app_context.DEMO_PASSWORD)
    try:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(session, path, recorder, settings)
        qtbot.addWidget(window)
        window.resize(*SIZE)
        window.show()
        qtbot.waitExposed(window)
        window.show_workspace("settings")
        page = window.page("settings")
        assert isinstance(page, SettingsView)
        page.show_tab(AUDIT)
        with qtbot.waitSignal(page.audit.chain_verified, timeout=WAIT_MS) as verified:
            page.audit.verify()
        assert verified.args[0].ok
        QCoreApplication.processEvents()  # the layout settles after the progress bar hid
        shot = tmp_path / "settings.png"
        assert window.grab().save(str(shot))
        image = QImage(str(shot))
        assert (image.width(), image.height()) == SIZE
        colours = {image.pixel(x, y) for x in range(0, SIZE[0], 37)
                   for y in range(0, SIZE[1], 23)}
        assert len(colours) > 12, "the picture is (nearly) blank"
        if os.environ.get("BIOTRACK_SAVE_SCREENSHOTS") == "1":
            folder = Path(__file__).resolve().parents[3] / "docs" / "screenshots"
            folder.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(shot, folder / shot.name)
        assert recorder.errors == []
    finally:
        session.db.close()
