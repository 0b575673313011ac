"""The one door for every change (issue "The core", point 7).

A Session is what every service call receives: the open database, the protocol, the signed-in
user and a clock (tests pass a fixed one). ``change()`` checks the role, opens one write
transaction and hands out a Recorder whose events land in the same transaction; a mutating
call that records no event is a bug and is refused.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

from biotrack.db import audit
from biotrack.db.connection import write_transaction
from biotrack.models import User
from biotrack.services.permissions import require

if TYPE_CHECKING:  # a Session holds one; importing it is the sign-in's (app_context)
    from biotrack.protocol import Protocol


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class Session:
    """Database + protocol + acting user + clock: the dependencies of every service call."""

    db: Database
    protocol: Protocol
    user: User
    clock: Callable[[], datetime] = field(default=utc_now)

    def now(self) -> datetime:
        return self.clock()

    def now_iso(self) -> str:
        return self.clock().astimezone(UTC).isoformat(timespec="seconds")

    def today_local(self) -> date:
        return self.clock().astimezone().date()


class Recorder:
    """Writes the audit events of one change, inside its transaction."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.events = 0

    def record(self, action: str, table: str, record_id: object, *, before: Any = None,
               after: Any = None, reason: str | None = None) -> None:
        audit.append(
            self.session.db, user_id=self.session.user.id or None,
            username=self.session.user.username, action=action, table_name=table,
            record_id=str(record_id), before=before, after=after, reason=reason,
            at=self.session.now(),
        )
        self.events += 1


@contextmanager
def change(session: Session, permission: str) -> Iterator[Recorder]:
    """Role check + one transaction + its audit events: all of it or none of it."""
    require(session.user, permission)
    with write_transaction(session.db):
        recorder = Recorder(session)
        yield recorder
        if recorder.events == 0:
            raise AssertionError("a mutating service call recorded no audit event")
