"""The two kinds of error BioTrack knows (STYLE.md practice 5).

A UserError is the person's or the environment's fault and is shown as one clear line, never
with a traceback; anything else is a bug and reaches the crash path with its traceback.
"""

from __future__ import annotations


class BioTrackError(Exception):
    """Base of every error BioTrack raises on purpose."""


class UserError(BioTrackError):
    """Bad input or a refused operation: shown as is; the CLI exits with code 2."""

    exit_code = 2


class NotFound(UserError):
    """An unknown participant code, visit, barcode, position or user."""


class Conflict(UserError):
    """The request contradicts what is stored (visit already collected, position occupied)."""


class PermissionDenied(UserError):
    """The signed-in user's role does not allow the operation."""


class ProtocolError(UserError):
    """The protocol file is malformed; the message names the offending key."""


class StorageUnavailable(BioTrackError):
    """The database file cannot be used (locked, not a BioTrack file, too new, disk full).

    Shown as one clear line; the CLI exits with code 1 because the input was not at fault.
    """

    exit_code = 1
