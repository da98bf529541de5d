"""Purge a chosen subset of the due candidates (the GUI's bulk purge review), with cancel between batches.

Same guarantees as ``bulk.purge_due``: one transaction per batch, each candidate re-assessed inside it
(a hold, restriction or renewal placed meanwhile wins), so a cancel or a crash leaves each candidate whole
or purged.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from app import roles
from app.errors import Refused
from app.retention.bulk import BulkResult, Progress, plan, purge_planned, trusted_only, untrusted_facts
from app.retention.rules import Policy

if TYPE_CHECKING:
    from app.vault import Vault


def purge_selected(
    vault: Vault,
    ids: Sequence[int],
    as_of: dt.date,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    dry_run: bool = False,
) -> BulkResult:
    """Purge those of ``ids`` that are due on ``as_of``; stops before the next candidate once cancelled.
    A dry run only says which of them would be purged (and why)."""
    wanted = set(ids)
    untrusted = untrusted_facts(vault, wanted)
    planned = trusted_only([a for a in plan(vault, as_of) if a.candidate_id in wanted], untrusted)
    if dry_run:
        return BulkResult(planned, deleted=False, untrusted=untrusted)
    vault.require(roles.PURGE)
    today = vault.today()
    if as_of > today:
        raise Refused(f"cannot purge ahead of time ({as_of} is after today)")
    policy = Policy.from_settings(vault.settings())
    result = purge_planned(
        vault, planned, policy, as_of, progress=progress, cancelled=cancelled, selected=len(wanted)
    )
    result.untrusted = untrusted
    result.skipped += [(problem.candidate_id, str(problem)) for problem in untrusted]
    return result
