"""Many synthetic candidates fast: one transaction, sealed through the vault's sealer (tests only)."""

from __future__ import annotations

from app.candidates import PROFILE_FIELDS, TABLE
from app.store.models import Candidate
from app.vault import Vault


def bulk_add(vault: Vault, count: int, batch: int = 5_000) -> None:
    sealer = vault.sealer
    today, now = vault.today(), vault.clock.now()
    start = max(vault.candidates.ids(), default=0) + 1
    done = 0
    while done < count:
        with vault.write() as session:
            for i in range(done, min(done + batch, count)):
                # Explicit ids: no flush per row, so SQLAlchemy inserts each batch with executemany.
                cand = Candidate(
                    id=start + i, created_on=today, updated_at=now, **{name: b"" for name in PROFILE_FIELDS}
                )
                session.add(cand)
                sealer.new_candidate_key(session, cand.id)
                for name, value in (
                    ("first_name", f"Bulk{i}"),
                    ("last_name", f"Person{i:06d}"),
                    ("email", f"bulk{i}@example.be"),
                ):
                    setattr(cand, name, sealer.seal_text(session, cand.id, TABLE, name, cand.id, value))
        done = min(done + batch, count)
