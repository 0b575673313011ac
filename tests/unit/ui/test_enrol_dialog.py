"""The enrol dialog: the form, the protocol's eligibility checklist, and what gets stored.

Real database (fixed clock 2026-11-25), real clicks on the Yes/No answers; what was stored is
read back through the services (and the stored checklist answers from the participant row).
"""

from __future__ import annotations

import json
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from biotrack.services import enrolment, overview
from biotrack.services.context import Session
from biotrack.ui.dialogs.enrol_dialog import EnrolDialog
from tests.unit.ui.answering import type_into


@pytest.fixture
def dialog(qtbot, session: Session, recorder) -> EnrolDialog:
    widget = EnrolDialog(session, recorder)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def answer_eligible(qtbot, dialog: EnrolDialog) -> None:
    """Yes to every inclusion, No to every exclusion, clicking each radio button."""
    # A checklist rebuilt for another cohort is shown on the next turn of the event loop.
    qtbot.waitUntil(lambda: all(c.yes.isVisible() for c in dialog.criteria))
    for criterion in dialog.criteria:
        click(qtbot, criterion.yes if criterion.kind == "inclusion" else criterion.no)


def fill_ici(qtbot, dialog: EnrolDialog) -> None:
    dialog.cohort_combo.setCurrentIndex(dialog.cohort_combo.findData("ICI"))
    dialog.site_combo.setFocus()
    qtbot.keyClicks(dialog.site_combo, "NAV")  # keyboard search in the combo
    dialog.regimen_combo.setCurrentIndex(dialog.regimen_combo.findData("nivolumab-q2w"))
    dialog.enrolled_edit.setDate(QDate(2026, 11, 23))
    dialog.first_dose_edit.setDate(QDate(2026, 11, 26))
    dialog.sex_combo.setCurrentIndex(dialog.sex_combo.findData("F"))
    type_into(qtbot, dialog.birth_year_spin, "1961")
    dialog.diagnosis_combo.setCurrentIndex(dialog.diagnosis_combo.findData("Melanoma"))
    type_into(qtbot, dialog.local_id_edit, "HC-0042")


def stored_eligibility(session: Session, code: str) -> dict:  # type: ignore[type-arg]
    row = session.db.execute("SELECT eligibility FROM participant WHERE code = ?",
                             [code]).fetchone()
    return json.loads(row[0])


def test_the_checklist_comes_from_the_protocol_for_the_cohort(qtbot, dialog: EnrolDialog,
                                                               session: Session) -> None:
    ici = session.protocol.eligibility["ICI"]
    assert dialog.cohort() == "ICI"
    assert [c.text for c in dialog.criteria] == [*ici["inclusion"], *ici["exclusion"]]
    assert dialog.regimen_combo.isVisible() and dialog.first_dose_edit.isVisible()
    assert dialog.local_id_edit.isVisible()
    note = dialog.findChild(type(dialog.heading), "local_id_note")
    assert "never printed" in note.text().lower()

    dialog.cohort_combo.setCurrentIndex(dialog.cohort_combo.findData("SAD"))
    sad = session.protocol.eligibility["SAD"]
    assert [c.text for c in dialog.criteria] == [*sad["inclusion"], *sad["exclusion"]]
    assert not dialog.regimen_combo.isVisible() and not dialog.first_dose_edit.isVisible()
    diagnoses = [dialog.diagnosis_combo.itemData(i)
                 for i in range(dialog.diagnosis_combo.count())]
    assert diagnoses == [None, *session.protocol.cohort("SAD").diagnoses]


def test_ok_is_enabled_only_once_every_criterion_is_answered(qtbot,
                                                              dialog: EnrolDialog) -> None:
    fill_ici(qtbot, dialog)
    assert not dialog.ok_button.isEnabled()
    assert "7 criteria not answered" in dialog.status_label.text()
    for criterion in dialog.criteria[:-1]:
        click(qtbot, criterion.yes if criterion.kind == "inclusion" else criterion.no)
        assert not dialog.ok_button.isEnabled()
    assert "1 criterion not answered" in dialog.status_label.text()
    click(qtbot, dialog.criteria[-1].no)
    assert dialog.ok_button.isEnabled()
    assert dialog.status_label.text().startswith("Every criterion answered")


