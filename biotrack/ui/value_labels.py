"""How the stored enumerated values read on screen, in the interface's language.

The database keeps words like ``dispatched``, ``serum`` or ``rack`` (stable, English, what the
CLI and the exports print); the GUI shows them through these tables so that a Spanish screen
does not mix in English data words. An unknown value is shown as stored, never hidden.

The study protocol's own texts (sample types, tubes, cohorts, criteria...) are study data, not
program text: the protocol file carries their translations (``[translations.es]``) and
``protocol_text`` picks the one of the interface language.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP

from biotrack.errors import Message
from biotrack.protocol import Protocol
from biotrack.services.due import DueVisit
from biotrack.ui import i18n
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


def interface_language() -> str:
    """The language the screen is in ("en", "es"): biotrack.ui.i18n.current_language."""
    return i18n.current_language()


def protocol_text(protocol: Protocol, english: str) -> str:
    """A display text of the study protocol (sample type, tube, cohort, visit, criterion,
    deviation...) in the interface language, from the protocol file's own translations;
    English when the file has none. What is stored stays the English text."""
    return protocol.text(english, interface_language())


def sample_type_label(protocol: Protocol, sample_type: str) -> str:
    """The on-screen name of a sample type id ("buffy_coat" -> "Capa leucocitaria")."""
    known = protocol.sample_types.get(sample_type)
    if known is None:
        return sample_type.replace("_", " ")
    return protocol_text(protocol, known.label)


def sample_type_labels(protocol: Protocol) -> dict[str, str]:
    """Every sample type id of the protocol -> its on-screen name."""
    return {key: protocol_text(protocol, t.label) for key, t in protocol.sample_types.items()}


def due_visits_on_screen(protocol: Protocol, visits: Iterable[DueVisit]) -> list[DueVisit]:
    """Due visits as the screen shows them: the tubes to draw and the aliquots' sample types
    in the interface language. Only for showing (and printing from the screen): the service's
    rows, the database and the tube labels keep the protocol's English."""
    return [dataclasses.replace(
        visit,
        tubes=tuple(protocol_text(protocol, tube) for tube in visit.tubes),
        samples=tuple({**sample, "sample_type": sample_type_label(protocol, sample["sample_type"])}
                      for sample in visit.samples),
    ) for visit in visits]


#: The descriptions of the label templates BioTrack ships (resources/labels/*.toml), marked
#: here so that lupdate finds them; a site's own template is shown as its file writes it.
TEMPLATE_CONTEXT = "LabelTemplates"
SHIPPED_TEMPLATE_DESCRIPTIONS = (
    QT_TRANSLATE_NOOP("LabelTemplates", "38 x 13 mm cryovial roll label (thermal printer): "
                                        "Data Matrix + 3 text lines"),
    QT_TRANSLATE_NOOP("LabelTemplates", "13 x 10 mm cryovial cap label: small Data Matrix + "
                                        "the short ID"),
    QT_TRANSLATE_NOOP("LabelTemplates", "A4 sheet, 5 x 17 labels of 38 x 16.9 mm (laser "
                                        "printer): Code 128 + 3 text lines"),
)


def template_description(description: str) -> str:
    """A label template's description in the interface language when it is one of the
    shipped templates' (the catalogue has it), else as the template file writes it."""
    return translate(TEMPLATE_CONTEXT, description) if description else description


def message_on_screen(protocol: Protocol, message: Message) -> Message:
    """A service's Message with its sample type named as the screen names it.

    A service writes a sample type into a sentence as the protocol's English id ("short draw:
    4 of 6 serum") and passes the id itself as the field ``sample_type``; on screen the
    ``sample`` field becomes the protocol's name in the interface language ("Suero"). Show
    the result with i18n.error_text; any other Message is returned unchanged.
    """
    sample_type = message.fields.get("sample_type")
    if not isinstance(sample_type, str) or "sample" not in message.fields:
        return message
    return Message(message.template, **{**message.fields,
                                        "sample": sample_type_label(protocol, sample_type)})
