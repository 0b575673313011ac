"""Property: for any valid barcode, the drawn Data Matrix and Code 128 decode back to it.

Random serials (biotrack.barcodes.make_barcode) are drawn on the roll label (Data Matrix) and on
a sheet label (Code 128), rasterised 1 bit per dot at 203 or 300 dpi and read by zxing-cpp.
Rendering is slow, so the number of examples is kept small.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from biotrack.barcodes import MAX_SERIAL, make_barcode, parse_barcode
from biotrack.labels.content import LabelData
from biotrack.labels.pdf import render_pdf
from biotrack.labels.templates import load_template
from tests.unit.labels.conftest import decode, rasterise, sheet_cell

TEMPLATES = {name: load_template(name) for name in ("cryo-38x13", "cryo-cap", "sheet-a4")}


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(serial=st.integers(min_value=1, max_value=MAX_SERIAL), dpi=st.sampled_from([203, 300]),
       name=st.sampled_from(sorted(TEMPLATES)))
def test_a_drawn_symbol_decodes_to_its_barcode(serial: int, dpi: int, name: str) -> None:
    template = TEMPLATES[name]
    barcode = make_barcode(serial)
    label = LabelData(barcode, "IA-GAL-307", "V3", "SER 4/6", date(2026, 7, 14))
    with tempfile.TemporaryDirectory() as folder:
        (page,) = rasterise(render_pdf(template, [label], dpi), dpi, Path(folder))
    if template.sheet is not None:
        page = sheet_cell(template, page, 1, dpi)
    (text,) = decode(page)
    assert text == barcode
    assert parse_barcode(text) == serial
