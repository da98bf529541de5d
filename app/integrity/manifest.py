"""Signed manifests: writing them for the candidates a transaction touched, and checking them.

A manifest lists a candidate's rows with their digests (``rows``) and is signed with the fact key;
the message binds the candidate's id, so a manifest moved to another candidate fails. Checking names
what was done: a row changed, deleted or inserted, a manifest missing or forged.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterator
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.crypto.keys import VaultKeys
from app.integrity import fact_key
from app.integrity.rows import Entry, entries
from app.store.models import Candidate, FactManifest

CHUNK = 2000  # candidates checked per round of queries


@dataclass(frozen=True)
class Problem:
    """One candidate whose facts fail their check: ids and a class, never a value."""

    candidate_id: int
    kind: str  # unsigned | forged | changed | deleted | inserted
    table: str | None = None
    row_id: int | None = None

    def __str__(self) -> str:
        where = f"candidate {self.candidate_id}"
        if self.kind == "unsigned":
            return f"{where}: facts not signed (no manifest)"
        if self.kind == "forged":
            return f"{where}: manifest forged (its signature fails)"
        return f"{where}: {self.table} row {self.row_id} {self.kind} since it was signed"


def message(candidate_id: int, body: str) -> bytes:
    return b"candidate-vault/facts/v1\n%d\n" % candidate_id + body.encode()


def _body(listed: list[Entry]) -> str:
    return json.dumps([list(entry) for entry in listed], separators=(",", ":"))


def sign(session: Session, keys: VaultKeys, candidate_ids: Collection[int]) -> None:
    """(Re)write the manifests of these candidates as their rows now are (inside the transaction)."""
    session.flush()
    ids = set(candidate_ids)
    live = set(session.scalars(select(Candidate.id).where(Candidate.id.in_(ids)))) if ids else set()
    key = fact_key.signing_key(keys)
    found = entries(session, live)
    for candidate_id in sorted(live):
        body = _body(found.get(candidate_id, []))
        signature = key.sign(message(candidate_id, body))
        session.merge(FactManifest(candidate_id=candidate_id, body=body, signature=signature))


def sign_all(session: Session, keys: VaultKeys) -> None:
    ids = list(session.scalars(select(Candidate.id).order_by(Candidate.id)))
    for start in range(0, len(ids), CHUNK):
        sign(session, keys, ids[start : start + CHUNK])


def check(session: Session, public: bytes, candidate_ids: Collection[int] | None = None) -> Iterator[Problem]:
    """Every problem with these candidates' facts (all candidates when None), checked with ``public``."""
    ids = sorted(candidate_ids if candidate_ids is not None else session.scalars(select(Candidate.id)))
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        manifests = {
            m.candidate_id: m
            for m in session.scalars(select(FactManifest).where(FactManifest.candidate_id.in_(chunk)))
        }
        found = entries(session, chunk)
        for candidate_id in chunk:
            yield from _compare(
                candidate_id, manifests.get(candidate_id), found.get(candidate_id, []), public
            )


def _compare(
    candidate_id: int, manifest: FactManifest | None, actual: list[Entry], public: bytes
) -> Iterator[Problem]:
    if manifest is None:
        yield Problem(candidate_id, "unsigned")
        return
    if not fact_key.verifies(public, manifest.signature, message(candidate_id, manifest.body)):
        yield Problem(candidate_id, "forged")
        return
    signed = {(table, row_id): digest for table, row_id, digest in json.loads(manifest.body)}
    now = {(table, row_id): digest for table, row_id, digest in actual}
    for place in sorted(signed.keys() | now.keys()):
        if place not in now:
            yield Problem(candidate_id, "deleted", *place)
        elif place not in signed:
            yield Problem(candidate_id, "inserted", *place)
        elif signed[place] != now[place]:
            yield Problem(candidate_id, "changed", *place)
