"""`biotrack shipment ...` through the real command line, as a separate process (issue 7,
point 3): create -> add by criteria and by barcode -> manifest -> dispatch (shipped) ->
receive back; and the error contract (one stderr line, exit 2, database unchanged).

Runs `python -m biotrack` like tests/e2e/test_cli_core.py; dates are relative to today because
the CLI uses the real clock. HOME and XDG folders point into tmp_path.
"""

from __future__ import annotations

import csv
import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.e2e.test_cli_core import assert_fails_unchanged, run, run_json

pytestmark = pytest.mark.e2e

TODAY = date.today()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A database with two ICI participants and their V1 collections (8 tubes each)."""
    path = tmp_path / "ship.sqlite3"
    run_json(path, "init")
    drawn = (TODAY - timedelta(days=10)).isoformat()
    for site in ("NAV", "ARA"):
        run_json(path, "enroll", "--cohort", "ICI", "--site", site, "--date", drawn,
                 "--regimen", "pembrolizumab-q3w", "--local-id", f"LOCAL-{site}-999")
        run_json(path, "collect", f"IA-{site}-001", "V1", "--drawn-at", f"{drawn}T09:00")
    return path


def test_shipment_from_selection_to_shipped_and_back(db: Path, tmp_path: Path) -> None:
    created = run_json(db, "shipment", "create", "--destination", "Lab Madrid",
                       "--courier", "World Courier", "--dry-ice-kg", "6",
                       "--date", TODAY.isoformat())
    code = created["code"]
    assert code == f"SHP-{TODAY.year}-0001"
    assert (created["status"], created["un3373"], created["dry_ice_kg"]) == (
        "draft", True, 6.0)

    added = run_json(db, "shipment", "add", code, "--participant", "IA-NAV-001",
                     "--sample-type", "serum")
    assert len(added["added"]) == 6 and added["items"] == 6
    box = run_json(db, "shipment", "add", code, "--box", "F1/S1/R4/B1", "--visit", "V1")
    assert box["items"] == 10  # both participants' buffy coats

    listing = run_json(db, "shipment", "list")
    assert [s["code"] for s in listing] == [code]

    removed = run_json(db, "shipment", "remove", code, added["added"][0])
    assert removed["items"] == 9

    # The manifest, in each format; no local identifier in any of them.
    for fmt in ("pdf", "xlsx", "csv"):
        written = run_json(db, "shipment", "manifest", code, "--format", fmt,
                           "-o", str(tmp_path / f"manifest.{fmt}"))
        assert (written["format"], written["tubes"]) == (fmt, 9)
    with (tmp_path / "manifest.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == ["barcode", "code", "visit", "sample_type", "volume_ul", "box",
                             "position"]
    assert {r["code"] for r in rows} == {"IA-NAV-001", "IA-ARA-001"}
    raw = (tmp_path / "manifest.csv").read_bytes() + (tmp_path / "manifest.pdf").read_bytes()
    assert b"LOCAL-" not in raw
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(tmp_path / "manifest.pdf"), "-"],
                              capture_output=True, text=True, check=True).stdout
        assert code in text and "UN1845" in text and "Category B" in text

    shipped = run_json(db, "shipment", "dispatch", code, "--tracking", "WC-1")
    assert (shipped["status"], shipped["tracking"], shipped["items"]) == (
        "dispatched", "WC-1", 9)
    shown = run_json(db, "shipment", "show", code)
    assert {t["status"] for t in shown["tubes"]} == {"shipped"}
    first = shown["tubes"][0]
    assert run_json(db, "locate", first["barcode"])["status"] == "shipped"
    assert_fails_unchanged(db, "shipment", "dispatch", code, contains="only a draft")

    back = run_json(db, "shipment", "receive", code, first["barcode"])
    assert back["status"] == "dispatched"
    assert back["returned"] == [{"barcode": first["barcode"],
                                 "position": f"{first['box']}/{first['position']}"}]
    rest = run_json(db, "shipment", "receive", code)
    assert rest["status"] == "received_back" and len(rest["returned"]) == 8
    assert run_json(db, "locate", first["barcode"])["status"] == "in_storage"


def test_errors_are_one_line_and_change_nothing(db: Path) -> None:
    code = run_json(db, "shipment", "create", "--destination", "Lab B")["code"]
    run_json(db, "shipment", "add", code, "--participant", "IA-NAV-001")
    other = run_json(db, "shipment", "create", "--destination", "Lab C", "--no-un3373")
    assert other["un3373"] is False
    tube = run_json(db, "shipment", "show", code)["tubes"][0]["barcode"]
    assert_fails_unchanged(db, "shipment", "add", other["code"], tube,
                           contains=f"already in shipment {code}")
    assert_fails_unchanged(db, "shipment", "add", other["code"], contains="give barcodes")
    assert_fails_unchanged(db, "shipment", "add", other["code"], "--sample-type", "plasma",
                           contains="unknown sample type")
    assert_fails_unchanged(db, "shipment", "create", "--destination", " ",
                           contains="destination is required")
    assert_fails_unchanged(db, "shipment", "create", "--destination", "X", "--dry-ice-kg",
                           "lots", contains="--dry-ice-kg must be a number")
    assert_fails_unchanged(db, "shipment", "show", "SHP-1999-0042", contains="no shipment")
    assert_fails_unchanged(db, "shipment", "receive", code, contains="only a dispatched")
    assert_fails_unchanged(db, "shipment", "dispatch", other["code"], contains="no tubes")
    assert_fails_unchanged(db, "shipment", contains="shipment needs one of")
    code_, out, _err = run(db, "shipment", "cancel", other["code"], "--reason", "not needed")
    assert code_ == 0 and "cancelled" in out
