"""How the stored enumerated values read on screen, in the interface's language.

The database keeps words like ``dispatched``, ``serum`` or ``rack`` (stable, English, what the
CLI and the exports print); the GUI shows them through these tables so that a Spanish screen
does not mix in English data words. An unknown value is shown as stored, never hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from biotrack.ui.i18n import translate

CONTEXT = "Values"

_LABELS = {
    # shipments
    "draft": QT_TRANSLATE_NOOP("Values", "draft"),
    "dispatched": QT_TRANSLATE_NOOP("Values", "dispatched"),
    "received_back": QT_TRANSLATE_NOOP("Values", "received back"),
    "cancelled": QT_TRANSLATE_NOOP("Values", "cancelled"),
    # box types
    "serum": QT_TRANSLATE_NOOP("Values", "serum"),
    "buffy": QT_TRANSLATE_NOOP("Values", "buffy coat"),
    # levels of the freezer tree
    "freezer": QT_TRANSLATE_NOOP("Values", "freezer"),
    "shelf": QT_TRANSLATE_NOOP("Values", "shelf"),
    "rack": QT_TRANSLATE_NOOP("Values", "rack"),
    "box": QT_TRANSLATE_NOOP("Values", "box"),
}


def value_label(value: str | None) -> str:
    """The on-screen word for a stored value ("" for None)."""
    if value is None:
        return ""
    label = _LABELS.get(value)
    return translate(CONTEXT, label) if label else value.replace("_", " ")
