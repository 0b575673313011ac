"""End to end through the real command line, as a separate process (STYLE.md practice 13).

Issue "The core", "What it must show": enrol -> schedule -> due -> collect V1 (8 aliquots, all
placed) -> collect V2 (6) -> collecting V1 again fails with exit 2 and changes nothing ->
locate, move, check out, return; and the SPEC section 5 error contract: one line on stderr, no
traceback, exit 2 for bad input, the database unchanged.

The CLI runs on the real clock, so every date here is relative to today and in the past.
HOME and the XDG folders point into tmp_path: nothing touches the real user profile.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from biotrack.barcodes import make_barcode, parse_barcode

pytestmark = pytest.mark.e2e

PASSWORD = "e2e-secret-pass"
TODAY = date.today()
ENROLLED = TODAY - timedelta(days=40)
CODE = "IA-NAV-001"
LOCATION_FIELDS = {"freezer", "shelf", "rack", "box", "position", "path"}


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("BIOTRACK_", "XDG_"))}
    env.update(
        HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"), XDG_STATE_HOME=str(home / "state"),
        BIOTRACK_USER="admin", BIOTRACK_PASSWORD=PASSWORD, QT_QPA_PLATFORM="offscreen",
    )
    return env


def run(db: Path, *args: str, password: str = PASSWORD) -> tuple[int, str, str]:
    """Run `biotrack --db DB ARGS...` in a fresh process: (exit code, stdout, stderr)."""
    home = db.parent / "home"
    env = _env(home)
    env["BIOTRACK_PASSWORD"] = password
    result = subprocess.run(
        [sys.executable, "-m", "biotrack", "--db", str(db), *args],
        capture_output=True, text=True, env=env, cwd=db.parent, timeout=120, check=False,
        stdin=subprocess.DEVNULL,
    )
    return result.returncode, result.stdout, result.stderr


def run_json(db: Path, *args: str) -> Any:
    code, out, err = run(db, *args, "--json")
    assert code == 0, f"{args}: exit {code}: {err}"
    assert "Traceback" not in err
    return json.loads(out)


def dump(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


def assert_fails_unchanged(db: Path, *args: str, exit_code: int = 2, contains: str = "",
                           password: str = PASSWORD) -> str:
    """The command fails with one clear stderr line and leaves the database as it was."""
    before = dump(db)
    code, out, err = run(db, *args, password=password)
    assert code == exit_code, f"{args}: exit {code}, stderr {err!r}"
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, f"{args}: expected one stderr line, got {err!r}"
    assert lines[0].startswith("biotrack: error: ")
    assert contains.lower() in lines[0].lower(), lines[0]
    assert out == "", "no partial output on failure"
    assert dump(db) == before, f"{args} changed the database"
    return lines[0]


def day(offset: int) -> str:
    return (ENROLLED + timedelta(days=offset)).isoformat()


# -- the whole path ------------------------------------------------------------------------------


def test_enrol_to_return(tmp_path: Path) -> None:
    db = tmp_path / "study.sqlite3"

    init = run_json(db, "init")
    assert (init["participants"], init["aliquots"], init["user"]) == (0, 0, "admin")
    assert init["boxes"] == 80  # 5 shelves x 4 racks x 4 boxes
    assert not (tmp_path / "home" / "data").exists() or not any(
        (tmp_path / "home" / "data").rglob("*.sqlite3")), "--db is the only database touched"

    # -- enrol
    enrolled = run_json(db, "enroll", "--cohort", "ICI", "--site", "NAV", "--date",
                        ENROLLED.isoformat(), "--regimen", "pembrolizumab-q3w", "--sex", "F",
                        "--birth-year", "1961", "--diagnosis", "Melanoma")
    assert {k: enrolled[k] for k in ("code", "cohort", "site", "status")} == {
        "code": CODE, "cohort": "ICI", "site": "NAV", "status": "active"}
    assert enrolled["first_dose"] == ENROLLED.isoformat()

    # -- schedule
    schedule = run_json(db, "schedule", CODE)
    assert schedule["code"] == CODE
    visits = {v["visit"]: v for v in schedule["visits"]}
    assert list(visits) == ["V1", "V2", "V3", "V4", "V5", "V6", "V7"]
    v1 = visits["V1"]
    assert (v1["target_date"], v1["window_start"], v1["window_end"], v1["status"]) == (
        day(0), day(-3), day(3), "planned")
    assert visits["V2"]["target_date"] == day(21)
    for visit in visits.values():
        samples = {s["sample_type"]: (s["count"], s["volume_ul"]) for s in visit["samples"]}
        if visit["visit"] in ("V1", "V5", "V7"):
            assert samples == {"serum": (6, 500), "buffy_coat": (1, 500),
                               "buffy_coat_rnalater": (1, 500)}
        else:
            assert samples == {"serum": (6, 500)}

    # -- due: only V1 falls in this range
    due = run_json(db, "due", "--from", day(-2), "--to", day(2), "--site", "NAV")
    assert [(d["code"], d["site"], d["visit"]) for d in due] == [(CODE, "NAV", "V1")]
    entry = due[0]
    assert (entry["target_date"], entry["window_start"], entry["window_end"]) == (
        day(0), day(-3), day(3))
    assert len(entry["tubes"]) == 2
    assert any("EDTA" in tube for tube in entry["tubes"])
    assert run_json(db, "due", "--from", day(-2), "--to", day(2), "--site", "ARA") == []

    # -- collect V1: 8 aliquots, all placed
    v1_result = run_json(db, "collect", CODE, "V1", "--drawn-at", f"{day(0)}T08:30",
                         "--received-at", f"{day(0)}T08:50", "--centrifuged-at",
                         f"{day(0)}T09:20", "--frozen-at", f"{day(0)}T10:00")
    assert (v1_result["code"], v1_result["visit"]) == (CODE, "V1")
    assert isinstance(v1_result["collection_id"], int)
    aliquots = v1_result["aliquots"]
    assert len(aliquots) == 8
    assert Counter(a["sample_type"] for a in aliquots) == {
        "serum": 6, "buffy_coat": 1, "buffy_coat_rnalater": 1}
    serum = [a for a in aliquots if a["sample_type"] == "serum"]
    assert [a["number"] for a in serum] == [1, 2, 3, 4, 5, 6]
    assert {a["volume_ul"] for a in serum} == {500}
    assert {a["status"] for a in aliquots} == {"in_storage"}
    for a in aliquots:
        assert a["location"] is not None and set(a["location"]) >= LOCATION_FIELDS
        location = a["location"]
        assert location["path"] == "/".join(location[k] for k in (
            "freezer", "shelf", "rack", "box", "position"))
        parse_barcode(a["barcode"])
    assert len({a["location"]["path"] for a in aliquots}) == 8
    assert len({(a["location"]["freezer"], a["location"]["shelf"], a["location"]["rack"],
                 a["location"]["box"]) for a in serum}) == 1, "one collection, one serum box"
    assert {a["sprec"] for a in serum} == {"SER-SST-A-B-N-A-D"}

    # -- collect V2: 6 aliquots
    v2_target = run_json(db, "schedule", CODE)["visits"][1]
    assert (v2_target["visit"], v2_target["target_date"]) == ("V2", day(21))
    v2_result = run_json(db, "collect", CODE, "V2", "--drawn-at", f"{day(21)}T09:00")
    assert [a["sample_type"] for a in v2_result["aliquots"]] == ["serum"] * 6
    assert all(a["location"] for a in v2_result["aliquots"])
    barcodes = [a["barcode"] for a in aliquots + v2_result["aliquots"]]
    assert len(set(barcodes)) == 14
    statuses = {v["visit"]: v["status"] for v in run_json(db, "schedule", CODE)["visits"]}
    assert (statuses["V1"], statuses["V2"], statuses["V3"]) == (
        "collected", "collected", "planned")

    # -- collecting V1 again: exit 2, one line, nothing changed
    assert_fails_unchanged(db, "collect", CODE, "V1", "--drawn-at", f"{day(1)}T09:00",
                           contains="already collected")

    # -- locate
    tube = serum[0]
    located = run_json(db, "locate", tube["barcode"])
    assert {k: located[k] for k in ("barcode", "status", "thaw_count", "code", "visit",
                                    "sample_type")} == {
        "barcode": tube["barcode"], "status": "in_storage", "thaw_count": 0, "code": CODE,
        "visit": "V1", "sample_type": "serum"}
    assert located["location"] == tube["location"]

    # -- move to a free position; the old one is free, the new one shows the tube
    box_path = tube["location"]["path"].rsplit("/", 1)[0]
    old_position = tube["location"]["position"]
    taken = {a["location"]["path"] for a in aliquots + v2_result["aliquots"]}
    assert f"{box_path}/I9" not in taken
    moved = run_json(db, "move", tube["barcode"], f"{box_path}/I9")
    assert moved["location"]["path"] == f"{box_path}/I9"
    assert run_json(db, "locate", tube["barcode"])["location"]["position"] == "I9"
    box = run_json(db, "storage", "show", box_path)
    by_position = {p["position"]: p["barcode"] for p in box["positions"]}
    assert old_position not in by_position
    assert by_position["I9"] == tube["barcode"]
    assert box["occupied"] == 12

    # -- move onto an occupied position: exit 2, unchanged
    neighbour = serum[1]
    assert_fails_unchanged(db, "move", neighbour["barcode"], f"{box_path}/I9",
                           contains="already holds")

    # -- check out: the slot stays reserved
    checked_out = run_json(db, "checkout", tube["barcode"], "--reason", "IFN assay")
    assert [t["status"] for t in checked_out] == ["checked_out"]
    located = run_json(db, "locate", tube["barcode"])
    assert located["status"] == "checked_out"
    assert located["location"]["path"] == f"{box_path}/I9"
    assert_fails_unchanged(db, "move", neighbour["barcode"], f"{box_path}/I9",
                           contains="already holds")

    # -- return: one thaw, back in storage at its position
    returned = run_json(db, "return", tube["barcode"])
    assert [(t["status"], t["thaw_count"]) for t in returned] == [("in_storage", 1)]
    located = run_json(db, "locate", tube["barcode"])
    assert (located["status"], located["thaw_count"]) == ("in_storage", 1)
    assert located["location"]["path"] == f"{box_path}/I9"

    # -- the plain-text form of a command works too
    code, out, err = run(db, "locate", tube["barcode"])
    assert code == 0, err
    assert tube["barcode"] in out and f"{box_path}/I9" in out and "thawed 1x" in out

    # -- every change above was audited
    conn = sqlite3.connect(db)
    try:
        actions = Counter(row[0] for row in conn.execute("SELECT action FROM audit_event"))
    finally:
        conn.close()
    assert actions["participant.enrol"] == 1
    assert actions["collection.register"] == 2
    assert actions["aliquot.create"] == 14
    assert (actions["aliquot.moved"], actions["aliquot.checked_out"],
            actions["aliquot.returned"]) == (1, 1, 1)


def test_regimens(tmp_path: Path) -> None:
    """`regimens` needs no database and no sign-in: it reads the protocol file."""
    regimens = run_json(tmp_path / "none.sqlite3", "regimens")
    by_id = {r["id"]: r for r in regimens}
    for regimen_id, days in (("pembrolizumab-q3w", 21), ("pembrolizumab-q6w", 42),
                             ("nivolumab-q2w", 14), ("nivolumab-q4w", 28),
                             ("atezolizumab-q3w", 21), ("durvalumab-q4w", 28),
                             ("avelumab-q2w", 14), ("cemiplimab-q3w", 21)):
        assert [p["cycle_days"] for p in by_id[regimen_id]["phases"]] == [days], regimen_id
    assert [(p["cycle_days"], p["cycles"]) for p in by_id["nivolumab-ipilimumab"]["phases"]] == [
        (21, 4), (28, None)]
    assert [(p["cycle_days"], p["cycles"]) for p in by_id["dostarlimab"]["phases"]] == [
        (21, 4), (42, None)]
    assert not (tmp_path / "none.sqlite3").exists()


# -- the error contract --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def study(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A database with one participant whose V1 is collected; the tests below must not change
    it (each one checks that)."""
    db = tmp_path_factory.mktemp("cli-errors") / "study.sqlite3"
    run_json(db, "init")
    run_json(db, "enroll", "--cohort", "ICI", "--site", "NAV", "--date", ENROLLED.isoformat(),
             "--regimen", "nivolumab-q4w")
    v1 = run_json(db, "collect", CODE, "V1", "--drawn-at", f"{day(0)}T09:00")
    return {"db": db, "barcodes": [a["barcode"] for a in v1["aliquots"]]}


