"""The Preferences tab of Settings: the settings declared in biotrack.settings, as a form.

Each setting is declared once with its key, default and help (STYLE.md practice 11); this tab
shows one field per declared setting, with the help as its tooltip, and stores the values in
the QSettings it was given (per PC and per Windows account, not in the database: the site of
this PC or its label printer are facts about the PC). Nothing is written until Save, so a
half-edited form never takes effect; the printer choice is checked by services.admin first.
The language is read once, at start-up (biotrack.ui.i18n): a new choice applies from the next
start, as the note under the form says.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from biotrack import settings as declared
from biotrack.errors import BioTrackError
from biotrack.labels.templates import load_template, template_names
from biotrack.services import admin, overview
from biotrack.services.context import Session
from biotrack.ui.interaction import Interaction
from biotrack.ui.value_labels import template_description

#: (stored value, name shown): a language is always shown in its own language.
LANGUAGES = (("en", "English"), ("es", "Español"))

#: The help of every declared setting, word for word, marked for lupdate: biotrack.settings
#: holds no Qt, so its English texts are translated here (tests/unit/ui/test_translations.py
#: checks that each declared help is in the catalogue).
SETTING_HELP = (
    QT_TRANSLATE_NOOP("PreferencesPanel", "Folder for the automatic daily backup (empty: "
                      "'backups' in BioTrack's data folder)"),
    QT_TRANSLATE_NOOP("PreferencesPanel", "How many days of daily backups to keep"),
    QT_TRANSLATE_NOOP("PreferencesPanel", "Default label template"),
    QT_TRANSLATE_NOOP("PreferencesPanel", "Where labels go: 'pdf', a print queue, or "
                      "'zebra:HOST:PORT'"),
    QT_TRANSLATE_NOOP("PreferencesPanel", "Site code of this PC (filters the due list by "
                      "default)"),
    QT_TRANSLATE_NOOP("PreferencesPanel", "Language of the interface (empty: the system's)"),
)


class PreferencesPanel(QWidget):
    """One field per declared setting; Save stores them, Revert reads them back."""

    #: The preferences were stored.
    preferences_saved = Signal()

    def __init__(self, session: Session, interaction: Interaction, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._interaction = interaction
        self._settings = settings
        self.setObjectName("preferences_panel")

        # -- backups -----------------------------------------------------------------------------
        self.backup_folder_edit = QLineEdit()
        self.backup_folder_edit.setObjectName("backup_folder")
        self.backup_folder_edit.setPlaceholderText(str(declared.default_backup_folder()))
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.setObjectName("browse_backup_folder")
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.backup_folder_edit, 1)
        folder_row.addWidget(self.browse_button)
        self.keep_days_spin = QSpinBox()
        self.keep_days_spin.setObjectName("keep_days")
        self.keep_days_spin.setRange(1, 3650)
        self.keep_days_spin.setSuffix(self.tr(" days"))

        # -- labels ------------------------------------------------------------------------------
        self.template_combo = _combo("label_template")
        for name in template_names():
            try:
                description = template_description(load_template(name).description)
            except BioTrackError:  # a malformed template: listed, the print panel says why
                description = ""
            self.template_combo.addItem(f"{name} — {description}" if description else name,
                                        name)
        self.printer_combo = _combo("printer_kind")
        self.printer_combo.addItem(self.tr("PDF file"), admin.PDF)
        self.printer_combo.addItem(self.tr("System printer"), admin.QUEUE)
        self.printer_combo.addItem(self.tr("Zebra printer on the network"), admin.ZEBRA)
        self.printer_edit = QLineEdit()
        self.printer_edit.setObjectName("printer_detail")
        printer_row = QHBoxLayout()
        printer_row.addWidget(self.printer_combo)
        printer_row.addWidget(self.printer_edit, 1)

        # -- this PC -----------------------------------------------------------------------------
        self.site_combo = _combo("site")
        self.site_combo.addItem(self.tr("(no site: show all)"), "")
        try:
            for code in overview.site_codes(session):
                self.site_combo.addItem(code, code)
        except BioTrackError as exc:
            interaction.report(self, exc, self.tr("Preferences"))
        self.language_combo = _combo("language")
        self.language_combo.addItem(self.tr("The system's language"), "")
        for code, name in LANGUAGES:
            self.language_combo.addItem(name, code)

        form = QFormLayout()
        form.addRow(self._label(self.tr("Backup &folder:"), self.backup_folder_edit,
                                declared.BACKUP_FOLDER), folder_row)
        form.addRow(self._label(self.tr("&Keep daily backups:"), self.keep_days_spin,
                                declared.BACKUP_KEEP_DAYS), self.keep_days_spin)
        form.addRow(self._label(self.tr("Default label &template:"), self.template_combo,
                                declared.LABEL_TEMPLATE), self.template_combo)
        form.addRow(self._label(self.tr("Label &printer:"), self.printer_combo,
                                declared.LABEL_PRINTER), printer_row)
        form.addRow(self._label(self.tr("&Site of this PC:"), self.site_combo,
                                declared.SITE), self.site_combo)
        form.addRow(self._label(self.tr("&Language:"), self.language_combo,
                                declared.LANGUAGE), self.language_combo)
        note = QLabel(self.tr(
            "These preferences belong to this PC and this account, not to the database. A new "
            "language applies from the next start."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")

        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("save_preferences")
        self.revert_button = QPushButton(self.tr("Re&vert"))
        self.revert_button.setObjectName("revert_preferences")
        self.revert_button.setToolTip(self.tr("Show the stored values again"))
        self.defaults_button = QPushButton(self.tr("&Defaults"))
        self.defaults_button.setObjectName("default_preferences")
        self.defaults_button.setToolTip(self.tr("Fill in the default values (Save stores them)"))
        self.status_label = QLabel()
        self.status_label.setObjectName("preferences_status")
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.defaults_button)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addLayout(buttons)
        layout.addStretch(1)

        self.printer_combo.currentIndexChanged.connect(self._on_printer_combo_changed)
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.revert_button.clicked.connect(self.load)
        self.defaults_button.clicked.connect(self._on_defaults_button_clicked)
        self.load()

    def _label(self, text: str, buddy: QWidget, setting: declared.Setting) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        help_text = self.tr(setting.help)  # marked in SETTING_HELP
        label.setToolTip(help_text)
        buddy.setToolTip(help_text)
        return label

    # -- reading and writing ---------------------------------------------------------------------

    def _stored(self, setting: declared.Setting) -> object:
        return self._settings.value(setting.key, setting.default)

    def load(self) -> None:
        """Fill the form from the stored settings (defaults where nothing is stored)."""
        self._fill({setting.key: self._stored(setting) for setting in declared.SETTINGS})
        self.status_label.setText("")

    def _on_defaults_button_clicked(self) -> None:
        self._fill({setting.key: setting.default for setting in declared.SETTINGS})
        self.status_label.setText(self.tr("Defaults filled in: Save to keep them."))

    def _fill(self, values: dict[str, object]) -> None:
        self.backup_folder_edit.setText(str(values[declared.BACKUP_FOLDER.key] or ""))
        self.keep_days_spin.setValue(declared.keep_days(values[declared.BACKUP_KEEP_DAYS.key]))
        _choose(self.template_combo, values[declared.LABEL_TEMPLATE.key],
                declared.LABEL_TEMPLATE.default)
        printer = admin.parse_printer(values[declared.LABEL_PRINTER.key])
        _choose(self.printer_combo, printer.kind, admin.PDF)
        self.printer_edit.setText(printer.detail)
        self._on_printer_combo_changed(self.printer_combo.currentIndex())
        _choose(self.site_combo, values[declared.SITE.key], "")
        _choose(self.language_combo, values[declared.LANGUAGE.key], "")

    def values(self) -> dict[str, str | int]:
        """The form as setting key -> value; a UserError if the printer cannot work."""
        return {
            declared.BACKUP_FOLDER.key: self.backup_folder_edit.text().strip(),
            declared.BACKUP_KEEP_DAYS.key: self.keep_days_spin.value(),
            declared.LABEL_TEMPLATE.key: self.template_combo.currentData() or "",
            declared.LABEL_PRINTER.key: admin.printer_setting(
                self.printer_combo.currentData(), self.printer_edit.text()),
            declared.SITE.key: self.site_combo.currentData() or "",
            declared.LANGUAGE.key: self.language_combo.currentData() or "",
        }

    def _on_save_button_clicked(self) -> None:
        self.save()

    def save(self) -> bool:
        """Store every field; one message and nothing stored if a value cannot work."""
        try:
            values = self.values()
        except BioTrackError as exc:
            self._interaction.report(self, exc, self.tr("Preferences not saved"))
            return False
        for key, value in values.items():
            self._settings.setValue(key, value)
        self._settings.sync()
        self._fill(values)  # shows the stored form, e.g. the Zebra port that was added
        self.status_label.setText(self.tr("Saved."))
        self.preferences_saved.emit()
        return True

    # -- fields ----------------------------------------------------------------------------------

    def _on_printer_combo_changed(self, _index: int) -> None:
        kind = self.printer_combo.currentData()
        self.printer_edit.setEnabled(kind != admin.PDF)
        self.printer_edit.setPlaceholderText({
            admin.PDF: self.tr("labels are saved as PDF files"),
            admin.QUEUE: self.tr("name of the print queue"),
            admin.ZEBRA: self.tr("HOST:PORT, e.g. 192.168.1.50:9100"),
        }.get(kind, ""))
        if kind == admin.PDF:
            self.printer_edit.clear()

    def ask_folder(self, start: Path) -> Path | None:
        """The folder chooser; None when cancelled. Tests replace this method."""
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), str(start))
        return Path(folder) if folder else None

    def _on_browse_button_clicked(self) -> None:
        start = declared.backup_folder(self.backup_folder_edit.text())
        folder = self.ask_folder(start if start.is_dir() else Path.home())
        if folder is not None:
            self.backup_folder_edit.setText(str(folder))


def _combo(name: str) -> QComboBox:
    """A combo box that may be narrower than its longest entry (the window can be small)."""
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(14)
    return combo


def _choose(combo: QComboBox, value: object, default: object) -> None:
    index = combo.findData(str(value) if value is not None else "")
    if index < 0:
        index = combo.findData(default)
    combo.setCurrentIndex(max(index, 0))
