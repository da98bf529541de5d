"""Which renewal notices are due on a date. Pure: facts, policy and an as-of date in; notices out.

A reserve-pool consent ends (``consent_end``) at most 24 months after it was given. At each of the
policy's ``notice_days`` before that end a notice falls due. Only the *latest* consent of a candidate
counts (a renewal is a newer consent, so it replaces the old one and its notices), and a consent has
one current notice at a time: the nearest threshold already passed. So when nothing was done at 60 days,
the 14-day notice replaces the 60-day one instead of asking HR twice about the same consent.

A notice is *handled* when a request was sent for it or it was dismissed; a withdrawn or ended consent
has no notice at all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from app.retention.dates import consent_end

RESERVE_POOL = "reserve_pool"


@dataclass(frozen=True)
class ConsentFact:
    id: int
    candidate_id: int
    given_on: dt.date
    ends_on: dt.date | None = None
    withdrawn_on: dt.date | None = None
    purpose: str = RESERVE_POOL


@dataclass(frozen=True)
class Handling:
    """What was done about one notice (a row of ``reminder_notices``)."""

    consent_id: int
    notice_days: int
    sent_on: dt.date | None = None
    dismissed_on: dt.date | None = None


@dataclass(frozen=True)
class Notice:
    candidate_id: int
    consent_id: int
    consent_given_on: dt.date
    consent_ends_on: dt.date
    notice_days: int
    due_on: dt.date  # consent_ends_on - notice_days
    sent_on: dt.date | None = None  # the last request sent for this notice
    dismissed_on: dt.date | None = None

    @property
    def handled(self) -> bool:
        return self.sent_on is not None or self.dismissed_on is not None


def latest_consents(consents: Iterable[ConsentFact], as_of: dt.date) -> dict[int, ConsentFact]:
    """Each candidate's latest reserve-pool consent given on or before ``as_of``."""
    latest: dict[int, ConsentFact] = {}
    for consent in consents:
        if consent.purpose != RESERVE_POOL or consent.given_on > as_of:
            continue
        current = latest.get(consent.candidate_id)
        if current is None or (consent.given_on, consent.id) > (current.given_on, current.id):
            latest[consent.candidate_id] = consent
    return latest


def current_notice(
    consent: ConsentFact,
    notice_days: Sequence[int],
    as_of: dt.date,
    handled: Mapping[tuple[int, int], Handling],
) -> Notice | None:
    """The consent's notice due on ``as_of`` (handled or not), or None when none is due."""
    end = consent_end(consent.given_on, consent.ends_on, consent.withdrawn_on)
    if consent.withdrawn_on is not None and consent.withdrawn_on <= as_of:
        return None
    if as_of >= end:
        return None  # the consent has ended: retention takes over, there is nothing left to ask
    passed = [days for days in notice_days if end - dt.timedelta(days=days) <= as_of]
    if not passed:
        return None
    days = min(passed)
    done = handled.get((consent.id, days))
    return Notice(
        candidate_id=consent.candidate_id,
        consent_id=consent.id,
        consent_given_on=consent.given_on,
        consent_ends_on=end,
        notice_days=days,
        due_on=end - dt.timedelta(days=days),
        sent_on=done.sent_on if done else None,
        dismissed_on=done.dismissed_on if done else None,
    )


def due_notices(
    consents: Iterable[ConsentFact],
    handlings: Iterable[Handling],
    notice_days: Sequence[int],
    as_of: dt.date,
    *,
    restricted: Iterable[int] = (),
    include_handled: bool = False,
) -> list[Notice]:
    """The notices due on ``as_of``, soonest consent end first.

    ``restricted``: candidates whose processing is restricted (GDPR art. 18): nobody writes to them.
    """
    handled: dict[tuple[int, int], Handling] = {}
    for item in handlings:
        key = (item.consent_id, item.notice_days)
        before = handled.get(key)
        handled[key] = item if before is None else _merge(before, item)
    frozen = set(restricted)
    notices = []
    for candidate_id, consent in latest_consents(consents, as_of).items():
        if candidate_id in frozen:
            continue
        notice = current_notice(consent, notice_days, as_of, handled)
        if notice is not None and (include_handled or not notice.handled):
            notices.append(notice)
    return sorted(notices, key=lambda n: (n.consent_ends_on, n.candidate_id))


def _merge(a: Handling, b: Handling) -> Handling:
    """Several rows for one notice (a request sent again): keep the latest dates."""
    return Handling(
        a.consent_id,
        a.notice_days,
        max((d for d in (a.sent_on, b.sent_on) if d), default=None),
        max((d for d in (a.dismissed_on, b.dismissed_on) if d), default=None),
    )
