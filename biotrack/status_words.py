"""The stored status values as words inside a message, in the reader's language.

The database keeps ``in_storage``, ``lost_to_follow_up``, ``received_back``: stable English
identifiers that the CLI, the exports and --json print as they are. Inside a sentence
("BT00000042 is checked out, not in storage") the word must read in the reader's language
like the rest of the sentence, so a refusal passes ``status=status_word(aliquot.status)``
instead of the bare value: a Message that reads "checked out" in English and is translated
where the error is shown (biotrack.errors). An unknown value reads as stored, underscores as
spaces, never hidden.
"""

from __future__ import annotations

from biotrack.errors import QT_TRANSLATE_NOOP, Message

_WORDS = {
    # participants
    "active": QT_TRANSLATE_NOOP("Messages", "active"),
    "completed": QT_TRANSLATE_NOOP("Messages", "completed"),
    "withdrawn": QT_TRANSLATE_NOOP("Messages", "withdrawn"),
    "deceased": QT_TRANSLATE_NOOP("Messages", "deceased"),
    "lost_to_follow_up": QT_TRANSLATE_NOOP("Messages", "lost to follow up"),
    # visits
    "planned": QT_TRANSLATE_NOOP("Messages", "planned"),
    "collected": QT_TRANSLATE_NOOP("Messages", "collected"),
    "missed": QT_TRANSLATE_NOOP("Messages", "missed"),
    "not_applicable": QT_TRANSLATE_NOOP("Messages", "not applicable"),
    # tubes
    "unplaced": QT_TRANSLATE_NOOP("Messages", "unplaced"),
    "in_storage": QT_TRANSLATE_NOOP("Messages", "in storage"),
    "checked_out": QT_TRANSLATE_NOOP("Messages", "checked out"),
    "consumed": QT_TRANSLATE_NOOP("Messages", "consumed"),
    "shipped": QT_TRANSLATE_NOOP("Messages", "shipped"),
    "discarded": QT_TRANSLATE_NOOP("Messages", "discarded"),
    "missing": QT_TRANSLATE_NOOP("Messages", "missing"),
    # shipments
    "draft": QT_TRANSLATE_NOOP("Messages", "draft"),
    "dispatched": QT_TRANSLATE_NOOP("Messages", "dispatched"),
    "received_back": QT_TRANSLATE_NOOP("Messages", "received back"),
    "cancelled": QT_TRANSLATE_NOOP("Messages", "cancelled"),
    # pull lists (and "cancelled" above)
    "open": QT_TRANSLATE_NOOP("Messages", "open"),
    "closed": QT_TRANSLATE_NOOP("Messages", "closed"),
}


def status_word(status: str) -> Message:
    """The status as a word in a sentence: "checked out" (and its translation)."""
    return Message(_WORDS.get(status, status.replace("_", " ")))
