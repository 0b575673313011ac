"""Every printed barcode must scan (SPEC.md section 4.4; issue 4 "What it must show").

Each template's PDF is rasterised by pdftoppm at 203 and at 300 dpi, 1 bit per dot like a
thermal or laser printer, and every single label is decoded by zxing-cpp, a real barcode
reader: 100% must decode, each to its own payload. Sheets are cut into their label cells so a
label is judged alone, and a sheet started at position 7 leaves the first six cells blank.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from biotrack.barcodes import make_barcode
from biotrack.labels.content import LabelData
from biotrack.labels.layout import label_size
from biotrack.labels.pdf import render_pdf
from biotrack.labels.templates import load_template
from tests.unit.labels.conftest import decode, rasterise, sheet_cell

SAMPLES = ["SER 1/6", "SER 2/6", "SER 3/6", "SER 4/6", "SER 5/6", "SER 6/6", "BC", "BC-RNA"]


def labels(count: int, first_serial: int = 1) -> list[LabelData]:
    """``count`` labels with spread-out serials (small, large, every check digit)."""
    return [
        LabelData(barcode=make_barcode(first_serial + 7919 * i), code=f"IA-NAV-{i % 1000:03d}",
                  visit=("V1", "V5", "IRAE1", "BASELINE")[i % 4], sample=SAMPLES[i % 8],
                  drawn_on=date(2026, 3, 30))
        for i in range(count)
    ]


@pytest.mark.parametrize("dpi", [203, 300])
@pytest.mark.parametrize("name", ["cryo-38x13", "cryo-cap"])
def test_every_roll_label_decodes(name: str, dpi: int, tmp_path: Path) -> None:
    template = load_template(name)
    batch = labels(24)
    pages = rasterise(render_pdf(template, batch, dpi), dpi, tmp_path)
    assert len(pages) == len(batch)  # one page per label
    width, height = label_size(template, dpi)
    decoded = []
    for page in pages:
        assert abs(page.width - width) <= 1 and abs(page.height - height) <= 1
        decoded.append(decode(page))
    assert decoded == [[label.barcode] for label in batch]  # 100%, each its own payload


@pytest.mark.parametrize("dpi", [203, 300])
def test_every_sheet_label_decodes_and_start_7_leaves_6_blank(dpi: int, tmp_path: Path) -> None:
    template = load_template("sheet-a4")
    assert template.sheet is not None
    per_page = template.sheet.per_page
    batch = labels(per_page - 6 + 10)  # the rest of a used sheet, then 10 on a new one
    pages = rasterise(render_pdf(template, batch, dpi, start=7), dpi, tmp_path)
    assert len(pages) == 2
    for position in range(1, 7):
        cell = sheet_cell(template, pages[0], position, dpi)
        assert cell.getextrema() == (255, 255), f"position {position} is not blank"
    slots = [(0, p) for p in range(7, per_page + 1)] + [(1, p) for p in range(1, 11)]
    decoded = [decode(sheet_cell(template, pages[page], position, dpi))
               for page, position in slots]
    assert decoded == [[label.barcode] for label in batch]
    for position in range(11, per_page + 1):
        assert sheet_cell(template, pages[1], position, dpi).getextrema() == (255, 255)


@pytest.mark.parametrize("dpi", [203, 300])
def test_modules_are_whole_dots(dpi: int, tmp_path: Path) -> None:
    """Each Data Matrix module is a uniform square of whole dots: no grey or split modules."""
    from biotrack.labels.layout import lay_out

    template = load_template("cryo-38x13")
    label = labels(1, first_serial=4242)[0]
    layout = lay_out(template, label, dpi)
    symbol = layout.symbol
    assert symbol is not None and symbol.type == "datamatrix"
    (page,) = rasterise(render_pdf(template, [label], dpi), dpi, tmp_path)
    m = symbol.module
    for row, modules in enumerate(symbol.matrix):
        for column, dark in enumerate(modules):
            box = (symbol.x + column * m, symbol.y + row * m,
                   symbol.x + (column + 1) * m, symbol.y + (row + 1) * m)
            assert page.crop(box).getextrema() == ((0, 0) if dark else (255, 255))
    quiet = page.crop((symbol.x - m, symbol.y - m, symbol.x + symbol.width + m, symbol.y))
    assert quiet.getextrema() == (255, 255)
