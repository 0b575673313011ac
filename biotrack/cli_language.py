"""The command line's language: its messages in Spanish where the person works in Spanish.

The CLI speaks the language of BIOTRACK_LANGUAGE, else of the system locale (LC_ALL,
LC_MESSAGES, LANG, in POSIX order); English when neither names a language BioTrack has. It
reads the same compiled Qt catalogue as the GUI (resources/translations/biotrack_<lang>.qm),
through QTranslator, so one catalogue serves both and Qt's tools maintain it. Qt is imported
only when a catalogue is needed: an English run of the CLI starts without it.

Texts are marked for lupdate by calling ``translate("CLI", "…")`` with literal arguments (the
name lupdate recognises); service messages arrive as BioTrackErrors and are put into words by
``error_text``. What other programs read stays as it is in every language: ``--json`` output,
ISO dates, codes, table columns.
"""

from __future__ import annotations

import importlib.resources
import os
from functools import cache
from typing import Any

from biotrack.errors import BioTrackError, Message

#: The languages BioTrack is written or translated in; the first is the source language.
LANGUAGES = ("en", "es")
#: Overrides the system's language (tests, support); the GUI reads the same variable.
LANGUAGE_ENV = "BIOTRACK_LANGUAGE"


def cli_language(environ: dict[str, str] | None = None) -> str:
    """The language to speak: the override, else the first locale variable set, else English."""
    env = os.environ if environ is None else environ
    for name in (LANGUAGE_ENV, "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "").strip()
        if not value:
            continue
        language = value.replace("-", "_").split("_", 1)[0].split(".", 1)[0].lower()
        return language if language in LANGUAGES else LANGUAGES[0]
    return LANGUAGES[0]


@cache
def _catalogue(language: str) -> Any:
    """The loaded QTranslator for ``language``, or None (English, or no catalogue found)."""
    if language == LANGUAGES[0]:
        return None
    from PySide6.QtCore import QTranslator  # only a translated run pays for Qt

    resource = (importlib.resources.files("biotrack.resources")
                .joinpath("translations", f"biotrack_{language}.qm"))
    translator = QTranslator()
    with importlib.resources.as_file(resource) as path:
        if not path.is_file() or not translator.load(str(path)):
            return None
    return translator


def translate(context: str, text: str) -> str:
    """``text`` in the CLI's language (as written when the catalogue lacks it)."""
    translator = _catalogue(cli_language())
    if translator is None:
        return text
    return str(translator.translate(context, text)) or text


def error_text(error: BioTrackError | Message) -> str:
    """A refusal in the CLI's language, its fields filled in."""
    return error.text(translate)
