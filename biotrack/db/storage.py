"""Freezers, shelves, racks, boxes, positions and movements: every storage query.

The database itself guarantees one tube per position (a UNIQUE index over box and position);
these functions only read the layout and write the rows the storage service decides on.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from sqlite_utils import Database

from biotrack.db.queries import Row, one, rows, scalar
from biotrack.models import Box, Location, position_label

_BOX_SELECT = (
    "SELECT b.id, f.code AS freezer, s.code AS shelf, r.code AS rack, b.code, b.box_type,"
    " b.n_rows, b.n_cols FROM box b JOIN rack r ON r.id = b.rack_id"
    " JOIN shelf s ON s.id = r.shelf_id JOIN freezer f ON f.id = s.freezer_id"
)
_ORDER = " ORDER BY f.code, s.ord, r.ord, b.ord"


def _box(row: Row, occupied: int = 0) -> Box:
    return Box(row["id"], row["freezer"], row["shelf"], row["rack"], row["code"],
               row["box_type"], row["n_rows"], row["n_cols"], occupied)


# -- layout -------------------------------------------------------------------------------------


def insert_freezer(db: Database, code: str, name: str, location: str, set_point_c: int) -> int:
    cursor = db.execute(
        "INSERT INTO freezer (code, name, location, set_point_c) VALUES (?, ?, ?, ?)",
        [code, name, location, set_point_c],
    )
    return int(cursor.lastrowid or 0)


def insert_shelf(db: Database, freezer_id: int, code: str, ord_: int) -> int:
    cursor = db.execute("INSERT INTO shelf (freezer_id, code, ord) VALUES (?, ?, ?)",
                        [freezer_id, code, ord_])
    return int(cursor.lastrowid or 0)


def insert_rack(db: Database, shelf_id: int, code: str, ord_: int) -> int:
    cursor = db.execute("INSERT INTO rack (shelf_id, code, ord) VALUES (?, ?, ?)",
                        [shelf_id, code, ord_])
    return int(cursor.lastrowid or 0)


def insert_box(db: Database, rack_id: int, code: str, ord_: int, box_type: str,
               n_rows: int, n_cols: int) -> int:
    cursor = db.execute(
        "INSERT INTO box (rack_id, code, ord, box_type, n_rows, n_cols) VALUES (?, ?, ?, ?, ?, ?)",
        [rack_id, code, ord_, box_type, n_rows, n_cols],
    )
    return int(cursor.lastrowid or 0)


def freezers(db: Database) -> list[Row]:
    return rows(db, "SELECT * FROM freezer ORDER BY code")


def freezer_by_code(db: Database, code: str) -> Row | None:
    return one(db, "SELECT * FROM freezer WHERE code = ?", [code])


def shelves_of(db: Database, freezer_id: int) -> list[Row]:
    return rows(db, "SELECT * FROM shelf WHERE freezer_id = ? ORDER BY ord", [freezer_id])


def racks_of(db: Database, shelf_id: int) -> list[Row]:
    return rows(db, "SELECT * FROM rack WHERE shelf_id = ? ORDER BY ord", [shelf_id])


def max_ord(db: Database, table: str, parent_column: str, parent_id: int) -> int:
    assert table in ("shelf", "rack", "box") and parent_column.endswith("_id")
    value = scalar(db, f"SELECT max(ord) FROM {table} WHERE {parent_column} = ?", [parent_id])
    return int(value or 0)


def boxes(db: Database, *, freezer: str | None = None, box_type: str | None = None) -> list[Box]:
    """Boxes in fill order, with how many positions are taken (reserved check-outs count).

    The count comes from ``box_fill`` (kept by migration 0003's triggers and verified by
    ``biotrack check``): one row per box instead of counting a million tubes for the Freezers
    tree; a box without a row (never expected) falls back to counting its tubes.
    """
    sql = _BOX_SELECT.replace(
        "b.n_cols FROM", "b.n_cols, COALESCE("
        "(SELECT b.n_rows * b.n_cols - o.free FROM box_fill o WHERE o.box_id = b.id),"
        " (SELECT count(*) FROM aliquot a WHERE a.box_id = b.id)) AS occupied FROM",
    ) + " WHERE 1 = 1"
    params: list[Any] = []
    if freezer:
        sql += " AND f.code = ?"
        params.append(freezer)
    if box_type:
        sql += " AND b.box_type = ?"
        params.append(box_type)
    return [_box(r, r["occupied"]) for r in rows(db, sql + _ORDER, params)]


def boxes_with_room(db: Database, box_type: str, at_least: int, *,
                    limit: int | None = None) -> list[Box]:
    """Boxes of a type with at least ``at_least`` free positions, in fill order.

    Read from the per-box count of free positions that migration 0003's triggers keep
    (``box_fill``, index ``box_fill_room``): only boxes with room are read, not every box with
    a count of its tubes. ``occupied`` comes from that count; callers that place tubes re-read
    the box's positions (``taken_positions``), so the count only narrows the search.
    """
    sql = (
        "SELECT b.id, f.code AS freezer, s.code AS shelf, r.code AS rack, b.code, b.box_type,"
        " b.n_rows, b.n_cols, b.n_rows * b.n_cols - o.free AS occupied FROM box_fill o"
        " JOIN box b ON b.id = o.box_id JOIN rack r ON r.id = b.rack_id"
        " JOIN shelf s ON s.id = r.shelf_id JOIN freezer f ON f.id = s.freezer_id"
        " WHERE o.box_type = ? AND o.free >= ?" + _ORDER
    )
    params: list[Any] = [box_type, max(1, int(at_least))]
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    return [_box(r, r["occupied"]) for r in rows(db, sql, params)]


def box_by_path(db: Database, freezer: str, shelf: str, rack: str, box: str) -> Box | None:
    row = one(db, _BOX_SELECT + " WHERE f.code = ? AND s.code = ? AND r.code = ? AND b.code = ?",
              [freezer, shelf, rack, box])
    return _box(row) if row else None


def box_by_id(db: Database, box_id: int) -> Box:
    row = one(db, _BOX_SELECT + " WHERE b.id = ?", [box_id])
    assert row is not None, box_id
    return _box(row)


def taken_positions(db: Database, box_id: int) -> set[tuple[int, int]]:
    return {(r["pos_row"], r["pos_col"]) for r in rows(
        db, "SELECT pos_row, pos_col FROM aliquot WHERE box_id = ?", [box_id])}


def box_contents(db: Database, box_id: int) -> list[Row]:
    return rows(
        db,
        "SELECT a.barcode, a.pos_row, a.pos_col, a.status, a.sample_type, a.number, a.of_count,"
        " p.code, v.code AS visit, substr(c.drawn_at, 1, 10) AS drawn_on FROM aliquot a"
        " JOIN collection c ON c.id = a.collection_id JOIN visit v ON v.id = c.visit_id"
        " JOIN participant p ON p.id = v.participant_id WHERE a.box_id = ?"
        " ORDER BY a.pos_row, a.pos_col",
        [box_id],
    )


def location_of(db: Database, box_id: int | None, row: int | None, col: int | None
                ) -> Location | None:
    if box_id is None or row is None or col is None:
        return None
    box = box_by_id(db, box_id)
    return Location(box.freezer, box.shelf, box.rack, box.code, position_label(row, col),
                    box.id, row, col)


# -- aliquot positions --------------------------------------------------------------------------


def set_position(db: Database, aliquot_id: int, box_id: int | None, row: int | None,
                 col: int | None, status: str) -> None:
    """Write an aliquot's position and status; the UNIQUE index refuses a taken position."""
    db.execute(
        "UPDATE aliquot SET box_id = ?, pos_row = ?, pos_col = ?, status = ? WHERE id = ?",
        [box_id, row, col, status, aliquot_id],
    )


