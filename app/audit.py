"""Hash-chained audit log. Events name actions and pseudonymous candidate ids, never personal data.

Each event's hash covers its own fields and the previous event's hash, so an edited, deleted or
reordered row breaks the chain at that point. The chain is a plain SHA-256 chain (not keyed) on
purpose: a purge that runs without a passphrase must be able to append to it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from app.store import meta
from app.store.engine import lock_shared_writes
from app.store.models import AuditEvent

GENESIS = "0" * 64
ANCHOR_KEY = "audit_anchor"  # {"id": last pruned id, "hash": its hash} after pruning
HEAD_KEY = "audit_head"  # {"id": newest id, "hash": its hash}
WARNING = "chain_warning"  # a detail set by ``append`` when it found the chain tampered with
# Actions checked by name elsewhere (app/integrity/unattended.py: what a run without a passphrase logs).
CANDIDATE_PURGED = "candidate_purged"
BULK_PURGE = "bulk_purge"
UNLOCK_FAILED = "unlock_failed"
APPENDED = "audit_appended"  # in session.info: the first event this transaction logged (its head gets signed)
UNATTENDED = "unattended"  # how the actor of a run without a passphrase begins


# One encoder for every digest: json.dumps with options builds a new one per call (verify hashes every event).
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=True)


def _digest(
    event_id: int,
    at: str,
    actor: str,
    action: str,
    candidate_id: int | None,
    details: dict[str, Any],
    prev_hash: str,
) -> str:
    body = _CANONICAL.encode([event_id, at, actor, action, candidate_id, details, prev_hash])
    return hashlib.sha256(body.encode()).hexdigest()


def append(
    session: Session,
    at: dt.datetime,
    actor: str,
    action: str,
    candidate_id: int | None = None,
    details: dict[str, Any] | None = None,
) -> AuditEvent:
    """Add an event at the end of the chain, inside the caller's transaction."""
    lock_shared_writes(session)  # writers append one at a time
    event_id, prev = _next_link(session)
    stamp = at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    details = details or {}
    if event_id > 1 and _get_pointer(session, HEAD_KEY) is None:
        # Someone deleted the head pointer (perhaps with the newest events): say so in the chain itself,
        # so that rewriting the pointer by appending does not hide it.
        details = {**details, WARNING: "head_missing"}
    event = AuditEvent(
        id=event_id,
        at=stamp,
        actor=actor,
        action=action,
        candidate_id=candidate_id,
        details=details,
        prev_hash=prev,
        hash=_digest(event_id, stamp, actor, action, candidate_id, details, prev),
    )
    session.add(event)
    session.info.setdefault(APPENDED, event_id)
    # The head is kept apart, so that deleting the newest events is noticed too.
    set_meta(session, HEAD_KEY, {"id": event_id, "hash": event.hash})
    return event


def _next_link(session: Session) -> tuple[int, str]:
    """The id and previous hash of the next event.

    The head pointer wins over the newest row: if the newest events were deleted, the next event still
    links to the real head, so the gap stays visible to ``verify`` instead of being papered over.
    """
    last = session.execute(
        select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)
    ).first()
    head = _get_pointer(session, HEAD_KEY)
    if head is not None and (last is None or head[0] >= last.id):
        return head[0] + 1, head[1]
    if last is not None:
        return last.id + 1, last.hash
    pruned = anchor(session)
    return (pruned[0] + 1, pruned[1]) if pruned else (1, GENESIS)


def append_many(
    session: Session,
    at: dt.datetime,
    actor: str,
    events: Sequence[tuple[str, int | None, dict[str, Any]]],
) -> None:
    """Append (action, candidate id, details) events in one insert: for bulk loads of many
    candidates. The chain and hashes are exactly those that ``append`` one by one would give."""
    if not events:
        return
    lock_shared_writes(session)
    session.flush()
    event_id, prev = _next_link(session)
    stamp = at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    head_missing = event_id > 1 and _get_pointer(session, HEAD_KEY) is None
    rows: list[dict[str, Any]] = []
    for action, candidate_id, given in events:
        details = given
        if head_missing and not rows:  # as ``append`` marks its first event after a deleted head
            details = {**given, WARNING: "head_missing"}
        digest = _digest(event_id, stamp, actor, action, candidate_id, details, prev)
        rows.append(
            {
                "id": event_id,
                "at": stamp,
                "actor": actor,
                "action": action,
                "candidate_id": candidate_id,
                "details": details,
                "prev_hash": prev,
                "hash": digest,
            }
        )
        event_id, prev = event_id + 1, digest
    session.execute(insert(AuditEvent), rows)
    session.info.setdefault(APPENDED, rows[0]["id"])
    set_meta(session, HEAD_KEY, {"id": event_id - 1, "hash": prev})


