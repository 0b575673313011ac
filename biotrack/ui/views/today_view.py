"""Today: whose blood is due in a chosen range, per site, and which tubes to draw (SPEC 4.1).

The nurse's first screen. It asks services.due for the visits whose window meets the range
(overdue ones included, coloured) and shows them in a sortable table; it holds no rule about
what is due, only which range and site were chosen; the site starts as the site of this PC
(Settings > Preferences), so each clinic sees its own list first. From here the nurse also
prints the list (through the system print dialog, so any printer or "print to PDF" works),
pre-prints the labels of a planned visit before the draw (in a worker, see
ui.dialogs.visit_labels_dialog), marks a visit missed with its reason, and opens a
participant's page with a double-click (``participant_requested``; the main window shows the
Participants workspace).
"""

from __future__ import annotations

from datetime import date, timedelta
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QIdentityProxyModel, QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence, QPageLayout, QShortcut, QShowEvent, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from biotrack import settings as declared
from biotrack.errors import BioTrackError
from biotrack.services import due, overview
from biotrack.services.context import Session
from biotrack.services.due import DueVisit
from biotrack.ui.i18n import format_date, format_datetime
from biotrack.ui.interaction import Interaction
from biotrack.ui.models import ROW_ROLE, DueVisitModel
from biotrack.ui.value_labels import due_visits_on_screen
from biotrack.ui.widgets.background import FirstRead

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

