"""Backup retention: which backups of a folder have expired (keep the last N, none older than N days).

A backup is kept only while it is among the newest ``keep_last`` of its vault *and* younger than
``keep_days``; the one just written is always kept. Only files named ``*.cvbackup`` whose header says
they belong to the same vault are ever considered, so other files in the folder are never touched.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from app.backup.fileformat import SUFFIX, read_header
from app.errors import Damaged


@dataclass(frozen=True)
class Found:
    path: Path
    created_at: dt.datetime


def expired(found: list[Found], now: dt.datetime, keep_last: int, keep_days: int, keep: Path) -> list[Path]:
    """Pure: the backups to delete, oldest first."""
    newest_first = sorted(found, key=lambda f: f.created_at, reverse=True)
    limit = now - dt.timedelta(days=keep_days)
    doomed = [
        f
        for rank, f in enumerate(newest_first)
        if f.path != keep and (rank >= keep_last or f.created_at < limit)
    ]
    return [f.path for f in reversed(doomed)]


def backups_of(folder: Path, vault_id: str) -> list[Found]:
    found: list[Found] = []
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        try:
            with path.open("rb") as handle:
                head = read_header(handle, path.name)
            created = dt.datetime.fromisoformat(head.created_at)
        except (OSError, Damaged, ValueError):
            continue  # not ours, or unreadable: never deleted by rotation
        if head.vault_id == vault_id and path.is_file():
            found.append(Found(path, created))
    return found
