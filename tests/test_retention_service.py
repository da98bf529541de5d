"""vault.retention on a real vault: consents, holds, restrictions, erasure requests, procedures, status."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from app.clock import FixedClock
from app.errors import InvalidInput, NotFound, Refused, VaultLocked
from app.store.models import AuditEvent, Consent, Correspondence, RightsRequest
from app.vault import Vault
from tests.conftest import PASSPHRASE, assert_absent

D = dt.date.fromisoformat


def rejected(vault: Vault, ended: str = "2026-01-10") -> int:
    cid = vault.candidates.add(first_name="Anna", last_name="Peeters")
    vault.retention.add_procedure(cid, "Boekhouder", D("2025-12-01"), "rejected", D(ended))
    return cid


def state(vault: Vault, cid: int, as_of: str = "2026-03-02") -> tuple[str, str | None, str]:
    (a,) = vault.retention.status([cid], D(as_of))
    return a.state, a.due_on.isoformat() if a.due_on else None, a.reason


def test_consent_life_cycle(vault: Vault) -> None:
    cid = rejected(vault)
    assert state(vault, cid)[0] == "due"
    vault.retention.give_consent(cid, D("2026-01-15"), "paper")
    assert state(vault, cid) == ("pool", "2028-01-15", "reserve-pool consent of 2026-01-15 ends 2028-01-15")
    vault.retention.renew_consent(cid, D("2026-03-01"))
    assert state(vault, cid)[1] == "2028-03-01"
    vault.retention.withdraw_consent(cid, D("2026-03-02"))
    assert state(vault, cid) == (
        "due",
        "2026-03-02",
        "reserve-pool consent of 2026-03-01 withdrawn on 2026-03-02",
    )


def test_declined_renewal_ends_the_consent(vault: Vault) -> None:
    cid = rejected(vault)
    vault.retention.give_consent(cid, D("2024-03-10"), "email")
    assert state(vault, cid, "2026-02-01")[0] == "expiring"
    vault.retention.decline_renewal(cid, D("2026-02-20"))
    assert state(vault, cid)[:2] == ("due", "2026-02-20")
    other = rejected(vault)
    vault.retention.give_consent(other, D("2024-03-10"), "email")
    vault.retention.renew_consent(other, D("2026-03-01"))
    # Both answers are kept as incoming correspondence (sealed), in the same transactions.
    with vault.read() as session:
        rows = session.scalars(select(Correspondence).order_by(Correspondence.id)).all()
        answers = [(r.candidate_id, r.direction, r.sent_on.isoformat()) for r in rows]
        assert answers == [(cid, "in", "2026-02-20"), (other, "in", "2026-03-01")]


def test_bad_consents_are_refused(vault: Vault) -> None:
    cid = rejected(vault)
    with pytest.raises(InvalidInput, match="in the future"):
        vault.retention.give_consent(cid, D("2026-03-03"))
    with pytest.raises(InvalidInput, match="method"):
        vault.retention.give_consent(cid, D("2026-03-01"), "pigeon")
    with pytest.raises(Refused, match="no reserve-pool consent to renew"):
        vault.retention.renew_consent(cid, D("2026-03-01"))
    with pytest.raises(Refused, match="no reserve-pool consent to withdraw"):
        vault.retention.withdraw_consent(cid, D("2026-03-01"))
    vault.retention.give_consent(cid, D("2026-01-15"))
    with pytest.raises(InvalidInput, match="before the consent"):
        vault.retention.withdraw_consent(cid, D("2026-01-14"))
    vault.retention.withdraw_consent(cid, D("2026-02-01"))
    # Dated on or before the withdrawal: that is the withdrawn consent, not a new one.
    with pytest.raises(Refused, match="is the withdrawn one"):
        vault.retention.give_consent(cid, D("2026-02-01"))
    with pytest.raises(Refused, match="is the withdrawn one"):
        vault.retention.renew_consent(cid, D("2026-01-20"))
    with pytest.raises(Refused, match="already withdrawn"):
        vault.retention.withdraw_consent(cid, D("2026-02-10"))
    with pytest.raises(NotFound):
        vault.retention.give_consent(999, D("2026-01-01"))
    # Nothing of the refused attempts was stored.
    with vault.read() as session:
        stored = session.execute(select(Consent.given_on, Consent.withdrawn_on)).all()
    assert stored == [(D("2026-01-15"), D("2026-02-01"))]
    # Dated after the withdrawal: a new consent, with its own two years.
    vault.retention.give_consent(cid, D("2026-02-02"))
    assert state(vault, cid)[:2] == ("pool", "2028-02-02")


def test_agreed_end_never_beyond_the_cap(vault: Vault) -> None:
    cid = rejected(vault)
    vault.retention.give_consent(cid, D("2024-02-29"), ends_on=D("2031-01-01"))
    assert state(vault, cid, "2025-01-01")[1] == "2026-02-28"


def test_hold_restriction_and_their_release(vault: Vault, vault_path: Path, clock: FixedClock) -> None:
    cid = rejected(vault)
    vault.retention.place_hold(cid, "dispute before the labour court")
    assert state(vault, cid)[:2] == ("held", None)
    with pytest.raises(Refused, match="already under a legal hold"):
        vault.retention.place_hold(cid, "again")
    vault.retention.restrict(cid)
    assert state(vault, cid)[:2] == ("restricted", None)
    with pytest.raises(Refused, match="restricted"):
        vault.retention.purge(cid)
    vault.retention.release_hold(cid)
    assert state(vault, cid)[0] == "restricted"
    vault.retention.lift_restriction(cid)
    assert state(vault, cid)[:2] == ("due", "2026-02-09")
    with pytest.raises(Refused, match="not restricted"):
        vault.retention.lift_restriction(cid)
    with pytest.raises(InvalidInput, match="reason"):
        vault.retention.place_hold(cid, "  ")
    vault.close()
    # The reason is sealed: not in the file.
    assert_absent(vault_path.parent, "labour court")
    reopened = Vault.open(vault_path, clock)
    reopened.unlock(PASSPHRASE)
    assert reopened.verify().ok
    reopened.close()


def test_erasure_request_makes_the_candidate_due(vault: Vault) -> None:
    cid = vault.candidates.add(first_name="Erik", last_name="Wissen")
    vault.retention.add_procedure(cid, "Lasser", D("2026-01-05"))
    assert state(vault, cid)[0] == "active"
    request = vault.retention.erasure_request(cid, D("2026-01-31"))
    assert state(vault, cid) == ("due", "2026-01-31", "erasure requested on 2026-01-31")
    with vault.read() as session:
        row = session.get(RightsRequest, request)
        assert row is not None and (row.kind, row.due_on) == ("erasure", D("2026-02-28"))
    with pytest.raises(InvalidInput, match="future"):
        vault.retention.erasure_request(cid, D("2026-03-03"))


def test_procedures_open_and_close(vault: Vault) -> None:
    cid = vault.candidates.add(first_name="Piet", last_name="Open")
    proc = vault.retention.add_procedure(cid, "Lasser", D("2026-01-05"))
    again = vault.retention.add_procedure(cid, "Lasser", D("2026-01-06"), "withdrawn", D("2026-01-07"))
    assert state(vault, cid)[0] == "active"
    with pytest.raises(InvalidInput, match="before it began"):
        vault.retention.close_procedure(proc, "rejected", D("2025-12-31"))
    vault.retention.close_procedure(proc, "hired", D("2026-02-27"))
    assert state(vault, cid)[:2] == ("retained", "2026-03-29")
    listed = vault.retention.procedures(cid)
    assert [(p[0], p[1], p[2]) for p in listed] == [(proc, "Lasser", "hired"), (again, "Lasser", "withdrawn")]
    with pytest.raises(InvalidInput, match="outcome"):
        vault.retention.add_procedure(cid, None, D("2026-01-01"), "maybe")


def test_status_and_due_work_locked(vault: Vault, vault_path: Path, clock: FixedClock) -> None:
    a = rejected(vault, "2026-01-10")
    b = rejected(vault, "2026-02-20")
    c = vault.candidates.add(first_name="C", last_name="Open")
    vault.retention.add_procedure(c, "Lasser", D("2026-01-05"))
    vault.close()
    locked = Vault.open(vault_path, clock)
    assert [x.candidate_id for x in locked.retention.due()] == [a]
    assert [x.candidate_id for x in locked.retention.due(within_days=30)] == [a, b]
    assert [x.state for x in locked.retention.status()] == ["due", "retained", "active"]
    with pytest.raises(VaultLocked):
        locked.retention.give_consent(a, D("2026-01-01"))
    with pytest.raises(VaultLocked):  # a chosen candidate needs an admin; only the due ones run unattended
        locked.retention.purge(a, "due")
    assert locked.retention.purge_due(confirmed=True).purged == [a]
    with pytest.raises(NotFound, match="was purged"):
        locked.retention.status([a])
    locked.close()
    with sqlite3.connect(vault_path) as conn:
        assert len(conn.execute("SELECT reason FROM purge_records").fetchall()) == 1


def test_a_refused_erasure_request_does_not_make_due(vault: Vault) -> None:
    cid = vault.candidates.add(first_name="Open", last_name="Sollicitatie")
    vault.retention.add_procedure(cid, "Lasser", D("2026-01-05"))
    with vault.write() as session:
        session.add(
            RightsRequest(
                candidate_id=cid,
                kind="erasure",
                received_on=D("2026-02-01"),
                due_on=D("2026-03-01"),
                outcome="refused:held",
            )
        )
    assert state(vault, cid)[:2] == ("active", None)
    vault.retention.erasure_request(cid, D("2026-02-10"))
    assert state(vault, cid)[:2] == ("due", "2026-02-10")


def test_bulk_purge_of_an_erasure_closes_the_request_and_suppresses(vault: Vault) -> None:
    cid = vault.candidates.add(first_name="Wis", last_name="Mij", email="wis.mij@example.be")
    keep = vault.candidates.add(first_name="Blijf", last_name="Hier")
    vault.retention.add_procedure(keep, "Lasser", D("2026-01-05"))
    vault.retention.add_procedure(cid, "Lasser", D("2026-01-05"))
    vault.retention.erasure_request(cid, D("2026-03-01"))
    seen: list[tuple[int, int, int]] = []
    preview = vault.retention.purge_due(dry_run=True, confirmed=True)
    assert [a.candidate_id for a in preview.planned] == [cid] and not preview.deleted
    result = vault.retention.purge_due(confirmed=True, progress=lambda *p: seen.append(p))
    assert result.purged == [cid] and seen == [(1, 1, cid)]
    with vault.read() as session:
        row = session.scalars(select(RightsRequest)).one()
        assert (row.outcome, row.done_on) == ("erased", D("2026-03-02"))
    again = vault.candidates.add(first_name="Wis", last_name="Mij", email="WIS.MIJ@example.be")
    assert vault.candidates.warnings_for(again)
    assert [a.candidate_id for a in vault.retention.status()] == [keep, again]


def test_current_vacancy_is_the_open_procedures(any_vault: Vault) -> None:
    vault = any_vault
    cid = rejected(vault)  # Boekhouder, rejected
    other = vault.candidates.add(first_name="Piet", last_name="Claes")
    assert vault.retention.current_vacancies([cid, other]) == {cid: "Boekhouder"}
    vault.retention.add_procedure(cid, "Analist", D("2025-11-01"))  # open, though older
    assert vault.retention.current_vacancies([cid]) == {cid: "Analist"}
    (analist,) = [p[0] for p in vault.retention.procedures(cid) if p[2] == "open"]
    vault.retention.close_procedure(analist, "rejected", D("2025-12-01"))
    vault.retention.add_procedure(
        other, "Lasser", D("2025-10-01"), outcome="rejected", ended_on=D("2025-10-20")
    )
    vault.retention.add_procedure(
        other, "Analist", D("2025-09-01"), outcome="rejected", ended_on=D("2025-09-20")
    )
    # None open: the latest application counts.
    assert vault.retention.current_vacancies([cid, other]) == {cid: "Boekhouder", other: "Lasser"}


def test_the_lists_states_are_status_and_vacancies_in_one_read_under_the_stored_settings(
    any_vault: Vault,
) -> None:
    """What the GUI list shows per page: the same as ``status`` and ``current_vacancies`` (under the
    settings as stored now), with a candidate purged meanwhile left out instead of failing the page."""
    vault = any_vault
    due = rejected(vault)
    pool = rejected(vault)
    vault.retention.give_consent(pool, D("2026-01-15"), "paper")
    plain = vault.candidates.add(first_name="Piet", last_name="Claes")
    gone = rejected(vault)
    vault.retention.purge(gone, "test")
    ids = [plain, pool, gone, due]
    assessments, vacancies = vault.retention.list_states(ids)
    assert assessments == vault.retention.status([due, pool, plain])
    assert vacancies == vault.retention.current_vacancies([due, pool, plain])
    assert [a.candidate_id for a in assessments] == sorted([due, pool, plain])
    vault.set_setting("retention.after_procedure_days", "400")  # the rejected one is not due any more
    (after, *_), _ = vault.retention.list_states([due])
    assert after.state == "retained" and after == vault.retention.status([due])[0]


def test_a_batch_purges_the_due_and_keeps_who_changed_since_the_plan(vault: Vault) -> None:
    from app.retention import bulk
    from app.retention.rules import Policy

    ids = [rejected(vault) for _ in range(7)]
    planned = bulk.plan(vault, D("2026-03-02"))
    assert [a.candidate_id for a in planned] == ids
    held, restricted, renewed, gone = ids[1], ids[3], ids[4], ids[5]
    # Between the review and the purge: a hold, a restriction, a new procedure, and a purge elsewhere.
    vault.retention.place_hold(held, "dispute")
    vault.retention.restrict(restricted)
    vault.retention.add_procedure(renewed, "Lasser", D("2026-03-01"))
    vault.retention.purge(gone, "by hand")
    seen: list[tuple[int, int, int]] = []
    result = bulk.purge_planned(
        vault,
        planned,
        Policy.from_settings(vault.settings()),
        D("2026-03-02"),
        progress=lambda *p: seen.append(p),
    )
    assert result.purged == [ids[0], ids[2], ids[6]]
    why = dict(result.skipped)
    assert why[held].startswith("no longer due (held:")
    assert why[restricted].startswith("no longer due (restricted:")
    assert why[renewed].startswith("no longer due (active:")
    assert why[gone] == "already gone"
    assert [p[0] for p in seen] == list(range(1, 8)) and {p[1] for p in seen} == {7}
    assert [a.candidate_id for a in vault.retention.status()] == [held, restricted, renewed]
    with vault.read() as session:
        events = [(e.action, e.candidate_id) for e in session.scalars(select(AuditEvent))]
    assert [cid for action, cid in events if action == "candidate_purged"][-3:] == result.purged
    assert vault.verify().ok