def set_meta(session: Session, key: str, value: dict[str, Any]) -> None:
    """Store a JSON pointer in vault_meta (get and set: once per transaction, no merge's extra SELECT)."""
    meta.put(session, key, json.dumps(value))


def anchor(session: Session) -> tuple[int, str] | None:
    """(id, hash) of the last pruned event, if the log was pruned."""
    return _get_pointer(session, ANCHOR_KEY)


def head(session: Session) -> tuple[int, str] | None:
    """(id, hash) of the newest event."""
    return _get_pointer(session, HEAD_KEY)


def _get_pointer(session: Session, key: str) -> tuple[int, str] | None:
    stored = meta.value(session, key)
    if stored is None:
        return None
    data = json.loads(stored)
    return int(data["id"]), str(data["hash"])  # a signature beside them is app/integrity/audit_seal's


@dataclass
class ChainReport:
    events: int
    first_broken: int | None
    problem: str | None

    @property
    def ok(self) -> bool:
        return self.first_broken is None


def verify_chain(session: Session) -> ChainReport:
    pruned = anchor(session)
    expected_id, prev = (pruned[0] + 1, pruned[1]) if pruned else (1, GENESIS)
    count = 0
    # Streamed in chunks: a 100k-candidate vault has hundreds of thousands of events.
    columns = [c for c in AuditEvent.__table__.c]  # rows, not ORM objects: a fifth of the time
    events = select(*columns).order_by(AuditEvent.id).execution_options(yield_per=2000)
    for ev in session.execute(events):
        count += 1
        if ev.id != expected_id:
            return ChainReport(
                count,
                expected_id,
                f"audit event {expected_id} is missing (deleted; the chain resumes at event {ev.id})",
            )
        if ev.prev_hash != prev:
            return ChainReport(
                count,
                ev.id,
                f"audit event {ev.id} does not link to the event before it (reordered or edited)",
            )
        if (
            _digest(ev.id, ev.at, ev.actor, ev.action, ev.candidate_id, ev.details or {}, ev.prev_hash)
            != ev.hash
        ):
            return ChainReport(count, ev.id, f"audit event {ev.id} was edited (its hash does not match)")
        if (ev.details or {}).get(WARNING) == "head_missing":
            return ChainReport(
                count,
                ev.id,
                f"audit event {ev.id} was logged while the head pointer was missing: "
                "the newest events before it may have been deleted",
            )
        prev, expected_id = ev.hash, ev.id + 1
    head = _get_pointer(session, HEAD_KEY)
    if head is None and expected_id > 1:
        return ChainReport(
            count,
            expected_id,
            f"the audit head pointer is missing: audit event {expected_id} and later "
            "ones may have been deleted",
        )
    if head is not None and head != (expected_id - 1, prev):
        return ChainReport(
            count, expected_id, f"audit event {expected_id} and later ones are missing (deleted)"
        )
    return ChainReport(count, None, None)


def prune(session: Session, before: dt.date) -> int:
    """Delete the oldest events, those logged before ``before`` (UTC date), and move the anchor.

    Only a leading run of old events goes, so the remaining chain starts right after the anchor and
    ``verify_chain`` still checks every link that is left. Returns how many events were deleted.
    """
    cutoff = before.isoformat()
    last_old: AuditEvent | None = None
    for ev in session.scalars(select(AuditEvent).order_by(AuditEvent.id)):
        if ev.at[:10] >= cutoff:
            break
        last_old = ev
    if last_old is None:
        return 0
    deleted = session.execute(delete(AuditEvent).where(AuditEvent.id <= last_old.id))
    set_meta(session, ANCHOR_KEY, {"id": last_old.id, "hash": last_old.hash})
    return int(getattr(deleted, "rowcount", 0) or 0)
