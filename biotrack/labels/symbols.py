"""Barcode symbols as module patterns, to be drawn in whole printer dots.

TECH-NOTES.md ("Barcodes on small labels"): reportlab's own ECC200DataMatrix adds a NUL to every
payload and always makes 44 x 44 symbols, and a Code 128 stretched to a label's width does not
scan at 203 dpi. So the *encoding* comes from libraries that get it right - zxing-cpp's encoder
for the Data Matrix module matrix, python-barcode's ``build()`` for the Code 128 bar pattern -
and the *drawing* (biotrack.labels.pdf) paints each module as a rectangle of whole dots.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, cast

import zxingcpp
from barcode import Code128

from biotrack.errors import QT_TRANSLATE_NOOP, UserError


@dataclass(frozen=True)
class DataMatrix:
    """An ECC 200 Data Matrix as rows of modules, top row first; True is a dark module."""

    text: str
    modules: tuple[tuple[bool, ...], ...]

    @property
    def rows(self) -> int:
        return len(self.modules)

    @property
    def columns(self) -> int:
        return len(self.modules[0])


@dataclass(frozen=True)
class Code128Pattern:
    """A Code 128 symbol as its module string ('1' = bar module), quiet zones excluded."""

    text: str
    pattern: str

    @property
    def modules(self) -> int:
        return len(self.pattern)


def data_matrix(text: str) -> DataMatrix:
    """The Data Matrix of ``text`` from zxing-cpp's encoder (the smallest square symbol)."""
    _check_payload(text)
    symbol = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.DataMatrix)
    image = symbol.to_image(scale=1, add_quiet_zones=False)
    height, width = image.shape[:2]
    # zxing-cpp's Image exposes the buffer protocol (its stub does not say so).
    pixels = memoryview(cast(Any, image)).tobytes()
    if len(pixels) != height * width:  # pragma: no cover - a changed zxing-cpp image layout
        raise AssertionError(f"unexpected zxing-cpp image of {len(pixels)} bytes for "
                             f"{width} x {height} modules")
    modules = tuple(tuple(pixels[r * width + c] < 128 for c in range(width))
                    for r in range(height))
    return DataMatrix(text, modules)


def code128(text: str) -> Code128Pattern:
    """The Code 128 bar pattern of ``text`` (python-barcode picks code set C for digit pairs)."""
    _check_payload(text)
    (pattern,) = Code128(text).build()
    return Code128Pattern(text, pattern)


def dark_runs(bits: tuple[bool, ...] | str) -> Iterator[tuple[int, int]]:
    """(start, length) of each run of dark modules, so a bar or a row is one rectangle."""
    start = None
    for index, bit in enumerate(bits):
        dark = bit == "1" if isinstance(bit, str) else bit
        if dark and start is None:
            start = index
        elif not dark and start is not None:
            yield start, index - start
            start = None
    if start is not None:
        yield start, len(bits) - start


def _check_payload(text: str) -> None:
    # The payload is printable ASCII by the barcode scheme (biotrack.barcodes); anything else
    # would be encoded in a way a scanner in keyboard-wedge mode may not type back.
    if not text or not text.isascii() or not text.isprintable():
        raise UserError(QT_TRANSLATE_NOOP("Messages", "{text} cannot be printed as a barcode "
                                          "(printable ASCII only)"), text=repr(text[:40]))
