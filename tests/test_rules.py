"""Table tests of the retention rules (README, "Retention rules"): each rule, their precedence, calendar
edges."""

from __future__ import annotations

import datetime as dt

import pytest

from app.config import Settings
from app.retention.rules import (
    Assessment,
    CandidateFacts,
    ConsentFacts,
    Policy,
    ProcedureFacts,
    assess,
    due_within,
)

D = dt.date.fromisoformat
POLICY = Policy()


def facts(
    created: str = "2020-01-01",
    procs: tuple[tuple[str, str, str | None], ...] = (),
    consents: tuple[tuple[str, str | None, str | None], ...] = (),
    *,
    held: bool = False,
    restricted: bool = False,
    erasure: str | None = None,
) -> CandidateFacts:
    return CandidateFacts(
        candidate_id=7,
        created_on=D(created),
        procedures=tuple(ProcedureFacts(o, D(a), D(e) if e else None) for o, a, e in procs),
        consents=tuple(
            ConsentFacts(D(g), D(end) if end else None, D(w) if w else None) for g, end, w in consents
        ),
        held=held,
        restricted=restricted,
        erasure_received_on=D(erasure) if erasure else None,
    )


def check(result: Assessment, state: str, due: str | None, reason: str | None = None) -> None:
    assert (result.state, result.due_on) == (state, D(due) if due else None), result
    if reason is not None:
        assert result.reason == reason


# ---- rule 4: the procedure date -----------------------------------------------------------


@pytest.mark.parametrize(
    "procs, as_of, state, due, reason",
    [
        (
            (("rejected", "2026-01-10", "2026-03-02"),),
            "2026-03-02",
            "retained",
            "2026-04-01",
            "rejected on 2026-03-02, 30 days after the procedure",
        ),
        ((("rejected", "2026-01-10", "2026-03-02"),), "2026-04-01", "due", "2026-04-01", None),
        ((("rejected", "2026-01-10", "2026-03-02"),), "2026-03-31", "retained", "2026-04-01", None),
        # year boundary
        ((("withdrawn", "2025-11-01", "2025-12-15"),), "2026-01-14", "due", "2026-01-14", None),
        # leap year and not: 30 days after 1 February
        ((("rejected", "2024-01-01", "2024-02-01"),), "2024-03-01", "retained", "2024-03-02", None),
        ((("rejected", "2025-01-01", "2025-02-01"),), "2025-03-02", "retained", "2025-03-03", None),
        # the last procedure decides, whatever the order
        (
            (("rejected", "2025-01-01", "2025-06-01"), ("rejected", "2024-01-01", "2024-02-01")),
            "2025-07-01",
            "due",
            "2025-07-01",
            "rejected on 2025-06-01, 30 days after the procedure",
        ),
        (
            (("hired", "2025-01-01", "2025-02-28"),),
            "2025-03-01",
            "retained",
            "2025-03-30",
            "hired on 2025-02-28, 30 days after the hire",
        ),
        # closed without an end date (old spreadsheets): counts from the application
        ((("rejected", "2025-05-05", None),), "2025-06-04", "due", "2025-06-04", None),
    ],
)
def test_procedure_date(
    procs: tuple[tuple[str, str, str | None], ...], as_of: str, state: str, due: str, reason: str | None
) -> None:
    check(assess(facts(procs=procs), POLICY, D(as_of)), state, due, reason)


def test_hired_days_apply_only_when_the_last_procedure_was_a_hire() -> None:
    policy = Policy(after_procedure_days=30, hired_days=5)
    hired_last = facts(
        procs=(("rejected", "2026-01-01", "2026-01-02"), ("hired", "2026-01-01", "2026-01-20"))
    )
    check(
        assess(hired_last, policy, D("2026-01-20")),
        "retained",
        "2026-01-25",
        "hired on 2026-01-20, 5 days after the hire",
    )
    rejected_last = facts(
        procs=(("hired", "2025-01-01", "2025-01-20"), ("rejected", "2026-01-01", "2026-01-02"))
    )
    check(assess(rejected_last, policy, D("2026-01-20")), "retained", "2026-02-01")


