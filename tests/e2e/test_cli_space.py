"""`biotrack space ...` as a separate process (issue 7, points 5 and 6): free positions, empty
boxes, utilisation, a defragmentation plan saved as PDF + JSON and applied from the file,
a stale plan refused with the database unchanged, and a freezer's evacuation list.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.e2e.test_cli_core import assert_fails_unchanged, run
from tests.factories import MANAGER_PASSWORD, new_session
from tests.unit.reports.helpers import pdf_text
from tests.unit.services import space_scenario

pytestmark = pytest.mark.e2e


@pytest.fixture
def db(tmp_path: Path) -> Path:
    session = new_session(tmp_path)
    space_scenario.build(session)
    session.db.close()
    return tmp_path / "test.db"


def _run(db: Path, *args: str) -> tuple[int, str, str]:
    return run(db, *args, password=MANAGER_PASSWORD)


def _json(db: Path, *args: str) -> object:
    code, out, err = _run(db, *args, "--json")
    assert code == 0, err
    return json.loads(out)


def test_find_room(db: Path) -> None:
    free = _json(db, "space", "free", "--type", "serum", "-n", "2")
    assert isinstance(free, dict)
    assert [p["path"] for p in free["positions"]] == ["F1/S1/R1/B1/A1", "F1/S1/R1/B1/A2"]
    boxes = _json(db, "space", "empty-boxes", "--type", "buffy", "-k", "2")
    assert isinstance(boxes, dict)
    assert [b["path"] for b in boxes["boxes"]] == ["F1/S1/R4/B2", "F1/S1/R4/B3"]
    code, out, _ = _run(db, "space", "free", "--type", "serum", "-n", "2")
    assert code == 0 and out.splitlines()[1].strip() == "F1/S1/R1/B1/A1"


def test_utilisation_table_and_files(db: Path, tmp_path: Path) -> None:
    lines = _json(db, "space", "utilisation")
    assert isinstance(lines, list)
    rack = next(u for u in lines if u["path"] == "F2/S1/R1")
    assert (rack["capacity"], rack["occupied"], rack["percent"]) == (24, 6, 25.0)
    code, _out, err = _run(db, "space", "utilisation", "-o", str(tmp_path / "u.csv"))
    assert code == 0, err
    assert "path" in (tmp_path / "u.csv").read_text().splitlines()[0]
    code, _, err = _run(db, "space", "utilisation", "--format", "pdf", "-o",
                        str(tmp_path / "u.pdf"))
    assert code == 0, err
    assert "F2/S1/R1" in pdf_text(tmp_path / "u.pdf")


def test_plan_with_a_cap_on_moves(db: Path) -> None:
    capped = _json(db, "space", "defrag-plan", "--freezer", "F2", "--max-moves", "1")
    assert isinstance(capped, dict)
    assert [m["from"] for m in capped["moves"]] == ["F2/S1/R1/B3/B2"]
    assert_fails_unchanged(db, "space", "defrag-plan", "--max-moves", "0",
                           contains="the most moves must be between 1",
                           password=MANAGER_PASSWORD)


def test_plan_saved_printed_and_applied(db: Path, tmp_path: Path) -> None:
    target = tmp_path / "plan.pdf"
    made = _json(db, "space", "defrag-plan", "--freezer", "F2", "-o", str(target))
    assert isinstance(made, dict)
    assert made["plan_file"] == str(tmp_path / "plan.json")
    assert made["boxes_emptied"] == ["F2/S1/R1/B3", "F2/S1/R1/B2"]
    text = pdf_text(target)
    for move in made["moves"]:
        assert move["barcode"] in text and move["to"] in text
    applied = _json(db, "space", "defrag-apply", str(target))  # the PDF finds its JSON
    assert isinstance(applied, dict) and applied["moved"] == 2
    for move in made["moves"]:
        located = _json(db, "locate", move["barcode"])
        assert isinstance(located, dict) and located["location"]["path"] == move["to"]
    # Applying the same plan again: the tubes are no longer where it found them.
    line = assert_fails_unchanged(db, "space", "defrag-apply", str(tmp_path / "plan.json"),
                                  contains="moved since the plan was made",
                                  password=MANAGER_PASSWORD)
    assert "make a new plan" in line


def test_bad_plan_files_and_bad_input(db: Path, tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.json"
    bogus.write_text('{"moves": []}')
    assert_fails_unchanged(db, "space", "defrag-apply", str(bogus),
                           contains="not a BioTrack defragmentation plan",
                           password=MANAGER_PASSWORD)
    assert_fails_unchanged(db, "space", "defrag-apply", str(tmp_path / "none.json"),
                           contains="cannot read", password=MANAGER_PASSWORD)
    assert_fails_unchanged(db, "space", "free", "--type", "plasma",
                           contains="unknown box type", password=MANAGER_PASSWORD)
    assert_fails_unchanged(db, "space", "evacuation", "F9", contains="no freezer F9",
                           password=MANAGER_PASSWORD)


def test_evacuation_list(db: Path, tmp_path: Path) -> None:
    evac = _json(db, "space", "evacuation", "F2", "-o", str(tmp_path / "evac.pdf"))
    assert isinstance(evac, dict)
    assert [b["box"] for b in evac["boxes"]] == ["F2/S1/R1/B1", "F2/S1/R1/B2", "F2/S1/R1/B3"]
    assert evac["boxes"][0]["destinations"] == [{"box": "F1/S1/R1/B1", "tubes": 4}]
    assert "Evacuation list: freezer F2" in pdf_text(tmp_path / "evac.pdf")
    code, _out, err = _run(db, "space", "evacuation", "F2", "-o", str(tmp_path / "evac.csv"))
    assert code == 0, err
    assert len((tmp_path / "evac.csv").read_text().splitlines()) == 7
    assert "NHC-SECRET-99" not in (tmp_path / "evac.csv").read_text()
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT count(*) FROM aliquot WHERE box_id IS NOT NULL"
                            ).fetchone()[0] == 14
    finally:
        conn.close()
