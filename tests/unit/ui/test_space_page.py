"""The Free space page of the Freezers workspace (issue 7, points 5 and 6): utilisation,
finding room, a defragmentation plan previewed, saved as PDF and applied after a confirmation
(in a worker), a stale plan refused, and a freezer's evacuation list. Clicks through pytest-qt;
every check also looks at the database or the file written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from biotrack.services import space, storage
from biotrack.services.context import Session
from biotrack.ui.views.space_page import (
    EvacuationModel,
    FoundModel,
    MoveModel,
    SpacePage,
    UsageModel,
)
from biotrack.ui.views.workspace_pages import freezer_pages
from tests.unit.reports.helpers import pdf_text
from tests.unit.services import space_scenario
from tests.unit.services.space_scenario import Fragmented
from tests.unit.ui.conftest import RecordingInteraction


@pytest.fixture
def fragmented(session: Session) -> Fragmented:
    return space_scenario.build(session)


def page_for(qtbot: Any, session: Session, recorder: RecordingInteraction) -> SpacePage:
    page = SpacePage(session, recorder)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def click(qtbot: Any, button: Any) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def idle(qtbot: Any, page: SpacePage) -> None:
    qtbot.waitUntil(lambda: not page.busy(), timeout=20_000)


def cells(model: Any, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def where(session: Session, barcode: str) -> str | None:
    location = storage.locate(session, barcode).location
    return location.path if location else None


def test_the_page_is_a_tab_of_the_freezers_workspace(qtbot: Any, session: Session,
                                                     settings: Any,
                                                     recorder: RecordingInteraction) -> None:
    pages = {p.key: p for p in freezer_pages(session, recorder, settings)}
    assert pages["free_space"].label == "Free space"
    page = pages["free_space"].build()
    qtbot.addWidget(page)
    assert isinstance(page, SpacePage)


def test_models_pass_the_model_tester(qtmodeltester: Any, session: Session,
                                      fragmented: Fragmented) -> None:
    qtmodeltester.check(UsageModel(space.utilisation(session)))
    qtmodeltester.check(MoveModel(space.defrag_plan(session).moves))
    qtmodeltester.check(FoundModel([("F1/S1/R1/B1/A1", "F1/S1/R1/B1")]))
    qtmodeltester.check(EvacuationModel(space.evacuation(session, "F2").boxes))


def test_utilisation_table(qtbot: Any, session: Session, recorder: RecordingInteraction,
                           fragmented: Fragmented) -> None:
    page = page_for(qtbot, session, recorder)
    model = page.usage_model
    row = cells(model, 1).index("F2/S1/R1")
    assert [model.index(row, c).data() for c in range(3, 9)] == ["4", "1", "24", "6", "18",
                                                                 "25.0"]
    # A tube moved elsewhere shows after Refresh.
    storage.move(session, next(iter(fragmented.in_f2)), "F1/S1/R1/B1/A1")
    click(qtbot, page.refresh_button)
    row = cells(page.usage_model, 1).index("F2/S1/R1")
    assert page.usage_model.index(row, 6).data() == "5"


def test_find_free_positions_and_empty_boxes(qtbot: Any, session: Session,
                                             recorder: RecordingInteraction,
                                             fragmented: Fragmented) -> None:
    page = page_for(qtbot, session, recorder)
    page.count_spin.setValue(2)
    click(qtbot, page.find_button)
    idle(qtbot, page)
    assert cells(page.found_model, 0) == ["F1/S1/R1/B1/A1", "F1/S1/R1/B1/A2"]
    assert page.found_label.text() == "2 free serum position(s) of 2 asked."
    page.what_combo.setCurrentIndex(page.what_combo.findData("boxes"))
    page.type_combo.setCurrentIndex(page.type_combo.findData("buffy"))
    click(qtbot, page.find_button)
    idle(qtbot, page)
    assert cells(page.found_model, 0) == ["F1/S1/R4/B2", "F1/S1/R4/B3"]
    assert cells(page.found_model, 1) == ["9 x 9", "9 x 9"]


def test_plan_preview_pdf_and_apply(qtbot: Any, session: Session,
                                    recorder: RecordingInteraction, fragmented: Fragmented,
                                    tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = page_for(qtbot, session, recorder)
    assert not page.apply_button.isEnabled()
    page.plan_freezer_combo.setCurrentIndex(page.plan_freezer_combo.findData("F2"))
    click(qtbot, page.plan_button)
    idle(qtbot, page)
    assert cells(page.move_model, 0) == ["F2/S1/R1/B3/B2", "F2/S1/R1/B2/A1"]
    assert cells(page.move_model, 5) == ["F2/S1/R1/B1/B2", "F2/S1/R1/B1/B3"]
    assert "2 tube(s) to move; 2 box(es) emptied" in page.plan_label.text()
    # At most one move: only the box with one tube at the end of the fill order is emptied.
    page.max_moves_spin.setValue(1)
    click(qtbot, page.plan_button)
    idle(qtbot, page)
    assert cells(page.move_model, 0) == ["F2/S1/R1/B3/B2"]
    page.max_moves_spin.setValue(0)
    assert page.max_moves_spin.text() == "no limit"
    click(qtbot, page.plan_button)
    idle(qtbot, page)
    assert page.move_model.rowCount() == 2

    target = tmp_path / "plan"
    monkeypatch.setattr(page, "ask_output_file", lambda *_args: target)
    click(qtbot, page.plan_pdf_button)
    idle(qtbot, page)
    assert page.saved == tmp_path / "plan.pdf"
    text = pdf_text(tmp_path / "plan.pdf")
    assert all(m.barcode in text for m in page.plan.moves)  # type: ignore[union-attr]

    # Declined: nothing moves.
    moves = list(page.plan.moves)  # type: ignore[union-attr]
    recorder.answer = False
    click(qtbot, page.apply_button)
    assert len(recorder.questions) == 1 and not page.busy()
    assert where(session, moves[0].barcode) == moves[0].from_path
    # Confirmed: the moves are applied in a worker, and the page shows the new state.
    recorder.answer = True
    click(qtbot, page.apply_button)
    idle(qtbot, page)
    assert "Record 2 move(s)" in recorder.questions[-1][1]
    assert [where(session, m.barcode) for m in moves] == [m.to_path for m in moves]
    assert page.plan is None and page.move_model.rowCount() == 0
    assert page.status.text() == "2 tube(s) moved; 2 box(es) emptied."
    row = cells(page.usage_model, 1).index("F2/S1/R1")
    assert page.usage_model.index(row, 4).data() == "3"  # empty boxes
    assert not recorder.errors


def test_a_stale_plan_is_refused_and_nothing_moves(qtbot: Any, session: Session,
                                                   recorder: RecordingInteraction,
                                                   fragmented: Fragmented) -> None:
    page = page_for(qtbot, session, recorder)
    page.plan_freezer_combo.setCurrentIndex(page.plan_freezer_combo.findData("F2"))
    click(qtbot, page.plan_button)
    idle(qtbot, page)
    moves = list(page.plan.moves)  # type: ignore[union-attr]
    storage.move(session, moves[1].barcode, "F2/S1/R1/B4/A1")
    click(qtbot, page.apply_button)
    idle(qtbot, page)
    assert len(recorder.errors) == 1
    assert f"{moves[1].barcode} moved since the plan was made" in recorder.errors[0][1]
    assert where(session, moves[0].barcode) == moves[0].from_path
    assert page.apply_button.isEnabled()


def test_evacuation_preview(qtbot: Any, session: Session, recorder: RecordingInteraction,
                            fragmented: Fragmented) -> None:
    page = page_for(qtbot, session, recorder)
    page.evac_freezer_combo.setCurrentIndex(page.evac_freezer_combo.findData("F2"))
    click(qtbot, page.evac_show_button)
    idle(qtbot, page)
    assert cells(page.evac_model, 0) == ["F2/S1/R1/B1", "F2/S1/R1/B2", "F2/S1/R1/B3"]
    assert cells(page.evac_model, 2) == ["4", "1", "1"]
    assert cells(page.evac_model, 3)[0] == "F1/S1/R1/B1 (4)"
    page.evac_freezer_combo.setCurrentIndex(page.evac_freezer_combo.findData("F1"))
    click(qtbot, page.evac_show_button)
    idle(qtbot, page)
    buffy = cells(page.evac_model, 1).index("buffy coat")  # the stored "buffy", as shown
    assert page.evac_model.index(buffy, 3).data() == ""
    assert page.evac_model.index(buffy, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "Not enough room elsewhere for: buffy" in page.evac_label.text()


def test_evacuation_list_pdf_and_csv(qtbot: Any, session: Session,
                                     recorder: RecordingInteraction, fragmented: Fragmented,
                                     tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = page_for(qtbot, session, recorder)
    page.evac_freezer_combo.setCurrentIndex(page.evac_freezer_combo.findData("F2"))
    answers = iter([tmp_path / "evac.pdf", tmp_path / "evac.csv"])
    monkeypatch.setattr(page, "ask_output_file", lambda *_args: next(answers))
    click(qtbot, page.evac_button)
    idle(qtbot, page)
    text = pdf_text(tmp_path / "evac.pdf")
    assert "Evacuation list: freezer F2" in text
    assert all(barcode in text for barcode in fragmented.in_f2)
    assert "room for every stored tube" in page.evac_label.text()
    click(qtbot, page.evac_button)
    idle(qtbot, page)
    assert len((tmp_path / "evac.csv").read_text().splitlines()) == 7
    # F1's buffy coat has nowhere to go: the page says so.
    page.evac_freezer_combo.setCurrentIndex(page.evac_freezer_combo.findData("F1"))
    monkeypatch.setattr(page, "ask_output_file", lambda *_args: tmp_path / "f1.pdf")
    click(qtbot, page.evac_button)
    idle(qtbot, page)
    assert "Not enough room elsewhere for: buffy (2 tubes, 0 free)" in page.evac_label.text()
    assert not recorder.errors


def test_a_saved_plan_is_opened_later_and_applied(qtbot: Any, session: Session,
                                                  recorder: RecordingInteraction,
                                                  fragmented: Fragmented, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    first = page_for(qtbot, session, recorder)
    first.plan_freezer_combo.setCurrentIndex(first.plan_freezer_combo.findData("F2"))
    click(qtbot, first.plan_button)
    idle(qtbot, first)
    monkeypatch.setattr(first, "ask_output_file", lambda *_args: tmp_path / "plan.pdf")
    click(qtbot, first.plan_pdf_button)
    idle(qtbot, first)
    assert (tmp_path / "plan.json").is_file()
    moves = list(first.plan.moves)  # type: ignore[union-attr]

    later = page_for(qtbot, session, recorder)  # e.g. the next day, after moving the tubes
    assert not later.apply_button.isEnabled()
    monkeypatch.setattr(later, "ask_plan_file", lambda: tmp_path / "plan.pdf")
    click(qtbot, later.open_plan_button)
    assert cells(later.move_model, 1) == [m.barcode for m in moves]
    click(qtbot, later.apply_button)
    idle(qtbot, later)
    assert [where(session, m.barcode) for m in moves] == [m.to_path for m in moves]
    # Not a plan: one clear message, nothing shown.
    (tmp_path / "other.json").write_text("[]")
    monkeypatch.setattr(later, "ask_plan_file", lambda: tmp_path / "other.json")
    click(qtbot, later.open_plan_button)
    assert recorder.errors[-1][1].endswith("is not a BioTrack defragmentation plan")
    assert later.plan is None
