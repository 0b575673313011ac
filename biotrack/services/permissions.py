"""Who may do what: the role rules, checked in the service layer for every front.

Nurse: schedule, collections, labels. Technician: + storage operations. Manager: + users,
corrections, protocol, reports, restore (issue "Nothing lost, nothing hidden").
"""

from __future__ import annotations

from biotrack.errors import PermissionDenied
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

_DESCRIPTIONS = {
    "enrol": "enrol participants", "clinical_event": "record clinical events",
    "collect": "register collections", "print_labels": "print labels",
    "withdraw": "withdraw participants", "view_local_id": "see local identifiers",
    "storage": "move or check out tubes", "discard": "discard tubes",
    "storage_layout": "change the freezer layout", "reports": "make reports",
    "users": "manage users", "corrections": "correct records", "restore": "restore backups",
    "backup": "make backups",
}


def allowed(user: User, permission: str) -> bool:
    return user.active and user.role in PERMISSIONS[permission]


def require(user: User, permission: str) -> None:
    if not allowed(user, permission):
        raise PermissionDenied(
            f"{user.username} ({user.role}) may not {_DESCRIPTIONS[permission]}"
        )
