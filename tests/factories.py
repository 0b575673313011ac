"""Deterministic builders for tests: a real database on a temporary file, a fixed clock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from biotrack.models import User
from biotrack.services import accounts, setup
from biotrack.services.context import Session

MANAGER_PASSWORD = "manager-pass"
FIXED_NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def fixed_clock(now: datetime = FIXED_NOW) -> Callable[[], datetime]:
    return lambda: now


def new_session(tmp_path: Path, *, now: datetime = FIXED_NOW, name: str = "test.db") -> Session:
    """A freshly initialised database (default protocol, sites, freezer F1) and its manager."""
    session = setup.initialise(tmp_path / name, _protocol(), "admin", MANAGER_PASSWORD)
    session.clock = fixed_clock(now)
    return session


def as_user(session: Session, username: str, role: str) -> Session:
    """The same database, acting as a new user with that role."""
    user: User = accounts.add_user(session, username, role, f"{username}-pass")
    return Session(session.db, session.protocol, user, session.clock)


def _protocol():  # type: ignore[no-untyped-def]
    from biotrack.protocol import load_protocol

    return load_protocol()
