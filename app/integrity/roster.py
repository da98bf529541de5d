"""The roster of signed manifests: which manifest each candidate should have, held by the signed head.

A manifest proves what a candidate's rows were when it was signed, not that it is the newest one: put
back together with the rows it lists (from an older copy of the file), a candidate's older state checks
out. So each candidate also has a roster row: the SHA-256 of their current manifest (its signature and
the message it signs).
The roster as a whole is authenticated by its MuHash (app/integrity/muhash.py) in the audit log's
signed head, which each transaction moves by what it changed alone (O(1) per manifest), and which
``verify`` and every purge by the rules compare with the hash of the rows. While it holds, every
manifest whose message is the one on the roster is the signed one: a check needs no signature of its
own (``manifest.check``).

Two findings, then. A manifest that is not the one on the roster (whose roster row holds): that
candidate alone was put back (``manifest.check`` names them; they are never purged by the rules). A hash
that does not match: the roster itself was changed, so which candidate's facts are the newest is not
known; every purge by the rules waits, as for settings changed outside the app.

A run without a passphrase cannot sign the head: a candidate it purges leaves the roster (the row goes
with the candidate), and their record's evidence, which rebuilds the same manifest, is counted
instead until the next unlock signs the record. So such a run leaves the hash as it was.

Before version 4 of the signed head, the roster held digests of the manifests' signatures and an
additive sum of them (``legacy_*``), which is sound only while each manifest's signature is checked too.
The first head signed over such a roster checks its sum, then lists the messages (``manifest.relist``).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.integrity import facts_message, muhash
from app.store.driver import among
from app.store.models import FactRoster, PurgeRecord

CHANGE = "roster_change"  # in session.info: what this transaction added to and removed from the roster
BROKEN = muhash.Fraction(0, 1)  # what a head carries once the roster failed its check: no rows have it
CHANGED = (
    "roster of manifests: changed outside the app since it was signed (a candidate's facts may have been "
    "put back to an older state): nothing is purged by the rules until it is restored from a backup"
)
UNSIGNED = (
    "roster of manifests: not signed yet (a vault from an older version): unlock it once "
    "(the app, or any command with the passphrase)"
)
OLDER = (
    "roster of manifests: signed by an older version: unlock it once (the app, or any command with the "
    "passphrase)"
)

# One change: (+1 added | -1 removed, candidate, a roster row's digest | a purge record's evidence).
Item = tuple[int, int, bytes | str]


def digest(message: bytes, signature: bytes) -> bytes:
    """What the roster holds of a manifest: the SHA-256 of its signature (64 bytes) and its message."""
    return hashlib.sha256(signature + message).digest()


def legacy_digest(signature: bytes) -> bytes:
    """What the roster held of a manifest before head v4: the SHA-256 of its signature."""
    return hashlib.sha256(signature).digest()


def _member(candidate_id: int, row_digest: bytes) -> bytes:
    return b"candidate-vault/roster/v2|%d|" % candidate_id + row_digest


def _evidence_digest(candidate_id: int, evidence: str | None) -> bytes | None:
    parts = facts_message.from_evidence(candidate_id, evidence)
    return None if parts is None else digest(parts[1], parts[2])


def _record(session: Session, sign: int, candidate_id: int, what: bytes | str) -> None:
    session.info.setdefault(CHANGE, []).append((sign, candidate_id, what))


def pending(session: Session) -> bool:
    """Whether this transaction changed the roster."""
    return bool(session.info.get(CHANGE))


def take(session: Session) -> list[Item]:
    """This transaction's changes, once: the head signs them in."""
    items: list[Item] = session.info.pop(CHANGE, [])
    return items


def listed(session: Session, candidate_ids: Collection[int]) -> dict[int, bytes]:
    """{candidate: roster digest} for these candidates (those without a row left out)."""
    query = select(FactRoster.candidate_id, FactRoster.digest).where(
        among(session, FactRoster.candidate_id, list(candidate_ids))
    )
    return {candidate_id: row_digest for candidate_id, row_digest in session.execute(query)}


def enter(session: Session, digests: Mapping[int, bytes], before: Mapping[int, bytes]) -> None:
    """Put these manifests' new digests on the roster; ``before``: the rows they replace."""
    for candidate_id, new in digests.items():
        old = before.get(candidate_id)
        if old == new:
            continue
        if old is not None:
            _record(session, -1, candidate_id, old)
            session.execute(
                update(FactRoster).where(FactRoster.candidate_id == candidate_id).values(digest=new),
                execution_options={"synchronize_session": False},
            )
        else:
            session.add(FactRoster(candidate_id=candidate_id, digest=new))
        _record(session, +1, candidate_id, new)


