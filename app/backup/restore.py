"""Restore a backup into a new vault, then replay the purge ledger so no purged person comes back.

Order of work, so that a bad file changes nothing and a good one lands whole:
1. read the header and open one of its key slots (passphrase or recovery key, as at backup time);
2. read the whole payload once, checking every chunk and the row counts (nothing is written yet);
3. in ONE transaction on the new vault: create the schema, insert the rows — except every row of a
   candidate in the backup's ledger or the current vault's ledger (its data key included) — merge
   that ledger and the suppression list, move the id sequences past every id ever used, audit.
   On any failure the transaction rolls back and a new SQLite file is deleted.
"""

from __future__ import annotations

import contextlib
import json
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Connection, Table, func, insert, select, text
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session

from app import audit, roles
from app.backup import snapshot
from app.backup.fileformat import BackupDamaged, chunks, read_header, unlock
from app.clock import Clock
from app.config import Settings
from app.crypto.keys import VaultKeys
from app.errors import InvalidInput, Refused, VaultUnreadable
from app.integrity import audit_seal, fact_key, freshness, records, roster
from app.retention.rules import Policy
from app.search.backend import rebuild_postings
from app.store import meta
from app.store.engine import location_to_url, make_engine, sqlite_path, translate_operational_error
from app.store.models import Base, Candidate, CandidateKey, PurgeRecord, Suppression
from app.store.schema import BACKUP_SCHEMAS, alembic_config, head_revision, is_initialised

# Tables that keep their rows when their candidate is purged (no personal data in clear).
SURVIVES_PURGE = {"purge_records", "rights_requests", "audit_events"}
BATCH = 500


@dataclass
class Ledger:
    """The current vault's purge ledger and suppression list: clear facts, read without a passphrase."""

    vault_id: str
    purged: dict[int, dict[str, Any]]  # candidate id -> purge record columns
    suppression: list[dict[str, Any]]
    forged: list[int] = field(default_factory=list)  # records of candidates who still have data: ignored
    settings: str | None = None  # the current vault's settings and signed audit head (raw JSON): whether
    signed_head: str | None = None  # the evidence of a scheduled purge's record can be weighed


@dataclass
class RestoreReport:
    target: str
    backup_created_at: str
    restored_candidates: int
    skipped_purged: list[int] = field(default_factory=list)
    ledger_records_added: int = 0
    ledger_refused: list[tuple[int, str]] = field(default_factory=list)  # (id, why): not authenticated


def _records(path: Path, keys: VaultKeys) -> Iterator[Any]:
    """Every JSON line of the payload, in order (chunks checked before they are used)."""
    unpacker = zlib.decompressobj()
    pending = b""
    with path.open("rb") as handle:
        head = read_header(handle, path.name)
        try:
            for plain in chunks(handle, head, keys):
                pending += unpacker.decompress(plain)
                *complete, pending = pending.split(b"\n")
                for line in complete:
                    yield json.loads(line)
            pending += unpacker.flush()
        except (zlib.error, ValueError):
            raise BackupDamaged(f"the backup {path.name} cannot be unpacked; nothing was restored") from None
    if pending.strip() or not unpacker.eof:
        raise BackupDamaged(f"the backup {path.name} ends in the middle of a record; nothing was restored")


def _tables(path: Path, keys: VaultKeys) -> Iterator[tuple[Table, list[list[Any]] | None, Any]]:
    """(table, batch of rows, None) in file order; the last item is (vault_meta, None, end record)."""
    known = Base.metadata.tables
    table: Table | None = None
    batch: list[list[Any]] = []
    counts: dict[str, int] = {}
    end: dict[str, Any] | None = None
    # The generator is always read to its very end: that is where truncation and extra bytes show.
    for record in _records(path, keys):
        if end is not None:
            raise BackupDamaged(f"the backup {path.name} holds records after its end; nothing was restored")
        if isinstance(record, dict) and "table" in record:
            if table is not None and batch:
                yield table, batch, None
            table, batch = known.get(record["table"]), []
            if table is None or record.get("columns") != [c.name for c in table.columns]:
                raise BackupDamaged(
                    f"the backup {path.name} holds an unknown table layout; nothing was restored"
                )
            counts[table.name] = 0
        elif isinstance(record, dict) and "end" in record:
            if table is not None and batch:
                yield table, batch, None
            end = record["end"]
            if not isinstance(end, dict) or end.get("rows") != counts:
                raise BackupDamaged(f"the backup {path.name} is incomplete (row counts differ)")
        elif isinstance(record, list) and table is not None:
            batch.append(record)
            counts[table.name] += 1
            if len(batch) >= BATCH:
                yield table, batch, None
                batch = []
        else:
            raise BackupDamaged(f"the backup {path.name} holds an unknown record; nothing was restored")
    if end is None:
        raise BackupDamaged(f"the backup {path.name} has no end record; nothing was restored")
    yield known["vault_meta"], None, end


