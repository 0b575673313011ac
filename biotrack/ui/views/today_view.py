"""Today: whose blood is due in a chosen range, per site, and which tubes to draw (SPEC 4.1).

The nurse's first screen. It asks services.due for the visits whose window meets the range
(overdue ones included, coloured) and shows them in a sortable table; it holds no rule about
what is due, only which range and site were chosen.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from biotrack.errors import BioTrackError
from biotrack.services import due, overview
from biotrack.services.context import Session
from biotrack.ui.interaction import Interaction
from biotrack.ui.models import SORT_ROLE, DueVisitModel

TODAY, THIS_WEEK, NEXT_TWO_WEEKS = "today", "week", "two_weeks"


def date_range(choice: str, today: date) -> tuple[date, date]:
    """First and last day of a range choice; a week ends on Sunday."""
    if choice == TODAY:
        return today, today
    if choice == THIS_WEEK:
        return today, today + timedelta(days=6 - today.weekday())
    if choice == NEXT_TWO_WEEKS:
        return today, today + timedelta(days=13)
    raise ValueError(f"unknown range {choice!r}")


class TodayView(QWidget):
    """The due list: range and site selectors above a table of visits to draw."""

    def __init__(self, session: Session, interaction: Interaction,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._interaction = interaction
        self.setObjectName("today_view")

        title = QLabel(self.tr("<h2>Due visits</h2>"))
        self.range_combo = QComboBox()
        self.range_combo.setObjectName("range_combo")
        self.range_combo.addItem(self.tr("Today"), TODAY)
        self.range_combo.addItem(self.tr("This week"), THIS_WEEK)
        self.range_combo.addItem(self.tr("Next 2 weeks"), NEXT_TWO_WEEKS)
        self.range_combo.setCurrentIndex(1)
        self.site_combo = QComboBox()
        self.site_combo.setObjectName("site_combo")
        self.site_combo.addItem(self.tr("All sites"), None)
        try:
            for code in overview.site_codes(session):
                self.site_combo.addItem(code, code)
        except BioTrackError as exc:
            interaction.report(self, exc)
        refresh = QPushButton(self.tr("&Refresh"))
        refresh.setToolTip(self.tr("Read the due list again (F5)"))
        refresh.clicked.connect(self.refresh)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)

        controls = QHBoxLayout()
        range_label = QLabel(self.tr("&Range:"))
        range_label.setBuddy(self.range_combo)
        site_label = QLabel(self.tr("&Site:"))
        site_label.setBuddy(self.site_combo)
        for widget in (range_label, self.range_combo, site_label, self.site_combo):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(refresh)

        self.summary_label = QLabel()
        self.summary_label.setObjectName("summary")
        self.model = DueVisitModel(parent=self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("due_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(controls)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)

        self.range_combo.currentIndexChanged.connect(self._on_range_combo_changed)
        self.site_combo.currentIndexChanged.connect(self._on_site_combo_changed)
        self.refresh()

    def _on_range_combo_changed(self, _index: int) -> None:
        self.refresh()

    def _on_site_combo_changed(self, _index: int) -> None:
        self.refresh()

    def current_range(self) -> tuple[date, date]:
        return date_range(self.range_combo.currentData(), self._session.today_local())

    def refresh(self) -> None:
        """Ask the service again for the chosen range and site."""
        start, end = self.current_range()
        site = self.site_combo.currentData()
        try:
            visits = due.due(self._session, start, end, site)
        except BioTrackError as exc:
            self.model.set_rows([])
            self.summary_label.setText("")
            self._interaction.report(self, exc, self.tr("Due visits"))
            return
        self.model.set_rows(visits)
        self.table.resizeColumnsToContents()
        overdue = self.model.overdue_count()
        period = (start.isoformat() if start == end
                  else self.tr("{start} to {end}").format(start=start.isoformat(),
                                                          end=end.isoformat()))
        count = len(visits)
        text = (self.tr("1 visit due") if count == 1
                else self.tr("{count} visits due").format(count=count)) + " · " + period
        if overdue:
            text += " · " + self.tr("{count} overdue (highlighted)").format(count=overdue)
        self.summary_label.setText(text)
