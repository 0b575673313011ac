"""Participants, sites, visits and irAEs: every query on those tables."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from biotrack.db.queries import Row, one, rows, scalar, to_date
from biotrack.models import Participant, Visit
from biotrack.schedule import ScheduledVisit

# -- settings and sites -------------------------------------------------------------------------


def get_setting(db: Database, key: str) -> str | None:
    value = scalar(db, "SELECT value FROM setting WHERE key = ?", [key])
    return None if value is None else str(value)


def set_setting(db: Database, key: str, value: str) -> None:
    db.execute(
        "INSERT INTO setting (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )


def insert_site(db: Database, code: str, name: str, sponsor: bool) -> None:
    db.execute(
        "INSERT INTO site (code, name, sponsor) VALUES (?, ?, ?)", [code, name, int(sponsor)]
    )


def sites(db: Database) -> list[Row]:
    return rows(db, "SELECT code, name, sponsor FROM site ORDER BY code")


def take_site_sequence(db: Database, site_code: str) -> int | None:
    """Reserve the next participant number of a site (None for an unknown site)."""
    seq = scalar(db, "SELECT next_seq FROM site WHERE code = ?", [site_code])
    if seq is None:
        return None
    db.execute("UPDATE site SET next_seq = next_seq + 1 WHERE code = ?", [site_code])
    return int(seq)


# -- participants -------------------------------------------------------------------------------


def _participant(row: Row) -> Participant:
    return Participant(
        id=row["id"], code=row["code"], cohort=row["cohort"], site=row["site_code"],
        enrolled_on=date.fromisoformat(row["enrolled_on"]), status=row["status"],
        sex=row["sex"], birth_year=row["birth_year"], diagnosis=row["diagnosis"],
        regimen=row["regimen"], first_dose=to_date(row["first_dose"]),
        status_on=to_date(row["status_on"]), status_reason=row["status_reason"],
        local_id=row["local_id"],
    )


def insert_participant(db: Database, values: dict[str, Any]) -> int:
    columns = ", ".join(values)
    marks = ", ".join(f":{name}" for name in values)
    cursor = db.execute(f"INSERT INTO participant ({columns}) VALUES ({marks})", values)
    return int(cursor.lastrowid or 0)


def participant_by_code(db: Database, code: str) -> Participant | None:
    row = one(db, "SELECT * FROM participant WHERE code = ?", [code.strip().upper()])
    return _participant(row) if row else None


def participant_by_id(db: Database, participant_id: int) -> Participant:
    row = one(db, "SELECT * FROM participant WHERE id = ?", [participant_id])
    assert row is not None, participant_id
    return _participant(row)


def participants(db: Database, *, site: str | None = None, cohort: str | None = None,
                 search: str | None = None) -> list[Participant]:
    sql = "SELECT * FROM participant WHERE 1 = 1"
    params: list[Any] = []
    if site:
        sql += " AND site_code = ?"
        params.append(site)
    if cohort:
        sql += " AND cohort = ?"
        params.append(cohort)
    if search:
        sql += " AND code LIKE ?"
        params.append(f"%{search}%")
    return [_participant(r) for r in rows(db, sql + " ORDER BY code", params)]


def update_participant_status(db: Database, participant_id: int, status: str,
                              status_on: date | None, reason: str | None) -> None:
    db.execute(
        "UPDATE participant SET status = ?, status_on = ?, status_reason = ? WHERE id = ?",
        [status, status_on.isoformat() if status_on else None, reason, participant_id],
    )


# -- visits -------------------------------------------------------------------------------------


def _visit(row: Row) -> Visit:
    return Visit(
        id=row["id"], participant_id=row["participant_id"], code=row["code"], kind=row["kind"],
        target_date=date.fromisoformat(row["target_date"]),
        window_start=date.fromisoformat(row["window_start"]),
        window_end=date.fromisoformat(row["window_end"]),
        status=row["status"], samples=row["samples"], cycle=row["cycle"],
        status_reason=row["status_reason"], event_on=to_date(row["event_on"]),
    )


def visits_of(db: Database, participant_id: int) -> list[Visit]:
    return [_visit(r) for r in rows(
        db, "SELECT * FROM visit WHERE participant_id = ? ORDER BY ord, target_date, id",
        [participant_id],
    )]


def visit_by_code(db: Database, participant_id: int, code: str) -> Visit | None:
    row = one(db, "SELECT * FROM visit WHERE participant_id = ? AND code = ?",
              [participant_id, code.strip().upper()])
    return _visit(row) if row else None


def visit_by_id(db: Database, visit_id: int) -> Visit:
    row = one(db, "SELECT * FROM visit WHERE id = ?", [visit_id])
    assert row is not None, visit_id
    return _visit(row)


def save_schedule(db: Database, participant_id: int, schedule: list[ScheduledVisit]) -> None:
    """Store the derived schedule: new visits are added, open ones get their new dates.

    Visits the schedule no longer holds (e.g. pushed past the follow-up by a delay) are kept
    as not applicable rather than deleted, so nothing that was ever shown disappears.
    """
    existing = {v.code: v for v in visits_of(db, participant_id)}
    for visit in schedule:
        values = {
            "participant_id": participant_id, "code": visit.code, "kind": visit.kind,
            "cycle": visit.cycle, "ord": visit.order, "samples": visit.samples,
            "target_date": visit.target_date.isoformat(),
            "window_start": visit.window_start.isoformat(),
            "window_end": visit.window_end.isoformat(), "status": visit.status,
            "event_on": None if visit.kind in ("cycle", "baseline")
            else visit.target_date.isoformat(),
        }
        if visit.code not in existing:
            db.execute(
                "INSERT INTO visit (participant_id, code, kind, cycle, ord, samples, target_date,"
                " window_start, window_end, status, event_on) VALUES (:participant_id, :code,"
                " :kind, :cycle, :ord, :samples, :target_date, :window_start, :window_end,"
                " :status, :event_on)",
                values,
            )
        else:
            db.execute(
                "UPDATE visit SET target_date = :target_date, window_start = :window_start,"
                " window_end = :window_end, status = :status, ord = :ord"
                " WHERE participant_id = :participant_id AND code = :code",
                values,
            )
    scheduled = {v.code for v in schedule}
    for code, stored in existing.items():
        if code not in scheduled and stored.status == "planned":
            db.execute("UPDATE visit SET status = 'not_applicable' WHERE id = ?", [stored.id])


def insert_event_visit(db: Database, participant_id: int, code: str, kind: str, ord_: int,
                       samples: str, on: date) -> None:
    day = on.isoformat()
    db.execute(
        "INSERT INTO visit (participant_id, code, kind, ord, samples, target_date, window_start,"
        " window_end, status, event_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'planned', ?)",
        [participant_id, code, kind, ord_, samples, day, day, day, day],
    )


def set_visit_status(db: Database, visit_id: int, status: str, reason: str | None) -> None:
    db.execute("UPDATE visit SET status = ?, status_reason = ? WHERE id = ?",
               [status, reason, visit_id])


def count_event_visits(db: Database, participant_id: int, kind: str) -> int:
    return int(scalar(db, "SELECT count(*) FROM visit WHERE participant_id = ? AND kind = ?",
                      [participant_id, kind]))


def due_visits(db: Database, end: date, site: str | None) -> list[Row]:
    """Open visits of active participants whose window opens by ``end`` (overdue included)."""
    sql = (
        "SELECT v.*, p.code AS participant_code, p.site_code, p.cohort FROM visit v"
        " JOIN participant p ON p.id = v.participant_id"
        " WHERE v.status = 'planned' AND v.window_start <= ? AND p.status = 'active'"
    )
    params: list[Any] = [end.isoformat()]
    if site:
        sql += " AND p.site_code = ?"
        params.append(site)
    # Overdue visits (window already passed, neither collected nor marked missed) stay listed
    # until someone records what happened: that is exactly what a nurse must chase.
    sql += " ORDER BY v.target_date, p.code"
    return rows(db, sql, params)


def visit_outcomes(db: Database, participant_id: int) -> list[Row]:
    """Collected and missed visits with the collection date (for the scheduler)."""
    return rows(
        db,
        "SELECT v.code, v.status, substr(c.drawn_at, 1, 10) AS drawn_on FROM visit v"
        " LEFT JOIN collection c ON c.visit_id = v.id"
        " WHERE v.participant_id = ? AND v.status IN ('collected', 'missed')",
        [participant_id],
    )


def event_visits(db: Database, participant_id: int) -> list[Row]:
    return rows(
        db,
        "SELECT code, kind, event_on FROM visit WHERE participant_id = ?"
        " AND event_on IS NOT NULL ORDER BY id",
        [participant_id],
    )


# -- irAEs --------------------------------------------------------------------------------------


def insert_irae(db: Database, values: dict[str, Any]) -> int:
    cursor = db.execute(
        "INSERT INTO irae (participant_id, visit_id, diagnosed_on, irae_type, grade,"
        " ctcae_version, notes, created_at) VALUES (:participant_id, :visit_id, :diagnosed_on,"
        " :irae_type, :grade, :ctcae_version, :notes, :created_at)",
        values,
    )
    return int(cursor.lastrowid or 0)


def iraes_of(db: Database, participant_id: int) -> list[Row]:
    return rows(
        db,
        "SELECT i.*, v.code AS visit FROM irae i JOIN visit v ON v.id = i.visit_id"
        " WHERE i.participant_id = ? ORDER BY i.diagnosed_on, i.id",
        [participant_id],
    )


# -- the database file --------------------------------------------------------------------------


def database_file(db: Database) -> Path | None:
    """The file the main database lives in (None for an in-memory or temporary one).

    Front ends need it to give a worker thread a connection of its own (an sqlite3 connection
    belongs to the thread that made it).
    """
    for row in rows(db, "PRAGMA database_list"):
        if row["name"] == "main":
            return Path(row["file"]) if row["file"] else None
    return None