def restore(
    backup: Path,
    target: str,
    secret: str,
    *,
    kind: str,
    user: str | None,
    ledger: Ledger | None,
    clock: Clock,
) -> RestoreReport:
    try:
        handle = backup.open("rb")
    except OSError as exc:
        raise InvalidInput(f"cannot read the backup {backup}: {exc.strerror}") from None
    with handle:
        head = read_header(handle, backup.name)
    keys, slot = unlock(head, kind, secret, user)
    if not roles.allowed(str(slot.get("role")), roles.BACKUP):
        raise Refused(f"user {slot.get('user')!r} ({slot.get('role')}) may not restore backups; ask an admin")
    if head.header.get("schema") not in BACKUP_SCHEMAS:
        raise Refused(
            f"the backup has schema {head.header.get('schema')}, this app {head_revision()}: "
            "restore it with the CandidateVault version that made it"
        )
    if ledger is not None and ledger.vault_id != head.vault_id:
        raise Refused("the backup belongs to another vault than the current one; its ledger cannot apply")
    refused = _refuse_unauthenticated(ledger, keys) if ledger is not None else []
    # The check pass: a damaged file stops here, before anything is written anywhere.
    backup_purged: set[int] = set()
    backup_alive: set[int] = set()  # a record of one of these is forged (see read_ledger): not applied
    for table, batch, _end in _tables(backup, keys):
        column = {"purge_records": "candidate_id", "candidates": "id", "candidate_keys": "candidate_id"}
        if table.name in column and batch:
            ids = {int(snapshot.decode(table, values)[column[table.name]]) for values in batch}
            (backup_purged if table.name == "purge_records" else backup_alive).update(ids)
    backup_purged -= backup_alive
    url = location_to_url(target)
    path = sqlite_path(url)
    if path is not None and path.exists() and path.stat().st_size > 0:
        raise InvalidInput(f"{path} already exists; restore into a new file")
    engine = make_engine(url)
    try:
        if is_initialised(engine):
            raise InvalidInput("the target database already holds a vault; restore into an empty one")
        with engine.begin() as conn:
            report, left_rows, added_evidence = _load(
                conn, backup, keys, ledger, backup_purged, head.created_at
            )
            with Session(bind=conn) as session:
                roster.left_out(session, left_rows, added_evidence)
                details = {
                    "backup_created_at": head.created_at,
                    "skipped_purged": len(report.skipped_purged),
                    "ledger": ledger is not None,
                    "role": slot.get("role"),
                }
                event = audit.append(
                    session, clock.now(), str(slot.get("user")), "vault_restored", None, details
                )
                session.flush()
                # Signed over the restore's own event only: a problem the backup holds stays visible.
                audit_seal.sign_head(session, keys, appended_from=event.id)
                session.flush()
                restored = freshness.newest(session, new_copy=True)
        freshness.remember(restored)  # a new copy, remembered beside the one it came from
        report.target = url if path is None else str(path)
        report.ledger_refused = refused
        return report
    except BaseException as exc:
        engine.dispose()
        if path is not None:
            for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
                with contextlib.suppress(OSError):
                    leftover.unlink()
        if isinstance(exc, OperationalError):
            raise translate_operational_error(exc) from None
        if isinstance(exc, DatabaseError):
            raise VaultUnreadable(
                f"the target refused the restored data ({type(exc.orig).__name__}); nothing was restored"
            ) from None
        raise
    finally:
        engine.dispose()


def _load(
    conn: Connection,
    backup: Path,
    keys: VaultKeys,
    ledger: Ledger | None,
    backup_purged: set[int],
    created_at: str,
) -> tuple[RestoreReport, list[tuple[int, bytes]], list[tuple[int, str | None]]]:
    """Load the backup, and how that moved the roster from the backup's signed one (app/integrity/
    roster.py): the rows of candidates left out, and the evidence of the ledger's records awaiting a
    signature."""
    from alembic import command  # only here: every other command starts without Alembic

    cfg = alembic_config()
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, "head")
    purged = backup_purged | (set(ledger.purged) if ledger else set())
    report = RestoreReport("", created_at, 0)
    high = max(purged, default=0)
    skipped: set[int] = set()
    left_rows: list[tuple[int, bytes]] = []
    added_evidence: list[tuple[int, str | None]] = []
    for table, batch, end in _tables(backup, keys):
        if batch is None:
            high = max(high, int(end.get("candidate_id_high") or 0))
            continue
        rows = [snapshot.decode(table, values) for values in batch]
        owner = "id" if table.name == "candidates" else "candidate_id"
        if owner in table.c and table.name not in SURVIVES_PURGE:
            skipped |= {r[owner] for r in rows if r[owner] in purged}
            if table.name == "fact_roster":
                left_rows += [(r[owner], r["digest"]) for r in rows if r[owner] in purged]
            rows = [r for r in rows if r[owner] not in purged]
        if table.name == "candidates":
            report.restored_candidates += len(rows)
        if rows:
            conn.execute(table.insert(), rows)
    report.skipped_purged = sorted(skipped)
    with Session(bind=conn) as session:
        rebuild_postings(session)  # Core statements: nothing for the session to flush
    if ledger is not None:
        added = _merge_ledger(conn, ledger)
        report.ledger_records_added = len(added)
        added_evidence = [
            (row["candidate_id"], row["evidence"])
            for row in added
            if row.get("signature") is None and row.get("evidence") is not None
        ]
    tables = Base.metadata.tables
    for column in (
        tables["candidates"].c.id,
        tables["purge_records"].c.candidate_id,
        tables["rights_requests"].c.candidate_id,
        tables["audit_events"].c.candidate_id,
    ):
        high = max(high, conn.execute(select(func.max(column))).scalar() or 0)
    _move_sequences(conn, high)
    return report, left_rows, added_evidence