def _misread(barcode: str) -> str:
    last = barcode[-1]
    return barcode[:-1] + str((int(last) + 1) % 10)


@pytest.mark.parametrize(("args", "contains"), [
    (("schedule", "IA-NAV-999"), "unknown participant"),
    (("collect", "IA-NAV-999", "V1", "--drawn-at", f"{day(0)}T09:00"), "unknown participant"),
    (("miss", "IA-XXX-001", "V2", "--reason", "ill"), "unknown participant"),
    (("collect", CODE, "V99", "--drawn-at", f"{day(0)}T09:00"), "no visit 'V99'"),
    (("miss", CODE, "V0", "--reason", "ill"), "no visit"),
    (("enroll", "--cohort", "ICI", "--site", "NAV", "--date", "2026-13-01", "--regimen",
      "pembrolizumab-q3w"), "not a date"),
    (("enroll", "--cohort", "ICI", "--site", "NAV", "--date", "yesterday", "--regimen",
      "pembrolizumab-q3w"), "not a date"),
    (("collect", CODE, "V2", "--drawn-at", "30/03/2026 09:00"), "not a date and time"),
    (("due", "--from", "2026-02-30"), "not a date"),
    (("enroll", "--cohort", "ICI", "--site", "XYZ", "--date", day(0), "--regimen",
      "pembrolizumab-q3w"), "unknown site"),
    (("enroll", "--cohort", "ICI", "--site", "NAV", "--date", day(0), "--regimen",
      "no-such-regimen"), "no-such-regimen"),
    (("enroll", "--cohort", "ICI", "--site", "NAV", "--date",
      (TODAY + timedelta(days=2)).isoformat(), "--regimen", "pembrolizumab-q3w"), "future"),
    (("due", "--site", "XYZ"), "unknown site"),
    (("locate", make_barcode(9_999_999)), "no tube"),
    (("locate", "not-a-barcode"), "not a BioTrack barcode"),
    (("checkout", make_barcode(9_999_998), "--reason", "assay"), "no tube"),
    (("discard", "BT00000013"), "reason is required"),
    (("move", "BT00000013", "F1/S9/R1/B1/A1"), "no box"),
    (("enroll", "--cohort", "ICI"), "required"),
    (("frobnicate",), "invalid choice"),
    (("collect", CODE, "V2", "--drawn-at", f"{day(21)}T09:00", "--serum", "7"), "at most 6"),
    (("collect", CODE, "V2", "--drawn-at", f"{day(21)}T09:00", "--serum", "six"),
     "whole number"),
])
def test_bad_input_fails_with_one_line_and_changes_nothing(
        study: dict[str, Any], args: tuple[str, ...], contains: str) -> None:
    assert_fails_unchanged(study["db"], *args, contains=contains)