TODAY, THIS_WEEK, NEXT_TWO_WEEKS = "today", "week", "two_weeks"
#: How many rows the column widths are fitted to (QHeaderView.setResizeContentsPrecision).
FIT_ROWS = 25


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
    """The due list: range and site selectors above a table of visits to draw, and what the
    nurse does with a visit (print the list, pre-print labels, mark missed, open the person)."""

    #: The study code of a participant whose page should open (double-click on a visit).
    participant_requested = Signal(str)

    def __init__(self, session: Session, interaction: Interaction,
                 parent: QWidget | None = None, *, db_path: Path | None = None,
                 settings: QSettings | None = None, read_in_background: bool = False) -> None:
        """``read_in_background``: read the first due list in a worker (the main window's
        first page does; see ``_read_in_background``); otherwise it is read here, at once."""
        super().__init__(parent)
        self._session = session
        self._interaction = interaction
        self._db_path = db_path
        self.first_read = FirstRead(self, answered=self._on_due_read, failed=self._show_failure,
                                    wait_until_shown=True)
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
        self._settings = settings
        if settings is not None:  # the site of this PC (Settings > Preferences) comes first
            home = self.site_combo.findData(
                str(settings.value(declared.SITE.key, declared.SITE.default) or ""))
            if home > 0:
                self.site_combo.setCurrentIndex(home)
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
        # The model sorts itself (models.SortedListTableModel: a key sort, not 2·n·log n calls
        # of data()); the identity proxy passes the header's sort on to it.
        self.proxy = QIdentityProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("due_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        # Widths are fitted once per refresh, from the rows near the top only: ResizeToContents
        # (and a full resizeColumnsToContents) measured every cell of thousands of due visits
        # on each layout, which blocked the GUI thread for over a second at 1M aliquots.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(FIT_ROWS)
        header.setStretchLastSection(True)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # one height: no per-row sizing

        self.print_list_button = QPushButton(self.tr("&Print list…"))
        self.print_list_button.setObjectName("print_list")
        self.print_list_button.setToolTip(self.tr(
            "Print the draw list shown (coded: study codes only) with the system print dialog"))
        self.print_labels_button = QPushButton(self.tr("Print &labels…"))
        self.print_labels_button.setObjectName("print_labels")
        self.print_labels_button.setToolTip(self.tr(
            "Pre-print the tube labels of the selected visit before the draw"))
        self.mark_missed_button = QPushButton(self.tr("Mark &missed…"))
        self.mark_missed_button.setObjectName("mark_missed")
        self.mark_missed_button.setToolTip(self.tr(
            "Record that the selected visit will not be drawn, and why"))
        hint = QLabel(self.tr("Double-click a visit to open the participant."))
        hint.setStyleSheet("color: palette(placeholder-text);")
        hint.setWordWrap(True)  # a narrow window wraps the hint rather than growing
        actions = QHBoxLayout()
        actions.addWidget(hint, 1)
        for button in (self.print_labels_button, self.mark_missed_button):
            actions.addWidget(button)
        controls.addWidget(self.print_list_button)  # a list action, beside Refresh

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(controls)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

        self.range_combo.currentIndexChanged.connect(self._on_range_combo_changed)
        self.site_combo.currentIndexChanged.connect(self._on_site_combo_changed)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.print_list_button.clicked.connect(self._on_print_list_button_clicked)
        self.print_labels_button.clicked.connect(self._on_print_labels_button_clicked)
        self.mark_missed_button.clicked.connect(self._on_mark_missed_button_clicked)
        if not (read_in_background and self._read_in_background()):
            self.refresh()
        self._update_actions()

    def _on_range_combo_changed(self, _index: int) -> None:
        self.refresh()

    def _on_site_combo_changed(self, _index: int) -> None:
        self.refresh()

    def current_range(self) -> tuple[date, date]:
        return date_range(self.range_combo.currentData(), self._session.today_local())

    # -- reading -------------------------------------------------------------------------------

    def loading(self) -> bool:
        """True while the first read of the due list runs in its worker (the table is empty)."""
        return self.first_read.loading()

    def _read_in_background(self) -> bool:
        """Start the first read of the due list in a worker; False when it must be read here.

        Why (issue 8): Today is the first page the window shows, built right after the first
        paint; at a million aliquots the due query (every planned visit whose window meets
        the week) blocked the GUI thread for about 60 ms on top of building the view. The
        worker opens its own connection to the database file (an in-memory database has
        none, so it is read here, as the tests do). Anything that reads the list before the
        answer arrives (F5, another range or site, a visit marked missed) reads it at once
        instead, and the late answer is dropped (ui.widgets.background.FirstRead).
        """
        try:
            db_path = overview.database_file(self._session)
        except BioTrackError:
            return False
        if db_path is None:
            return False
        start, end = self.current_range()
        site = self.site_combo.currentData()

        def read(own: Session) -> list[DueVisit]:  # in the worker: the words too
            return due_visits_on_screen(own.protocol, due.due(own, start, end, site))

        self.summary_label.setText(self.tr("Reading the due list…"))
        self.first_read.start(db_path, self._session, read)
        return True

    def _on_due_read(self, result: object) -> None:
        self._show_due(list(result), worded=True)  # type: ignore[call-overload]

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.first_read.view_shown()

    def refresh(self) -> None:
        """Ask the service again for the chosen range and site."""
        self.first_read.stop()
        start, end = self.current_range()
        site = self.site_combo.currentData()
        try:
            found = due.due(self._session, start, end, site)
        except BioTrackError as exc:
            self._show_failure(exc)
            return
        self._show_due(found)

    def _show_failure(self, error: BioTrackError) -> None:
        self.model.set_rows([])
        self.summary_label.setText("")
        self._interaction.report(self, error, self.tr("Due visits"))

    def _show_due(self, found: list[DueVisit], *, worded: bool = False) -> None:
        """Fill the table and the summary line with a due list read for the chosen range
        (``worded``: already put into the screen's words, as the worker does)."""
        start, end = self.current_range()
        visits = found if worded else due_visits_on_screen(self._session.protocol, found)
        self.model.set_today(self._session.today_local())
        self.model.set_rows(visits)
        self.table.resizeColumnsToContents()
        overdue = self.model.overdue_count()
        period = (format_date(start) if start == end
                  else self.tr("{start} to {end}").format(start=format_date(start),
                                                          end=format_date(end)))
        count = len(visits)
        text = (self.tr("1 visit due") if count == 1
                else self.tr("{count} visits due").format(count=count)) + " · " + period
        if overdue:
            text += " · " + self.tr("{count} overdue (highlighted)").format(count=overdue)
        later = sum(1 for v in visits if self.model.not_yet_open(v))
        if later:
            text += " · " + self.tr("{count} not in window yet (italics)").format(count=later)
        self.summary_label.setText(text)
        self._update_actions()

    # -- the selected visit ----------------------------------------------------------------------

    def selected_visit(self) -> DueVisit | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        visit = rows[0].data(ROW_ROLE)
        return visit if isinstance(visit, DueVisit) else None

    def select_visit(self, code: str, visit: str) -> bool:
        """Select the row of one visit (as a click would); False if it is not listed."""
        for row in range(self.proxy.rowCount()):
            shown = self.proxy.index(row, 0).data(ROW_ROLE)
            if shown.code == code and shown.visit == visit:
                self.table.selectRow(row)
                return True
        return False

    def _update_actions(self) -> None:
        selected = self.selected_visit() is not None
        self.print_labels_button.setEnabled(selected)
        self.mark_missed_button.setEnabled(selected)
        self.print_list_button.setEnabled(self.model.rowCount() > 0)

    def _on_table_selection_changed(self, *_args: object) -> None:
        self._update_actions()

    def _on_table_double_clicked(self, index: object) -> None:
        visit = self.selected_visit()
        if visit is not None:
            self.participant_requested.emit(visit.code)

    # -- mark missed -----------------------------------------------------------------------------

    def _on_mark_missed_button_clicked(self) -> None:
        self.mark_missed()

    def mark_missed(self) -> bool:
        """Ask for the reason and mark the selected visit missed; True when it was."""
        visit = self.selected_visit()
        if visit is None:
            return False
        from biotrack.ui.dialogs.missed_visit_dialog import MissedVisitDialog

        done = MissedVisitDialog.ask(self._session, self._interaction, visit.code,
                                     [(visit.visit, visit.target_date)], visit.visit,
                                     parent=self)
        if done is None:
            return False
        self.refresh()
        return True

    # -- pre-printed labels ----------------------------------------------------------------------

    def database_path(self) -> Path | None:
        """The database file, which a label worker opens a connection of its own on."""
        if self._db_path is None:
            try:
                self._db_path = overview.database_file(self._session)
            except BioTrackError as exc:
                self._interaction.report(self, exc, self.tr("Print labels"))
        return self._db_path

    def _on_print_labels_button_clicked(self) -> None:
        self.print_labels()

    def print_labels(self) -> str | None:
        """Pre-print the selected visit's labels; the file they were saved to, or None."""
        visit = self.selected_visit()
        if visit is None:
            return None
        path = self.database_path()
        if path is None:
            self._interaction.show_error(self, self.tr("Print labels"), self.tr(
                "This database is not a file, so labels cannot be printed in the background."))
            return None
        from biotrack.ui.dialogs.visit_labels_dialog import VisitLabelsDialog, visit_label_source

        source = visit_label_source(visit.code, visit.visit, " + ".join(visit.tubes))
        return VisitLabelsDialog.ask(self._session, path, self._interaction, source,
                                     parent=self, settings=self._settings)

    # -- printing the list -----------------------------------------------------------------------

    def ask_printer(self) -> QPrinter | None:
        """The system print dialog; the printer chosen, or None. Tests replace this method."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # only when printing

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        printer.setDocName(self.tr("Draw list"))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the draw list"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return printer

    def _on_print_list_button_clicked(self) -> None:
        self.print_list()

    def print_list(self) -> bool:
        """Print the list as shown (range, site, sort order); False if nothing was printed."""
        printer = self.ask_printer()
        if printer is None:
            return False
        self.print_to(printer)
        return True

    def print_to(self, printer: QPrinter) -> None:
        """Print the list on a printer already set up (by the dialog, or a test's PDF)."""
        self.draw_list_document().print_(printer)

    def shown_visits(self) -> list[DueVisit]:
        """The visits in the order the table shows them."""
        return [self.proxy.index(row, 0).data(ROW_ROLE) for row in range(self.proxy.rowCount())]

    def draw_list_document(self) -> QTextDocument:
        """The printable draw list: coded data only, a box to tick and room to write the time.

        It prints what the screen shows (the same rows in the same order), never a local
        identifier (SPEC.md section 3: never printed).
        """
        start, end = self.current_range()
        site = self.site_combo.currentData()
        visits = self.shown_visits()
        overdue = sum(1 for v in visits if v.overdue)
        protocol = self._session.protocol
        study = protocol.name + (f" ({protocol.registration})"
                                 if protocol.registration not in ("", "-") else "")
        where = (self.tr("site {site}").format(site=site) if site else self.tr("all sites"))
        printed = format_datetime(self._session.now())
        period = (format_date(start) if start == end else
                  self.tr("{start} to {end}").format(start=format_date(start),
                                                     end=format_date(end)))
        summary = self.tr("{count} visit(s) to draw").format(count=len(visits))
        if overdue:
            summary += self.tr(", of which {count} overdue (window already passed: draw or "
                               "record why not)").format(count=overdue)
        headers = ["✓", self.tr("Code"), self.tr("Visit"), self.tr("Site"), self.tr("Target"),
                   self.tr("Window"), self.tr("Tubes to draw"), self.tr("Drawn at"),
                   self.tr("Initials")]
        widths = (3, 10, 9, 5, 9, 17, 32, 8, 7)
        head = "".join(f'<th width="{w}%" align="left">{escape(h)}</th>'
                       for h, w in zip(headers, widths, strict=True))
        body = []
        for visit in visits:
            label = escape(visit.visit)
            if visit.overdue:
                label += ' <b><font color="#b03a2e">' + escape(self.tr("OVERDUE")) + \
                    "</font></b>"
            cells = [
                "☐", f"<b>{escape(visit.code)}</b>", label, escape(visit.site),
                format_date(visit.target_date),
                f"{format_date(visit.window_start)} – {format_date(visit.window_end)}",
                "<br>".join(escape(t) for t in visit.tubes), "", "",
            ]
            body.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
        if not body:
            nothing = self.tr("Nothing is due.")
            body.append(f'<tr><td colspan="9">{escape(nothing)}</td></tr>')
        # The texts are translated outside the f-string: lupdate does not look inside one.
        title = self.tr("Draw list")
        instructions = self.tr(
            "Tick each line when the tubes are drawn and write the draw time; register the "
            "collection in BioTrack the same day.")
        footer = self.tr("Printed {when} by {user}. Coded data only.").format(
            when=printed, user=self._session.user.username)
        html = f"""
<h2>{escape(title)}</h2>
<p>{escape(study)} &nbsp;·&nbsp; {escape(period)} &nbsp;·&nbsp; {escape(where)}</p>
<p><small>{escape(summary)}. {escape(instructions)}</small></p>
<table width="100%" border="1" cellspacing="0" cellpadding="6"
       style="border-collapse: collapse; border-color: #999999;">
<thead><tr style="background-color: #e8eef4;">{head}</tr></thead>
<tbody>{"".join(body)}</tbody>
</table>
<p><small>{escape(footer)}</small></p>
"""
        document = QTextDocument()
        document.setDocumentMargin(0)
        font = document.defaultFont()
        font.setPointSizeF(9)
        document.setDefaultFont(font)
        document.setHtml(html)
        document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle,
                                    self.tr("Draw list {period}").format(period=period))
        return document
