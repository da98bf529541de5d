"""Purge a chosen subset of the due candidates (the GUI's bulk purge review), with cancel between candidates.

Same guarantees as ``bulk.purge_due``: one transaction per candidate, re-assessed inside it (a hold,
restriction or renewal placed meanwhile wins), so a cancel or a crash leaves each candidate whole or purged.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from app import roles
from app.errors import Refused
from app.retention.bulk import BulkResult, Progress, _purge_one, plan
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
    planned = [a for a in plan(vault, as_of) if a.candidate_id in wanted]
    if dry_run:
        return BulkResult(planned, deleted=False)
    vault.require(roles.PURGE)
    today = vault.today()
    if as_of > today:
        raise Refused(f"cannot purge ahead of time ({as_of} is after today)")
    policy = Policy.from_settings(vault.settings())
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
            selected=len(wanted),
            cancelled=cancelled(),
        )
    vault.checkpoint()
    return result