@pytest.mark.parametrize(("args", "contains"), [
    (("schedule", "IA-NAV-999"), "unknown participant"),
    (("collect", CODE, "V1", "--drawn-at", f"{day(0)}T10:00"), "already collected"),
    (("locate", make_barcode(9_999_999)), "no tube"),
])
def test_with_json_an_error_is_still_one_stderr_line(
        study: dict[str, Any], args: tuple[str, ...], contains: str) -> None:
    assert_fails_unchanged(study["db"], *args, "--json", contains=contains)


@pytest.mark.parametrize("command", ["locate", "return", "consume"])
def test_a_misread_barcode_is_refused(study: dict[str, Any], command: str) -> None:
    wrong = _misread(study["barcodes"][0])
    assert_fails_unchanged(study["db"], command, wrong, contains="check digit")


def test_a_wrong_password_is_refused(study: dict[str, Any]) -> None:
    assert_fails_unchanged(study["db"], "locate", study["barcodes"][0],
                           password="not-the-password", contains="wrong password")
    assert_fails_unchanged(study["db"], "enroll", "--cohort", "SAD", "--site", "NAV",
                           "--date", day(0), password="", contains="wrong password")


def test_a_second_init_is_refused(study: dict[str, Any]) -> None:
    assert_fails_unchanged(study["db"], "init", contains="already exists")


def test_a_missing_database_is_not_created_by_a_command(tmp_path: Path) -> None:
    db = tmp_path / "absent.sqlite3"
    code, out, err = run(db, "schedule", CODE)
    assert (code, out) == (2, "")
    assert len(err.strip().splitlines()) == 1 and "biotrack init" in err
    assert not db.exists()


def test_a_foreign_file_is_refused_with_exit_1_untouched(tmp_path: Path) -> None:
    db = tmp_path / "thesis.docx"
    db.write_bytes(b"PK\x03\x04 not a database at all" * 50)
    before = db.read_bytes()
    code, out, err = run(db, "schedule", CODE)
    assert (code, out) == (1, "")
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert "not a BioTrack database" in err
    assert db.read_bytes() == before
