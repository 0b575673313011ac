"""Read-only queries behind ``biotrack check``: SQLite's checks and BioTrack's invariants.

They return what they found as data; services.safety puts it into (translatable) words.
"""

from __future__ import annotations

from sqlite_utils import Database

from biotrack.db.queries import Row, rows


def integrity_problems(db: Database) -> list[str]:
    """SQLite's own words for what PRAGMA integrity_check found (empty when it says ok)."""
    result = [r[0] for r in db.execute("PRAGMA integrity_check").fetchall()]
    return [] if result == ["ok"] else result


def foreign_key_violations(db: Database) -> list[Row]:
    """Rows pointing to a missing parent: table, rowid, parent (PRAGMA foreign_key_check)."""
    return [{"table": r[0], "rowid": r[1], "parent": r[2]}
            for r in db.execute("PRAGMA foreign_key_check").fetchall()]


def incomplete_collections(db: Database) -> list[Row]:
    """Collections whose aliquot count differs from the expected: id, n, expected_aliquots."""
    return rows(db, "SELECT c.id, c.expected_aliquots, count(a.id) AS n FROM collection c"
                    " LEFT JOIN aliquot a ON a.collection_id = c.id GROUP BY c.id"
                    " HAVING n != c.expected_aliquots")


def orphan_aliquots(db: Database) -> list[str]:
    """Barcodes of aliquots whose collection is gone."""
    return [r["barcode"] for r in rows(
        db, "SELECT barcode FROM aliquot WHERE collection_id NOT IN (SELECT id FROM collection)")]


def shared_positions(db: Database) -> list[Row]:
    """Positions holding more than one tube: box_id, pos_row, pos_col, n, barcodes."""
    return rows(db, "SELECT box_id, pos_row, pos_col, count(*) AS n,"
                    " group_concat(barcode, ', ') AS barcodes FROM aliquot"
                    " WHERE box_id IS NOT NULL GROUP BY box_id, pos_row, pos_col"
                    " HAVING n > 1")


def positions_outside_box(db: Database) -> list[str]:
    """Barcodes of aliquots whose position lies outside their box's rows and columns."""
    return [r["barcode"] for r in rows(
        db, "SELECT a.barcode FROM aliquot a JOIN box b ON b.id = a.box_id"
            " WHERE a.pos_row > b.n_rows OR a.pos_col > b.n_cols")]


def unaudited_aliquots(db: Database) -> list[str]:
    """Barcodes of aliquots without their aliquot.create audit event."""
    return [r["barcode"] for r in rows(
        db, "SELECT barcode FROM aliquot WHERE barcode NOT IN (SELECT record_id FROM"
            " audit_event WHERE table_name = 'aliquot' AND action = 'aliquot.create')")]


def records_of_participant(db: Database, participant_id: int, code: str
                           ) -> list[tuple[str, str]]:
    """Every audited record that belongs to a participant: itself, visits, collections, tubes."""
    records = [("participant", code)]
    records += [("visit", f"{code}/{r['code']}") for r in rows(
        db, "SELECT code FROM visit WHERE participant_id = ?", [participant_id])]
    records += [("collection", str(r["id"])) for r in rows(
        db, "SELECT c.id FROM collection c JOIN visit v ON v.id = c.visit_id"
            " WHERE v.participant_id = ?", [participant_id])]
    records += [("aliquot", r["barcode"]) for r in rows(
        db, "SELECT a.barcode FROM aliquot a JOIN collection c ON c.id = a.collection_id"
            " JOIN visit v ON v.id = c.visit_id WHERE v.participant_id = ?", [participant_id])]
    return records


APPEND_ONLY_TRIGGERS = ("audit_event_no_update", "audit_event_no_delete")


def missing_audit_triggers(db: Database) -> list[str]:
    """The names of the append-only triggers of the audit table that someone removed."""
    present = {r["name"] for r in rows(db, "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    return [name for name in APPEND_ONLY_TRIGGERS if name not in present]


def box_fill_mismatches(db: Database) -> list[Row]:
    """The per-box free-position count (kept by triggers, migration 0003) against the tubes:
    box_id, free (as counted), actual."""
    return rows(db, "SELECT f.box_id, f.free, b.n_rows * b.n_cols - (SELECT count(*)"
                    " FROM aliquot a WHERE a.box_id = b.id) AS actual FROM box_fill f"
                    " JOIN box b ON b.id = f.box_id WHERE f.free != actual")