def test_enrolling_stores_the_participant_and_the_answers(qtbot, dialog: EnrolDialog,
                                                           session: Session, recorder) -> None:
    fill_ici(qtbot, dialog)
    answer_eligible(qtbot, dialog)
    click(qtbot, dialog.ok_button)

    assert recorder.errors == []
    assert dialog.result() == dialog.DialogCode.Accepted
    participant = dialog.result_value
    assert participant.code == "IA-NAV-001"
    stored = enrolment.get_participant(session, "IA-NAV-001")
    assert (stored.cohort, stored.site, stored.regimen) == ("ICI", "NAV", "nivolumab-q2w")
    assert (stored.enrolled_on, stored.first_dose) == (date(2026, 11, 23), date(2026, 11, 26))
    assert (stored.sex, stored.birth_year, stored.diagnosis) == ("F", 1961, "Melanoma")
    assert stored.local_id == "HC-0042"
    eligibility = stored_eligibility(session, "IA-NAV-001")
    assert eligibility["checklist"] == "all criteria met"
    assert len(eligibility["answers"]) == 7
    _p, visits = enrolment.visits(session, "IA-NAV-001")
    assert visits[0].code == "V1" and visits[0].target_date == date(2026, 11, 26)


def test_an_exclusion_answered_yes_is_refused_naming_it_and_writes_nothing(
        qtbot, dialog: EnrolDialog, session: Session, recorder) -> None:
    fill_ici(qtbot, dialog)
    answer_eligible(qtbot, dialog)
    ongoing = dialog.criterion("Ongoing immunosuppression")
    click(qtbot, ongoing.yes)
    assert dialog.ok_button.isEnabled()  # answered: the service decides, and says why
    before = "\n".join(session.db.conn.iterdump())

    click(qtbot, dialog.ok_button)

    assert len(recorder.errors) == 1
    title, message = recorder.errors[0]
    assert title == "Not enrolled"
    assert "not eligible" in message and ongoing.text in message
    assert dialog.isVisible() and dialog.result_value is None  # stays open to correct
    assert overview.participant_overview(session) == []
    assert "\n".join(session.db.conn.iterdump()) == before


def test_an_inclusion_answered_no_is_refused(qtbot, dialog: EnrolDialog, session: Session,
                                             recorder) -> None:
    fill_ici(qtbot, dialog)
    answer_eligible(qtbot, dialog)
    naive = dialog.criterion("ICI-naive")
    click(qtbot, naive.no)
    click(qtbot, dialog.ok_button)
    assert len(recorder.errors) == 1 and "ICI-naive" in recorder.errors[0][1]
    assert overview.participant_overview(session) == []


def test_a_sad_participant_needs_no_regimen(qtbot, dialog: EnrolDialog, session: Session,
                                            recorder) -> None:
    dialog.cohort_combo.setCurrentIndex(dialog.cohort_combo.findData("SAD"))
    dialog.site_combo.setCurrentIndex(dialog.site_combo.findData("ARA"))
    dialog.diagnosis_combo.setCurrentIndex(
        dialog.diagnosis_combo.findData("Systemic lupus erythematosus"))
    answer_eligible(qtbot, dialog)
    assert dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter presses the default button
    assert recorder.errors == []
    stored = enrolment.get_participant(session, dialog.result_value.code)
    assert (stored.cohort, stored.regimen, stored.first_dose) == ("SAD", None, None)
    assert stored.local_id is None and stored.birth_year is None and stored.sex is None


def test_a_future_enrolment_date_cannot_be_chosen(dialog: EnrolDialog) -> None:
    assert dialog.enrolled_edit.maximumDate() == QDate(2026, 11, 25)
    dialog.enrolled_edit.setDate(QDate(2027, 1, 1))
    assert dialog.enrolled_edit.date() == QDate(2026, 11, 25)
