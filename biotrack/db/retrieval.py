"""Retrieval pull lists (issue 7, point 7): every query on ``pull_list`` and ``pull_item``.

The selection of the tubes to pull is ONE statement: at a million aliquots it must reach
``aliquot`` through its indices, never by reading the table. It walks participant -> visit ->
collection -> aliquot in that order (CROSS JOIN fixes the order for SQLite's planner), so each
step is an index lookup: participants by code or a pass over the (small) participant table,
their visits by (participant_id, code), the collection by visit, the tubes by (collection_id,
sample_type, number). The unary ``+`` on ``status`` keeps the planner off the low-selectivity
status index. Whether a tube is the last one of its visit and sample type is counted in the
same statement (a window over the candidates and an indexed count per group), so the rule the
service applies sees one consistent picture. Checked by tests/unit/db/test_query_plans.py's
helpers in tests/unit/db/test_retrieval_plans.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlite_utils import Database

from biotrack.db.queries import Row, one, rows, scalar

#: A tube on a pull list that is still to be pulled holds it: another list must not take it.
_ON_OPEN_LIST = (
    "SELECT pl.code FROM pull_item pi JOIN pull_list pl ON pl.id = pi.pull_id"
    " WHERE pi.aliquot_id = {alias}.id AND pi.state = 'pending' AND pl.status = 'open'"
)


def _in(column: str, values: Sequence[Any], params: list[Any]) -> str:
    params.extend(values)
    return f"{column} IN ({', '.join('?' for _ in values)})"


def select_tubes(db: Database, *, cohorts: Sequence[str] = (), sites: Sequence[str] = (),
                 participants: Sequence[str] = (), visits: Sequence[str] = (),
                 kinds: Sequence[str] = (), sample_types: Sequence[str] = (),
                 numbers: Sequence[int] = (), limit: int) -> list[Row]:
    """In-storage tubes matching the criteria, in freezer/shelf/rack/box/position order.

    Each row carries ``on_list`` (the code of an open pull list that holds the tube, else
    None), ``rank`` (its place among the group's candidates that are on no open list, lowest
    number first) and ``available`` (the group's in-storage tubes on no open list, chosen or
    not), the group being the tube's collection (one per visit) and sample type. Visits match
    by code OR by kind. At most ``limit`` rows.
    """
    params: list[Any] = []
    where = ["v.participant_id = p.id", "c.visit_id = v.id", "a.collection_id = c.id",
             "+a.status = 'in_storage'"]
    if cohorts:
        where.append(_in("p.cohort", cohorts, params))
    if sites:
        where.append(_in("p.site_code", sites, params))
    if participants:
        where.append(_in("p.code", participants, params))
    visit_terms = []
    if visits:
        visit_terms.append(_in("v.code", visits, params))
    if kinds:
        visit_terms.append(_in("v.kind", kinds, params))
    if visit_terms:
        where.append("(" + " OR ".join(visit_terms) + ")")
    if sample_types:
        where.append(_in("a.sample_type", sample_types, params))
    if numbers:
        where.append(_in("a.number", numbers, params))
    params.append(int(limit))
    sql = (
        "WITH chosen AS (SELECT a.id, a.barcode, a.collection_id, a.sample_type, a.number,"
        " a.of_count, a.box_id, a.pos_row, a.pos_col, p.code, v.code AS visit,"
        " v.kind AS visit_kind, (" + _ON_OPEN_LIST.format(alias="a") + " LIMIT 1) AS on_list"
        " FROM participant p CROSS JOIN visit v CROSS JOIN collection c CROSS JOIN aliquot a"
        " WHERE " + " AND ".join(where) + "),"
        " ranked AS (SELECT chosen.*, row_number() OVER (PARTITION BY collection_id,"
        " sample_type ORDER BY on_list IS NOT NULL, number) AS rank,"
        " (SELECT count(*) FROM aliquot o WHERE o.collection_id = chosen.collection_id"
        " AND o.sample_type = chosen.sample_type AND +o.status = 'in_storage'"
        " AND NOT EXISTS (" + _ON_OPEN_LIST.format(alias="o") + ")) AS available"
        " FROM chosen)"
        " SELECT t.id AS aliquot_id, t.barcode, t.collection_id, t.sample_type, t.number,"
        " t.of_count, t.box_id, t.pos_row, t.pos_col, t.code, t.visit, t.visit_kind,"
        " t.on_list, t.rank, t.available, f.code AS freezer, s.code AS shelf,"
        " k.code AS rack, b.code AS box FROM ranked t JOIN box b ON b.id = t.box_id"
        " JOIN rack k ON k.id = b.rack_id JOIN shelf s ON s.id = k.shelf_id"
        " JOIN freezer f ON f.id = s.freezer_id"
        " ORDER BY f.code, s.ord, k.ord, b.ord, t.pos_row, t.pos_col LIMIT ?"
    )
    return rows(db, sql, params)


def in_storage_count(db: Database, collection_id: int, sample_type: str) -> int:
    """Tubes of one visit (its collection) and sample type still in storage."""
    return int(scalar(db, "SELECT count(*) FROM aliquot WHERE collection_id = ? AND"
                          " sample_type = ? AND +status = 'in_storage'",
                      [collection_id, sample_type]) or 0)


def known_sites(db: Database) -> list[str]:
    return [str(r["code"]) for r in rows(db, "SELECT code FROM site ORDER BY code")]


def known_participants(db: Database, codes: Sequence[str]) -> set[str]:
    if not codes:
        return set()
    params: list[Any] = []
    sql = "SELECT code FROM participant WHERE " + _in("code", codes, params)
    return {str(r["code"]) for r in rows(db, sql, params)}


# -- pull lists ---------------------------------------------------------------------------------


def last_code(db: Database, prefix: str) -> str | None:
    """The highest code starting with ``prefix`` (a range on the UNIQUE code index)."""
    value = scalar(db, "SELECT max(code) FROM pull_list WHERE code >= ? AND code < ?",
                   [prefix, prefix + "\uffff"])
    return None if value is None else str(value)


def insert_pull_list(db: Database, values: dict[str, Any]) -> int:
    cursor = db.execute(
        "INSERT INTO pull_list (code, purpose, criteria, status, created_at, created_by)"
        " VALUES (:code, :purpose, :criteria, 'open', :created_at, :created_by)", values)
    return int(cursor.lastrowid or 0)


def insert_pull_items(db: Database, values: Sequence[dict[str, Any]]) -> None:
    db.conn.executemany(
        "INSERT INTO pull_item (pull_id, aliquot_id, ord, box_id, pos_row, pos_col, state)"
        " VALUES (:pull_id, :aliquot_id, :ord, :box_id, :pos_row, :pos_col, 'pending')",
        values)


_LIST_SELECT = (
    "SELECT l.id, l.code, l.purpose, l.criteria, l.status, l.created_at, l.closed_at,"
    " u.username AS created_by,"
    " (SELECT count(*) FROM pull_item i WHERE i.pull_id = l.id) AS total,"
    " (SELECT count(*) FROM pull_item i WHERE i.pull_id = l.id AND i.state = 'pending')"
    " AS pending,"
    " (SELECT count(*) FROM pull_item i WHERE i.pull_id = l.id AND i.state = 'picked')"
    " AS picked,"
    " (SELECT count(*) FROM pull_item i WHERE i.pull_id = l.id AND i.state = 'not_found')"
    " AS not_found"
    " FROM pull_list l LEFT JOIN app_user u ON u.id = l.created_by"
)


def pull_list_by_code(db: Database, code: str) -> Row | None:
    return one(db, _LIST_SELECT + " WHERE l.code = ?", [code])


def pull_lists(db: Database, status: str | None = None) -> list[Row]:
    if status:
        return rows(db, _LIST_SELECT + " WHERE l.status = ? ORDER BY l.id DESC", [status])
    return rows(db, _LIST_SELECT + " ORDER BY l.id DESC")


def pull_items(db: Database, pull_id: int) -> list[Row]:
    """The items of a list in pull order, each with its tube and the place it was listed at."""
    return rows(
        db,
        "SELECT i.aliquot_id, i.ord, i.state, i.picked_at, i.box_id, i.pos_row, i.pos_col,"
        " a.barcode, a.collection_id, a.sample_type, a.number, a.of_count, a.status,"
        " p.code, v.code AS visit, v.kind AS visit_kind, f.code AS freezer, s.code AS shelf,"
        " k.code AS rack, b.code AS box FROM pull_item i"
        " JOIN aliquot a ON a.id = i.aliquot_id JOIN collection c ON c.id = a.collection_id"
        " JOIN visit v ON v.id = c.visit_id JOIN participant p ON p.id = v.participant_id"
        " LEFT JOIN box b ON b.id = i.box_id LEFT JOIN rack k ON k.id = b.rack_id"
        " LEFT JOIN shelf s ON s.id = k.shelf_id LEFT JOIN freezer f ON f.id = s.freezer_id"
        " WHERE i.pull_id = ? ORDER BY i.ord",
        [pull_id],
    )


def pull_item(db: Database, pull_id: int, aliquot_id: int) -> Row | None:
    return one(db, "SELECT * FROM pull_item WHERE pull_id = ? AND aliquot_id = ?",
               [pull_id, aliquot_id])


def set_item_state(db: Database, pull_id: int, aliquot_id: int, state: str,
                   picked_at: str | None) -> None:
    db.execute("UPDATE pull_item SET state = ?, picked_at = ? WHERE pull_id = ?"
               " AND aliquot_id = ?", [state, picked_at, pull_id, aliquot_id])


def set_list_status(db: Database, pull_id: int, status: str, closed_at: str | None) -> None:
    db.execute("UPDATE pull_list SET status = ?, closed_at = ? WHERE id = ?",
               [status, closed_at, pull_id])
