"""The protocol's own texts on screen in the reader's language (issue 9).

Sample types, tubes, cohorts and eligibility criteria are study data: the protocol file
carries their Spanish (``[translations.es]``) and the GUI shows it when the interface is in
Spanish, while what is stored stays the protocol's English.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication, QLabel

from biotrack.services.context import Session
from biotrack.ui.dialogs.enrol_dialog import EnrolDialog
from biotrack.ui.value_labels import interface_language, protocol_text, sample_type_label
from biotrack.ui.views.collection_view import CollectionView
from biotrack.ui.views.today_view import THIS_WEEK, TodayView
from tests.unit.ui.test_collection_view import choose_participant

SST_ES = "Tubo separador de suero (SST, tapón dorado) 8,5 mL"
EDTA_ES = "Tubo de K2-EDTA (tapón lila) 6 mL"
SST_EN = "Serum separator tube (SST, gold top) 8.5 mL"
TUBES_COLUMN = 5


def _today(qtbot, session: Session, recorder) -> TodayView:  # type: ignore[no-untyped-def]
    view = TodayView(session, recorder)
    qtbot.addWidget(view)
    view.range_combo.setCurrentIndex(view.range_combo.findData(THIS_WEEK))
    view.refresh()
    return view


def _tubes(view: TodayView, code: str) -> str:
    for row in range(view.model.rowCount()):
        if view.model.index(row, 0).data() == code:
            return str(view.model.index(row, TUBES_COLUMN).data())
    raise AssertionError(f"{code} is not listed")


def test_no_translator_means_english(qapp: QApplication, session: Session) -> None:
    """A system in Spanish but no catalogue installed (a widget test): English texts."""
    previous = QLocale()
    QLocale.setDefault(QLocale("es_ES"))
    try:
        assert interface_language() == "en"
        assert protocol_text(session.protocol, "Serum") == "Serum"
    finally:
        QLocale.setDefault(previous)


def test_spanish_interface_reads_the_protocol_file_translations(spanish: str,
                                                                session: Session) -> None:
    assert spanish == "es"
    assert interface_language() == "es"
    assert sample_type_label(session.protocol, "buffy_coat") == "Capa leucocitaria"
    assert protocol_text(session.protocol, "a text the file does not translate") == (
        "a text the file does not translate")


def test_today_tubes_column_in_spanish(qtbot, spanish: str, enrolled: Session,  # type: ignore[no-untyped-def]
                                       recorder) -> None:
    view = _today(qtbot, enrolled, recorder)
    # IA-NAV-001's V1 takes serum and buffy coat: both tubes, from the protocol file's Spanish.
    assert _tubes(view, "IA-NAV-001") == f"{SST_ES} + {EDTA_ES}"
    visit = next(v for v in view.model.rows() if v.code == "IA-NAV-001")
    tooltip = view.model.tooltip(visit)
    assert "× Suero 500 µL" in tooltip
    assert "× Capa leucocitaria en RNAlater 500 µL" in tooltip
    assert recorder.errors == []


def test_today_tubes_column_in_english_without_translator(qtbot, enrolled: Session,  # type: ignore[no-untyped-def]
                                                          recorder) -> None:
    view = _today(qtbot, enrolled, recorder)
    assert _tubes(view, "IA-NAV-001").startswith(SST_EN)


def test_enrol_dialog_shows_spanish_criteria_and_keeps_english_answers(  # type: ignore[no-untyped-def]
        qtbot, spanish: str, session: Session, recorder) -> None:
    dialog = EnrolDialog(session, recorder)
    qtbot.addWidget(dialog)
    ici = dialog.cohort_combo.findData("ICI")
    dialog.cohort_combo.setCurrentIndex(ici)
    assert dialog.cohort_combo.itemText(ici) == (
        "ICI — Pacientes con cáncer que inician inhibidores de puntos de control inmunitario")
    texts = {label.text() for label in dialog.findChildren(QLabel)}
    assert "Edad igual o superior a 18 años" in texts
    assert "Age 18 or over" not in texts
    # The answers are kept under the protocol's English text, as before.
    dialog.criterion("Age 18").yes.setChecked(True)
    assert dialog.answers() == {"Age 18 or over": True}
    diagnoses = [dialog.diagnosis_combo.itemText(i) for i in range(dialog.diagnosis_combo.count())]
    assert "Cáncer de pulmón no microcítico" in diagnoses
    index = diagnoses.index("Cáncer de pulmón no microcítico")
    assert dialog.diagnosis_combo.itemData(index) == "Non-small-cell lung cancer"


def test_register_collection_in_spanish(qtbot, spanish: str, enrolled: Session,  # type: ignore[no-untyped-def]
                                        db_path: Path, recorder, settings: QSettings) -> None:
    """Register collection: sample types and deviations in Spanish; the deviation recorded is
    the protocol's English text."""
    view = CollectionView(enrolled, recorder, db_path, settings=settings)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: not view.loading())
    choose_participant(qtbot, view, "IA-NAV-001")
    model = view.table.model()
    samples = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert samples == ["Suero"] * 6 + ["Capa leucocitaria", "Capa leucocitaria en RNAlater"]
    count_labels = set()
    for spin in view.count_spins.values():
        label = view.counts_form.labelForField(spin)
        assert isinstance(label, QLabel)
        count_labels.add(label.text())
    assert count_labels == {"Suero:", "Capa leucocitaria:", "Capa leucocitaria en RNAlater:"}
    assert view.deviation_checks["haemolysed"].text() == "hemolizada"
    assert recorder.errors == []


def test_a_short_draw_warning_names_the_sample_type_on_screen(spanish: str,
                                                             session: Session) -> None:
    """The service's sentence keeps the English id (what is stored); the screen names it."""
    from biotrack.errors import QT_TRANSLATE_NOOP, Message
    from biotrack.ui.i18n import error_text
    from biotrack.ui.value_labels import message_on_screen

    warning = Message(QT_TRANSLATE_NOOP("Messages", "short draw: {got} of {count} {sample}"),
                      got=0, count=1, sample="buffy coat", sample_type="buffy_coat")
    shown = message_on_screen(session.protocol, warning)
    assert str(warning) == "short draw: 0 of 1 buffy coat"
    assert "Capa leucocitaria" in error_text(shown) and "buffy" not in error_text(shown)
    other = Message(QT_TRANSLATE_NOOP("Messages", "aliquot {barcode} has no audit event"),
                    barcode="BT00000013")
    assert message_on_screen(session.protocol, other) is other
