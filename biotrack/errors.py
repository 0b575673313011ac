"""The two kinds of error BioTrack knows (STYLE.md practice 5).

A UserError is the person's or the environment's fault and is shown as one clear line, never
with a traceback; anything else is a bug and reaches the crash path with its traceback.

Messages are written in English as a template with named fields, marked for Qt's lupdate and
filled in where they are shown (issue 9): the services stay free of Qt, yet a Spanish nurse
reads the refusal in Spanish::

    raise NotFound(QT_TRANSLATE_NOOP("Messages", "No tube has the barcode {barcode}."),
                   barcode=code)

``str(error)`` is the English sentence (logs, tests, the CLI in English); ``error.text(tr)``
is the sentence in the language of ``tr`` (the GUI's ``QCoreApplication.translate``, the CLI's
catalogue). A field that is itself a BioTrackError is translated too, so "line 4: {problem}"
reads whole in either language. A plain string without fields still works (left in English).
"""

from __future__ import annotations

from collections.abc import Callable

#: The context every service message is filed under in the translation catalogue.
MESSAGES = "Messages"

#: Looks up a text in a context: (context, English) -> the text in the reader's language.
Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for the translation catalogue without translating it here.

    Qt's own marker lives in PySide6.QtCore; this one keeps the services and the CLI free of
    Qt. lupdate recognises the call by its name and files ``text`` under ``context``.
    """
    del context
    return text


def _english(context: str, text: str) -> str:
    del context
    return text


def _fill(template: str, fields: dict[str, object], translate: Translate, context: str) -> str:
    """``template`` in the reader's language with ``fields`` filled in (each translated too).

    A field that is a Message or a BioTrackError is put into words in the same language; a
    list or tuple of them is joined with "; ". A translation that names a field the message
    lacks (a catalogue mistake) falls back to the English template rather than failing
    where the error is being reported.
    """
    if not fields:
        return translate(context, template) if template else ""
    values = {name: _word(value, translate) for name, value in fields.items()}
    try:
        return translate(context, template).format(**values)
    except (KeyError, IndexError, ValueError):
        return template.format(**values)


def _word(value: object, translate: Translate) -> object:
    if isinstance(value, (Message, BioTrackError)):
        return value.text(translate)
    if isinstance(value, (list, tuple)) and value and all(
            isinstance(item, (Message, BioTrackError)) for item in value):
        return "; ".join(item.text(translate) for item in value)
    return value


class Message:
    """A sentence that is not an error (a warning, one problem among several): same rules.

    ``str()`` is English; ``text(translate)`` is the reader's language. Mark the template
    with QT_TRANSLATE_NOOP(MESSAGES, ...) like an error's.
    """

    context = MESSAGES

    def __init__(self, template: str, /, **fields: object) -> None:
        self.template = template
        self.fields = fields

    def text(self, translate: Translate) -> str:
        """The sentence in the language ``translate`` looks texts up in."""
        return _fill(self.template, self.fields, translate, self.context)

    def __str__(self) -> str:
        return self.text(_english)

    def __repr__(self) -> str:
        return f"Message({str(self)!r})"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Message):
            return str(self) == str(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(str(self))


class BioTrackError(Exception):
    """Base of every error BioTrack raises on purpose.

    Built from an English template and its named fields: ``str()`` gives the English
    sentence, ``text(translate)`` the sentence in another language.
    """

    context = MESSAGES

    def __init__(self, template: str = "", /, **fields: object) -> None:
        self.template = template
        self.fields = fields
        super().__init__(self.text(_english))

    def text(self, translate: Translate) -> str:
        """The message in the language ``translate`` looks texts up in (English if unknown)."""
        return _fill(self.template, self.fields, translate, self.context)


class UserError(BioTrackError):
    """Bad input or a refused operation: shown as is; the CLI exits with code 2."""

    exit_code = 2


class NotFound(UserError):
    """An unknown participant code, visit, barcode, position or user."""


class Conflict(UserError):
    """The request contradicts what is stored (visit already collected, position occupied)."""


class PermissionDenied(UserError):
    """The signed-in user's role does not allow the operation."""


class ProtocolError(UserError):
    """The protocol file is malformed; the message names the offending key."""


class StorageUnavailable(BioTrackError):
    """The database file cannot be used (locked, not a BioTrack file, too new, disk full).

    Shown as one clear line; the CLI exits with code 1 because the input was not at fault.
    """

    exit_code = 1