def test_no_procedure_counts_from_creation() -> None:
    check(
        assess(facts(created="2025-12-20"), POLICY, D("2026-01-19")),
        "due",
        "2026-01-19",
        "no procedure; created on 2025-12-20, 30 days after creation",
    )
    check(
        assess(facts(created="2025-12-20"), Policy(after_procedure_days=0), D("2025-12-20")),
        "due",
        "2025-12-20",
    )


# ---- rule 3: open procedures --------------------------------------------------------------


def test_open_procedure_is_never_due() -> None:
    open_one = facts(procs=(("rejected", "2019-01-01", "2019-02-01"), ("open", "2019-03-01", None)))
    check(assess(open_one, POLICY, D("2040-01-01")), "active", None, "open procedure since 2019-03-01")
    with_old_consent = facts(procs=(("open", "2020-01-01", None),), consents=(("2020-01-01", None, None),))
    check(assess(with_old_consent, POLICY, D("2030-01-01")), "active", None)


# ---- rule 4: the reserve-pool consent -----------------------------------------------------


@pytest.mark.parametrize(
    "given, ends, withdrawn, due, reason",
    [
        ("2024-02-29", None, None, "2026-02-28", "reserve-pool consent of 2024-02-29 ends 2026-02-28"),
        ("2024-08-31", None, None, "2026-08-31", None),
        ("2023-12-31", None, None, "2025-12-31", None),
        ("2024-01-31", None, None, "2026-01-31", None),
        (
            "2024-02-29",
            "2030-01-01",
            None,
            "2026-02-28",
            "reserve-pool consent of 2024-02-29 ends 2026-02-28",
        ),
        (
            "2024-02-29",
            "2025-02-28",
            None,
            "2025-02-28",
            "reserve-pool consent of 2024-02-29 ends 2025-02-28 (agreed end)",
        ),
        (
            "2024-06-01",
            None,
            "2025-01-10",
            "2025-01-10",
            "reserve-pool consent of 2024-06-01 withdrawn on 2025-01-10",
        ),
    ],
)
def test_consent_end(
    given: str, ends: str | None, withdrawn: str | None, due: str, reason: str | None
) -> None:
    cand = facts(procs=(("rejected", "2024-01-01", "2024-05-01"),), consents=((given, ends, withdrawn),))
    check(assess(cand, POLICY, D(due)), "due", due, reason)
    before = assess(cand, POLICY, D(due) - dt.timedelta(days=1))
    assert before.due_on == D(due) and before.state in ("pool", "expiring")


def test_pool_then_expiring_then_due() -> None:
    cand = facts(procs=(("rejected", "2024-01-01", "2024-03-10"),), consents=(("2024-02-29", None, None),))
    check(assess(cand, POLICY, D("2025-06-01")), "pool", "2026-02-28")
    check(assess(cand, POLICY, D("2025-12-29")), "pool", "2026-02-28")  # 61 days before
    check(assess(cand, POLICY, D("2025-12-30")), "expiring", "2026-02-28")  # 60 days before
    check(assess(cand, POLICY, D("2026-02-27")), "expiring", "2026-02-28")
    check(assess(cand, POLICY, D("2026-02-28")), "due", "2026-02-28")
    check(assess(cand, Policy(notice_days=(14,)), D("2026-02-01")), "pool", "2026-02-28")


def test_procedure_date_wins_when_later_than_the_consent() -> None:
    # Consent withdrawn early; the procedure's window is the later date.
    cand = facts(
        procs=(("rejected", "2024-01-01", "2024-06-01"),), consents=(("2024-01-01", None, "2024-02-01"),)
    )
    check(
        assess(cand, POLICY, D("2024-06-10")),
        "retained",
        "2024-07-01",
        "rejected on 2024-06-01, 30 days after the procedure",
    )


def test_same_day_counts_as_pool() -> None:
    cand = facts(procs=(("rejected", "2024-01-01", "2026-01-29"),), consents=(("2024-02-28", None, None),))
    check(assess(cand, POLICY, D("2025-01-01")), "pool", "2026-02-28")


