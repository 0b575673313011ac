"""Shipments and their items (migration 0004): every query on those two tables.

A shipment item keeps the box and position its tube had when it left, so the manifest still
says where each tube came from after shipping freed the slot, and a returned tube can go back
to it. The rules (who may, which tubes, when) are services.shipments'; this module only reads
and writes the rows it is told to.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlite_utils import Database

from biotrack.db.queries import Row, one, rows, scalar

#: Statuses whose items hold their tubes: a tube is in at most one such shipment at a time.
OPEN_STATUSES = ("draft", "dispatched")

_SHIPMENT_SELECT = (
    "SELECT s.*, u.username AS created_by_name,"
    " (SELECT count(*) FROM shipment_item i WHERE i.shipment_id = s.id) AS items,"
    " (SELECT count(*) FROM shipment_item i WHERE i.shipment_id = s.id"
    "  AND i.received_back_at IS NOT NULL) AS received"
    " FROM shipment s LEFT JOIN app_user u ON u.id = s.created_by"
)

_ITEM_SELECT = (
    "SELECT i.aliquot_id, i.box_id, i.pos_row, i.pos_col, i.received_back_at, a.barcode,"
    " a.sample_type, a.number, a.of_count, a.volume_ul, a.status, p.code, v.code AS visit,"
    " f.code || '/' || sh.code || '/' || r.code || '/' || b.code AS box_path"
    " FROM shipment_item i JOIN aliquot a ON a.id = i.aliquot_id"
    " JOIN collection c ON c.id = a.collection_id JOIN visit v ON v.id = c.visit_id"
    " JOIN participant p ON p.id = v.participant_id"
    " LEFT JOIN box b ON b.id = i.box_id LEFT JOIN rack r ON r.id = b.rack_id"
    " LEFT JOIN shelf sh ON sh.id = r.shelf_id LEFT JOIN freezer f ON f.id = sh.freezer_id"
)


def last_sequence(db: Database, prefix: str) -> int:
    """The highest number after ``prefix`` among the shipment codes (0 when none)."""
    value = scalar(db, "SELECT max(CAST(substr(code, ?) AS INTEGER)) FROM shipment"
                       " WHERE code LIKE ? || '%'", [len(prefix) + 1, prefix])
    return int(value or 0)


def insert_shipment(db: Database, values: dict[str, Any]) -> int:
    cursor = db.execute(
        "INSERT INTO shipment (code, destination, courier, tracking, ship_date, un3373,"
        " dry_ice_kg, status, notes, created_at, created_by) VALUES (:code, :destination,"
        " :courier, :tracking, :ship_date, :un3373, :dry_ice_kg, 'draft', :notes, :created_at,"
        " :created_by)",
        values,
    )
    return int(cursor.lastrowid or 0)


def shipment_by_code(db: Database, code: str) -> Row | None:
    return one(db, _SHIPMENT_SELECT + " WHERE s.code = ?", [code])


def shipments(db: Database, status: str | None = None) -> list[Row]:
    """Every shipment (or those of one status), newest first."""
    if status:
        return rows(db, _SHIPMENT_SELECT + " WHERE s.status = ? ORDER BY s.id DESC", [status])
    return rows(db, _SHIPMENT_SELECT + " ORDER BY s.id DESC")


def set_status(db: Database, shipment_id: int, status: str, *,
               dispatched_at: str | None = None, received_at: str | None = None) -> None:
    """Change a shipment's status; the timestamps given are set, the others kept."""
    db.execute(
        "UPDATE shipment SET status = ?, dispatched_at = coalesce(?, dispatched_at),"
        " received_at = coalesce(?, received_at) WHERE id = ?",
        [status, dispatched_at, received_at, shipment_id],
    )


def set_tracking(db: Database, shipment_id: int, tracking: str) -> None:
    db.execute("UPDATE shipment SET tracking = ? WHERE id = ?", [tracking, shipment_id])


def items(db: Database, shipment_id: int) -> list[Row]:
    """The tubes of a shipment with their study context and recorded box, in box order."""
    return rows(db, _ITEM_SELECT + " WHERE i.shipment_id = ?"
                " ORDER BY box_path IS NULL, box_path, i.pos_row, i.pos_col, a.barcode",
                [shipment_id])


def insert_items(db: Database, shipment_id: int, values: Sequence[dict[str, Any]]) -> None:
    """Add tubes (``aliquot_id``, ``box_id``, ``pos_row``, ``pos_col``) to a shipment."""
    for value in values:
        db.execute(
            "INSERT INTO shipment_item (shipment_id, aliquot_id, box_id, pos_row, pos_col)"
            " VALUES (?, ?, ?, ?, ?)",
            [shipment_id, value["aliquot_id"], value["box_id"], value["pos_row"],
             value["pos_col"]],
        )


def delete_item(db: Database, shipment_id: int, aliquot_id: int) -> None:
    db.execute("DELETE FROM shipment_item WHERE shipment_id = ? AND aliquot_id = ?",
               [shipment_id, aliquot_id])


def set_item_place(db: Database, shipment_id: int, aliquot_id: int, box_id: int | None,
                   pos_row: int | None, pos_col: int | None) -> None:
    """Record where the tube is as it leaves (it may have moved since it was added)."""
    db.execute("UPDATE shipment_item SET box_id = ?, pos_row = ?, pos_col = ?"
               " WHERE shipment_id = ? AND aliquot_id = ?",
               [box_id, pos_row, pos_col, shipment_id, aliquot_id])


def mark_item_received(db: Database, shipment_id: int, aliquot_id: int, at: str) -> None:
    db.execute("UPDATE shipment_item SET received_back_at = ?"
               " WHERE shipment_id = ? AND aliquot_id = ?", [at, shipment_id, aliquot_id])


def holding_shipments(db: Database, aliquot_ids: Sequence[int]) -> dict[int, str]:
    """Aliquot id -> code of the open shipment (draft, or dispatched and not received back)
    that holds it, for those of ``aliquot_ids`` that are held."""
    held: dict[int, str] = {}
    ids = list(aliquot_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ", ".join("?" * len(chunk))
        for row in rows(
            db,
            "SELECT i.aliquot_id, s.code FROM shipment_item i"
            " JOIN shipment s ON s.id = i.shipment_id"
            f" WHERE i.aliquot_id IN ({marks}) AND s.status IN ('draft', 'dispatched')"
            " AND i.received_back_at IS NULL",
            chunk,
        ):
            held[int(row["aliquot_id"])] = str(row["code"])
    return held


def stored_aliquots(db: Database, *, participant_id: int | None = None,
                    visit: str | None = None, sample_type: str | None = None,
                    box_id: int | None = None) -> list[Row]:
    """Tubes in storage matching every criterion given, in box and position order."""
    sql = (
        "SELECT a.id, a.barcode FROM aliquot a JOIN collection c ON c.id = a.collection_id"
        " JOIN visit v ON v.id = c.visit_id WHERE a.status = 'in_storage'"
    )
    params: list[Any] = []
    if participant_id is not None:
        sql += " AND v.participant_id = ?"
        params.append(participant_id)
    if visit is not None:
        sql += " AND v.code = ?"
        params.append(visit)
    if sample_type is not None:
        sql += " AND a.sample_type = ?"
        params.append(sample_type)
    if box_id is not None:
        sql += " AND a.box_id = ?"
        params.append(box_id)
    return rows(db, sql + " ORDER BY a.box_id, a.pos_row, a.pos_col, a.id", params)
