"""The aliquot barcode scheme: short, unique, never reused, with a check digit.

Payload: ``BT`` + a 7-digit serial + 1 Damm check digit, e.g. ``BT00001234``. The serial comes
from a counter in the database that only grows, so a barcode is never reused, even after a tube
is discarded. The Damm check digit detects every single-digit error and every transposition of
adjacent digits, so a misread cannot land on another tube. Eight digits after the prefix keep
Code 128 short (code set C packs digit pairs), which matters at 203 dpi on a 38 mm label.
"""

from __future__ import annotations

from biotrack.errors import QT_TRANSLATE_NOOP, UserError

PREFIX = "BT"
SERIAL_DIGITS = 7
MAX_SERIAL = 10**SERIAL_DIGITS - 1

# Damm's quasigroup of order 10 (weakly totally anti-symmetric).
_DAMM = (
    (0, 3, 1, 7, 5, 9, 8, 6, 4, 2),
    (7, 0, 9, 2, 1, 5, 4, 8, 6, 3),
    (4, 2, 0, 6, 8, 7, 1, 3, 5, 9),
    (1, 7, 5, 0, 9, 8, 3, 4, 2, 6),
    (6, 1, 2, 3, 0, 4, 5, 9, 7, 8),
    (3, 6, 7, 4, 2, 0, 9, 5, 8, 1),
    (5, 8, 6, 9, 7, 2, 0, 1, 3, 4),
    (8, 9, 4, 5, 3, 6, 2, 0, 1, 7),
    (9, 4, 3, 8, 6, 1, 7, 2, 0, 5),
    (2, 5, 8, 1, 4, 3, 6, 7, 9, 0),
)


class BadBarcode(UserError):
    """A scanned or typed text that is not a valid BioTrack barcode."""


def damm_digit(digits: str) -> str:
    interim = 0
    for char in digits:
        interim = _DAMM[interim][int(char)]
    return str(interim)


def make_barcode(serial: int) -> str:
    if not 1 <= serial <= MAX_SERIAL:
        raise ValueError(f"barcode serial out of range: {serial}")
    digits = f"{serial:0{SERIAL_DIGITS}d}"
    return f"{PREFIX}{digits}{damm_digit(digits)}"


def parse_barcode(text: str) -> int:
    """The serial of a valid barcode; BadBarcode (one clear message) for anything else."""
    value = text.strip().upper()
    body = value[len(PREFIX):]
    if (
        not value.startswith(PREFIX)
        or len(body) != SERIAL_DIGITS + 1
        or not body.isascii()
        or not body.isdigit()
    ):
        raise BadBarcode(QT_TRANSLATE_NOOP("Messages", "'{text}' is not a BioTrack barcode "
                                           "(expected BT + 8 digits)"), text=_shown(text))
    if damm_digit(body) != "0":
        raise BadBarcode(QT_TRANSLATE_NOOP("Messages", "'{text}' has a wrong check digit: "
                                           "misread or mistyped"), text=_shown(text))
    return int(body[:SERIAL_DIGITS])


def normalise(text: str) -> str:
    """Validated canonical form of a scanned barcode (upper case, no surrounding blanks)."""
    parse_barcode(text)
    return text.strip().upper()


def _shown(text: str) -> str:
    text = text.strip()
    return text if len(text) <= 40 else text[:37] + "..."
