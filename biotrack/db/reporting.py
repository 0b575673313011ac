"""Every query the reports run (STYLE.md: db/ holds all SQL), aggregated in SQLite.

The monthly inventory is rebuilt from the movement history, never from the aliquot's current
row, so a past month reads the same whenever it is asked for (issue 6, point 1):

* a movement counts at the time it was recorded (``movement.at``, UTC), except the placement
  written when a collection is registered: that one counts from the collection's frozen-at
  time (its registration time when frozen-at is missing), because the tube was in the freezer
  from then on, even if it was registered later;
* an aliquot's state at a cutoff is its last status-setting movement before the cutoff
  (``moved`` only changes the position: a checked-out tube whose reservation is moved stays
  checked out), its position that of its last movement, its thaw count the number of
  ``returned`` movements.

The state is computed once per report into a temporary table (one pass over the movements,
grouped by aliquot), inside one read transaction so every sheet sees the same snapshot; every
per-sheet query then reads that table. Results are plain ``Table`` values (column names and
row tuples): the reports turn them into DataFrames, so db/ does not depend on pandas.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlite_utils import Database


class Table(NamedTuple):
    """A query result: column names and row tuples, ready for ``DataFrame.from_records``."""

    columns: list[str]
    rows: list[tuple[Any, ...]]


@dataclass(frozen=True)
class Cutoffs:
    """A reporting period as the stored timestamps spell it.

    ``*_utc`` compare with UTC ISO columns (movement.at, collection.registered_at,
    audit_event.at); ``*_local`` with the local wall-clock columns (collection.frozen_at,
    drawn_at), i.e. the same instants written as local naive ISO text. Start is inclusive,
    end exclusive.
    """

    start_utc: str
    end_utc: str
    start_local: str
    end_local: str

    def params(self) -> dict[str, str]:
        return {"start_utc": self.start_utc, "end_utc": self.end_utc,
                "start_local": self.start_local, "end_local": self.end_local}


STATE_TABLE = "temp.inventory_state"
MOVEMENT_ACTIONS = ("placed", "moved", "checked_out", "returned", "consumed", "shipped",
                    "discarded", "missing")

# The placement collection.register writes: first placement, from nowhere, in the same
# transaction (hence at the same instant) as the collection's registration.
_REGISTRATION_PLACEMENT = (
    "(m.action = 'placed' AND m.from_box IS NULL AND m.at = c.registered_at)"
)


def _stored_before(bound: str) -> str:
    """SQL: the collection's tubes were in the freezer before the ``bound`` cutoff."""
    return (f"(CASE WHEN c.frozen_at IS NOT NULL THEN c.frozen_at < :{bound}_local"
            f" ELSE c.registered_at < :{bound}_utc END)")


