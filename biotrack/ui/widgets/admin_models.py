"""Table models of the Settings workspace: the accounts and the audit trail.

Both adapt one service answer (services.accounts.list_users, services.safety.history) to Qt
like the models in biotrack.ui.models, and add what the person needs to read them: disabled
accounts dimmed, and the audit event a verification found broken highlighted so it is found
at a glance.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from biotrack.models import User
from biotrack.ui.i18n import date_pattern, translate
from biotrack.ui.models import ENDED_FOREGROUND, SORT_ROLE, ListTableModel

BROKEN_BACKGROUND = QColor("#f6d5d5")
BROKEN_FOREGROUND = QColor("#5c1010")
ROLE_LABELS = {
    "nurse": QT_TRANSLATE_NOOP("UserModel", "nurse"),
    "technician": QT_TRANSLATE_NOOP("UserModel", "technician"),
    "manager": QT_TRANSLATE_NOOP("UserModel", "manager"),
}


def role_label(role: str) -> str:
    label = ROLE_LABELS.get(role)
    return translate("UserModel", label) if label else role


def _status(user: User) -> str:
    return translate("UserModel", "active") if user.active else translate("UserModel", "disabled")


class UserModel(ListTableModel[User]):
    """The accounts of this database; disabled ones dimmed (they stay: the trail names them)."""

    CONTEXT = "UserModel"
    COLUMNS = (
        (QT_TRANSLATE_NOOP("UserModel", "User name"), lambda u: u.username),
        (QT_TRANSLATE_NOOP("UserModel", "Full name"), lambda u: u.full_name),
        (QT_TRANSLATE_NOOP("UserModel", "Role"), lambda u: role_label(u.role)),
        (QT_TRANSLATE_NOOP("UserModel", "Status"), _status),
    )

    def extra_data(self, record: User, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and not record.active:
            return QBrush(ENDED_FOREGROUND)
        return None

    def row_of(self, username: str) -> int:
        for row, user in enumerate(self._rows):
            if user.username == username:
                return row
        return -1


TOOLTIP_VALUE = 600  # characters of a before/after value a tooltip shows


def _compact(value: Any, limit: int | None = None) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return text if limit is None or len(text) <= limit else text[:limit - 1] + "…"


def change_text(event: Any, limit: int = 140) -> str:
    """One line for the change: the fields that differ, or what was written."""
    before, after = event.before, event.after
    if isinstance(before, dict) and isinstance(after, dict):
        keys = sorted(set(before) | set(after))
        parts = [f"{k}: {_compact(before.get(k))} → {_compact(after.get(k))}"
                 for k in keys if before.get(k) != after.get(k)]
        text = "; ".join(parts)
    elif after is not None:
        text = _compact(after)
    elif before is not None:
        text = translate("AuditEventModel", "was: {before}").format(before=_compact(before))
    else:
        text = ""
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _when(event: Any) -> str:
    """The event's UTC moment to the second, its date written as the screen writes dates
    (25/11/2026 12:51:00); the stored text when it does not read as a timestamp."""
    stored = str(event.at)
    try:
        moment = datetime.fromisoformat(stored.replace("Z", "+00:00"))
    except ValueError:
        return stored[:19].replace("T", " ")
    day = QDate(moment.year, moment.month, moment.day).toString(date_pattern())
    return f"{day} {moment:%H:%M:%S}"


class AuditEventModel(ListTableModel[Any]):
    """Audit events (services.safety.history), newest first; the broken one highlighted.

    Rows are biotrack.db.audit.AuditEvent records as the service returns them (typed loosely
    here because ui/ does not import the database layer).
    """

    CONTEXT = "AuditEventModel"
    COLUMNS = (
        (QT_TRANSLATE_NOOP("AuditEventModel", "Event"), lambda e: str(e.id)),
        (QT_TRANSLATE_NOOP("AuditEventModel", "When (UTC)"), _when),
        (QT_TRANSLATE_NOOP("AuditEventModel", "User"), lambda e: e.username),
        (QT_TRANSLATE_NOOP("AuditEventModel", "Action"), lambda e: e.action),
        (QT_TRANSLATE_NOOP("AuditEventModel", "Record"),
         lambda e: f"{e.table_name}: {e.record_id}"),
        (QT_TRANSLATE_NOOP("AuditEventModel", "Reason"), lambda e: e.reason or ""),
        (QT_TRANSLATE_NOOP("AuditEventModel", "Change"), change_text),
    )

    def __init__(self, rows: Any = (), parent: Any = None) -> None:
        super().__init__(rows, parent)
        self._broken_id: int | None = None
        self._bold = QFont()
        self._bold.setBold(True)

    def broken_id(self) -> int | None:
        return self._broken_id

    def set_broken(self, event_id: int | None) -> None:
        """Mark the event a verification named (None: the chain is intact)."""
        self._broken_id = event_id
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(self.COLUMNS) - 1))

    def row_of(self, event_id: int) -> int:
        for row, event in enumerate(self._rows):
            if event.id == event_id:
                return row
        return -1

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == SORT_ROLE and index.isValid() and index.column() == 0 \
                and 0 <= index.row() < len(self._rows):
            return self._rows[index.row()].id  # events sort by number, not by text
        if role == SORT_ROLE and index.isValid() and index.column() == 1 \
                and 0 <= index.row() < len(self._rows):
            return str(self._rows[index.row()].at)  # by the stored moment, not day-first text
        return super().data(index, role)

    def extra_data(self, record: Any, column: int, role: int) -> Any:
        broken = self._broken_id is not None and record.id == self._broken_id
        if broken and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(BROKEN_BACKGROUND)
        if broken and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(BROKEN_FOREGROUND)
        if broken and role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(record, broken)
        return None

    def tooltip(self, event: Any, broken: bool) -> str:
        lines = []
        if broken:
            lines.append(self.tr("The verification found the chain broken here."))
        lines.append(self.tr("Event {id} at {at} by {user}: {action}").format(
            id=event.id, at=event.at, user=event.username, action=event.action))
        if event.before is not None:
            lines.append(self.tr("Before: {value}").format(
                value=_compact(event.before, TOOLTIP_VALUE)))
        if event.after is not None:
            lines.append(self.tr("After: {value}").format(
                value=_compact(event.after, TOOLTIP_VALUE)))
        if event.reason:
            lines.append(self.tr("Reason: {reason}").format(reason=event.reason))
        lines.append(self.tr("Hash: {hash}").format(hash=event.hash))
        return "\n".join(lines)
