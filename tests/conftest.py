"""Shared test set-up: headless Qt, no real user profile, deterministic randomness.

QT_QPA_PLATFORM must be set before any Qt import or a run without a display aborts (exit 134)
instead of failing a test (TECH-NOTES.md).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never let a test fall back to the real per-user database or settings.
os.environ.pop("BIOTRACK_DB", None)
os.environ.pop("BIOTRACK_USER", None)
os.environ.pop("BIOTRACK_PASSWORD", None)


import pytest

from tests.factories import new_session


@pytest.fixture
def session(tmp_path):  # type: ignore[no-untyped-def]
    """A real, initialised database on tmp_path with a fixed clock (2026-11-25 12:00 UTC)."""
    s = new_session(tmp_path)
    yield s
    s.db.close()
