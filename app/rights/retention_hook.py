"""Until when a candidate's data is kept, for the export summary: the retention rules, as a reason code.

The date comes from ``app.retention.rules.assess`` (the one place retention is computed); the code
names which rule gave it, so the summary can say it in the candidate's language.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.config import Settings
from app.retention.facts import load_facts
from app.retention.rules import Policy, assess, consent_date


@dataclass(frozen=True)
class KeptUntil:
    """``until`` is None when no end date applies now (``reason`` says why)."""

    until: dt.date | None
    reason: str  # restricted | held | open_procedure | erasure_request | after_procedure | after_hire
    #              | no_procedure | consent


def retention_until(session: Session, candidate_id: int, settings: Settings) -> KeptUntil:
    found = load_facts(session, [candidate_id])
    if not found:
        raise ValueError(f"candidate {candidate_id} does not exist")
    facts = found[0]
    # The due date does not depend on the as-of date; only the state's name does.
    assessment = assess(facts, Policy.from_settings(settings), facts.created_on)
    if assessment.state in ("restricted", "held"):
        return KeptUntil(None, assessment.state)
    until = assessment.due_on
    if until is None:
        return KeptUntil(None, "open_procedure")
    if facts.erasure_received_on is not None and until == facts.erasure_received_on:
        return KeptUntil(until, "erasure_request")
    consent = consent_date(facts)
    if consent is not None and consent.on == until:
        return KeptUntil(until, "consent")
    if not facts.procedures:
        return KeptUntil(until, "no_procedure")
    last = max(facts.procedures, key=lambda p: p.end)
    return KeptUntil(until, "after_hire" if last.outcome == "hired" else "after_procedure")
