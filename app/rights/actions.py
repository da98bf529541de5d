"""What a request *does* to the candidate's data, beyond being recorded.

Withdrawal and restriction are the retention steps themselves (``consents.end_active``,
``purge.place_restriction``), run inside the request's transaction; ``erase`` runs the purge in its
own (the purge checkpoints the WAL afterwards).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from app.errors import Refused
from app.retention.purge import active_hold, active_restriction, purge_candidate

if TYPE_CHECKING:
    from app.vault import Vault

ERASURE_REASON = "erasure request"


def erasure_refusal(session: Session, candidate_id: int) -> str | None:
    """Why the candidate cannot be erased now: ``restrict`` (lift the restriction first) or ``hold``
    (legal hold, Art. 17(3)(e)); None if nothing stands in the way."""
    if active_restriction(session, candidate_id) is not None:
        return "restrict"
    if active_hold(session, candidate_id) is not None:
        return "hold"
    return None


def erase(vault: Vault, candidate_id: int) -> str | None:
    """Run the purge for an erasure request; returns None when done, else the refusal code."""
    with vault.read() as session:
        refusal = erasure_refusal(session, candidate_id)
    if refusal is not None:
        return refusal
    try:
        purge_candidate(vault, candidate_id, ERASURE_REASON, suppress=True)
    except Refused:  # a hold or restriction placed meanwhile
        with vault.read() as session:
            return erasure_refusal(session, candidate_id) or "hold"
    return None
