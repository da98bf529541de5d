"""The retention rules (README, "Retention rules"), as pure functions of (facts, policy, as-of date).

No clock, no database: the CLI and GUI pass ``today``, tests pass any date. Rules, first that applies:

1. an active restriction (state ``restricted``) or legal hold (``held``): never due;
2. an erasure request received on E: due on E, or earlier only if the rules below had made them due earlier;
   an open procedure does not keep such a candidate, and with one open the answer is E;
3. an open procedure: never due (``active``);
4. otherwise the later of the procedure date (last end + after_procedure_days, or + hired_days after a
   hire; the creation date when there is no procedure) and the end of the latest reserve-pool consent
   (given + 24 months at most, clamped to the month's end; earlier if agreed or withdrawn).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from app.retention.dates import POOL_CAP_MONTHS, add_months, consent_end

OUTCOMES = ("open", "rejected", "withdrawn", "hired")
STATES = ("active", "retained", "pool", "expiring", "due", "held", "restricted")


@dataclass(frozen=True, slots=True)
class ProcedureFacts:
    outcome: str  # open | rejected | withdrawn | hired
    applied_on: dt.date
    ended_on: dt.date | None = None

    @property
    def end(self) -> dt.date:
        # A closed procedure without an end date (old spreadsheets) counts from its application.
        return self.ended_on or self.applied_on


@dataclass(frozen=True, slots=True)
class ConsentFacts:
    given_on: dt.date
    ends_on: dt.date | None = None  # an agreed end earlier than the cap
    withdrawn_on: dt.date | None = None

    @property
    def end(self) -> dt.date:
        return consent_end(self.given_on, self.ends_on, self.withdrawn_on)


@dataclass(frozen=True, slots=True)
class CandidateFacts:
    candidate_id: int
    created_on: dt.date
    procedures: tuple[ProcedureFacts, ...] = ()
    consents: tuple[ConsentFacts, ...] = ()
    held: bool = False
    restricted: bool = False
    erasure_received_on: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Policy:
    after_procedure_days: int = 30
    hired_days: int = 30
    notice_days: tuple[int, ...] = (60, 14)
    on_due: str = "flag"  # flag | purge
    tz: str = "Europe/Brussels"

    @classmethod
    def from_settings(cls, settings: Any) -> Policy:
        """From a vault's ``Settings`` (anything with ``get(key)``)."""
        return cls(
            after_procedure_days=int(settings.get("retention.after_procedure_days")),
            hired_days=int(settings.get("retention.hired_days")),
            notice_days=tuple(int(d) for d in settings.get("retention.notice_days")),
            on_due=str(settings.get("retention.on_due")),
            tz=str(settings.get("retention.timezone")),
        )

    @property
    def notice_window(self) -> int:
        return max(self.notice_days, default=0)


@dataclass(frozen=True, slots=True)
class Assessment:
    candidate_id: int
    state: str
    due_on: dt.date | None
    reason: str

    def is_due(self, as_of: dt.date) -> bool:
        return self.due_on is not None and self.due_on <= as_of

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.candidate_id,
            "state": self.state,
            "due_on": self.due_on.isoformat() if self.due_on else None,
            "reason": self.reason,
        }


@dataclass(frozen=True, slots=True)
class _Dated:
    """A candidate due date with the words that explain it."""

    on: dt.date
    reason: str
    from_consent: bool = False


def _days(n: int) -> str:
    return "1 day" if n == 1 else f"{n} days"


def procedure_date(facts: CandidateFacts, policy: Policy) -> _Dated | None:
    """Last end of the closed procedures + the policy's days; the creation date if there is none.

    None when the candidate has procedures but all of them are open.
    """
    if not facts.procedures:
        on = facts.created_on + dt.timedelta(days=policy.after_procedure_days)
        return _Dated(
            on,
            f"no procedure; created on {facts.created_on}, "
            f"{_days(policy.after_procedure_days)} after creation",
        )
    # The last procedure decides; on a tie of end dates the one that keeps the data longer.
    best: tuple[dt.date, dt.date, ProcedureFacts] | None = None
    for p in facts.procedures:
        if p.outcome == "open":
            continue
        end = p.ended_on or p.applied_on
        days = policy.hired_days if p.outcome == "hired" else policy.after_procedure_days
        due = end + dt.timedelta(days=days)
        if best is None or (end, due) > best[:2]:
            best = (end, due, p)
    if best is None:
        return None
    end, due, last = best
    days = policy.hired_days if last.outcome == "hired" else policy.after_procedure_days
    what = "the hire" if last.outcome == "hired" else "the procedure"
    return _Dated(due, f"{last.outcome} on {end}, {_days(days)} after {what}")


