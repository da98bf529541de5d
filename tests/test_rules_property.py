"""Property tests: for random facts and policies the rules keep their promises."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from hypothesis import example, given
from hypothesis import strategies as st

from app.retention.dates import add_months
from app.retention.rules import OUTCOMES, CandidateFacts, ConsentFacts, Policy, ProcedureFacts, assess

DAYS = st.dates(min_value=dt.date(2019, 1, 1), max_value=dt.date(2031, 12, 31))
SPAN = st.integers(min_value=0, max_value=900)


@st.composite
def procedures(draw: st.DrawFn) -> ProcedureFacts:
    outcome = draw(st.sampled_from(OUTCOMES))
    applied = draw(DAYS)
    if outcome == "open":
        return ProcedureFacts(outcome, applied, None)
    ended = draw(st.one_of(st.none(), SPAN.map(lambda n: applied + dt.timedelta(days=n))))
    return ProcedureFacts(outcome, applied, ended)


@st.composite
def consents(draw: st.DrawFn) -> ConsentFacts:
    given_on = draw(DAYS)
    # Any agreed end, even absurd ones years after the cap: the cap must hold whatever the input.
    ends = draw(st.one_of(st.none(), st.integers(1, 3000).map(lambda n: given_on + dt.timedelta(days=n))))
    withdrawn = draw(st.one_of(st.none(), SPAN.map(lambda n: given_on + dt.timedelta(days=n))))
    return ConsentFacts(given_on, ends, withdrawn)


FACTS = st.builds(
    CandidateFacts,
    candidate_id=st.integers(1, 10**6),
    created_on=DAYS,
    procedures=st.lists(procedures(), max_size=4).map(tuple),
    consents=st.lists(consents(), max_size=3).map(tuple),
    held=st.booleans(),
    restricted=st.booleans(),
    erasure_received_on=st.one_of(st.none(), DAYS),
)
POLICIES = st.builds(
    Policy,
    after_procedure_days=st.integers(0, 3650),
    hired_days=st.integers(0, 3650),
    notice_days=st.lists(st.integers(1, 365), min_size=1, max_size=3).map(tuple),
)


@given(FACTS, POLICIES, DAYS)
def test_rules_keep_their_promises(facts: CandidateFacts, policy: Policy, as_of: dt.date) -> None:
    result = assess(facts, policy, as_of)

    # A held or restricted candidate is never due, whatever the dates say.
    if facts.held or facts.restricted:
        assert result.state == ("restricted" if facts.restricted else "held")
        assert result.due_on is None and not result.is_due(as_of)
        return

    closed = [p for p in facts.procedures if p.outcome != "open"]
    is_open = any(p.outcome == "open" for p in facts.procedures)
    longest = max(policy.after_procedure_days, policy.hired_days)
    last_end = max((p.ended_on or p.applied_on for p in closed), default=None)
    procedure_bound = (
        last_end + dt.timedelta(days=longest)
        if last_end
        else facts.created_on + dt.timedelta(days=policy.after_procedure_days)
    )
    latest_given = max((c.given_on for c in facts.consents), default=None)
    cap = add_months(latest_given, 24) if latest_given else None

    # State and due date agree.
    assert (result.state == "due") == result.is_due(as_of)
    assert result.reason

    if facts.erasure_received_on is not None:
        # Never later than the request, and an open procedure does not keep the candidate.
        assert result.due_on is not None and result.due_on <= facts.erasure_received_on
        if is_open:
            # The open procedure kept them until the request: never due before it, by procedures that
            # closed before.
            assert result.due_on == facts.erasure_received_on
            return
    elif is_open:
        assert result.state == "active" and result.due_on is None
        return
    assert result.due_on is not None

    # Never later than the two-year cap allows (nor than the procedure window).
    assert result.due_on <= max(procedure_bound, cap or procedure_bound)
    if cap is not None and "consent" in result.reason:
        assert result.due_on <= cap

    if facts.erasure_received_on is None:
        # Never earlier than the last procedure (or the creation when there is none).
        assert result.due_on >= (last_end or facts.created_on)
        if last_end is not None:
            assert result.due_on >= last_end + dt.timedelta(
                days=min(policy.after_procedure_days, policy.hired_days)
            )


@st.composite
def keeping_facts(draw: st.DrawFn, facts: CandidateFacts) -> CandidateFacts:
    """``facts`` with one more fact that keeps the candidate: an open procedure, a renewal (a consent given
    on or after the latest one, without an agreed end or withdrawal), a legal hold or a restriction."""
    kind = draw(st.sampled_from(["open procedure", "renewal", "hold", "restriction"]))
    if kind == "open procedure":
        return replace(facts, procedures=(*facts.procedures, ProcedureFacts("open", draw(DAYS))))
    if kind == "renewal":
        latest = max((c.given_on for c in facts.consents), default=dt.date(2019, 1, 1))
        renewed = latest + dt.timedelta(days=draw(SPAN))
        return replace(facts, consents=(*facts.consents, ConsentFacts(renewed)))
    return replace(facts, held=True) if kind == "hold" else replace(facts, restricted=True)


@given(st.data(), FACTS, POLICIES, DAYS)
def test_a_fact_that_keeps_the_candidate_never_brings_the_due_date_forward(
    data: st.DataObject, facts: CandidateFacts, policy: Policy, as_of: dt.date
) -> None:
    before = assess(facts, policy, as_of)
    after = assess(data.draw(keeping_facts(facts)), policy, as_of)
    if after.due_on is not None:
        assert before.due_on is not None and after.due_on >= before.due_on, (before, after)
    assert not after.is_due(as_of) or before.is_due(as_of)


@given(consents())
def test_a_consent_ends_within_two_years_of_its_date(consent: ConsentFacts) -> None:
    assert consent.given_on <= consent.end <= add_months(consent.given_on, 24)
    if consent.withdrawn_on is not None:
        assert consent.end <= consent.withdrawn_on


def known_on(facts: CandidateFacts, day: dt.date) -> CandidateFacts:
    """The facts as they stood on ``day``: an application made later did not exist, one that ended later
    was still open; a consent given later did not exist, one withdrawn later was not yet withdrawn; an
    erasure request received later was not made. (Holds and restrictions have no dates in the facts.)"""
    return replace(
        facts,
        procedures=tuple(
            p if p.outcome == "open" or p.end <= day else ProcedureFacts("open", p.applied_on)
            for p in facts.procedures
            if p.applied_on <= day
        ),
        consents=tuple(
            c if c.withdrawn_on is None or c.withdrawn_on <= day else replace(c, withdrawn_on=None)
            for c in facts.consents
            if c.given_on <= day
        ),
        erasure_received_on=(
            facts.erasure_received_on
            if facts.erasure_received_on is not None and facts.erasure_received_on <= day
            else None
        ),
    )


# The DPO's case (issue 18): a procedure closed in 2023-11, another open since 2024-01, erasure received
# 2024-03-26; on 2024-02-01 the open procedure kept the candidate.
@example(
    CandidateFacts(
        1,
        dt.date(2023, 1, 2),
        (
            ProcedureFacts("rejected", dt.date(2023, 10, 2), dt.date(2023, 11, 20)),
            ProcedureFacts("open", dt.date(2024, 1, 10)),
        ),
        erasure_received_on=dt.date(2024, 3, 26),
    ),
    Policy(),
    dt.date(2024, 2, 1),
)
@given(FACTS, POLICIES, DAYS)
def test_no_later_fact_makes_a_candidate_due_on_a_day_they_were_not(
    facts: CandidateFacts, policy: Policy, day: dt.date
) -> None:
    # What a purge "--as-of day" removes, judged on today's facts, was due on the facts known that day:
    # no retroactive deletion date.
    if assess(facts, policy, day).is_due(day):
        then = assess(known_on(facts, day), policy, day)
        assert then.is_due(day), (then, assess(facts, policy, day))
