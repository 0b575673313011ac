"""The benchmark generator (bench/generate.py) writes a study `biotrack check` accepts.

Why: the benchmarks are only worth something on a database the application itself could have
written. The generator writes in bulk, so this test holds it to the invariants the services
keep: exact counts, whole collections (8 aliquots at V1/V5/V7, 6 otherwise, fewer only for a
recorded short draw), one tube per position, a placement and an audit event per tube, an
unbroken audit chain, the allocation rule's fill order, the same study for the same seed.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from bench import generate
from biotrack.db.connection import open_database
from biotrack.services import safety

TODAY = date(2026, 11, 20)
ALIQUOTS = 2000


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, generate.Summary]:
    path = tmp_path_factory.mktemp("generated") / "study.db"
    return path, generate.generate(path, ALIQUOTS, seed=42, today=TODAY)


@pytest.fixture
def conn(made: tuple[Path, generate.Summary]) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(f"file:{made[0]}?mode=ro", uri=True)
    yield connection
    connection.close()


def scalar(conn: sqlite3.Connection, sql: str) -> int:
    return int(conn.execute(sql).fetchone()[0])


def test_biotrack_check_finds_nothing(made: tuple[Path, generate.Summary],
                                      tmp_path: Path) -> None:
    copy = tmp_path / "copy.db"
    copy.write_bytes(made[0].read_bytes())
    db = open_database(copy)
    try:
        report = safety.check(db)
        chain = safety.verify_chain(db)
    finally:
        db.close()
    assert report.ok, report.problems
    assert chain.ok and chain.events == made[1].audit_events


def test_the_counts_are_exact_and_reported(made: tuple[Path, generate.Summary],
                                           conn: sqlite3.Connection) -> None:
    summary = made[1]
    assert summary.aliquots == ALIQUOTS == scalar(conn, "SELECT count(*) FROM aliquot")
    assert summary.participants == scalar(conn, "SELECT count(*) FROM participant")
    assert summary.collections == scalar(conn, "SELECT count(*) FROM collection")
    assert summary.visits == scalar(conn, "SELECT count(*) FROM visit")
    assert summary.boxes == scalar(conn, "SELECT count(*) FROM box")
    # In proportion: about 40 aliquots per participant, 6 to 8 per collection.
    assert 30 <= ALIQUOTS / summary.participants <= 50
    assert 6 <= ALIQUOTS / summary.collections <= 8
    assert scalar(conn, "SELECT count(*) FROM participant WHERE cohort = 'SAD'") > 0


def test_collections_have_the_protocols_aliquots(conn: sqlite3.Connection) -> None:
    sizes = conn.execute(
        "SELECT v.samples, c.expected_aliquots, count(a.id), c.deviations FROM collection c"
        " JOIN visit v ON v.id = c.visit_id JOIN aliquot a ON a.collection_id = c.id"
        " GROUP BY c.id").fetchall()
    for samples, expected, made_, deviations in sizes:
        assert made_ == expected
        full = 8 if samples == "serum_buffy" else 6
        assert made_ == full or "short draw" in deviations
    codes = {code for (code,) in conn.execute(
        "SELECT DISTINCT v.code FROM collection c JOIN visit v ON v.id = c.visit_id"
        " WHERE v.samples = 'serum_buffy'")}
    assert codes <= {"V1", "V5", "V7"}


def test_every_tube_is_placed_audited_and_labelled(conn: sqlite3.Connection) -> None:
    assert scalar(conn, "SELECT count(*) FROM aliquot WHERE status <> 'in_storage'"
                        " OR box_id IS NULL") == 0
    assert scalar(conn, "SELECT count(*) FROM movement WHERE action = 'placed'") == ALIQUOTS
    assert scalar(conn, "SELECT count(*) FROM audit_event WHERE action = 'aliquot.create'"
                        ) == ALIQUOTS
    assert scalar(conn, "SELECT count(*) FROM audit_event WHERE action = 'collection.register'"
                  ) == scalar(conn, "SELECT count(*) FROM collection")
    assert scalar(conn, "SELECT count(*) FROM audit_event WHERE action = 'participant.enrol'"
                  ) == scalar(conn, "SELECT count(*) FROM participant")
    printed = {b for (barcodes,) in conn.execute("SELECT barcodes FROM label_print")
               for b in json.loads(barcodes)}
    assert len(printed) == ALIQUOTS
    # Placed where and when the collection was registered (what the monthly report reads).
    assert scalar(conn, "SELECT count(*) FROM movement m JOIN aliquot a ON a.id = m.aliquot_id"
                        " JOIN collection c ON c.id = a.collection_id"
                        " WHERE m.at <> c.registered_at OR m.to_box IS NOT a.box_id") == 0


def test_positions_follow_the_fill_order(conn: sqlite3.Connection) -> None:
    """Each collection's tubes of one type sit together in one box, and boxes fill in order:
    the first box of a type is fuller than any later box of that type."""
    spread = conn.execute(
        "SELECT count(DISTINCT a.box_id) FROM aliquot a JOIN box b ON b.id = a.box_id"
        " GROUP BY a.collection_id, b.box_type").fetchall()
    assert {n for (n,) in spread} == {1}
    fill = [n for (n,) in conn.execute(
        "SELECT (SELECT count(*) FROM aliquot a WHERE a.box_id = b.id) FROM box b"
        " JOIN rack r ON r.id = b.rack_id JOIN shelf s ON s.id = r.shelf_id"
        " JOIN freezer f ON f.id = s.freezer_id WHERE b.box_type = 'serum'"
        " ORDER BY f.code, s.ord, r.ord, b.ord")]
    used = [n for n in fill if n]
    assert fill[:len(used)] == used  # no empty box before a used one
    assert min(used[:-1]) >= 75      # full up to the leftover of 81 = 13 x 6 + 3
    assert sum(1 for n in fill if n == 0) >= 100  # a spare freezer for new collections


def test_the_same_seed_gives_the_same_study(made: tuple[Path, generate.Summary],
                                            conn: sqlite3.Connection, tmp_path: Path) -> None:
    again = tmp_path / "again.db"
    generate.generate(again, ALIQUOTS, seed=42, today=TODAY)
    other = sqlite3.connect(again)
    try:
        query = ("SELECT a.barcode, p.code, v.code, a.box_id, a.pos_row, a.pos_col FROM aliquot a"
                 " JOIN collection c ON c.id = a.collection_id JOIN visit v ON v.id = c.visit_id"
                 " JOIN participant p ON p.id = v.participant_id ORDER BY a.id")
        assert other.execute(query).fetchall() == conn.execute(query).fetchall()
    finally:
        other.close()


def test_the_command_refuses_to_overwrite(made: tuple[Path, generate.Summary],
                                          capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        generate.main(["--aliquots", "10", "-o", str(made[0])])
    assert exited.value.code == 2
    assert "exists" in capsys.readouterr().err
