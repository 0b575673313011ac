"""Who may do what: the role rules, checked in the service layer for every front.

Nurse: schedule, collections, labels. Technician: + storage operations. Manager: + users,
corrections, protocol, reports, restore (issue "Nothing lost, nothing hidden").
"""

from __future__ import annotations

from biotrack.errors import QT_TRANSLATE_NOOP, Message, PermissionDenied
from biotrack.models import User

NURSE = "nurse"
TECHNICIAN = "technician"
MANAGER = "manager"

_ALL = frozenset({NURSE, TECHNICIAN, MANAGER})
PERMISSIONS: dict[str, frozenset[str]] = {
    "enrol": _ALL,
    "clinical_event": _ALL,        # irAE, remission, flare, missed visit
    "collect": _ALL,
    "print_labels": _ALL,
    "withdraw": frozenset({NURSE, MANAGER}),
    "view_local_id": frozenset({NURSE, MANAGER}),
    "storage": frozenset({TECHNICIAN, MANAGER}),      # move, check out/in, consume, ship
    "discard": frozenset({TECHNICIAN, MANAGER}),
    "storage_layout": frozenset({TECHNICIAN, MANAGER}),
    "reports": frozenset({MANAGER}),
    "users": frozenset({MANAGER}),
    "corrections": frozenset({MANAGER}),
    "restore": frozenset({MANAGER}),
    "backup": _ALL,
}

#: What each permission allows, worded to follow "may not" (translated with the refusal).
_DESCRIPTIONS = {
    "enrol": QT_TRANSLATE_NOOP("Messages", "enrol participants"),
    "clinical_event": QT_TRANSLATE_NOOP("Messages", "record clinical events"),
    "collect": QT_TRANSLATE_NOOP("Messages", "register collections"),
    "print_labels": QT_TRANSLATE_NOOP("Messages", "print labels"),
    "withdraw": QT_TRANSLATE_NOOP("Messages", "withdraw participants"),
    "view_local_id": QT_TRANSLATE_NOOP("Messages", "see local identifiers"),
    "storage": QT_TRANSLATE_NOOP("Messages", "move or check out tubes"),
    "discard": QT_TRANSLATE_NOOP("Messages", "discard tubes"),
    "storage_layout": QT_TRANSLATE_NOOP("Messages", "change the freezer layout"),
    "reports": QT_TRANSLATE_NOOP("Messages", "make reports"),
    "users": QT_TRANSLATE_NOOP("Messages", "manage users"),
    "corrections": QT_TRANSLATE_NOOP("Messages", "correct records"),
    "restore": QT_TRANSLATE_NOOP("Messages", "restore backups"),
    "backup": QT_TRANSLATE_NOOP("Messages", "make backups"),
}


def allowed(user: User, permission: str) -> bool:
    return user.active and user.role in PERMISSIONS[permission]


def require(user: User, permission: str) -> None:
    if not allowed(user, permission):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("Messages", "{user} ({role}) may not {action}"),
            user=user.username, role=user.role, action=Message(_DESCRIPTIONS[permission]))
