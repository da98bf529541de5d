"""What runs without a passphrase wrote to the audit log, against what such a run can write.

A scheduled run cannot sign: its events are only hash-chained, and the next unlocked session's signed
head covers them as it finds them (app/integrity/audit_seal.py). So whoever can write the file could add
events in its name, or cut a purge's events out of the chain, and the next head would sign that. What
such a run writes is known, though, and every purge it makes leaves a purge record, authenticated by its
evidence (app/integrity/records.py). ``verify`` names an event no run without a passphrase writes, a
purge event whose candidate is still in the vault, and a record of such a run whose purge is not in the
log. (A run's own events can still be changed in their details, or a run's last events cut off, as
long as its records stay: those are told by nothing the run could have signed.)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import audit
from app.store.models import AuditEvent, Candidate, PurgeRecord

PURGED = audit.CANDIDATE_PURGED
# What a run without a passphrase logs: its purges (app/retention/bulk.py), and a wrong passphrase typed.
WRITTEN_UNATTENDED = frozenset({PURGED, audit.BULK_PURGE, audit.UNLOCK_FAILED})


def problems(session: Session) -> list[str]:
    found = []
    unattended = AuditEvent.actor.startswith(audit.UNATTENDED)
    foreign = select(AuditEvent.id, AuditEvent.action).where(
        unattended, AuditEvent.action.not_in(sorted(WRITTEN_UNATTENDED))
    )
    for event_id, action in session.execute(foreign.order_by(AuditEvent.id)):
        found.append(
            f"audit log: event {event_id} ({action}) was appended in the name of a run without a passphrase, "
            "which never logs that"
        )
    alive = select(AuditEvent.id, AuditEvent.candidate_id).where(
        AuditEvent.action == PURGED, AuditEvent.candidate_id.in_(select(Candidate.id))
    )
    for event_id, candidate_id in session.execute(alive.order_by(AuditEvent.id)):
        found.append(
            f"audit log: event {event_id} says candidate {candidate_id} was purged, but they are not"
        )
    cut = "its purge is not in the audit log (its events were cut out)"
    found += [f"purge record of candidate {cid}: {cut}" for cid in sorted(unlogged(session))]
    return found


def unlogged(session: Session, candidate_ids: Collection[int] | None = None) -> set[int]:
    """The candidates (of these) whose record a run without a passphrase wrote, awaiting its signature,
    with no purge event in the log: never signed (``records.absorb``). A record older than the oldest event
    left after pruning is not asked for one."""
    oldest = session.scalar(select(func.min(AuditEvent.at)))
    if oldest is None:
        return set()
    logged = select(AuditEvent.candidate_id).where(
        AuditEvent.action == PURGED, AuditEvent.candidate_id.is_not(None)
    )
    query = select(PurgeRecord.candidate_id).where(
        PurgeRecord.signature.is_(None),
        PurgeRecord.evidence.is_not(None),
        PurgeRecord.candidate_id.not_in(logged),
        PurgeRecord.purged_on >= dt.date.fromisoformat(oldest[:10]),
    )
    if candidate_ids is not None:
        query = query.where(PurgeRecord.candidate_id.in_(list(candidate_ids)))
    return set(session.scalars(query))
