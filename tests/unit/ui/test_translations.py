"""The Spanish interface: every text translated, the catalogue in step with the code, shown.

resources/translations holds ``biotrack_<lang>.ts`` (what translators edit) and the compiled
``.qm`` the program loads; scripts/update-translations rebuilds both. These tests fail when an
entry is left untranslated, a placeholder or accelerator is lost in translation, the code has
texts the catalogue lacks (or the reverse), or the committed .qm is not the compiled .ts. With
the Spanish translator installed the main window reads Spanish; a screenshot of it is checked
for content and, with BIOTRACK_SAVE_SCREENSHOTS=1, stored as docs/screenshots/main-window-es.png.
The translator is removed after each test that installs it, so the other tests stay English.
"""

from __future__ import annotations

import importlib.resources
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from biotrack import settings as declared
from biotrack.services import app_context
from biotrack.services.context import Session
from biotrack.ui import i18n
from biotrack.ui.mainwindow import MainWindow
from biotrack.ui.views.today_view import NEXT_TWO_WEEKS, TodayView
from tests.unit.ui.test_workspace_screenshots import _save, _window

REPO = Path(__file__).resolve().parents[3]
SOURCE_FOLDER = REPO / "resources" / "translations"
CATALOGUES = sorted(
    entry.name for entry in
    importlib.resources.files("biotrack.resources").joinpath("translations").iterdir()
    if entry.name.endswith(".ts"))
PLACEHOLDER = re.compile(r"\{\w*\}|%n|%\d+")
TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*\s*/?>")
SPANISH_SIDEBAR = ["Hoy", "Participantes", "Extracciones", "Congeladores", "Escaneo", "Informes",
                   "Configuración"]


@dataclass(frozen=True)
class Message:
    """One <message> of a .ts file."""

    context: str
    source: str
    comment: str | None
    kind: str | None  # the translation's type attribute: None when finished
    translations: tuple[str, ...]  # one, or one per plural form


def read_catalogue(name: str) -> list[Message]:
    text = (importlib.resources.files("biotrack.resources")
            .joinpath("translations", name).read_text(encoding="utf-8"))
    messages = []
    for context in ET.fromstring(text).iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.iter("numerusform")]
            messages.append(Message(
                context=context.findtext("name") or "",
                source=message.findtext("source") or "",
                comment=message.findtext("comment"),
                kind=translation.get("type"),
                translations=tuple(forms) if forms else (translation.text or "",)))
    return messages


