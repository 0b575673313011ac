"""The aliquot barcode: BT + 7-digit serial + Damm check digit.

A misread must never land on another tube: every single changed character and every swap of two
adjacent differing digits is refused (BadBarcode), not parsed to some other serial.
"""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from biotrack.barcodes import (
    MAX_SERIAL,
    PREFIX,
    BadBarcode,
    damm_digit,
    make_barcode,
    normalise,
    parse_barcode,
)
from biotrack.errors import UserError

serials = st.integers(min_value=1, max_value=MAX_SERIAL)


@given(serials)
def test_round_trip(serial: int) -> None:
    barcode = make_barcode(serial)
    assert barcode.startswith(PREFIX)
    assert len(barcode) == len(PREFIX) + 8
    assert parse_barcode(barcode) == serial
    # What a keyboard-wedge scanner may add or a person may type.
    assert parse_barcode(f"  {barcode.lower()}\n") == serial
    assert normalise(f" {barcode.lower()} ") == barcode


@given(serials, st.data())
def test_any_single_changed_character_is_refused(serial: int, data: st.DataObject) -> None:
    barcode = make_barcode(serial)
    index = data.draw(st.integers(min_value=0, max_value=len(barcode) - 1), label="index")
    new = data.draw(st.characters(exclude_categories=("Cs",)), label="new char")
    # Upper/lower case of the same letter is the same barcode (scanners differ): not a change.
    assume(new.upper() != barcode[index].upper())
    changed = barcode[:index] + new + barcode[index + 1:]
    with pytest.raises(BadBarcode):
        parse_barcode(changed)


@given(serials, st.data())
def test_any_changed_digit_is_refused(serial: int, data: st.DataObject) -> None:
    """The same property, aimed where a misread is most likely: a digit read as another."""
    barcode = make_barcode(serial)
    index = data.draw(st.integers(min_value=len(PREFIX), max_value=len(barcode) - 1))
    digit = data.draw(st.sampled_from("0123456789").filter(lambda d: d != barcode[index]))
    with pytest.raises(BadBarcode, match="check digit"):
        parse_barcode(barcode[:index] + digit + barcode[index + 1:])


@given(serials, st.data())
def test_adjacent_transposition_of_differing_digits_is_refused(serial: int,
                                                               data: st.DataObject) -> None:
    barcode = make_barcode(serial)
    digits_at = range(len(PREFIX), len(barcode) - 1)
    index = data.draw(st.sampled_from(list(digits_at)))
    assume(barcode[index] != barcode[index + 1])
    swapped = barcode[:index] + barcode[index + 1] + barcode[index] + barcode[index + 2:]
    with pytest.raises(BadBarcode):
        parse_barcode(swapped)


@given(serials, st.data())
def test_a_dropped_or_doubled_character_is_refused(serial: int, data: st.DataObject) -> None:
    barcode = make_barcode(serial)
    index = data.draw(st.integers(min_value=0, max_value=len(barcode) - 1))
    with pytest.raises(BadBarcode):
        parse_barcode(barcode[:index] + barcode[index + 1:])
    with pytest.raises(BadBarcode):
        parse_barcode(barcode[:index] + barcode[index] + barcode[index:])


def test_known_values() -> None:
    # Damm's published example: 572 -> check digit 4.
    assert damm_digit("572") == "4"
    assert make_barcode(1) == "BT00000013"
    assert make_barcode(MAX_SERIAL).startswith("BT9999999")


@pytest.mark.parametrize("serial", [0, -1, MAX_SERIAL + 1])
def test_serial_out_of_range(serial: int) -> None:
    with pytest.raises(ValueError):
        make_barcode(serial)


@pytest.mark.parametrize("text", [
    "", "BT", "BT0000001", "BT000000133", "XX00000013", "BT0000001X", "BT 0000001",
    "BT٠٠٠٠٠٠١٣",  # Arabic-Indic digits are digits, but not ASCII ones
])
def test_malformed_text_is_refused_with_a_user_error(text: str) -> None:
    with pytest.raises(BadBarcode) as caught:
        parse_barcode(text)
    assert isinstance(caught.value, UserError)
    assert "\n" not in str(caught.value)


def test_a_very_long_scan_is_shown_shortened() -> None:
    with pytest.raises(BadBarcode) as caught:
        parse_barcode("BT" + "7" * 500)
    assert len(str(caught.value)) < 120
