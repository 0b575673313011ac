"""Users and roles (issue 3): the service layer refuses what a role may not do, for every
front; disabled accounts and wrong passwords cannot sign in; the participant's local
identifier is shown to nurses and managers only."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from biotrack import cli
from biotrack.errors import PermissionDenied
from biotrack.services import accounts, app_context, safety, storage
from biotrack.services.context import Session
from tests.safety.support import PASSWORDS, Study, build_study, cli_env, dump


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Study:
    return build_study(tmp_path_factory.mktemp("roles-template"))


@pytest.fixture
def study(template: Study, tmp_path: Path) -> Study:
    target = tmp_path / "roles.db"
    shutil.copy(template.path, target)
    return replace(template, path=target)


@pytest.fixture
def signed_in(study: Study) -> Iterator[Callable[[str], Session]]:
    sessions: list[Session] = []

    def sign_in(username: str) -> Session:
        session = app_context.sign_in(study.path, username, PASSWORDS[username])
        sessions.append(session)
        return session

    yield sign_in
    for session in sessions:
        session.db.close()


# -- services ---------------------------------------------------------------------------------

REFUSED: list[tuple[str, str, Callable[[Session, Study, Path], object]]] = [
    ("nurse", "discard", lambda s, st, tmp: storage.finish(s, [st.stored[0]], "discard",
                                                           "cracked")),
    ("nurse", "move", lambda s, st, tmp: storage.move(s, st.stored[0],
                                                      st.free_serum_position)),
    ("nurse", "check out", lambda s, st, tmp: storage.check_out(s, [st.stored[0]], "assay")),
    ("nurse", "return", lambda s, st, tmp: storage.return_tubes(s, [st.checked_out])),
    ("nurse", "restore", lambda s, st, tmp: safety.restore(s, st.path, tmp / "backup.db")),
    ("nurse", "add users", lambda s, st, tmp: accounts.add_user(s, "eve", "nurse",
                                                                "eve-pass")),
    ("technician", "add users", lambda s, st, tmp: accounts.add_user(s, "eve", "manager",
                                                                     "eve-pass")),
    ("technician", "disable users", lambda s, st, tmp: accounts.set_active(s, "nina", False,
                                                                           "x")),
    ("technician", "restore", lambda s, st, tmp: safety.restore(s, st.path,
                                                                tmp / "backup.db")),
]
USERS = {"nurse": "nina", "technician": "tom", "manager": "admin"}


@pytest.mark.parametrize(("role", "what", "call"), REFUSED,
                         ids=[f"{r}-{w.replace(' ', '-')}" for r, w, _ in REFUSED])
def test_the_service_layer_refuses_the_role(role: str, what: str,
                                            call: Callable[[Session, Study, Path], object],
                                            study: Study, tmp_path: Path,
                                            signed_in: Callable[[str], Session]) -> None:
    manager = signed_in("admin")
    safety.backup(manager, tmp_path / "backup.db")   # a valid backup for the restore cases
    before = dump(study.path)
    session = signed_in(USERS[role])

    with pytest.raises(PermissionDenied, match=f"{USERS[role]} \\({role}\\) may not"):
        call(session, study, tmp_path)

    assert dump(study.path) == before          # nothing written, not even an audit event
    assert not list(tmp_path.glob("*before-restore*"))


def test_the_technician_may_do_storage_but_the_manager_everything(
        study: Study, signed_in: Callable[[str], Session]) -> None:
    """The refusals above are about roles, not about the operations being impossible."""
    technician = signed_in("tom")
    moved = storage.move(technician, study.stored[0], study.free_serum_position, "reorder")
    assert moved.location is not None and moved.location.path == study.free_serum_position
    storage.finish(technician, [study.stored[1]], "discard", "cracked")
    manager = signed_in("admin")
    assert accounts.add_user(manager, "eve", "nurse", "eve-pass").role == "nurse"


def test_a_disabled_account_is_refused_even_with_a_manager_role(study: Study) -> None:
    """The role check looks at the account's active flag too, not only at its role."""
    session = app_context.sign_in(study.path, "admin", PASSWORDS["admin"])
    try:
        disabled = replace(accounts._existing(session, "dora"), role="manager")
        forged = Session(session.db, session.protocol, disabled, session.clock)
        with pytest.raises(PermissionDenied):
            accounts.add_user(forged, "eve", "nurse", "eve-pass")
    finally:
        session.db.close()


# -- the command line -----------------------------------------------------------------------


def _act_as(user: str, study: Study, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
            password: str | None = None, **extra: str) -> None:
    """The CLI's environment: this database, this account, a private profile."""
    for key, value in {**cli_env(tmp_path / "home", study.path, user, password),
                       **extra}.items():
        monkeypatch.setenv(key, value)


