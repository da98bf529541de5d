"""Reserve-pool consent life cycle: give, renew (a new consent), withdraw; checks that refuse bad dates."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import InvalidInput, NotFound, Refused
from app.retention.dates import POOL_CAP_MONTHS, add_months, check_fact_date
from app.retention.facts import POOL
from app.store.models import Consent, Document

if TYPE_CHECKING:
    from app.vault import Vault

METHODS = ("email", "form", "paper", "verbal")
TABLE = "consents"


def latest(session: Session, candidate_id: int) -> Consent | None:
    query = (
        select(Consent)
        .where(Consent.candidate_id == candidate_id, Consent.purpose == POOL)
        .order_by(Consent.given_on.desc(), Consent.id.desc())
        .limit(1)
    )
    return session.scalars(query).first()


def last_withdrawal(session: Session, candidate_id: int) -> dt.date | None:
    query = select(func.max(Consent.withdrawn_on)).where(
        Consent.candidate_id == candidate_id, Consent.purpose == POOL
    )
    return session.scalar(query)


def check_new_consent(
    candidate_id: int,
    given_on: dt.date,
    today: dt.date,
    previous: Consent | None,
    withdrawn_on: dt.date | None,
) -> None:
    """Refuses a consent dated in the future, on or before the last withdrawal (that is the withdrawn
    consent, not a new one), or before the latest consent. One dated after a withdrawal is a new consent."""
    check_fact_date(given_on, "the consent's date", today)
    if withdrawn_on is not None and given_on <= withdrawn_on:
        raise Refused(
            f"candidate {candidate_id} withdrew the reserve-pool consent on {withdrawn_on}: a consent dated "
            "on or before that day is the withdrawn one; a new consent is dated after it"
        )
    if previous is None:
        return
    if given_on < previous.given_on:
        raise Refused(
            f"candidate {candidate_id} already has a consent of {previous.given_on}: "
            "a new consent cannot be dated before it"
        )


def give(
    vault: Vault,
    session: Session,
    candidate_id: int,
    given_on: dt.date,
    method: str,
    *,
    evidence_document_id: int | None = None,
    ends_on: dt.date | None = None,
    evidence: str | None = None,
) -> Consent:
    """Record a consent inside the caller's transaction (the caller checks the candidate and audits)."""
    if method not in METHODS:
        raise InvalidInput(f"the consent method must be one of {', '.join(METHODS)}")
    check_new_consent(
        candidate_id,
        given_on,
        vault.today(),
        latest(session, candidate_id),
        last_withdrawal(session, candidate_id),
    )
    if ends_on is not None and ends_on <= given_on:
        raise InvalidInput("a consent's agreed end must come after the day it was given")
    if ends_on is not None:
        # The two-year cap is the law: an agreed end beyond it is simply the cap.
        ends_on = min(ends_on, add_months(given_on, POOL_CAP_MONTHS))
    if evidence_document_id is not None:
        doc = session.get(Document, evidence_document_id)
        if doc is None or doc.candidate_id != candidate_id:
            raise NotFound(f"candidate {candidate_id} has no document {evidence_document_id}")
    consent = Consent(
        candidate_id=candidate_id,
        purpose=POOL,
        given_on=given_on,
        ends_on=ends_on,
        method=method,
        evidence_document_id=evidence_document_id,
        evidence=b"",
    )
    session.add(consent)
    session.flush()  # the row id is bound into the envelope
    consent.evidence = vault.sealer.seal_text(session, candidate_id, TABLE, "evidence", consent.id, evidence)
    return consent


def withdraw(vault: Vault, session: Session, candidate_id: int, on: dt.date) -> Consent:
    """HR withdraws the current consent: refused when there is none, or for a date it cannot have."""
    consent = latest(session, candidate_id)
    if consent is None:
        raise Refused(f"candidate {candidate_id} has no reserve-pool consent to withdraw")
    if consent.withdrawn_on is not None:
        raise Refused(f"candidate {candidate_id}'s consent was already withdrawn on {consent.withdrawn_on}")
    check_fact_date(on, "the withdrawal's date", vault.today())
    if on < consent.given_on:
        raise InvalidInput(f"the withdrawal ({on}) cannot come before the consent ({consent.given_on})")
    end_active(session, candidate_id, on)
    return consent


def end_active(session: Session, candidate_id: int, on: dt.date) -> Consent | None:
    """End every reserve-pool consent still running on ``on`` (a consent given later ends the day it
    started); returns the latest ended, or None when none was running. The one step behind both HR's
    withdrawal and a candidate's withdrawal or objection request."""
    query = (
        select(Consent)
        .where(Consent.candidate_id == candidate_id, Consent.purpose == POOL, Consent.withdrawn_on.is_(None))
        .order_by(Consent.given_on, Consent.id)
    )
    ended = None
    for consent in session.scalars(query):
        consent.withdrawn_on = max(on, consent.given_on)
        ended = consent
    return ended
