"""``due`` narrows the candidates in SQL first (for speed); it must list exactly what the pure rules list."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.retention import facts
from app.retention.facts import load_facts
from app.retention.rules import OUTCOMES, CandidateFacts, ConsentFacts, ProcedureFacts, due_within
from app.store.models import Candidate, Consent, LegalHold, Procedure, Restriction, RightsRequest
from app.vault import Vault

START = dt.date(2023, 6, 1)


def day(rng: random.Random) -> dt.date:
    return START + dt.timedelta(days=rng.randint(0, 1100))


def fill(vault: Vault, count: int, seed: int) -> None:
    """Random retention facts, inserted directly (``due`` never opens the sealed columns)."""
    rng = random.Random(seed)
    now = vault.clock.now()
    with vault.write() as session:
        for _ in range(count):
            cand = Candidate(created_on=day(rng), updated_at=now, **dict.fromkeys(_sealed(), b""))
            session.add(cand)
            session.flush()
            for _ in range(rng.choice((0, 1, 1, 2, 3))):
                outcome = rng.choice(OUTCOMES)
                applied = day(rng)
                ended = (
                    None
                    if outcome == "open" or rng.random() < 0.1
                    else applied + dt.timedelta(rng.randint(0, 200))
                )
                session.add(
                    Procedure(candidate_id=cand.id, outcome=outcome, applied_on=applied, ended_on=ended)
                )
            for _ in range(rng.choice((0, 0, 1, 2))):
                given = day(rng)
                session.add(
                    Consent(
                        candidate_id=cand.id,
                        given_on=given,
                        ends_on=given + dt.timedelta(rng.randint(1, 900)) if rng.random() < 0.2 else None,
                        withdrawn_on=given + dt.timedelta(rng.randint(0, 400))
                        if rng.random() < 0.3
                        else None,
                        method="email",
                        evidence=b"",
                    )
                )
            if rng.random() < 0.08:
                released = day(rng) if rng.random() < 0.5 else None
                session.add(
                    LegalHold(candidate_id=cand.id, placed_on=START, released_on=released, reason=b"")
                )
            if rng.random() < 0.08:
                lifted = day(rng) if rng.random() < 0.5 else None
                session.add(Restriction(candidate_id=cand.id, requested_on=START, lifted_on=lifted))
            if rng.random() < 0.1:
                received = day(rng)
                outcome = rng.choice((None, None, "done", "refused", "refused:held"))
                session.add(
                    RightsRequest(
                        candidate_id=cand.id,
                        kind="erasure",
                        received_on=received,
                        due_on=received,
                        outcome=outcome,
                    )
                )


def _sealed() -> list[str]:
    return [c.name for c in Candidate.__table__.columns if c.info.get("sealed")]


@pytest.mark.parametrize("seed", [1, 2])
def test_due_lists_exactly_what_the_rules_list(any_vault: Vault, seed: int) -> None:
    vault = any_vault  # the prefilter is SQL: both backends
    fill(vault, 400, seed)
    rng = random.Random(seed)
    listed = 0
    for after, hired in ((30, 30), (0, 90), (365, 0)):
        vault.set_setting("retention.after_procedure_days", str(after))
        vault.set_setting("retention.hired_days", str(hired))
        for _ in range(6):
            as_of = day(rng)
            within = rng.choice((0, 0, 14, 60, 400))
            everyone = vault.retention.status(None, as_of)
            expected = due_within(everyone, as_of, within)
            assert vault.retention.due(as_of, within) == expected
            listed += len(expected)
    assert listed > 100  # the comparison was not between empty lists


def test_a_purge_as_of_a_day_removes_exactly_what_the_rules_make_due_that_day(vault: Vault) -> None:
    fill(vault, 300, 3)
    as_of = dt.date(2025, 6, 1)  # before the vault's today: a purge "--as-of" a past day
    expected = {a.candidate_id for a in vault.retention.status(None, as_of) if a.is_due(as_of)}
    assert 20 < len(expected) < 280
    result = vault.retention.purge_due(as_of, confirmed=True)
    assert set(result.purged) == expected and not result.skipped
    left = {a.candidate_id for a in vault.retention.status(None, as_of)}
    assert left.isdisjoint(expected) and len(left) == 300 - len(expected)


def test_the_facts_of_a_list_of_ids_are_those_of_everyone_on_both_backends(
    any_vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A list of ids is one statement per table (its ids one parameter), everyone is read in slices: either
    way gives the facts that the ORM's own reading gives."""
    fill(any_vault, 120, 4)
    with any_vault.read() as session:
        everyone = load_facts(session)
        assert everyone == orm_facts(session)
        wanted = [*sorted(random.Random(4).sample([f.candidate_id for f in everyone], 70)), 10**6]
        expected = [f for f in everyone if f.candidate_id in set(wanted)]
        assert load_facts(session, wanted) == expected
        monkeypatch.setattr(facts, "_SLICE", 7)  # many slices
        assert load_facts(session) == everyone
    assert len(expected) == 70 and any(f.procedures for f in expected) and any(f.consents for f in expected)
    assert any(f.held for f in everyone) and any(f.restricted for f in everyone)
    assert any(f.erasure_received_on for f in everyone)


def orm_facts(session: Session) -> list[CandidateFacts]:
    """The facts read through the ORM, row by row: what the statements on the driver must give."""
    found = []
    for cand in session.scalars(select(Candidate).order_by(Candidate.id)):
        cid = cand.id
        procedures = session.scalars(
            select(Procedure).where(Procedure.candidate_id == cid).order_by(Procedure.id)
        )
        consents = session.scalars(
            select(Consent)
            .where(Consent.candidate_id == cid, Consent.purpose == facts.POOL)
            .order_by(Consent.id)
        )
        holds = session.scalars(select(LegalHold).where(LegalHold.candidate_id == cid))
        restrictions = session.scalars(select(Restriction).where(Restriction.candidate_id == cid))
        erasures = session.scalars(
            select(RightsRequest).where(RightsRequest.candidate_id == cid, RightsRequest.kind == "erasure")
        )
        received = [
            r.received_on for r in erasures if r.outcome is None or not r.outcome.startswith("refused")
        ]
        found.append(
            CandidateFacts(
                cid,
                cand.created_on,
                tuple(ProcedureFacts(p.outcome, p.applied_on, p.ended_on) for p in procedures),
                tuple(ConsentFacts(c.given_on, c.ends_on, c.withdrawn_on) for c in consents),
                held=any(h.released_on is None for h in holds),
                restricted=any(r.lifted_on is None for r in restrictions),
                erasure_received_on=min(received, default=None),
            )
        )
    return found
