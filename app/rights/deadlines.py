"""When a rights request is due (GDPR Art. 12(3)). Pure: every function takes the facts and a date.

One calendar month after receipt (31 January -> 28/29 February), extendable by at most two further
months "where necessary, taking into account the complexity and number of the requests".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.retention.dates import add_months

ANSWER_MONTHS = 1
MAX_EXTENSION_MONTHS = 2


def due_date(received_on: dt.date) -> dt.date:
    return add_months(received_on, ANSWER_MONTHS)


def extended_due(due_on: dt.date, months: int) -> dt.date:
    """The new deadline after ``months`` of extension in total, counted from the original due date."""
    return add_months(due_on, months)


def extension_months(due_on: dt.date, extended_to: dt.date | None) -> int:
    """How many months of extension a request already has (0, 1 or 2)."""
    if extended_to is None:
        return 0
    for months in range(1, MAX_EXTENSION_MONTHS + 1):
        if extended_due(due_on, months) >= extended_to:
            return months
    return MAX_EXTENSION_MONTHS


@dataclass(frozen=True)
class RequestFacts:
    """What the deadline rules need to know of one request: no personal data."""

    id: int
    candidate_id: int
    kind: str
    received_on: dt.date
    due_on: dt.date
    extended_to: dt.date | None
    done_on: dt.date | None
    outcome: str | None = None
    channel: str | None = None
    # An open erasure request that a legal hold ("hold") or a restriction ("restrict") holds back: the
    # wish stands, and the candidate is due the day it ends.
    waiting_for: str | None = None

    @property
    def deadline(self) -> dt.date:
        return self.extended_to or self.due_on

    @property
    def open(self) -> bool:
        return self.done_on is None


def is_overdue(req: RequestFacts, as_of: dt.date) -> bool:
    return req.open and req.deadline < as_of


def is_due_within(req: RequestFacts, as_of: dt.date, days: int) -> bool:
    """Open, not yet overdue, and due within ``days`` days of ``as_of`` (inclusive)."""
    return req.open and as_of <= req.deadline <= as_of + dt.timedelta(days=days)


def select_requests(
    requests: list[RequestFacts],
    as_of: dt.date,
    *,
    only_open: bool = False,
    overdue: bool = False,
    due_within: int | None = None,
) -> list[RequestFacts]:
    """Filter a list of requests; the filters combine as 'or' between overdue and due-within."""
    chosen = [r for r in requests if r.open] if only_open else list(requests)
    if overdue or due_within is not None:
        chosen = [
            r
            for r in chosen
            if (overdue and is_overdue(r, as_of))
            or (due_within is not None and is_due_within(r, as_of, due_within))
        ]
    return sorted(chosen, key=lambda r: (r.deadline, r.id))
