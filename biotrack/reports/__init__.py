"""Report builders: DataFrames from the repository queries in biotrack.db.reporting, written
as XLSX/CSV (pandas, openpyxl) or PDF (reportlab platypus). No Qt, no SQL, no permission
checks: biotrack.services.reporting decides who may make which report and calls in here.

The slow builders take a ``progress`` callable ``(done, total)`` so the GUI can drive a
progress bar from a worker thread (STYLE.md practice 9).
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], None]


def no_progress(done: int, total: int) -> None:
    """The default progress callback: ignore it."""
