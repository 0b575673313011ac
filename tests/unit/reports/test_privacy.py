"""No report carries a participant's local identifier (SPEC.md section 3: never printed or
exported), nor any other personal field."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from biotrack.services import reporting
from tests.unit.reports.conftest import History
from tests.unit.reports.helpers import pdf_text
from tests.unit.reports.scenario import LOCAL_ID, P1


def xlsx_text(path: Path) -> str:
    workbook = load_workbook(path, read_only=True)
    try:
        return "\n".join(str(value) for sheet in workbook.worksheets
                         for row in sheet.iter_rows(values_only=True)
                         for value in row if value is not None)
    finally:
        workbook.close()


def test_the_local_identifier_is_stored(history: History) -> None:
    db = history.session.db
    assert db.execute("SELECT local_id FROM participant WHERE code = ?",
                      [P1]).fetchone()[0] == LOCAL_ID


def test_no_report_contains_the_local_identifier(history: History, tmp_path: Path) -> None:
    session = history.session
    texts: dict[str, str] = {}
    for month in ("2026-09", "2026-10", "2026-11"):
        for fmt in ("xlsx", "csv", "pdf"):
            target = tmp_path / f"inventory-{month}.{fmt}"
            reporting.inventory_report(session, month, fmt, target)
            texts[target.name] = (xlsx_text(target) if fmt == "xlsx" else pdf_text(target)
                                  if fmt == "pdf" else target.read_text(encoding="utf-8"))
    for fmt in ("xlsx", "pdf"):
        target = tmp_path / f"completeness.{fmt}"
        reporting.completeness_report(session, fmt, target)
        texts[target.name] = xlsx_text(target) if fmt == "xlsx" else pdf_text(target)
    target = tmp_path / "due.pdf"
    reporting.draw_list_report(session, date(2026, 11, 1), date(2026, 11, 30), target)
    texts[target.name] = pdf_text(target)

    # The reports do name the participant by study code...
    for name in ("inventory-2026-10.xlsx", "inventory-2026-10.csv", "completeness.xlsx",
                 "completeness.pdf", "due.pdf"):
        assert P1 in texts[name], name
    # ... and never by anything else.
    for name, text in texts.items():
        assert LOCAL_ID not in text, name
        assert "4711" not in text, name
        for personal in ("local_id", "birth_year", "1956", "Melanoma"):
            assert personal not in text, (name, personal)
    # The raw files too (the PDF text could hide a string in its metadata).
    for path in tmp_path.iterdir():
        assert LOCAL_ID.encode() not in path.read_bytes(), path.name
