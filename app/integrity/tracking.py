"""Which candidates a transaction touched, so that their manifests are signed again before it commits.

Every ORM change to a row a candidate owns is seen after each flush; the few bulk statements that
change such rows call ``touch`` themselves. ``Vault.write`` signs the touched candidates last thing.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from app.integrity.rows import OWNED
from app.store.models import Candidate

TOUCHED = "facts_touched"


def touch(session: Session, candidate_id: int) -> None:
    session.info.setdefault(TOUCHED, set()).add(candidate_id)


def touched(session: Session) -> set[int]:
    return set(session.info.pop(TOUCHED, set()))


@event.listens_for(Session, "after_flush")
def _collect(session: Session, _context: Any) -> None:
    # After the flush the new rows have their ids; new, dirty and deleted still list what was flushed.
    for obj in (*session.new, *session.dirty, *session.deleted):
        table = getattr(obj, "__tablename__", None)
        if table not in OWNED:
            continue
        candidate_id = obj.id if isinstance(obj, Candidate) else getattr(obj, "candidate_id", None)
        if candidate_id is not None:
            touch(session, candidate_id)
