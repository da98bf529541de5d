"""Many synthetic candidates fast, for the 100,000-row list test (tests only).

Rows are sealed through the vault's own sealer (same envelopes as ``candidates.add``) but written
with Core ``executemany`` inserts, one transaction per batch, without per-row audit events.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert

from app.candidates import PROFILE_FIELDS, TABLE
from app.store.models import Candidate, CandidateKey
from app.vault import Vault


class _Collect:
    """Stands in for the session in ``new_candidate_key``: keeps the key rows for a bulk insert."""

    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []

    def add(self, key: CandidateKey) -> None:
        self.rows.append({"candidate_id": key.candidate_id, "wrapped_key": key.wrapped_key})


def bulk_add(vault: Vault, count: int, batch: int = 5_000) -> None:
    sealer = vault.sealer
    today, now = vault.today(), vault.clock.now()
    start = max(vault.candidates.ids(), default=0) + 1
    for first in range(0, count, batch):
        keys = _Collect()
        rows = []
        for i in range(first, min(first + batch, count)):
            cid = start + i
            sealer.new_candidate_key(keys, cid)  # type: ignore[arg-type]
            row: dict[str, Any] = {"id": cid, "version": 1, "created_on": today, "updated_at": now}
            values = {"first_name": f"Bulk{i}", "last_name": f"Person{i:06d}", "email": f"bulk{i}@example.be"}
            for name in PROFILE_FIELDS:
                # Only the list columns get envelopes (the test lists, never opens, the others).
                # The session is not used: the candidate's key is in the sealer's cache.
                row[name] = (
                    sealer.seal_text(None, cid, TABLE, name, cid, values[name])  # type: ignore[arg-type]
                    if name in values
                    else b""
                )
            rows.append(row)
        with vault.write() as session:
            session.execute(insert(Candidate), rows)
            session.execute(insert(CandidateKey), keys.rows)
