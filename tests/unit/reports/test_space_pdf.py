"""The printable free-space documents (issue 7, points 5 and 6), read back with pdftotext:
utilisation, the defragmentation plan (from -> to, grouped by box) and the evacuation list
(every box with its contents and where it can go), and their CSV forms. No personal data.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest

from biotrack.services import space
from biotrack.services.context import Session
from tests.factories import new_session
from tests.unit.reports.helpers import pdf_text
from tests.unit.services import space_scenario
from tests.unit.services.space_scenario import Fragmented

SECRET = "NHC-SECRET-99"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Session, Fragmented, Path]]:
    folder = tmp_path_factory.mktemp("space")
    session = new_session(folder)
    yield session, space_scenario.build(session), folder
    session.db.close()


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_utilisation_pdf_and_csv(built: tuple[Session, Fragmented, Path]) -> None:
    session, _, folder = built
    space.write_utilisation(session, folder / "u.pdf", "pdf")
    text = pdf_text(folder / "u.pdf")
    assert "Freezer utilisation" in text
    line = next(t for t in text.splitlines() if "F2/S1/R1 " in t and "rack" in t)
    assert line.split()[-6:] == ["4", "1", "24", "6", "18", "25.0"]
    assert "Page 1 of" in text and "no personal data" in text
    space.write_utilisation(session, folder / "u.csv", "csv")
    rows = _csv(folder / "u.csv")
    f2 = next(r for r in rows if r["level"] == "freezer" and r["path"] == "F2")
    assert (f2["capacity"], f2["occupied"], f2["free"], f2["percent"]) == ("24", "6", "18",
                                                                           "25.0")


def test_defrag_plan_pdf_lists_moves_by_source_box(built: tuple[Session, Fragmented, Path]
                                                   ) -> None:
    session, scenario, folder = built
    plan = space.defrag_plan(session, "F2")
    space.write_defrag_plan(session, plan, folder / "plan.pdf")
    text = pdf_text(folder / "plan.pdf")
    assert "Defragmentation plan" in text and "freezer F2" in text
    third = text.index("From box F2/S1/R1/B3: 1 tube(s) - box empty afterwards")
    second = text.index("From box F2/S1/R1/B2: 1 tube(s) - box empty afterwards")
    assert third < second, "moves are printed in the order to carry them out"
    for move in plan.moves:
        line = next(t for t in text.splitlines() if move.barcode in t)
        assert move.to_path in line and scenario.code in line
        assert line.split()[0] == move.from_path.rpartition("/")[2]
    assert SECRET not in text


def test_evacuation_pdf_and_csv(built: tuple[Session, Fragmented, Path]) -> None:
    session, scenario, folder = built
    evac = space.evacuation(session, "F2")
    space.write_evacuation(session, evac, folder / "evac.pdf", "pdf")
    text = pdf_text(folder / "evac.pdf")
    assert "Evacuation list: freezer F2" in text
    assert "Box F2/S1/R1/B1 (serum): 4 tube(s)" in text
    assert "Can go to: F1/S1/R1/B1 (4)" in text
    for barcode in scenario.in_f2:
        assert barcode in text
    summary = next(t for t in text.splitlines() if t.strip().startswith("serum") and "yes" in t)
    assert summary.split()[1] == "6"
    assert SECRET not in text
    space.write_evacuation(session, evac, folder / "evac.csv", "csv")
    rows = _csv(folder / "evac.csv")
    assert {r["barcode"]: f"{r['box']}/{r['position']}" for r in rows} == scenario.in_f2
    assert {r["code"] for r in rows} == {scenario.code}
    assert rows[0]["destinations"] == "F1/S1/R1/B1 (4)"
    assert SECRET not in (folder / "evac.csv").read_text(encoding="utf-8")