def occupant(db: Database, box_id: int, row: int, col: int) -> str | None:
    value = scalar(db, "SELECT barcode FROM aliquot WHERE box_id = ? AND pos_row = ?"
                       " AND pos_col = ?", [box_id, row, col])
    return None if value is None else str(value)


def bump_thaw_count(db: Database, aliquot_id: int) -> None:
    db.execute("UPDATE aliquot SET thaw_count = thaw_count + 1 WHERE id = ?", [aliquot_id])


def insert_movement(db: Database, values: dict[str, Any]) -> None:
    db.execute(
        "INSERT INTO movement (aliquot_id, action, at, user_id, from_box, from_row, from_col,"
        " to_box, to_row, to_col, reason) VALUES (:aliquot_id, :action, :at, :user_id,"
        " :from_box, :from_row, :from_col, :to_box, :to_row, :to_col, :reason)",
        values,
    )


def movements_of(db: Database, aliquot_id: int) -> list[Row]:
    return rows(db, "SELECT m.*, u.username FROM movement m LEFT JOIN app_user u"
                    " ON u.id = m.user_id WHERE aliquot_id = ? ORDER BY m.id", [aliquot_id])


def is_unique_violation(exc: sqlite3.IntegrityError) -> bool:
    return "UNIQUE constraint failed" in str(exc)


