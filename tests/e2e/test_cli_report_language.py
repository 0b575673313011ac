"""A Spanish run of the CLI prints a Spanish draw list (issue 9): `biotrack report due -o x.pdf`
with BIOTRACK_LANGUAGE=es writes the PDF's texts from the compiled catalogue (context
"Reports"), dates day first, and the tubes in the protocol's own Spanish; an English run
writes the English PDF as before.

The CLI runs in-process through biotrack.cli.main, as tests/e2e/test_cli_language.py does, and
the PDF is read back with pdftotext.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from biotrack import cli, cli_language
from biotrack.services import app_context, enrolment
from tests.unit.reports.helpers import pdf_text

PASSWORD = "report-language-pass"
LOCALE_VARIABLES = ("BIOTRACK_LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
TUBE = "Serum separator tube (SST, gold top) 8.5 mL"


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
             capsys: pytest.CaptureFixture[str]) -> Iterator[Path]:
    """An initialised database with one participant due in November-December 2026."""
    cli_language._catalogue.cache_clear()
    for name in LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    for name, folder in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                         ("XDG_CACHE_HOME", "cache"), ("XDG_STATE_HOME", "state")):
        monkeypatch.setenv(name, str(home / folder))
    monkeypatch.setenv("BIOTRACK_USER", "admin")
    monkeypatch.setenv("BIOTRACK_PASSWORD", PASSWORD)
    monkeypatch.delenv("BIOTRACK_DB", raising=False)
    monkeypatch.setenv("BIOTRACK_LANGUAGE", "en")
    db = tmp_path / "report-language.db"
    assert cli.main(["--db", str(db), "init"]) == 0, capsys.readouterr().err
    capsys.readouterr()
    session = app_context.sign_in(db, "admin", PASSWORD)
    try:
        enrolment.enrol(session, enrolment.Enrolment(cohort="SAD", site="NAV",
                                                     enrolled_on=date(2026, 11, 10)))
    finally:
        session.db.close()
    yield db
    cli_language._catalogue.cache_clear()


def _draw_list(db: Path, target: Path, capsys: pytest.CaptureFixture[str]) -> str:
    code = cli.main(["--db", str(db), "report", "due", "--from", "2026-11-01",
                     "--to", "2026-12-31", "-o", str(target)])
    _out, err = capsys.readouterr()
    assert code == 0, err
    return re.sub(r"[ \t]+", " ", pdf_text(target))


def test_english_run_writes_the_english_draw_list(database: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    text = _draw_list(database, tmp_path / "due-en.pdf", capsys)
    assert "Draw list" in text and "Tubes to draw" in text and TUBE in text
    assert "2026-11-01 to 2026-12-31 - all sites" in text and "Page 1 of 1" in text


def test_spanish_run_writes_a_spanish_draw_list(database: Path, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("BIOTRACK_LANGUAGE", "es")
    cli_language._catalogue.cache_clear()
    title = cli_language.translate("Reports", "Draw list")
    # The catalogue names the PDFs' language (reports.pdf.Words): a translator who changed
    # this entry would silently turn off Spanish dates and decimals.
    assert cli_language.translate("Reports", "en") == "es"
    assert title != "Draw list"
    text = _draw_list(database, tmp_path / "due-es.pdf", capsys)
    assert title in text
    assert cli_language.translate("Reports", "Tubes to draw") in text
    assert cli_language.translate("Reports", "all sites") in text
    assert "01/11/2026" in text and "31/12/2026" in text and "2026-11-01" not in text
    assert "Tubes to draw" not in text and "Page 1 of" not in text
    # The tubes are the protocol's own Spanish (its [translations.es]), not the English.
    assert "Serum separator" not in text and "Tubo separador de suero" in text

