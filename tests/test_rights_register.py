"""The rights-request register: due dates, extensions, listing, and what each kind of request does."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from app.cli import main
from app.clock import FixedClock
from app.errors import InvalidInput, NotFound, Refused
from app.rights import deadlines
from app.rights.deadlines import RequestFacts, select_requests
from app.store.models import Consent, LegalHold, Restriction
from app.vault import Vault
from tests.conftest import Cli

D = dt.date.fromisoformat


@pytest.mark.parametrize(
    ("received", "due"),
    [
        ("2026-01-31", "2026-02-28"),
        ("2028-01-31", "2028-02-29"),  # leap year
        ("2026-01-15", "2026-02-15"),
        ("2026-03-31", "2026-04-30"),
        ("2026-12-31", "2027-01-31"),
        ("2026-02-28", "2026-03-28"),
    ],
)
def test_due_date_is_one_calendar_month(received: str, due: str) -> None:
    assert deadlines.due_date(D(received)) == D(due)


def test_recorded_request_gets_its_due_date(vault: Vault) -> None:
    cid = vault.candidates.add(first_name="Jan", last_name="Januari")
    vault.clock = FixedClock.on("2026-02-10")
    req = vault.rights.record(cid, "access", D("2026-01-31"), channel="email")
    [found] = vault.rights.list()
    assert (found.id, found.received_on, found.due_on, found.deadline) == (
        req,
        D("2026-01-31"),
        D("2026-02-28"),
        D("2026-02-28"),
    )


def _facts(i: int, due: str, done: str | None = None) -> RequestFacts:
    return RequestFacts(
        i, 1, "access", D(due) - dt.timedelta(days=30), D(due), None, D(done) if done else None
    )


def test_open_overdue_and_due_soon_are_pure_functions_of_as_of() -> None:
    reqs = [
        _facts(1, "2026-03-01"),
        _facts(2, "2026-03-10"),
        _facts(3, "2026-04-30"),
        _facts(4, "2026-02-01", "2026-01-20"),
    ]
    as_of = D("2026-03-05")
    assert [r.id for r in select_requests(reqs, as_of, only_open=True)] == [1, 2, 3]
    assert [r.id for r in select_requests(reqs, as_of, overdue=True)] == [1]
    assert [r.id for r in select_requests(reqs, as_of, due_within=5)] == [2]
    assert [r.id for r in select_requests(reqs, as_of, overdue=True, due_within=5)] == [1, 2]
    assert [r.id for r in select_requests(reqs, D("2026-05-01"), overdue=True)] == [1, 2, 3]
    # The due date itself is not overdue yet.
    assert select_requests(reqs, D("2026-03-01"), overdue=True) == []


def test_extension_at_most_two_months_with_a_reason(vault: Vault) -> None:
    cid = vault.candidates.add(first_name="Ext", last_name="End")
    req = vault.rights.record(cid, "access", D("2026-01-31"))
    with pytest.raises(InvalidInput, match="reason"):
        vault.rights.extend(req, 1, "  ", as_of=D("2026-02-10"))
    assert vault.rights.extend(req, 1, "many documents", as_of=D("2026-02-10")) == D("2026-03-28")
    assert vault.rights.extend(req, 1, "still complex", as_of=D("2026-02-10")) == D("2026-04-28")
    with pytest.raises(Refused, match="at most 2 months"):
        vault.rights.extend(req, 1, "more", as_of=D("2026-02-10"))
    assert vault.rights.note(req) == {
        "note": None,
        "extension_reason": "still complex",
        "decision_reason": None,
    }
    [found] = vault.rights.list(as_of=D("2026-03-01"), overdue=True, due_within=100)
    assert found.deadline == D("2026-04-28")


def test_extension_after_the_first_month_is_refused(vault: Vault) -> None:
    cid = vault.candidates.add(first_name="Late", last_name="Ext")
    req = vault.rights.record(cid, "access", D("2026-01-15"))
    with pytest.raises(Refused, match="within the first month"):
        vault.rights.extend(req, 1, "forgot", as_of=D("2026-02-16"))


def test_done_and_bad_input(vault: Vault) -> None:
    cid = vault.candidates.add(first_name="Done", last_name="Soon")
    req = vault.rights.record(cid, "access", D("2026-02-20"))
    with pytest.raises(InvalidInput, match="before it was received"):
        vault.rights.done(req, D("2026-02-19"))
    with pytest.raises(InvalidInput, match="future"):
        vault.rights.record(cid, "access", D("2026-03-03"))
    with pytest.raises(InvalidInput, match="kind must be"):
        vault.rights.record(cid, "gossip", D("2026-02-20"))
    with pytest.raises(NotFound, match="no candidate 999"):
        vault.rights.record(999, "access", D("2026-02-20"))
    vault.rights.done(req, D("2026-03-01"))
    with pytest.raises(Refused, match="already closed"):
        vault.rights.done(req, D("2026-03-01"))
    assert vault.rights.list(only_open=True) == []


def test_request_survives_purge_without_personal_data(vault: Vault, vault_path: Path) -> None:
    cid = vault.candidates.add(first_name="Canarygone", last_name="Erased", email="gone@example.be")
    access = vault.rights.record(cid, "access", D("2026-02-01"), note="Canarynote secret")
    erasure = vault.rights.record(cid, "erasure", D("2026-03-01"), channel="letter")
    reqs = {r.id: r for r in vault.rights.list()}
    assert reqs[erasure].outcome == "erased" and reqs[erasure].done_on == D("2026-03-02")
    assert reqs[access].kind == "access" and reqs[access].candidate_id == cid
    with pytest.raises(NotFound, match="purged"):
        vault.candidates.get(cid)
    with pytest.raises(NotFound, match="no data key"):
        vault.rights.note(access)  # the note died with the candidate's key
    assert vault.verify().ok
    with sqlite3.connect(vault_path) as conn:
        assert conn.execute("SELECT count(*) FROM suppression").fetchone() == (1,)
        rows = conn.execute("SELECT kind, candidate_id FROM rights_requests ORDER BY id").fetchall()
    assert rows == [("access", cid), ("erasure", cid)]


def test_erasure_under_legal_hold_waits_for_it_and_says_why(vault: Vault) -> None:
    cid = vault.candidates.add(first_name="Held", last_name="Back")
    with vault.write() as session:
        session.add(LegalHold(candidate_id=cid, placed_on=D("2026-01-01"), reason=b""))
    req = vault.rights.record(cid, "erasure", D("2026-03-01"))
    [found] = vault.rights.list()
    assert found.id == req and found.open and found.outcome is None and found.waiting_for == "hold"
    assert vault.candidates.get(cid).fields["first_name"] == "Held"
    events = vault.audit_log.events(cid)
    actions = [e["action"] for e in events]
    assert "candidate_purged" not in actions and "request_done" not in actions
    [waiting] = [e for e in events if e["action"] == "erasure_waiting"]
    assert waiting["details"]["waiting_for"] == "hold"


def test_erasure_while_restricted_waits_for_the_lift(vault: Vault) -> None:
    cid = vault.candidates.add(first_name="Rest", last_name="Ricted")
    vault.rights.record(cid, "restriction", D("2026-02-01"))
    vault.rights.record(cid, "erasure", D("2026-03-01"))
    found = vault.rights.list()
    assert [(r.outcome, r.waiting_for) for r in found] == [("restricted", None), (None, "restrict")]


def test_withdrawal_withdraws_the_reserve_pool_consent(vault: Vault) -> None:
    cid = vault.candidates.add(first_name="With", last_name="Drawn")
    with vault.write() as session:
        consent = Consent(candidate_id=cid, given_on=D("2025-06-01"), method="form", evidence=b"x")
        session.add(consent)
    vault.rights.record(cid, "withdrawal", D("2026-02-27"))
    with vault.read() as session:
        row = session.get(Consent, consent.id)
        assert row is not None and row.withdrawn_on == D("2026-02-27")
    [req] = vault.rights.list()
    assert req.outcome == "withdrawn"


def test_withdrawal_received_before_the_consent_on_file_ends_it_the_day_it_started(vault: Vault) -> None:
    # A request letter dated before the consent HR later entered: the consent never ran (no
    # withdrawal before the consent it ends), and HR can still not re-withdraw it.
    cid = vault.candidates.add(first_name="Early", last_name="Letter")
    vault.retention.give_consent(cid, D("2026-02-10"), "form")
    vault.rights.record(cid, "withdrawal", D("2026-02-01"))
    with vault.read() as session:
        (consent,) = session.query(Consent).filter_by(candidate_id=cid).all()
        assert consent.withdrawn_on == consent.given_on == D("2026-02-10")
    with pytest.raises(Refused, match="already withdrawn on 2026-02-10"):
        vault.retention.withdraw_consent(cid, D("2026-03-01"))


def test_an_objection_stays_open_until_hr_decides(vault: Vault) -> None:
    cid = vault.candidates.add(first_name="Ob", last_name="Jector")
    vault.retention.give_consent(cid, D("2025-06-01"), "form")
    req = vault.rights.record(cid, "objection", D("2026-03-01"))
    assert [r.kind for r in vault.rights.list(only_open=True)] == ["objection"]
    assert vault.retention.status([cid], D("2026-03-02"))[0].state == "pool"  # nothing decided yet

    with pytest.raises(InvalidInput, match="needs its reason"):
        vault.rights.decide_objection(req, D("2026-03-02"), uphold=False, reason=" ")
    assert vault.rights.decide_objection(req, D("2026-03-02"), uphold=False, reason="pending lawsuit") == (
        "rejected"
    )
    assert vault.rights.note(req)["decision_reason"] == "pending lawsuit"
    assert vault.retention.status([cid], D("2026-03-02"))[0].state == "pool"
    with pytest.raises(Refused, match="already closed"):
        vault.rights.decide_objection(req, D("2026-03-02"), uphold=True)

    again = vault.rights.record(cid, "objection", D("2026-03-02"))
    assert vault.rights.decide_objection(again, D("2026-03-02"), uphold=True) == "upheld"
    with vault.read() as session:
        (consent,) = session.query(Consent).filter_by(candidate_id=cid).all()
        assert consent.withdrawn_on == D("2026-03-02")
    actions = [e["action"] for e in vault.audit_log.events(cid)]
    assert actions.count("objection_rejected") == 1 and actions.count("objection_upheld") == 1


def test_restriction_freezes_edits_until_lifted(vault: Vault) -> None:
    cid = vault.candidates.add(first_name="Ice", last_name="Cold")
    vault.rights.record(cid, "restriction", D("2026-03-01"))
    with pytest.raises(Refused, match=r"restricted \(Art. 18\).*editing"):
        vault.candidates.edit(cid, {"first_name": "Warm"})
    with pytest.raises(Refused, match="restricted"):
        vault.rights.rectify(cid, {"first_name": "Warm"})
    assert vault.candidates.get(cid).fields["first_name"] == "Ice"
    with vault.write() as session:
        for r in session.query(Restriction).filter_by(candidate_id=cid):
            r.lifted_on = D("2026-03-02")
    vault.candidates.edit(cid, {"first_name": "Warm"})
    assert vault.candidates.get(cid).fields["first_name"] == "Warm"
    vault.rights.refuse_if_restricted(cid, "adding a document")  # lifted: no error


def test_restriction_check_for_other_services(vault: Vault) -> None:
    cid = vault.candidates.add(first_name="Doc", last_name="Frozen")
    vault.rights.record(cid, "restriction", D("2026-03-01"))
    with pytest.raises(Refused, match="adding a document is not allowed until the restriction is lifted"):
        vault.rights.refuse_if_restricted(cid, "adding a document")


def test_requests_are_listed_without_a_passphrase(cli_vault: Cli) -> None:
    cid = cli_vault.ok("add", "--first-name", "No", "--last-name", "Pass").strip()
    cli_vault.ok("request", "add", cid, "--kind", "objection", "--received", "2026-03-01")
    code = main(["--vault", str(cli_vault.vault_path), "request", "list", "--json"])
    out = cli_vault.capsys.readouterr().out
    assert code == 0 and json.loads(out)[0]["kind"] == "objection"


def test_cli_request_flow(cli_vault: Cli) -> None:
    cid = cli_vault.ok("add", "--first-name", "Cli", "--last-name", "Rights").strip()
    req = cli_vault.ok(
        "request", "add", cid, "--kind", "access", "--received", "2026-01-31", "--note", "by mail"
    )
    req_id = int(req.strip())
    listed = json.loads(cli_vault.ok("request", "list", "--json"))
    assert listed == [
        {
            "id": req_id,
            "candidate_id": int(cid),
            "kind": "access",
            "received_on": "2026-01-31",
            "due_on": "2026-02-28",
            "done_on": None,
            "outcome": None,
            "waiting_for": None,
        }
    ]
    assert "OVERDUE" in cli_vault.ok("request", "list", "--as-of", "2026-03-01")
    assert json.loads(cli_vault.ok("request", "list", "--overdue", "--as-of", "2026-02-28", "--json")) == []
    code, _, err = cli_vault("request", "extend", str(req_id), "--months", "1", "--reason", "x")
    assert code == 1 and "within the first month" in err  # today (the real clock) is long after February
    cli_vault.ok("request", "done", str(req_id), "--on", "2026-02-20")
    assert json.loads(cli_vault.ok("request", "list", "--open", "--json")) == []
    code, _, err = cli_vault("request", "add", cid, "--kind", "access", "--received", "31/01/2026")
    assert code == 2 and "YYYY-MM-DD" in err
    code, _, err = cli_vault("request", "done", "999", "--on", "2026-02-20")
    assert code == 1 and "no request 999" in err
