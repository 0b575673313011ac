"""The shipment manifest (issue 7, point 3, "What it must show"): a shipment from selection to
manifest to shipped status, with the manifest checked in all three formats.

The PDF is read back with pdftotext, the XLSX with pandas, the CSV with the csv module; none
of them may hold the participants' local identifiers (SPEC.md section 3: never exported).
"""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime
from pathlib import Path

import pandas as pd
import pytest

from biotrack.errors import Conflict, PermissionDenied, UserError
from biotrack.reports import manifest
from biotrack.services import collection, enrolment, shipments, storage
from biotrack.services.context import Session
from biotrack.services.shipments import ShipmentDetails
from tests.factories import as_user
from tests.unit.reports.helpers import page_count, pdf_text

COLUMNS = ["barcode", "code", "visit", "sample_type", "volume_ul", "box", "position"]
LOCAL_IDS = ("NHC-NAV-77123", "NHC-ARA-88456")


@pytest.fixture
def shipment(session: Session) -> shipments.Shipment:
    """IA-NAV-001 and IA-ARA-001 (with local ids), both V1; the draft holds NAV's six serum
    tubes (F1/S1/R1/B1 A1..A6) and ARA's plain buffy coat (F1/S1/R4/B1 A3)."""
    for site, local in zip(("NAV", "ARA"), LOCAL_IDS, strict=True):
        participant = enrolment.enrol(session, enrolment.Enrolment(
            cohort="ICI", site=site, enrolled_on=date(2026, 9, 1), regimen="nivolumab-q2w",
            local_id=local))
        collection.register(session, participant.code, "V1",
                            collection.Draw(drawn_at=datetime(2026, 9, 1, 9)))
    draft = shipments.create(session, ShipmentDetails(
        destination="Centro Nacional de Microbiología, Majadahonda", courier="World Courier",
        tracking="WC-123456", ship_date=date(2026, 11, 30), un3373=True, dry_ice_kg=7.5))
    shipments.add(session, draft.code, participant="IA-NAV-001", sample_type="serum")
    shipments.add(session, draft.code, participant="IA-ARA-001", sample_type="buffy_coat")
    return shipments.get(session, draft.code)


def test_selection_to_manifest_to_shipped(session: Session, shipment: shipments.Shipment,
                                          tmp_path: Path) -> None:
    items = shipments.items(session, shipment.code)
    assert len(items) == 7
    result = shipments.manifest(session, shipment.code, None, tmp_path / "manifest.pdf")
    assert (result.format, result.tubes) == ("pdf", 7)
    text = pdf_text(tmp_path / "manifest.pdf")
    for expected in ("Shipment manifest", shipment.code, "Centro Nacional de Microbiología",
                     "World Courier", "WC-123456", "2026-11-30",
                     "UN3373 Biological substance, Category B", "UN1845 Dry ice: 7.5 kg",
                     "Serum", "Buffy coat", "Page 1 of 1", "no personal data"):
        assert expected in text, expected
    # Counts per sample type, then one line per tube with its box and position.
    assert [line.split()[-2:] for line in text.splitlines()
            if line.strip().startswith(("Serum ", "Buffy coat ", "Total "))][:3] == [
        ["1", "500"], ["6", "3000"], ["7", "3500"]]
    for item in items:
        line = next(ln for ln in text.splitlines() if item.barcode in ln)
        assert [item.code, item.visit, "500", item.box, item.position] == \
            [w for w in line.split() if w in (item.code, item.visit, "500", item.box,
                                               item.position)]
    for local in LOCAL_IDS:
        assert local not in text

    sent = shipments.dispatch(session, shipment.code)
    assert sent.status == "dispatched"
    assert {storage.locate(session, i.barcode).status for i in items} == {"shipped"}
    # After dispatch the manifest still says which box and position each tube left.
    shipments.manifest(session, shipment.code, "csv", tmp_path / "after.csv")
    with (tmp_path / "after.csv").open(encoding="utf-8", newline="") as handle:
        after = list(csv.DictReader(handle))
    assert [(r["barcode"], r["box"], r["position"]) for r in after] == [
        (i.barcode, i.box, i.position) for i in items]
    assert "dispatched" in pdf_text(_pdf(session, shipment.code, tmp_path))


def _pdf(session: Session, code: str, folder: Path) -> Path:
    target = folder / "again.pdf"
    shipments.manifest(session, code, "pdf", target)
    return target


