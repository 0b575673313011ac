"""A participant's page: header, schedule timeline, tubes, irAEs and the clinical events.

Real database (the ``enrolled`` fixture, fixed clock 2026-11-25 12:00 UTC), rows chosen with
real clicks, dialogs answered with real key presses and clicks (tests/unit/ui/answering.py);
what was stored is read back through the services.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt

from biotrack.services import collection, enrolment, overview
from biotrack.services.collection import Draw
from biotrack.services.context import Session
from biotrack.ui.dialogs.clinical_event_dialog import ClinicalEventDialog
from biotrack.ui.dialogs.irae_dialog import IraeDialog
from biotrack.ui.dialogs.missed_visit_dialog import MissedVisitDialog
from biotrack.ui.dialogs.withdraw_dialog import WithdrawDialog
from biotrack.ui.i18n import format_date, format_datetime
from biotrack.ui.models import AliquotLineModel, IraeModel
from biotrack.ui.views.participants_view import ParticipantsView
from tests.factories import as_user
from tests.unit.ui.answering import answer_with, type_into

NAV = "IA-NAV-001"  # ICI nivolumab q2w, first dose 2026-11-24
ARA = "IA-ARA-001"  # SAD, enrolled 2026-11-10: BASELINE overdue
GAL = "IA-GAL-001"  # ICI pembrolizumab q3w, first dose 2026-12-03


@pytest.fixture
def collected(enrolled: Session) -> Session:
    """NAV's V1 drawn on 2026-11-24 at 09:00 (eight tubes: 6 serum + 2 buffy coat)."""
    collection.register(enrolled, NAV, "V1", Draw(drawn_at=datetime(2026, 11, 24, 9, 0)))
    return enrolled


def open_view(qtbot, session: Session, recorder) -> ParticipantsView:  # type: ignore[no-untyped-def]
    view = ParticipantsView(session, recorder)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    return view


def click_participant(qtbot, view: ParticipantsView, code: str) -> None:  # type: ignore[no-untyped-def]
    proxy = view.table.model()
    row = [proxy.index(r, 0).data() for r in range(proxy.rowCount())].index(code)
    rect = view.table.visualRect(proxy.index(row, 0))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.detail.code() == code


def timeline(view: ParticipantsView) -> list[tuple[str, str, str]]:
    return [(i.visit.code, i.shown_status, i.shown_date.isoformat())
            for i in view.detail.timeline.items()]


def status_of(session: Session, code: str, visit: str) -> str:
    _p, visits = enrolment.visits(session, code)
    return {v.code: v.status for v in visits}[visit]


def test_choosing_a_participant_shows_header_timeline_and_tubes(qtbot, collected: Session,
                                                                recorder) -> None:
    view = open_view(qtbot, collected, recorder)
    assert view.detail.pages.currentIndex() == 0  # the placeholder until one is chosen
    click_participant(qtbot, view, NAV)

    detail = view.detail
    assert detail.pages.currentIndex() == 1
    assert NAV in detail.code_label.text()
    assert detail.status_badge.text() == "active"
    assert detail.fields["cohort"].text() == "ICI"
    assert detail.fields["site"].text() == "NAV — Hospital Universitario de Navarra"
    assert detail.fields["regimen"].text() == "Nivolumab 240 mg q2w"
    assert detail.fields["first_dose"].text() == "24/11/2026"  # en_GB in tests; stored ISO
    assert detail.fields["diagnosis"].text() == "Non-small-cell lung cancer"

    shown = timeline(view)
    assert shown[0] == ("V1", "collected", "2026-11-24")
    assert shown[1] == ("V2", "planned", "2026-12-08")  # 14 days after the V1 draw
    assert {s for _c, s, _d in shown} == {"collected", "planned"}
    assert detail.timeline.next_visit() == "V2"
    assert "1 collected" in detail.schedule_summary.text()

    model = detail.aliquot_table.model()
    assert model.rowCount() == 8
    rows = [[model.index(r, c).data() for c in range(7)] for r in range(model.rowCount())]
    (stored,) = collection.collections_of(collected, NAV)
    assert sorted(r[2] for r in rows) == sorted(a.barcode for a in stored.aliquots)
    serum = [r for r in rows if r[3] == "Serum"]
    assert len(serum) == 6 and {r[4] for r in serum} == {f"{n}/6" for n in range(1, 7)}
    assert all(r[0] == "V1" and r[1] == format_datetime(stored.drawn_at) for r in rows)
    assert "2026-11-24" not in rows[0][1] and "24" in rows[0][1]  # the locale's format
    assert all(r[5] == "in storage" and r[6].startswith("F1/") for r in rows)
    assert detail.collections_summary.text() == "1 collection(s), 8 tube(s), 8 still kept"
    assert detail.irae_table.model().rowCount() == 0
    assert detail.add_irae_button.isVisible()
    assert not detail.remission_button.isVisible() and not detail.flare_button.isVisible()
    assert recorder.errors == []


