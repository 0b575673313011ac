"""Answering a dialog in a test the way a person would, without a blocking exec().

The dialogs keep their one blocking call in an ``ask()`` classmethod (STYLE.md practice 7).
``answer_with`` replaces it for one test: the dialog is built exactly as ``ask`` builds it,
shown, filled in by the test's ``fill`` (real key presses and clicks through qtbot), and OK is
clicked; if the dialog did not close (a refusal, a declined confirmation) the person is taken
to cancel it, as they would.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog


def answer_with(monkeypatch: pytest.MonkeyPatch, qtbot: Any, dialog_cls: type[QDialog],
                fill: Callable[[Any], None]) -> list[Any]:
    """Replace ``dialog_cls.ask``; the dialogs it built are appended to the returned list."""
    built: list[Any] = []

    def ask(cls: type[Any], *args: Any, **kwargs: Any) -> Any:
        dialog = cls(*args, **kwargs)
        built.append(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        fill(dialog)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        if dialog.isVisible():  # refused or not confirmed: the person cancels
            dialog.reject()
        return dialog.result_value

    monkeypatch.setattr(dialog_cls, "ask", classmethod(ask))
    return built


def type_into(qtbot: Any, widget: Any, text: str) -> None:
    """Select what a field holds and type over it."""
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)
