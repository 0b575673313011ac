"""Every user setting declared once: name, default and help (STYLE.md practice 11).

The GUI stores the values with QSettings and the Settings page lists them from here; services
receive plain values, never a settings object.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Setting:
    """One setting: its key, its default value, and what it is for."""

    key: str
    default: str | int
    help: str


BACKUP_FOLDER = Setting(
    "backup/folder", "",
    "Folder for the automatic daily backup (empty: 'backups' in BioTrack's data folder)",
)
BACKUP_KEEP_DAYS = Setting("backup/keep_days", 30, "How many days of daily backups to keep")
LABEL_TEMPLATE = Setting("labels/template", "cryo-38x13", "Default label template")
LABEL_PRINTER = Setting(
    "labels/printer", "pdf", "Where labels go: 'pdf', a print queue, or 'zebra:HOST:PORT'"
)
SITE = Setting("site", "", "Site code of this PC (filters the due list by default)")
LANGUAGE = Setting("language", "", "Language of the interface (empty: the system's)")

SETTINGS = (BACKUP_FOLDER, BACKUP_KEEP_DAYS, LABEL_TEMPLATE, LABEL_PRINTER, SITE, LANGUAGE)


def default_backup_folder() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("BioTrack", appauthor=False)) / "backups"


def backup_folder(value: object) -> Path:
    """The configured backup folder, or the default when the setting is empty."""
    text = str(value or "").strip()
    return Path(text).expanduser() if text else default_backup_folder()


def keep_days(value: object) -> int:
    try:
        days = int(str(value))
    except ValueError:
        return int(BACKUP_KEEP_DAYS.default)
    return max(days, 1)
