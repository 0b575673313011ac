"""Collections, aliquots and barcode serials: every query on those tables."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from biotrack.db.queries import Row, one, rows, scalar, to_datetime
from biotrack.models import Aliquot, Collection, Location, position_label

# One query for a tube with its participant, visit and place (scanning a tube is the hottest
# path: issue 8 wants it within 3x of a bare indexed SELECT).
_ALIQUOT_SELECT = (
    "SELECT a.*, p.code AS participant_code, v.code AS visit_code, f.code AS box_freezer,"
    " s.code AS box_shelf, r.code AS box_rack, b.code AS box_code FROM aliquot a"
    " JOIN collection c ON c.id = a.collection_id JOIN visit v ON v.id = c.visit_id"
    " JOIN participant p ON p.id = v.participant_id"
    " LEFT JOIN box b ON b.id = a.box_id LEFT JOIN rack r ON r.id = b.rack_id"
    " LEFT JOIN shelf s ON s.id = r.shelf_id LEFT JOIN freezer f ON f.id = s.freezer_id"
)


def take_barcode_serials(db: Database, count: int) -> range:
    """Reserve ``count`` new serials; the counter only grows, so a serial is never reused."""
    last = int(scalar(db, "SELECT last_serial FROM barcode_counter WHERE id = 1"))
    db.execute("UPDATE barcode_counter SET last_serial = ? WHERE id = 1", [last + count])
    return range(last + 1, last + count + 1)


def insert_collection(db: Database, values: dict[str, Any]) -> int:
    values = dict(values, deviations=json.dumps(list(values.get("deviations", []))))
    cursor = db.execute(
        "INSERT INTO collection (visit_id, drawn_at, received_at, centrifuged_at, frozen_at,"
        " drawn_by, processed_by, deviations, notes, expected_aliquots, registered_at,"
        " registered_by) VALUES (:visit_id, :drawn_at, :received_at, :centrifuged_at,"
        " :frozen_at, :drawn_by, :processed_by, :deviations, :notes, :expected_aliquots,"
        " :registered_at, :registered_by)",
        values,
    )
    return int(cursor.lastrowid or 0)


def insert_aliquots(db: Database, values: Sequence[dict[str, Any]]) -> None:
    """Bulk insert (executemany) of a collection's aliquots; positions are checked by the
    UNIQUE index, so a clash aborts the whole transaction."""
    db.conn.executemany(
        "INSERT INTO aliquot (barcode, collection_id, sample_type, number, of_count, volume_ul,"
        " status, box_id, pos_row, pos_col, thaw_count, sprec, created_at) VALUES (:barcode,"
        " :collection_id, :sample_type, :number, :of_count, :volume_ul, :status, :box_id,"
        " :pos_row, :pos_col, 0, :sprec, :created_at)",
        values,
    )


def _location(row: Row) -> Location | None:
    box_id, pos_row, pos_col = row["box_id"], row["pos_row"], row["pos_col"]
    if box_id is None or pos_row is None or pos_col is None or row["box_code"] is None:
        return None
    return Location(row["box_freezer"], row["box_shelf"], row["box_rack"], row["box_code"],
                    position_label(pos_row, pos_col), box_id, pos_row, pos_col)


def _aliquot(db: Database, row: Row) -> Aliquot:
    return Aliquot(
        id=row["id"], barcode=row["barcode"], collection_id=row["collection_id"],
        sample_type=row["sample_type"], number=row["number"], of_count=row["of_count"],
        volume_ul=row["volume_ul"], status=row["status"], thaw_count=row["thaw_count"],
        sprec=row["sprec"], code=row["participant_code"], visit=row["visit_code"],
        location=_location(row),
    )


def aliquot_by_barcode(db: Database, barcode: str) -> Aliquot | None:
    row = one(db, _ALIQUOT_SELECT + " WHERE a.barcode = ?", [barcode])
    return _aliquot(db, row) if row else None


def aliquots_of_collection(db: Database, collection_id: int) -> list[Aliquot]:
    return [_aliquot(db, r) for r in rows(
        db, _ALIQUOT_SELECT + " WHERE a.collection_id = ? ORDER BY a.id", [collection_id])]


def _collection(db: Database, row: Row) -> Collection:
    return Collection(
        id=row["id"], visit_id=row["visit_id"], code=row["participant_code"],
        visit=row["visit_code"], drawn_at=datetime.fromisoformat(row["drawn_at"]),
        received_at=to_datetime(row["received_at"]),
        centrifuged_at=to_datetime(row["centrifuged_at"]),
        frozen_at=to_datetime(row["frozen_at"]),
        deviations=tuple(json.loads(row["deviations"])), notes=row["notes"],
        expected_aliquots=row["expected_aliquots"],
        registered_at=datetime.fromisoformat(row["registered_at"]),
        drawn_by=row["drawn_by"], processed_by=row["processed_by"],
        aliquots=tuple(aliquots_of_collection(db, row["id"])),
    )


_COLLECTION_SELECT = (
    "SELECT c.*, p.code AS participant_code, v.code AS visit_code FROM collection c"
    " JOIN visit v ON v.id = c.visit_id JOIN participant p ON p.id = v.participant_id"
)


def collection_by_id(db: Database, collection_id: int) -> Collection | None:
    row = one(db, _COLLECTION_SELECT + " WHERE c.id = ?", [collection_id])
    return _collection(db, row) if row else None


def collections_of(db: Database, participant_id: int) -> list[Collection]:
    return [_collection(db, r) for r in rows(
        db, _COLLECTION_SELECT + " WHERE p.id = ? ORDER BY c.drawn_at", [participant_id])]


def collection_for_visit(db: Database, visit_id: int) -> int | None:
    value = scalar(db, "SELECT id FROM collection WHERE visit_id = ?", [visit_id])
    return None if value is None else int(value)
