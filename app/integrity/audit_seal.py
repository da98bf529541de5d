"""The audit log's two pointers, signed: the anchor left by pruning and the newest event of a session.

The chain itself is a plain hash chain, so that the unattended purge can append to it; anyone who can
write the file can therefore rebuild it from any point. Two signed pointers (fact key) pin it down:
the anchor, signed when an admin prunes, so that a forged anchor cannot hide deleted old events; and the
signed head, moved at the end of every unlocked transaction that logged something, so that the events
up to it cannot be cut off. Events appended unattended after the last signed head are covered by the
next unlocked session's head.
"""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.crypto.keys import VaultKeys
from app.integrity import fact_key
from app.store.models import AuditEvent, VaultMeta

SIGNED_HEAD = "audit_signed_head"


def _message(kind: str, event_id: int, digest: str) -> bytes:
    return f"candidate-vault/audit-{kind}/v1|{event_id}|{digest}".encode()


def _pointer(session: Session, key: str) -> dict[str, object] | None:
    row = session.get(VaultMeta, key)
    if row is None:
        return None
    try:
        data = json.loads(row.value)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _signed(keys: VaultKeys, kind: str, event_id: int, digest: str) -> dict[str, object]:
    signature = fact_key.signing_key(keys).sign(_message(kind, event_id, digest))
    return {"id": event_id, "hash": digest, "sig": signature.hex()}


def sign_head(session: Session, keys: VaultKeys, *, first: bool = False) -> None:
    """Move the signed head to the newest event, unless the old one no longer fits the chain: signing
    on would hide a cut, so the evidence stays until ``verify`` is read. ``first``: a new or upgraded
    vault, which has no signed head yet."""
    head = audit.head(session)
    if head is None:
        return
    if not first and _head_problem(session, fact_key.public_bytes(fact_key.signing_key(keys))):
        return
    _store(session, SIGNED_HEAD, _signed(keys, "head", *head))


def sign_anchor(session: Session, keys: VaultKeys) -> None:
    anchor = audit.anchor(session)
    if anchor is not None:
        _store(session, audit.ANCHOR_KEY, _signed(keys, "anchor", *anchor))


def _store(session: Session, key: str, pointer: dict[str, object]) -> None:
    row = session.get(VaultMeta, key)  # once per transaction: get and set, not merge's extra SELECT
    if row is None:
        session.add(VaultMeta(key=key, value=json.dumps(pointer)))
    else:
        row.value = json.dumps(pointer)


def _verifies(public: bytes, kind: str, pointer: dict[str, object]) -> bool:
    try:
        event_id, digest, signature = (
            int(str(pointer["id"])),
            str(pointer["hash"]),
            bytes.fromhex(str(pointer["sig"])),
        )
    except (KeyError, ValueError):
        return False
    return fact_key.verifies(public, signature, _message(kind, event_id, digest))


def problems(session: Session, public: bytes) -> list[str]:
    """What is wrong with the pointers (the chain between them is ``audit.verify_chain``'s job)."""
    found = []
    anchor = _pointer(session, audit.ANCHOR_KEY)
    if anchor is not None and not _verifies(public, "anchor", anchor):
        found.append("audit anchor: forged (its signature fails): old events may have been deleted")
    head_problem = _head_problem(session, public)
    if head_problem:
        found.append(head_problem)
    return found


def _head_problem(session: Session, public: bytes) -> str | None:
    head = _pointer(session, SIGNED_HEAD)
    if head is None:
        if session.scalar(select(AuditEvent.id).limit(1)) is not None:
            return "audit log: its signed head is missing: the newest events may have been cut off"
        return None
    if not _verifies(public, "head", head):
        return "audit log: its signed head is forged (its signature fails)"
    event_id, digest = int(str(head["id"])), str(head["hash"])
    pruned_to = audit.anchor(session)
    if pruned_to is not None and event_id <= pruned_to[0]:
        return None
    if session.scalar(select(AuditEvent.hash).where(AuditEvent.id == event_id)) != digest:
        return f"audit log: event {event_id}, signed as the newest of a session, is missing or changed"
    return None
