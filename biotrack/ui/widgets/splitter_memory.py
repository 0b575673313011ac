"""Splitter positions remembered across sessions, for every page, in one place.

A person who widens the box grid or the tube list expects to find it so tomorrow (issue 5:
"window size and splitters remembered"). Rather than each view saving its own splitters, the
main window (and the tabbed workspaces) hand every page they build to ``remember_splitters``:
each named QSplitter in it gets its stored state back and stores it again whenever it is moved.
A splitter without an object name is left alone (nothing stable to file it under).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QSplitter, QWidget

PREFIX = "splitters/"


def remember_splitters(page: QWidget, settings: QSettings) -> list[str]:
    """Restore and keep the state of the named splitters under ``page``; their names."""
    names = []
    for splitter in page.findChildren(QSplitter):
        name = splitter.objectName()
        if not name or splitter.property("remembered"):
            continue
        key = PREFIX + name
        state = settings.value(key)
        if isinstance(state, QByteArray) and not state.isEmpty():
            splitter.restoreState(state)
        splitter.splitterMoved.connect(
            lambda _pos, _index, s=splitter, k=key: settings.setValue(k, s.saveState()))
        splitter.setProperty("remembered", True)
        names.append(name)
    return names
