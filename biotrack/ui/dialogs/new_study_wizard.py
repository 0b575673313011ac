"""The new-study wizard: the file, the study's sites, the first freezer, the first manager.

A lab that installs BioTrack for a real study must not start from the demo data and delete it
(issue 9, point 4). Three pages ask what ``biotrack init`` takes from the protocol file's
defaults: which of the protocol's sites this database serves, the layout of the first freezer
(the same Layout that services.storage.add_freezer takes, prefilled from the protocol) and the
first manager account, whose password is typed twice because nobody can recover it.

Nothing is written until Finish; then services.app_context.create_database builds the whole
database in one step that either succeeds or leaves no file (in a worker while the disabled
wizard waits, ui.workers.run_while_waiting), and a refusal (a short password, a bad freezer
code) is shown as one message with the wizard still open. Testable without
exec() (STYLE.md practice 7): ``create()`` does what Finish does; ``ask()`` is the one
blocking call.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from biotrack.errors import QT_TRANSLATE_NOOP, BioTrackError, UserError
from biotrack.protocol import Protocol
from biotrack.services import app_context, setup, storage
from biotrack.ui.interaction import Interaction
from biotrack.ui.workers import run_while_waiting

BOX_TYPES = ("serum", "buffy")


class NewStudyWizard(QWizard):
    """Collects the new study's file, sites, freezer and manager; Finish creates the file."""

    def __init__(self, path: Path, interaction: Interaction,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._interaction = interaction
        self.protocol: Protocol = app_context.protocol_for(path)
        #: The database file once created; None until Finish succeeded.
        self.created_path: Path | None = None
        self.setObjectName("new_study_wizard")
        self.setWindowTitle(self.tr("Create a new study database"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumWidth(560)
        self.study_page = StudyPage(self.protocol, path)
        self.freezer_page = FreezerPage(setup.default_layout(self.protocol))
        self.manager_page = ManagerPage(interaction)
        for page in (self.study_page, self.freezer_page, self.manager_page):
            self.addPage(page)

    @property
    def username(self) -> str:
        return self.manager_page.username_edit.text().strip()

    def accept(self) -> None:
        """Finish: create the database; the wizard stays open when it is refused."""
        if self.create():
            super().accept()

    def create(self) -> bool:
        """Create the database from the pages; one message and no file on refusal."""
        if not self.manager_page.validatePage():
            return False
        path = self.study_page.path()
        if path is None:
            self._interaction.report(
                self, UserError(QT_TRANSLATE_NOOP("Messages",
                                                  "Choose the file for the new database.")),
                self.tr("The database was not created"))
            return False
        username, password = self.username, self.manager_page.password_edit.text()
        protocol_id, sites = self.protocol.id, self.study_page.site_codes()
        layout = self.freezer_page.freezer_layout()

        def create() -> None:  # in a worker: its own connection, closed there
            session = app_context.create_database(path, username, password,
                                                  protocol_id=protocol_id, sites=sites,
                                                  layout=layout)
            session.db.close()

        # About a second (the password hash, every box): in a worker, so the window keeps
        # painting; the wizard is disabled meanwhile so Finish cannot be pressed twice.
        self.setEnabled(False)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        refusal: BioTrackError | None = None
        try:
            run_while_waiting(create)
        except BioTrackError as exc:
            refusal = exc
        finally:
            QApplication.restoreOverrideCursor()
            self.setEnabled(True)
        if refusal is not None:
            self._interaction.report(self, refusal, self.tr("The database was not created"))
            return False
        self.created_path = path
        return True

    @classmethod
    def ask(cls, path: Path, interaction: Interaction,
            parent: QWidget | None = None) -> tuple[Path, str] | None:
        """Run the wizard; (database file, manager's user name), or None if cancelled."""
        wizard = cls(path, interaction, parent)
        if wizard.exec() and wizard.created_path is not None:
            return wizard.created_path, wizard.username
        return None


class StudyPage(QWizardPage):
    """Where the file goes and which of the protocol's sites this database serves."""

    def __init__(self, protocol: Protocol, path: Path) -> None:
        super().__init__()
        self.setTitle(self.tr("The study"))
        self.setSubTitle(self.tr("{study}: choose the sites this database serves.").format(
            study=protocol.name))
        self.path_edit = QLineEdit(str(path))
        self.path_edit.setObjectName("database_path")
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.setObjectName("browse_database_path")
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        self.sites_list = QListWidget()
        self.sites_list.setObjectName("sites")
        for site in protocol.sites:
            item = QListWidgetItem(f"{site.code} — {site.name}")
            item.setData(Qt.ItemDataRole.UserRole, site.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.sites_list.addItem(item)
        form = QFormLayout()
        form.addRow(self.tr("Database &file:"), path_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        sites_label = QLabel(self.tr("&Sites of the study (a participant's code starts with "
                                     "its site's code):"))
        sites_label.setWordWrap(True)
        sites_label.setBuddy(self.sites_list)
        layout.addWidget(sites_label)
        layout.addWidget(self.sites_list, 1)
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        self.path_edit.textChanged.connect(self.completeChanged)
        self.sites_list.itemChanged.connect(self.completeChanged)

    def path(self) -> Path | None:
        text = self.path_edit.text().strip()
        return Path(text).expanduser() if text else None

    def site_codes(self) -> list[str]:
        return [self.sites_list.item(row).data(Qt.ItemDataRole.UserRole)
                for row in range(self.sites_list.count())
                if self.sites_list.item(row).checkState() == Qt.CheckState.Checked]

    def isComplete(self) -> bool:
        return self.path() is not None and bool(self.site_codes())

    def ask_file(self, start: Path) -> Path | None:
        """The save-file chooser; None when cancelled. Tests replace this method."""
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("New database file"), str(start),
            self.tr("BioTrack databases (*.sqlite3 *.db);;All files (*)"))
        return Path(name) if name else None

    def _on_browse_button_clicked(self) -> None:
        chosen = self.ask_file(self.path() or Path.home())
        if chosen is not None:
            self.path_edit.setText(str(chosen))


class FreezerPage(QWizardPage):
    """The first freezer: code, name, shelves, racks, boxes, box size, box type per rack."""

    def __init__(self, default: storage.Layout) -> None:
        super().__init__()
        self._default = default
        self.setTitle(self.tr("The first freezer"))
        self.setSubTitle(self.tr("More freezers can be added later under Freezers."))
        self.code_edit = QLineEdit(default.code)
        self.code_edit.setObjectName("freezer_code")
        self.name_edit = QLineEdit(default.name)
        self.name_edit.setObjectName("freezer_name")
        self.location_edit = QLineEdit(default.location)
        self.location_edit.setObjectName("freezer_location")
        self.shelves_spin = _spin("shelves", 1, 50, default.shelves)
        self.racks_spin = _spin("racks_per_shelf", 1, 50, default.racks_per_shelf)
        self.boxes_spin = _spin("boxes_per_rack", 1, 50, default.boxes_per_rack)
        self.rows_spin = _spin("box_rows", 1, 26, default.box_rows)
        self.cols_spin = _spin("box_cols", 1, 99, default.box_cols)
        box_size = QHBoxLayout()
        box_size.addWidget(self.rows_spin)
        box_size.addWidget(QLabel("×"))
        box_size.addWidget(self.cols_spin)
        box_size.addStretch(1)
        self.types_row = QHBoxLayout()
        self.type_combos: list[QComboBox] = []
        form = QFormLayout(self)
        form.addRow(self.tr("&Code:"), self.code_edit)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Location:"), self.location_edit)
        form.addRow(self.tr("&Shelves:"), self.shelves_spin)
        form.addRow(self.tr("&Racks per shelf:"), self.racks_spin)
        form.addRow(self.tr("&Boxes per rack:"), self.boxes_spin)
        form.addRow(self.tr("Box rows × columns:"), box_size)
        form.addRow(self.tr("Box type of each rack:"), self.types_row)
        self._set_rack_count(default.racks_per_shelf)
        self.racks_spin.valueChanged.connect(self._set_rack_count)

    def _set_rack_count(self, count: int) -> None:
        """One box-type choice per rack of a shelf; the ones already chosen are kept."""
        while len(self.type_combos) > count:
            combo = self.type_combos.pop()
            self.types_row.removeWidget(combo)
            combo.deleteLater()
        names = {"serum": self.tr("serum"), "buffy": self.tr("buffy coat")}
        while len(self.type_combos) < count:
            number = len(self.type_combos)
            combo = QComboBox()
            combo.setObjectName(f"rack_type_{number + 1}")
            combo.setToolTip(self.tr("Rack R{number}").format(number=number + 1))
            for box_type in BOX_TYPES:
                combo.addItem(names[box_type], box_type)
            default = (self._default.rack_box_types[number]
                       if number < len(self._default.rack_box_types) else "serum")
            combo.setCurrentIndex(max(combo.findData(default), 0))
            self.type_combos.append(combo)
            self.types_row.addWidget(combo)

    def freezer_layout(self) -> storage.Layout:
        """The freezer as filled in (checked by services.storage.add_freezer on Finish)."""
        return storage.Layout(
            code=self.code_edit.text().strip(), name=self.name_edit.text().strip(),
            location=self.location_edit.text().strip(), set_point_c=self._default.set_point_c,
            shelves=self.shelves_spin.value(), racks_per_shelf=self.racks_spin.value(),
            boxes_per_rack=self.boxes_spin.value(),
            rack_box_types=tuple(combo.currentData() for combo in self.type_combos),
            box_rows=self.rows_spin.value(), box_cols=self.cols_spin.value())


class ManagerPage(QWizardPage):
    """The first manager account; the password typed twice, checked before Finish."""

    def __init__(self, interaction: Interaction) -> None:
        super().__init__()
        self._interaction = interaction
        self.setTitle(self.tr("The first manager"))
        self.setSubTitle(self.tr("This account adds the other users. Nobody can recover a "
                                 "forgotten password: keep it safe."))
        self.username_edit = QLineEdit("admin")
        self.username_edit.setObjectName("manager_username")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("manager_password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setObjectName("manager_password_repeat")
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout(self)
        form.addRow(self.tr("&User name:"), self.username_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        form.addRow(self.tr("&Repeat the password:"), self.repeat_edit)

    def validatePage(self) -> bool:
        if not self.username_edit.text().strip() or not self.password_edit.text():
            self._interaction.show_error(self, self.tr("The first manager"),
                                         self.tr("Enter a user name and a password."))
            return False
        if self.password_edit.text() != self.repeat_edit.text():
            self._interaction.show_error(self, self.tr("The first manager"),
                                         self.tr("The two passwords differ: type them again."))
            self.repeat_edit.clear()
            self.repeat_edit.setFocus()
            return False
        return True


def _spin(name: str, low: int, high: int, value: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setRange(low, high)
    spin.setValue(value)
    return spin
