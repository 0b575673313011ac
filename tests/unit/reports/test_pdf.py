"""The PDF reports, rendered with pdftoppm and read back with pdftotext (poppler-utils)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from biotrack.services import reporting
from tests.unit.reports.conftest import History
from tests.unit.reports.helpers import page_count, pdf_text, render_pages
from tests.unit.reports.scenario import P1, P3, P4


def squeeze(text: str) -> str:
    """Layout text with runs of spaces folded, so 'Aliquots in storage     31' matches."""
    return re.sub(r"[ \t]+", " ", text)


@pytest.fixture(scope="module")
def october_pdf(history: History, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("pdf") / "inventory-2026-10.pdf"
    reporting.inventory_report(history.session, "2026-10", "pdf", target)
    return target


def test_inventory_pdf_renders_every_page(october_pdf: Path, tmp_path: Path) -> None:
    text = pdf_text(october_pdf)
    pages = render_pages(october_pdf, tmp_path / "png")
    assert len(pages) == page_count(text) >= 2
    assert all(page.stat().st_size > 2000 for page in pages)  # drawn, not blank


def test_inventory_pdf_cover_and_totals(october_pdf: Path) -> None:
    text = squeeze(pdf_text(october_pdf))
    assert "Monthly freezer inventory" in text
    assert "October 2026 (2026-10)" in text
    assert "Stock as at 2026-11-01 00:00 UTC (end of the month)" in text
    for line in ("Aliquots in storage 31", "Checked out (slot reserved) 2",
                 "Unplaced (no position) 2", "Occupied positions 33", "Free positions 137",
                 "Movements in the month 26", "Discrepancies 3"):
        assert line in text, line
    # Generation time (the session's clock) and page numbers on every page.
    assert text.count("Generated 2026-11-25 12:00 UTC") == page_count(text)
    assert "no personal data" in text


def test_inventory_pdf_movements_boxes_and_discrepancies(october_pdf: Path,
                                                         history: History) -> None:
    text = squeeze(pdf_text(october_pdf))
    for action, count in (("placed", 18), ("checked out", 2), ("consumed", 2),
                          ("shipped", 1), ("discarded", 1), ("missing", 0)):
        assert re.search(rf"{action} +{count}\b", text), action
    assert "Occupancy per freezer" in text
    assert "Freezer F2: 26 of 162 positions occupied (16.0 %), per rack" in text
    assert "F1/S1/R2/B1 buffy 4 4 0 100.0" in text
    assert "Total 31 2" in text
    s = history.scenario
    for barcode in (s.bc(P1, "V1", 1), s.bc(P4, "V1", 1, "buffy_coat")):
        assert barcode in text
    assert "checked out for 46 days" in text
    assert "No box audit with differences was saved this month." in text


def test_completeness_pdf(history: History, tmp_path: Path) -> None:
    target = tmp_path / "completeness.pdf"
    reporting.completeness_report(history.session, "pdf", target)
    text = squeeze(pdf_text(target))
    assert len(render_pages(target, tmp_path / "png")) == page_count(text)
    assert "Collection completeness and protocol deviations" in text
    assert "as of 2026-11-25" in text
    assert "Visits due 11" in text
    assert "Aliquots expected / made 72 / 52" in text
    assert "NAV ICI 2 7 4 1 2 0 46 26 56.5 2" in text
    assert "patient hospitalised" in text
    assert "150 min from draw to centrifugation" in text
    assert P3 in text


def test_draw_list_pdf(history: History, tmp_path: Path) -> None:
    target = tmp_path / "due.pdf"
    result = reporting.draw_list_report(history.session, date(2026, 11, 23),
                                        date(2026, 11, 29), target, site="nav")
    text = squeeze(pdf_text(target))
    assert len(render_pages(target, tmp_path / "png")) == page_count(text) == 1
    assert "Draw list" in text and "2026-11-23 to 2026-11-29 - site NAV" in text
    # P1 V5 (21-27 Nov) is due; P3 V2 and V3 are overdue (their windows passed).
    assert re.search(rf"{P1} V5 NAV 2026-11-24 2026-11-21 - 2026-11-27", text)
    assert text.count("OVERDUE") == 2
    assert "K2-EDTA tube" in text and "Serum separator tube" in text
    assert result.totals == {"visits": 3, "overdue": 2}


def test_empty_draw_list_says_so(history: History, tmp_path: Path) -> None:
    target = tmp_path / "due.pdf"
    reporting.draw_list_report(history.session, date(2026, 11, 23), date(2026, 11, 29),
                               target, site="LOG")
    assert "Nothing is due from 2026-11-23 to 2026-11-29" in squeeze(pdf_text(target))
