"""Enrolling a participant, with the eligibility checklist of the protocol file (SPEC.md 4.2, 6).

The study registration lists inclusion and exclusion criteria per cohort; a participant is
enrolled only when every criterion has been answered and the answers make them eligible. The
checklist is read from the protocol file for the chosen cohort (a second study brings its own),
every criterion must be answered Yes or No before OK is enabled, and the answers are handed to
services.enrolment.enrol, which refuses an ineligible participant naming the criterion and
stores the answers with the participant. The local identifier (clinic record number) is asked
here because the nurse has it at hand, with a note that it is never printed or exported.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from biotrack.errors import BioTrackError
from biotrack.models import Participant
from biotrack.services import enrolment, overview
from biotrack.services.context import Session
from biotrack.ui.dialogs.form_dialog import FormDialog, date_edit
from biotrack.ui.i18n import translate
from biotrack.ui.interaction import Interaction
from biotrack.ui.value_labels import protocol_text

INCLUSION, EXCLUSION = "inclusion", "exclusion"
SEX_LABELS = {
    "F": QT_TRANSLATE_NOOP("EnrolDialog", "F — female"),
    "M": QT_TRANSLATE_NOOP("EnrolDialog", "M — male"),
    "X": QT_TRANSLATE_NOOP("EnrolDialog", "X — other / not stated"),
}
NO_BIRTH_YEAR = 1899  # the spin box's "not recorded" value (shown as special text)


@dataclass(frozen=True)
class Criterion:
    """One checklist line: its kind, its text (the key the answers are stored under), buttons."""

    kind: str
    text: str
    yes: QRadioButton
    no: QRadioButton
    group: QButtonGroup

    def answer(self) -> bool | None:
        if self.yes.isChecked():
            return True
        if self.no.isChecked():
            return False
        return None


class EnrolDialog(FormDialog):
    """Who (cohort, site, dates, regimen, sex, birth year, diagnosis, local id) + checklist."""

    def __init__(self, session: Session, interaction: Interaction,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, interaction, translate("EnrolDialog", "Enrol participant"),
                         parent=parent)
        self.setObjectName("enrol_dialog")
        self.resize(720, 720)
        protocol = session.protocol
        self.criteria: list[Criterion] = []

        self.cohort_combo = QComboBox()
        self.cohort_combo.setObjectName("cohort")
        for code, cohort in protocol.cohorts.items():
            self.cohort_combo.addItem(f"{code} — {protocol_text(protocol, cohort.name)}", code)
        self.site_combo = QComboBox()
        self.site_combo.setObjectName("site")
        names = {site.code: site.name for site in protocol.sites}
        try:
            site_codes = overview.site_codes(session)
        except BioTrackError as exc:
            interaction.report(self, exc, self.tr("Sites"))
            site_codes = []
        for code in site_codes:
            self.site_combo.addItem(f"{code} — {names[code]}" if code in names else code, code)
        self.enrolled_edit = date_edit(self.today(), self.today())
        self.enrolled_edit.setObjectName("enrolled_on")
        self.regimen_combo = QComboBox()
        self.regimen_combo.setObjectName("regimen")
        for regimen_id, regimen in protocol.regimens.items():
            self.regimen_combo.addItem(regimen.name, regimen_id)
        self.regimen_combo.setCurrentIndex(-1)
        self.regimen_combo.setPlaceholderText(self.tr("Choose the ICI regimen"))
        self.first_dose_edit: QDateEdit = date_edit(self.today())
        self.first_dose_edit.setObjectName("first_dose")
        self.first_dose_edit.setToolTip(self.tr("Date of the first ICI dose (cycle 1, day 1): V1 "
                                                "is drawn before it"))
        self.sex_combo = QComboBox()
        self.sex_combo.setObjectName("sex")
        self.sex_combo.addItem(self.tr("not recorded"), None)
        for sex in enrolment.SEXES:
            self.sex_combo.addItem(self.tr(SEX_LABELS.get(sex, sex)), sex)
        self.birth_year_spin = QSpinBox()
        self.birth_year_spin.setObjectName("birth_year")
        self.birth_year_spin.setRange(NO_BIRTH_YEAR, session.today_local().year)
        self.birth_year_spin.setSpecialValueText(self.tr("not recorded"))
        self.birth_year_spin.setValue(NO_BIRTH_YEAR)
        self.diagnosis_combo = QComboBox()
        self.diagnosis_combo.setObjectName("diagnosis")
        self.local_id_edit = QLineEdit()
        self.local_id_edit.setObjectName("local_id")
        self.local_id_edit.setMaxLength(64)
        self.local_id_edit.setPlaceholderText(self.tr("Clinic record number (optional)"))
        local_note = QLabel(self.tr("Shown on screen only to nurses and managers. Never printed on "
                                    "a label or list, never exported."))
        local_note.setObjectName("local_id_note")
        local_note.setWordWrap(True)
        local_note.setStyleSheet("color: palette(placeholder-text);")

        self.form.addRow(self.tr("&Cohort:"), self.cohort_combo)
        self.form.addRow(self.tr("&Site:"), self.site_combo)
        self.form.addRow(self.tr("&Enrolment date:"), self.enrolled_edit)
        self.regimen_label = QLabel(self.tr("&Regimen:"))
        self.regimen_label.setBuddy(self.regimen_combo)
        self.form.addRow(self.regimen_label, self.regimen_combo)
        self.first_dose_label = QLabel(self.tr("&First ICI dose:"))
        self.first_dose_label.setBuddy(self.first_dose_edit)
        self.form.addRow(self.first_dose_label, self.first_dose_edit)
        self.form.addRow(self.tr("Se&x:"), self.sex_combo)
        self.form.addRow(self.tr("&Birth year:"), self.birth_year_spin)
        self.form.addRow(self.tr("&Diagnosis:"), self.diagnosis_combo)
        self.form.addRow(self.tr("&Local identifier:"), self.local_id_edit)
        self.form.addRow("", local_note)

        # The checklist can be long (seven criteria for ICI): it scrolls, the form does not.
        self.checklist = QWidget()
        self.checklist.setObjectName("checklist")
        self.checklist_layout = QVBoxLayout(self.checklist)
        self.checklist_layout.setContentsMargins(4, 4, 4, 4)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.checklist)
        box = QGroupBox(self.tr("Eligibility (every criterion must be answered)"))
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(4, 4, 4, 4)
        box_layout.addWidget(scroll)
        self.status_label = QLabel()
        self.status_label.setObjectName("checklist_status")
        self.status_label.setWordWrap(True)
        self.main_layout.insertWidget(self.main_layout.indexOf(self.buttons), box, 1)
        self.main_layout.insertWidget(self.main_layout.indexOf(self.buttons),
                                      self.status_label)
        self.ok_button.setText(self.tr("Enrol"))

        self.cohort_combo.currentIndexChanged.connect(self._on_cohort_combo_changed)
        self.regimen_combo.currentIndexChanged.connect(self._on_answer_changed)
        self.enrolled_edit.dateChanged.connect(self._on_enrolled_edit_date_changed)
        self._on_cohort_combo_changed(self.cohort_combo.currentIndex())

    # -- cohort-dependent parts ------------------------------------------------------------------

    def cohort(self) -> str:
        return str(self.cohort_combo.currentData())

    def _requires_regimen(self) -> bool:
        return self._session.protocol.cohort(self.cohort()).requires_regimen

    def _on_cohort_combo_changed(self, _index: int) -> None:
        cohort = self._session.protocol.cohort(self.cohort())
        for widget in (self.regimen_label, self.regimen_combo, self.first_dose_label,
                       self.first_dose_edit):
            widget.setVisible(cohort.requires_regimen)
        self.diagnosis_combo.clear()
        self.diagnosis_combo.addItem(self.tr("not recorded"), None)
        for diagnosis in cohort.diagnoses:
            self.diagnosis_combo.addItem(protocol_text(self._session.protocol, diagnosis),
                                         diagnosis)
        self._build_checklist()

    def _on_enrolled_edit_date_changed(self, value: QDate) -> None:
        # The first dose is usually the day of enrolment or after: follow it until changed.
        if self.first_dose_edit.date() < value:
            self.first_dose_edit.setDate(value)

    def _build_checklist(self) -> None:
        while self.checklist_layout.count():
            item = self.checklist_layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        for criterion in self.criteria:
            criterion.group.deleteLater()
        self.criteria = []
        lists = self._session.protocol.eligibility.get(self.cohort(), {})
        headings = {INCLUSION: self.tr("Inclusion criteria — all must be Yes to enrol"),
                    EXCLUSION: self.tr("Exclusion criteria — all must be No to enrol")}
        for kind in (INCLUSION, EXCLUSION):
            texts = lists.get(kind, ())
            if not texts:
                continue
            heading = QLabel(f"<b>{headings[kind]}</b>")
            self.checklist_layout.addWidget(heading)
            grid_holder = QWidget()
            grid = QGridLayout(grid_holder)
            grid.setContentsMargins(0, 0, 0, 6)
            grid.setColumnStretch(0, 1)
            for row, text in enumerate(texts):
                self.criteria.append(self._criterion_row(grid, row, kind, text))
            self.checklist_layout.addWidget(grid_holder)
        self.checklist_layout.addStretch(1)
        self._on_answer_changed()

    def _criterion_row(self, grid: QGridLayout, row: int, kind: str, text: str) -> Criterion:
        # Shown in the reader's language; the English text is the key the answer is kept under.
        label = QLabel(protocol_text(self._session.protocol, text))
        label.setWordWrap(True)
        yes = QRadioButton(self.tr("Yes"))
        no = QRadioButton(self.tr("No"))
        group = QButtonGroup(self)
        group.addButton(yes)
        group.addButton(no)
        group.buttonToggled.connect(self._on_answer_changed)
        answers = QHBoxLayout()
        answers.addWidget(yes)
        answers.addWidget(no)
        grid.addWidget(label, row, 0)
        grid.addLayout(answers, row, 1, Qt.AlignmentFlag.AlignTop)
        return Criterion(kind, text, yes, no, group)

    # -- answers ---------------------------------------------------------------------------------

    def criterion(self, text_start: str) -> Criterion:
        """The checklist line whose text starts with ``text_start`` (for tests and scripts)."""
        for criterion in self.criteria:
            if criterion.text.startswith(text_start):
                return criterion
        raise KeyError(text_start)

    def answers(self) -> dict[str, bool]:
        return {c.text: answer for c in self.criteria if (answer := c.answer()) is not None}

    def unanswered(self) -> int:
        return sum(1 for c in self.criteria if c.answer() is None)

    def _on_answer_changed(self, *_args: object) -> None:
        left = self.unanswered()
        needs_regimen = self._requires_regimen() and self.regimen_combo.currentIndex() < 0
        if left:
            text = (self.tr("1 criterion not answered yet.") if left == 1 else
                    self.tr("{count} criteria not answered yet.").format(count=left))
        else:
            text = self.tr("Every criterion answered.")
        if needs_regimen:
            text += " " + self.tr("Choose the regimen.")
        self.status_label.setText(text)
        # A protocol without a checklist for the cohort needs no answers (none to give).
        self.ok_button.setEnabled(left == 0 and not needs_regimen
                                  and self.site_combo.count() > 0)

    # -- enrolling -------------------------------------------------------------------------------

    def enrolment_form(self) -> enrolment.Enrolment:
        regimen = self._requires_regimen()
        year = self.birth_year_spin.value()
        return enrolment.Enrolment(
            cohort=self.cohort(),
            site=str(self.site_combo.currentData()),
            enrolled_on=self.enrolled_edit.date().toPython(),
            regimen=self.regimen_combo.currentData() if regimen else None,
            first_dose=self.first_dose_edit.date().toPython() if regimen else None,
            sex=self.sex_combo.currentData(),
            birth_year=None if year == NO_BIRTH_YEAR else year,
            diagnosis=self.diagnosis_combo.currentData(),
            local_id=self.local_id_edit.text().strip() or None,
            eligibility=self.answers(),
        )

    def perform(self) -> Participant:
        return enrolment.enrol(self._session, self.enrolment_form())

    def refusal_title(self) -> str:
        return self.tr("Not enrolled")