@pytest.mark.parametrize(("user", "argv", "says"), [
    ("nina", ["discard", "{stored0}", "--reason", "cracked"], "may not discard tubes"),
    ("nina", ["move", "{stored0}", "{free}"], "may not move or check out tubes"),
    ("nina", ["restore", "{backup}"], "may not restore backups"),
    ("tom", ["users", "add", "eve", "--role", "nurse"], "may not manage users"),
], ids=["nurse-discard", "nurse-move", "nurse-restore", "technician-add-user"])
def test_the_cli_refuses_the_role(user: str, argv: list[str], says: str, study: Study,
                                  tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    backup = tmp_path / "backup.db"
    shutil.copy(study.path, backup)
    _act_as(user, study, tmp_path, monkeypatch, BIOTRACK_NEW_PASSWORD="eve-pass")
    values = {"stored0": study.stored[0], "free": study.free_serum_position,
              "backup": str(backup)}
    before = dump(study.path)

    code = cli.main([a.format(**values) for a in argv])

    out, err = capsys.readouterr()
    assert code == 2
    assert err == f"biotrack: error: {user} ({ {'nina': 'nurse', 'tom': 'technician'}[user]})" \
        f" {says}\n"
    assert out == ""
    assert dump(study.path) == before


def test_a_disabled_account_cannot_sign_in(study: Study, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(PermissionDenied, match="disabled"):
        app_context.sign_in(study.path, "dora", PASSWORDS["dora"])
    _act_as("dora", study, tmp_path, monkeypatch)
    assert cli.main(["schedule", study.ici]) == 2
    assert capsys.readouterr().err == "biotrack: error: the account 'dora' is disabled\n"


def test_disabling_takes_effect_at_the_next_sign_in(
        study: Study, signed_in: Callable[[str], Session]) -> None:
    manager = signed_in("admin")
    accounts.set_active(manager, "nina", False, "left the unit")
    with pytest.raises(PermissionDenied, match="disabled"):
        app_context.sign_in(study.path, "nina", PASSWORDS["nina"])
    accounts.set_active(manager, "nina", True, "came back")
    assert signed_in("nina").user.role == "nurse"


@pytest.mark.parametrize("password", ["wrong", "", "NINA-PASS", "nina-pass ", "tom-pass"])
def test_a_wrong_password_is_refused(password: str, study: Study, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(PermissionDenied, match="unknown user or wrong password"):
        app_context.sign_in(study.path, "nina", password)
    _act_as("nina", study, tmp_path, monkeypatch, password=password)
    assert cli.main(["schedule", study.ici]) == 2
    assert capsys.readouterr().err == "biotrack: error: unknown user or wrong password\n"


def test_passwords_are_stored_as_salted_scrypt_hashes(session: Session) -> None:
    """On a database made by the application (the prepared study lowers the scrypt cost)."""
    accounts.add_user(session, "nina", "nurse", "manager-pass")   # same password, own salt
    hashes = dict(session.db.execute("SELECT username, password_hash FROM app_user"))
    assert set(hashes) == {"admin", "nina"}
    for stored in hashes.values():
        scheme, n, r, p, salt, digest = stored.split("$")
        assert (scheme, int(n), int(r), int(p)) == ("scrypt", 2**14, 8, 1)
        assert len(bytes.fromhex(salt)) == 16 and len(bytes.fromhex(digest)) == 32
    assert "manager-pass" not in " ".join(hashes.values())
    assert hashes["admin"].split("$")[4] != hashes["nina"].split("$")[4]
    assert accounts.authenticate(session.db, "nina", "manager-pass").username == "nina"


# -- the local identifier -------------------------------------------------------------------


@pytest.mark.parametrize(("user", "visible"), [("nina", True), ("admin", True),
                                               ("tom", False)])
def test_local_identifier_only_for_nurse_and_manager(user: str, visible: bool, study: Study,
                                                     tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]
                                                     ) -> None:
    _act_as(user, study, tmp_path, monkeypatch)

    assert cli.main(["schedule", study.ici, "--json"]) == 0
    out = capsys.readouterr().out
    data = json.loads(out)

    assert data["code"] == study.ici
    assert (data.get("local_id") == study.local_id) is visible
    assert (study.local_id in out) is visible


def test_the_audit_trail_never_holds_the_local_identifier(study: Study) -> None:
    from tests.safety.support import audit_rows

    assert not [e["id"] for e in audit_rows(study.path)
                if study.local_id in f"{e['before']} {e['after']} {e['reason']}"]



@pytest.mark.parametrize("username", ["admin", "nobody-here"])
def test_an_unknown_name_costs_the_same_password_check_as_a_wrong_password(
        username: str, session: Session) -> None:
    """The time a refusal takes must not tell which user names exist: one scrypt either way."""
    checks: list[str] = []

    def counted(check, meanwhile=()):  # type: ignore[no-untyped-def]
        checks.append("scrypt")
        return check()

    with pytest.raises(PermissionDenied, match="unknown user or wrong password"):
        accounts.authenticate(session.db, username, "not-the-password", run_slow=counted)
    assert checks == ["scrypt"]
