"""Fixtures for the GUI tests: a recording Interaction, private QSettings, enrolled participants.

The recorder replaces the message boxes (STYLE.md practice 6) so a test never blocks on a modal
box and can assert on every message; settings go to an ini file under tmp_path so no test
touches the real user profile.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from biotrack.services import enrolment
from biotrack.services.context import Session
from biotrack.ui import i18n
from biotrack.ui.interaction import Interaction


class RecordingInteraction(Interaction):
    """Records what would have been shown; ``answer`` is what every confirmation returns."""

    def __init__(self) -> None:
        self.errors: list[tuple[str, str]] = []
        self.infos: list[tuple[str, str]] = []
        self.questions: list[tuple[str, str]] = []
        self.crashes: list[tuple[str, Path]] = []
        self.answer = True

    def show_error(self, parent, title, message):  # type: ignore[no-untyped-def]
        self.errors.append((title, message))

    def show_info(self, parent, title, message):  # type: ignore[no-untyped-def]
        self.infos.append((title, message))

    def confirm(self, parent, title, question, action):  # type: ignore[no-untyped-def]
        self.questions.append((title, question))
        return self.answer

    def show_crash(self, parent, summary, log):  # type: ignore[no-untyped-def]
        self.crashes.append((summary, log))


@pytest.fixture
def recorder() -> RecordingInteraction:
    return RecordingInteraction()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where the ``session`` fixture's database lives (tests/factories.py)."""
    return tmp_path / "test.db"


@pytest.fixture
def enrolled(session: Session) -> Session:
    """Three participants on the fixed clock (2026-11-25):

    - IA-NAV-001, ICI, first dose 2026-11-24: V1 due this week (window 11-21..11-27);
    - IA-ARA-001, SAD, enrolled 2026-11-10: BASELINE overdue (window closed 11-13);
    - IA-GAL-001, ICI, first dose 2026-12-03: V1 due only in the next two weeks.
    """
    enrolment.enrol(session, enrolment.Enrolment(
        cohort="ICI", site="NAV", enrolled_on=date(2026, 11, 20), regimen="nivolumab-q2w",
        first_dose=date(2026, 11, 24), diagnosis="Non-small-cell lung cancer"))
    enrolment.enrol(session, enrolment.Enrolment(
        cohort="SAD", site="ARA", enrolled_on=date(2026, 11, 10), diagnosis="SLE"))
    enrolment.enrol(session, enrolment.Enrolment(
        cohort="ICI", site="GAL", enrolled_on=date(2026, 11, 24),
        regimen="pembrolizumab-q3w", first_dose=date(2026, 12, 3), diagnosis="Melanoma"))
    return session


@pytest.fixture
def spanish(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The Spanish translator installed as at start-up; removed afterwards."""
    monkeypatch.setenv(i18n.LANGUAGE_ENV, "es")
    language = i18n.install_translator(qapp, "")
    try:
        yield language
    finally:
        i18n.remove_translators(qapp)
