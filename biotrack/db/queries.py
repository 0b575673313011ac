"""Small helpers every repository module uses to run SQL and read rows as dicts."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlite_utils import Database

Row = dict[str, Any]


def rows(db: Database, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[Row]:
    cursor = db.execute(sql, params)
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]


def one(db: Database, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Row | None:
    cursor = db.execute(sql, params)
    values = cursor.fetchone()
    if values is None:
        return None
    names = [column[0] for column in cursor.description]
    return dict(zip(names, values, strict=True))


def scalar(db: Database, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
    values = db.execute(sql, params).fetchone()
    return None if values is None else values[0]


def to_date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def to_datetime(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None
