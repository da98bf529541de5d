"""The encrypted peer baseline: the plaintext baseline's database as SQLCipher keeps it.

SQLCipher encrypts SQLite page by page (AES-256-CBC with an HMAC per page); it is what an app that
encrypts "the database file" would use. Its copy here is the plaintext baseline (same rows, same FTS5
indexes) exported with ``sqlcipher_export``, so that a figure can set ours beside another encrypted
design, not only beside no encryption at all. ``sqlcipher3-binary`` is an optional dependency
(``pip install -e ".[bench]"``); without it, the peer figures say so and are left out.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType
from typing import Any

NAME = "SQLCipher"
MISSING = f'{NAME}: not installed (pip install -e ".[bench]")'
_KEY = "benchmark peer key"


def driver() -> ModuleType | None:
    """The SQLCipher driver, or None when the optional dependency is not installed."""
    try:
        return importlib.import_module("sqlcipher3")
    except ImportError:
        return None


def encrypted_copy(plain: Path, out: Path) -> Path | None:
    """``plain`` exported into a new SQLCipher database at ``out`` (once); None without the driver."""
    sqlcipher = driver()
    if sqlcipher is None:
        return None
    if not out.exists():
        con = sqlcipher.connect(str(plain))  # no key: SQLCipher reads a plaintext file as SQLite does
        try:
            con.execute("ATTACH DATABASE ? AS peer KEY ?", (str(out), _KEY))
            con.execute("SELECT sqlcipher_export('peer')")
            con.execute("DETACH DATABASE peer")
        finally:
            con.close()
    return out


def connect(path: Path) -> Any:
    """An open, keyed connection whose key is already derived (the KDF is not what a figure measures)."""
    sqlcipher = driver()
    if sqlcipher is None:
        raise RuntimeError(MISSING)
    con = sqlcipher.connect(str(path))
    con.execute(f"PRAGMA key = '{_KEY}'")  # a pragma takes no bound parameter; the key is a constant
    con.execute("SELECT count(*) FROM sqlite_master").fetchone()  # derives the key, reads page 1
    return con
