"""Participants, sites, visits and irAEs: every query on those tables."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
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


# -- the participant list (one statement per page) ----------------------------------------------

#: The columns the list sorts by, as SQL over ``participant p``; "next_visit" is the date of the
#: next planned visit (participants with none last), read from ``nxt`` (see ``overview``).
OVERVIEW_SORTS = {
    "code": "p.code",
    "cohort": "p.cohort",
    "site": "p.site_code",
    "regimen": "p.regimen",
    "status": "p.status",
    "next_visit": "coalesce(nxt.k, '9999')",
}
_OVERVIEW_COLUMNS = "p.id, p.code, p.cohort, p.site_code, p.regimen, p.status, p.enrolled_on"
# The next planned visit of one participant, reached through the (participant_id, code) index:
# ``+v.status`` keeps the planner off visit_status_target, which would read every planned visit
# of the study for each participant (seconds at a million aliquots instead of microseconds).
_NEXT_VISIT = (
    "(SELECT v.id FROM visit v WHERE v.participant_id = p.id AND +v.status = 'planned'"
    " ORDER BY v.target_date, v.code LIMIT 1)"
)
# Every participant's next planned visit in one pass over the planned visits (index
# visit_status_target): "target_date code" as one key, so min() picks the earliest visit and,
# on the same day, the first code (target_date is fixed-width ISO text).
_NEXT_VISITS = (
    "WITH nxt_all AS (SELECT participant_id, min(target_date || ' ' || code) AS k FROM visit"
    " WHERE status = 'planned' GROUP BY participant_id) "
)


@dataclass(frozen=True)
class OverviewFilter:
    """Which participants the list shows: a site, a cohort, and a search text that matches the
    code, cohort, site or regimen, or one of the given regimens or statuses (the caller knows
    which regimen names and status labels the text matches)."""

    site: str | None = None
    cohort: str | None = None
    search: str = ""
    regimens: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _overview_where(where: OverviewFilter) -> tuple[str, list[Any]]:
    sql = " WHERE 1 = 1"
    params: list[Any] = []
    if where.site:
        sql += " AND p.site_code = ?"
        params.append(where.site)
    if where.cohort:
        sql += " AND p.cohort = ?"
        params.append(where.cohort)
    if where.search:
        like = _like(where.search)
        terms = [f"{column} LIKE ? ESCAPE '\\'" for column in
                 ("p.code", "p.cohort", "p.site_code", "p.regimen")]
        params.extend([like] * len(terms))
        for column, values in (("p.regimen", where.regimens), ("p.status", where.statuses)):
            if values:
                terms.append(f"{column} IN ({', '.join('?' for _ in values)})")
                params.extend(values)
        sql += " AND (" + " OR ".join(terms) + ")"
    return sql, params


def _overview_order(sort: str, descending: bool,
                    regimen_names: Mapping[str, str]) -> tuple[str, list[Any]]:
    if sort not in OVERVIEW_SORTS:
        raise ValueError(f"unknown sort {sort!r}")
    key, params = OVERVIEW_SORTS[sort], []
    if sort == "regimen" and regimen_names:
        # Sort by the name shown, not by the identifier stored.
        whens = " ".join("WHEN ? THEN ?" for _ in regimen_names)
        key = f"coalesce(CASE p.regimen {whens} END, p.regimen, '')"
        for regimen, name in regimen_names.items():
            params.extend([regimen, name])
    direction = " DESC" if descending else ""
    order = f"{key}{direction}" + ("" if sort == "code" else f", p.code{direction}")
    return order, params


def overview(db: Database, where: OverviewFilter = OverviewFilter(), *,
             sort: str = "code", descending: bool = False,
             regimen_names: Mapping[str, str] | None = None,
             limit: int | None = None, offset: int = 0) -> list[Row]:
    """One page of the participant list with each participant's next planned visit, in ONE
    statement: ``next_visit`` and ``next_visit_date`` are None for a participant without one.

    A page in code (or any participant-column) order reads the page's participants by index
    first and looks up the next visit of those only; the next-visit order (and the whole list)
    reads every participant's next visit in one pass over the planned visits instead.
    """
    filter_sql, filter_params = _overview_where(where)
    order, order_params = _overview_order(sort, descending, regimen_names or {})
    paging = " LIMIT ? OFFSET ?"
    paging_params = [-1 if limit is None else int(limit), max(0, int(offset))]
    if sort == "next_visit" or limit is None:
        sql = (
            _NEXT_VISITS + f"SELECT {_OVERVIEW_COLUMNS}, substr(nxt.k, 12) AS next_visit,"
            " substr(nxt.k, 1, 10) AS next_visit_date FROM participant p"
            " LEFT JOIN nxt_all nxt ON nxt.participant_id = p.id"
            f"{filter_sql} ORDER BY {order}{paging}"
        )
        return rows(db, sql, [*filter_params, *order_params, *paging_params])
    sql = (
        f"SELECT {_OVERVIEW_COLUMNS}, nv.code AS next_visit, nv.target_date AS next_visit_date"
        f" FROM (SELECT {_OVERVIEW_COLUMNS} FROM participant p{filter_sql}"
        f" ORDER BY {order}{paging}) p"
        f" LEFT JOIN visit nv ON nv.id = {_NEXT_VISIT} ORDER BY {order}"
    )
    return rows(db, sql, [*filter_params, *order_params, *paging_params, *order_params])


def overview_count(db: Database, where: OverviewFilter = OverviewFilter()) -> int:
    """How many participants the list holds with this filter."""
    filter_sql, params = _overview_where(where)
    return int(scalar(db, "SELECT count(*) FROM participant p" + filter_sql, params))


def collectable_overview(db: Database) -> list[Row]:
    """The overview lines (columns of ``overview``) of the active participants who have a
    planned visit, in code order: who can give a collection now.

    It starts from the planned visits (index visit_status_target: a few thousand rows even at
    a million aliquots) and reads only their participants by key, rather than every
    participant of the study and then dropping most of them (issue 8: the Register collection
    workspace read 25,000 participants, ~0.5 s, to offer ~1,400).
    """
    sql = (
        _NEXT_VISITS + f"SELECT {_OVERVIEW_COLUMNS}, substr(nxt.k, 12) AS next_visit,"
        " substr(nxt.k, 1, 10) AS next_visit_date FROM nxt_all nxt"
        " JOIN participant p ON p.id = nxt.participant_id"
        " WHERE p.status = 'active' ORDER BY p.code"
    )
    return rows(db, sql)


def overview_position(db: Database, code: str,
                      where: OverviewFilter = OverviewFilter(), *,
                      sort: str = "code", descending: bool = False,
                      regimen_names: Mapping[str, str] | None = None) -> int | None:
    """The 0-based row of a participant in the list so filtered and sorted (None: not in it)."""
    filter_sql, filter_params = _overview_where(where)
    order, order_params = _overview_order(sort, descending, regimen_names or {})
    sql = (
        _NEXT_VISITS + "SELECT n FROM (SELECT p.code, row_number() OVER"
        f" (ORDER BY {order}) - 1 AS n FROM participant p"
        f" LEFT JOIN nxt_all nxt ON nxt.participant_id = p.id{filter_sql}) WHERE code = ?"
    )
    value = scalar(db, sql, [*order_params, *filter_params, code])
    return None if value is None else int(value)


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