def test_xlsx_has_one_manifest_sheet_with_the_columns(session: Session,
                                                      shipment: shipments.Shipment,
                                                      tmp_path: Path) -> None:
    target = tmp_path / "manifest.xlsx"
    assert shipments.manifest(session, shipment.code, "xlsx", target).format == "xlsx"
    sheets = pd.read_excel(target, sheet_name=None)
    assert list(sheets) == ["Manifest"]
    frame = sheets["Manifest"]
    assert list(frame.columns) == COLUMNS
    items = shipments.items(session, shipment.code)
    assert frame["barcode"].tolist() == [i.barcode for i in items]
    assert frame["volume_ul"].tolist() == [500] * 7
    assert frame["sample_type"].tolist() == ["serum"] * 6 + ["buffy_coat"]
    assert frame["box"].tolist() == ["F1/S1/R1/B1"] * 6 + ["F1/S1/R4/B1"]
    assert frame["position"].tolist() == ["A1", "A2", "A3", "A4", "A5", "A6", "A3"]
    flat = frame.astype(str).to_numpy().ravel().tolist()
    assert not any(local in cell for cell in flat for local in LOCAL_IDS)


def test_csv_has_the_same_rows(session: Session, shipment: shipments.Shipment,
                               tmp_path: Path) -> None:
    shipments.manifest(session, shipment.code, "csv", tmp_path / "m.csv")
    shipments.manifest(session, shipment.code, "xlsx", tmp_path / "m.xlsx")
    raw = (tmp_path / "m.csv").read_text(encoding="utf-8")
    assert raw.splitlines()[0] == ",".join(COLUMNS)
    assert not any(local in raw for local in LOCAL_IDS)
    from_csv = pd.read_csv(tmp_path / "m.csv")
    from_xlsx = pd.read_excel(tmp_path / "m.xlsx", sheet_name="Manifest")
    pd.testing.assert_frame_equal(from_csv, from_xlsx)


def test_no_dry_ice_and_no_un3373_are_said(session: Session, tmp_path: Path) -> None:
    participant = enrolment.enrol(session, enrolment.Enrolment(
        cohort="SAD", site="GAL", enrolled_on=date(2026, 9, 1), diagnosis="SLE"))
    collection.register(session, participant.code, "BASELINE",
                        collection.Draw(drawn_at=datetime(2026, 9, 1, 9)))
    draft = shipments.create(session, ShipmentDetails(destination="Lab C", un3373=False))
    shipments.add(session, draft.code, participant=participant.code)
    text = pdf_text(_pdf(session, draft.code, tmp_path))
    assert "Declarations" in text and "none" in text
    assert "UN3373" not in text and "UN1845" not in text
    assert "Courier" in text


def test_a_long_manifest_numbers_its_pages(tmp_path: Path) -> None:
    rows = [{"barcode": f"BT{n:08d}", "code": f"IA-NAV-{n // 8 + 1:03d}", "visit": "V1",
             "sample_type": "serum", "volume_ul": 500, "box": f"F1/S1/R1/B{n // 81 + 1}",
             "position": f"{chr(65 + n % 81 // 9)}{n % 9 + 1}"} for n in range(300)]
    header = manifest.ManifestHeader(
        code="SHP-2026-0009", destination="Lab D", courier="", tracking="",
        ship_date=date(2026, 12, 1), un3373=True, dry_ice_kg=None, status="draft",
        study="INTER-AUTENTIC", generated_at=datetime(2026, 11, 25, 12, tzinfo=UTC))
    progress: list[tuple[int, int]] = []
    manifest.write_manifest_pdf(header, rows, tmp_path / "long.pdf",
                                sample_labels={"serum": "Serum"},
                                progress=lambda d, t: progress.append((d, t)))
    text = pdf_text(tmp_path / "long.pdf")
    pages = page_count(text)
    assert pages >= 5
    assert f"Page {pages} of {pages}" in text
    assert all(row["barcode"] in text for row in rows)
    assert "Total" in text and "300" in text and "150000" in text
    assert progress[-1] == (2, 2)


def test_manifest_refusals(session: Session, shipment: shipments.Shipment,
                           tmp_path: Path) -> None:
    with pytest.raises(UserError, match="give --format"):
        shipments.manifest(session, shipment.code, None, tmp_path / "manifest")
    with pytest.raises(UserError, match="unknown format"):
        shipments.manifest(session, shipment.code, "docx", tmp_path / "m.docx")
    with pytest.raises(UserError, match="does not exist"):
        shipments.manifest(session, shipment.code, "pdf", tmp_path / "nowhere" / "m.pdf")
    empty = shipments.create(session, ShipmentDetails(destination="Lab E"))
    with pytest.raises(Conflict, match="holds no tubes"):
        shipments.manifest(session, empty.code, "pdf", tmp_path / "e.pdf")
    nurse = as_user(session, "nurse1", "nurse")
    with pytest.raises(PermissionDenied):
        shipments.manifest(nurse, shipment.code, "pdf", tmp_path / "n.pdf")
    assert not [p.name for p in tmp_path.iterdir() if not p.name.startswith("test.db")]
