"""Encrypted backups that can never bring a purged person back (see restore.py)."""

from app.backup.create import BackupResult, BackupService
from app.backup.fileformat import SUFFIX, BackupDamaged
from app.backup.restore import Ledger, RestoreReport, read_ledger, restore

__all__ = [
    "SUFFIX",
    "BackupDamaged",
    "BackupResult",
    "BackupService",
    "Ledger",
    "RestoreReport",
    "read_ledger",
    "restore",
]
