"""Users: password hashing (scrypt with a per-user salt), sign-in, and account management."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Callable, Sequence

from sqlite_utils import Database

from biotrack.db import audit
from biotrack.db import users as user_repo
from biotrack.db.connection import write_transaction
from biotrack.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, PermissionDenied, UserError
from biotrack.models import ROLES, User
from biotrack.services.context import Recorder, Session, change, utc_now

_N, _R, _P = 2**14, 8, 1
MIN_PASSWORD = 4


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        computed = hashlib.scrypt(password.encode("utf-8"), salt=bytes.fromhex(salt),
                                  n=int(n), r=int(r), p=int(p), dklen=32)
    except (ValueError, MemoryError):
        return False
    return hmac.compare_digest(computed.hex(), digest)


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise UserError(QT_TRANSLATE_NOOP("Messages",
                                          "a password needs at least {count} characters"),
                        count=MIN_PASSWORD)


def _check_new(username: str, role: str, password: str) -> str:
    username = username.strip()
    if not username or len(username) > 64 or not username.isprintable():
        raise UserError(QT_TRANSLATE_NOOP("Messages",
                                          "a user name must be 1 to 64 printable characters"))
    if role not in ROLES:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "unknown role '{role}' (roles: {roles})"),
                        role=role, roles=", ".join(ROLES))
    check_password(password)
    return username


#: A hash no password matches in practice, checked when the user name is unknown.
_NOBODY = ("scrypt$16384$8$1$426cd9c764d066043cb26d59ed36baad$"
           "5c23cc5d9116c38b2d294b5aa0f662bcb98b199f8c1090d835fe5be168e0a303")


#: Steps for the calling thread while a slow check runs.
Steps = Sequence[Callable[[], object]]
#: Runs a slow check and, while it runs, the steps on the calling thread: ``(check, steps)``.
RunSlow = Callable[[Callable[[], bool], Steps], bool]


def run_here(check: Callable[[], bool], meanwhile: Steps = ()) -> bool:
    """The steps, then the slow check, all on the calling thread (the CLI's way)."""
    for step in meanwhile:
        step()
    return check()


def authenticate(db: Database, username: str, password: str, *, run_slow: RunSlow = run_here,
                 meanwhile: Steps = ()) -> User:
    """The active user with that name and password; one message for every failure.

    ``run_slow`` runs the password check (scrypt: ~70 ms of CPU, on purpose) and the
    ``meanwhile`` steps; the GUI passes one that checks in a worker while its own thread does
    the steps and keeps the window painting (issue 8). scrypt releases the GIL, so the two
    really run at once.
    """
    found = user_repo.by_username(db, username.strip()) if username else None
    # An unknown name costs the same scrypt as a wrong password: the time taken must not
    # tell which user names exist.
    stored = found[1] if found is not None else _NOBODY
    if not run_slow(lambda: verify_password(password, stored), meanwhile) or found is None:
        raise PermissionDenied(QT_TRANSLATE_NOOP("Messages", "unknown user or wrong password"))
    if not found[0].active:
        raise PermissionDenied(QT_TRANSLATE_NOOP("Messages", "the account '{user}' is disabled"),
                               user=username)
    return found[0]


def create_first_manager(db: Database, username: str, password: str) -> User:
    """The first account of a new database: a manager (only allowed while there is none)."""
    username = _check_new(username, "manager", password)
    with write_transaction(db):
        if user_repo.count(db):
            raise Conflict(QT_TRANSLATE_NOOP("Messages", "this database already has users: sign "
                                             "in as a manager instead"))
        user = user_repo.insert(db, username, "manager", hash_password(password), "",
                                utc_now().isoformat(timespec="seconds"))
        audit.append(db, user_id=user.id, username=user.username, action="user.create",
                     table_name="app_user", record_id=user.username,
                     after={"username": user.username, "role": "manager"})
    return user


def add_user(session: Session, username: str, role: str, password: str,
             full_name: str = "") -> User:
    username = _check_new(username, role, password)
    with change(session, "users") as rec:
        if user_repo.by_username(session.db, username):
            raise Conflict(QT_TRANSLATE_NOOP("Messages", "a user named '{user}' already exists"),
                           user=username)
        user = user_repo.insert(session.db, username, role, hash_password(password),
                                full_name, session.now_iso())
        rec.record("user.create", "app_user", username,
                   after={"username": username, "role": role, "full_name": full_name})
    return user


def set_active(session: Session, username: str, active: bool, reason: str) -> None:
    with change(session, "users") as rec:
        user = _existing(session, username)
        if user.id == session.user.id and not active:
            raise UserError(QT_TRANSLATE_NOOP("Messages", "you cannot disable your own account"))
        user_repo.update(session.db, user.id, active=active)
        _record_user(rec, user, {"active": user.active}, {"active": active}, reason)


def _existing(session: Session, username: str) -> User:
    found = user_repo.by_username(session.db, username)
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("Messages", "unknown user '{user}'"), user=username)
    return found[0]


def _record_user(rec: Recorder, user: User, before: dict[str, object],
                 after: dict[str, object], reason: str) -> None:
    rec.record("user.update", "app_user", user.username, before=before, after=after,
               reason=reason)


def list_users(session: Session) -> list[User]:
    return user_repo.all_users(session.db)
