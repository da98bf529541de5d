"""CSV re-import: a row whose ``ref`` is already in the vault updates that candidate, never duplicates it.

The ref is found by its keyed hash (``contacts.ref_fingerprint``), so no name or ref is ever decrypted to
look for it. What a re-import may change is what an ATS export moves forward: a procedure added or
closed, a consent given or withdrawn, a hold, a restriction, an erasure request. What it would have to
rewrite (a closed procedure's outcome, a consent's withdrawal, the profile) is reported and left as it
is: those are corrections for a person to make (``procedure close --correct``, ``edit``). Importing the
same file twice changes nothing the second time.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import TYPE_CHECKING

from sqlalchemy import delete, select

from app import contacts
from app.errors import Damaged, VaultError
from app.retention import consents
from app.retention.dates import add_months
from app.retention.facts import ERASURE, POOL
from app.retention.purge import active_hold, active_restriction, place_restriction
from app.retention.service import vacancy_id_for
from app.store import meta
from app.store.models import (
    Candidate,
    Consent,
    ContactFingerprint,
    LegalHold,
    Procedure,
    RightsRequest,
    Suppression,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.retention.csv_import import Row
    from app.vault import Vault

# Set once every candidate's ref has its fingerprint (vaults made before refs had one are filled in).
BACKFILLED = "ref_fingerprints"
HOLD_REASON = "CSV import"


def ensure_ref_fingerprints(vault: Vault, session: Session) -> None:
    """Give every candidate's ref its fingerprint, once per vault (older vaults stored the ref only)."""
    if meta.row(session, BACKFILLED) is not None:
        return
    session.execute(delete(ContactFingerprint).where(ContactFingerprint.kind == "ref"))
    sealer, key = vault.sealer, vault.sealer.keys.contact
    sealer.preload(session)
    for cid, sealed in session.execute(select(Candidate.id, Candidate.external_ref)):
        try:
            ref = sealer.open_text(session, cid, "candidates", "external_ref", cid, sealed)
        except Damaged:
            continue  # verify reports it; a damaged record is never matched, so never updated
        if ref:
            session.add(
                ContactFingerprint(candidate_id=cid, kind="ref", digest=contacts.ref_fingerprint(key, ref))
            )
    meta.put(session, BACKFILLED, "1")
    session.flush()


def find_refs(vault: Vault, session: Session, refs: list[str]) -> tuple[dict[str, list[int]], set[str]]:
    """The candidates holding each ref, and the refs of people erased on request (suppression list)."""
    key = vault.sealer.keys.contact
    by_digest = {contacts.ref_fingerprint(key, ref): ref for ref in refs}
    found: dict[str, list[int]] = defaultdict(list)
    erased: set[str] = set()
    digests = list(by_digest)
    for start in range(0, len(digests), 500):
        chunk = digests[start : start + 500]
        rows = session.execute(
            select(ContactFingerprint.digest, ContactFingerprint.candidate_id)
            .where(ContactFingerprint.kind == "ref", ContactFingerprint.digest.in_(chunk))
            .order_by(ContactFingerprint.candidate_id)
        )
        for digest, cid in rows:
            found[by_digest[digest]].append(cid)
        erased |= {
            by_digest[d]
            for d in session.scalars(select(Suppression.digest).where(Suppression.digest.in_(chunk)))
        }
    return dict(found), erased


def merge(
    vault: Vault, session: Session, cid: int, members: list[Row], today: dt.date
) -> tuple[list[str], list[str]]:
    """Apply the rows of one ref to its existing candidate: (what changed, what was left and why)."""
    changes: list[str] = []
    notes: list[str] = []
    for row in members:
        outcome = row.raw["outcome"].lower()
        if outcome:
            _merge_procedure(session, cid, row, outcome, today, changes, notes)
    first = members[0]
    given = _first_date(members, "consent_on")
    if given is not None:
        _merge_consent(
            vault,
            session,
            cid,
            first.line,
            given,
            _first_date(members, "consent_withdrawn_on"),
            changes,
            notes,
        )
    if _yes(members, "legal_hold") and active_hold(session, cid) is None:
        hold = LegalHold(candidate_id=cid, placed_on=today, reason=b"")
        session.add(hold)
        session.flush()
        hold.reason = vault.sealer.seal_text(session, cid, "legal_holds", "reason", hold.id, HOLD_REASON)
        changes.append("legal hold placed")
    if _yes(members, "restricted") and active_restriction(session, cid) is None:
        place_restriction(session, cid, today)
        changes.append("restricted")
    erasure = _first_date(members, "erasure_requested_on")
    if erasure is not None and not _has_erasure_request(session, cid, erasure):
        session.add(
            RightsRequest(candidate_id=cid, kind=ERASURE, received_on=erasure, due_on=add_months(erasure, 1))
        )
        changes.append(f"erasure request of {erasure} registered")
    session.flush()
    return changes, notes