def purged(session: Session, candidate_ids: Collection[int], evidence: Mapping[int, str]) -> None:
    """These candidates' rows go (with the candidates); the records' ``evidence`` is counted instead."""
    left_out(session, listed(session, candidate_ids).items(), evidence.items())


def left_out(
    session: Session, rows: Iterable[tuple[int, bytes]], evidence: Iterable[tuple[int, str | None]] = ()
) -> None:
    """Roster ``rows`` (candidate, digest) that go, and purge records' ``evidence`` counted instead (a
    restore's changes are made outside the ORM: it passes them here)."""
    for candidate_id, row_digest in rows:
        _record(session, -1, candidate_id, row_digest)
    for candidate_id, text in evidence:
        if text is not None:
            _record(session, +1, candidate_id, text)


def evidence_signed(session: Session, candidate_id: int, evidence: str | None) -> None:
    """A record's evidence is dropped for its signature: no longer counted."""
    if evidence is not None:
        _record(session, -1, candidate_id, evidence)


def moved(signed: muhash.Fraction, items: Iterable[Item]) -> muhash.Fraction:
    """A signed hash moved by a transaction's changes. What the transaction both added and removed cancels
    out unread: a purge by an unlocked vault counts each record's evidence and drops it again when it signs
    the record, and rebuilding those digests from the evidence was a sixth of the purge."""
    net: defaultdict[tuple[int, bytes | str], int] = defaultdict(int)
    for sign, candidate_id, what in items:
        net[candidate_id, what] += sign
    change = muhash.Fraction()
    for (candidate_id, what), count in net.items():
        if not count:
            continue
        row_digest = _evidence_digest(candidate_id, what) if isinstance(what, str) else what
        if row_digest is not None:
            member = _member(candidate_id, row_digest)
            for _ in range(abs(count)):
                (change.add if count > 0 else change.remove)(member)
    return signed.times(change)


def _unsigned_evidence(session: Session) -> Iterable[tuple[int, str]]:
    query = select(PurgeRecord.candidate_id, PurgeRecord.evidence).where(
        PurgeRecord.signature.is_(None), PurgeRecord.evidence.is_not(None)
    )
    return ((cid, str(text)) for cid, text in session.execute(query))


def current(session: Session) -> int:
    """The hash of what the vault holds now."""
    rows = session.execute(select(FactRoster.candidate_id, FactRoster.digest))
    members = [_member(cid, row_digest) for cid, row_digest in rows]
    for cid, text in _unsigned_evidence(session):
        row_digest = _evidence_digest(cid, text)
        if row_digest is not None:
            members.append(_member(cid, row_digest))
    return muhash.of(members)


# Before head v4: a sum modulo 2^512 of a SHA-512 per row over the candidate and the signature's digest.
LEGACY_MODULUS = 1 << 512


def _legacy_element(candidate_id: int, row_digest: bytes) -> int:
    value = hashlib.sha512(b"candidate-vault/roster/v1|%d|" % candidate_id + row_digest).digest()
    return int.from_bytes(value, "big")


def _legacy_evidence_element(candidate_id: int, evidence: str | None) -> int:
    parts = facts_message.from_evidence(candidate_id, evidence)
    return 0 if parts is None else _legacy_element(candidate_id, legacy_digest(parts[2]))


def _legacy_item(candidate_id: int, what: bytes | str) -> int:
    if isinstance(what, str):
        return _legacy_evidence_element(candidate_id, what)
    return _legacy_element(candidate_id, what)


def legacy_moved(value: int, items: Iterable[Item]) -> int:
    return (value + sum(sign * _legacy_item(cid, what) for sign, cid, what in items)) % LEGACY_MODULUS


def legacy_current(session: Session) -> int:
    rows = session.execute(select(FactRoster.candidate_id, FactRoster.digest))
    total = sum(_legacy_element(cid, row_digest) for cid, row_digest in rows)
    total += sum(_legacy_evidence_element(cid, text) for cid, text in _unsigned_evidence(session))
    return total % LEGACY_MODULUS


def legacy_decode(text: object) -> int | None:
    try:
        return int(str(text), 16)
    except ValueError:
        return None
