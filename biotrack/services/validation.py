"""Checks on free text and numbers typed by people: one clear message per bad value."""

from __future__ import annotations

from biotrack.errors import QT_TRANSLATE_NOOP, UserError


def check_text(value: str | None, what: str, max_length: int) -> str:
    """Required text: non-blank, printable, at most ``max_length`` characters."""
    text = (value or "").strip()
    if not text:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "{what} is required"), what=what)
    return _checked(text, what, max_length)


def optional_text(value: str | None, what: str, max_length: int) -> str | None:
    text = (value or "").strip()
    return _checked(text, what, max_length) if text else None


def _checked(text: str, what: str, max_length: int) -> str:
    if len(text) > max_length:
        raise UserError(QT_TRANSLATE_NOOP("Messages",
                                          "{what} is too long ({length} characters, at most "
                                          "{most})"),
                        what=what, length=len(text), most=max_length)
    if any(not ch.isprintable() and ch not in "\n\t" for ch in text):
        raise UserError(QT_TRANSLATE_NOOP("Messages", "{what} contains control characters"),
                        what=what)
    return text


def check_count(value: int, what: str, minimum: int, maximum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not minimum <= value <= maximum:
        raise UserError(QT_TRANSLATE_NOOP("Messages",
                                          "{what} must be between {least} and {most}, not {value}"),
                        what=what, least=minimum, most=maximum, value=repr(value))
    return value