def profile_note(vault: Vault, session: Session, cid: int, line: int, values: dict[str, str]) -> str | None:
    """Which profile fields the file gives with another value than the vault's (names, never values)."""
    cand = session.get(Candidate, cid)
    assert cand is not None
    differ = []
    for name, value in values.items():
        if value:
            stored = vault.sealer.open_text(session, cid, "candidates", name, cid, getattr(cand, name))
            if (stored or "") != value:
                differ.append(name)
    if not differ:
        return None
    return (
        f"line {line}: candidate {cid}: the file gives another {', '.join(differ)} than the vault; "
        "not changed (edit the candidate to change it)"
    )


def _merge_procedure(
    session: Session, cid: int, row: Row, outcome: str, today: dt.date, changes: list[str], notes: list[str]
) -> None:
    vacancy = vacancy_id_for(session, row.raw["vacancy"], today)
    applied, ended = row.dates["applied_on"], row.dates["ended_on"]
    assert applied is not None  # check_row requires it with an outcome
    proc = session.scalars(
        select(Procedure).where(
            Procedure.candidate_id == cid, Procedure.vacancy_id == vacancy, Procedure.applied_on == applied
        )
    ).first()
    if proc is None:
        session.add(
            Procedure(
                candidate_id=cid, vacancy_id=vacancy, outcome=outcome, applied_on=applied, ended_on=ended
            )
        )
        changes.append(f"procedure of {applied} added ({outcome})")
    elif (proc.outcome, proc.ended_on) == (outcome, ended):
        return
    elif proc.outcome == "open":
        proc.outcome, proc.ended_on = outcome, ended
        changes.append(f"procedure {proc.id} closed ({outcome} on {ended})")
    else:
        ended_text = f" on {proc.ended_on}" if proc.ended_on else ""
        notes.append(
            f"line {row.line}: procedure {proc.id} is {proc.outcome}{ended_text} in the vault; not changed "
            "(correct it with procedure close --correct)"
        )


def _merge_consent(
    vault: Vault,
    session: Session,
    cid: int,
    line: int,
    given: dt.date,
    withdrawn: dt.date | None,
    changes: list[str],
    notes: list[str],
) -> None:
    consent = session.scalars(
        select(Consent).where(Consent.candidate_id == cid, Consent.purpose == POOL, Consent.given_on == given)
    ).first()
    if consent is None:
        try:
            consent = consents.give(vault, session, cid, given, "form")
        except VaultError as exc:
            notes.append(f"line {line}: consent not recorded: {exc}")
            return
        changes.append(f"consent of {given} recorded")
    if withdrawn is None or consent.withdrawn_on == withdrawn:
        return
    if consent.withdrawn_on is None:
        consent.withdrawn_on = withdrawn
        changes.append(f"consent withdrawn on {withdrawn}")
    else:
        notes.append(
            f"line {line}: the consent of {given} was withdrawn on {consent.withdrawn_on} in the vault; "
            "not changed"
        )


def _has_erasure_request(session: Session, cid: int, received: dt.date) -> bool:
    query = select(RightsRequest.id).where(
        RightsRequest.candidate_id == cid,
        RightsRequest.kind == ERASURE,
        RightsRequest.received_on == received,
    )
    return session.scalars(query).first() is not None


def _first_date(members: list[Row], name: str) -> dt.date | None:
    return next((r.dates[name] for r in members if r.dates.get(name)), None)


def _yes(members: list[Row], name: str) -> bool:
    return any(r.raw[name].lower() == "yes" for r in members)
