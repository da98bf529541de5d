"""Retention and rights rules where two facts meet, through the CLI as a DPO would check them. Each case
failed before its fix."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import Cli
from tests.csvdata import due_row, write_csv


def status(cli: Cli, cid: str, as_of: str) -> dict[str, str]:
    [found] = json.loads(cli.ok("status", cid, "--as-of", as_of, "--json"))
    return found  # type: ignore[no-any-return]


def due_ids(cli: Cli, as_of: str) -> list[int]:
    return [d["id"] for d in json.loads(cli.ok("due", "--as-of", as_of, "--json"))]


def test_an_erasure_request_with_a_procedure_open_is_due_on_the_request_never_before(cli_vault: Cli) -> None:
    cli = cli_vault
    cid = cli.ok("add", "--first-name", "Open", "--last-name", "Procedure").strip()
    old = cli.ok("procedure", "add", cid, "--vacancy", "Boekhouder", "--applied-on", "2023-10-02").strip()
    cli.ok("procedure", "close", old, "--outcome", "rejected", "--ended-on", "2023-11-20")
    cli.ok("procedure", "add", cid, "--vacancy", "Analist", "--applied-on", "2024-01-10")  # still open
    cli.ok("erasure-request", cid, "--received", "2024-03-26")

    # Before the fix: due 2023-12-20, from the closed procedure, a date before the request was received.
    found = status(cli, cid, "2024-03-26")
    assert (found["state"], found["due_on"]) == ("due", "2024-03-26")
    assert found["reason"] == "erasure requested on 2024-03-26"
    assert int(cid) not in due_ids(cli, "2024-03-25")
    assert int(cid) in due_ids(cli, "2024-03-26")
    # The day before, the open procedure keeps them (and says so).
    assert status(cli, cid, "2024-03-25")["state"] == "active"


def test_a_consent_after_a_withdrawal_is_a_new_one_and_one_before_it_is_refused(cli_vault: Cli) -> None:
    cli = cli_vault
    cid = cli.ok("add", "--first-name", "Con", "--last-name", "Sent").strip()
    proc = cli.ok("procedure", "add", cid, "--vacancy", "Boekhouder", "--applied-on", "2025-04-01").strip()
    cli.ok("procedure", "close", proc, "--outcome", "rejected", "--ended-on", "2025-05-01")
    cli.ok("consent", cid, "--given", "2025-06-01")
    cli.ok("consent", cid, "--withdrawn", "2026-01-15")
    assert status(cli, cid, "2026-01-20")["due_on"] == "2026-01-15"

    # Before the fix this was accepted and put the candidate back in the pool for two years.
    code, _, err = cli("consent", cid, "--given", "2026-01-14")
    assert code == 1 and "withdrew the reserve-pool consent on 2026-01-15" in err
    assert len(err.strip().splitlines()) == 1
    assert status(cli, cid, "2026-01-20")["due_on"] == "2026-01-15"

    # Before the fix a new consent after the withdrawal was refused for ever.
    cli.ok("consent", cid, "--given", "2026-02-01")
    found = status(cli, cid, "2026-02-02")
    assert (found["state"], found["due_on"]) == ("pool", "2028-02-01")


def test_a_closed_procedure_is_changed_only_by_an_audited_correction(cli_vault: Cli) -> None:
    cli = cli_vault
    cid = cli.ok("add", "--first-name", "Re", "--last-name", "Closed").strip()
    proc = cli.ok("procedure", "add", cid, "--vacancy", "Lasser", "--applied-on", "2025-01-06").strip()
    cli.ok("procedure", "close", proc, "--outcome", "rejected", "--ended-on", "2025-02-03")
    assert status(cli, cid, "2025-06-01")["state"] == "due"

    # Before the fix: silently rewritten, and the due candidate went back to retained.
    code, _, err = cli("procedure", "close", proc, "--outcome", "hired", "--ended-on", "2025-05-30")
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert f"procedure {proc} was already closed (rejected on 2025-02-03)" in err and "--correct" in err
    [row] = json.loads(cli.ok("procedure", "list", cid, "--json"))
    assert (row["outcome"], row["ended_on"]) == ("rejected", "2025-02-03")
    assert status(cli, cid, "2025-06-01")["state"] == "due"

    cli.ok("procedure", "close", proc, "--outcome", "hired", "--ended-on", "2025-05-30", "--correct")
    [row] = json.loads(cli.ok("procedure", "list", cid, "--json"))
    assert (row["outcome"], row["ended_on"]) == ("hired", "2025-05-30")
    events = json.loads(cli.ok("audit", "--candidate", cid, "--json"))
    [corrected] = [e for e in events if e["action"] == "procedure_corrected"]
    assert corrected["details"] == {
        "role": "admin",
        "procedure": int(proc),
        "outcome": "hired",
        "ended_on": "2025-05-30",
        "was_outcome": "rejected",
        "was_ended_on": "2025-02-03",
    }

    other = cli.ok("procedure", "add", cid, "--vacancy", "Lasser", "--applied-on", "2025-06-02").strip()
    code, _, err = cli("procedure", "close", other, "--outcome", "rejected", "--correct")
    assert code == 1 and "nothing to correct" in err


def test_absurd_dates_are_refused_in_one_line(cli_vault: Cli, tmp_path: Path) -> None:
    cli = cli_vault
    cid = cli.ok("add", "--first-name", "Ab", "--last-name", "Surd").strip()
    proc = cli.ok("procedure", "add", cid, "--vacancy", "Lasser", "--applied-on", "2025-01-06").strip()
    refused = [
        ("procedure", "add", cid, "--vacancy", "Lasser", "--applied-on", "0001-01-01"),
        ("procedure", "add", cid, "--vacancy", "Lasser", "--applied-on", "1989-12-31"),
        ("procedure", "close", proc, "--outcome", "rejected", "--ended-on", "2999-01-01"),
        ("consent", cid, "--given", "1899-12-30"),
        ("erasure-request", cid, "--received", "0001-01-01"),
        ("request", "add", cid, "--kind", "access", "--received", "1900-01-01"),
    ]
    for args in refused:
        code, _, err = cli(*args)
        assert code == 1, args
        [line] = err.strip().splitlines()
        assert line.startswith("candidate-vault: "), line
        assert "before 1990-01-01" in line or "in the future" in line, line
    # Nothing of it was stored: one open procedure, no consent, no request.
    [row] = json.loads(cli.ok("procedure", "list", cid, "--json"))
    assert (row["outcome"], row["applied_on"]) == ("open", "2025-01-06")
    assert status(cli, cid, "2025-06-01")["state"] == "active"
    assert json.loads(cli.ok("request", "list", "--json")) == []

    csv = write_csv(tmp_path / "old.csv", [due_row(1, applied_on="1899-12-30")])
    code, _, err = cli("import-csv", str(csv))
    assert code == 1 and "applied_on is before 1990-01-01" in err


def test_purge_due_dry_run_and_verify_speak_json(cli_vault: Cli) -> None:
    cli = cli_vault
    cid = cli.ok("add", "--first-name", "Js", "--last-name", "On").strip()
    proc = cli.ok("procedure", "add", cid, "--vacancy", "Lasser", "--applied-on", "2025-01-06").strip()
    cli.ok("procedure", "close", proc, "--outcome", "rejected", "--ended-on", "2025-02-03")
    kept = cli.ok("add", "--first-name", "Still", "--last-name", "Open").strip()
    cli.ok("procedure", "add", kept, "--vacancy", "Lasser", "--applied-on", "2025-01-06")

    dry = json.loads(cli.ok("purge", "--due", "--as-of", "2025-06-01", "--dry-run", "--json"))
    assert dry == {
        "as_of": "2025-06-01",
        "deleted": False,
        "planned": [
            {
                "id": int(cid),
                "state": "due",
                "due_on": "2025-03-05",
                "reason": "rejected on 2025-02-03, 30 days after the procedure",
            }
        ],
        "purged": [],
        "kept": [],
        "untrusted": [],  # candidates whose facts fail their check (tests/test_tamper_facts.py)
    }
    done = json.loads(cli.ok("purge", "--due", "--as-of", "2025-06-01", "--yes", "--json"))
    assert (done["deleted"], done["purged"], done["kept"]) == (True, [int(cid)], [])

    verified = json.loads(cli.ok("verify", "--json"))
    assert len(verified.pop("fact_key")) == 16  # what a scheduled purge pins with --trust
    assert verified == {"ok": True, "checked": done_checked(cli), "damaged": []}
    code, _, err = cli("purge", cid, "--json")
    assert code == 2 and "--json go with --due" in err


def done_checked(cli: Cli) -> int:
    out = cli.ok("verify")
    return int(out.split("Vault verified: ")[1].split(" items")[0])


def test_an_erasure_held_back_by_a_hold_stays_pending_and_is_due_when_it_ends(cli_vault: Cli) -> None:
    cli = cli_vault
    cid = cli.ok("add", "--first-name", "Held", "--last-name", "Back").strip()
    proc = cli.ok("procedure", "add", cid, "--vacancy", "Lasser", "--applied-on", "2026-01-05").strip()
    cli.ok("procedure", "close", proc, "--outcome", "rejected", "--ended-on", "2026-02-02")
    cli.ok("consent", cid, "--given", "2026-02-02")
    cli.ok("hold", cid, "--reason", "labour court case")
    cli.ok("request", "add", cid, "--kind", "erasure", "--received", "2026-03-02")

    # Before the fix: closed as refused:hold, and after the release the person was back in the pool.
    [req] = json.loads(cli.ok("request", "list", "--json"))
    assert (req["done_on"], req["outcome"], req["waiting_for"]) == (None, None, "hold")
    assert "erasure waiting until the legal hold ends" in cli.ok("request", "list")
    assert status(cli, cid, "2026-03-10")["state"] == "held"

    cli.ok("hold", cid, "--release")
    found = status(cli, cid, "2026-03-10")
    assert (found["state"], found["reason"]) == ("due", "erasure requested on 2026-03-02")
    done = json.loads(cli.ok("purge", "--due", "--as-of", "2026-03-10", "--yes", "--json"))
    assert done["purged"] == [int(cid)]
    [req] = json.loads(cli.ok("request", "list", "--json"))
    assert (req["outcome"], req["waiting_for"]) == ("erased", None)


def test_an_objection_is_recorded_then_upheld_or_rejected_each_audited(cli_vault: Cli) -> None:
    cli = cli_vault
    cid = cli.ok("add", "--first-name", "Ob", "--last-name", "Jection").strip()
    proc = cli.ok("procedure", "add", cid, "--vacancy", "Lasser", "--applied-on", "2026-01-05").strip()
    cli.ok("procedure", "close", proc, "--outcome", "rejected", "--ended-on", "2026-02-02")
    cli.ok("consent", cid, "--given", "2026-02-02")
    req = cli.ok("request", "add", cid, "--kind", "objection", "--received", "2026-03-02").strip()

    # Before the fix: the consent silently ended on the day received, without an audit event.
    assert status(cli, cid, "2026-03-10")["state"] == "pool"
    code, _, err = cli("request", "decide", req, "--reject", " ")
    assert code == 1 and "needs its reason" in err
    cli.ok("request", "decide", req, "--uphold", "--on", "2026-03-09")
    found = status(cli, cid, "2026-03-10")
    assert (found["due_on"], found["state"]) == ("2026-03-09", "due")
    [listed] = json.loads(cli.ok("request", "list", "--json"))
    assert (listed["done_on"], listed["outcome"]) == ("2026-03-09", "upheld")
    events = json.loads(cli.ok("audit", "--candidate", cid, "--json"))
    [upheld] = [e for e in events if e["action"] == "objection_upheld"]
    assert upheld["details"]["consent_withdrawn"] is True

    # Upheld with --erase: purged, as for an erasure request.
    other = cli.ok("request", "add", cid, "--kind", "objection", "--received", "2026-03-10").strip()
    cli.ok("request", "decide", other, "--uphold", "--erase")
    code, _, err = cli("show", cid)
    assert code == 1 and "purged" in err
    listed = json.loads(cli.ok("request", "list", "--json"))
    assert [r["outcome"] for r in listed] == ["upheld", "upheld:erased"]


def test_every_path_that_sets_an_email_or_phone_warns_of_an_erased_person(cli_vault: Cli) -> None:
    cli = cli_vault
    gone = cli.ok("add", "--first-name", "Wis", "--last-name", "Mij", "--email", "wis.mij@example.be").strip()
    cli.ok(
        "request", "add", gone, "--kind", "erasure", "--received", "2026-03-02"
    )  # purged, e-mail suppressed
    warning = "has the email of a person who asked to be erased"

    other = cli.ok("add", "--first-name", "Ander", "--last-name", "Iemand").strip()
    code, _, err = cli("edit", other, "--last-name", "Anders")
    assert code == 0 and warning not in err  # no e-mail or phone set: nothing to say
    # Before the fix: edit and rectify set the erased person's e-mail without a word.
    code, _, err = cli("edit", other, "--email", "WIS.MIJ@example.be")
    assert code == 0 and warning in err and "wis.mij" not in err.lower()
    third = cli.ok("add", "--first-name", "Derde", "--last-name", "Persoon").strip()
    code, _, err = cli("rectify", third, "--email", "wis.mij@example.be")
    assert code == 0 and warning in err
