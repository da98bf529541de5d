"""Rectification history (GDPR Art. 16): every edit keeps the old value of each changed field.

The old values are sealed under the candidate's key, in ``field_changes``, and purged with the
candidate (the purge deletes the rows and the key).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.candidates import TABLE as CANDIDATES
from app.store.models import Candidate, FieldChange

if TYPE_CHECKING:
    from app.vault import Vault

TABLE = "field_changes"
EditHook = Callable[[Session, Candidate, Mapping[str, str | None]], None]


@dataclass(frozen=True)
class FieldChangeRecord:
    id: int
    field: str
    changed_at: str
    old_value: str | None


def history_hook(vault: Vault) -> EditHook:
    """A before_edit hook that records the old value of every field that really changes."""

    def record(session: Session, cand: Candidate, changes: Mapping[str, str | None]) -> None:
        sealer = vault.sealer
        now = vault.clock.now()
        for name, new in changes.items():
            old = sealer.open_text(session, cand.id, CANDIDATES, name, cand.id, getattr(cand, name))
            if old == new:
                continue
            change = FieldChange(candidate_id=cand.id, field=name, changed_at=now, old_value=b"")
            session.add(change)
            session.flush()  # the row id is bound into the envelope
            change.old_value = sealer.seal_text(session, cand.id, TABLE, "old_value", change.id, old)

    return record


def history(vault: Vault, session: Session, candidate_id: int) -> list[FieldChangeRecord]:
    rows = session.scalars(
        select(FieldChange).where(FieldChange.candidate_id == candidate_id).order_by(FieldChange.id)
    )
    return [
        FieldChangeRecord(
            row.id,
            row.field,
            row.changed_at.isoformat(),
            vault.sealer.open_text(session, candidate_id, TABLE, "old_value", row.id, row.old_value),
        )
        for row in rows
    ]
