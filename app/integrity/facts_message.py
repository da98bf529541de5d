"""What a manifest's signature covers, and the same message rebuilt from a purge record's evidence.

Apart from app/integrity/manifest.py so that the roster (app/integrity/roster.py), which holds a digest
of each message, can rebuild one from evidence without importing the manifests that use it.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from app.integrity.rows import DECISION, digest

EvidenceRow = tuple[str, int, list[Any]]  # (table, row id, the row's values as digested)


def message(
    candidate_id: int, body: str, salt: bytes | None = None, listed: list[list[Any]] | None = None
) -> bytes:
    """What is signed. v2 (salted): the rows the retention rules read, listed, and a salted hash of the
    rest, so that a purge record can keep the former as evidence without a trace of the latter (the salt
    goes with the manifest). v1: the whole body, as signed before salts (until the next unlock).
    ``listed``: the body already parsed (a check reads it once, for this and for its comparison)."""
    if salt is None:
        return b"candidate-vault/facts/v1\n%d\n" % candidate_id + body.encode()
    if listed is None:
        listed = json.loads(body)
    decision = [entry for entry in listed if entry[0] in DECISION]
    others = [entry for entry in listed if entry[0] not in DECISION]
    return split_message(candidate_id, decision, others_digest(salt, others))


def others_digest(salt: bytes, others: list[list[object]]) -> str:
    return hashlib.sha256(salt + json.dumps(others, separators=(",", ":")).encode()).hexdigest()


def split_message(candidate_id: int, decision: list[list[object]], others: str) -> bytes:
    listed = json.dumps(decision, separators=(",", ":"))
    return b"candidate-vault/facts/v2\n%d\n%s\n%s" % (candidate_id, listed.encode(), others.encode())


def from_evidence(candidate_id: int, raw: str | None) -> tuple[list[EvidenceRow], bytes, bytes] | None:
    """A record's evidence (app/integrity/records.py) as (its rows, the manifest message they rebuild,
    the signature it holds); None for evidence that is not even that."""
    try:
        data = json.loads(raw or "")
        rows: list[EvidenceRow] = [(str(t), int(r), list(v)) for t, r, v in data["rows"]]
        others, signature = str(data["others"]), bytes.fromhex(str(data["sig"]))
        if any(table not in DECISION for table, _r, _v in rows):
            return None
        listed: list[list[object]] = [
            [table, row_id, digest(table, values)] for table, row_id, values in rows
        ]
    except (ValueError, TypeError, KeyError, AttributeError):
        return None
    return rows, split_message(candidate_id, listed, others), signature