# -- the layout tree and whole-box moves ----------------------------------------------------------


def racks(db: Database) -> list[Row]:
    """Every freezer with its shelves and racks, in display order (a freezer or shelf without
    racks still appears, with NULL below it)."""
    return rows(
        db,
        "SELECT f.id AS freezer_id, f.code AS freezer, f.name, f.location, f.set_point_c,"
        " s.id AS shelf_id, s.code AS shelf, r.id AS rack_id, r.code AS rack FROM freezer f"
        " LEFT JOIN shelf s ON s.freezer_id = f.id LEFT JOIN rack r ON r.shelf_id = s.id"
        " ORDER BY f.code, s.ord, r.ord",
    )


def rack_by_path(db: Database, freezer: str, shelf: str, rack: str) -> Row | None:
    return one(
        db,
        "SELECT r.id, r.code, f.id AS freezer_id FROM rack r JOIN shelf s ON s.id = r.shelf_id"
        " JOIN freezer f ON f.id = s.freezer_id WHERE f.code = ? AND s.code = ? AND r.code = ?",
        [freezer, shelf, rack],
    )


def box_codes_in_rack(db: Database, rack_id: int) -> set[str]:
    return {r["code"] for r in rows(db, "SELECT code FROM box WHERE rack_id = ?", [rack_id])}


def most_boxes_per_rack(db: Database, freezer_id: int) -> int:
    """The fullest rack of a freezer: the layout's boxes per rack (the schema keeps no rack
    capacity, and add_freezer gives every rack of a freezer the same number)."""
    value = scalar(
        db,
        "SELECT max(n) FROM (SELECT count(b.id) AS n FROM rack r JOIN shelf s"
        " ON s.id = r.shelf_id LEFT JOIN box b ON b.rack_id = r.id WHERE s.freezer_id = ?"
        " GROUP BY r.id)",
        [freezer_id],
    )
    return int(value or 0)


def set_box_rack(db: Database, box_id: int, rack_id: int, code: str, ord_: int) -> None:
    db.execute("UPDATE box SET rack_id = ?, code = ?, ord = ? WHERE id = ?",
               [rack_id, code, ord_, box_id])


def aliquot_barcodes_in_box(db: Database, box_id: int) -> list[str]:
    """Tubes holding a position of the box (stored and checked out), in position order."""
    return [r["barcode"] for r in rows(
        db, "SELECT barcode FROM aliquot WHERE box_id = ? ORDER BY pos_row, pos_col", [box_id])]


# -- adding to an existing freezer (services.layout) ---------------------------------------------


def shelf_by_path(db: Database, freezer: str, shelf: str) -> Row | None:
    return one(
        db,
        "SELECT s.id, s.code, f.id AS freezer_id FROM shelf s JOIN freezer f"
        " ON f.id = s.freezer_id WHERE f.code = ? AND s.code = ?",
        [freezer, shelf],
    )

