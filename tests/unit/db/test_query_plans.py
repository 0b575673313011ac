"""No hot path reads a whole big table (issue 8, point 3), checked with EXPLAIN QUERY PLAN.

Why: at a million aliquots a full scan of ``aliquot``, ``movement`` or ``audit_event`` turns a
scan at the bench (a few microseconds by index) into a pause of seconds. Timings belong to the
benchmarks (bench/run.py); this test holds the cause: every statement a hot service call runs
is captured (sqlite3's trace callback) on a small real database made by the benchmark
generator, and its query plan must reach those tables through an index. The one allowed pass
over a big table is a covering-index scan in the report aggregation, which reads every tube
by definition. Also here: the allocation reads a handful of boxes, not every box, and the
free-position counts behind it (migration 0003) stay equal to the tubes actually stored.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from biotrack import allocation
from biotrack.db import reporting
from biotrack.db import storage as storage_repo
from biotrack.db.connection import open_database
from biotrack.reports.period import Month
from biotrack.services import (
    collection,
    due,
    enrolment,
    overview,
    printing,
    safety,
    storage,
)
from biotrack.services.context import Session
from tests.unit.db.conftest import TODAY  # the generated study's today

BIG_TABLES = ("aliquot", "movement", "audit_event")

_CONTROL = re.compile(r"\s*(PRAGMA|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|DROP|CREATE)\b",
                      re.IGNORECASE)
_ALIAS = re.compile(
    r"\b(" + "|".join(BIG_TABLES) + r")\b(?:\s+AS)?\s+(?!ON\b|WHERE\b|JOIN\b|LEFT\b|CROSS\b"
    r"|INNER\b|SET\b|VALUES\b|ORDER\b|GROUP\b|LIMIT\b|USING\b|\()([a-z_]\w*)", re.IGNORECASE)


def statements(session: Session, action: Callable[[], Any]) -> list[str]:
    """Every data statement ``action`` runs, with its parameters filled in."""
    seen: list[str] = []
    session.db.conn.set_trace_callback(seen.append)
    try:
        action()
    finally:
        session.db.conn.set_trace_callback(None)
    return [sql for sql in seen if not _CONTROL.match(sql)]


def full_scans(session: Session, sql: str) -> list[str]:
    """The plan lines of ``sql`` that read a big table without an index."""
    names = set(BIG_TABLES) | {alias for _table, alias in _ALIAS.findall(sql)}
    bad = []
    for row in session.db.execute("EXPLAIN QUERY PLAN " + sql).fetchall():
        detail = str(row[3])
        match = re.match(r"SCAN (\S+)", detail)
        # Even a covering-index scan reads every row: on a lookup, only SEARCH will do.
        if match and match.group(1) in names:
            bad.append(detail)
    return bad


def assert_indexed(session: Session, action: Callable[[], Any]) -> None:
    ran = statements(session, action)
    assert ran, "the call ran no SQL"
    problems = {sql[:200]: scans for sql in ran if (scans := full_scans(session, sql))}
    assert not problems, problems


def _stored_barcode(session: Session) -> str:
    return str(session.db.execute(
        "SELECT barcode FROM aliquot WHERE status = 'in_storage' ORDER BY id DESC LIMIT 1"
    ).fetchone()[0])


def _new_participant(session: Session) -> str:
    """Enrolled yesterday, so V1 (first dose yesterday) can be drawn two hours ago."""
    yesterday = datetime.now().date() - timedelta(days=1)
    return enrolment.enrol(session, enrolment.Enrolment(
        cohort="ICI", site="NAV", enrolled_on=yesterday, regimen="pembrolizumab-q3w",
        first_dose=yesterday)).code


def _draw() -> collection.Draw:
    drawn = datetime.now().replace(second=0, microsecond=0) - timedelta(hours=2)
    return collection.Draw(drawn_at=drawn, centrifuged_at=drawn + timedelta(minutes=40),
                           frozen_at=drawn + timedelta(minutes=80))


# -- the lookups of the hot paths ---------------------------------------------------------------


def test_the_bench_helper_sees_a_full_scan(session: Session) -> None:
    """The check itself: a query without a usable index is caught, through its alias too."""
    assert full_scans(session, "SELECT * FROM aliquot a WHERE a.sprec = 'x'") == ["SCAN a"]
    assert full_scans(session, "SELECT * FROM movement WHERE reason = 'x'") == ["SCAN movement"]
    assert not full_scans(session, "SELECT * FROM aliquot WHERE barcode = 'BT00000013'")


def test_locating_a_tube(session: Session) -> None:
    barcode = _stored_barcode(session)
    assert_indexed(session, lambda: storage.locate(session, barcode))
    # One statement: the tube with its participant, visit and place.
    assert len(statements(session, lambda: storage.locate(session, barcode))) == 1


def test_box_contents(session: Session) -> None:
    box = storage.locate(session, _stored_barcode(session)).location
    assert box is not None
    found = storage.find_box(session, box.box_path)
    assert_indexed(session, lambda: storage.box_contents(session, found))


def test_movements_of_a_tube(session: Session) -> None:
    barcode = _stored_barcode(session)
    assert_indexed(session, lambda: storage.movements(session, barcode))


def test_participant_by_code_and_their_visits(session: Session) -> None:
    code = str(session.db.execute("SELECT code FROM participant LIMIT 1").fetchone()[0])
    assert_indexed(session, lambda: enrolment.visits(session, code))


def _plan(session: Session, sql: str) -> list[str]:
    return [str(row[3]) for row in session.db.execute("EXPLAIN QUERY PLAN " + sql).fetchall()]


@pytest.mark.parametrize("sort", overview.PARTICIPANT_SORTS)
def test_a_page_of_the_participant_list_is_one_indexed_statement(session: Session,
                                                                 sort: str) -> None:
    """The Participants list (issue 8): one statement per page, whatever the order or search;
    the visits are reached by index, never by reading the whole visit table, and the next visit
    of a participant is not looked up through visit_status_target (which would read every
    planned visit of the study once per participant)."""
    for query in (overview.ParticipantQuery(sort=sort),
                  overview.ParticipantQuery(sort=sort, descending=True, search="nav")):
        ran = statements(session, lambda q=query: overview.participant_page(session, q, 40, 20))
        assert len(ran) == 1, ran
        plan = _plan(session, ran[0])
        assert not [line for line in plan if re.match(r"SCAN (visit|v|nv)\b", line)], plan
        if sort == "next_visit":
            # Every next visit in one pass over the planned visits, by index.
            assert "SEARCH visit USING INDEX visit_status_target (status=?)" in plan, plan
        else:
            # Only the page's participants get a next visit, through (participant_id, code).
            lookups = [line for line in plan if line.startswith("SEARCH v ")]
            assert lookups and all("(participant_id=?)" in line for line in lookups), plan
        if sort == "code" and not query.search:
            assert any(re.match(r"SCAN p USING (COVERING )?INDEX sqlite_autoindex_participant",
                                line) for line in plan), plan
    assert_indexed(session, lambda: overview.participant_count(session))
    assert_indexed(session, lambda: overview.participant_position(
        session, "IA-NAV-001", overview.ParticipantQuery(sort=sort)))


def test_due_visits(session: Session) -> None:
    assert_indexed(session, lambda: due.due(session, TODAY, TODAY + timedelta(days=13)))


def test_audit_history_of_a_tube_and_of_a_participant(session: Session) -> None:
    barcode = _stored_barcode(session)
    code = storage.locate(session, barcode).code
    assert_indexed(session, lambda: safety.history(session, barcode=barcode))
    assert_indexed(session, lambda: safety.history(session, code=code))


def test_allocation_preview_and_registration(session: Session) -> None:
    code = _new_participant(session)
    assert_indexed(session, lambda: collection.preview(session, code, "V1"))
    assert_indexed(session, lambda: collection.register(session, code, "V1", _draw()))


def test_label_printing_and_the_reprint_check(session: Session, tmp_path: Path) -> None:
    barcodes = [str(r[0]) for r in session.db.execute(
        "SELECT barcode FROM aliquot WHERE status = 'in_storage' ORDER BY id LIMIT 20")]
    options = printing.PrintOptions(format="zpl", output=tmp_path / "labels.zpl")
    assert_indexed(session, lambda: printing.print_barcodes(session, barcodes, options))
    assert_indexed(session, lambda: printing.print_log(session, barcodes[0]))
    # The generator printed every collection once: printing them again is a reprint.
    assert printing.print_barcodes(session, barcodes, options).reprint


def test_the_report_aggregation_reads_big_tables_once_at_most(session: Session) -> None:
    """The state of every tube is built in one pass; every other access is by index."""
    month = Month.of(datetime.fromisoformat(str(session.db.execute(
        "SELECT max(registered_at) FROM collection").fetchone()[0])) - timedelta(days=31))
    cutoffs = month.cutoffs()
    db = session.db
    with reporting.snapshot(db):
        def build() -> None:
            reporting.build_state(db, cutoffs)
            reporting.inventory_status_counts(db)
            reporting.inventory_summary(db)
            reporting.inventory_boxes(db, cutoffs)
            reporting.inventory_aliquots(db)
            reporting.movements_in(db, cutoffs)
            reporting.unplaced_aliquots(db)
            reporting.checked_out_before(db, cutoffs.end_utc)

        ran = statements(session, build)
        assert len(ran) >= 8
        problems: dict[str, list[str]] = {}
        for sql in ran:
            scans = full_scans(session, sql)
            # One pass over the movements through their covering index is the aggregation.
            scans = [line for line in scans if "USING COVERING INDEX" not in line]
            if scans:
                problems[sql[:200]] = scans
        assert not problems, problems


# -- allocation reads a few boxes, and chooses as the rule does over all of them -----------------


def _allocation_over_every_box(session: Session, planned: list[collection.PlannedAliquot]
                               ) -> list[tuple[int, int, int] | None]:
    """The rule applied the slow way: every box of the type, with its taken positions."""
    result: list[tuple[int, int, int] | None] = [None] * len(planned)
    groups: dict[str, list[int]] = {}
    for index, plan in enumerate(planned):
        groups.setdefault(session.protocol.sample_type(plan.sample_type).box_type, []
                          ).append(index)
    for box_type, indexes in groups.items():
        spaces = [allocation.BoxSpace(b.id, b.box_type, b.rows, b.cols,
                                      storage_repo.taken_positions(session.db, b.id))
                  for b in storage_repo.boxes(session.db, box_type=box_type)]
        (chosen,) = allocation.allocate([(box_type, len(indexes))], spaces)
        for index, slot in zip(indexes, chosen, strict=False):
            result[index] = slot
    return result


def test_allocation_reads_a_few_boxes_and_agrees_with_the_rule(session: Session) -> None:
    code = _new_participant(session)
    participant = enrolment.get_participant(session, code)
    visit = enrolment.get_visit(session, participant, "V1")
    planned = collection.expected_aliquots(session, visit)
    ran = statements(session, lambda: collection._allocate(session, planned))
    boxes = int(session.db.execute("SELECT count(*) FROM box").fetchone()[0])
    assert boxes > 100
    assert len(ran) <= 4, ran  # per box type: the first box with room, then its positions
    assert collection._allocate(session, planned) == _allocation_over_every_box(
        session, planned)


def test_allocation_spills_over_when_no_box_has_room_for_all(session: Session) -> None:
    """Fill every serum box up to its last 3 positions (or fewer): 6 tubes then spill over
    several boxes, exactly as the rule over all boxes does."""
    db = session.db
    fillers = []
    for box in storage_repo.boxes(db, box_type="serum"):
        taken = storage_repo.taken_positions(db, box.id)
        free = [(r, c) for r in range(1, box.rows + 1) for c in range(1, box.cols + 1)
                if (r, c) not in taken]
        fillers += [(box.id, row, col) for row, col in free[:-3]]
    with db.conn:
        db.conn.executemany(
            "INSERT INTO aliquot (barcode, collection_id, sample_type, number, of_count,"
            " volume_ul, status, box_id, pos_row, pos_col, sprec, created_at)"
            " VALUES (?, 1, 'filler', ?, 1000000, 1, 'in_storage', ?, ?, ?, 'x', 'x')",
            [(f"FILL{number}", number, *slot) for number, slot in enumerate(fillers, 1)])
    code = _new_participant(session)
    participant = enrolment.get_participant(session, code)
    planned = collection.expected_aliquots(
        session, enrolment.get_visit(session, participant, "V1"))
    chosen = collection._allocate(session, planned)
    assert chosen == _allocation_over_every_box(session, planned)
    assert len({slot[0] for slot in chosen[:6] if slot}) > 1


# -- the free-position counts of migration 0003 ------------------------------------------------


def _drift(db_or_conn: Any) -> list[tuple[Any, ...]]:
    return list(db_or_conn.execute(
        "SELECT b.id, o.free, b.n_rows * b.n_cols - (SELECT count(*) FROM aliquot a"
        " WHERE a.box_id = b.id) FROM box b LEFT JOIN box_fill o ON o.box_id = b.id"
        " WHERE o.free IS NOT b.n_rows * b.n_cols - (SELECT count(*) FROM aliquot a"
        " WHERE a.box_id = b.id)").fetchall())


def test_free_position_counts_follow_every_movement(session: Session) -> None:
    assert not _drift(session.db)
    barcodes = [str(r[0]) for r in session.db.execute(
        "SELECT barcode FROM aliquot WHERE status = 'in_storage' ORDER BY id LIMIT 4")]
    tube = storage.locate(session, barcodes[0])
    assert tube.location is not None
    free_box = next(b for b in storage_repo.boxes(session.db, box_type="serum")
                    if b.occupied == 0)
    storage.move(session, barcodes[0], f"{free_box.path}/A1")
    storage.check_out(session, [barcodes[1]], "assay")
    storage.return_tubes(session, [barcodes[1]])
    storage.finish(session, [barcodes[2]], "consume", None)
    storage.finish(session, [barcodes[3]], "discard", "cracked")
    storage.add_freezer(session, storage.Layout(code="EXTRA", name="Extra", shelves=1,
                                                racks_per_shelf=1, boxes_per_rack=2,
                                                rack_box_types=("serum",)))
    collection.register(session, _new_participant(session), "V1", _draw())
    assert not _drift(session.db)


def test_migration_0003_counts_what_is_already_stored(study: Path, tmp_path: Path) -> None:
    """A database from before 0003, with tubes and printed labels, gets correct counts."""
    old = tmp_path / "old.db"
    old.write_bytes(study.read_bytes())
    conn = sqlite3.connect(old)
    with conn:
        for kind in ("trigger", "table", "index"):
            for (name,) in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = ? AND (name LIKE 'box_fill%'"
                    " OR name LIKE 'label_print_barcode%' OR name = 'movement_state')",
                    [kind]).fetchall():
                conn.execute(f"DROP {kind.upper()} IF EXISTS {name}")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0003_scale'")
    conn.close()
    db = open_database(old, backup_dir=tmp_path / "backups")
    try:
        assert not _drift(db)
        printed = db.execute("SELECT count(*) FROM label_print_barcode").fetchone()[0]
        assert printed == db.execute("SELECT count(*) FROM aliquot").fetchone()[0]
        assert safety.check(db).ok
    finally:
        db.close()
    assert len(list((tmp_path / "backups").glob("*.bak"))) == 1
