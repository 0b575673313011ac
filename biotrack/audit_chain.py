"""The tamper-evident rule of the audit trail: each event's hash covers its content and the
previous event's hash (SHA-256 over canonical JSON), so editing any stored event, or removing
one, breaks every hash after it (21 CFR 11.10(e), EU GMP Annex 11).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

GENESIS_HASH = "0" * 64
HASHED_FIELDS = (
    "id", "at", "user_id", "username", "action", "table_name", "record_id",
    "before", "after", "reason", "prev_hash",
)


def event_hash(event: Mapping[str, Any]) -> str:
    """SHA-256 of the event's hashed fields (which include the previous hash)."""
    payload = json.dumps(
        {name: event.get(name) for name in HASHED_FIELDS},
        sort_keys=True, ensure_ascii=False, separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()