def test_an_overdue_visit_is_drawn_as_overdue_and_sad_offers_remission_and_flare(
        qtbot, enrolled: Session, recorder) -> None:
    view = open_view(qtbot, enrolled, recorder)
    click_participant(qtbot, view, ARA)
    assert timeline(view) == [("BASELINE", "overdue", "2026-11-10")]
    tip = view.detail.timeline.tooltip(view.detail.timeline.items()[0])
    assert "overdue" in tip
    assert "10/11/2026" in tip and "2026-11-10" not in tip  # the reader's date format
    assert view.detail.remission_button.isVisible() and view.detail.flare_button.isVisible()
    assert not view.detail.add_irae_button.isVisible()
    assert not view.detail.irae_box.isVisible()
    assert not view.detail.fields["regimen"].isVisible()  # no ICI regimen in SAD


def test_adding_an_irae_opens_its_visit(qtbot, monkeypatch, enrolled: Session,
                                        recorder) -> None:
    view = open_view(qtbot, enrolled, recorder)
    click_participant(qtbot, view, NAV)

    def fill(dialog: IraeDialog) -> None:
        assert not dialog.ok_button.isEnabled()  # type and grade still to choose
        dialog.type_combo.setFocus()
        qtbot.keyClicks(dialog.type_combo, "Colitis")
        dialog.grade_combo.setFocus()
        qtbot.keyClicks(dialog.grade_combo, "2")
        qtbot.keyClicks(dialog.notes_edit, "loperamide started")

    answer_with(monkeypatch, qtbot, IraeDialog, fill)
    with qtbot.waitSignal(view.detail.participant_changed) as changed:
        qtbot.mouseClick(view.detail.add_irae_button, Qt.MouseButton.LeftButton)

    assert changed.args == [NAV]
    assert recorder.errors == []
    assert status_of(enrolled, NAV, "IRAE-1") == "planned"
    (irae,) = overview.participant_detail(enrolled, NAV).iraes
    assert (irae.irae_type, irae.grade, irae.visit, irae.diagnosed_on) == (
        "Colitis / diarrhoea", 2, "IRAE-1", date(2026, 11, 25))
    assert irae.ctcae_version == enrolled.protocol.ctcae_version
    table = view.detail.irae_table.model()
    assert [table.index(0, c).data() for c in range(6)] == [
        format_date(date(2026, 11, 25)), "Colitis / diarrhoea", "2",
        enrolled.protocol.ctcae_version, "IRAE-1",
        "loperamide started"]
    assert ("IRAE-1", "planned", "2026-11-25") in timeline(view)
    assert view.detail.irae_box.title() == "irAEs (1)"


