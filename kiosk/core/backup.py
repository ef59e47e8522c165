"""Backups of the kiosk database with SQLite's online backup API.

Sealed lead data stays sealed in a backup: it is a page-for-page copy of the database.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kiosk.core import settings
from kiosk.core.db import KioskDB, translated_errors
from sync.contract.clock import SYSTEM_CLOCK, Clock
from sync.contract.errors import DataError, UserError

AUTO_BACKUP_PREFIX = "omrane-kiosk-"
AUTO_BACKUP_KEEP = 14


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size_bytes: int
    schema_version: int


def backup(db: KioskDB, target: Path) -> BackupInfo:
    """Copy the live database to ``target`` (atomic: a temp file renamed when complete)."""
    target = target.expanduser()
    if target.is_dir():
        raise UserError(f"{target} is a folder; give a file name, e.g. {target}/kiosk-backup.db")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    with translated_errors(target):
        copy = sqlite3.connect(partial)
        try:
            db.conn.backup(copy)
            problems = [r[0] for r in copy.execute("PRAGMA integrity_check")]
            copy.execute("PRAGMA journal_mode=DELETE")
        finally:
            copy.close()
    if problems != ["ok"]:
        partial.unlink(missing_ok=True)
        raise DataError(f"the backup copy failed its integrity check: {problems[:3]}")
    os.replace(partial, target)
    return BackupInfo(target, target.stat().st_size, db.user_version)


def restore(db: KioskDB, source: Path, *, safety_copy: Path | None = None) -> BackupInfo:
    """Replace the live database's content with the backup ``source``.

    The source is opened and checked first (ours, not newer, sound); the current content is
    saved to ``safety_copy`` before anything is overwritten.
    """
    source = source.expanduser()
    if not source.is_file():
        raise UserError(f"no backup file at {source}")
    with KioskDB(source, migrate=False) as candidate:
        problems = candidate.integrity_check()
        if problems:
            raise DataError(f"{source} is damaged: {problems[:3]}; nothing was restored")
        if safety_copy is not None:
            backup(db, safety_copy)
        with translated_errors(db.path):
            candidate.conn.backup(db.conn)
    db.migrate()
    return BackupInfo(source, source.stat().st_size, db.user_version)


def auto_backup(db: KioskDB, folder: Path, clock: Clock = SYSTEM_CLOCK) -> Path | None:
    """Today's backup into ``folder`` (e.g. a USB key) unless it exists; keeps the last 14."""
    today = clock.now().date().isoformat()
    target = folder / f"{AUTO_BACKUP_PREFIX}{today}.db"
    if target.exists():
        return None
    backup(db, target)
    olds = sorted(folder.glob(f"{AUTO_BACKUP_PREFIX}*.db"))
    for old in olds[:-AUTO_BACKUP_KEEP]:
        old.unlink(missing_ok=True)
    return target


DAILY_FOLDER_SETTING = "backup.daily_folder"


def daily_folder(db: KioskDB) -> Path | None:
    """The folder chosen for automatic daily backups (e.g. a USB key), if any."""
    value = settings.get(db, DAILY_FOLDER_SETTING)
    return Path(str(value)) if value else None


def set_daily_folder(db: KioskDB, folder: Path | None) -> None:
    if folder is None:
        settings.delete(db, DAILY_FOLDER_SETTING)
    else:
        settings.put(db, DAILY_FOLDER_SETTING, str(folder.expanduser().resolve()))


def run_daily_backup(db: KioskDB, clock: Clock = SYSTEM_CLOCK) -> Path | None:
    """Today's backup into the chosen folder; None when off, done already or the key is out."""
    folder = daily_folder(db)
    if folder is None or not folder.is_dir():
        return None
    return auto_backup(db, folder, clock)


def safety_copy_name(db_path: Path, moment: datetime) -> Path:
    return db_path.with_name(f"{db_path.stem}.before-restore-{moment:%Y%m%dT%H%M%S}.db")
