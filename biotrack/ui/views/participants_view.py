"""Participants: the searchable, sortable list of everyone enrolled, and one participant's page.

The list reads services.overview a page (200 participants) at a time as the table scrolls
(ui.models.ParticipantModel, issue 8): at a biobank's tens of thousands of participants, reading
them all would block the window for seconds. Searching and sorting therefore ask the service
again, which filters and orders in SQL over every participant; the count beside the search
field comes from the database too. Choosing a row shows that participant's page on the right
(ui.views.participant_detail: schedule timeline, tubes, irAEs, clinical events); "Enrol…"
opens the enrolment dialog with the protocol's eligibility checklist. The list and the page sit
in a splitter whose position is remembered when the view is given QSettings.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QByteArray,
    QItemSelectionModel,
    QModelIndex,
    QSettings,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from biotrack.errors import BioTrackError
from biotrack.models import Participant
from biotrack.services import overview
from biotrack.services.context import Session
from biotrack.services.overview import ParticipantOverview, ParticipantQuery
from biotrack.ui.dialogs.enrol_dialog import EnrolDialog
from biotrack.ui.interaction import Interaction
from biotrack.ui.models import ROW_ROLE, ParticipantModel
from biotrack.ui.views.participant_detail import ParticipantDetailView

SPLITTER_KEY = "participants/splitter"
RESIZE_PRECISION = 30  # rows measured for the column widths


class ParticipantsView(QWidget):
    """A search field over the participant table, the Enrol button, and the detail page."""

    def __init__(self, session: Session, interaction: Interaction,
                 parent: QWidget | None = None, *, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._interaction = interaction
        self._settings = settings
        self.setObjectName("participants_view")

        title = QLabel(self.tr("<h2>Participants</h2>"))
        self.enrol_button = QPushButton(self.tr("&Enrol…"))
        self.enrol_button.setObjectName("enrol")
        self.enrol_button.setToolTip(self.tr("Enrol a new participant, with the eligibility "
                                             "checklist of the protocol"))
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addStretch(1)
        heading.addWidget(self.enrol_button)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("search")
        self.search_edit.setPlaceholderText(
            self.tr("Search code, cohort, site, regimen, status…"))
        self.search_edit.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        controls = QHBoxLayout()
        search_label = QLabel(self.tr("S&earch:"))
        search_label.setBuddy(self.search_edit)
        controls.addWidget(search_label)
        controls.addWidget(self.search_edit, 1)
        controls.addWidget(self.count_label)

        self.model = ParticipantModel(parent=self)
        self.table = QTableView()
        self.table.setObjectName("participant_table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        # Column widths from the first rows only: measuring every row read (a page and more)
        # costs more than reading them.
        header.setResizeContentsPrecision(RESIZE_PRECISION)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(heading)
        left_layout.addLayout(controls)
        left_layout.addWidget(self.table, 1)

        self.detail = ParticipantDetailView(session, interaction)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("participants_splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([360, 760])

        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)

        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        self.enrol_button.clicked.connect(self._on_enrol_button_clicked)
        self.detail.participant_changed.connect(self._on_detail_participant_changed)
        self.splitter.splitterMoved.connect(self._on_splitter_moved)
        self._restore_splitter()
        self.refresh()

    # -- list ------------------------------------------------------------------------------------

    def _on_search_edit_text_changed(self, text: str) -> None:
        self.model.set_search(text)
        self._update_count()

    def _page(self, query: ParticipantQuery, offset: int,
              limit: int) -> list[ParticipantOverview]:
        """The model's source: one page of the list from the service."""
        try:
            return overview.participant_page(self._session, query, offset, limit)
        except BioTrackError as exc:
            self._interaction.report(self, exc, self.tr("Participants"))
            return []

    def refresh(self) -> None:
        """Read the list again (as many rows as were read); the participant shown stays shown
        (and is read again)."""
        shown = self.detail.code()
        self.model.set_pager(self._page, at_least=self.model.rowCount())
        self.table.resizeColumnsToContents()
        self._update_count()
        if shown is not None:
            self._select(shown)
            self.detail.refresh()

    def _update_count(self) -> None:
        try:
            total = overview.participant_count(self._session)
            shown = (overview.participant_count(self._session, self.model.query)
                     if self.model.query.search else total)
        except BioTrackError as exc:
            self._interaction.report(self, exc, self.tr("Participants"))
            total = shown = self.model.rowCount()
        if shown == total:
            self.count_label.setText(self.tr("1 participant") if total == 1 else
                                     self.tr("{total} participants").format(total=total))
        else:
            self.count_label.setText(self.tr("{shown} of {total}").format(shown=shown,
                                                                          total=total))

    def _row_of(self, code: str) -> int | None:
        """The row of ``code`` in the list, reading down to it if it is not read yet."""
        for row, record in enumerate(self.model.rows()):
            if record.code == code:
                return row
        if not self.model.canFetchMore():
            return None
        try:
            position = overview.participant_position(self._session, code, self.model.query)
        except BioTrackError:
            return None
        if position is None or not self.model.fetch_to(position):
            return None
        record = self.model.row_at(position)
        return position if record.code == code else None

    def _select(self, code: str) -> bool:
        """Make ``code`` the current row without re-reading it (False if not listed)."""
        row = self._row_of(code)
        if row is None:
            return False
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        try:
            selection.setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        finally:
            selection.blockSignals(False)
        self.table.viewport().update()
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _on_table_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        record = current.data(ROW_ROLE) if current.isValid() else None
        if isinstance(record, ParticipantOverview) and record.code != self.detail.code():
            self.detail.show_participant(record.code)

    def show_participant(self, code: str) -> None:
        """Highlight a participant in the list and show their page (e.g. on request of Today)."""
        if self._row_of(code) is None and self.search_edit.text():
            self.search_edit.clear()  # the filter hid them
        self._select(code)
        self.detail.show_participant(code)

    # -- changes ---------------------------------------------------------------------------------

    def _on_detail_participant_changed(self, _code: str) -> None:
        self.refresh()

    def _on_enrol_button_clicked(self) -> None:
        self.enrol()

    def enrol(self) -> Participant | None:
        """Open the enrol dialog; show the new participant and their code."""
        participant = EnrolDialog.ask(self._session, self._interaction, parent=self)
        if participant is None:
            return None
        self.refresh()
        self.show_participant(participant.code)
        self._interaction.show_info(
            self, self.tr("Participant enrolled"),
            self.tr("Enrolled as {code} ({cohort}, site {site}).\n\nWrite this study code on "
                    "the consent file; the schedule is on the participant's page.").format(
                code=participant.code, cohort=participant.cohort, site=participant.site))
        return participant

    # -- settings --------------------------------------------------------------------------------

    def _restore_splitter(self) -> None:
        if self._settings is None:
            return
        state = self._settings.value(SPLITTER_KEY)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.splitter.restoreState(state)

    def _on_splitter_moved(self, _pos: int, _index: int) -> None:
        if self._settings is not None:
            self._settings.setValue(SPLITTER_KEY, self.splitter.saveState())
