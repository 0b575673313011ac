"""Label printing and barcode reservations: every query on label_print and barcode_reservation.

label_print is the log of every print and reprint (who, when, template, format, barcodes);
barcode_reservation holds the barcodes of labels printed before a draw, until the collection is
registered and binds them to its aliquots (migration 0002). The label queries select only what
a label may show (code, visit, sample type and number, draw date, barcode): nothing about the
person leaves the database on this path.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlite_utils import Database

from biotrack.db.queries import Row, one, rows

#: SQLite's default limit on bound parameters is 32766 (3.32+); stay far below it.
_CHUNK = 500

_LABEL_SELECT = (
    "SELECT a.id AS aliquot_id, a.barcode, p.code, v.code AS visit, a.sample_type, a.number,"
    " a.of_count, a.status, substr(c.drawn_at, 1, 10) AS drawn_on, a.box_id,"
    " f.code AS freezer_code, s.ord AS shelf_ord, r.ord AS rack_ord, b.ord AS box_ord,"
    " a.pos_row, a.pos_col FROM aliquot a"
    " JOIN collection c ON c.id = a.collection_id JOIN visit v ON v.id = c.visit_id"
    " JOIN participant p ON p.id = v.participant_id"
    " LEFT JOIN box b ON b.id = a.box_id LEFT JOIN rack r ON r.id = b.rack_id"
    " LEFT JOIN shelf s ON s.id = r.shelf_id LEFT JOIN freezer f ON f.id = s.freezer_id"
)


def box_order(row: Row) -> tuple[Any, ...]:
    """Sort key: freezer, shelf, rack, box, row, column (the fill order); unplaced tubes last,
    in the order they were created."""
    placed = row["box_id"] is not None
    return (not placed, row["freezer_code"] or "", row["shelf_ord"] or 0, row["rack_ord"] or 0,
            row["box_ord"] or 0, row["pos_row"] or 0, row["pos_col"] or 0, row["aliquot_id"])


def label_rows_of_collection(db: Database, collection_id: int) -> list[Row]:
    return sorted(rows(db, _LABEL_SELECT + " WHERE a.collection_id = ?", [collection_id]),
                  key=box_order)


def label_rows_of_box(db: Database, box_id: int) -> list[Row]:
    return sorted(rows(db, _LABEL_SELECT + " WHERE a.box_id = ?", [box_id]), key=box_order)


def label_rows_of_barcodes(db: Database, barcodes: Sequence[str]) -> list[Row]:
    """The label rows of the given barcodes that exist, in box order."""
    found: list[Row] = []
    for start in range(0, len(barcodes), _CHUNK):
        chunk = list(barcodes[start:start + _CHUNK])
        marks = ", ".join("?" for _ in chunk)
        found += rows(db, _LABEL_SELECT + f" WHERE a.barcode IN ({marks})", chunk)
    return sorted(found, key=box_order)


# -- the print log ------------------------------------------------------------------------------


def insert_print(db: Database, *, at: str, user_id: int | None, template: str, fmt: str,
                 source: str, barcodes: Sequence[str], reprint: bool) -> int:
    cursor = db.execute(
        "INSERT INTO label_print (at, user_id, template, format, source, barcodes, reprint)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [at, user_id, template, fmt, source, json.dumps(list(barcodes)), int(reprint)],
    )
    return int(cursor.lastrowid or 0)


def printed_before(db: Database, barcodes: Sequence[str]) -> set[str]:
    """Which of these barcodes are on a label printed before (so printing them is a reprint)."""
    found: set[str] = set()
    for start in range(0, len(barcodes), _CHUNK):
        chunk = list(barcodes[start:start + _CHUNK])
        marks = ", ".join("?" for _ in chunk)
        # label_print_barcode (migration 0003) lists every printed barcode, kept by a trigger.
        found |= {r["barcode"] for r in rows(
            db, f"SELECT DISTINCT barcode FROM label_print_barcode WHERE barcode IN ({marks})",
            chunk)}
    return found


def prints(db: Database, *, barcode: str | None = None, limit: int | None = None) -> list[Row]:
    """The print log, newest first, with the user's name; ``barcode`` narrows it to the prints
    that carried that barcode."""
    sql = ("SELECT lp.id, lp.at, lp.user_id, u.username, lp.template, lp.format, lp.source,"
           " lp.barcodes, lp.reprint FROM label_print lp LEFT JOIN app_user u ON u.id = lp.user_id")
    params: list[Any] = []
    if barcode is not None:
        sql += (" WHERE lp.id IN (SELECT print_id FROM label_print_barcode"
                " WHERE barcode = ?)")
        params.append(barcode)
    sql += " ORDER BY lp.id DESC"
    if limit:
        sql += f" LIMIT {int(limit)}"
    result = rows(db, sql, params)
    for row in result:
        row["barcodes"] = json.loads(row["barcodes"])
        row["reprint"] = bool(row["reprint"])
    return result


# -- reservations -------------------------------------------------------------------------------


def reserved_barcodes(db: Database, visit_id: int, *,
                      include_used: bool = False) -> dict[tuple[str, int], str]:
    """The visit's reserved barcodes by (sample type, number); unused ones only by default."""
    sql = "SELECT sample_type, number, barcode FROM barcode_reservation WHERE visit_id = ?"
    if not include_used:
        sql += " AND used = 0"
    return {(r["sample_type"], r["number"]): r["barcode"]
            for r in rows(db, sql + " ORDER BY barcode", [visit_id])}


def insert_reservations(db: Database, visit_id: int, reserved_at: str,
                        barcodes: dict[tuple[str, int], str]) -> None:
    db.conn.executemany(
        "INSERT INTO barcode_reservation (barcode, visit_id, sample_type, number, reserved_at)"
        " VALUES (?, ?, ?, ?, ?)",
        [(barcode, visit_id, sample_type, number, reserved_at)
         for (sample_type, number), barcode in barcodes.items()],
    )


def mark_used(db: Database, barcodes: Sequence[str]) -> None:
    db.conn.executemany("UPDATE barcode_reservation SET used = 1 WHERE barcode = ?",
                        [(b,) for b in barcodes])


def reservation(db: Database, barcode: str) -> Row | None:
    """A reserved barcode with the participant code and visit code it was printed for."""
    return one(
        db,
        "SELECT br.barcode, br.visit_id, br.sample_type, br.number, br.used, br.reserved_at,"
        " p.code, v.code AS visit FROM barcode_reservation br JOIN visit v ON v.id = br.visit_id"
        " JOIN participant p ON p.id = v.participant_id WHERE br.barcode = ?",
        [barcode],
    )
