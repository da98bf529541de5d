"""What a transaction wrote, per candidate, so that their manifests are signed again before it commits.

Row by row where possible: a manifest is re-signed with new digests only for the rows this transaction
wrote (seen after each flush), while every other row keeps the digest that was signed before. So a row
changed behind the app's back stays reported as changed, even after a user edits the same candidate.
The few bulk statements name their rows (``touch_row``) or a whole table of the candidate
(``touch_table``); a candidate they create is ``touch_new`` with every table.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from app.integrity.rows import OWNED
from app.store.models import Candidate

TOUCHED = "facts_touched"


@dataclass
class Touched:
    new: bool = False  # created in this transaction: every row is the transaction's own
    tables: set[str] = field(default_factory=set)  # whole tables rewritten (bulk statements)
    rows: set[tuple[str, int]] = field(default_factory=set)  # (table, row id) written through the ORM


def _of(session: Session, candidate_id: int) -> Touched:
    found: dict[int, Touched] = session.info.setdefault(TOUCHED, {})
    return found.setdefault(candidate_id, Touched())


def touch_row(session: Session, candidate_id: int, table: str, row_id: int) -> None:
    _of(session, candidate_id).rows.add((table, row_id))


def touch_table(session: Session, candidate_id: int, table: str) -> None:
    _of(session, candidate_id).tables.add(table)


def touch_new(session: Session, candidate_id: int, *, core_inserts: bool = False) -> None:
    """A candidate created in this transaction (``core_inserts``: by bulk statements, every table)."""
    mine = _of(session, candidate_id)
    mine.new = True
    if core_inserts:
        mine.tables.update(OWNED)


def touched(session: Session) -> dict[int, Touched]:
    found: dict[int, Touched] = session.info.pop(TOUCHED, {})
    return found


@event.listens_for(Session, "after_flush")
def _collect(session: Session, _context: Any) -> None:
    # After the flush the new rows have their ids; new, dirty and deleted still list what was flushed.
    for obj in (*session.new, *session.dirty, *session.deleted):
        table = getattr(obj, "__tablename__", None)
        if table not in OWNED:
            continue
        if isinstance(obj, Candidate):
            if obj in session.new:
                touch_new(session, obj.id)
            touch_row(session, obj.id, table, obj.id)
        elif getattr(obj, "candidate_id", None) is not None:
            touch_row(session, obj.candidate_id, table, obj.id)
