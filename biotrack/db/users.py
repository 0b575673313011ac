"""User accounts: the only SQL that touches app_user."""

from __future__ import annotations

from sqlite_utils import Database

from biotrack.db.queries import Row, one, rows, scalar
from biotrack.models import User


def _user(row: Row) -> User:
    return User(row["id"], row["username"], row["role"], row["full_name"], bool(row["active"]))


def by_username(db: Database, username: str) -> tuple[User, str] | None:
    """The user and their stored password hash, or None."""
    row = one(db, "SELECT * FROM app_user WHERE username = ?", [username])
    return (_user(row), row["password_hash"]) if row else None


def all_users(db: Database) -> list[User]:
    return [_user(r) for r in rows(db, "SELECT * FROM app_user ORDER BY username")]


def count(db: Database) -> int:
    return int(scalar(db, "SELECT count(*) FROM app_user"))


def insert(db: Database, username: str, role: str, password_hash: str, full_name: str,
           created_at: str) -> User:
    cursor = db.execute(
        "INSERT INTO app_user (username, role, password_hash, full_name, created_at)"
        " VALUES (?, ?, ?, ?, ?)",
        [username, role, password_hash, full_name, created_at],
    )
    return User(int(cursor.lastrowid or 0), username, role, full_name, True)


def update(db: Database, user_id: int, *, role: str | None = None, active: bool | None = None,
           password_hash: str | None = None) -> None:
    if role is not None:
        db.execute("UPDATE app_user SET role = ? WHERE id = ?", [role, user_id])
    if active is not None:
        db.execute("UPDATE app_user SET active = ? WHERE id = ?", [int(active), user_id])
    if password_hash is not None:
        db.execute("UPDATE app_user SET password_hash = ? WHERE id = ?", [password_hash, user_id])
