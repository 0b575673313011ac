"""Which pages the Freezers and Scan workspaces hold, in tab order: the one list to extend.

A new job in either workspace is a page class in its own file (taking the session and the
Interaction) and one entry here; the main window and the tab container need no change.
Imports happen inside the builders so that a page nobody opens costs nothing at start-up.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from biotrack.services.context import Session
from biotrack.ui.i18n import translate
from biotrack.ui.interaction import Interaction
from biotrack.ui.views.tabbed_workspace import PageDefinition


def freezer_pages(session: Session, interaction: Interaction,
                  settings: QSettings) -> list[PageDefinition]:
    """The Freezers workspace: boxes first (what people open it for), then the other jobs."""

    def boxes() -> QWidget:
        from biotrack.ui.views.freezers_view import FreezersView

        return FreezersView(session, interaction)

    def shipments() -> QWidget:
        from biotrack.ui.views.shipments_page import ShipmentsPage

        return ShipmentsPage(session, interaction)

    def temperatures() -> QWidget:
        from biotrack.ui.views.temperature_page import TemperaturePage

        return TemperaturePage(session, interaction)

    def free_space() -> QWidget:
        from biotrack.ui.views.space_page import SpacePage

        return SpacePage(session, interaction)

    return [
        PageDefinition("boxes", translate("WorkspacePages", "Boxes"), boxes),
        PageDefinition("shipments", translate("WorkspacePages", "Shipments"), shipments),
        PageDefinition("temperatures", translate("WorkspacePages", "Temperatures"), temperatures),
        PageDefinition("free_space", translate("WorkspacePages", "Free space"), free_space),
    ]


def scan_pages(session: Session, interaction: Interaction,
               settings: QSettings) -> list[PageDefinition]:
    """The Scan workspace: the scan station first, then scanning-driven jobs."""

    def station() -> QWidget:
        from biotrack.ui.views.scan_view import ScanView

        return ScanView(session, interaction)

    def pull_lists() -> QWidget:
        from biotrack.ui.views.pull_list_page import PullListPage

        return PullListPage(session, interaction)

    return [
        PageDefinition("station", translate("WorkspacePages", "Scan station"), station),
        PageDefinition("pull_lists", translate("WorkspacePages", "Pull lists"), pull_lists),
    ]
