"""Restriction of processing (GDPR Art. 18) freezes a candidate until it is lifted.

``refuse_if_restricted`` is the one check; the edit hook below uses it, and the document, reminder and
export code paths call it (wire new paths to it, not to the Restriction table directly).
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy.orm import Session

from app.errors import Refused
from app.retention.purge import active_restriction
from app.store.models import Candidate


def refuse_if_restricted(session: Session, candidate_id: int, action: str) -> None:
    """Raise Refused naming the action if the candidate's processing is restricted."""
    restriction = active_restriction(session, candidate_id)
    if restriction is not None:
        raise Refused(
            f"candidate {candidate_id} is restricted (Art. 18) since {restriction.requested_on.isoformat()}: "
            f"{action} is not allowed until the restriction is lifted"
        )


def edit_hook(session: Session, cand: Candidate, changes: Mapping[str, str | None]) -> None:
    """before_edit hook: a restricted candidate's fields cannot change."""
    refuse_if_restricted(session, cand.id, "editing")
