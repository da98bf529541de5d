"""Candidates deleted whole outside the app: rows, data key and manifest all gone, without a purge.

A manifest can only speak for a candidate who still has one. So the audit log does: every candidate ever
added is logged (``candidate_added``, by a session with the passphrase, covered by the signed head), and
every purge leaves a purge record. A candidate the log saw added who has neither rows, a data key nor a
purge record was deleted behind the app's back. (A candidate whose ``candidate_added`` event was pruned,
after ``audit.keep_years``, is no longer covered.)
"""

from __future__ import annotations

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from app.integrity.manifest import Problem
from app.store.models import AuditEvent, Candidate, CandidateKey, PurgeRecord

ADDED = "candidate_added"


def vanished(session: Session) -> list[Problem]:
    """One pass over the log's ``candidate_added`` events, each looked up by primary key."""
    cid = AuditEvent.candidate_id
    query = (
        select(cid)
        .where(
            AuditEvent.action == ADDED,
            ~exists().where(Candidate.id == cid),
            ~exists().where(CandidateKey.candidate_id == cid),
            ~exists().where(PurgeRecord.candidate_id == cid),
        )
        .distinct()
        .order_by(cid)
    )
    return [Problem(candidate_id, "vanished") for candidate_id in session.scalars(query) if candidate_id]
