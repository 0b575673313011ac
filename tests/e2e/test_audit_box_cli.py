"""`biotrack audit-box BOXPATH --scan-file FILE --json` (issue 7, point 1): every
reconciliation category from a rack-scanner file, and a bad file refused with its line."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from biotrack import cli
from biotrack.services import collection, enrolment, storage
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
    assert "scan.csv, line 3: position K1" in err


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


# -- stored audits, resolutions and placement from a file --------------------------------------


def test_save_list_and_resolve(tmp_path, monkeypatch, capsys, tubes) -> None:
    # A2/A3 swapped, A4..B2 absent, C1 a serum tube the database has in box B2, C2 a buffy
    # coat tube (its box is elsewhere and of another type).
    code, _, err = run(tmp_path, monkeypatch, capsys, "move", tubes[11], "F1/S1/R1/B2/A1")
    assert code == 0, err
    scan = tmp_path / "scan.csv"
    scan.write_text("position,barcode\n"
                    f"A1,{tubes[0]}\nA2,{tubes[2]}\nA3,{tubes[1]}\nC1,{tubes[11]}\n"
                    "C2,BT00000076\n")
    code, out, err = run(tmp_path, monkeypatch, capsys, "audit-box", "F1/S1/R1/B1",
                         "--scan-file", str(scan), "--save", "--json")
    assert code == 0, err
    result = json.loads(out)
    audit_id = result["audit_id"]
    assert [f["barcode"] for f in result["matched"]] == [tubes[0]]  # same JSON as before
    code, out, _ = run(tmp_path, monkeypatch, capsys, "audit-findings", "--open", "--json")
    findings = json.loads(out)["findings"]
    assert {f["category"] for f in findings} == {"missing", "misplaced", "unexpected"}
    assert len(findings) == 8 + 2 + 2 and {f["audit_id"] for f in findings} == {audit_id}
    by = {(f["category"], f["barcode"]): f["id"] for f in findings}

    # The swap: one correction alone is refused, all together work.
    code, _, err = run(tmp_path, monkeypatch, capsys, "audit-resolve",
                       str(by[("misplaced", tubes[1])]), "--action", "correct-position",
                       "--reason", "swapped")
    assert code == 2 and "correct all positions" in err
    code, out, err = run(tmp_path, monkeypatch, capsys, "audit-resolve",
                         str(by[("misplaced", tubes[1])]), "--action", "correct-position",
                         "--all", "--reason", "swapped", "--json")
    assert code == 0, err
    assert {f["resolution"] for f in json.loads(out)["resolved"]} == {"position_corrected"}
    code, out, _ = run(tmp_path, monkeypatch, capsys, "locate", tubes[1], "--json")
    assert json.loads(out)["location"]["position"] == "A3"

    code, out, err = run(tmp_path, monkeypatch, capsys, "audit-resolve",
                         str(by[("unexpected", tubes[11])]), "--action", "move-here",
                         "--reason", "it is here")
    assert code == 0, err
    assert "moved_here" in out
    code, out, _ = run(tmp_path, monkeypatch, capsys, "locate", tubes[11], "--json")
    assert json.loads(out)["location"]["path"] == "F1/S1/R1/B1/C1"
    code, _, err = run(tmp_path, monkeypatch, capsys, "audit-resolve",
                       str(by[("unexpected", "BT00000076")]), "--action", "move-here",
                       "--reason", "it is here")
    assert code == 2 and "takes serum tubes" in err

    missing = by[("missing", tubes[3])]
    code, out, err = run(tmp_path, monkeypatch, capsys, "audit-resolve", str(missing),
                         "--action", "mark-missing", "--reason", "not found")
    assert code == 0, err
    code, out, _ = run(tmp_path, monkeypatch, capsys, "locate", tubes[3], "--json")
    assert json.loads(out)["status"] == "missing"
    code, _, err = run(tmp_path, monkeypatch, capsys, "audit-resolve", str(missing),
                       "--action", "dismiss", "--reason", "again")
    assert code == 2 and "already resolved" in err and err.count("\n") == 1
    code, out, _ = run(tmp_path, monkeypatch, capsys, "audit-findings", "--open")
    assert out.count("\n") == 8 and tubes[3] not in out


def test_place_scan(tmp_path, monkeypatch, capsys, tubes) -> None:
    # The tubes are placed; move two to a new box position by position from a file.
    scan = tmp_path / "new.csv"
    scan.write_text(f"position,barcode\nA1,{tubes[0]}\n")
    code, _, err = run(tmp_path, monkeypatch, capsys, "place-scan", "F1/S1/R1/B2",
                       "--scan-file", str(scan))
    assert code == 2 and "line 2" in err and "already placed at F1/S1/R1/B1/A1" in err
    code, out, err = run(tmp_path, monkeypatch, capsys, "place-scan", "F1/S1/R1/B1",
                         "--scan-file", str(scan), "--json")
    assert code == 2 and out == "" and "nothing to place" in err


def test_place_scan_places_a_new_box(tmp_path, monkeypatch, capsys) -> None:
    from tests.unit.reports.scenario import new_report_session
    from tests.unit.services.test_bulk_placement import NEW_BOX, _serum, _v1

    session = new_report_session(tmp_path / "small")  # 2 x 2 boxes: the second V1 waits
    _v1(session, "NAV")
    tubes = _serum(_v1(session, "GAL"))
    storage.add_freezer(session, storage.Layout(
        code="F2", name="Freezer 2", shelves=1, racks_per_shelf=2, boxes_per_rack=2,
        rack_box_types=("serum", "buffy")))
    session.db.close()
    scan = tmp_path / "rack.csv"
    scan.write_text("Well;Code\n" + "".join(f"C{n};{b}\n" for n, b in enumerate(tubes, 1)))
    monkeypatch.setenv("BIOTRACK_USER", "admin")
    monkeypatch.setenv("BIOTRACK_PASSWORD", MANAGER_PASSWORD)
    db = str(tmp_path / "small" / "reports.db")
    code = cli.main(["--db", db, "place-scan", NEW_BOX, "--scan-file", str(scan), "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    placed = json.loads(out)["placed"]
    assert placed == [{"barcode": b, "position": f"C{n}"} for n, b in enumerate(tubes, 1)]
    code = cli.main(["--db", db, "locate", tubes[5], "--json"])
    out, _ = capsys.readouterr()
    assert json.loads(out)["location"]["path"] == f"{NEW_BOX}/C6"