def _refuse_unauthenticated(ledger: Ledger, keys: VaultKeys) -> list[tuple[int, str]]:
    """Take out of ``ledger`` each record that is neither signed nor backed by signed facts that made
    its candidate due (app/integrity/records.py): no purge wrote it, so its candidate is restored."""
    public = fact_key.public_of(keys)
    trusted = audit_seal.covers_settings(public, ledger.signed_head, ledger.settings)
    policy = Policy.from_settings(Settings(ledger.settings)) if trusted else None
    listed = [SimpleNamespace(**row) for row in ledger.purged.values()]
    failing = records.problems(listed, public, policy)
    for candidate_id in failing:
        del ledger.purged[candidate_id]
    return sorted(failing.items())


def _merge_ledger(conn: Connection, ledger: Ledger) -> list[dict[str, Any]]:
    """Add the ledger's records the backup lacks (those added, returned) and its suppressions."""
    have = set(conn.execute(select(PurgeRecord.candidate_id)).scalars())
    new = [row for cid, row in sorted(ledger.purged.items()) if cid not in have]
    if new:
        conn.execute(insert(PurgeRecord), new)
    digests = set(conn.execute(select(Suppression.digest)).scalars())
    extra = [row for row in ledger.suppression if row["digest"] not in digests]
    if extra:
        conn.execute(insert(Suppression), extra)
    return new


def _move_sequences(conn: Connection, candidate_high: int) -> None:
    """Ids are never handed out twice: past the rows restored, and past every candidate id ever used."""
    if conn.dialect.name == "sqlite":
        if candidate_high:
            updated = conn.execute(
                text("UPDATE sqlite_sequence SET seq = max(seq, :high) WHERE name = 'candidates'"),
                {"high": candidate_high},
            ).rowcount
            if not updated:
                conn.execute(
                    text("INSERT INTO sqlite_sequence (name, seq) VALUES ('candidates', :high)"),
                    {"high": candidate_high},
                )
        return
    if conn.dialect.name != "postgresql":
        return
    for table in Base.metadata.sorted_tables:
        pk = list(table.primary_key.columns)
        if len(pk) != 1 or pk[0].autoincrement is False or table.name in ("purge_records",):
            continue
        seq = conn.execute(
            text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": table.name, "c": pk[0].name}
        ).scalar()
        if seq is None:
            continue
        high = conn.execute(select(func.max(pk[0]))).scalar() or 0
        if table.name == "candidates":
            high = max(high, candidate_high)
        if high:
            conn.execute(text("SELECT setval(:s, :v)"), {"s": seq, "v": high})


def read_ledger(vault: Any) -> Ledger:
    """The current vault's ledger (``vault`` may be locked: these are clear facts).

    A record whose candidate still has a row or a data key was not written by a purge (a purge deletes
    both in the same transaction): it is left out, so that a forged record cannot drop a candidate."""
    with vault.read() as session:
        alive = set(session.scalars(select(Candidate.id))) | set(
            session.scalars(select(CandidateKey.candidate_id))
        )
        listed = list(session.scalars(select(PurgeRecord)))
        purged = {
            r.candidate_id: {
                "candidate_id": r.candidate_id,
                "purged_on": r.purged_on,
                "reason": r.reason,
                "signature": r.signature,
                "evidence": r.evidence,
                "rights": r.rights,
            }
            for r in listed
            if r.candidate_id not in alive
        }
        suppression = [
            {"digest": s.digest, "kind": s.kind, "added_on": s.added_on}
            for s in session.scalars(select(Suppression))
        ]
        forged = sorted(r.candidate_id for r in listed if r.candidate_id in alive)
        settings, head = meta.value(session, "settings"), meta.value(session, audit_seal.SIGNED_HEAD)
    return Ledger(
        vault.meta("vault_id") or "",
        purged,
        suppression,
        forged,
        settings,
        head,
    )
