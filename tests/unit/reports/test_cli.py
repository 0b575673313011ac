"""``biotrack report inventory|completeness|due``, run in-process through biotrack.cli.main."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from biotrack import cli, cli_reports, cli_safety
from tests.factories import MANAGER_PASSWORD, as_user
from tests.unit.reports import scenario
from tests.unit.reports.helpers import pdf_text, read_sheets

Run = Callable[..., tuple[int, str, str]]


def _has_report_command(parser: argparse.ArgumentParser) -> bool:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return "report" in action.choices
    return False


@dataclass
class Built:
    """The database file the commands run on, and the scenario's barcodes."""

    path: Path
    scenario: scenario.Scenario


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    folder = tmp_path_factory.mktemp("cli")
    session = scenario.new_report_session(folder)
    history = scenario.build(session)
    as_user(session, "nina", "nurse")
    session.db.close()
    return Built(folder / "reports.db", history)


@pytest.fixture
def run(built: Built, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> Iterator[Run]:
    if not _has_report_command(cli.build_parser()):
        # Until cli.build_parser calls cli_reports.add_commands itself, add it next to the
        # safety commands for these tests.
        original = cli_safety.add_commands

        def both(command: cli_safety.Command) -> None:
            original(command)
            cli_reports.add_commands(command)

        monkeypatch.setattr(cli_safety, "add_commands", both)

    def invoke(*argv: str, user: str = "admin",
               password: str = MANAGER_PASSWORD) -> tuple[int, str, str]:
        monkeypatch.setenv("BIOTRACK_USER", user)
        monkeypatch.setenv("BIOTRACK_PASSWORD", password)
        code = cli.main(["--db", str(built.path), *argv])
        out, err = capsys.readouterr()
        return code, out, err

    yield invoke


def _json(out: str) -> dict[str, object]:
    data = json.loads(out)
    assert isinstance(data, dict)
    return data


def test_inventory_xlsx(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "inventory.xlsx"
    code, out, err = run("report", "inventory", "--month", "2026-10", "--format", "xlsx",
                         "-o", str(target), "--json")
    assert (code, err) == (0, "")
    data = _json(out)
    assert data["report"] == "inventory" and data["month"] == "2026-10"
    assert data["file"] == str(target) and data["month_ended"] is True
    totals = data["totals"]
    assert isinstance(totals, dict)
    assert (totals["in_storage"], totals["checked_out"], totals["unplaced"]) == (31, 2, 2)
    assert data["movement_counts"] == {"placed": 18, "moved": 1, "checked_out": 2,
                                       "returned": 1, "consumed": 2, "shipped": 1,
                                       "discarded": 1, "missing": 0}
    assert read_sheets(target)["Summary"].iloc[-1]["in_storage"] == 31


def test_inventory_csv_and_pdf(run: Run, built: Built, tmp_path: Path) -> None:
    csv = tmp_path / "aliquots.csv"
    code, out, _ = run("report", "inventory", "--month", "2026-09", "--format", "csv",
                       "-o", str(csv))
    assert code == 0 and out.startswith(f"wrote {csv} (inventory, csv)")
    assert csv.read_text(encoding="utf-8").splitlines()[0].startswith(
        "barcode,code,visit,sample_type,number,volume_ul,status,freezer,shelf,rack,box,"
        "position,thaw_count,collected_on")
    assert len(csv.read_text(encoding="utf-8").splitlines()) == 1 + 19
    pdf = tmp_path / "inventory.pdf"   # the format from the suffix
    code, _, _ = run("report", "inventory", "--month", "2026-10", "-o", str(pdf),
                     "--overdue-days", "10")
    assert code == 0
    text = pdf_text(pdf)
    assert built.scenario.bc(scenario.P1, "V1", 4) in text   # out for 23 days (> 10)


def test_completeness(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "completeness.xlsx"
    code, out, _ = run("report", "completeness", "--site", "NAV", "--cohort", "ICI",
                       "--format", "xlsx", "-o", str(target), "--json")
    assert code == 0
    data = _json(out)
    assert (data["site"], data["cohort"]) == ("NAV", "ICI")
    assert set(read_sheets(target)["Visits"]["code"]) == {scenario.P1, scenario.P3}
    code, _, _ = run("report", "completeness", "--format", "pdf", "-o",
                     str(tmp_path / "c.pdf"))
    assert code == 0 and "Collection completeness" in pdf_text(tmp_path / "c.pdf")


def test_due_list_for_a_nurse(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "due.pdf"
    code, out, err = run("report", "due", "--from", "2026-11-23", "--to", "2026-11-29",
                         "--site", "NAV", "-o", str(target), "--json", user="nina",
                         password="nina-pass")
    assert (code, err) == (0, "")
    assert _json(out)["totals"] == {"visits": 3, "overdue": 2}
    assert scenario.P1 in pdf_text(target)


def test_a_nurse_is_refused_the_inventory(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "inventory.pdf"
    code, out, err = run("report", "inventory", "--month", "2026-10", "--format", "pdf",
                         "-o", str(target), user="nina", password="nina-pass")
    assert code == 2 and out == ""
    assert err.strip() == "biotrack: error: nina (nurse) may not make reports"
    assert not target.exists()


@pytest.mark.parametrize(("argv", "message"), [
    (("report", "inventory", "--month", "2026-13", "-o", "x.xlsx"), "not a month"),
    (("report", "inventory", "--month", "2026-10", "--format", "docx", "-o", "x.docx"),
     "invalid choice"),
    (("report", "inventory", "--month", "2026-10", "-o", "x.txt"), "does not say which"),
    (("report", "inventory", "--month", "2026-10", "-o", "no/such/dir/x.pdf"),
     "does not exist"),
    (("report", "completeness", "--site", "ZZZ", "-o", "x.pdf"), "unknown site"),
    (("report", "due", "--from", "2026-11-29", "--to", "2026-11-23", "-o", "x.pdf"),
     "ends"),
    (("report",), "report needs one of"),
])
def test_bad_input_is_one_line_and_exit_2(run: Run, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch,
                                          argv: Sequence[str], message: str) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run(*argv)
    assert code == 2 and out == ""
    assert message in err and len(err.strip().splitlines()) == 1


def test_the_totals_words_are_the_keys_in_english() -> None:
    """'wrote … : in storage 763' stays byte-identical in English; the words are marked so a
    Spanish CLI names them (cli_reports.TOTAL_WORDS), the --json keys never change."""
    from biotrack.cli_reports import TOTAL_WORDS, _total_word

    assert all(word == key.replace("_", " ") for key, word in TOTAL_WORDS.items())
    assert _total_word("a_new_total") == "a new total"
