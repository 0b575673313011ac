"""`biotrack audit-box BOXPATH --scan-file FILE --json` (issue 7, point 1): every
reconciliation category from a rack-scanner file, and a bad file refused with its line."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from biotrack import cli
from biotrack.services import collection, enrolment
from biotrack.services.context import Session
from tests.factories import MANAGER_PASSWORD


@pytest.fixture
def tubes(session: Session) -> list[str]:
    """Two V1 collections: 12 serum tubes in F1/S1/R1/B1 A1..B3, buffy in F1/S1/R4/B1."""
    barcodes = []
    for site in ("NAV", "ARA"):
        p = enrolment.enrol(session, enrolment.Enrolment(
            cohort="ICI", site=site, enrolled_on=date(2026, 9, 1), regimen="nivolumab-q2w"))
        c = collection.register(session, p.code, "V1",
                                collection.Draw(drawn_at=datetime(2026, 9, 1, 9))).collection
        barcodes += [a.barcode for a in c.aliquots if a.sample_type == "serum"]
    return barcodes


def run(tmp_path: Path, monkeypatch, capsys, *argv: str) -> tuple[int, str, str]:
    monkeypatch.setenv("BIOTRACK_USER", "admin")
    monkeypatch.setenv("BIOTRACK_PASSWORD", MANAGER_PASSWORD)
    code = cli.main(["--db", str(tmp_path / "test.db"), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_every_category(tmp_path, monkeypatch, capsys, tubes) -> None:
    # Box holds tubes[0..11] at A1..A9, B1..B3. The scan: A1 right, A2/A3 swapped,
    # A4..B3 absent, a buffy tube (stored elsewhere) at C1, tubes[0] scanned twice.
    scan = tmp_path / "scan.csv"
    scan.write_text("position,barcode\n"
                    f"A1,{tubes[0]}\nA2,{tubes[2]}\nA3,{tubes[1]}\nC1,BT00000076\n"
                    f"C2,{tubes[0]}\n")
    code, out, err = run(tmp_path, monkeypatch, capsys, "audit-box", "F1/S1/R1/B1",
                         "--scan-file", str(scan), "--json")
    assert code == 0, err
    result = json.loads(out)
    assert [f["barcode"] for f in result["matched"]] == [tubes[0]]
    assert sorted(f["barcode"] for f in result["misplaced"]) == sorted(tubes[1:3])
    assert sorted(f["barcode"] for f in result["missing"]) == sorted(tubes[3:12])
    assert [f["barcode"] for f in result["unexpected"]] == ["BT00000076"]
    assert result["duplicates"] == [tubes[0]]
    assert result["agrees"] is False


def test_a_position_outside_the_box_is_refused(tmp_path, monkeypatch, capsys, tubes) -> None:
    scan = tmp_path / "scan.csv"
    scan.write_text(f"position,barcode\nA1,{tubes[0]}\nK1,{tubes[1]}\n")
    code, out, err = run(tmp_path, monkeypatch, capsys, "audit-box", "F1/S1/R1/B1",
                         "--scan-file", str(scan))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "outside box F1/S1/R1/B1" in err


def test_a_malformed_file_names_its_line(tmp_path, monkeypatch, capsys, tubes) -> None:
    scan = tmp_path / "scan.csv"
    scan.write_text(f"position,barcode\nA1,{tubes[0]}\nA1,{tubes[1]}\n")
    code, _, err = run(tmp_path, monkeypatch, capsys, "audit-box", "F1/S1/R1/B1",
                       "--scan-file", str(scan))
    assert code == 2 and "line 3" in err and "appears twice" in err


def test_a_box_that_agrees(tmp_path, monkeypatch, capsys, tubes) -> None:
    rows = [f"{'AB'[i // 9]}{i % 9 + 1},{b}" for i, b in enumerate(tubes)]
    scan = tmp_path / "scan.csv"
    scan.write_text("position,barcode\n" + "\n".join(rows) + "\n")
    code, out, _ = run(tmp_path, monkeypatch, capsys, "audit-box", "F1/S1/R1/B1",
                       "--scan-file", str(scan))
    assert code == 0 and "database and box agree" in out
