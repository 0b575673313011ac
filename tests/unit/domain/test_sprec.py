"""SPREC codes and quality flags derived from a draw's times (SPEC.md section 3, collection)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from biotrack import sprec
from biotrack.protocol import Protocol, load_protocol

DRAWN = datetime(2026, 3, 30, 9, 0)


@pytest.fixture(scope="module")
def protocol() -> Protocol:
    return load_protocol()


def code(protocol: Protocol, sample_type: str, *, centrifuged_after: int | None,
         frozen_after: int | None) -> str:
    """The SPREC code of a draw centrifuged and frozen so many minutes after it."""
    centrifuged = None if centrifuged_after is None else DRAWN + timedelta(
        minutes=centrifuged_after)
    frozen = None if frozen_after is None else DRAWN + timedelta(minutes=frozen_after)
    times = sprec.timing(DRAWN, centrifuged, frozen)
    return sprec.sprec_code(protocol.sample_type(sample_type), protocol.quality, times)


def test_timing_in_minutes() -> None:
    times = sprec.timing(DRAWN, DRAWN + timedelta(minutes=95), DRAWN + timedelta(hours=3))
    assert times == sprec.Timing(to_centrifugation=95, centrifugation_to_freezing=85,
                                 to_freezing=180)
    assert sprec.timing(DRAWN, None, None) == sprec.Timing(None, None, None)
    assert sprec.minutes_between(DRAWN, None) is None


def test_timely_serum_is_the_spec_example(protocol: Protocol) -> None:
    # SPEC.md: serum `SER-SST-A-B-N-B-D` (centrifuged within 2 h, frozen within 1-2 h after).
    assert code(protocol, "serum", centrifuged_after=60, frozen_after=60 + 90) == (
        "SER-SST-A-B-N-B-D")


@pytest.mark.parametrize(("minutes", "letter"), [
    (0, "A"), (120, "A"), (121, "C"), (180, "C"), (240, "C"), (241, "E"), (480, "E"),
    (481, "G"), (1440, "G"), (1441, "X"),
])
def test_pre_centrifugation_letter(protocol: Protocol, minutes: int, letter: str) -> None:
    parts = code(protocol, "serum", centrifuged_after=minutes,
                 frozen_after=minutes + 30).split("-")
    assert parts[2] == letter
    assert parts[5] == "A"


@pytest.mark.parametrize(("minutes", "letter"), [
    (30, "A"), (60, "A"), (61, "B"), (120, "B"), (121, "C"), (480, "C"), (481, "E"),
    (1440, "E"), (1441, "X"),
])
def test_post_centrifugation_letter(protocol: Protocol, minutes: int, letter: str) -> None:
    parts = code(protocol, "serum", centrifuged_after=30,
                 frozen_after=30 + minutes).split("-")
    assert parts[5] == letter


def test_unknown_times_give_x(protocol: Protocol) -> None:
    assert code(protocol, "serum", centrifuged_after=None, frozen_after=None) == (
        "SER-SST-X-B-N-X-D")
    # Frozen time known but not the centrifugation: the post-centrifugation delay is unknown.
    assert code(protocol, "serum", centrifuged_after=None, frozen_after=60) == (
        "SER-SST-X-B-N-X-D")


def test_buffy_coat_fields_come_from_the_protocol(protocol: Protocol) -> None:
    assert code(protocol, "buffy_coat", centrifuged_after=30, frozen_after=60) == (
        "BFF-PED-A-B-N-A-D")
    assert code(protocol, "buffy_coat_rnalater", centrifuged_after=200, frozen_after=260) == (
        "BFF-PED-C-B-N-A-D")


def test_quality_flags(protocol: Protocol) -> None:
    quality = protocol.quality
    assert quality.max_minutes_to_centrifugation == 120
    assert quality.max_minutes_to_freezing == 240
    on_time = sprec.timing(DRAWN, DRAWN + timedelta(minutes=120), DRAWN + timedelta(minutes=240))
    assert sprec.quality_flags(quality, on_time) == []

    late = sprec.timing(DRAWN, DRAWN + timedelta(hours=3), DRAWN + timedelta(hours=5))
    flags = sprec.quality_flags(quality, late)
    assert [str(flag) for flag in flags] == [
        "180 min from draw to centrifugation (limit 120)",
        "300 min from draw to freezing (limit 240)",
    ]
    assert sprec.quality_flags(quality, sprec.timing(DRAWN, None, None)) == []
