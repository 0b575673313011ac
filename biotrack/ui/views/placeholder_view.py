"""A clearly marked stand-in for a workspace that is not built yet.

The side bar already lists every workspace of issue 5 so that its layout and shortcuts are
settled; until a workspace lands, its page says so and what it will do, instead of being empty.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderView(QWidget):
    """Title, a "not built yet" marker and one paragraph on what the workspace will do."""

    def __init__(self, title: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("placeholder_view")
        self.is_placeholder = True
        heading = QLabel(f"<h2>{title}</h2>")
        marker = QLabel(self.tr("Placeholder: this workspace is not built yet."))
        marker.setObjectName("placeholder_marker")
        marker.setStyleSheet("color: #8a5a00; font-weight: bold;")
        text = QLabel(description)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(marker)
        layout.addWidget(text)
        layout.addStretch(1)

    def refresh(self) -> None:
        """Nothing to read yet."""
