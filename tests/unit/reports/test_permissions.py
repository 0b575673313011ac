"""Who may make which report: the inventory and completeness are the manager's; the draw
list is everyone's (nurses print it)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from biotrack.errors import PermissionDenied
from biotrack.services import reporting
from biotrack.services.context import Session
from tests.factories import as_user
from tests.unit.reports import scenario


@pytest.fixture
def manager(tmp_path: Path) -> Iterator[Session]:
    session = scenario.new_report_session(tmp_path)
    yield session
    session.db.close()


@pytest.mark.parametrize("role", ["nurse", "technician"])
def test_only_a_manager_makes_the_inventory(manager: Session, tmp_path: Path,
                                            role: str) -> None:
    other = as_user(manager, f"{role}1", role)
    for fmt in ("pdf", "xlsx", "csv"):
        with pytest.raises(PermissionDenied, match="may not make reports"):
            reporting.inventory_report(other, "2026-10", fmt, tmp_path / f"i.{fmt}")
    with pytest.raises(PermissionDenied):
        reporting.inventory_tables(other, "2026-10")
    with pytest.raises(PermissionDenied):
        reporting.completeness_report(other, "xlsx", tmp_path / "c.xlsx")
    assert not any(tmp_path.glob("i.*")) and not (tmp_path / "c.xlsx").exists()


def test_everyone_prints_the_draw_list(manager: Session, tmp_path: Path) -> None:
    nurse = as_user(manager, "nina", "nurse")
    result = reporting.draw_list_report(nurse, date(2026, 11, 23), date(2026, 11, 29),
                                        tmp_path / "due.pdf")
    assert result.path.exists() and result.totals == {"visits": 0, "overdue": 0}


def test_an_empty_database_gives_an_empty_inventory(manager: Session, tmp_path: Path) -> None:
    result = reporting.inventory_report(manager, "2026-10", "xlsx", tmp_path / "i.xlsx")
    assert (result.totals["in_storage"], result.totals["movements"]) == (0, 0)
    reporting.inventory_report(manager, "2026-10", "pdf", tmp_path / "i.pdf")
    reporting.completeness_report(manager, "pdf", tmp_path / "c.pdf")
    reporting.completeness_report(manager, "xlsx", tmp_path / "c.xlsx")


def test_a_cancelled_xlsx_leaves_no_file(manager: Session, tmp_path: Path) -> None:
    class Cancelled(Exception):
        """What a GUI's cancel button would raise from the progress callback."""

    def cancel(done: int, total: int) -> None:
        if done > 200:
            raise Cancelled

    with pytest.raises(Cancelled):
        reporting.inventory_report(manager, "2026-10", "xlsx", tmp_path / "i.xlsx",
                                   progress=cancel)
    assert list(tmp_path.glob("i.xlsx*")) == []