def test_renewal_is_a_new_consent_and_the_latest_counts() -> None:
    cand = facts(
        procs=(("rejected", "2022-01-01", "2022-06-01"),),
        consents=(("2024-12-01", None, None), ("2022-06-01", None, "2022-07-01")),
    )
    check(
        assess(cand, POLICY, D("2026-01-01")),
        "pool",
        "2026-12-01",
        "reserve-pool consent of 2024-12-01 ends 2026-12-01",
    )


# ---- rule 2: erasure request ---------------------------------------------------------------


def test_erasure_ends_an_open_application() -> None:
    cand = facts(procs=(("open", "2026-01-01", None),), erasure="2026-03-01")
    check(assess(cand, POLICY, D("2026-03-01")), "due", "2026-03-01", "erasure requested on 2026-03-01")


def test_erasure_never_postpones_a_deletion() -> None:
    cand = facts(procs=(("rejected", "2024-12-01", "2025-01-01"),), erasure="2026-03-01")
    check(
        assess(cand, POLICY, D("2026-03-01")),
        "due",
        "2025-01-31",
        "rejected on 2025-01-01, 30 days after the procedure",
    )


def test_erasure_cuts_the_pool_short() -> None:
    cand = facts(
        procs=(("rejected", "2025-12-01", "2026-01-01"),),
        consents=(("2026-01-02", None, None),),
        erasure="2026-02-10",
    )
    check(assess(cand, POLICY, D("2026-02-10")), "due", "2026-02-10")


def test_looking_back_before_an_erasure_request() -> None:
    cand = facts(procs=(("open", "2026-01-01", None),), erasure="2026-03-01")
    result = assess(cand, POLICY, D("2026-02-01"))
    check(result, "active", "2026-03-01")
    assert not result.is_due(D("2026-02-01"))


# ---- rule 1: restriction and legal hold ----------------------------------------------------


@pytest.mark.parametrize(
    "held, restricted, state",
    [(True, False, "held"), (False, True, "restricted"), (True, True, "restricted")],
)
def test_hold_and_restriction_beat_everything(held: bool, restricted: bool, state: str) -> None:
    cand = facts(
        procs=(("rejected", "2019-01-01", "2019-02-01"),),
        consents=(("2019-01-01", None, "2019-01-02"),),
        held=held,
        restricted=restricted,
        erasure="2020-01-01",
    )
    result = assess(cand, POLICY, D("2040-01-01"))
    check(result, state, None)
    assert not result.is_due(D("2040-01-01"))


# ---- policy and listing ---------------------------------------------------------------------


def test_policy_from_settings() -> None:
    settings = Settings()
    settings.set("retention.after_procedure_days", "45")
    settings.set("retention.notice_days", "30,7")
    settings.set("retention.on_due", "purge")
    policy = Policy.from_settings(settings)
    assert policy == Policy(45, 30, (30, 7), "purge", "Europe/Brussels")
    assert policy.notice_window == 30
    cand = facts(procs=(("rejected", "2026-01-01", "2026-01-31"),))
    check(
        assess(cand, policy, D("2026-03-17")),
        "due",
        "2026-03-17",
        "rejected on 2026-01-31, 45 days after the procedure",
    )


def test_due_within_lists_due_and_soon_due_soonest_first() -> None:
    items = [
        Assessment(1, "retained", D("2026-04-10"), "a"),
        Assessment(2, "due", D("2026-03-01"), "b"),
        Assessment(3, "active", None, "c"),
        Assessment(4, "pool", D("2026-05-01"), "d"),
        Assessment(5, "due", D("2026-02-01"), "e"),
    ]
    assert [a.candidate_id for a in due_within(items, D("2026-03-01"))] == [5, 2]
    assert [a.candidate_id for a in due_within(items, D("2026-03-01"), 40)] == [5, 2, 1]
    assert items[1].as_json() == {"id": 2, "state": "due", "due_on": "2026-03-01", "reason": "b"}
