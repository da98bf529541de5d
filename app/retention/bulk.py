"""Bulk purge of every due candidate: plan (the dry run), then one transaction per candidate.

One transaction each, so a killed process leaves every candidate either whole or fully purged; each is
re-assessed inside its own transaction, so a hold placed or a consent renewed meanwhile is respected.
In ``flag`` mode nothing is deleted without a person's confirmation; in ``purge`` mode the scheduled
run deletes. A held or restricted candidate is never purged, whatever is asked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import update
from sqlalchemy.orm import Session

from app.errors import NotFound, Refused
from app.retention.facts import ERASURE, candidates_of_vacancy, load_facts, possibly_due
from app.retention.purge import purge_in_session
from app.retention.rules import Assessment, Policy, assess
from app.store.models import RightsRequest

if TYPE_CHECKING:
    from app.vault import Vault

# Called after each candidate's transaction commits: (done, total, candidate id).
Progress = Callable[[int, int, int], None]


@dataclass
class BulkResult:
    planned: list[Assessment]  # what is (or would be) purged, and why
    deleted: bool  # False for a dry run, or an unconfirmed run in flag mode
    purged: list[int] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (id, why it was kept after all)


def plan(vault: Vault, as_of: dt.date, vacancy: str | None = None) -> list[Assessment]:
    """Every candidate due on ``as_of`` (only those with a procedure on ``vacancy``), by due date."""
    policy = Policy.from_settings(vault.settings())
    with vault.read() as session:
        ids = set(possibly_due(session, as_of, policy))
        if vacancy is not None:
            of_vacancy = candidates_of_vacancy(session, vacancy)
            if of_vacancy is None:
                raise NotFound(f"there is no vacancy titled {vacancy!r}")
            ids &= of_vacancy
        facts = load_facts(session, ids)
    due = [a for a in (assess(f, policy, as_of) for f in facts) if a.is_due(as_of)]
    return sorted(due, key=lambda a: (a.due_on or as_of, a.candidate_id))


def purge_due(
    vault: Vault,
    as_of: dt.date,
    *,
    vacancy: str | None = None,
    dry_run: bool = False,
    confirmed: bool = False,
    progress: Progress | None = None,
) -> BulkResult:
    planned = plan(vault, as_of, vacancy)
    policy = Policy.from_settings(vault.settings())
    if dry_run or not (confirmed or policy.on_due == "purge"):
        return BulkResult(planned, deleted=False)
    today = vault.today()
    if as_of > today:
        raise Refused(f"cannot purge ahead of time ({as_of} is after today); use --dry-run to preview")
    return purge_planned(vault, planned, policy, as_of, progress=progress, vacancy=vacancy)


def purge_planned(
    vault: Vault,
    planned: list[Assessment],
    policy: Policy,
    as_of: dt.date,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    **audit_details: object,
) -> BulkResult:
    """Purge the planned candidates one transaction each (stopping between two once ``cancelled``),
    then one audit event for the run and a WAL checkpoint."""
    today = vault.today()
    result = BulkResult(planned, deleted=True)
    for done, item in enumerate(planned, start=1):
        if cancelled():
            break
        why = _purge_one(vault, item.candidate_id, policy, as_of, today)
        if why is None:
            result.purged.append(item.candidate_id)
        else:
            result.skipped.append((item.candidate_id, why))
        if progress is not None:
            progress(done, len(planned), item.candidate_id)
    with vault.write() as session:
        vault.audit(
            session,
            "bulk_purge",
            None,
            as_of=as_of.isoformat(),
            purged=len(result.purged),
            skipped=len(result.skipped),
            cancelled=cancelled(),
            **audit_details,
        )
    vault.checkpoint()
    return result


def _purge_one(vault: Vault, candidate_id: int, policy: Policy, as_of: dt.date, today: dt.date) -> str | None:
    """Purge one candidate in its own transaction; returns why it was kept, or None when purged."""
    try:
        with vault.write() as session:
            facts = load_facts(session, [candidate_id])
            if not facts:
                return "already gone"
            now = assess(facts[0], policy, as_of)
            if not now.is_due(as_of):
                return f"no longer due ({now.state}: {now.reason})"
            erasure = facts[0].erasure_received_on is not None
            purge_in_session(session, candidate_id, today, f"due: {now.reason}", suppress=erasure)
            close_erasure_requests(session, candidate_id, today)
            vault.audit(session, "candidate_purged", candidate_id, bulk=True, suppressed=erasure)
    except (Refused, NotFound) as exc:
        return str(exc)
    vault.sealer.drop_candidate(candidate_id)
    return None


def close_erasure_requests(session: Session, candidate_id: int, today: dt.date) -> None:
    """The purge carried out the candidate's pending erasure requests: the register shows them done."""
    session.execute(
        update(RightsRequest)
        .where(
            RightsRequest.candidate_id == candidate_id,
            RightsRequest.kind == ERASURE,
            RightsRequest.done_on.is_(None),
        )
        .values(done_on=today, outcome="erased")
        .execution_options(synchronize_session=False)
    )