def _tool(name: str) -> Path | None:
    """A PySide6 tool next to this Python, else on the PATH; None when absent."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return beside
    found = shutil.which(name)
    return Path(found) if found else None


def _mnemonics(text: str) -> int:
    return len(re.findall(r"&[^&]", text.replace("&&", "")))


# -- the catalogue ----------------------------------------------------------------------------


def test_there_is_a_spanish_catalogue() -> None:
    assert "biotrack_es.ts" in CATALOGUES
    assert len(read_catalogue("biotrack_es.ts")) > 600


@pytest.mark.parametrize("name", CATALOGUES)
def test_every_message_is_translated(name: str) -> None:
    messages = read_catalogue(name)
    unfinished = [(m.context, m.source) for m in messages if m.kind is not None]
    assert unfinished == [], f"{name}: not finished (type=unfinished/vanished/obsolete)"
    empty = [(m.context, m.source) for m in messages
             if not all(text.strip() for text in m.translations)]
    assert empty == [], f"{name}: empty translations"


@pytest.mark.parametrize("name", CATALOGUES)
def test_placeholders_tags_and_accelerators_survive(name: str) -> None:
    """{name} fields, HTML tags and the one & accelerator are kept by every translation."""
    problems = []
    for m in read_catalogue(name):
        for text in m.translations:
            if sorted(PLACEHOLDER.findall(m.source)) != sorted(PLACEHOLDER.findall(text)):
                problems.append(("placeholders", m.context, m.source, text))
            if sorted(TAG.findall(m.source)) != sorted(TAG.findall(text)):
                problems.append(("tags", m.context, m.source, text))
            if _mnemonics(m.source) != _mnemonics(text):
                problems.append(("accelerator", m.context, m.source, text))
    assert problems == []


def test_each_declared_setting_help_is_in_the_catalogue() -> None:
    """biotrack.settings has no Qt: its help texts are marked in the preferences panel."""
    sources = {m.source for m in read_catalogue("biotrack_es.ts")
               if m.context == "PreferencesPanel"}
    missing = [s.help for s in declared.SETTINGS if s.help not in sources]
    assert missing == []


def test_the_catalogue_holds_exactly_the_texts_of_the_code(tmp_path: Path) -> None:
    """lupdate over biotrack/ (GUI, services, CLI) finds nothing new and nothing gone."""
    lupdate = _tool("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    copy = tmp_path / "biotrack_es.ts"
    shutil.copyfile(SOURCE_FOLDER / "biotrack_es.ts", copy)
    sources = sorted(str(p.relative_to(REPO)) for p in (REPO / "biotrack").rglob("*.py"))
    subprocess.run([str(lupdate), "-silent", "-no-obsolete", "-locations", "none",
                    "-source-language", "en", "-target-language", "es_ES", *sources,
                    "-ts", str(copy)], cwd=REPO, check=True, capture_output=True)
    def keys(path: Path) -> set[tuple[str, str]]:
        root = ET.parse(path).getroot()
        return {(c.findtext("name") or "", m.findtext("source") or "")
                for c in root.iter("context") for m in c.iter("message")}
    committed, current = keys(SOURCE_FOLDER / "biotrack_es.ts"), keys(copy)
    assert (sorted(current - committed), sorted(committed - current)) == ([], []), (
        "the code's texts changed: run scripts/update-translations and translate the new "
        "entries of resources/translations/biotrack_es.ts")


@pytest.mark.parametrize("name", CATALOGUES)
def test_the_compiled_catalogue_says_what_the_source_says(qapp: QApplication,
                                                          name: str) -> None:
    """Every message of the .ts comes out of the committed .qm as translated in the .ts."""
    translator = QTranslator()
    resource = (importlib.resources.files("biotrack.resources")
                .joinpath("translations", name.removesuffix(".ts") + ".qm"))
    with importlib.resources.as_file(resource) as path:
        assert translator.load(str(path)), f"{resource} is missing: run scripts/update-translations"
    stale = []
    for m in read_catalogue(name):
        if len(m.translations) != 1:
            continue  # plural forms depend on n; none are used yet
        if translator.translate(m.context, m.source, m.comment) != m.translations[0]:
            stale.append((m.context, m.source))
    assert stale == [], "the .qm is older than the .ts: run scripts/update-translations"


def test_the_committed_qm_is_what_lrelease_builds(tmp_path: Path) -> None:
    lrelease = _tool("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    built = tmp_path / "biotrack_es.qm"
    subprocess.run([str(lrelease), "-silent", str(SOURCE_FOLDER / "biotrack_es.ts"),
                    "-qm", str(built)], check=True, capture_output=True)
    assert built.read_bytes() == (SOURCE_FOLDER / "biotrack_es.qm").read_bytes(), (
        "run scripts/update-translations")


# -- choosing and installing the language -----------------------------------------------------


def test_language_comes_from_environment_then_setting_then_system(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(i18n.LANGUAGE_ENV, raising=False)
    assert i18n.choose_language("", QLocale("es_MX")) == "es"
    assert i18n.choose_language("", QLocale("de_DE")) == "en"  # not translated: the source
    assert i18n.choose_language("en", QLocale("es_ES")) == "en"
    assert i18n.choose_language("es", QLocale("en_US")) == "es"
    assert i18n.choose_language("fr", QLocale("es_ES")) == "es"  # unknown setting: the system
    monkeypatch.setenv(i18n.LANGUAGE_ENV, "es")
    assert i18n.choose_language("en", QLocale("en_GB")) == "es"


def test_english_installs_no_translator(qapp: QApplication,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(i18n.LANGUAGE_ENV, "en")
    try:
        assert i18n.install_translator(qapp, "es") == "en"
        assert i18n.translate("MainWindow", "Today") == "Today"
    finally:
        i18n.remove_translators(qapp)


def test_spanish_translates_and_removal_restores_english(qapp: QApplication,
                                                         spanish: str) -> None:
    assert spanish == "es"
    assert i18n.translate("MainWindow", "Today") == "Hoy"
    assert QLocale().language() == QLocale.Language.Spanish
    i18n.remove_translators(qapp)
    assert i18n.translate("MainWindow", "Today") == "Today"


def test_qt_standard_buttons_are_spanish_too(qtbot, spanish: str) -> None:  # type: ignore[no-untyped-def]
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if not (folder / "qtbase_es.qm").is_file():
        pytest.skip("this Qt has no qtbase_es translations")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancelar"


# -- the main window in Spanish ----------------------------------------------------------------


def test_main_window_reads_spanish(qtbot, spanish: str, enrolled: Session,  # type: ignore[no-untyped-def]
                                   db_path: Path, recorder, settings: QSettings) -> None:
    window = MainWindow(enrolled, db_path, recorder, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    sidebar = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert sidebar == SPANISH_SIDEBAR
    assert window.user_label.text() == "Sesión iniciada: admin (responsable)"
    today = window.page("today")
    assert isinstance(today, TodayView)
    assert [today.range_combo.itemText(i) for i in range(today.range_combo.count())] == [
        "Hoy", "Esta semana", "Próximas 2 semanas"]
    assert today.model.headerData(0, Qt.Orientation.Horizontal) == "Código"
    tabs = {key: window.page(key).tabs for key in ("freezers", "scan")}  # type: ignore[attr-defined]
    assert [tabs["freezers"].tabText(i) for i in range(tabs["freezers"].count())] == [
        "Cajas", "Envíos", "Temperaturas", "Espacio libre"]
    assert [tabs["scan"].tabText(i) for i in range(tabs["scan"].count())] == [
        "Puesto de escaneo", "Listas de recogida"]
    assert recorder.errors == []


@pytest.fixture
def demo_nurse(tmp_path: Path) -> Iterator[Session]:
    """The demo database (as ``biotrack init --demo`` makes it), signed in as the nurse."""
    path = tmp_path / "demo.db"
    app_context.create_database(path, "admin", app_context.DEMO_PASSWORD, demo=True).db.close()
    session = app_context.sign_in(path, "nurse", app_context.DEMO_PASSWORD)
    yield session
    session.db.close()


def test_main_window_screenshot_in_spanish(qtbot, spanish: str,  # type: ignore[no-untyped-def]
                                           demo_nurse: Session, tmp_path: Path,
                                           recorder) -> None:
    window = _window(qtbot, demo_nurse, tmp_path, recorder)
    window.show_workspace("today")
    today = window.page("today")
    assert isinstance(today, TodayView)
    today.range_combo.setCurrentIndex(today.range_combo.findData(NEXT_TWO_WEEKS))
    assert today.model.rowCount() > 0
    # Every side-bar label fits its bar (a longer translation must not be cut off).
    metrics = window.sidebar.fontMetrics()
    for row in range(window.sidebar.count()):
        item = window.sidebar.item(row)
        assert metrics.horizontalAdvance(item.text()) < window.sidebar.visualItemRect(
            item).width() - 10, item.text()
    assert window.sidebar.item(0).text() == "Hoy"
    _save(window, tmp_path, "main-window-es.png")
    assert recorder.errors == []


def test_a_service_refusal_reaches_a_spanish_screen_in_spanish(
        qtbot, spanish: str, demo_nurse: Session, recorder) -> None:  # type: ignore[no-untyped-def]
    """A refusal raised in English by a Qt-free service is shown translated, fields filled in."""
    from biotrack.errors import BioTrackError
    from biotrack.services import storage
    from biotrack.ui.interaction import Interaction

    with pytest.raises(BioTrackError) as refused:
        storage.locate(demo_nurse, "BT99999999")
    english = str(refused.value)
    assert "BT99999999" in english
    spanish_text = i18n.error_text(refused.value)
    assert spanish_text != english
    assert "BT99999999" in spanish_text
    assert "{" not in spanish_text  # every field filled in
    shown: list[str] = []
    interaction = Interaction()
    interaction.show_error = lambda _parent, _title, message: shown.append(message)  # type: ignore[method-assign]
    interaction.report(None, refused.value)
    assert shown == [spanish_text]


def test_every_marked_message_fills_its_fields_in_spanish() -> None:
    """Each Messages/CLI template of the catalogue formats with its own fields in Spanish."""
    problems = []
    for m in read_catalogue("biotrack_es.ts"):
        if m.context not in ("Messages", "CLI"):
            continue
        fields = {name: "x" for name in PLACEHOLDER.findall(m.source)}
        fields = {name.strip("{}").split(":")[0].split("!")[0]: "x" for name in fields}
        for text in m.translations:
            try:
                text.format(**fields)
            except (KeyError, IndexError, ValueError) as exc:
                problems.append((m.source, text, repr(exc)))
    assert problems == []
