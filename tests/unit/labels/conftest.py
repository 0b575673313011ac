"""Fixtures for the label tests: a participant with a registered collection, and a reader.

The participant carries a local identifier and a birth year on purpose: the privacy tests look
for them in every PDF and ZPL and must not find them. Decoding uses zxing-cpp, a real barcode
reader, on pages that poppler's pdftoppm rasterises like a printer would (1 bit per dot, no
anti-aliasing) at the printer's resolution.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from biotrack.labels.layout import dots, label_size
from biotrack.labels.templates import Template
from biotrack.models import Collection, Participant
from biotrack.services import collection, enrolment
from biotrack.services.context import Session

LOCAL_ID = "MRN-884213"
BIRTH_YEAR = 1957


@dataclass(frozen=True)
class Collected:
    """A session whose participant has a registered V1 collection (8 aliquots)."""

    session: Session
    participant: Participant
    collection: Collection


def enrol(session: Session, *, local_id: str = LOCAL_ID,
          birth_year: int = BIRTH_YEAR) -> Participant:
    return enrolment.enrol(session, enrolment.Enrolment(
        cohort="ICI", site="NAV", enrolled_on=date(2026, 3, 2), regimen="pembrolizumab-q3w",
        first_dose=date(2026, 3, 30), sex="F", birth_year=birth_year,
        diagnosis="Melanoma", local_id=local_id,
    ))


def collect(session: Session, participant: Participant, visit: str = "V1",
            drawn_at: datetime = datetime(2026, 3, 30, 9, 15)) -> Collection:
    result = collection.register(session, participant.code, visit, collection.Draw(
        drawn_at=drawn_at, received_at=drawn_at.replace(minute=40),
        centrifuged_at=drawn_at.replace(hour=10), frozen_at=drawn_at.replace(hour=11)))
    return result.collection


@pytest.fixture
def collected(session: Session) -> Collected:
    participant = enrol(session)
    return Collected(session, participant, collect(session, participant))


def rasterise(pdf: bytes, dpi: int, folder: Path) -> list[Image.Image]:
    """Every page of a PDF as a 1-bit image at ``dpi``, as a thermal printer would print it."""
    source = folder / "labels.pdf"
    source.write_bytes(pdf)
    for old in folder.glob("page-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-r", str(dpi), "-mono", "-png", str(source),
                    str(folder / "page")], check=True, capture_output=True, timeout=120)
    return [Image.open(path).convert("L") for path in sorted(folder.glob("page-*.png"))]


def decode(image: Image.Image) -> list[str]:
    """Every barcode zxing-cpp finds in the image."""
    return [result.text for result in zxingcpp.read_barcodes(image)]


def pdftotext(pdf: bytes, folder: Path) -> str:
    source = folder / "text.pdf"
    source.write_bytes(pdf)
    result = subprocess.run(["pdftotext", "-layout", str(source), "-"], check=True,
                            capture_output=True, timeout=60)
    return result.stdout.decode("utf-8")


def sheet_cell(template: Template, page: Image.Image, position: int, dpi: int) -> Image.Image:
    """The pixels of one label cell (1-based position) of a sheet page."""
    sheet = template.sheet
    assert sheet is not None
    row, column = divmod(position - 1, sheet.columns)
    left = round(dots(sheet.left_mm + column * (template.width_mm + sheet.gap_x_mm), dpi))
    top = round(dots(sheet.top_mm + row * (template.height_mm + sheet.gap_y_mm), dpi))
    width, height = label_size(template, dpi)
    return page.crop((left, top, left + width, top + height))
