"""Every query of the freezer temperature log (issue 7, point 8): readings and alarm limits.

``taken_at`` is stored as UTC ISO text with seconds (``2026-11-03T08:00:00+00:00``), so text
order is time order, a month is a text range, and a UTC day is the first ten characters.

Alarm limits: ``freezer_alarm`` holds the limits in force now; a freezer without a row uses its
set point +/- 10 °C. A report for a past month must read the same whenever it is made, so the
limits *at a cutoff* are rebuilt from the audit trail (each change of limits is an audit event
whose ``before``/``after`` hold both values): the last change before the cutoff says what was in
force, else the first change after it says what was there before, else the current row.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from biotrack.db.queries import Row, one, rows

DEFAULT_MARGIN_C = 10.0
LIMITS_ACTION = "temperature.limits"
LIMITS_TABLE = "freezer_alarm"


@dataclass(frozen=True)
class Limits:
    """The alarm band of a freezer: a reading below ``low_c`` or above ``high_c`` is an
    excursion. ``default`` when they are the set point +/- 10 °C (nobody set them)."""

    low_c: float
    high_c: float
    default: bool = False

    def outside(self, celsius: float) -> bool:
        return celsius < self.low_c or celsius > self.high_c


def default_limits(set_point_c: float) -> Limits:
    return Limits(set_point_c - DEFAULT_MARGIN_C, set_point_c + DEFAULT_MARGIN_C, True)


def freezer(db: Database, code: str) -> Row | None:
    return one(db, "SELECT id, code, name, set_point_c FROM freezer WHERE code = ?", [code])


def freezers(db: Database) -> list[Row]:
    return rows(db, "SELECT id, code, name, set_point_c FROM freezer ORDER BY code")


def current_limits(db: Database, freezer_row: Row) -> Limits:
    row = one(db, "SELECT low_c, high_c FROM freezer_alarm WHERE freezer_id = ?",
              [freezer_row["id"]])
    if row is None:
        return default_limits(freezer_row["set_point_c"])
    return Limits(float(row["low_c"]), float(row["high_c"]))


def _limits_json(value: str | None) -> Limits | None:
    data: Any = json.loads(value) if value else None
    if not isinstance(data, dict) or data.get("low_c") is None:
        return None
    return Limits(float(data["low_c"]), float(data["high_c"]))


def limits_at(db: Database, freezer_row: Row, cutoff_utc: str) -> Limits:
    """The limits in force just before ``cutoff_utc`` (see the module doc)."""
    last = one(db, "SELECT after FROM audit_event WHERE table_name = ? AND record_id = ?"
                   " AND action = ? AND at < ? ORDER BY id DESC LIMIT 1",
               [LIMITS_TABLE, freezer_row["code"], LIMITS_ACTION, cutoff_utc])
    if last is not None:
        return _limits_json(last["after"]) or default_limits(freezer_row["set_point_c"])
    following = one(db, "SELECT before FROM audit_event WHERE table_name = ? AND record_id = ?"
                        " AND action = ? AND at >= ? ORDER BY id LIMIT 1",
                    [LIMITS_TABLE, freezer_row["code"], LIMITS_ACTION, cutoff_utc])
    if following is not None:
        return _limits_json(following["before"]) or default_limits(freezer_row["set_point_c"])
    return current_limits(db, freezer_row)


def set_limits(db: Database, freezer_id: int, low_c: float, high_c: float) -> None:
    db.execute("INSERT INTO freezer_alarm (freezer_id, low_c, high_c) VALUES (?, ?, ?)"
               " ON CONFLICT (freezer_id) DO UPDATE SET low_c = excluded.low_c,"
               " high_c = excluded.high_c", [freezer_id, low_c, high_c])


def readings_at(db: Database, freezer_id: int, times: Sequence[str]) -> dict[str, float]:
    """Stored readings of a freezer at any of ``times`` (taken_at text -> celsius)."""
    found: dict[str, float] = {}
    chunk = 500  # well under SQLite's limit on bound parameters
    for start in range(0, len(times), chunk):
        part = list(times[start:start + chunk])
        marks = ", ".join("?" for _ in part)
        for row in rows(db, f"SELECT taken_at, celsius FROM temperature_reading"
                            f" WHERE freezer_id = ? AND taken_at IN ({marks})",
                        [freezer_id, *part]):
            found[row["taken_at"]] = float(row["celsius"])
    return found


def insert_readings(db: Database, records: Sequence[dict[str, Any]]) -> None:
    db.conn.executemany(
        "INSERT INTO temperature_reading (freezer_id, taken_at, celsius, source, user_id, note,"
        " recorded_at) VALUES (:freezer_id, :taken_at, :celsius, :source, :user_id, :note,"
        " :recorded_at)", records)


def insert_reading(db: Database, record: dict[str, Any]) -> int:
    cursor = db.execute(
        "INSERT INTO temperature_reading (freezer_id, taken_at, celsius, source, user_id, note,"
        " recorded_at) VALUES (:freezer_id, :taken_at, :celsius, :source, :user_id, :note,"
        " :recorded_at)", record)
    return int(cursor.lastrowid or 0)


def readings_between(db: Database, freezer_id: int, start_utc: str, end_utc: str) -> list[Row]:
    """A freezer's readings in [start, end), oldest first, with who recorded them."""
    return rows(db, "SELECT t.id, t.taken_at, t.celsius, t.source, t.note, t.recorded_at,"
                    " u.username AS user FROM temperature_reading t"
                    " LEFT JOIN app_user u ON u.id = t.user_id"
                    " WHERE t.freezer_id = ? AND t.taken_at >= ? AND t.taken_at < ?"
                    " ORDER BY t.taken_at", [freezer_id, start_utc, end_utc])


def month_figures(db: Database, freezer_id: int, start_utc: str, end_utc: str,
                  limits: Limits, days_before_utc: str) -> Row:
    """Readings, min, max, mean and excursions in [start, end), and how many distinct UTC
    days before ``days_before_utc`` have at least one reading."""
    row = one(db, "SELECT count(*) AS readings, min(celsius) AS min_c, max(celsius) AS max_c,"
                  " avg(celsius) AS mean_c,"
                  " coalesce(sum(celsius < :low OR celsius > :high), 0) AS excursions,"
                  " count(DISTINCT CASE WHEN taken_at < :days_before"
                  " THEN substr(taken_at, 1, 10) END) AS days_with_reading"
                  " FROM temperature_reading WHERE freezer_id = :freezer"
                  " AND taken_at >= :start AND taken_at < :end",
              {"low": limits.low_c, "high": limits.high_c, "days_before": days_before_utc,
               "freezer": freezer_id, "start": start_utc, "end": end_utc})
    assert row is not None  # an aggregate always returns one row
    return row


def excursions_between(db: Database, start_utc: str, end_utc: str,
                       limits: dict[int, Limits]) -> list[Row]:
    """Every reading outside its freezer's limits in [start, end), by freezer and time."""
    found: list[Row] = []
    for freezer_id, band in limits.items():
        found += rows(db, "SELECT f.code AS freezer, t.taken_at, t.celsius, t.source, t.note"
                          " FROM temperature_reading t JOIN freezer f ON f.id = t.freezer_id"
                          " WHERE t.freezer_id = ? AND t.taken_at >= ? AND t.taken_at < ?"
                          " AND (t.celsius < ? OR t.celsius > ?) ORDER BY t.taken_at",
                      [freezer_id, start_utc, end_utc, band.low_c, band.high_c])
    return found
