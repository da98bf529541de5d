"""Until when a candidate's data is kept, for the export summary: the ONE hook to the retention rules.

PLACEHOLDER until the retention issue lands: ``retention_until`` below follows DESIGN.md's rules in a
simplified form (restriction/hold, erasure request, open procedure, procedure window, consent end).
The lead rewires it to the retention service's pure rule function; nothing else in the export
computes retention.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.config import Settings
from app.retention.dates import consent_end
from app.retention.purge import active_hold, active_restriction
from app.store.models import Candidate, Consent, Procedure, RightsRequest


@dataclass(frozen=True)
class KeptUntil:
    """``until`` is None when no end date applies now (``reason`` says why)."""

    until: dt.date | None
    reason: str  # restricted | held | open_procedure | erasure_request | after_procedure | after_hire
    #              | no_procedure | consent


def retention_until(session: Session, candidate_id: int, settings: Settings) -> KeptUntil:
    cand = session.get(Candidate, candidate_id)
    if cand is None:
        raise ValueError(f"candidate {candidate_id} does not exist")
    if active_restriction(session, candidate_id) is not None:
        return KeptUntil(None, "restricted")
    if active_hold(session, candidate_id) is not None:
        return KeptUntil(None, "held")
    procedures = list(session.scalars(select(Procedure).where(Procedure.candidate_id == candidate_id)))
    erasures = list(
        session.scalars(
            select(RightsRequest.received_on).where(
                RightsRequest.candidate_id == candidate_id, RightsRequest.kind == "erasure"
            )
        )
    )
    if not erasures and any(p.outcome == "open" for p in procedures):
        return KeptUntil(None, "open_procedure")
    ended = [p for p in procedures if p.ended_on is not None]
    if ended:
        last = max(ended, key=lambda p: (p.ended_on or dt.date.min, p.id))
        hired = last.outcome == "hired"
        days = int(settings.get("retention.hired_days" if hired else "retention.after_procedure_days"))
        best = KeptUntil(
            (last.ended_on or cand.created_on) + dt.timedelta(days=days),
            "after_hire" if hired else "after_procedure",
        )
    else:
        days = int(settings.get("retention.after_procedure_days"))
        best = KeptUntil(cand.created_on + dt.timedelta(days=days), "no_procedure")
    consents = list(
        session.scalars(
            select(Consent)
            .where(Consent.candidate_id == candidate_id, Consent.purpose == "reserve_pool")
            .order_by(Consent.given_on.desc(), Consent.id.desc())
        )
    )
    if consents:
        latest = consents[0]
        end = consent_end(latest.given_on, latest.ends_on, latest.withdrawn_on)
        if best.until is None or end > best.until:
            best = KeptUntil(end, "consent")
    if erasures and best.until is not None and min(erasures) < best.until:
        best = KeptUntil(min(erasures), "erasure_request")
    return best
