"""The interface language: which one, and installing its translations (issue 9, point 3).

The texts of the GUI are written in English in the source, wrapped in ``self.tr()`` or
``translate(context, text)`` so that Qt's lupdate finds them; resources/translations holds
the Spanish catalogue (``biotrack_es.ts``, edited by people) and its compiled form
(``biotrack_es.qm``, what the program loads). ``scripts/update-translations`` rebuilds both.

The language is, in order: the BIOTRACK_LANGUAGE environment variable (tests, screenshots),
the LANGUAGE setting of this PC (Settings > Preferences), else the system's. English needs no
catalogue. Qt's own catalogue (``qtbase_es``) translates the standard buttons and dialogs.
``QLocale.setDefault`` makes Qt's widgets (calendar pop-ups, numbers) follow the language.

Dates are stored as ISO 8601 (the database, files, the CLI, --json) and shown on screen in the
locale's short format through ``format_date``/``format_datetime``: 25/11/2026 in Spanish and
British English. The day and month get two digits and the year four whatever the locale's
own short format says (Spanish CLDR writes 25/11/26): a two-digit year on a 48-week study
that spans years is one misreading away from the wrong visit. What other programs read
(labels, exports, CSV/XLSX, the CLI) keeps ISO dates, the same in every language.
"""

from __future__ import annotations

import importlib.resources
import os
import re
from datetime import date, datetime

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QTime,
    QTranslator,
)

from biotrack.errors import BioTrackError, Message

#: The languages the interface is written or translated in; the first is the source language.
LANGUAGES = ("en", "es")
SOURCE_LANGUAGE = "en"
#: Overrides the setting and the system (tests, screenshots, support).
LANGUAGE_ENV = "BIOTRACK_LANGUAGE"
CATALOGUE = "biotrack_{language}.qm"
#: A language whose locale the system does not give: the country its dates follow.
DEFAULT_LOCALES = {"en": "en_GB", "es": "es_ES"}

# The translators installed last, so that a second call replaces them (and tests can remove
# them); a QTranslator must stay referenced for as long as it is installed.
_installed: list[QTranslator] = []


def translate(context: str, text: str) -> str:
    """``text`` in the interface language; lupdate files it under ``context``.

    For module-level code and for objects that are not QObjects: lupdate only recognises a
    call named ``translate`` (or ``tr`` inside a class) with literal arguments.
    """
    return QCoreApplication.translate(context, text)


def error_text(error: BioTrackError | Message) -> str:
    """A service's refusal (or Message) in the interface language, fields filled in.

    A field holding a date ("2026-11-29", or a date object) or a date and time to the minute
    ("2026-11-26 09:00") is written as the screen writes dates (29/11/2026): the services
    put ISO dates into their sentences because the CLI and the stored deviations keep ISO.
    """
    fields = {name: _screen_field(value) for name, value in error.fields.items()}
    shown = Message(error.template, **fields)
    shown.context = error.context
    return shown.text(QCoreApplication.translate)


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_MINUTE = re.compile(r"(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})")
_ISO_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})")


def _screen_field(value: object) -> object:
    """A message field as the screen shows it: dates day-first; nested Messages likewise."""
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, str):
        try:
            if _ISO_DAY.fullmatch(value):
                return format_date(date.fromisoformat(value))
            minute = _ISO_MINUTE.fullmatch(value)
            if minute:
                return f"{format_date(date.fromisoformat(minute.group(1)))} {minute.group(2)}"
            if _ISO_MOMENT.fullmatch(value):  # a stored UTC moment: local time, to the minute
                return format_datetime(datetime.fromisoformat(value))
        except ValueError:  # 2026-02-31 is not a date: shown as written
            return value
        return value
    if isinstance(value, Message):
        shown = Message(value.template, **{k: _screen_field(v) for k, v in value.fields.items()})
        shown.context = value.context
        return shown
    if isinstance(value, (list, tuple)):
        return type(value)(_screen_field(item) for item in value)
    return value


def _language_of(value: object) -> str | None:
    """"es", "es_ES", "es-MX" -> "es"; None when empty or not one of ours."""
    text = str(value or "").strip().replace("-", "_").lower()
    language = text.split("_", 1)[0]
    return language if language in LANGUAGES else None


def choose_language(setting: object, system: QLocale | None = None) -> str:
    """The environment's override, else the setting ("" = the system's), else the system's."""
    for choice in (os.environ.get(LANGUAGE_ENV), setting):
        language = _language_of(choice)
        if language is not None:
            return language
    locale = system if system is not None else QLocale.system()
    for name in (*locale.uiLanguages(), locale.name()):
        language = _language_of(name)
        if language is not None:
            return language
    return SOURCE_LANGUAGE


def _locale_for(language: str, system: QLocale) -> QLocale:
    """The system's own variant when it speaks this language (es_MX stays es_MX)."""
    if _language_of(system.name()) == language:
        return system
    return QLocale(DEFAULT_LOCALES.get(language, language))


def remove_translators(app: QCoreApplication) -> None:
    """Back to the English of the source (tests install and remove the Spanish one)."""
    while _installed:
        app.removeTranslator(_installed.pop())
    QLocale.setDefault(QLocale.system())


