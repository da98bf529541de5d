"""What the dashboard shows, computed from the Vault service (no Qt here: testable without a screen).

Everything is ids, dates and states: no personal data. Names are decrypted by the widgets only for
the rows on screen, through ``vault.candidates``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.retention.dates import add_months
from app.retention.rules import Assessment
from app.rights.deadlines import RequestFacts
from app.vault import Vault

SOON_DAYS = 30
CHART_MONTHS = 12


@dataclass
class DashboardData:
    as_of: dt.date
    due_now: list[Assessment] = field(default_factory=list)
    due_soon: list[Assessment] = field(default_factory=list)  # within SOON_DAYS after as_of
    expiring: list[Assessment] = field(default_factory=list)  # consent ends within the notice window
    held: list[Assessment] = field(default_factory=list)  # held or restricted
    requests: list[RequestFacts] = field(default_factory=list)  # open rights requests, soonest first
    months: list[tuple[dt.date, int]] = field(default_factory=list)  # (first of month, candidates leaving)

    def days_left(self, request: RequestFacts) -> int:
        return (request.deadline - self.as_of).days


def month_starts(as_of: dt.date, count: int = CHART_MONTHS) -> list[dt.date]:
    first = as_of.replace(day=1)
    return [add_months(first, i) for i in range(count)]


def leaving_per_month(assessments: list[Assessment], as_of: dt.date) -> list[tuple[dt.date, int]]:
    """How many candidates reach their due date in each of the next 12 months (this month included;
    those already overdue count in this month, since they leave at the next purge)."""
    starts = month_starts(as_of)
    counts = dict.fromkeys(starts, 0)
    end = add_months(starts[0], CHART_MONTHS)
    for a in assessments:
        if a.due_on is None or a.state in ("held", "restricted") or a.due_on >= end:
            continue
        key = max(a.due_on, starts[0]).replace(day=1)
        counts[key] += 1
    return [(s, counts[s]) for s in starts]


def collect(vault: Vault, as_of: dt.date) -> DashboardData:
    """One read of the retention states and the rights register; slow on big vaults: run it on the worker."""
    states = vault.retention.status(as_of=as_of)
    data = DashboardData(as_of)
    soon = as_of + dt.timedelta(days=SOON_DAYS)
    for a in states:
        if a.state in ("held", "restricted"):
            data.held.append(a)
        elif a.due_on is not None and a.due_on <= as_of:
            data.due_now.append(a)
        elif a.due_on is not None and a.due_on <= soon:
            data.due_soon.append(a)
        if a.state == "expiring":
            data.expiring.append(a)
    by_due = lambda a: (a.due_on or as_of, a.candidate_id)  # noqa: E731
    for items in (data.due_now, data.due_soon, data.expiring):
        items.sort(key=by_due)
    data.requests = sorted(vault.rights.list(as_of=as_of, only_open=True), key=lambda r: (r.deadline, r.id))
    data.months = leaving_per_month(states, as_of)
    return data
