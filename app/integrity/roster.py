"""The roster of signed manifests: which manifest each candidate should have, held by the signed head.

A manifest proves what a candidate's rows were when it was signed, not that it is the newest one: put
back together with the rows it lists (from an older copy of the file), a candidate's older state checks
out. So each candidate also has a roster row: the SHA-256 of their current manifest's signature. The
roster as a whole is authenticated by a sum in the audit log's signed head: a multiset hash (the sum,
modulo 2^512, of a SHA-512 per row over the candidate id and the digest), which each transaction moves
by what it changed alone (O(1) per manifest), and which ``verify`` and every purge by the rules compare
with a sum over the rows.

Two findings, then. A manifest that is not the one on the roster (whose roster row holds): that
candidate alone was put back (``manifest.check`` names them; they are never purged by the rules). A sum
that does not match: the roster itself was changed, so which candidate's facts are the newest is not
known; every purge by the rules waits, as for settings changed outside the app.

A run without a passphrase cannot sign the head: a candidate it purges leaves the roster (the row goes
with the candidate), and their record's evidence, which holds the same manifest's signature, is counted
instead until the next unlock signs the record. So such a run leaves the sum as it was.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Collection, Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.store.models import FactRoster, PurgeRecord

MODULUS = 1 << 512
CHANGE = "roster_change"  # in session.info: how far this transaction moved the sum
CHANGED = (
    "roster of manifests: changed outside the app since it was signed (a candidate's facts may have been "
    "put back to an older state): nothing is purged by the rules until it is restored from a backup"
)
UNSIGNED = (
    "roster of manifests: not signed yet (a vault from an older version): unlock it once "
    "(the app, or any command with the passphrase)"
)


def digest(signature: bytes) -> bytes:
    """What the roster holds of a manifest."""
    return hashlib.sha256(signature).digest()


def element(candidate_id: int, listed: bytes) -> int:
    value = hashlib.sha512(b"candidate-vault/roster/v1|%d|" % candidate_id + listed).digest()
    return int.from_bytes(value, "big")


def evidence_element(candidate_id: int, evidence: str | None) -> int:
    """The element of the manifest a record's evidence holds (0 for evidence that is not even that)."""
    try:
        data = json.loads(evidence or "")
        return element(candidate_id, digest(bytes.fromhex(str(data["sig"]))))
    except (ValueError, TypeError, KeyError):
        return 0


def move(session: Session, by: int) -> None:
    """Count a change of the roster in this transaction's sum (a restore's, made outside its own rows,
    is passed as it is)."""
    session.info[CHANGE] = (session.info.get(CHANGE, 0) + by) % MODULUS


def pending(session: Session) -> int:
    """How far this transaction moved the sum so far."""
    change: int = session.info.get(CHANGE, 0)
    return change


def take(session: Session) -> int:
    """This transaction's change, once: the head signs it in."""
    change: int = session.info.pop(CHANGE, 0)
    return change


def listed(session: Session, candidate_ids: Collection[int]) -> dict[int, bytes]:
    """{candidate: roster digest} for these candidates (those without a row left out)."""
    query = select(FactRoster.candidate_id, FactRoster.digest).where(
        FactRoster.candidate_id.in_(list(candidate_ids))
    )
    return {candidate_id: digest for candidate_id, digest in session.execute(query)}


def enter(session: Session, signatures: Mapping[int, bytes], before: Mapping[int, bytes]) -> None:
    """Put these new manifest signatures on the roster; ``before``: the rows they replace."""
    for candidate_id, signature in signatures.items():
        new = digest(signature)
        old = before.get(candidate_id)
        if old == new:
            continue
        if old is not None:
            move(session, -element(candidate_id, old))
            row = session.get(FactRoster, candidate_id)
            assert row is not None  # ``before`` was read from the rows
            row.digest = new
        else:
            session.add(FactRoster(candidate_id=candidate_id, digest=new))
        move(session, element(candidate_id, new))


def purged(session: Session, candidate_ids: Collection[int], evidence: Mapping[int, str]) -> None:
    """These candidates' rows go (with the candidates); the records' ``evidence`` is counted instead."""
    for candidate_id, old in listed(session, candidate_ids).items():
        move(session, -element(candidate_id, old))
    for candidate_id, text in evidence.items():
        move(session, evidence_element(candidate_id, text))


def evidence_signed(session: Session, candidate_id: int, evidence: str | None) -> None:
    """A record's evidence is dropped for its signature: no longer counted."""
    move(session, -evidence_element(candidate_id, evidence))


def current(session: Session) -> int:
    """The sum over what the vault holds now."""
    total = sum(
        element(cid, listed_digest)
        for cid, listed_digest in session.execute(select(FactRoster.candidate_id, FactRoster.digest))
    )
    unsigned = select(PurgeRecord.candidate_id, PurgeRecord.evidence).where(
        PurgeRecord.signature.is_(None), PurgeRecord.evidence.is_not(None)
    )
    total += sum(evidence_element(cid, evidence) for cid, evidence in session.execute(unsigned))
    return total % MODULUS


def encode(value: int) -> str:
    return f"{value % MODULUS:0128x}"


def decode(text: object) -> int | None:
    try:
        return int(str(text), 16)
    except ValueError:
        return None
