"""Fact keys pinned on this computer: each vault's key id, remembered by every session with a passphrase.

A run without a passphrase (the scheduled purge) can only check the facts with the public key stored in
the vault, which whoever can write the file can replace (and re-sign everything with their own). Pinned
outside the file, it cannot be: ``--trust KEYID`` on the command line pins it for one run; this file pins
it for every run of this OS account, from the first time the vault was unlocked here. (It does not stop
malware running as the same account, which can edit this file too.)
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path

from app.config import data_dir

FILE_NAME = "trusted-fact-keys.json"


def _path() -> Path:
    return data_dir() / FILE_NAME


def _read() -> dict[str, str]:
    try:
        data = json.loads(_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # none yet, or unreadable: as if nothing were pinned (--trust still pins)
    if not isinstance(data, dict):
        return {}
    return {str(k): str(v) for k, v in data.items() if isinstance(v, str)}


def pinned(vault_id: str) -> str | None:
    return _read().get(vault_id) if vault_id else None


def remember(vault_id: str, key_id: str) -> None:
    """Pin ``key_id`` for ``vault_id`` (derived from the vault key: the truth). Written atomically, and
    only when it changes; a folder that cannot be written leaves the pins as they were."""
    if not vault_id:
        return
    pins = _read()
    if pins.get(vault_id) == key_id:
        return
    pins[vault_id] = key_id
    folder = _path().parent
    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, temp = tempfile.mkstemp(dir=folder, prefix=".pins-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(pins, handle, indent=1, sort_keys=True)
            os.replace(temp, _path())
        except OSError:
            Path(temp).unlink(missing_ok=True)
