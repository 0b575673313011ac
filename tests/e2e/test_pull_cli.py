"""`biotrack pull ...` through the real command line, as separate processes (issue 7, point 7).

The study is arranged in-process with the services (two ICI V1 collections on the factories'
database), then the CLI runs on it: preview -> create with the PDF -> pick by scan -> a wrong
scan fails with exit 2 and changes nothing -> not-found -> close flags the rest -> list.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from biotrack.services import collection, enrolment
from tests.e2e.test_cli_core import _env, dump
from tests.factories import MANAGER_PASSWORD, new_session

pytestmark = pytest.mark.e2e


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """IA-NAV-001 and IA-ARA-001, each with V1 collected (6 serum + 2 buffy coat)."""
    session = new_session(tmp_path, name="study.db")
    for site in ("NAV", "ARA"):
        p = enrolment.enrol(session, enrolment.Enrolment(
            cohort="ICI", site=site, enrolled_on=date(2026, 9, 1), regimen="nivolumab-q2w"))
        collection.register(session, p.code, "V1",
                            collection.Draw(drawn_at=datetime(2026, 9, 1, 9)))
    session.db.close()
    return tmp_path / "study.db"


def run(db: Path, *args: str) -> tuple[int, str, str]:
    env = _env(db.parent / "home")
    env["BIOTRACK_PASSWORD"] = MANAGER_PASSWORD
    result = subprocess.run(
        [sys.executable, "-m", "biotrack", "--db", str(db), *args], capture_output=True,
        text=True, env=env, cwd=db.parent, timeout=120, check=False, stdin=subprocess.DEVNULL)
    return result.returncode, result.stdout, result.stderr


def run_json(db: Path, *args: str) -> Any:
    code, out, err = run(db, *args, "--json")
    assert code == 0, f"{args}: exit {code}: {err}"
    return json.loads(out)


def fails_unchanged(db: Path, *args: str, contains: str) -> None:
    before = dump(db)
    code, out, err = run(db, *args)
    assert code == 2, (code, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    assert contains in lines[0], lines[0]
    assert out == ""
    assert dump(db) == before


def test_the_pull_list_from_criteria_to_closing(db: Path, tmp_path: Path) -> None:
    criteria = ("--cohort", "ICI", "--visit", "V1", "--sample-type", "serum", "--number", "1",
                "2", "--site", "NAV,ARA")
    preview = run_json(db, "pull", "preview", *criteria)
    assert preview["count"] == 4 and preview["skipped_last_count"] == 0
    buffy = run_json(db, "pull", "preview", "--participant", "IA-NAV-001", "--sample-type",
                     "buffy_coat")
    assert buffy["count"] == 0 and buffy["skipped_last_count"] == 1

    pdf = tmp_path / "pull.pdf"
    created = run_json(db, "pull", "create", "--purpose", "IFN panel", *criteria, "-o", str(pdf))
    assert created["code"] == "PULL-2026-0001"
    paths = [item["path"] for item in created["items"]]
    assert paths == ["F1/S1/R1/B1/A1", "F1/S1/R1/B1/A2", "F1/S1/R1/B1/A7", "F1/S1/R1/B1/A8"]
    assert pdf.read_bytes().startswith(b"%PDF")
    barcodes = [item["barcode"] for item in created["items"]]

    picked = run_json(db, "pull", "pick", "PULL-2026-0001", barcodes[0], barcodes[1].lower())
    assert picked["picked"] == barcodes[:2] and picked["pending"] == 2
    located = run_json(db, "locate", barcodes[0])
    assert located["status"] == "checked_out"

    fails_unchanged(db, "pull", "pick", "PULL-2026-0001", barcodes[0],
                    contains="already picked")
    outsider = run_json(db, "pull", "preview", "--participant", "IA-NAV-001", "--number", "3",
                        "--sample-type", "serum")["tubes"][0]["barcode"]
    fails_unchanged(db, "pull", "pick", "PULL-2026-0001", barcodes[2], outsider,
                    contains="is not on pull list PULL-2026-0001")
    fails_unchanged(db, "pull", "create", "--purpose", "x", contains="at least one criterion")

    flagged = run_json(db, "pull", "not-found", "PULL-2026-0001", barcodes[2], "--reason",
                       "empty slot")
    assert flagged["not_found"] == 1
    closed = run_json(db, "pull", "close", "PULL-2026-0001")
    assert [item["barcode"] for item in closed["flagged"]] == [barcodes[3]]
    assert closed["status"] == "closed"

    code, out, err = run(db, "pull", "list")
    assert code == 0, err
    assert "PULL-2026-0001  closed  2/4 picked, 2 not found, 0 pending  - IFN panel" in out
    code, out, err = run(db, "pull", "show", "PULL-2026-0001")
    assert code == 0, err
    assert f"{barcodes[3]}" in out and "[NOT FOUND]" in out and "[picked]" in out


def test_cancelling_a_pull_list_needs_a_reason_and_leaves_picked_tubes_out(db: Path) -> None:
    created = run_json(db, "pull", "create", "--purpose", "IFN panel", "--cohort", "ICI",
                       "--sample-type", "serum", "--number", "1")
    code = created["code"]
    barcodes = [item["barcode"] for item in created["items"]]
    run_json(db, "pull", "pick", code, barcodes[0])

    fails_unchanged(db, "pull", "cancel", code, "--reason", "  ", contains="reason is required")
    fails_unchanged(db, "pull", "cancel", code, contains="--reason")
    fails_unchanged(db, "pull", "cancel", "PULL-2026-0099", "--reason", "postponed",
                    contains="no pull list PULL-2026-0099")

    exit_code, out, err = run(db, "pull", "cancel", code.lower(), "--reason", "assay postponed")
    assert exit_code == 0, err
    lines = out.splitlines()
    assert lines[0] == (f"cancelled {code}: 1 picked tube(s) stay checked out (bring them "
                        "back with `biotrack return`), 1 no longer to pull")
    assert barcodes[0] in lines[1] and lines[1].endswith("[to return]")
    assert run_json(db, "locate", barcodes[0])["status"] == "checked_out"
    assert run_json(db, "locate", barcodes[1])["status"] == "in_storage"

    fails_unchanged(db, "pull", "cancel", code, "--reason", "again",
                    contains=f"pull list {code} is cancelled")
    exit_code, out, err = run(db, "pull", "list", "--status", "cancelled")
    assert exit_code == 0, err
    assert f"{code}  cancelled  1/2 picked, 0 not found, 1 not pulled  - IFN panel" in out
    run_json(db, "return", barcodes[0])  # the normal check-in
    assert run_json(db, "locate", barcodes[0])["status"] == "in_storage"


def test_cancel_answers_in_json(db: Path) -> None:
    created = run_json(db, "pull", "create", "--purpose", "IFN panel", "--cohort", "ICI",
                       "--sample-type", "serum", "--number", "2")
    result = run_json(db, "pull", "cancel", created["code"], "--reason", "postponed")
    assert result["status"] == "cancelled" and result["reason"] == "postponed"
    assert result["to_return"] == [] and len(result["released"]) == 2


def test_a_spanish_run_prints_the_pull_list_in_spanish(db: Path, tmp_path: Path) -> None:
    """The CLI passes its catalogue on to the pull-list PDF (issue 9): words, dates, tubes."""
    pdf = tmp_path / "lista.pdf"
    env = _env(db.parent / "home")
    env.update(BIOTRACK_PASSWORD=MANAGER_PASSWORD, BIOTRACK_LANGUAGE="es")
    result = subprocess.run(
        [sys.executable, "-m", "biotrack", "--db", str(db), "pull", "create", "--purpose",
         "panel IFN", "--cohort", "ICI", "--sample-type", "serum", "--number", "1", "-o",
         str(pdf)], capture_output=True, text=True, env=env, cwd=db.parent, timeout=120,
        check=False, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Lista de recogida PULL-2026-0001" in text and "Pull list" not in text
    assert "Suero" in text
