"""One participant's page: who they are, where they are in the schedule, what was collected.

The Participants workspace shows it beside the list (issue 5, point 2; SPEC.md section 4.2).
It reads everything in one service call (services.overview.participant_detail), which already
leaves out the local identifier for roles that may not see it, and offers the clinical events
that change the schedule: an irAE (ICI), a remission or flare (SAD), a missed visit and a
withdrawal. Each goes through its dialog and one service call; after a success the page reads
the participant again and ``participant_changed`` tells the list to refresh its row, and a
refusal is shown as the service's one message by the dialog.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from biotrack.errors import BioTrackError
from biotrack.services import overview
from biotrack.services.context import Session
from biotrack.services.overview import ParticipantDetail
from biotrack.services.permissions import allowed
from biotrack.ui.dialogs.clinical_event_dialog import ClinicalEventDialog
from biotrack.ui.dialogs.irae_dialog import IraeDialog
from biotrack.ui.dialogs.missed_visit_dialog import MissedVisitDialog
from biotrack.ui.dialogs.withdraw_dialog import WithdrawDialog
from biotrack.ui.i18n import format_date, translate
from biotrack.ui.interaction import Interaction
from biotrack.ui.models import (
    PARTICIPANT_STATUS_LABELS,
    SORT_ROLE,
    AliquotLineModel,
    IraeModel,
)
from biotrack.ui.value_labels import protocol_text
from biotrack.ui.widgets.visit_timeline import TimelineLegend, VisitTimeline

CONTEXT = "ParticipantDetailView"
#: The header's fields: key, label, grid row, column (of three), columns spanned.
FIELDS = (
    ("cohort", QT_TRANSLATE_NOOP("ParticipantDetailView", "Cohort"), 0, 0, 1),
    ("site", QT_TRANSLATE_NOOP("ParticipantDetailView", "Site"), 0, 1, 1),
    ("enrolled_on", QT_TRANSLATE_NOOP("ParticipantDetailView", "Enrolled"), 0, 2, 1),
    ("diagnosis", QT_TRANSLATE_NOOP("ParticipantDetailView", "Diagnosis"), 1, 0, 1),
    ("sex", QT_TRANSLATE_NOOP("ParticipantDetailView", "Sex / born"), 1, 1, 1),
    ("status", QT_TRANSLATE_NOOP("ParticipantDetailView", "Status"), 1, 2, 1),
    ("regimen", QT_TRANSLATE_NOOP("ParticipantDetailView", "Regimen"), 2, 0, 2),
    ("first_dose", QT_TRANSLATE_NOOP("ParticipantDetailView", "First dose"), 2, 2, 1),
    ("local_id", QT_TRANSLATE_NOOP("ParticipantDetailView", "Local identifier"), 3, 0, 2),
)
STATUS_COLOURS = {"active": "#2e7d32", "withdrawn": "#9a2b00", "deceased": "#555555",
                  "lost_to_follow_up": "#9a6a00", "completed": "#1a3d73"}


#: The stored sex codes as words: a Spanish reader takes "M" for "mujer" (woman).
SEX_LABELS = {
    "F": QT_TRANSLATE_NOOP("ParticipantDetailView", "female"),
    "M": QT_TRANSLATE_NOOP("ParticipantDetailView", "male"),
    "X": QT_TRANSLATE_NOOP("ParticipantDetailView", "other / not stated"),
}


def sex_label(sex: str | None) -> str:
    """"M" -> "male" ("hombre"); an unknown code as stored; "" for none."""
    if not sex:
        return ""
    label = SEX_LABELS.get(sex)
    return translate(CONTEXT, label) if label else sex


def _table(name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return table


class ParticipantDetailView(QWidget):
    """Header, clinical-event buttons, schedule timeline, tubes and irAEs of one participant."""

    #: A service call changed this participant (the list shows their new status/next visit).
    participant_changed = Signal(str)

    def __init__(self, session: Session, interaction: Interaction,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._interaction = interaction
        self._detail: ParticipantDetail | None = None
        self.setObjectName("participant_detail")

        self.pages = QStackedWidget()
        self.placeholder = QLabel(self.tr("Choose a participant in the list to see their "
                                          "schedule, collections and irAEs."))
        self.placeholder.setObjectName("detail_placeholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("color: palette(placeholder-text);")
        self.pages.addWidget(self.placeholder)
        # A small window scrolls the page rather than growing past the screen. The page is
        # built when the first participant is shown: opening Participants shows the
        # placeholder, and building the page's ~60 widgets then was a third of the
        # workspace's first visit (issue 8: the longest GUI-thread block).
        self._scroll = QScrollArea()
        self._scroll.setObjectName("detail_scroll")
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.pages.addWidget(self._scroll)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    # -- building --------------------------------------------------------------------------------

    def _build_page(self) -> QWidget:
        page = QWidget()
        self.code_label = QLabel()
        self.code_label.setObjectName("detail_code")
        self.status_badge = QLabel()
        self.status_badge.setObjectName("detail_status")
        title = QHBoxLayout()
        title.addWidget(self.code_label)
        title.addWidget(self.status_badge)
        title.addStretch(1)

        self.fields: dict[str, QLabel] = {}
        self._field_labels: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(3)
        columns = 3
        for key, label, row, column, span in FIELDS:
            name = QLabel(translate(CONTEXT, label) + ":")
            name.setStyleSheet("color: palette(placeholder-text);")
            value = QLabel()
            value.setObjectName(f"field_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            # A long value (diagnosis, regimen) is cut rather than widening the page; its
            # tooltip has it whole. (Word wrap would make the scrolled page as tall as its
            # tables' preferred height: QScrollArea honours height-for-width.)
            value.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            grid.addWidget(name, row, 2 * column, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(value, row, 2 * column + 1, 1, 2 * span - 1)
            self.fields[key] = value
            self._field_labels[key] = name
        for column in range(columns):
            grid.setColumnStretch(2 * column + 1, 1)

        self.add_irae_button = QPushButton(self.tr("Add &irAE…"))
        self.add_irae_button.setObjectName("add_irae")
        self.add_irae_button.setToolTip(self.tr("Record an immune-related adverse event; it "
                                                "opens an irAE collection visit"))
        self.remission_button = QPushButton(self.tr("Re&mission…"))
        self.remission_button.setObjectName("remission")
        self.flare_button = QPushButton(self.tr("&Flare…"))
        self.flare_button.setObjectName("flare")
        self.missed_button = QPushButton(self.tr("Mark visit mi&ssed…"))
        self.missed_button.setObjectName("mark_missed")
        self.withdraw_button = QPushButton(self.tr("&Withdraw…"))
        self.withdraw_button.setObjectName("withdraw")
        actions = QHBoxLayout()
        for button in (self.add_irae_button, self.remission_button, self.flare_button,
                       self.missed_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.withdraw_button)

        self.timeline = VisitTimeline()
        timeline_scroll = QScrollArea()
        timeline_scroll.setObjectName("timeline_scroll")
        timeline_scroll.setWidget(self.timeline)
        timeline_scroll.setWidgetResizable(False)
        timeline_scroll.setFrameShape(QFrame.Shape.NoFrame)
        timeline_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        timeline_scroll.setFixedHeight(self.timeline.sizeHint().height()
                                       + timeline_scroll.horizontalScrollBar().sizeHint()
                                       .height() + 2)
        self.timeline_scroll = timeline_scroll
        self.schedule_summary = QLabel()
        self.schedule_summary.setObjectName("schedule_summary")
        schedule_box = QGroupBox(self.tr("Schedule"))
        schedule_layout = QVBoxLayout(schedule_box)
        schedule_layout.addWidget(self.schedule_summary)
        schedule_layout.addWidget(timeline_scroll)
        schedule_layout.addWidget(TimelineLegend())

        self.aliquot_model = AliquotLineModel(parent=self)
        self.aliquot_proxy = QSortFilterProxyModel(self)
        self.aliquot_proxy.setSourceModel(self.aliquot_model)
        self.aliquot_proxy.setSortRole(SORT_ROLE)
        self.aliquot_table = _table("aliquot_table")
        self.aliquot_table.setModel(self.aliquot_proxy)
        self.aliquot_table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.collections_summary = QLabel()
        self.collections_summary.setObjectName("collections_summary")
        self.collections_box = QGroupBox(self.tr("Collections and aliquots"))
        collections_layout = QVBoxLayout(self.collections_box)
        collections_layout.addWidget(self.collections_summary)
        collections_layout.addWidget(self.aliquot_table, 1)

        self.irae_model = IraeModel(parent=self)
        self.irae_proxy = QSortFilterProxyModel(self)
        self.irae_proxy.setSourceModel(self.irae_model)
        self.irae_proxy.setSortRole(SORT_ROLE)
        self.irae_table = _table("irae_table")
        self.irae_table.setModel(self.irae_proxy)
        self.irae_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.irae_box = QGroupBox(self.tr("irAEs"))
        irae_layout = QVBoxLayout(self.irae_box)
        irae_layout.addWidget(self.irae_table)

        self.tables_splitter = QSplitter(Qt.Orientation.Vertical)
        self.tables_splitter.setObjectName("detail_tables_splitter")
        self.tables_splitter.addWidget(self.collections_box)
        self.tables_splitter.addWidget(self.irae_box)
        self.tables_splitter.setStretchFactor(0, 3)
        self.tables_splitter.setStretchFactor(1, 1)
        self.tables_splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(title)
        layout.addLayout(grid)
        layout.addLayout(actions)
        layout.addWidget(schedule_box)
        layout.addWidget(self.tables_splitter, 1)

        self.add_irae_button.clicked.connect(self._on_add_irae_button_clicked)
        self.remission_button.clicked.connect(self._on_remission_button_clicked)
        self.flare_button.clicked.connect(self._on_flare_button_clicked)
        self.missed_button.clicked.connect(self._on_missed_button_clicked)
        self.withdraw_button.clicked.connect(self._on_withdraw_button_clicked)
        return page

    # -- content ---------------------------------------------------------------------------------

    def code(self) -> str | None:
        return self._detail.participant.code if self._detail else None

    def detail(self) -> ParticipantDetail | None:
        return self._detail

    def show_participant(self, code: str | None) -> None:
        """Show one participant (None: the placeholder)."""
        if code is None:
            self._detail = None
            self.pages.setCurrentIndex(0)
            return
        try:
            detail = overview.participant_detail(self._session, code)
        except BioTrackError as exc:
            self._interaction.report(self, exc, self.tr("Participant"))
            return
        self._detail = detail
        if self._scroll.widget() is None:
            self._scroll.setWidget(self._build_page())
        self._show(detail)
        self.pages.setCurrentIndex(1)
        self._scroll_timeline_to_now()
        # Once more after the layout settled (a page shown for the first time has no size yet).
        QTimer.singleShot(0, self, self._scroll_timeline_to_now)

    def refresh(self) -> None:
        """Read the shown participant again (another workspace may have changed them)."""
        code = self.code()
        if code is not None:
            self.show_participant(code)

    def _show(self, detail: ParticipantDetail) -> None:
        p = detail.participant
        self.code_label.setText(f"<span style='font-size: 17pt; font-weight: 600;'>"
                                f"{p.code}</span>")
        status_label = PARTICIPANT_STATUS_LABELS.get(p.status)
        status = translate("ParticipantModel", status_label) if status_label else p.status
        colour = STATUS_COLOURS.get(p.status, "#555555")
        self.status_badge.setText(status)
        self.status_badge.setStyleSheet(
            f"color: white; background: {colour}; border-radius: 4px; padding: 2px 8px;"
            " font-weight: 600;")
        names = {site.code: site.name for site in self._session.protocol.sites}
        cohort = self._session.protocol.cohorts.get(p.cohort)
        none = "—"
        values = {
            "cohort": p.cohort,
            "site": p.site,
            "enrolled_on": format_date(p.enrolled_on),
            "regimen": detail.regimen_name or none,
            "first_dose": format_date(p.first_dose) if p.first_dose else none,
            "diagnosis": (protocol_text(self._session.protocol, p.diagnosis) if p.diagnosis
                          else none),
            "sex": f"{sex_label(p.sex) or none} / {p.birth_year or none}",
            "status": status,
            "local_id": (p.local_id or self.tr("not recorded")) if detail.local_id_visible
            else "",
        }
        if p.status != "active" and p.status_on is not None:
            values["status"] = self.tr("{status} on {date}").format(
                status=status, date=format_date(p.status_on))
            if p.status_reason:
                values["status"] += f" ({p.status_reason})"
        if p.site in names:
            values["site"] = f"{p.site} — {names[p.site]}"
        for key, value in values.items():
            self.fields[key].setText(value)
            self.fields[key].setToolTip(value)
        self.fields["cohort"].setToolTip(protocol_text(self._session.protocol, cohort.name)
                                         if cohort else "")
        self.fields["local_id"].setToolTip(self.tr(
            "Shown on screen only to nurses and managers; never printed or exported."))
        for key in ("regimen", "first_dose"):  # an ICI matter: hidden for SAD
            shown = p.regimen is not None or (cohort is not None and cohort.requires_regimen)
            self.fields[key].setVisible(shown)
            self._field_labels[key].setVisible(shown)
        self.fields["local_id"].setVisible(detail.local_id_visible)
        self._field_labels["local_id"].setVisible(detail.local_id_visible)

        today = self._session.today_local()
        drawn: dict[str, date] = {}
        for line in detail.aliquots:
            drawn.setdefault(line.visit, line.drawn_at.date())
        self.timeline.set_visits(detail.visits, today, drawn)
        self.timeline.resize(self.timeline.sizeHint())
        counts: dict[str, int] = {}
        for visit in detail.visits:
            counts[visit.status] = counts.get(visit.status, 0) + 1
        self.schedule_summary.setText(self.tr(
            "{collected} collected · {planned} planned · {missed} missed").format(
            collected=counts.get("collected", 0), planned=counts.get("planned", 0),
            missed=counts.get("missed", 0)))

        # Sample types and irAE types are shown in the reader's language (the protocol file's
        # translations); the rows themselves, and everything stored, keep the English.
        protocol = self._session.protocol
        self.aliquot_model.set_rows([
            dataclasses.replace(line, sample_label=protocol_text(protocol, line.sample_label))
            for line in detail.aliquots])
        self.aliquot_table.resizeColumnsToContents()
        kept = sum(1 for line in detail.aliquots if line.aliquot.status in
                   ("in_storage", "checked_out", "unplaced"))
        self.collections_summary.setText(self.tr(
            "{collections} collection(s), {tubes} tube(s), {kept} still kept").format(
            collections=detail.collections, tubes=len(detail.aliquots), kept=kept))
        self.irae_model.set_rows([
            dataclasses.replace(irae, irae_type=protocol_text(protocol, irae.irae_type))
            for irae in detail.iraes])
        self.irae_table.resizeColumnsToContents()
        self.irae_box.setTitle(self.tr("irAEs ({count})").format(count=len(detail.iraes)))
        has_irae = "irae" in detail.event_kinds
        self.irae_box.setVisible(has_irae or bool(detail.iraes))
        self._update_actions(detail)

    def _scroll_timeline_to_now(self) -> None:
        """Bring the next visit (or the last one) into view: that is where the person is."""
        items = self.timeline.items()
        if not items:
            return
        codes = [item.visit.code for item in items]
        upcoming = self.timeline.next_visit()
        index = codes.index(upcoming) if upcoming in codes else len(codes) - 1
        rect = self.timeline.chip_rect(index)
        # Keep one visit before it in view, so what just happened shows too.
        self.timeline_scroll.ensureVisible(int(rect.right()), int(rect.center().y()),
                                           int(rect.width() * 1.6), 0)

    def _update_actions(self, detail: ParticipantDetail) -> None:
        active = detail.participant.status == "active"
        kinds = detail.event_kinds
        for button, kind in ((self.add_irae_button, "irae"), (self.remission_button, "remission"),
                             (self.flare_button, "flare")):
            button.setVisible(kind in kinds)
            button.setEnabled(active)
        self.missed_button.setEnabled(active and bool(self._planned(detail)))
        may_withdraw = allowed(self._session.user, "withdraw")
        self.withdraw_button.setEnabled(active and may_withdraw)
        self.withdraw_button.setToolTip(
            self.tr("Withdraw the participant: follow-up ends, later visits become not "
                    "applicable") if may_withdraw else
            self.tr("Only nurses and managers may withdraw a participant"))

    @staticmethod
    def _planned(detail: ParticipantDetail) -> list[tuple[str, date]]:
        visits = sorted((v for v in detail.visits if v.status == "planned"),
                        key=lambda v: (v.target_date, v.code))
        return [(v.code, v.target_date) for v in visits]

    # -- clinical events -------------------------------------------------------------------------

    def _changed(self, result: object) -> bool:
        if result is None:
            return False
        code = self.code()
        self.refresh()
        if code is not None:
            self.participant_changed.emit(code)
        return True

    def _on_add_irae_button_clicked(self) -> None:
        self.add_irae()

    def add_irae(self) -> bool:
        code = self.code()
        if code is None:
            return False
        return self._changed(IraeDialog.ask(self._session, self._interaction, code,
                                            parent=self))

    def _on_remission_button_clicked(self) -> None:
        self.record_event("remission")

    def _on_flare_button_clicked(self) -> None:
        self.record_event("flare")

    def record_event(self, kind: str) -> bool:
        code = self.code()
        if code is None:
            return False
        return self._changed(ClinicalEventDialog.ask(self._session, self._interaction, code,
                                                     kind, parent=self))

    def _on_missed_button_clicked(self) -> None:
        self.mark_missed()

    def mark_missed(self) -> bool:
        code, detail = self.code(), self._detail
        if code is None or detail is None:
            return False
        planned = self._planned(detail)
        today = self._session.today_local()
        # Preselect the visit most likely meant: the first whose window has opened.
        opened = [c for c, _target in planned
                  if any(v.code == c and v.window_start <= today for v in detail.visits)]
        selected = opened[0] if opened else (planned[0][0] if planned else None)
        return self._changed(MissedVisitDialog.ask(self._session, self._interaction, code,
                                                   planned, selected, parent=self))

    def _on_withdraw_button_clicked(self) -> None:
        self.withdraw()

    def withdraw(self) -> bool:
        code = self.code()
        if code is None:
            return False
        return self._changed(WithdrawDialog.ask(self._session, self._interaction, code,
                                                parent=self))
