"""The field a keyboard-wedge barcode scanner types into (SPEC 4.6, glossary).

A wedge scanner is a keyboard: it types the barcode, then Enter or Tab. The field turns either
suffix into one ``scanned`` signal and clears itself. Tab would normally move the focus to the
next widget, so the field takes Tab for itself (Shift+Tab still leaves it, for keyboard users).
A trigger held a little too long, or a tube passed twice under a presentation scanner, sends
the same code again at once: the same text within ``repeat_window`` seconds of the previous
scan is dropped (``repeat_ignored``). Time comes from an injectable monotonic clock, so tests
never sleep.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget


class ScanField(QLineEdit):
    """A line edit that reports whole scans (Enter or Tab) and drops quick repeats."""

    scanned = Signal(str)
    repeat_ignored = Signal(str)

    def __init__(self, clock: Callable[[], float] = time.monotonic,
                 repeat_window: float = 1.0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scan_field")
        self._clock = clock
        self._repeat_window = repeat_window
        self._last: tuple[str, float] | None = None
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setFamilies(["DejaVu Sans Mono", "Consolas", "monospace"])
        self.setFont(font)
        self.setClearButtonEnabled(False)

    def set_clock(self, clock: Callable[[], float]) -> None:
        self._clock = clock

    def event(self, event: QEvent) -> bool:
        # Tab is handled here, before QWidget::event turns it into focus navigation.
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Tab
                and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.submit()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
            return
        super().keyPressEvent(event)

    def submit(self) -> None:
        """End of one scan: emit the text (unless it repeats the last one at once), clear."""
        text = self.text().strip()
        self.clear()
        if not text:
            return
        now = self._clock()
        key = text.upper()
        last = self._last
        self._last = (key, now)
        if last is not None and last[0] == key and now - last[1] < self._repeat_window:
            self.repeat_ignored.emit(text)
            return
        self.scanned.emit(text)
