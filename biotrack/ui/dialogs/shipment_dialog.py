"""New shipment: where it goes, with whom, when, and what the package declares.

The fields are those of services.shipments.ShipmentDetails: destination (required), courier,
tracking number, ship date, the UN3373 "Biological substance, Category B" declaration (on by
default: every human sample shipped for research is UN3373 unless exempt) and the dry ice in
kg that UN1845 declares (0: none). OK creates the draft through the service; a refusal is
shown once and the dialog stays open to be corrected (FormDialog). Tubes are added afterwards
on the Shipments page.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QDoubleSpinBox, QLineEdit, QPlainTextEdit, QWidget

from biotrack.services import shipments
from biotrack.services.context import Session
from biotrack.ui.dialogs.form_dialog import FormDialog, date_edit
from biotrack.ui.interaction import Interaction


class ShipmentDialog(FormDialog):
    """The draft's header fields; ``result_value`` is the created Shipment."""

    def __init__(self, session: Session, interaction: Interaction,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, interaction, self.tr("New shipment"), self.tr(
            "A draft shipment gets the next code (SHP-year-number). Add its tubes next, save "
            "the manifest, then dispatch it: dispatching marks every tube shipped."), parent)
        self.setObjectName("shipment_dialog")
        self.destination_edit = QLineEdit()
        self.destination_edit.setObjectName("destination")
        self.destination_edit.setPlaceholderText(self.tr("receiving laboratory and address"))
        self.courier_edit = QLineEdit()
        self.courier_edit.setObjectName("courier")
        self.tracking_edit = QLineEdit()
        self.tracking_edit.setObjectName("tracking")
        self.tracking_edit.setPlaceholderText(self.tr("optional; can also be given at dispatch"))
        self.date_edit = date_edit(self.today())
        self.date_edit.setObjectName("ship_date")
        self.un3373_check = QCheckBox(self.tr("UN3373 Biological substance, Category B"))
        self.un3373_check.setObjectName("un3373")
        self.un3373_check.setChecked(True)
        self.dry_ice_spin = QDoubleSpinBox()
        self.dry_ice_spin.setObjectName("dry_ice_kg")
        self.dry_ice_spin.setRange(0.0, shipments.MAX_DRY_ICE_KG)
        self.dry_ice_spin.setDecimals(1)
        self.dry_ice_spin.setSingleStep(0.5)
        self.dry_ice_spin.setSuffix(self.tr(" kg"))
        self.dry_ice_spin.setSpecialValueText(self.tr("none"))
        self.dry_ice_spin.setToolTip(self.tr("Dry ice in the package, declared as UN1845"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("notes")
        self.notes_edit.setFixedHeight(60)
        self.form.addRow(self.tr("&Destination:"), self.destination_edit)
        self.form.addRow(self.tr("&Courier:"), self.courier_edit)
        self.form.addRow(self.tr("&Tracking number:"), self.tracking_edit)
        self.form.addRow(self.tr("Ship &date:"), self.date_edit)
        self.form.addRow(self.tr("Declare:"), self.un3373_check)
        self.form.addRow(self.tr("Dry &ice (UN1845):"), self.dry_ice_spin)
        self.form.addRow(self.tr("&Notes:"), self.notes_edit)
        self.ok_button.setText(self.tr("Create draft"))
        self.destination_edit.setFocus()

    def details(self) -> shipments.ShipmentDetails:
        day = self.date_edit.date()
        kg = self.dry_ice_spin.value()
        return shipments.ShipmentDetails(
            destination=self.destination_edit.text(), courier=self.courier_edit.text(),
            tracking=self.tracking_edit.text(),
            ship_date=date(day.year(), day.month(), day.day()),
            un3373=self.un3373_check.isChecked(), dry_ice_kg=kg if kg > 0 else None,
            notes=self.notes_edit.toPlainText())

    def perform(self) -> shipments.Shipment:
        return shipments.create(self._session, self.details())

    def refusal_title(self) -> str:
        return self.tr("Shipment not created")