def _load_catalogue(language: str) -> QTranslator | None:
    """BioTrack's compiled catalogue, read through importlib.resources (STYLE.md 14)."""
    resource = (importlib.resources.files("biotrack.resources")
                .joinpath("translations", CATALOGUE.format(language=language)))
    if not resource.is_file():
        return None
    translator = QTranslator()
    # QTranslator.load wants a file name; as_file gives one, also inside a zip or a bundle.
    with importlib.resources.as_file(resource) as path:
        loaded = translator.load(str(path))
    return translator if loaded else None


def _load_qt_catalogue(language: str) -> QTranslator | None:
    """Qt's own texts (OK, Cancel, the file dialog) from the Qt installation, if present."""
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator()
    return translator if translator.load(f"qtbase_{language}", folder) else None


def install_translator(app: QCoreApplication, language_setting: object = "") -> str:
    """Choose the language and install its translations; the language chosen ("en", "es").

    Call it before any widget is built: a widget reads its texts once, when it is made.
    """
    system = QLocale.system()
    language = choose_language(language_setting, system)
    remove_translators(app)
    QLocale.setDefault(_locale_for(language, system))
    if language != SOURCE_LANGUAGE:
        for translator in (_load_qt_catalogue(language), _load_catalogue(language)):
            if translator is not None and app.installTranslator(translator):
                _installed.append(translator)
    return language


def current_language() -> str:
    """The language the screen is in: "en", "es".

    ``install_translator`` sets the default QLocale to the chosen language; until a translation
    is installed (a widget test, an English start) the screen is in the source language,
    whatever the system's locale says.
    """
    if not _installed:
        return SOURCE_LANGUAGE
    return _language_of(QLocale().name()) or SOURCE_LANGUAGE


# -- dates on screen ------------------------------------------------------------------------------

def _screen_locale(locale: QLocale | None) -> QLocale:
    """The locale dates are shown in: the given one, else the default set at start-up; the
    bare "C" locale (no language installed yet, e.g. a widget test) shows British English."""
    chosen = locale if locale is not None else QLocale()
    if chosen.language() == QLocale.Language.C:
        return QLocale(DEFAULT_LOCALES[SOURCE_LANGUAGE])
    return chosen


def date_pattern(locale: QLocale | None = None) -> str:
    """The locale's short date pattern with dd, MM and yyyy (es_ES d/M/yy -> dd/MM/yyyy)."""
    return _date_pattern(_screen_locale(locale))


_PATTERNS: dict[str, str] = {}  # locale name -> date pattern: asked for every date shown


def _date_pattern(locale: QLocale) -> str:
    name = locale.name()
    if name not in _PATTERNS:
        pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
        pattern = re.sub(r"(?<!d)d(?!d)", "dd", pattern)
        pattern = re.sub(r"(?<!M)M(?!M)", "MM", pattern)
        _PATTERNS[name] = re.sub(r"(?<!y)yy(?!y)", "yyyy", pattern)
    return _PATTERNS[name]


def datetime_pattern(locale: QLocale | None = None) -> str:
    """For date-time entry fields: the date as ``date_pattern``, then a 24-hour HH:mm.

    A field always shows 24-hour time, whatever the locale: draw and freezing times are read
    off a clock in the lab, and an AM/PM field is one more thing to get wrong.
    """
    return f"{date_pattern(locale)} HH:mm"


def month_pattern(locale: QLocale | None = None) -> str:
    """For month fields: ``date_pattern`` without its day (dd/MM/yyyy -> MM/yyyy)."""
    pattern = date_pattern(locale)
    without = re.sub(r"dd[^My]*", "", pattern, count=1)
    if without == pattern:
        return "yyyy-MM"
    return re.sub(r"[^My]+$", "", without)


def format_date(value: date | None, locale: QLocale | None = None) -> str:
    """A stored date as the person reads dates: 25/11/2026 (es, en_GB); "" for None."""
    if value is None:
        return ""
    qdate = QDate(value.year, value.month, value.day)
    shown = _screen_locale(locale)
    return shown.toString(qdate, _date_pattern(shown))


def format_datetime(value: datetime | None, locale: QLocale | None = None) -> str:
    """A stored moment as local date and time to the minute: 25/11/2026 09:10; "" for None.

    An aware datetime (UTC in the database) is shown in this PC's time zone; a naive one is
    taken as local time already.
    """
    if value is None:
        return ""
    if value.tzinfo is not None:
        value = value.astimezone()
    screen = _screen_locale(locale)
    time_pattern = screen.timeFormat(QLocale.FormatType.ShortFormat)
    moment = QDateTime(QDate(value.year, value.month, value.day),
                       QTime(value.hour, value.minute))
    return screen.toString(moment, f"{date_pattern(locale)} {time_pattern}")


# -- numbers on screen ----------------------------------------------------------------------------

def format_decimal(value: float, decimals: int = 1) -> str:
    """A measured number as the person writes it: -80.5 in English, -80,5 in Spanish.

    Fixed decimals, no thousands separator (a temperature, a percentage); an English screen
    keeps Python's own text, so what tests and the CLI print does not change.
    """
    if current_language() == SOURCE_LANGUAGE:
        return f"{value:.{decimals}f}"
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(float(value), "f", decimals)


def format_number(value: float) -> str:
    """Like ``f"{value:g}"`` (-80, -80.5) with the screen's decimal separator."""
    text = f"{value:g}"
    if current_language() == SOURCE_LANGUAGE or "e" in text:
        return text
    return text.replace(".", QLocale().decimalPoint())
