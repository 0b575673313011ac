"""Make the README pictures of one label of each template, with the program's own code.

Run from the project root: ``python docs/labels/make_pictures.py``. Each template's PDF is made
by biotrack.labels.pdf for a 300 dpi printer, rasterised by poppler's pdftoppm at 300 dpi and
cropped to one label; a thin grey frame is added around the picture to show the label's edge
(it is not printed). The pictures are checked with zxing-cpp before they are written.

The PDF names the standard Helvetica without embedding it, as every PDF viewer and printer
knows it; install Debian's fonts-urw-base35 first so that poppler draws it with its metric
twin Nimbus Sans (without it, poppler falls back to DejaVu Sans squeezed into Helvetica's
widths, which looks oddly spaced - only in the picture, not on a printer).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

import zxingcpp
from PIL import Image, ImageOps

from biotrack.labels.content import LabelData
from biotrack.labels.layout import dots, label_size
from biotrack.labels.pdf import render_pdf
from biotrack.labels.templates import load_template, template_names

DPI = 300
HERE = Path(__file__).resolve().parent
EXAMPLE = LabelData("BT00001234", "IA-NAV-012", "V5", "SER 3/6", date(2026, 3, 30))


def picture(name: str, folder: Path) -> Image.Image:
    template = load_template(name)
    pdf = folder / f"{name}.pdf"
    pdf.write_bytes(render_pdf(template, [EXAMPLE], DPI))
    subprocess.run(["pdftoppm", "-r", str(DPI), "-png", "-gray", "-singlefile", str(pdf),
                    str(folder / name)], check=True)
    page = Image.open(folder / f"{name}.png").convert("L")
    width, height = label_size(template, DPI)
    if template.sheet is not None:  # the first cell of the sheet
        left, top = (round(dots(template.sheet.left_mm, DPI)),
                     round(dots(template.sheet.top_mm, DPI)))
        page = page.crop((left, top, left + width, top + height))
    else:
        page = page.crop((0, 0, width, height))
    decoded = [result.text for result in zxingcpp.read_barcodes(page)]
    if decoded != [EXAMPLE.barcode]:
        raise SystemExit(f"{name}: the picture decodes to {decoded}, not {EXAMPLE.barcode}")
    return ImageOps.expand(page, border=2, fill=160)


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        for name in template_names():
            target = HERE / f"{name}.png"
            picture(name, Path(folder)).save(target, optimize=True)
            print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
