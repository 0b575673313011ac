"""Rack-scanner files (issue 7, point 2): every accepted layout, and malformed files refused
with the line number (nothing is read from a file that does not validate)."""

from __future__ import annotations

from pathlib import Path

import pytest

from biotrack.errors import UserError
from biotrack.rackscan import parse_rack_scan

DATA = Path(__file__).parents[2] / "data" / "rackscan"
TUBES = {"t1": "BT00000013", "t2": "BT00000021", "t3": "BT00000037"}


def sample(name: str) -> bytes:
    return (DATA / name).read_text().format(**TUBES).encode()


@pytest.mark.parametrize("name", ["plain.csv", "ziath-datapaq.csv", "fluidx-headerless.csv",
                                  "micronic.csv", "tabs.tsv"])
def test_every_layout_gives_the_same_tubes(name: str) -> None:
    scan = parse_rack_scan(sample(name), name)
    assert scan.tubes == (("A1", "BT00000013"), ("A2", "BT00000021"), ("A3", "BT00000037"))


def test_empty_and_unreadable_wells() -> None:
    assert parse_rack_scan(sample("ziath-datapaq.csv")).unreadable == ()
    assert parse_rack_scan(sample("fluidx-headerless.csv")).unreadable == ("A4",)


@pytest.mark.parametrize("text, message", [
    ("position,barcode\nA1,BT00000013\nA1,BT00000021\n", "line 3: position A1 appears twice"),
    ("position,barcode\nA1,BT00000013\n77A,BT00000021\n", "line 3: '77A' is not a position"),
    ("position,barcode\nA1\n", "line 2: expected a position and a barcode"),
    ("rack,tube\nA1,BT00000013\n", "line 1: no 'position' and 'barcode' columns"),
    ("", "empty"),
    ("\n\n", "empty"),
    ("position,barcode\nA1," + "x" * 100 + "\n", "line 2: 'xxxx"),
])
def test_malformed_files_name_the_line(text: str, message: str) -> None:
    with pytest.raises(UserError, match=message):
        parse_rack_scan(text.encode(), "scan.csv")


def test_binary_file_is_refused() -> None:
    with pytest.raises(UserError, match="not a text file"):
        parse_rack_scan(b"\x00\x01\x02position", "scan.csv")
