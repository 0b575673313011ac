"""The OK/Cancel row every BioTrack dialog ends with, built in one place.

Each dialog names its OK button after what it does ("Add user", "Move") and decides what OK
runs (accept, or a service call that keeps the dialog open on refusal); Cancel always rejects.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox


def ok_cancel(dialog: QDialog, ok_text: str,
              on_ok: Callable[[], None] | None = None) -> QDialogButtonBox:
    """An OK/Cancel box whose OK reads ``ok_text`` and runs ``on_ok`` (default: accept)."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.accepted.connect(on_ok or dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
