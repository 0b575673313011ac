"""A workspace made of several pages shown as tabs, each built the first time it is opened.

The Freezers and Scan workspaces grew from one view into several jobs (boxes, shipments, free
space, temperatures; the scan station and retrieval pull lists). Each job keeps its own file and
class; this container only lays them out, builds a page when its tab is first chosen (so opening
the workspace does not read what nobody looks at) and forwards ``refresh()`` to the page shown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from biotrack.ui.widgets.splitter_memory import remember_splitters


@dataclass
class PageDefinition:
    """One tab: a key for code and tests, the label people read, and how to build it."""

    key: str
    label: str
    build: Callable[[], QWidget]


class TabbedWorkspace(QWidget):
    """Tabs over lazily built pages; the first page is built at once."""

    def __init__(self, pages: Sequence[PageDefinition], object_name: str,
                 parent: QWidget | None = None, *, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self._settings = settings
        self._definitions = list(pages)
        self._built: dict[str, QWidget] = {}
        self.tabs = QTabWidget()
        self.tabs.setObjectName(f"{object_name}_tabs")
        self.tabs.setDocumentMode(True)
        for definition in self._definitions:
            self.tabs.addTab(QWidget(), definition.label)  # stand-in until first shown
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(self._on_current_changed)
        if self._definitions:
            self.page(self._definitions[0].key)

    def keys(self) -> list[str]:
        return [d.key for d in self._definitions]

    def page(self, key: str) -> QWidget:
        """The page for ``key``, built now if it never was."""
        if key not in self._built:
            index = self.keys().index(key)
            definition = self._definitions[index]
            page = definition.build()
            if self._settings is not None:
                remember_splitters(page, self._settings)
            self._built[key] = page
            current = self.tabs.currentIndex()
            stand_in = self.tabs.widget(index)
            self.tabs.blockSignals(True)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, page, definition.label)
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(False)
            stand_in.deleteLater()
        return self._built[key]

    def show_page(self, key: str) -> QWidget:
        page = self.page(key)
        self.tabs.setCurrentIndex(self.keys().index(key))
        return page

    def current_key(self) -> str:
        return self._definitions[self.tabs.currentIndex()].key

    def refresh(self) -> None:
        """Re-read the page on show (what another workspace or the CLI changed)."""
        refresh = getattr(self.page(self.current_key()), "refresh", None)
        if refresh is not None:
            refresh()

    def _on_current_changed(self, index: int) -> None:
        if index < 0:
            return
        key = self._definitions[index].key
        built = key in self._built
        page = self.page(key)
        if built:
            refresh = getattr(page, "refresh", None)
            if refresh is not None:
                refresh()
