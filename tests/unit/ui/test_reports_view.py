"""Reports workspace: preview the summary the services build, save files in a worker (issue 6.4).

The database is the report tests' study history (tests/unit/reports/scenario.py: known counts in
September, October and November 2026), built once for the module and only read here; every
file is written by a worker on its own connection, and the tests wait for its signal.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QImage

from biotrack.services import app_context, due, reporting
from biotrack.services.context import Session
from biotrack.ui.mainwindow import MainWindow
from biotrack.ui.value_labels import sample_type_labels
from biotrack.ui.views.reports_view import (
    COMPLETENESS,
    DRAW_LIST,
    INVENTORY,
    ReportsView,
    previous_month,
)
from biotrack.ui.widgets.dataframe_model import DataFrameModel, cell_text, column_title
from tests.factories import as_user
from tests.unit.reports import scenario

WAIT_MS = 30_000


@pytest.fixture(scope="module")
def study(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Session, Path]]:
    """September to November 2026 through the services; the clock at 2026-11-25 12:00 UTC."""
    folder = tmp_path_factory.mktemp("reports-view")
    session = scenario.new_report_session(folder)
    scenario.build(session, until="november")
    yield session, folder / "reports.db"
    session.db.close()


@pytest.fixture(scope="module")
def nurse(study: tuple[Session, Path]) -> Session:
    return as_user(study[0], "nurse1", "nurse")


@pytest.fixture
def view(qtbot, study: tuple[Session, Path], recorder) -> ReportsView:
    session, path = study
    widget = ReportsView(session, recorder, path)
    qtbot.addWidget(widget)
    return widget


def _shown(model) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def _expected(frame: pd.DataFrame) -> list[list[str]]:
    return [[cell_text(value) for value in row] for row in frame.itertuples(index=False)]


def _save_to(view: ReportsView, target: Path) -> list[tuple[Path, str]]:
    asked: list[tuple[Path, str]] = []

    def ask_output_file(suggested: Path, fmt: str) -> Path:
        asked.append((suggested, fmt))
        return target

    view.ask_output_file = ask_output_file  # type: ignore[method-assign]
    return asked


def test_the_month_defaults_to_last_month(view: ReportsView) -> None:
    assert previous_month(date(2026, 1, 15)).toString("yyyy-MM") == "2025-12"
    assert view.current_report() == INVENTORY
    assert view.month() == "2026-10"
    assert view.month_edit.maximumDate().toString("yyyy-MM") == "2026-11"  # no future month
    formats = [view.format_combo.itemData(i) for i in range(view.format_combo.count())]
    assert formats == ["pdf", "xlsx", "csv"]


def test_inventory_preview_shows_the_services_summary(qtbot, view: ReportsView,
                                                      study: tuple[Session, Path],
                                                      recorder) -> None:
    session, _ = study
    view.set_month("2026-10")
    with qtbot.waitSignal(view.preview_shown, timeout=WAIT_MS) as shown:
        assert view.preview()
    assert shown.args == [INVENTORY]
    expected = reporting.inventory_tables(session, "2026-10", with_aliquots=False)

    model = view.table.model()
    assert model is view.frame_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers == ["Freezer", "Sample type", "Cohort", "Site", "In storage", "Checked out"]
    # Sample types read as the protocol names them ("Serum"); the saved file keeps the ids.
    labels = sample_type_labels(session.protocol)
    on_screen = expected.summary.assign(sample_type=[
        labels.get(v, v) if isinstance(v, str) else v for v in expected.summary["sample_type"]])
    assert _shown(model) == _expected(on_screen)
    assert "serum" not in {row[1] for row in _shown(model)}
    total = _shown(model)[-1]
    assert total[0] == "Total"
    totals = expected.totals()
    assert int(total[4]) == totals["in_storage"] and int(total[5]) == totals["checked_out"]
    assert model.index(model.rowCount() - 1, 0).data(Qt.ItemDataRole.FontRole).bold()
    caption = view.caption_label.text()
    assert "at the end of 10/2026" in caption  # the month as the screen writes months
    assert f"{totals['in_storage']} in storage" in caption
    assert f"{totals['movements']} movements" in caption
    assert view.progress.value() == view.progress.maximum()
    assert recorder.errors == []


def test_completeness_preview_with_a_site_filter(qtbot, view: ReportsView,
                                                 study: tuple[Session, Path]) -> None:
    session, _ = study
    view.choose_report(COMPLETENESS)
    assert not view.parameters.isRowVisible(view.month_edit)
    assert view.parameters.isRowVisible(view.cohort_combo)
    view.site_combo.setCurrentIndex(view.site_combo.findData("NAV"))
    with qtbot.waitSignal(view.preview_shown, timeout=WAIT_MS):
        view.preview()
    expected = reporting.completeness_tables(session, site="NAV")
    assert _shown(view.table.model()) == _expected(expected.summary)
    assert "site NAV" in view.caption_label.text()


def test_saving_xlsx_runs_in_a_worker_and_fills_the_progress_bar(
        qtbot, view: ReportsView, study: tuple[Session, Path], tmp_path: Path,
        recorder) -> None:
    session, _ = study
    target = tmp_path / "inventory"  # no suffix: the chosen format's is added
    asked = _save_to(view, target)
    view.format_combo.setCurrentIndex(view.format_combo.findData("xlsx"))
    seen: list[tuple[int, int]] = []

    with qtbot.waitSignal(view.report_saved, timeout=WAIT_MS) as saved:
        assert view.save()
        assert view.busy() and not view.save_button.isEnabled()
        view.progress.valueChanged.connect(lambda v: seen.append((v, view.progress.maximum())))
    assert asked[0][0].name == "inventory-2026-10.xlsx" and asked[0][1] == "xlsx"
    written = Path(saved.args[0])
    assert written == target.with_suffix(".xlsx")
    assert seen and seen[-1] == (reporting.SCALE, reporting.SCALE)  # fed by the service
    assert view.progress.value() == view.progress.maximum() == reporting.SCALE
    assert not view.busy() and view.save_button.isEnabled()
    assert "Saved XLSX" in view.status_label.text()

    sheets = pd.read_excel(written, sheet_name=None)
    assert list(sheets)[:5] == ["Summary", "Boxes", "Aliquots", "Movements", "Discrepancies"]
    expected = reporting.inventory_tables(session, "2026-10")
    summary = sheets["Summary"]
    assert summary["in_storage"].tolist() == expected.summary["in_storage"].tolist()
    assert len(sheets["Aliquots"]) == len(expected.aliquots)
    assert recorder.errors == []


def test_saving_csv(qtbot, view: ReportsView, tmp_path: Path) -> None:
    _save_to(view, tmp_path / "aliquots.csv")
    view.format_combo.setCurrentIndex(view.format_combo.findData("csv"))
    with qtbot.waitSignal(view.report_saved, timeout=WAIT_MS):
        view.save()
    frame = pd.read_csv(tmp_path / "aliquots.csv")
    assert {"barcode", "status", "freezer"} <= set(frame.columns)
    assert view.last_result is not None
    assert len(frame) == view.last_result.totals["aliquots"]


def test_a_refused_file_is_one_message(qtbot, view: ReportsView, tmp_path: Path,
                                       recorder) -> None:
    _save_to(view, tmp_path / "no-such-folder" / "inventory.pdf")
    assert view.save()
    qtbot.waitUntil(lambda: not view.busy(), timeout=WAIT_MS)
    assert len(recorder.errors) == 1
    title, message = recorder.errors[0]
    assert title == "Report not saved"
    assert "does not exist" in message and "Traceback" not in message
    assert view.save_button.isEnabled() and view.preview_button.isEnabled()


def test_nurse_sees_only_the_draw_list_and_saves_it_as_pdf(
        qtbot, study: tuple[Session, Path], nurse: Session, tmp_path: Path,
        recorder) -> None:
    _, path = study
    view = ReportsView(nurse, recorder, path)
    qtbot.addWidget(view)
    assert view.current_report() == DRAW_LIST
    for key in (INVENTORY, COMPLETENESS):
        button = view.report_buttons[key]
        assert not button.isEnabled()
        assert "Managers make this report" in button.toolTip()
    view.choose_report(INVENTORY)
    assert view.current_report() == DRAW_LIST
    assert [view.format_combo.itemData(i) for i in range(view.format_combo.count())] == ["pdf"]

    view.set_date_range(date(2026, 11, 25), date(2026, 12, 31))
    with qtbot.waitSignal(view.preview_shown, timeout=WAIT_MS):
        view.preview()
    visits = due.due(nurse, date(2026, 11, 25), date(2026, 12, 31), None)
    assert view.table.model() is view.visit_model
    assert [v.code for v in view.visit_model.rows()] == [v.code for v in visits]
    assert f"{len(visits)} visits" in view.caption_label.text()

    target = tmp_path / "draw-list.pdf"
    _save_to(view, target)
    with qtbot.waitSignal(view.report_saved, timeout=WAIT_MS):
        view.save()
    assert target.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert visits and visits[0].code in text
    assert view.progress.value() == view.progress.maximum()
    assert recorder.errors == []


def test_a_nurse_forcing_the_inventory_gets_the_services_refusal(
        qtbot, study: tuple[Session, Path], nurse: Session, recorder) -> None:
    _, path = study
    view = ReportsView(nurse, recorder, path)
    qtbot.addWidget(view)
    view.report_buttons[INVENTORY].setChecked(True)  # past the disabled button
    assert view.current_report() == INVENTORY
    view.preview()
    qtbot.waitUntil(lambda: not view.busy(), timeout=WAIT_MS)
    assert recorder.errors == [("No preview", "nurse1 (nurse) may not make reports")]


def test_the_dataframe_model_passes_the_model_tester(qtmodeltester,
                                                     study: tuple[Session, Path]) -> None:
    session, _ = study
    model = DataFrameModel()
    qtmodeltester.check(model)
    model.set_frame(reporting.completeness_tables(session).summary)
    qtmodeltester.check(model)
    assert model.rowCount() > 1
    assert column_title("completeness_pct") == "Completeness %"
    assert cell_text(None) == "" and cell_text(float("nan")) == ""
    assert cell_text(12.0) == "12" and cell_text(87.456) == "87.5"


# -- the picture in docs/ ------------------------------------------------------------------------

SIZE = (1280, 800)


def test_reports_screenshot(qtbot, tmp_path: Path, recorder) -> None:
    """The Reports workspace with the inventory preview, on the demo database; with
    BIOTRACK_SAVE_SCREENSHOTS=1 stored as docs/screenshots/reports.png."""
    path = tmp_path / "demo.db"
    app_context.create_database(path, "admin", app_context.DEMO_PASSWORD, demo=True).db.close()
    session = app_context.sign_in(path, "admin", app_context.DEMO_PASSWORD)
    try:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(session, path, recorder, settings)
        qtbot.addWidget(window)
        window.resize(*SIZE)
        window.show()
        qtbot.waitExposed(window)
        window.show_workspace("reports")
        page = window.page("reports")
        assert isinstance(page, ReportsView)
        with qtbot.waitSignal(page.preview_shown, timeout=WAIT_MS):
            page.preview()
        assert page.frame_model.rowCount() > 1
        QCoreApplication.processEvents()  # the layout settles after the progress bar hid
        _save_picture(window, tmp_path / "reports.png")
        assert recorder.errors == []
    finally:
        session.db.close()


def _save_picture(window: MainWindow, shot: Path) -> None:
    assert window.grab().save(str(shot))
    image = QImage(str(shot))
    assert (image.width(), image.height()) == SIZE
    colours = {image.pixel(x, y) for x in range(0, SIZE[0], 37) for y in range(0, SIZE[1], 23)}
    assert len(colours) > 12, "the picture is (nearly) blank"
    if os.environ.get("BIOTRACK_SAVE_SCREENSHOTS") == "1":
        folder = Path(__file__).resolve().parents[3] / "docs" / "screenshots"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shot, folder / shot.name)


def test_a_spanish_preview_names_sample_types_and_writes_months_and_decimals_in_spanish(
        qtbot, spanish: str, study: tuple[Session, Path], recorder) -> None:
    session, path = study
    view = ReportsView(session, recorder, path)  # built after the translator, as at start-up
    qtbot.addWidget(view)
    view.set_month("2026-10")
    with qtbot.waitSignal(view.preview_shown, timeout=WAIT_MS):
        assert view.preview()
    shown = _shown(view.table.model())
    assert "Suero" in {row[1] for row in shown} and "serum" not in {row[1] for row in shown}
    caption = view.caption_label.text()
    assert "10/2026" in caption and "2026-10" not in caption
    occupancy = reporting.inventory_tables(session, "2026-10",
                                           with_aliquots=False).totals()["occupancy_pct"]
    if not float(occupancy).is_integer():
        assert str(occupancy).replace(".", ",") in caption
