"""First run: no database at the chosen path, so the chooser, the new-study wizard and memory.

The new study is created by the same service as ``biotrack init`` in one step: the tests
check what the file holds afterwards (sites, freezer layout, the manager can sign in) and that
a refused creation leaves no file at all. Dialogs are driven through their widgets with real
clicks and key presses; the blocking ``ask`` and the file choosers are replaced.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from biotrack.errors import UserError
from biotrack.services import app_context, overview, storage
from biotrack.ui import app
from biotrack.ui.dialogs.first_run_dialog import (
    DEMO,
    EXISTING,
    NEW_STUDY,
    FirstRunChoice,
    FirstRunDialog,
)
from biotrack.ui.dialogs.new_study_wizard import NewStudyWizard
from tests.unit.ui.answering import type_into

PASSWORD = "manager-pass-1"


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != "settings.ini")


# -- the service: one step, all or nothing ---------------------------------------------------

def test_new_study_has_the_chosen_sites_and_freezer(tmp_path: Path) -> None:
    path = tmp_path / "study.db"
    layout = storage.Layout(code="FZ2", name="Lab freezer", shelves=2, racks_per_shelf=2,
                            boxes_per_rack=3, rack_box_types=("serum", "buffy"),
                            box_rows=10, box_cols=10)
    session = app_context.create_database(path, "boss", PASSWORD, sites=["NAV", "GAL"],
                                          layout=layout)
    try:
        assert sorted(overview.site_codes(session)) == ["GAL", "NAV"]
        boxes = storage.boxes(session, "FZ2")
        assert len(boxes) == 2 * 2 * 3
        assert {(b.rows, b.cols) for b in boxes} == {(10, 10)}
        assert {b.path.split("/")[0] for b in storage.boxes(session)} == {"FZ2"}
    finally:
        session.db.close()
    signed = app_context.sign_in(path, "boss", PASSWORD)
    assert signed.user.role == "manager"
    signed.db.close()


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"sites": ["XXX"]}, "site XXX is not a site of protocol"),
    ({"sites": []}, "choose at least one site"),
    ({"layout": storage.Layout(code="F 1", name="x")}, "freezer code 'F 1'"),
    ({"layout": storage.Layout(code="F1", name="x", racks_per_shelf=2)},
     r"one box type \(serum or buffy\) per rack"),
])
def test_a_refused_new_study_leaves_no_file(tmp_path: Path, kwargs, message) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "study.db"
    with pytest.raises(UserError, match=message):
        app_context.create_database(path, "boss", PASSWORD, **kwargs)
    assert _leftovers(tmp_path) == []


# -- the wizard ------------------------------------------------------------------------------

def _wizard(qtbot, path: Path, recorder) -> NewStudyWizard:  # type: ignore[no-untyped-def]
    wizard = NewStudyWizard(path, recorder)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def _untick(wizard: NewStudyWizard, keep: set[str]) -> None:
    sites = wizard.study_page.sites_list
    for row in range(sites.count()):
        item = sites.item(row)
        if item.data(Qt.ItemDataRole.UserRole) not in keep:
            item.setCheckState(Qt.CheckState.Unchecked)


def test_wizard_creates_the_study_described(qtbot, tmp_path: Path, recorder) -> None:
    path = tmp_path / "study.db"
    wizard = _wizard(qtbot, path, recorder)
    assert wizard.study_page.isComplete()
    _untick(wizard, {"ARA"})
    assert wizard.study_page.site_codes() == ["ARA"]
    qtbot.mouseClick(wizard.button(wizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)

    freezer = wizard.freezer_page
    assert freezer.code_edit.text() == "F1"  # prefilled from the protocol file
    type_into(qtbot, freezer.code_edit, "MAIN")
    freezer.shelves_spin.setValue(1)
    freezer.racks_spin.setValue(2)  # one box type per rack: the row follows
    assert [c.objectName() for c in freezer.type_combos] == ["rack_type_1", "rack_type_2"]
    freezer.type_combos[1].setCurrentIndex(freezer.type_combos[1].findData("buffy"))
    freezer.boxes_spin.setValue(2)
    qtbot.mouseClick(wizard.button(wizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)

    manager = wizard.manager_page
    type_into(qtbot, manager.username_edit, "boss")
    type_into(qtbot, manager.password_edit, PASSWORD)
    type_into(qtbot, manager.repeat_edit, PASSWORD + "x")
    qtbot.mouseClick(wizard.button(wizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert recorder.errors == [("The first manager",
                                "The two passwords differ: type them again.")]
    assert wizard.isVisible() and not path.exists()

    type_into(qtbot, manager.repeat_edit, PASSWORD)
    qtbot.mouseClick(wizard.button(wizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()
    assert wizard.created_path == path and wizard.username == "boss"
    session = app_context.sign_in(path, "boss", PASSWORD)
    try:
        assert overview.site_codes(session) == ["ARA"]
        boxes = storage.boxes(session, "MAIN")
        assert sorted((b.path, b.box_type) for b in boxes) == [
            ("MAIN/S1/R1/B1", "serum"), ("MAIN/S1/R1/B2", "serum"),
            ("MAIN/S1/R2/B1", "buffy"), ("MAIN/S1/R2/B2", "buffy")]
    finally:
        session.db.close()


def test_wizard_refusal_keeps_it_open_and_leaves_no_file(qtbot, tmp_path: Path,
                                                         recorder) -> None:
    path = tmp_path / "study.db"
    wizard = _wizard(qtbot, path, recorder)
    type_into(qtbot, wizard.manager_page.password_edit, "abc")
    type_into(qtbot, wizard.manager_page.repeat_edit, "abc")
    assert not wizard.create()
    assert len(recorder.errors) == 1
    assert recorder.errors[0][0] == "The database was not created"
    assert "at least" in recorder.errors[0][1]
    assert _leftovers(tmp_path) == []


def test_wizard_without_sites_cannot_go_on(qtbot, tmp_path: Path, recorder) -> None:
    wizard = _wizard(qtbot, tmp_path / "study.db", recorder)
    _untick(wizard, set())
    assert not wizard.study_page.isComplete()
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()


# -- the chooser -----------------------------------------------------------------------------

def _chooser(qtbot, path: Path, recorder) -> FirstRunDialog:  # type: ignore[no-untyped-def]
    dialog = FirstRunDialog(path, recorder)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_chooser_demo_button(qtbot, tmp_path: Path, recorder) -> None:
    dialog = _chooser(qtbot, tmp_path / "x.db", recorder)
    qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    assert dialog.result_value == FirstRunChoice(DEMO, tmp_path / "x.db", "admin")
    assert not dialog.isVisible()


def test_chooser_opens_only_a_biotrack_database(qtbot, tmp_path: Path, recorder,
                                                monkeypatch) -> None:
    existing = tmp_path / "old.db"
    app_context.create_database(existing, "admin", PASSWORD).db.close()
    foreign = tmp_path / "notes.txt"
    foreign.write_text("not a database")
    dialog = _chooser(qtbot, tmp_path / "x.db", recorder)

    monkeypatch.setattr(dialog, "ask_file", lambda: foreign)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result_value is None
    assert recorder.errors[0][0] == "Cannot open this file"
    assert foreign.read_text() == "not a database"  # refused untouched

    monkeypatch.setattr(dialog, "ask_file", lambda: existing)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.result_value == FirstRunChoice(EXISTING, existing)


def test_chooser_new_study_through_the_wizard(qtbot, tmp_path: Path, recorder,
                                              monkeypatch) -> None:
    created = tmp_path / "elsewhere.db"
    monkeypatch.setattr(NewStudyWizard, "ask",
                        classmethod(lambda cls, path, interaction, parent: None))
    dialog = _chooser(qtbot, tmp_path / "x.db", recorder)
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result_value is None  # wizard cancelled

    monkeypatch.setattr(NewStudyWizard, "ask",
                        classmethod(lambda cls, path, interaction, parent: (created, "boss")))
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    assert dialog.result_value == FirstRunChoice(NEW_STUDY, created, "boss")


# -- start-up: which file, asking, remembering ------------------------------------------------

@pytest.fixture
def no_env(monkeypatch):  # type: ignore[no-untyped-def]
    for name in ("BIOTRACK_DB", app.DEMO_IF_MISSING_ENV):
        monkeypatch.delenv(name, raising=False)


def _options(tmp_path: Path, *argv: str):  # type: ignore[no-untyped-def]
    options, _ = app.parse_arguments(list(argv))
    if not options.explicit_db:  # the default file, but never in the real profile
        options.db_path = tmp_path / "default.sqlite3"
    return options


def test_the_choice_is_remembered_and_opened_next_time(qtbot, tmp_path: Path, recorder,
                                                       settings: QSettings, monkeypatch,
                                                       no_env) -> None:
    existing = tmp_path / "study.db"
    app_context.create_database(existing, "boss", PASSWORD).db.close()
    asked = []

    def ask(cls, path, interaction, *, note=""):  # type: ignore[no-untyped-def]
        asked.append((path, note))
        return FirstRunChoice(EXISTING, existing)

    monkeypatch.setattr(FirstRunDialog, "ask", classmethod(ask))
    assert app.open_or_create(_options(tmp_path), recorder, settings) == (existing, None, False)
    assert asked == [(tmp_path / "default.sqlite3", "")]
    assert settings.value(app.DATABASE_KEY) == str(existing)

    # The next start opens the remembered file without asking.
    assert app.open_or_create(_options(tmp_path), recorder, settings) == (existing, None, False)
    assert len(asked) == 1

    # The remembered file has gone: ask again, saying so.
    existing.unlink()
    monkeypatch.setattr(FirstRunDialog, "ask", classmethod(
        lambda cls, path, interaction, *, note="": asked.append((path, note))))
    assert app.open_or_create(_options(tmp_path), recorder, settings) == 0  # quit
    assert "is no longer there" in asked[-1][1]


def test_a_named_file_is_opened_as_named_and_not_remembered(qtbot, tmp_path: Path, recorder,
                                                            settings: QSettings, monkeypatch,
                                                            no_env) -> None:
    named = tmp_path / "named.db"
    monkeypatch.setattr(FirstRunDialog, "ask", classmethod(
        lambda cls, path, interaction, *, note="": FirstRunChoice(DEMO, path, "admin")))
    made = []
    monkeypatch.setattr(app, "create_demo_database",
                        lambda path, interaction: made.append(path) or True)
    result = app.open_or_create(_options(tmp_path, "--db", str(named)), recorder, settings)
    assert result == (named, "admin", True)
    assert made == [named]
    assert settings.value(app.DATABASE_KEY) is None


@pytest.mark.parametrize("how", ["flag", "environment"])
def test_demo_if_missing_skips_the_question(qtbot, tmp_path: Path, recorder,
                                            settings: QSettings, monkeypatch, no_env,
                                            how: str) -> None:
    monkeypatch.setattr(FirstRunDialog, "ask",
                        classmethod(lambda *a, **k: pytest.fail("the chooser was shown")))
    made = []
    monkeypatch.setattr(app, "create_demo_database",
                        lambda path, interaction: made.append(path) or True)
    if how == "environment":
        monkeypatch.setenv(app.DEMO_IF_MISSING_ENV, "1")
        options = _options(tmp_path)
    else:
        options = _options(tmp_path, "--demo-if-missing")
    assert app.open_or_create(options, recorder, settings) == (
        tmp_path / "default.sqlite3", None, True)
    assert made == [tmp_path / "default.sqlite3"]


def test_demo_choice_that_fails_exits_with_1(qtbot, tmp_path: Path, recorder,
                                             settings: QSettings, monkeypatch, no_env) -> None:
    monkeypatch.setattr(FirstRunDialog, "ask", classmethod(
        lambda cls, path, interaction, *, note="": FirstRunChoice(DEMO, path, "admin")))
    monkeypatch.setattr(app, "create_demo_database", lambda path, interaction: False)
    assert app.open_or_create(_options(tmp_path), recorder, settings) == 1
    assert settings.value(app.DATABASE_KEY) is None


def test_wants_gui_knows_the_gui_flag() -> None:
    from biotrack.__main__ import _wants_gui

    assert _wants_gui(["--demo-if-missing", "--db", "x.db"])
    assert not _wants_gui(["--demo-if-missing", "due"])
