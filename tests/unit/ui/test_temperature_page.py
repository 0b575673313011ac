"""The Temperatures page of the Freezers workspace (issue 7, point 8): readings with excursions
in red, typing a reading in, importing a logger file in a worker, limits for managers only.
Clicks and key presses through pytest-qt; every check also looks at the database."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtGui import QBrush

from biotrack.services import temperature
from biotrack.services.context import Session
from biotrack.ui.views.temperature_page import (
    EXCURSION_BACKGROUND,
    ReadingModel,
    TemperaturePage,
)
from biotrack.ui.views.workspace_pages import freezer_pages
from tests.factories import as_user
from tests.unit.ui.conftest import RecordingInteraction

DATA = Path(__file__).resolve().parents[2] / "data" / "templog"


def count(session: Session) -> int:
    return int(session.db.execute("SELECT count(*) FROM temperature_reading").fetchone()[0])


def page_for(qtbot: Any, session: Session, recorder: RecordingInteraction) -> TemperaturePage:
    page = TemperaturePage(session, recorder)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def type_number(qtbot: Any, spin: Any, text: str) -> None:
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), text)
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Tab)


def test_the_page_is_a_tab_of_the_freezers_workspace(qtbot: Any, session: Session,
                                                     settings: Any,
                                                     recorder: RecordingInteraction) -> None:
    pages = {p.key: p for p in freezer_pages(session, recorder, settings)}
    assert pages["temperatures"].label == "Temperatures"
    page = pages["temperatures"].build()
    qtbot.addWidget(page)
    assert isinstance(page, TemperaturePage)


def test_model_passes_the_model_tester(qtmodeltester: Any, session: Session) -> None:
    temperature.add_reading(session, "F1", -79.5, datetime(2026, 11, 2, 8, tzinfo=UTC))
    temperature.add_reading(session, "F1", -60.0, datetime(2026, 11, 3, 8, tzinfo=UTC))
    model = ReadingModel()
    model.set_rows(temperature.month_log(session, "F1", "2026-11").readings)
    qtmodeltester.check(model)
    assert model.excursions() == 1
    background = model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole)
    assert isinstance(background, QBrush) and background.color() == EXCURSION_BACKGROUND
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None


def test_readings_of_the_month_with_excursions_and_chart(qtbot: Any, session: Session,
                                                         recorder: RecordingInteraction) -> None:
    for day, celsius in ((2, -79.5), (3, -60.0), (20, -81.0)):
        temperature.add_reading(session, "F1", celsius, datetime(2026, 11, day, 8, tzinfo=UTC))
    temperature.add_reading(session, "F1", -80.0, datetime(2026, 10, 30, 8, tzinfo=UTC))
    page = page_for(qtbot, session, recorder)
    assert page.freezer() == "F1" and page.month().label == "2026-11"
    assert [r.celsius for r in page.readings()] == [-79.5, -60.0, -81.0]
    assert "3 reading(s), 1 excursion(s)" in page.summary_label.text()
    assert "-90 .. -70" in page.limits_label.text()
    points = page.chart.points()
    assert len(points) == 3
    assert points[1].y() < points[0].y()  # warmer is higher
    page.month_edit.setDate(QDate(2026, 10, 1))
    assert [r.celsius for r in page.readings()] == [-80.0]
    assert page.chart.grab().width() > 0  # paints without error


def test_typing_a_reading_in(qtbot: Any, session: Session,
                             recorder: RecordingInteraction) -> None:
    page = page_for(qtbot, session, recorder)
    taken = datetime(2026, 11, 24, 9, 30, tzinfo=UTC).astimezone().replace(tzinfo=None)
    page.taken_edit.setDateTime(QDateTime(taken))
    type_number(qtbot, page.celsius_spin, "-65.5")
    qtbot.keyClicks(page.note_edit, "door ajar")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    stored = session.db.execute("SELECT taken_at, celsius, note FROM temperature_reading"
                                ).fetchall()
    assert stored == [("2026-11-24T09:30:00+00:00", -65.5, "door ajar")]
    assert recorder.errors and recorder.errors[-1][0] == "Excursion"
    assert page.model.rowCount() == 1 and page.note_edit.text() == ""
    # the same time again: refused by the service, shown once, nothing written
    page.taken_edit.setDateTime(QDateTime(taken))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert "already has a reading" in recorder.errors[-1][1]
    assert count(session) == 1


def test_importing_a_logger_file_in_a_worker(qtbot: Any, session: Session,
                                             recorder: RecordingInteraction,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    page = page_for(qtbot, session, recorder)
    monkeypatch.setattr(page, "choose_file", lambda: DATA / "european.csv")
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "imported into F1" in page.import_status.text(), timeout=10_000)
    assert count(session) == 3
    assert page.progress.value() == page.progress.maximum()
    assert page.month().label == "2026-11" and page.model.rowCount() == 3
    assert page.import_button.isEnabled()

    monkeypatch.setattr(page, "choose_file", lambda: DATA / "bad_value.csv")
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(recorder.errors), timeout=10_000)
    assert recorder.errors[-1] == ("Logger file not imported",
                                   "bad_value.csv, line 3: 'minus eighty' is not a "
                                   "temperature in °C")
    assert page.import_status.text() == "Nothing was imported."
    assert count(session) == 3


def test_limits_are_set_by_a_manager(qtbot: Any, session: Session,
                                     recorder: RecordingInteraction) -> None:
    temperature.add_reading(session, "F1", -74.0, datetime(2026, 11, 2, 8, tzinfo=UTC))
    page = page_for(qtbot, session, recorder)
    assert page.limits_button.isEnabled() and page.model.excursions() == 0
    type_number(qtbot, page.low_spin, "-85")
    type_number(qtbot, page.high_spin, "-75")
    qtbot.mouseClick(page.limits_button, Qt.MouseButton.LeftButton)
    assert session.db.execute("SELECT low_c, high_c FROM freezer_alarm").fetchall() == \
        [(-85.0, -75.0)]
    assert "-85 .. -75" in page.limits_label.text()
    assert page.model.excursions() == 1


def test_a_technician_sees_the_limits_disabled(qtbot: Any, session: Session,
                                               recorder: RecordingInteraction) -> None:
    technician = as_user(session, "tom", "technician")
    page = page_for(qtbot, technician, recorder)
    assert not page.limits_button.isEnabled() and not page.low_spin.isEnabled()
    assert page.add_button.isEnabled() and page.import_button.isEnabled()
    nurse = as_user(session, "nina", "nurse")
    nurse_page = page_for(qtbot, nurse, recorder)
    assert not nurse_page.add_button.isEnabled()


def test_coming_back_to_the_tab_shows_new_freezers_and_readings(
        qtbot: Any, session: Session, recorder: RecordingInteraction) -> None:
    from biotrack.services import storage

    page = page_for(qtbot, session, recorder)
    assert page.freezer_combo.count() == 1
    page.hide()
    storage.add_freezer(session, storage.Layout(code="F2", name="Two", shelves=1,
                                                racks_per_shelf=1, boxes_per_rack=1,
                                                rack_box_types=("serum",)))
    temperature.add_reading(session, "F1", -79.0, datetime(2026, 11, 5, 8, tzinfo=UTC))
    page.show()
    qtbot.waitExposed(page)
    assert [page.freezer_combo.itemText(i) for i in range(2)] == ["F1", "F2"]
    assert page.freezer() == "F1" and page.model.rowCount() == 1
    page.freezer_combo.setCurrentText("F2")
    assert page.model.rowCount() == 0 and "0 reading(s)" in page.summary_label.text()