def latest_consent(facts: CandidateFacts) -> ConsentFacts | None:
    """A renewal is a new consent: the latest one counts."""
    if not facts.consents:
        return None
    if len(facts.consents) == 1:
        return facts.consents[0]
    return max(facts.consents, key=lambda c: (c.given_on, c.end))


def consent_date(facts: CandidateFacts) -> _Dated | None:
    consent = latest_consent(facts)
    if consent is None:
        return None
    end = consent.end
    of = f"reserve-pool consent of {consent.given_on}"
    if consent.withdrawn_on is not None and end == consent.withdrawn_on:
        reason = f"{of} withdrawn on {end}"
    elif consent.ends_on is not None and end == consent.ends_on and end < cap_of(consent):
        reason = f"{of} ends {end} (agreed end)"
    else:
        reason = f"{of} ends {end}"
    return _Dated(end, reason, from_consent=True)


def cap_of(consent: ConsentFacts) -> dt.date:
    return add_months(consent.given_on, POOL_CAP_MONTHS)


def _later(a: _Dated | None, b: _Dated | None) -> _Dated | None:
    if a is None or b is None:
        return a or b
    # On the same day the consent explains it better ("pool" rather than "retained").
    return b if b.on >= a.on else a


def assess(facts: CandidateFacts, policy: Policy, as_of: dt.date) -> Assessment:
    cid = facts.candidate_id
    # Rule 1: restriction, then legal hold.
    if facts.restricted:
        return Assessment(cid, "restricted", None, "processing restricted (Art. 18): never due meanwhile")
    if facts.held:
        return Assessment(cid, "held", None, "under a legal hold: never due while it lasts")

    open_since = _open_since(facts.procedures)
    # Rule 3 (checked early because it is cheap): an open procedure keeps a candidate who did not ask
    # to be erased.
    if open_since is not None and facts.erasure_received_on is None:
        return Assessment(cid, "active", None, f"open procedure since {open_since}")

    # Rule 4's date; None while a procedure is open (it keeps the candidate from being due by rule 4, so an
    # erasure request is the only date: never one before the request, from procedures closed before).
    regular = None if open_since is not None else _later(procedure_date(facts, policy), consent_date(facts))

    # Rule 2: an erasure request never postpones a deletion, and ends an open application.
    if facts.erasure_received_on is not None:
        erasure = _Dated(facts.erasure_received_on, f"erasure requested on {facts.erasure_received_on}")
        chosen = regular if regular is not None and regular.on < erasure.on else erasure
        if chosen.on <= as_of:
            return Assessment(cid, "due", chosen.on, chosen.reason)
        # Only when looking back to before the request: the state it had then.
        state = "active" if open_since else _waiting_state(chosen, regular, policy, as_of)
        return Assessment(cid, state, chosen.on, f"{chosen.reason}; due then")

    # Rule 4.
    assert regular is not None  # no open procedure: procedure_date is never None here
    if regular.on <= as_of:
        return Assessment(cid, "due", regular.on, regular.reason)
    return Assessment(cid, _waiting_state(regular, regular, policy, as_of), regular.on, regular.reason)


def _open_since(procedures: tuple[ProcedureFacts, ...]) -> dt.date | None:
    """The latest application still open, or None."""
    since = None
    for p in procedures:
        if p.outcome == "open" and (since is None or p.applied_on > since):
            since = p.applied_on
    return since


def _waiting_state(chosen: _Dated, regular: _Dated | None, policy: Policy, as_of: dt.date) -> str:
    """State of a candidate not yet due: in the pool (or expiring), or retained after a procedure."""
    if chosen is regular and regular is not None and regular.from_consent:
        return "expiring" if (regular.on - as_of).days <= policy.notice_window else "pool"
    return "retained"


def assess_all(facts: Iterable[CandidateFacts], policy: Policy, as_of: dt.date) -> list[Assessment]:
    return [assess(f, policy, as_of) for f in facts]


def due_within(assessments: Iterable[Assessment], as_of: dt.date, within_days: int = 0) -> list[Assessment]:
    """Due on or before ``as_of`` (or within N days after it), soonest first."""
    limit = as_of + dt.timedelta(days=within_days)
    found = [a for a in assessments if a.due_on is not None and a.due_on <= limit]
    return sorted(found, key=lambda a: (a.due_on or limit, a.candidate_id))
