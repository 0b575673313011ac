"""Free space in the freezers: every query behind split storage, free positions, empty boxes,
utilisation, the defragmentation plan and the evacuation list (issue 7, points 4-6).

Room is read from the per-box count of free positions that migration 0003's triggers keep
(``box_fill``), so finding space reads the boxes with room, not every tube. A position is
taken while a tube holds it, checked-out tubes included (their slot is reserved).
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from biotrack.db.queries import Row, rows
from biotrack.models import Box

_ROOM_SELECT = (
    "SELECT b.id, f.code AS freezer, s.code AS shelf, r.code AS rack, b.code, b.box_type,"
    " b.n_rows, b.n_cols, b.n_rows * b.n_cols - o.free AS occupied FROM box_fill o"
    " JOIN box b ON b.id = o.box_id JOIN rack r ON r.id = b.rack_id"
    " JOIN shelf s ON s.id = r.shelf_id JOIN freezer f ON f.id = s.freezer_id"
)
_ORDER = " ORDER BY f.code, s.ord, r.ord, b.ord"


def _box(row: Row) -> Box:
    return Box(row["id"], row["freezer"], row["shelf"], row["rack"], row["code"],
               row["box_type"], row["n_rows"], row["n_cols"], row["occupied"])


def boxes_with_room(db: Database, box_type: str, at_least: int, *, freezer: str | None = None,
                    exclude_freezer: str | None = None, limit: int | None = None) -> list[Box]:
    """Boxes of a type with at least ``at_least`` free positions, in fill order, optionally
    only in one freezer or in every freezer but one."""
    sql = _ROOM_SELECT + " WHERE o.box_type = ? AND o.free >= ?"
    params: list[Any] = [box_type, max(1, int(at_least))]
    if freezer is not None:
        sql += " AND f.code = ?"
        params.append(freezer)
    if exclude_freezer is not None:
        sql += " AND f.code <> ?"
        params.append(exclude_freezer)
    sql += _ORDER
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    return [_box(r) for r in rows(db, sql, params)]


def empty_boxes(db: Database, box_type: str, *, limit: int | None = None) -> list[Box]:
    """Boxes of a type that hold no tube (and no reserved slot), in fill order."""
    sql = (_ROOM_SELECT + " WHERE o.box_type = ? AND o.free = b.n_rows * b.n_cols" + _ORDER)
    params: list[Any] = [box_type]
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    return [_box(r) for r in rows(db, sql, params)]


def freezers_with_box_type(db: Database, box_type: str) -> list[str]:
    """Codes of the freezers holding at least one box of a type, in fill order."""
    return [r["code"] for r in rows(
        db, "SELECT DISTINCT f.code FROM freezer f JOIN shelf s ON s.freezer_id = f.id"
            " JOIN rack r ON r.shelf_id = s.id JOIN box b ON b.rack_id = r.id"
            " WHERE b.box_type = ? ORDER BY f.code", [box_type])]


def freezer_codes(db: Database) -> list[str]:
    return [r["code"] for r in rows(db, "SELECT code FROM freezer ORDER BY code")]


def rack_utilisation(db: Database) -> list[Row]:
    """One row per rack and box type: boxes, empty boxes, capacity and occupied positions."""
    return rows(
        db,
        "SELECT f.code AS freezer, s.code AS shelf, r.code AS rack, b.box_type,"
        " count(*) AS boxes, sum(o.free = b.n_rows * b.n_cols) AS empty_boxes,"
        " sum(b.n_rows * b.n_cols) AS capacity,"
        " sum(b.n_rows * b.n_cols - o.free) AS occupied"
        " FROM box b JOIN box_fill o ON o.box_id = b.id JOIN rack r ON r.id = b.rack_id"
        " JOIN shelf s ON s.id = r.shelf_id JOIN freezer f ON f.id = s.freezer_id"
        " GROUP BY f.id, s.id, r.id, b.box_type ORDER BY f.code, s.ord, r.ord, b.box_type",
    )


def boxes_in_order(db: Database, *, freezer: str | None = None) -> list[Box]:
    """Every box (optionally of one freezer) in fill order, with its occupied count."""
    sql = _ROOM_SELECT + (" WHERE f.code = ?" if freezer is not None else "") + _ORDER
    return [_box(r) for r in rows(db, sql, [freezer] if freezer is not None else [])]


def tubes_in_boxes(db: Database, *, freezer: str | None = None) -> list[Row]:
    """Every tube holding a position (stored or checked out), optionally in one freezer, with
    what a printed list shows: barcode, study code, visit, sample type and number."""
    sql = (
        "SELECT a.barcode, a.box_id, a.pos_row, a.pos_col, a.status, a.sample_type, a.number,"
        " a.of_count, p.code, v.code AS visit FROM aliquot a"
        " JOIN collection c ON c.id = a.collection_id JOIN visit v ON v.id = c.visit_id"
        " JOIN participant p ON p.id = v.participant_id JOIN box b ON b.id = a.box_id"
        " JOIN rack r ON r.id = b.rack_id JOIN shelf s ON s.id = r.shelf_id"
        " JOIN freezer f ON f.id = s.freezer_id"
        + (" WHERE f.code = ?" if freezer is not None else "")
        + " ORDER BY f.code, s.ord, r.ord, b.ord, a.pos_row, a.pos_col"
    )
    return rows(db, sql, [freezer] if freezer is not None else [])


def box_exists(db: Database, box_id: int) -> bool:
    return bool(rows(db, "SELECT 1 FROM box WHERE id = ?", [box_id]))


def tube_position(db: Database, barcode: str) -> Row | None:
    """Where a tube is now (box id, row, column) and its status; None for an unknown code."""
    found = rows(db, "SELECT box_id, pos_row, pos_col, status FROM aliquot WHERE barcode = ?",
                 [barcode])
    return found[0] if found else None
