"""Participants: the searchable, sortable list of everyone enrolled and their next visit.

Reads services.overview once per refresh; searching and sorting happen in a
QSortFilterProxyModel on the rows already loaded, so typing in the search field never touches
the database. The detail page, enrolment and clinical events come with issue 5.
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from biotrack.errors import BioTrackError
from biotrack.services import overview
from biotrack.services.context import Session
from biotrack.ui.interaction import Interaction
from biotrack.ui.models import SORT_ROLE, ParticipantModel


class ParticipantsView(QWidget):
    """A search field over the participant table; counts what the filter leaves."""

    def __init__(self, session: Session, interaction: Interaction,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._interaction = interaction
        self.setObjectName("participants_view")

        title = QLabel(self.tr("<h2>Participants</h2>"))
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
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)  # every column
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = QTableView()
        self.table.setObjectName("participant_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(controls)
        layout.addWidget(self.table, 1)

        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.refresh()

    def _on_search_edit_text_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._update_count()

    def refresh(self) -> None:
        try:
            rows = overview.participant_overview(self._session)
        except BioTrackError as exc:
            self._interaction.report(self, exc, self.tr("Participants"))
            rows = []
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count_label.setText(self.tr("1 participant") if total == 1 else
                                     self.tr("{total} participants").format(total=total))
        else:
            self.count_label.setText(self.tr("{shown} of {total}").format(shown=shown,
                                                                          total=total))