def test_an_irae_the_service_refuses_is_one_message_and_nothing_is_written(
        qtbot, monkeypatch, enrolled: Session, recorder) -> None:
    view = open_view(qtbot, enrolled, recorder)
    click_participant(qtbot, view, NAV)
    before = "\n".join(enrolled.db.conn.iterdump())

    def fill(dialog: IraeDialog) -> None:
        dialog.date_edit.setDate(QDate(2026, 11, 22))  # before the first dose (11-24)
        dialog.type_combo.setCurrentIndex(0)
        dialog.grade_combo.setCurrentIndex(0)

    built = answer_with(monkeypatch, qtbot, IraeDialog, fill)
    with qtbot.assertNotEmitted(view.detail.participant_changed):
        qtbot.mouseClick(view.detail.add_irae_button, Qt.MouseButton.LeftButton)
    assert len(built) == 1
    assert len(recorder.errors) == 1
    title, message = recorder.errors[0]
    assert title == "irAE not recorded" and "first ICI dose" in message
    assert "\n".join(enrolled.db.conn.iterdump()) == before


def test_withdrawal_asks_first_and_then_ends_follow_up(qtbot, monkeypatch, collected: Session,
                                                       recorder) -> None:
    view = open_view(qtbot, collected, recorder)
    click_participant(qtbot, view, NAV)
    assert view.detail.withdraw_button.isEnabled()  # a manager may

    def fill(dialog: WithdrawDialog) -> None:
        assert not dialog.ok_button.isEnabled()  # the reason is required
        qtbot.keyClicks(dialog.reason_edit, "consent withdrawn")
        assert dialog.ok_button.isEnabled()

    answer_with(monkeypatch, qtbot, WithdrawDialog, fill)
    recorder.answer = False  # "Cancel" in the confirmation
    before = "\n".join(collected.db.conn.iterdump())
    qtbot.mouseClick(view.detail.withdraw_button, Qt.MouseButton.LeftButton)
    assert len(recorder.questions) == 1
    assert "cannot be undone" in recorder.questions[0][1]
    assert "\n".join(collected.db.conn.iterdump()) == before
    assert enrolment.get_participant(collected, NAV).status == "active"

    recorder.answer = True
    with qtbot.waitSignal(view.detail.participant_changed):
        qtbot.mouseClick(view.detail.withdraw_button, Qt.MouseButton.LeftButton)
    assert len(recorder.questions) == 2
    participant = enrolment.get_participant(collected, NAV)
    assert (participant.status, participant.status_on, participant.status_reason) == (
        "withdrawn", date(2026, 11, 25), "consent withdrawn")
    statuses = {code: status for code, status, _d in timeline(view)}
    assert statuses["V1"] == "collected"  # what was drawn stays
    assert {s for c, s in statuses.items() if c != "V1"} == {"not_applicable"}
    assert view.detail.status_badge.text() == "withdrawn"
    assert "consent withdrawn" in view.detail.fields["status"].text()
    for button in (view.detail.withdraw_button, view.detail.add_irae_button,
                   view.detail.missed_button):
        assert not button.isEnabled()
    nav_row = next(r for r in view.model.rows() if r.code == NAV)
    assert nav_row.status == "withdrawn"  # the list followed
    assert view.detail.code() == NAV  # and the page stayed on the participant


def test_marking_a_visit_missed_from_the_page(qtbot, monkeypatch, enrolled: Session,
                                              recorder) -> None:
    view = open_view(qtbot, enrolled, recorder)
    click_participant(qtbot, view, GAL)

    def fill(dialog: MissedVisitDialog) -> None:
        assert dialog.visit_combo.currentData() == "V1"
        type_into(qtbot, dialog.reason_edit, "hospitalised elsewhere")

    answer_with(monkeypatch, qtbot, MissedVisitDialog, fill)
    qtbot.mouseClick(view.detail.missed_button, Qt.MouseButton.LeftButton)
    assert status_of(enrolled, GAL, "V1") == "missed"
    assert timeline(view)[0][:2] == ("V1", "missed")
    assert "hospitalised elsewhere" in view.detail.timeline.tooltip(
        view.detail.timeline.items()[0])


