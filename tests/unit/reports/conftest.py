"""Fixtures for the report tests: one study history with known counts per module.

Building the history through the services takes a moment, so it is built once per module
(``history``) and only read afterwards; a test that changes data builds its own database.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest

from biotrack.services import reporting
from biotrack.services.context import Session
from tests.unit.reports import scenario
from tests.unit.reports.helpers import read_sheets


@dataclass
class History:
    """The scenario after November, with the September and October workbooks that were made
    before November's changes."""

    session: Session
    scenario: scenario.Scenario
    folder: Path
    before: dict[str, dict[str, pd.DataFrame]]

    def xlsx(self, month: str, name: str | None = None) -> dict[str, pd.DataFrame]:
        target = self.folder / (name or f"inventory-{month}-after.xlsx")
        reporting.inventory_report(self.session, month, "xlsx", target)
        return read_sheets(target)


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> Iterator[History]:
    folder = tmp_path_factory.mktemp("reports")
    session = scenario.new_report_session(folder)
    built = scenario.build(session, until="october")
    before = {}
    for month in ("2026-09", "2026-10"):
        target = folder / f"inventory-{month}-before.xlsx"
        reporting.inventory_report(session, month, "xlsx", target)
        before[month] = read_sheets(target)
    scenario.november(built)
    yield History(session, built, folder, before)
    session.db.close()
