"""Pre-analytical quality derived from the times of a draw (never typed in).

SPREC v3.0 code per aliquot: type-container-precentrifugation-centrifugation-
second centrifugation-postcentrifugation-storage, e.g. ``SER-SST-A-B-N-B-D``. The letters that
depend on timing come from the protocol's buckets; unknown timing gives ``X``. Limits of the
protocol (e.g. more than 2 h from draw to centrifugation) become flags.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from biotrack.errors import QT_TRANSLATE_NOOP, Message
from biotrack.protocol import Quality, SampleType, SprecBucket

UNKNOWN = "X"


@dataclass(frozen=True)
class Timing:
    """Minutes from draw to centrifugation and to freezing (None when a time is missing)."""

    to_centrifugation: int | None
    centrifugation_to_freezing: int | None
    to_freezing: int | None


def minutes_between(start: datetime | None, end: datetime | None) -> int | None:
    if start is None or end is None:
        return None
    return int((end - start).total_seconds() // 60)


def timing(drawn: datetime, centrifuged: datetime | None, frozen: datetime | None) -> Timing:
    return Timing(
        minutes_between(drawn, centrifuged),
        minutes_between(centrifuged, frozen),
        minutes_between(drawn, frozen),
    )


def _letter(minutes: int | None, buckets: Sequence[SprecBucket]) -> str:
    if minutes is None:
        return UNKNOWN
    for bucket in buckets:
        if minutes <= bucket.max_minutes:
            return bucket.code
    return UNKNOWN


def sprec_code(sample: SampleType, quality: Quality, times: Timing) -> str:
    return "-".join([
        sample.sprec_type,
        sample.sprec_container,
        _letter(times.to_centrifugation, quality.sprec_pre_centrifugation),
        sample.sprec_centrifugation,
        sample.sprec_second_centrifugation,
        _letter(times.centrifugation_to_freezing, quality.sprec_post_centrifugation),
        sample.sprec_storage,
    ])


def quality_flags(quality: Quality, times: Timing) -> list[Message]:
    """Readable flags for every protocol limit the draw passed.

    Messages: ``str()`` is the English kept among the collection's deviations; the screen
    shows them in the reader's language.
    """
    flags = []
    if (times.to_centrifugation is not None
            and times.to_centrifugation > quality.max_minutes_to_centrifugation):
        flags.append(Message(
            QT_TRANSLATE_NOOP("Messages", "{minutes} min from draw to centrifugation "
                              "(limit {limit})"),
            minutes=times.to_centrifugation, limit=quality.max_minutes_to_centrifugation))
    if times.to_freezing is not None and times.to_freezing > quality.max_minutes_to_freezing:
        flags.append(Message(
            QT_TRANSLATE_NOOP("Messages", "{minutes} min from draw to freezing (limit {limit})"),
            minutes=times.to_freezing, limit=quality.max_minutes_to_freezing))
    return flags