def test_a_sad_flare_opens_its_visit(qtbot, monkeypatch, enrolled: Session, recorder) -> None:
    view = open_view(qtbot, enrolled, recorder)
    click_participant(qtbot, view, ARA)

    def fill(dialog: ClinicalEventDialog) -> None:
        assert dialog.kind == "flare"
        dialog.date_edit.setDate(QDate(2026, 11, 20))
        qtbot.keyClicks(dialog.notes_edit, "arthralgia, rash")

    answer_with(monkeypatch, qtbot, ClinicalEventDialog, fill)
    qtbot.mouseClick(view.detail.flare_button, Qt.MouseButton.LeftButton)
    assert recorder.errors == []
    assert status_of(enrolled, ARA, "FLARE-1") == "planned"
    # Its window (the event day +- 3 days) closed on 11-23: drawn as overdue.
    assert ("FLARE-1", "overdue", "2026-11-20") in timeline(view)


@pytest.mark.parametrize(("role", "sees"), [("technician", False), ("nurse", True),
                                            ("manager", True)])
def test_the_local_identifier_is_shown_to_nurses_and_managers_only(
        qtbot, tmp_path: Path, session: Session, recorder, role: str, sees: bool) -> None:
    enrolment.enrol(session, enrolment.Enrolment(
        cohort="SAD", site="MAT", enrolled_on=date(2026, 11, 20), local_id="NHC-99812"))
    acting = session if role == "manager" else as_user(session, f"a-{role}", role)
    view = open_view(qtbot, acting, recorder)
    click_participant(qtbot, view, "IA-MAT-001")
    field = view.detail.fields["local_id"]
    assert field.isVisible() is sees
    assert ("NHC-99812" in field.text()) is sees
    texts = [label.text() for label in view.detail.findChildren(type(field))]
    assert any("NHC-99812" in t for t in texts) is sees  # nowhere on the page at all
    # Withdrawal is a nurse's or a manager's decision.
    assert view.detail.withdraw_button.isEnabled() is sees


def test_aliquot_and_irae_models_pass_the_model_tester(qtmodeltester,
                                                       collected: Session) -> None:
    enrolment.record_irae(collected, NAV, date(2026, 11, 25), "Thyroiditis", 3, "TSH low")
    detail = overview.participant_detail(collected, NAV)
    aliquots = AliquotLineModel(detail.aliquots)
    iraes = IraeModel(detail.iraes)
    assert aliquots.rowCount() == 8 and iraes.rowCount() == 1
    qtmodeltester.check(aliquots)
    qtmodeltester.check(iraes)
    qtmodeltester.check(AliquotLineModel())
    qtmodeltester.check(IraeModel())
    assert iraes.data(iraes.index(0, 2), Qt.ItemDataRole.ForegroundRole) is not None  # grade 3


def test_dates_on_the_page_follow_the_locale(qtbot, enrolled: Session, recorder) -> None:
    QLocale.setDefault(QLocale("en_US"))  # a locale with the month first
    try:
        view = open_view(qtbot, enrolled, recorder)
        click_participant(qtbot, view, NAV)
        detail = view.detail
        assert detail.fields["enrolled_on"].text() == "11/20/2026"
        assert detail.fields["first_dose"].text() == "11/24/2026"
        tip = detail.timeline.tooltip(detail.timeline.items()[0])
        assert "11/24/2026" in tip
        stored = overview.participant_detail(enrolled, NAV).participant
        assert stored.first_dose == date(2026, 11, 24)  # what is kept is the date itself
    finally:
        QLocale.setDefault(QLocale.system())


def test_sex_is_a_word_not_a_code(qtbot, session: Session, recorder) -> None:
    """"M" reads as "mujer" (woman) to a Spanish reader: the page writes the word."""
    from biotrack.ui.views.participant_detail import sex_label

    code = enrolment.enrol(session, enrolment.Enrolment(
        cohort="SAD", site="ARA", enrolled_on=date(2026, 11, 10), sex="M",
        birth_year=1950)).code
    view = open_view(qtbot, session, recorder)
    click_participant(qtbot, view, code)
    assert view.detail.fields["sex"].text() == "male / 1950"
    assert (sex_label("F"), sex_label(None), sex_label("?")) == ("female", "", "?")
