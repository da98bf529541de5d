"""Signed manifests: writing them for the candidates a transaction touched, and checking them.

A manifest lists a candidate's rows with their digests (``rows``) and is signed with the fact key;
the message binds the candidate's id, so a manifest moved to another candidate fails. Checking names
what was done: a row changed, deleted or inserted, a manifest missing or forged.
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.crypto.keys import VaultKeys
from app.integrity import fact_key, roster
from app.integrity.facts_message import message
from app.integrity.rows import OWNED, Entry, entries, row_entries
from app.integrity.tracking import Touched
from app.store.models import Candidate, FactManifest, FactRoster

CHUNK = 2000  # candidates checked per round of queries
# What a check reads of a manifest, as rows rather than ORM objects (verify reads every one).
_SIGNED = select(FactManifest.candidate_id, FactManifest.body, FactManifest.signature, FactManifest.salt)
SALT_BYTES = 16


class Signed(Protocol):
    """A manifest as checked: the ORM row, or the same columns read as a plain row."""

    candidate_id: int
    body: str
    signature: bytes
    salt: bytes | None


@dataclass(frozen=True)
class Problem:
    """One candidate whose facts fail their check: ids and a class, never a value."""

    candidate_id: int
    kind: str  # unsigned | forged | replayed | unlisted | changed | deleted | inserted | vanished
    table: str | None = None
    row_id: int | None = None

    def __str__(self) -> str:
        where = f"candidate {self.candidate_id}"
        if self.kind == "unsigned":
            return f"{where}: facts not signed (no manifest)"
        if self.kind == "forged":
            return f"{where}: manifest forged (its signature fails)"
        if self.kind == "vanished":
            return f"{where}: deleted outside the app (gone without a purge record)"
        if self.kind == "replayed":
            return f"{where}: facts put back to an older signed state (not the manifest on the roster)"
        if self.kind == "unlisted":
            return f"{where}: manifest not on the roster of manifests (added outside the app)"
        return f"{where}: {self.table} row {self.row_id} {self.kind} since it was signed"


def _body(listed: list[Entry]) -> str:
    return json.dumps([list(entry) for entry in listed], separators=(",", ":"))


def sign(session: Session, keys: VaultKeys, touched: Mapping[int, Touched]) -> None:
    """Sign again the manifests of the candidates this transaction wrote (inside it, last thing).

    A new candidate's manifest lists the rows the transaction wrote (all they have). An existing one
    keeps the signed digest of every row the transaction did not write, so a row changed behind the
    app's back stays reported; a manifest that already fails its check is left as it is, as evidence,
    whatever the transaction did."""
    session.flush()
    key = fact_key.signing_key(keys)
    public = fact_key.public_of(keys)
    ids = set(touched)
    live = set(session.scalars(select(Candidate.id).where(Candidate.id.in_(ids)))) if ids else set()
    old = {
        m.candidate_id: m
        for m in session.scalars(select(FactManifest).where(FactManifest.candidate_id.in_(live)))
    }
    on_roster = roster.listed(session, live)
    intact = {cid for cid, m in old.items() if _verifies(public, m) and _on_roster(m, on_roster.get(cid))}
    new = {cid for cid in live if touched[cid].new and cid not in old}
    signed: dict[int, bytes] = {}
    rewritten = _rewritten(session, {cid: touched[cid] for cid in new | intact})
    for candidate_id in sorted(new | intact):
        listed = dict(_parse(old[candidate_id].body)) if candidate_id in old else {}
        mine = touched[candidate_id]
        for place in list(listed):
            if place[0] in mine.tables or place in mine.rows:
                del listed[place]
        listed.update(rewritten.get(candidate_id, {}))
        body = _body([(table, row_id, digest) for (table, row_id), digest in sorted(listed.items())])
        previous = old.get(candidate_id)
        salt = previous.salt if previous is not None and previous.salt else os.urandom(SALT_BYTES)
        signed_message = message(candidate_id, body, salt)
        signature = key.sign(signed_message)
        signed[candidate_id] = roster.digest(signed_message, signature)
        if previous is not None:
            previous.body, previous.signature, previous.salt = body, signature, salt
        else:
            session.add(FactManifest(candidate_id=candidate_id, body=body, signature=signature, salt=salt))
    roster.enter(session, signed, on_roster)


def _rewritten(session: Session, touched: Mapping[int, Touched]) -> dict[int, dict[tuple[str, int], str]]:
    """The current digests of what the transaction wrote: a query per table, not per candidate."""
    found: dict[int, list[Entry]] = defaultdict(list)
    by_table: dict[str, set[int]] = defaultdict(set)
    by_row: dict[str, set[int]] = defaultdict(set)
    for candidate_id, mine in touched.items():
        for table in mine.tables:
            by_table[table].add(candidate_id)
        for table, row_id in mine.rows:
            if table not in mine.tables:
                by_row[table].add(row_id)
    for table, cids in by_table.items():
        _merge(found, entries(session, cids, [table]))
    for table, row_ids in by_row.items():
        _merge(found, row_entries(session, table, row_ids))
    return {cid: {(t, r): d for t, r, d in listed} for cid, listed in found.items()}


def _merge(into: dict[int, list[Entry]], more: Mapping[int, list[Entry]]) -> None:
    for candidate_id, listed in more.items():
        into[candidate_id] += listed


def _parse(body: str) -> list[tuple[tuple[str, int], str]]:
    return [((table, row_id), digest) for table, row_id, digest in json.loads(body)]


def _message(manifest: Signed) -> bytes:
    return message(manifest.candidate_id, manifest.body, manifest.salt)


def _digest(manifest: Signed) -> bytes:
    return roster.digest(_message(manifest), manifest.signature)


def _verifies(public: bytes, manifest: Signed) -> bool:
    try:
        signed_message = _message(manifest)
    except (ValueError, TypeError, KeyError, IndexError):  # a body that is not rows: not the app's
        return False
    return fact_key.verifies(public, manifest.signature, signed_message)


def _on_roster(manifest: Signed, on_roster: bytes | None) -> bool:
    """Its row lists it: by its message, or by its signature on a roster not listed by messages yet
    (``relist``: the first head this version signs does that)."""
    return on_roster is not None and on_roster in (
        _digest(manifest),
        roster.legacy_digest(manifest.signature),
    )


def add_salts(session: Session, keys: VaultKeys) -> int:
    """Sign again, salted (v2), every manifest signed before salts whose signature holds; the body stays
    as it was signed (no row is read: nothing is laundered). One that fails stays, as evidence."""
    key = fact_key.signing_key(keys)
    public = fact_key.public_of(keys)
    unsalted = list(session.scalars(select(FactManifest).where(FactManifest.salt.is_(None))))
    on_roster = roster.listed(session, [m.candidate_id for m in unsalted])
    signed: dict[int, bytes] = {}
    for m in unsalted:
        if _verifies(public, m):
            m.salt = os.urandom(SALT_BYTES)
            salted = message(m.candidate_id, m.body, m.salt)
            m.signature = key.sign(salted)
            signed[m.candidate_id] = roster.digest(salted, m.signature)
    roster.enter(session, signed, on_roster)
    return len(signed)


def enlist(session: Session, keys: VaultKeys) -> int:
    """A vault from before the roster: every manifest whose signature holds goes on it as it is (trust on
    this unlock, as for the manifests themselves); one that fails stays off it, as evidence."""
    public = fact_key.public_of(keys)
    manifests = list(session.scalars(select(FactManifest)))
    on_roster = roster.listed(session, [m.candidate_id for m in manifests])
    found = {m.candidate_id: _digest(m) for m in manifests if _verifies(public, m)}
    roster.enter(session, found, on_roster)
    return len(found)


def sign_all(session: Session, keys: VaultKeys) -> None:
    """Sign every candidate as their rows are now: a vault from before signed facts, first unlocked."""
    ids = list(session.scalars(select(Candidate.id).order_by(Candidate.id)))
    for start in range(0, len(ids), CHUNK):
        sign(session, keys, {cid: Touched(new=True, tables=set(OWNED)) for cid in ids[start : start + CHUNK]})


def relist(session: Session, public: bytes) -> int:
    """A roster from before head v4, whose sum the caller checked: each row that lists its manifest by
    the signature, which holds, lists it by its message from now on. Any other row stays as it is, so
    its finding does too. How many rows were listed anew."""
    rows = session.execute(select(FactRoster.candidate_id, FactRoster.digest))
    on_roster = {candidate_id: row_digest for candidate_id, row_digest in rows}
    relisted = [
        {"candidate_id": m.candidate_id, "digest": _digest(m)}
        for m in session.execute(_SIGNED)
        if on_roster.get(m.candidate_id) == roster.legacy_digest(m.signature) and _verifies(public, m)
    ]
    if relisted:
        session.execute(update(FactRoster), relisted)
    return len(relisted)


def check(
    session: Session,
    public: bytes,
    candidate_ids: Collection[int] | None = None,
    *,
    roster_holds: bool = False,
) -> Iterator[Problem]:
    """Every problem with these candidates' facts (all candidates when None), checked with ``public``.
    ``roster_holds``: the caller compared the roster with its signed hash, in this read: a manifest on it
    is the signed one, with no signature of its own to check (app/integrity/roster.py)."""
    ids = sorted(candidate_ids if candidate_ids is not None else session.scalars(select(Candidate.id)))
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        manifests: dict[int, Signed] = {
            m.candidate_id: m for m in session.execute(_SIGNED.where(FactManifest.candidate_id.in_(chunk)))
        }
        found = entries(session, chunk)
        on_roster = roster.listed(session, chunk)
        for candidate_id in chunk:
            yield from _compare(
                candidate_id,
                manifests.get(candidate_id),
                on_roster.get(candidate_id),
                found.get(candidate_id, []),
                public,
                roster_holds,
            )


def _compare(
    candidate_id: int,
    manifest: Signed | None,
    on_roster: bytes | None,
    actual: list[Entry],
    public: bytes,
    roster_holds: bool,
) -> Iterator[Problem]:
    if manifest is None:
        yield Problem(candidate_id, "unsigned")
        return
    try:  # parsed once, for the message and the comparison; a body that is not rows is not the app's
        listed_rows = json.loads(manifest.body)
        signed_message = message(candidate_id, manifest.body, manifest.salt, listed_rows)
        signed = {(table, row_id): digest for table, row_id, digest in listed_rows}
    except (ValueError, TypeError, KeyError, IndexError):
        yield Problem(candidate_id, "forged")
        return
    listed = on_roster == roster.digest(signed_message, manifest.signature)
    if not (listed and roster_holds) and not fact_key.verifies(public, manifest.signature, signed_message):
        yield Problem(candidate_id, "forged")
        return
    if not listed:
        yield Problem(candidate_id, "unlisted" if on_roster is None else "replayed")
        return
    now = {(table, row_id): digest for table, row_id, digest in actual}
    for place in sorted(signed.keys() | now.keys()):
        if place not in now:
            yield Problem(candidate_id, "deleted", *place)
        elif place not in signed:
            yield Problem(candidate_id, "inserted", *place)
        elif signed[place] != now[place]:
            yield Problem(candidate_id, "changed", *place)
