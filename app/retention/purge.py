"""Purge one candidate: destroy its data key and every row it owns, in one transaction.

Needs no passphrase: ids and retention facts are in clear, and crypto-shredding works by *deleting*
the wrapped key. What remains is the purge record (id, date, reason) and an audit event.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from app import audit, roles
from app.errors import NotFound, Refused
from app.integrity import records, roster
from app.search import postings
from app.search.backend import forget_candidates
from app.store.driver import among, ids_where
from app.store.models import (
    Candidate,
    CandidateKey,
    Consent,
    ContactFingerprint,
    Correspondence,
    Document,
    FieldChange,
    InterviewNote,
    LegalHold,
    Procedure,
    PurgeRecord,
    ReminderNotice,
    Restriction,
    SearchSource,
    Suppression,
)

if TYPE_CHECKING:
    from app.vault import Vault

# Children first; documents last among them because tokens and consents may point at a document.
OWNED_TABLES = (
    SearchSource,
    ContactFingerprint,
    FieldChange,
    ReminderNotice,  # before Consent: it points at the consent
    Consent,
    InterviewNote,
    Correspondence,
    LegalHold,
    Restriction,
    Procedure,
    Document,
)
_KEYS_FIRST = (CandidateKey, *OWNED_TABLES)
# The keys first: from their delete on, whatever of a candidate remains anywhere is unreadable.
_DELETES = (*((m.__tablename__, "candidate_id") for m in _KEYS_FIRST), (Candidate.__tablename__, "id"))


@dataclass(frozen=True)
class PurgePreview:
    """What a purge of one candidate destroys: shown (never stored) when a person confirms it."""

    candidate_id: int
    first_name: str
    last_name: str
    documents: int
    notes: int
    correspondence: int

    @property
    def name(self) -> str:
        return " ".join(part for part in (self.first_name, self.last_name) if part)


def owned_counts(session: Session, candidate_id: int) -> dict[str, int]:
    """How many documents, interview notes and letters or messages the candidate has."""
    counted = {
        "documents": Document.candidate_id,
        "notes": InterviewNote.candidate_id,
        "correspondence": Correspondence.candidate_id,
    }
    return {
        name: int(session.scalar(select(func.count()).where(column == candidate_id)) or 0)
        for name, column in counted.items()
    }


def active_hold(session: Session, candidate_id: int) -> LegalHold | None:
    query = select(LegalHold).where(LegalHold.candidate_id == candidate_id, LegalHold.released_on.is_(None))
    return session.scalars(query.limit(1)).first()


def active_restriction(session: Session, candidate_id: int) -> Restriction | None:
    query = select(Restriction).where(
        Restriction.candidate_id == candidate_id, Restriction.lifted_on.is_(None)
    )
    return session.scalars(query.limit(1)).first()


def place_restriction(session: Session, candidate_id: int, on: dt.date) -> int:
    """Restrict processing (Art. 18) from ``on``, unless a restriction is already active; returns its id."""
    current = active_restriction(session, candidate_id)
    if current is not None:
        return current.id
    restriction = Restriction(candidate_id=candidate_id, requested_on=on)
    session.add(restriction)
    session.flush()
    return restriction.id


def purge_in_session(
    session: Session, candidate_id: int, today: dt.date, reason: str, *, suppress: bool = False
) -> None:
    """Delete everything of one candidate inside the caller's transaction (caller audits and commits).

    The candidate's row is locked first (PostgreSQL; SQLite writers are serialised anyway): an edit
    takes the same lock first too, so a purge and an edit wait for each other instead of deadlocking.
    """
    if session.get(Candidate, candidate_id, with_for_update=True) is None:
        if session.get(PurgeRecord, candidate_id) is not None:
            raise NotFound(f"candidate {candidate_id} was already purged")
        raise NotFound(f"there is no candidate {candidate_id}")
    if active_restriction(session, candidate_id) is not None:
        raise Refused(
            f"candidate {candidate_id} is restricted (Art. 18): lift the restriction before purging"
        )
    if active_hold(session, candidate_id) is not None:
        raise Refused(f"candidate {candidate_id} is under a legal hold: release it before purging")
    delete_rows(
        session, [candidate_id], today, {candidate_id: reason}, suppress={candidate_id} if suppress else set()
    )


def delete_rows(
    session: Session,
    ids: Sequence[int],
    today: dt.date,
    reasons: dict[int, str],
    *,
    suppress: set[int],
    sweep_later: bool = False,
) -> None:
    """Delete everything of ``ids`` (checked by the caller: present, not held, not restricted) and leave
    a purge record for each, inside the caller's transaction. Set-based: a bulk purge passes a batch.
    ``sweep_later``: their search bits are marked stale for the caller's sweep (app/search/postings.py)
    instead of cleared token by token."""
    if suppress:
        # Keyed hashes only: lets a later import of the same e-mail or phone warn, without keeping them.
        known: set[bytes] = set()
        theirs = among(session, ContactFingerprint.candidate_id, sorted(suppress))
        for fp in session.scalars(select(ContactFingerprint).where(theirs)):
            if fp.digest not in known and session.get(Suppression, fp.digest) is None:
                session.add(Suppression(digest=fp.digest, kind=fp.kind, added_on=today))
                known.add(fp.digest)
        session.flush()
    if sweep_later:
        postings.mark_stale(session, ids)
    else:
        forget_candidates(session, ids)  # their bits in the postings, which no delete below reaches
    proofs = records.evidence(session, ids)  # read before the rows go; signed instead if unlocked
    roster.purged(session, ids, proofs)
    # Run on the driver: SQLAlchemy would render a bound parameter per id for each statement (a bulk purge
    # runs them per batch of hundreds), for rows that are never loaded as objects anyway.
    conn = session.connection()
    for table, column in _DELETES:
        where, params = ids_where(session, column, ids)
        conn.exec_driver_sql(f"DELETE FROM {table} WHERE {where}", params)
    conn.execute(
        insert(PurgeRecord),
        [
            {
                "candidate_id": cid,
                "purged_on": today,
                "reason": reasons[cid][:200],
                "evidence": proofs.get(cid),
            }
            for cid in ids
        ],
    )
    session.info.setdefault(records.NEW, []).extend(ids)


def purge_candidate(vault: Vault, candidate_id: int, reason: str, *, suppress: bool = False) -> None:
    """Purge one candidate now, then move the WAL into the file so its ciphertext leaves the WAL too."""
    vault.require(roles.PURGE)  # an unlocked admin: the scheduled purge goes through bulk.purge_due
    with vault.write() as session:
        purge_in_session(session, candidate_id, vault.today(), reason, suppress=suppress)
        vault.audit(session, audit.CANDIDATE_PURGED, candidate_id, suppressed=suppress)
    vault.sealer.drop_candidate(candidate_id)
    vault.checkpoint()
