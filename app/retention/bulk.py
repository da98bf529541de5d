"""Bulk purge of every due candidate: plan (the dry run), then one transaction per batch of candidates.

Each batch commits as a whole, so a killed process leaves every candidate either whole or fully purged;
each candidate is re-assessed inside its batch's transaction, so a hold placed or a consent renewed
meanwhile is respected. (One transaction per candidate ran at ~300 candidates/s; the commit and a dozen
statements per candidate were the cost.)
In ``flag`` mode nothing is deleted without a person's confirmation; in ``purge`` mode the scheduled
run deletes. A held or restricted candidate is never purged, whatever is asked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app import audit
from app.errors import NotFound, Refused
from app.integrity import manifest, tracking, trust
from app.integrity.manifest import Problem
from app.integrity.vanished import vanished
from app.retention.facts import ERASED, ERASURE, candidates_of_vacancy, load_facts, possibly_due
from app.retention.purge import delete_rows
from app.retention.rules import Assessment, Policy, assess
from app.search import postings
from app.store.driver import among
from app.store.engine import one_snapshot
from app.store.models import Candidate, RightsRequest

if TYPE_CHECKING:
    from app.vault import Vault

# Candidates per transaction: big enough to amortise the commit (a batch of 50 purged ~900 candidates/s, 200
# ~1,200/s: their search postings share pages), small enough that Cancel answers within ~0.2 s.
BATCH = 200
# A run purging at least this share of the candidates clears their search bits in one sweep at its end
# (app/search/postings.py) instead of token by token: the sweep reads the whole postings table once, which
# a run of a few candidates should not pay.
SWEEP_SHARE = 0.05
# Called for each candidate once its batch commits: (done, total, candidate id).
Progress = Callable[[int, int, int], None]


@dataclass
class BulkResult:
    planned: list[Assessment]  # what is (or would be) purged, and why
    deleted: bool  # False for a dry run, or an unconfirmed run in flag mode
    purged: list[int] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (id, why it was kept after all)
    untrusted: list[Problem] = field(default_factory=list)  # facts failing their check: never purged


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
    untrusted = untrusted_facts(vault)
    planned = trusted_only(plan(vault, as_of, vacancy), untrusted)
    policy = Policy.from_settings(vault.settings())
    if dry_run or not (confirmed or policy.on_due == "purge"):
        return BulkResult(planned, deleted=False, untrusted=untrusted)
    today = vault.today()
    if as_of > today:
        raise Refused(f"cannot purge ahead of time ({as_of} is after today); use --dry-run to preview")
    result = purge_planned(
        vault, planned, policy, as_of, progress=progress, vacancy=vacancy, untrusted=len(untrusted)
    )
    result.untrusted = untrusted
    return result


def untrusted_facts(vault: Vault, candidate_ids: Collection[int] | None = None) -> list[Problem]:
    """The candidates (all when None) whose facts fail their check (app/integrity/): never purged.
    Refused, for every candidate, while the settings that the rules read fail theirs."""
    with vault.read() as session:
        one_snapshot(session)  # the roster's hash and the manifests it vouches for: one state
        public = trust.checking_key(vault, session)
        trust.require_trusted_vault(session, public)
        found = list(manifest.check(session, public, candidate_ids, roster_holds=True))
        if candidate_ids is None:  # a whole run says what vanished, too
            found += vanished(session)
        return found


def trusted_only(planned: list[Assessment], untrusted: list[Problem]) -> list[Assessment]:
    failing = {problem.candidate_id for problem in untrusted}
    return [item for item in planned if item.candidate_id not in failing]


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
    """Purge the planned candidates a batch per transaction (stopping between two once ``cancelled``),
    then one audit event for the run and a WAL checkpoint."""
    today = vault.today()
    result = BulkResult(planned, deleted=True)
    # By id, not by due date: neighbours by id share their search postings' rows (a row per 64 ids) and
    # the pages of every table, so a batch writes about half the pages (at 100,000 candidates, 2,000 of
    # them purged ran at 205/s in due-date order, 429/s by id).
    ids = sorted(item.candidate_id for item in planned)
    sweep_later = sweeps_later(vault, len(ids))
    done = 0
    for start in range(0, len(ids), BATCH):
        if cancelled():
            break
        batch = ids[start : start + BATCH]
        purged, skipped = _purge_batch(vault, batch, policy, as_of, today, sweep_later)
        result.purged += purged
        result.skipped += skipped
        for cid in purged:  # their keys are gone: so is the cached copy
            vault.sealer.drop_candidate(cid)
        for cid in batch:
            done += 1
            if progress is not None:
                progress(done, len(ids), cid)
    with vault.write() as session:
        postings.sweep_stale(session)  # this run's bits, and any a killed run left
        vault.audit(
            session,
            audit.BULK_PURGE,
            None,
            as_of=as_of.isoformat(),
            purged=len(result.purged),
            skipped=len(result.skipped),
            cancelled=cancelled(),
            **audit_details,
        )
    vault.checkpoint()
    return result


def sweeps_later(vault: Vault, purging: int) -> bool:
    """Whether a run purging this many candidates marks their search bits for one sweep at its end."""
    if not purging:
        return False
    with vault.read() as session:
        candidates = session.scalar(select(func.count()).select_from(Candidate)) or 0
    return purging >= SWEEP_SHARE * candidates


def _purge_batch(
    vault: Vault, ids: list[int], policy: Policy, as_of: dt.date, today: dt.date, sweep_later: bool
) -> tuple[list[int], list[tuple[int, str]]]:
    """Re-assess and purge a batch in one transaction: a killed process leaves each candidate of it
    whole or purged. Returns the purged ids and (id, why kept) for the others."""
    skipped: list[tuple[int, str]] = []
    reasons: dict[int, str] = {}
    erasures: set[int] = set()
    with vault.write() as session:
        # Lock the rows first (PostgreSQL; SQLite writers are serialised anyway), as a single purge does.
        mine = among(session, Candidate.id, ids)
        present = set(session.scalars(select(Candidate.id).where(mine).with_for_update()))
        facts = {f.candidate_id: f for f in load_facts(session, sorted(present))}
        for cid in ids:
            if cid not in facts:
                skipped.append((cid, "already gone"))
                continue
            now = assess(facts[cid], policy, as_of)
            if not now.is_due(as_of):  # held, restricted, renewed or otherwise no longer due
                skipped.append((cid, f"no longer due ({now.state}: {now.reason})"))
                continue
            reasons[cid] = f"due: {now.reason}"
            if facts[cid].erasure_received_on is not None:
                erasures.add(cid)
        purged = list(reasons)
        if purged:
            delete_rows(session, purged, today, reasons, suppress=erasures, sweep_later=sweep_later)
            close_erasure_requests(session, purged, today)
            vault.audit_many(
                session,
                [
                    (audit.CANDIDATE_PURGED, cid, {"bulk": True, "suppressed": cid in erasures})
                    for cid in purged
                ],
            )
    return purged, skipped


def close_erasure_requests(session: Session, ids: list[int], today: dt.date) -> None:
    """The purge carried out these candidates' pending erasure requests: the register shows them done."""
    pending = session.execute(
        select(RightsRequest.id, RightsRequest.candidate_id).where(
            among(session, RightsRequest.candidate_id, ids),
            RightsRequest.kind == ERASURE,
            RightsRequest.done_on.is_(None),
        )
    ).all()
    if not pending:
        return
    session.execute(
        update(RightsRequest)
        .where(RightsRequest.id.in_([row.id for row in pending]))
        .values(done_on=today, outcome=ERASED)
        .execution_options(synchronize_session=False)
    )
    for row in pending:  # a Core statement: the signature that covers each row is told (tracking)
        tracking.touch_row(session, row.candidate_id, "rights_requests", row.id)
