"""What a request *does* to the candidate's data, beyond being recorded.

Each is one small function so that the lead can rewire it to the retention service when that lands
(consent withdrawal, restriction, erasure flows). They run inside the caller's transaction, except
``erase`` which runs the purge in its own (the purge checkpoints the WAL afterwards).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import Refused
from app.retention.purge import active_hold, active_restriction, purge_candidate
from app.store.models import Consent, Restriction

if TYPE_CHECKING:
    from app.vault import Vault

POOL = "reserve_pool"
ERASURE_REASON = "erasure request"


def withdraw_reserve_consent(session: Session, candidate_id: int, on: dt.date) -> int | None:
    """Mark the candidate's active reserve-pool consents withdrawn on ``on``; returns the latest's id."""
    query = (
        select(Consent)
        .where(Consent.candidate_id == candidate_id, Consent.purpose == POOL, Consent.withdrawn_on.is_(None))
        .order_by(Consent.given_on, Consent.id)
    )
    latest: int | None = None
    for consent in session.scalars(query):
        consent.withdrawn_on = on
        latest = consent.id
    return latest


def place_restriction(session: Session, candidate_id: int, on: dt.date) -> int:
    """Restrict processing (Art. 18) from ``on``, unless a restriction is already active; returns its id."""
    current = active_restriction(session, candidate_id)
    if current is not None:
        return current.id
    restriction = Restriction(candidate_id=candidate_id, requested_on=on)
    session.add(restriction)
    session.flush()
    return restriction.id


def erasure_refusal(session: Session, candidate_id: int) -> str | None:
    """Why the candidate cannot be erased now: ``restrict`` (lift the restriction first) or ``hold``
    (legal hold, Art. 17(3)(e)); None if nothing stands in the way."""
    if active_restriction(session, candidate_id) is not None:
        return "restrict"
    if active_hold(session, candidate_id) is not None:
        return "hold"
    return None


def erase(vault: Vault, candidate_id: int) -> str | None:
    """Run the purge for an erasure request; returns None when done, else the refusal code."""
    with vault.read() as session:
        refusal = erasure_refusal(session, candidate_id)
    if refusal is not None:
        return refusal
    try:
        purge_candidate(vault, candidate_id, ERASURE_REASON, suppress=True)
    except Refused:  # a hold or restriction placed meanwhile
        with vault.read() as session:
            return erasure_refusal(session, candidate_id) or "hold"
    return None
