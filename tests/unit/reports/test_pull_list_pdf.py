"""The printable pull list (issue 7, point 7), read back with pdftotext.

A real list from the service: the cover names its code, purpose and criteria; the tubes come
grouped by freezer and rack, one line each (position, barcode, code, visit, sample type,
number); no local identifier is printed even when one is stored. A long synthetic list checks
page numbers and that rack headings follow the pull order.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path

from biotrack.reports.pull_list import write_pull_list_pdf
from biotrack.services import collection, enrolment, retrieval, storage
from biotrack.services.context import Session
from tests.unit.reports.helpers import page_count, pdf_text, render_pages


def _stock(session: Session) -> list[str]:
    codes = []
    for site in ("NAV", "ARA"):
        p = enrolment.enrol(session, enrolment.Enrolment(
            cohort="ICI", site=site, enrolled_on=date(2026, 9, 1), regimen="nivolumab-q2w",
            local_id=f"NHC-{site}-7781"))
        collection.register(session, p.code, "V1",
                            collection.Draw(drawn_at=datetime(2026, 9, 1, 9)))
        codes.append(p.code)
    return codes


def test_the_pdf_groups_tubes_by_freezer_and_rack_with_a_cover(session: Session,
                                                             tmp_path: Path) -> None:
    nav, ara = _stock(session)
    storage.add_freezer(session, storage.Layout(code="F2", name="Freezer 2", shelves=1,
                                                racks_per_shelf=1, boxes_per_rack=1,
                                                rack_box_types=("serum",)))
    moved = retrieval.preview(session, retrieval.criteria(participants=ara, numbers="1",
                                                          sample_types="serum")).tubes[0]
    storage.move(session, moved.barcode, "F2/S1/R1/B1/C4")
    detail = retrieval.create(session, "Interferon panel, batch 7", retrieval.criteria(
        cohorts="ICI", visits="V1", numbers="1,2"), allow_last=True)
    target = retrieval.pdf(session, detail.pull.code, tmp_path / "pull.pdf")
    text = pdf_text(target)

    assert "Pull list PULL-2026-0001" in text
    assert "Interferon panel, batch 7" in text
    assert "cohort ICI; visit V1; aliquot 1, 2" in text
    assert "may be taken" in text
    assert "2026-11-25 12:00 UTC by admin" in text
    assert page_count(text) == 1 and "Page 1 of 1" in text
    # Freezer F1 first (rack R1 for serum, R4 for buffy coat), then F2.
    headings = re.findall(r"Freezer (F\d) - shelf (S\d) - rack (R\d): (\d+) tube", text)
    assert headings == [("F1", "S1", "R1", "3"), ("F1", "S1", "R4", "4"),
                        ("F2", "S1", "R1", "1")]
    for item in detail.items:
        line = next(li for li in text.splitlines() if item.tube.barcode in li)
        assert re.search(rf"\b{item.tube.box}\s+{item.tube.position}\s+{item.tube.barcode}\s+"
                         rf"{item.tube.code}\s+V1\s+", line), line
        assert f"{item.tube.number}/{item.tube.of_count}" in line
    assert "Serum" in text and "Buffy coat in RNAlater" in text
    assert re.search(r"C4\s+" + moved.barcode, text)
    assert "NHC-" not in text  # the local identifier is never printed
    assert nav in text and ara in text
    assert render_pages(target, tmp_path / "png")


def _item(number: int, rack: int) -> dict[str, object]:
    row, col = divmod(number, 9)
    return {"freezer": "F1", "shelf": "S1", "rack": f"R{rack}", "box": "B1",
            "position": f"{chr(65 + row % 9)}{col + 1}", "barcode": f"BT{number:08d}",
            "code": f"IA-NAV-{number:03d}", "visit": "V1", "sample_type": "serum",
            "number": 1, "of": 6, "state": "picked" if number == 3 else "pending"}


def test_a_long_list_spans_numbered_pages_in_pull_order(tmp_path: Path) -> None:
    items = [_item(n, 1 + n // 60) for n in range(150)]
    pull = {"code": "PULL-2026-0042", "purpose": "Long batch", "criteria_text": "cohort ICI",
            "allow_last": False, "status": "open", "created_at": "2026-11-25T12:00:00+00:00",
            "created_by": "admin", "items": items}
    target = tmp_path / "long.pdf"
    write_pull_list_pdf(pull, target, study="INTER-AUTENTIC",
                        generated_at=datetime(2026, 11, 25, 12, tzinfo=UTC),
                        sample_labels={"serum": "Serum"})
    text = pdf_text(target)
    pages = page_count(text)
    assert pages >= 3
    assert f"Page {pages} of {pages}" in text
    assert "kept (never taken)" in text
    racks = re.findall(r"rack (R\d): (\d+) tube", text)
    assert racks == [("R1", "60"), ("R2", "60"), ("R3", "30")]
    order = [int(m) for m in re.findall(r"BT(\d{8})", text)]
    assert order == sorted(order) and len(set(order)) == 150
    picked = next(li for li in text.splitlines() if "BT00000003" in li)
    assert "picked" in picked
