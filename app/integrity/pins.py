"""Fact keys pinned on this computer: each vault's key id, remembered by every session with a passphrase.

A run without a passphrase (the scheduled purge) can only check the facts with the public key stored in
the vault, which whoever can write the file can replace (and re-sign everything with their own). Pinned
outside the file, it cannot be: ``--trust KEYID`` on the command line pins it for one run; this file pins
it for every run of this OS account, from the first time the vault was unlocked here. (It does not stop
malware running as the same account, which can edit this file too.) Beside them, the newest signed
head each vault was left at (app/integrity/freshness.py).
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path

from app.config import data_dir

FILE_NAME = "trusted-fact-keys.json"
HEADS_FILE_NAME = "newest-signed-heads.json"  # app/integrity/freshness.py


def _path(name: str = FILE_NAME) -> Path:
    return data_dir() / name


def _read(name: str = FILE_NAME) -> dict[str, object]:
    try:
        data = json.loads(_path(name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # none yet, or unreadable: as if nothing were pinned (--trust still pins)
    return data if isinstance(data, dict) else {}


def _write(name: str, pins: dict[str, object]) -> None:
    """Atomically; a folder that cannot be written leaves the pins as they were."""
    folder = _path(name).parent
    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, temp = tempfile.mkstemp(dir=folder, prefix=".pins-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(pins, handle, indent=1, sort_keys=True)
            os.replace(temp, _path(name))
        except OSError:
            Path(temp).unlink(missing_ok=True)


def pinned(vault_id: str) -> str | None:
    key_id = _read().get(vault_id) if vault_id else None
    return key_id if isinstance(key_id, str) else None


def remember(vault_id: str, key_id: str) -> None:
    """Pin ``key_id`` for ``vault_id`` (derived from the vault key: the truth), only when it changes."""
    if not vault_id:
        return
    pins = _read()
    if pins.get(vault_id) == key_id:
        return
    pins[vault_id] = key_id
    _write(FILE_NAME, pins)


Head = tuple[int, str]  # a signed head: (event id, hash)
BRANCHES = 8  # copies of one vault remembered at once (a restore adds one; the oldest is forgotten)


def newest_heads(vault_id: str) -> list[Head]:
    """The signed heads sessions on this computer left ``vault_id``'s copies at, oldest first."""
    return _heads(_read(HEADS_FILE_NAME).get(vault_id) if vault_id else None)


def _heads(seen: object) -> list[Head]:
    if not isinstance(seen, list):
        return []  # none yet, or not as written here: as if this computer had seen nothing
    return [
        (int(h[0]), str(h[1])) for h in seen if isinstance(h, list) and len(h) == 2 and isinstance(h[0], int)
    ]


def remember_head(vault_id: str, replaces: Head | None, head: Head) -> None:
    """``head`` is where a copy of ``vault_id`` was left: instead of ``replaces`` (the head it went on
    from), or beside the others (a new copy)."""
    if not vault_id:
        return
    store = _read(HEADS_FILE_NAME)
    before = _heads(store.get(vault_id))
    heads = [h for h in before if h != replaces and h != head] + [head]
    if heads != before:
        store[vault_id] = [list(h) for h in heads[-BRANCHES:]]
        _write(HEADS_FILE_NAME, store)