def _table(db: Database, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Table:
    cursor = db.execute(sql, params)
    return Table([column[0] for column in cursor.description], cursor.fetchall())


_BOX_PATH = (
    " JOIN rack r ON r.id = b.rack_id JOIN shelf sh ON sh.id = r.shelf_id"
    " JOIN freezer f ON f.id = sh.freezer_id"
)


# -- the snapshot and the state at a cutoff -----------------------------------------------------


@contextmanager
def snapshot(db: Database) -> Iterator[None]:
    """One read transaction around a whole report, so all its queries see the same data.

    The temporary state table lives inside it and goes with the rollback at the end; nothing
    in the database file is written.
    """
    own = not db.conn.in_transaction
    if own:
        db.execute("BEGIN")
    try:
        yield
    finally:
        db.execute(f"DROP TABLE IF EXISTS {STATE_TABLE}")
        if own and db.conn.in_transaction:
            db.conn.rollback()


def build_state(db: Database, cutoffs: Cutoffs) -> None:
    """Fill the temporary state table: one row per aliquot whose tubes were in the freezer
    before the end cutoff, with its reconstructed status, position and thaw count."""
    db.execute(f"DROP TABLE IF EXISTS {STATE_TABLE}")
    # Declared types: a column made by CREATE TABLE AS from coalesce() has no affinity, and
    # SQLite then cannot use its index for ``box_id = b.id``.
    db.execute(
        f"CREATE TABLE {STATE_TABLE} (aliquot_id INTEGER PRIMARY KEY, barcode TEXT, code TEXT,"
        " visit TEXT, cohort TEXT, site TEXT, sample_type TEXT, number INTEGER,"
        " volume_ul INTEGER, sprec TEXT, collected_on TEXT, box_id INTEGER, pos_row INTEGER,"
        " pos_col INTEGER, status TEXT, status_at TEXT, status_reason TEXT,"
        " thaw_count INTEGER)"
    )
    db.execute(
        f"""INSERT INTO {STATE_TABLE}
        WITH agg AS (
            SELECT aliquot_id, max(id) AS last_id,
                   max(CASE WHEN action <> 'moved' THEN id END) AS status_id,
                   sum(action = 'returned') AS thaws
            FROM movement WHERE at < :end_utc GROUP BY aliquot_id)
        SELECT a.id AS aliquot_id, a.barcode, p.code, v.code AS visit, p.cohort,
               p.site_code AS site, a.sample_type, a.number, a.volume_ul, a.sprec,
               substr(c.drawn_at, 1, 10) AS collected_on,
               coalesce(lm.to_box, rp.to_box) AS box_id,
               coalesce(lm.to_row, rp.to_row) AS pos_row,
               coalesce(lm.to_col, rp.to_col) AS pos_col,
               CASE WHEN coalesce(sm.action, rp.action) IS NULL THEN 'unplaced'
                    WHEN coalesce(sm.action, rp.action) IN ('placed', 'returned')
                    THEN CASE WHEN coalesce(lm.to_box, rp.to_box) IS NULL THEN 'unplaced'
                              ELSE 'in_storage' END
                    ELSE sm.action END AS status,
               coalesce(sm.at, c.registered_at) AS status_at,
               sm.reason AS status_reason,
               coalesce(agg.thaws, 0) AS thaw_count
        FROM collection c
        -- From the collections to their tubes (by index): a collection that reached the
        -- freezer after the cutoff is skipped without reading its tubes, and the one full
        -- pass over a big table is the covering-index scan of the movements in ``agg``.
        CROSS JOIN aliquot a ON a.collection_id = c.id
        JOIN visit v ON v.id = c.visit_id
        JOIN participant p ON p.id = v.participant_id
        LEFT JOIN agg ON agg.aliquot_id = a.id
        LEFT JOIN movement lm ON lm.id = agg.last_id
        LEFT JOIN movement sm ON sm.id = agg.status_id
        -- Registered after the cutoff but frozen before it: in the freezer from frozen-at.
        LEFT JOIN movement rp ON agg.aliquot_id IS NULL AND rp.aliquot_id = a.id
             AND rp.action = 'placed' AND rp.from_box IS NULL AND rp.at = c.registered_at
        WHERE {_stored_before("end")}""",
        cutoffs.params(),
    )
    db.execute(f"CREATE INDEX {STATE_TABLE}_box ON inventory_state (box_id)")


# -- inventory sheets ---------------------------------------------------------------------------


def inventory_status_counts(db: Database) -> dict[str, int]:
    """How many aliquots were in each status at the cutoff."""
    cursor = db.execute(f"SELECT status, count(*) FROM {STATE_TABLE} GROUP BY status")
    return {str(status): int(count) for status, count in cursor.fetchall()}


def inventory_summary(db: Database) -> Table:
    """Tubes in storage and checked out (their slot reserved) per freezer, sample type,
    cohort and site."""
    return _table(
        db,
        f"SELECT f.code AS freezer, s.sample_type, s.cohort, s.site,"
        f" sum(s.status = 'in_storage') AS in_storage,"
        f" sum(s.status = 'checked_out') AS checked_out"
        f" FROM {STATE_TABLE} s JOIN box b ON b.id = s.box_id{_BOX_PATH}"
        f" WHERE s.status IN ('in_storage', 'checked_out')"
        f" GROUP BY f.code, s.sample_type, s.cohort, s.site ORDER BY 1, 2, 3, 4",
    )


_FREEZER_BOXES = (
    "SELECT b.id FROM box b JOIN rack r ON r.id = b.rack_id JOIN shelf sh ON sh.id = r.shelf_id"
    " WHERE sh.freezer_id = :freezer"
)


def freezers_present(db: Database, cutoffs: Cutoffs) -> list[int]:
    """The freezers that existed at the end cutoff.

    A freezer existed if it was added before the cutoff (its audit event), or has no such
    event (older files), or held a tube before the cutoff. The last two checks run only for
    a freezer added after the cutoff, one freezer at a time (an uncorrelated IN list, so
    SQLite builds it once instead of once per movement).
    """
    present = []
    candidates = db.execute(
        "SELECT f.id, (SELECT min(e.at) FROM audit_event e WHERE e.table_name = 'freezer'"
        " AND e.record_id = f.code AND e.action = 'freezer.add') AS added_at"
        " FROM freezer f ORDER BY f.code"
    ).fetchall()
    for freezer_id, added_at in candidates:
        params = {"freezer": freezer_id, "end_utc": cutoffs.end_utc}
        if (added_at is None or added_at < cutoffs.end_utc
                or db.execute(f"SELECT 1 FROM {STATE_TABLE} WHERE box_id IN"
                              f" ({_FREEZER_BOXES}) LIMIT 1", params).fetchone()
                or db.execute(f"SELECT 1 FROM movement WHERE at < :end_utc AND to_box IN"
                              f" ({_FREEZER_BOXES}) LIMIT 1", params).fetchone()):
            present.append(int(freezer_id))
    return present


def inventory_boxes(db: Database, cutoffs: Cutoffs) -> Table:
    """Every box of the freezers that existed at the end cutoff (``freezers_present``), with
    its occupancy then: so a freezer added later does not change a past month's report.
    Checked-out tubes keep their slot, so they occupy it."""
    freezers = freezers_present(db, cutoffs)
    marks = ", ".join("?" for _ in freezers) or "NULL"
    return _table(
        db,
        f"""SELECT freezer, shelf, rack, box, capacity, occupied, capacity - occupied AS free,
               round(100.0 * occupied / capacity, 1) AS occupancy_pct, box_type
        FROM (SELECT f.code AS freezer, sh.code AS shelf, r.code AS rack, b.code AS box,
                     b.n_rows * b.n_cols AS capacity, b.box_type,
                     (SELECT count(*) FROM {STATE_TABLE} s WHERE s.box_id = b.id) AS occupied,
                     f.code AS f_order, sh.ord AS sh_order, r.ord AS r_order, b.ord AS b_order
              FROM box b{_BOX_PATH}
              WHERE f.id IN ({marks}))
        ORDER BY f_order, sh_order, r_order, b_order""",
        freezers,
    )


def inventory_aliquots(db: Database) -> Table:
    """One row per aliquot in storage or checked out at the cutoff, in freezer order."""
    return _table(
        db,
        f"SELECT s.barcode, s.code, s.visit, s.sample_type, s.number, s.volume_ul, s.status,"
        f" f.code AS freezer, sh.code AS shelf, r.code AS rack, b.code AS box,"
        f" char(64 + s.pos_row) || s.pos_col AS position, s.thaw_count, s.collected_on,"
        f" s.cohort, s.site, s.sprec"
        f" FROM {STATE_TABLE} s JOIN box b ON b.id = s.box_id{_BOX_PATH}"
        f" WHERE s.status IN ('in_storage', 'checked_out')"
        f" ORDER BY f.code, sh.ord, r.ord, b.ord, s.pos_row, s.pos_col",
    )


def unplaced_aliquots(db: Database) -> Table:
    """Aliquots that existed at the cutoff without a storage position."""
    return _table(
        db,
        f"SELECT s.barcode, s.code, s.visit, s.sample_type, s.status_at AS since"
        f" FROM {STATE_TABLE} s WHERE s.status = 'unplaced' ORDER BY s.barcode",
    )


def checked_out_before(db: Database, since_utc: str) -> Table:
    """Tubes still checked out at the cutoff that were taken out before ``since_utc``."""
    return _table(
        db,
        f"SELECT s.barcode, s.code, s.visit, s.sample_type, s.status_at AS since,"
        f" s.status_reason AS reason,"
        f" f.code || '/' || sh.code || '/' || r.code || '/' || b.code || '/'"
        f" || char(64 + s.pos_row) || s.pos_col AS location"
        f" FROM {STATE_TABLE} s LEFT JOIN box b ON b.id = s.box_id"
        f" LEFT JOIN rack r ON r.id = b.rack_id LEFT JOIN shelf sh ON sh.id = r.shelf_id"
        f" LEFT JOIN freezer f ON f.id = sh.freezer_id"
        f" WHERE s.status = 'checked_out' AND s.status_at < :since"
        f" ORDER BY s.status_at, s.barcode",
        {"since": since_utc},
    )


# -- movements of a period ----------------------------------------------------------------------


def _path(prefix: str, side: str) -> str:
    """SQL for a movement's from/to location as FREEZER/SHELF/RACK/BOX/POSITION."""
    return (f"{prefix}f.code || '/' || {prefix}sh.code || '/' || {prefix}r.code || '/' ||"
            f" {prefix}b.code || '/' || char(64 + m.{side}_row) || m.{side}_col")


# A check-out keeps the tube's slot as its "to" and a return comes back to it from outside:
# the report shows only the side that means something (where it left from / came back to).
_MOVEMENT_SELECT = (
    "SELECT m.id, m.at, c.frozen_at, c.registered_at, a.barcode, m.action,"
    f" CASE WHEN m.action = 'returned' THEN NULL ELSE {_path('x', 'from')} END AS from_path,"
    f" CASE WHEN m.action = 'checked_out' THEN NULL ELSE {_path('y', 'to')} END AS to_path,"
    " u.username AS user, m.reason, p.code, v.code AS visit, a.sample_type"
)
_MOVEMENT_JOINS = (
    " JOIN visit v ON v.id = c.visit_id JOIN participant p ON p.id = v.participant_id"
    " LEFT JOIN app_user u ON u.id = m.user_id"
    " LEFT JOIN box xb ON xb.id = m.from_box LEFT JOIN rack xr ON xr.id = xb.rack_id"
    " LEFT JOIN shelf xsh ON xsh.id = xr.shelf_id LEFT JOIN freezer xf ON xf.id = xsh.freezer_id"
    " LEFT JOIN box yb ON yb.id = m.to_box LEFT JOIN rack yr ON yr.id = yb.rack_id"
    " LEFT JOIN shelf ysh ON ysh.id = yr.shelf_id LEFT JOIN freezer yf ON yf.id = ysh.freezer_id"
)


def movements_in(db: Database, cutoffs: Cutoffs) -> Table:
    """Every storage event of the period, at the time it counts at (see the module doc).

    Two parts: movements recorded in the period other than registration placements (the
    ``at`` index finds them), and the registration placements of the collections whose tubes
    went into the freezer in the period (``registration`` = 1; they count from frozen-at).
    ``at`` is always when the movement was recorded.
    """
    params = cutoffs.params()
    recorded = db.execute(
        f"{_MOVEMENT_SELECT}, 0 AS registration FROM movement m"
        " JOIN aliquot a ON a.id = m.aliquot_id JOIN collection c ON c.id = a.collection_id"
        f"{_MOVEMENT_JOINS}"
        f" WHERE m.at >= :start_utc AND m.at < :end_utc AND NOT {_REGISTRATION_PLACEMENT}",
        params,
    )
    columns = [column[0] for column in recorded.description]
    rows = recorded.fetchall()
    # CROSS JOIN fixes SQLite's join order: from the period's collections to their tubes'
    # movements (by index), never a scan of every movement.
    placed = db.execute(
        f"{_MOVEMENT_SELECT}, 1 AS registration FROM collection c"
        " CROSS JOIN aliquot a ON a.collection_id = c.id"
        " CROSS JOIN movement m ON m.aliquot_id = a.id AND m.action = 'placed'"
        f" AND m.from_box IS NULL AND m.at = c.registered_at{_MOVEMENT_JOINS}"
        f" WHERE {_stored_before('end')} AND NOT {_stored_before('start')}",
        params,
    )
    return Table(columns, rows + placed.fetchall())


# -- completeness -------------------------------------------------------------------------------


def completeness_visits(db: Database, as_of: str, *, site: str | None = None,
                        cohort: str | None = None) -> Table:
    """Visits that count for completeness on ``as_of`` (local date): collected, missed, or
    planned with a window that has opened; with the draw's times and aliquot count.

    Future and not-applicable visits are left out. Times are local wall-clock text, so the
    minutes between them are plain differences.
    """
    sql = (
        "WITH made AS (SELECT collection_id, count(*) AS n FROM aliquot"
        " GROUP BY collection_id)"
        " SELECT p.code, p.site_code AS site, p.cohort, p.status AS participant_status,"
        " v.code AS visit, v.kind, v.ord, v.samples, v.target_date, v.window_start,"
        " v.window_end, v.status, v.status_reason, c.id AS collection_id,"
        " c.drawn_at, c.centrifuged_at, c.frozen_at, c.deviations,"
        " coalesce(made.n, 0) AS collected_aliquots,"
        " CAST(round((julianday(c.centrifuged_at) - julianday(c.drawn_at)) * 1440) AS INTEGER)"
        " AS minutes_to_centrifugation,"
        " CAST(round((julianday(c.frozen_at) - julianday(c.drawn_at)) * 1440) AS INTEGER)"
        " AS minutes_to_freezing"
        " FROM visit v JOIN participant p ON p.id = v.participant_id"
        " LEFT JOIN collection c ON c.visit_id = v.id"
        " LEFT JOIN made ON made.collection_id = c.id"
        " WHERE (v.status IN ('collected', 'missed')"
        " OR (v.status = 'planned' AND v.window_start <= :as_of))"
    )
    params: dict[str, Any] = {"as_of": as_of}
    if site:
        sql += " AND p.site_code = :site"
        params["site"] = site
    if cohort:
        sql += " AND p.cohort = :cohort"
        params["cohort"] = cohort
    return _table(db, sql + " ORDER BY p.code, v.ord, v.target_date, v.id", params)


def site_codes(db: Database) -> list[str]:
    return [str(row[0]) for row in db.execute("SELECT code FROM site ORDER BY code")]


def box_audit_findings_in(db: Database, cutoffs: Cutoffs) -> Table:
    """Findings of the box audits saved in the period (issue 6: Discrepancies), oldest first.

    A resolution counts only if it was made before the period's end, so a past month reads
    the same whenever it is asked for (a later resolution shows the finding as open then).
    The box is named by its present path.
    """
    return _table(
        db,
        "SELECT a.at AS audit_at, a.id AS audit_id,"
        " f.code || '/' || sh.code || '/' || r.code || '/' || b.code AS box,"
        " x.category, x.barcode, p.code, v.code AS visit, al.sample_type,"
        " x.scanned_position, x.expected,"
        " CASE WHEN x.resolved_at < :end_utc THEN x.resolution END AS resolution,"
        " CASE WHEN x.resolved_at < :end_utc THEN x.reason END AS reason,"
        " CASE WHEN x.resolved_at < :end_utc THEN x.resolved_at END AS resolved_at"
        " FROM box_audit_finding x JOIN box_audit a ON a.id = x.audit_id"
        " JOIN box b ON b.id = a.box_id" + _BOX_PATH
        + " LEFT JOIN aliquot al ON al.id = x.aliquot_id"
        " LEFT JOIN collection c ON c.id = al.collection_id"
        " LEFT JOIN visit v ON v.id = c.visit_id"
        " LEFT JOIN participant p ON p.id = v.participant_id"
        " WHERE a.at >= :start_utc AND a.at < :end_utc ORDER BY a.at, a.id, x.id",
        {"start_utc": cutoffs.start_utc, "end_utc": cutoffs.end_utc},
    )
