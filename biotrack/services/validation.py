"""Checks on free text and numbers typed by people: one clear message per bad value."""

from __future__ import annotations

from biotrack.errors import QT_TRANSLATE_NOOP, Message, UserError

#: The names of the checked fields as the sentences say them ("reason is required"): marked so
#: that the reader's language names the field too ("motivo: campo obligatorio"), not only the
#: sentence around it. A name not listed reads as given. str() of the error is unchanged.
FIELD_NAMES = {name: Message(name) for name in (
    QT_TRANSLATE_NOOP("Messages", "reason"),
    QT_TRANSLATE_NOOP("Messages", "notes"),
    QT_TRANSLATE_NOOP("Messages", "note"),
    QT_TRANSLATE_NOOP("Messages", "purpose"),
    QT_TRANSLATE_NOOP("Messages", "destination"),
    QT_TRANSLATE_NOOP("Messages", "courier"),
    QT_TRANSLATE_NOOP("Messages", "tracking number"),
    QT_TRANSLATE_NOOP("Messages", "location"),
    QT_TRANSLATE_NOOP("Messages", "freezer name"),
    QT_TRANSLATE_NOOP("Messages", "local identifier"),
    QT_TRANSLATE_NOOP("Messages", "diagnosis"),
    QT_TRANSLATE_NOOP("Messages", "deviation"),
    QT_TRANSLATE_NOOP("Messages", "deviations"),
    QT_TRANSLATE_NOOP("Messages", "drawn by"),
    QT_TRANSLATE_NOOP("Messages", "processed by"),
    QT_TRANSLATE_NOOP("Messages", "irAE type"),
    QT_TRANSLATE_NOOP("Messages", "shelves"),
    QT_TRANSLATE_NOOP("Messages", "racks per shelf"),
    QT_TRANSLATE_NOOP("Messages", "boxes per rack"),
    QT_TRANSLATE_NOOP("Messages", "box rows"),
    QT_TRANSLATE_NOOP("Messages", "box columns"),
    QT_TRANSLATE_NOOP("Messages", "number of boxes"),
    QT_TRANSLATE_NOOP("Messages", "number of positions"),
    QT_TRANSLATE_NOOP("Messages", "the most moves"),
)}


def _field(what: str) -> Message | str:
    """The field's name as a Message the reader's language translates; English as given."""
    return FIELD_NAMES.get(what, what)


def check_text(value: str | None, what: str, max_length: int) -> str:
    """Required text: non-blank, printable, at most ``max_length`` characters."""
    text = (value or "").strip()
    if not text:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "{what} is required"), what=_field(what))
    return _checked(text, what, max_length)


def optional_text(value: str | None, what: str, max_length: int) -> str | None:
    text = (value or "").strip()
    return _checked(text, what, max_length) if text else None


def _checked(text: str, what: str, max_length: int) -> str:
    if len(text) > max_length:
        raise UserError(QT_TRANSLATE_NOOP("Messages",
                                          "{what} is too long ({length} characters, at most "
                                          "{most})"),
                        what=_field(what), length=len(text), most=max_length)
    if any(not ch.isprintable() and ch not in "\n\t" for ch in text):
        raise UserError(QT_TRANSLATE_NOOP("Messages", "{what} contains control characters"),
                        what=_field(what))
    return text


def check_count(value: int, what: str, minimum: int, maximum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not minimum <= value <= maximum:
        raise UserError(QT_TRANSLATE_NOOP("Messages",
                                          "{what} must be between {least} and {most}, not {value}"),
                        what=_field(what), least=minimum, most=maximum, value=repr(value))
    return value
