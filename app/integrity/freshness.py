"""A vault file put back whole by an older copy: found by the newest signed head this computer saw.

Every check inside the file holds for an older copy of the whole vault: its rows, manifests, roster and
signed head agree, as they did then. What such a copy cannot be is a later state of what this computer
saw: each session with the passphrase remembers, outside the file (beside the pinned fact keys,
app/integrity/pins.py), the signed head it left the vault at. A vault whose signed head is older than
that, or whose event at that place is another one (a copy put back and written to since), was put back;
``verify`` names it, and no purge by the rules runs (an older state can make someone due who no longer
is), nor is the memory moved on. A restore makes a new copy, remembered beside the one it came from, so
both go on; to keep a copy put back on purpose, back it up and restore that backup. Another computer or
OS account remembers what it saw.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.integrity import audit_seal, pins
from app.store import meta
from app.store.models import AuditEvent

ROLLED_BACK = (
    "vault file: not a later state of any copy this computer saw (its newest signed event is {have}, this "
    "computer saw {seen}): it may have been replaced by an older copy; restore the newest backup, or, "
    "to keep this copy, back it up and restore that backup"
)
Seen = tuple[str, pins.Head | None, pins.Head]  # (vault id, the head it went on from, its head now)


def _vault_id(session: Session) -> str:
    return meta.value(session, "vault_id") or ""


def _goes_on_from(session: Session, have: int, seen: pins.Head) -> bool:
    """Whether a vault whose signed head is event ``have`` is a later state of the copy seen at ``seen``."""
    event_id, digest = seen
    if have < event_id:
        return False
    pruned_to = audit.anchor(session)
    if pruned_to is not None and event_id <= pruned_to[0]:
        return True  # the event is pruned: the signed anchor stands for it
    return session.scalar(select(AuditEvent.hash).where(AuditEvent.id == event_id)) == digest


def _went_on_from(session: Session, seen: list[pins.Head]) -> tuple[bool, pins.Head | None]:
    """(whether this file is a later state of one of the copies ``seen``, or none was; which one)."""
    if not seen:
        return True, None
    head = audit_seal.signed_head(session)
    have = head[0] if head is not None else 0
    for copy in reversed(seen):
        if _goes_on_from(session, have, copy):
            return True, copy
    return False, None


def problem(session: Session) -> str | None:
    """Why this file is not a later state of a copy this computer saw, or None."""
    seen = pins.newest_heads(_vault_id(session))
    if _went_on_from(session, seen)[0]:
        return None
    head = audit_seal.signed_head(session)
    have = head[0] if head is not None else "missing"
    return ROLLED_BACK.format(have=have, seen=max(event_id for event_id, _hash in seen))


def newest(session: Session, *, signed_over: pins.Head | None = None, new_copy: bool = False) -> Seen | None:
    """What this computer remembers once the transaction lands: the vault's signed head, in place of
    the copy it goes on from (``new_copy``: a restore's, beside the others); nothing for a file that
    goes on from none of them. ``signed_over``: the head this transaction's signing checked against the
    chain before it moved on (a copy seen there needs no lookup)."""
    head = audit_seal.signed_head(session)
    if head is None:
        return None
    vault_id = _vault_id(session)
    if new_copy:
        return vault_id, None, head
    seen = pins.newest_heads(vault_id)
    if signed_over is not None and signed_over in seen:
        return vault_id, signed_over, head
    fresh, copy = _went_on_from(session, seen)
    return (vault_id, copy, head) if fresh else None


def remember(seen: Seen | None) -> None:
    if seen is not None:
        pins.remember_head(*seen)
