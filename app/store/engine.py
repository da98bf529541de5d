"""Engine set-up: any SQLAlchemy URL; SQLite gets the pragmas that make deletion and crashes safe."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from app.errors import DiskFull, VaultBusy, VaultError, VaultUnreadable
from app.store import meta

BUSY_TIMEOUT_MS = 10_000
# The oldest SQLite the statements here run on: UPDATE ... FROM (the search postings' sweep, 3.33, 2020).
# Python's own builds for Windows and macOS bring a newer one; a Linux Python may link an older system one.
MIN_SQLITE = (3, 33, 0)


def location_to_url(location: str | Path) -> str:
    text = str(location)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _sqlite_pragmas(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    if cur.execute("PRAGMA page_count").fetchone()[0] == 0:
        # Only possible before the first table exists (and it would wait for a lock afterwards).
        cur.execute("PRAGMA auto_vacuum = INCREMENTAL")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = FULL")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA secure_delete = ON")
    # Checkpoint at ~40 MB of WAL, not the default 4 MB: a bulk purge batch rewrites thousands of pages,
    # and nearly every commit also checkpointed (1,074 -> ~1,380 candidates/s at 100k). Purged data
    # still leaves the WAL at once: a purge ends with an explicit checkpoint (``checkpoint`` below).
    cur.execute("PRAGMA wal_autocheckpoint = 10000")
    # Sorts and temporary indexes stay in memory: no plaintext-bearing temp files.
    cur.execute("PRAGMA temp_store = MEMORY")
    cur.close()


WRITE = {"vault_write": True}


def _begin(conn: Any) -> None:
    # pysqlite's own BEGIN handling is switched off below. A write transaction (an engine with the
    # WRITE option) takes the lock at BEGIN, so a writer waits for another (busy timeout) instead of
    # failing half-way when it upgrades a read lock; readers never wait (WAL).
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("vault_write") else "BEGIN")


def make_engine(url: str) -> Engine:
    if not is_sqlite(url):
        parsed = make_url(url)
        if parsed.get_backend_name() == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")
        return create_engine(parsed, pool_pre_ping=True)
    if sqlite3.sqlite_version_info < MIN_SQLITE:
        needed = ".".join(map(str, MIN_SQLITE[:2]))
        raise VaultError(
            f"this Python's SQLite is {sqlite3.sqlite_version}; CandidateVault needs SQLite {needed} or later"
        )
    path = sqlite_path(url)
    if path is not None:
        if not path.parent.exists():
            path.parent.mkdir(parents=True, mode=0o700)
        if not path.exists():
            # Created by us, readable by the owner only.
            fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
            os.close(fd)
    engine = create_engine(
        url,
        connect_args={"isolation_level": None, "check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )
    event.listen(engine, "connect", _sqlite_pragmas)
    event.listen(engine, "begin", _begin)
    return engine


# PostgreSQL advisory lock key: writers that share rows of the whole vault (the audit chain's head, the
# search postings) take it, so they go one at a time, as every SQLite writer does.
_SHARED_WRITE_LOCK = 724201
_LOCK_HELD = "shared_write_lock_held_by"  # session.info: the transaction that took the lock


def lock_shared_writes(session: Session) -> None:
    """From here to the end of the transaction, one writer at a time (PostgreSQL; re-entrant).

    Taken before a write to rows that many candidates share, so two writers never hold some of them
    each and wait for the other's (a deadlock PostgreSQL would end by failing one of them)."""
    if session.get_bind().dialect.name != "postgresql":
        return
    transaction = session.get_transaction()
    if transaction is not None and session.info.get(_LOCK_HELD) is transaction:
        return  # held until the transaction ends: a write asks three or four times (36 statements → 30)
    session.execute(text(f"SELECT pg_advisory_xact_lock({_SHARED_WRITE_LOCK})"))
    session.info[_LOCK_HELD] = session.get_transaction()
    meta.forget(session)  # rows read before the lock may have changed since


def one_snapshot(session: Session) -> None:
    """Make this read one snapshot, as SQLite's always is: at PostgreSQL's default (READ COMMITTED) each
    statement sees what committed before it, so a check made of several reads (the roster's hash, then
    the manifests it vouches for) could mix two states. Call it before the session's first query."""
    if session.get_bind().dialect.name == "postgresql":
        session.connection(execution_options={"isolation_level": "REPEATABLE READ"})


def translate_operational_error(exc: OperationalError) -> Exception:
    text = str(exc.orig) if exc.orig is not None else str(exc)
    text = " ".join(text.split())  # libpq's messages span lines; a user error is one line
    if "locked" in text or "busy" in text or "deadlock" in text or "could not serialize" in text:
        return VaultBusy("the vault is busy: another CandidateVault is writing to it; try again in a moment")
    if "disk is full" in text or "No space left" in text or "could not extend file" in text:
        return DiskFull("the disk holding the vault is full: nothing was saved; free space and try again")
    if "not a database" in text or "malformed" in text or "disk I/O" in text:
        return VaultUnreadable(f"the vault file cannot be read ({text})")
    if "unable to open" in text:
        return VaultUnreadable("the vault file cannot be opened (check the path and its permissions)")
    return VaultUnreadable(f"the vault cannot be used: {text}")


def checkpoint(engine: Engine) -> None:
    """Move the WAL into the main file and truncate it, so deleted rows are gone from the WAL too."""
    if engine.dialect.name != "sqlite":
        return
    raw = engine.raw_connection()  # outside any transaction: a checkpoint cannot run inside one
    try:
        # Give the free pages back to the file system. As a script: one ``execute`` of this pragma frees
        # a single page (the driver steps the statement once), ``executescript`` runs it to the end.
        driver = raw.driver_connection
        assert isinstance(driver, sqlite3.Connection)
        driver.executescript("PRAGMA incremental_vacuum;")
        cur = raw.cursor()
        cur.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        cur.close()
    finally:
        raw.close()
