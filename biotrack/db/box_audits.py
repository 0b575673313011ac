"""Stored box audits and their findings: every query on ``box_audit`` and ``box_audit_finding``.

Migration 0004 made the tables. An audit row keeps what was compared (box, source, file name,
counts); a finding row keeps one difference and, once resolved, how and why. A finding is
resolved at most once: the UPDATE only touches a row whose resolution is still NULL, so two
resolutions racing for one finding cannot both win (services.box_audits decides the rest).
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from biotrack.db.queries import Row, one, rows

_BOX_PATH = ("f.code || '/' || sh.code || '/' || r.code || '/' || b.code")
_AUDIT_SELECT = (
    "SELECT a.id, a.box_id, " + _BOX_PATH + " AS box_path, a.at, a.user_id,"
    " u.username, a.source, a.scan_file, a.scanned, a.matched,"
    " (SELECT count(*) FROM box_audit_finding x WHERE x.audit_id = a.id) AS findings,"
    " (SELECT count(*) FROM box_audit_finding x WHERE x.audit_id = a.id"
    "  AND x.resolution IS NULL) AS open_findings"
    " FROM box_audit a JOIN box b ON b.id = a.box_id JOIN rack r ON r.id = b.rack_id"
    " JOIN shelf sh ON sh.id = r.shelf_id JOIN freezer f ON f.id = sh.freezer_id"
    " LEFT JOIN app_user u ON u.id = a.user_id"
)
_FINDING_SELECT = (
    "SELECT x.id, x.audit_id, x.category, x.barcode, x.aliquot_id, x.scanned_position,"
    " x.expected, x.resolution, x.resolved_at, ru.username AS resolved_by, x.reason,"
    " a.at AS audit_at, a.box_id, " + _BOX_PATH + " AS box_path"
    " FROM box_audit_finding x JOIN box_audit a ON a.id = x.audit_id"
    " JOIN box b ON b.id = a.box_id JOIN rack r ON r.id = b.rack_id"
    " JOIN shelf sh ON sh.id = r.shelf_id JOIN freezer f ON f.id = sh.freezer_id"
    " LEFT JOIN app_user ru ON ru.id = x.resolved_by"
)


def insert_audit(db: Database, values: dict[str, Any]) -> int:
    cursor = db.execute(
        "INSERT INTO box_audit (box_id, at, user_id, source, scan_file, scanned, matched)"
        " VALUES (:box_id, :at, :user_id, :source, :scan_file, :scanned, :matched)",
        values,
    )
    return int(cursor.lastrowid or 0)


def insert_finding(db: Database, values: dict[str, Any]) -> int:
    cursor = db.execute(
        "INSERT INTO box_audit_finding (audit_id, category, barcode, aliquot_id,"
        " scanned_position, expected) VALUES (:audit_id, :category, :barcode, :aliquot_id,"
        " :scanned_position, :expected)",
        values,
    )
    return int(cursor.lastrowid or 0)


def audit_by_id(db: Database, audit_id: int) -> Row | None:
    return one(db, _AUDIT_SELECT + " WHERE a.id = ?", [audit_id])


def audits(db: Database, *, box_id: int | None = None, limit: int = 200) -> list[Row]:
    """Newest first."""
    where = " WHERE a.box_id = ?" if box_id is not None else ""
    params: list[Any] = [box_id] if box_id is not None else []
    return rows(db, _AUDIT_SELECT + where + " ORDER BY a.at DESC, a.id DESC LIMIT ?",
                [*params, limit])


def finding_by_id(db: Database, finding_id: int) -> Row | None:
    return one(db, _FINDING_SELECT + " WHERE x.id = ?", [finding_id])


def findings(db: Database, *, audit_id: int | None = None, open_only: bool = False,
             limit: int = 10_000) -> list[Row]:
    """Oldest audit first, then in the order the audit found them."""
    clauses, params = [], []
    if audit_id is not None:
        clauses.append("x.audit_id = ?")
        params.append(audit_id)
    if open_only:
        clauses.append("x.resolution IS NULL")
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    return rows(db, _FINDING_SELECT + where + " ORDER BY a.at, x.audit_id, x.id LIMIT ?",
                [*params, limit])


def resolve_finding(db: Database, finding_id: int, resolution: str, at: str,
                    user_id: int | None, reason: str) -> bool:
    """Record a resolution; False when the finding was already resolved (nothing written)."""
    cursor = db.execute(
        "UPDATE box_audit_finding SET resolution = ?, resolved_at = ?, resolved_by = ?,"
        " reason = ? WHERE id = ? AND resolution IS NULL",
        [resolution, at, user_id, reason, finding_id],
    )
    return cursor.rowcount == 1
