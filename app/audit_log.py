"""``vault.audit_log``: read the audit log and prune it after its retention period.

The events hold no personal data (ids, actions, field names, counts), so listing them needs no
candidate key; it is still audited, because who looked at the log is worth knowing.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from app import audit, roles
from app.errors import Refused
from app.integrity import audit_seal
from app.retention.dates import add_months
from app.store.models import AuditEvent

if TYPE_CHECKING:
    from app.vault import Vault


def event_json(ev: AuditEvent) -> dict[str, Any]:
    return {
        "id": ev.id,
        "at": ev.at,
        "actor": ev.actor,
        "action": ev.action,
        "candidate_id": ev.candidate_id,
        "details": ev.details or {},
        "hash": ev.hash,
    }


def prune_cutoff(as_of: dt.date, keep_years: int) -> dt.date:
    """Events logged before this date are older than the retention period. Pure."""
    return add_months(as_of, -12 * keep_years)


class AuditLog:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def events(self, candidate_id: int | None = None) -> list[dict[str, Any]]:
        with self.vault.read() as session:
            query = select(AuditEvent).order_by(AuditEvent.id)
            if candidate_id is not None:
                query = query.where(AuditEvent.candidate_id == candidate_id)
            found = [event_json(ev) for ev in session.scalars(query)]
        self.vault.log_reading("audit_viewed", candidate_id, {"events": len(found)})
        return found

    def prune(self, as_of: dt.date) -> int:
        """Delete events older than ``audit.keep_years`` before ``as_of``; the chain stays verifiable."""
        self.vault.require(roles.SETTINGS)
        if as_of > self.vault.today():  # else a date in the future would prune events younger than that
            raise Refused(f"cannot prune ahead of time ({as_of} is after today)")
        keep_years = int(self.vault.settings().get("audit.keep_years"))
        cutoff = prune_cutoff(as_of, keep_years)
        with self.vault.write() as session:
            deleted = audit.prune(session, cutoff)
            if deleted:
                audit_seal.sign_anchor(session, self.vault.sealer.keys)
                self.vault.audit(session, "audit_pruned", deleted=deleted, before=cutoff.isoformat())
        return deleted
