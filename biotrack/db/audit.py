"""Audit-trail storage: append one chained event, read the history, walk the chain.

Only ``append`` writes; the table's triggers refuse UPDATE and DELETE, and the hash chain
(biotrack.audit_chain) shows any edit made after dropping them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlite_utils import Database

from biotrack.audit_chain import GENESIS_HASH, event_hash
from biotrack.db.queries import Row, one, rows


@dataclass(frozen=True)
class AuditEvent:
    """One stored audit event, as read back."""

    id: int
    at: str
    username: str
    action: str
    table_name: str
    record_id: str
    before: Any
    after: Any
    reason: str | None
    hash: str

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "at": self.at, "user": self.username, "action": self.action,
            "table": self.table_name, "record": self.record_id, "before": self.before,
            "after": self.after, "reason": self.reason, "hash": self.hash,
        }


def _dump(value: Any) -> str | None:
    if value is None:
        return None
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


def append(
    db: Database,
    *,
    user_id: int | None,
    username: str,
    action: str,
    table_name: str,
    record_id: str,
    before: Any = None,
    after: Any = None,
    reason: str | None = None,
    at: datetime | None = None,
) -> int:
    """Append one event chained to the last; call inside the write transaction it records."""
    # The newest event by its rowid (an index search, where ORDER BY ... LIMIT 1 reads as a
    # table scan in EXPLAIN QUERY PLAN; both touch one row).
    last = one(db, "SELECT id, hash FROM audit_event"
                   " WHERE id = (SELECT max(id) FROM audit_event)")
    event: dict[str, Any] = {
        "id": (last["id"] + 1) if last else 1,
        "at": (at or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="microseconds"),
        "user_id": user_id,
        "username": username,
        "action": action,
        "table_name": table_name,
        "record_id": str(record_id),
        "before": _dump(before),
        "after": _dump(after),
        "reason": reason,
        "prev_hash": last["hash"] if last else GENESIS_HASH,
    }
    event["hash"] = event_hash(event)
    db.execute(
        "INSERT INTO audit_event (id, at, user_id, username, action, table_name, record_id,"
        " before, after, reason, prev_hash, hash) VALUES (:id, :at, :user_id, :username,"
        " :action, :table_name, :record_id, :before, :after, :reason, :prev_hash, :hash)",
        event,
    )
    return int(event["id"])


def _event(row: Row) -> AuditEvent:
    return AuditEvent(
        id=row["id"], at=row["at"], username=row["username"], action=row["action"],
        table_name=row["table_name"], record_id=row["record_id"],
        before=json.loads(row["before"]) if row["before"] else None,
        after=json.loads(row["after"]) if row["after"] else None,
        reason=row["reason"], hash=row["hash"],
    )


def history(
    db: Database, *, records: list[tuple[str, str]] | None = None, limit: int | None = None
) -> list[AuditEvent]:
    """Events, oldest first; ``records`` narrows to (table, record id) pairs."""
    sql = "SELECT * FROM audit_event"
    params: list[Any] = []
    if records:
        sql += " WHERE " + " OR ".join("(table_name = ? AND record_id = ?)" for _ in records)
        for table_name, record_id in records:
            params += [table_name, record_id]
    sql += " ORDER BY id"
    if limit:
        sql = f"SELECT * FROM ({sql} DESC LIMIT {int(limit)}) ORDER BY id"
    return [_event(row) for row in rows(db, sql, params)]


def chain(db: Database) -> Iterator[Row]:
    """Every stored event in id order, raw, for verification."""
    cursor = db.execute("SELECT * FROM audit_event ORDER BY id")
    names = [column[0] for column in cursor.description]
    for values in cursor:
        yield dict(zip(names, values, strict=True))


def last_event(db: Database) -> Row | None:
    """The newest event's id, hash and time (None for an empty trail); an index search."""
    return one(db, "SELECT id, hash, at FROM audit_event"
                   " WHERE id = (SELECT max(id) FROM audit_event)")


def stored_hash(db: Database, event_id: int) -> str | None:
    """The hash stored for one event, None when there is no such event."""
    row = one(db, "SELECT hash FROM audit_event WHERE id = ?", [event_id])
    return None if row is None else str(row["hash"])


def restores(db: Database, up_to: int) -> list[Row]:
    """The ``database.restore`` events up to an id, oldest first: id, at, username."""
    return rows(db, "SELECT id, at, username FROM audit_event"
                    " WHERE action = 'database.restore' AND id <= ? ORDER BY id", [up_to])
