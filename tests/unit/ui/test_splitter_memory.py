"""Splitters keep where the person put them, across windows (issue 5: "splitters remembered").

The handle is dragged the way a person does (moveSplitter is what QSplitterHandle calls while
dragging, and it emits splitterMoved); a second main window on the same settings file shows the
same sizes, for a workspace page and for a page inside a tabbed workspace built later.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QSplitter

from biotrack.services.context import Session
from biotrack.ui.mainwindow import MainWindow


def _window(qtbot, session: Session, db_path: Path, recorder,  # type: ignore[no-untyped-def]
            settings: QSettings) -> MainWindow:
    window = MainWindow(session, db_path, recorder, settings)
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    qtbot.waitExposed(window)
    return window


def _drag(qtbot, window: MainWindow, name: str, to: int) -> list[int]:  # type: ignore[no-untyped-def]
    splitter = window.findChild(QSplitter, name)
    assert splitter is not None, name
    qtbot.waitUntil(lambda: splitter.isVisible() and sum(splitter.sizes()) > 0)
    before = splitter.sizes()
    splitter.moveSplitter(to, 1)
    qtbot.waitUntil(lambda: splitter.sizes() != before)
    return splitter.sizes()


def test_a_moved_splitter_comes_back_in_the_next_window(
        qtbot, enrolled: Session, db_path: Path, recorder, settings: QSettings) -> None:
    first = _window(qtbot, enrolled, db_path, recorder, settings)
    first.show_workspace("scan")
    scan_sizes = _drag(qtbot, first, "scan_splitter", 300)
    first.show_workspace("freezers")
    first.page("freezers").show_page("shipments")  # type: ignore[attr-defined]
    shipment_sizes = _drag(qtbot, first, "shipments_splitter", 280)
    first.close()

    second = _window(qtbot, enrolled, db_path, recorder, settings)
    second.show_workspace("scan")
    second.show_workspace("freezers")
    second.page("freezers").show_page("shipments")  # type: ignore[attr-defined]
    for name, sizes in (("scan_splitter", scan_sizes), ("shipments_splitter", shipment_sizes)):
        splitter = second.findChild(QSplitter, name)
        assert splitter is not None
        qtbot.waitUntil(lambda s=splitter, want=sizes: s.sizes() == want)
    assert settings.contains("splitters/scan_splitter")
