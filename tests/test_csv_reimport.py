"""import-csv of a file whose refs are already in the vault: the candidates are updated, never duplicated.
Before the fix every re-import created every person again."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from tests.conftest import Cli
from tests.csvdata import due_row, open_row, write_csv


def imported(cli: Cli, path: Path) -> list[dict[str, object]]:
    result: list[dict[str, object]] = json.loads(cli.ok("import-csv", str(path), "--json"))
    return result


def candidate_count(cli: Cli) -> int:
    with sqlite3.connect(cli.vault_path) as conn:
        return int(conn.execute("SELECT count(*) FROM candidates").fetchone()[0])


def test_the_same_file_twice_changes_nothing_the_second_time(cli_vault: Cli, tmp_path: Path) -> None:
    rows = [
        due_row(1, consent_on="2024-03-01"),
        due_row(1, vacancy="Magazijnier", applied_on="2024-02-01", outcome="hired", ended_on="2024-04-01"),
        open_row(2, legal_hold="yes", restricted="yes", erasure_requested_on="2025-03-01"),
    ]
    path = write_csv(tmp_path / "ats.csv", rows)
    first = imported(cli_vault, path)
    assert [e["action"] for e in first] == ["created", "created"]
    before = cli_vault.ok("status", "--as-of", "2026-06-01", "--json")

    again = imported(cli_vault, path)
    assert [(e["id"], e["action"], e["changes"]) for e in again] == [
        (first[0]["id"], "unchanged", []),
        (first[1]["id"], "unchanged", []),
    ]
    assert candidate_count(cli_vault) == 2
    assert cli_vault.ok("status", "--as-of", "2026-06-01", "--json") == before
    code, out, err = cli_vault("import-csv", str(path))
    assert code == 0 and err == ""
    assert out.splitlines() == [
        "Imported 0 new candidate(s) with 0 procedure(s).",
        "Updated 0 candidate(s) already in the vault; 2 unchanged.",
    ]


def test_a_later_export_moves_the_candidate_forward_and_what_it_would_rewrite_is_reported(
    cli_vault: Cli, tmp_path: Path
) -> None:
    (first,) = imported(cli_vault, write_csv(tmp_path / "a.csv", [open_row(7, consent_on="2024-07-01")]))
    cid = str(first["id"])
    assert json.loads(cli_vault.ok("status", cid, "--as-of", "2025-01-01", "--json"))[0]["state"] == "active"

    later = [
        # The ref in another case is the same ref; the open procedure is now closed; a new one is added.
        open_row(7, ref="k7", outcome="rejected", ended_on="2024-09-01", consent_on="2024-07-01"),
        open_row(
            7,
            ref="k7",
            vacancy="Chauffeur",
            applied_on="2024-10-01",
            outcome="rejected",
            ended_on="2024-11-15",
            consent_withdrawn_on="2024-12-01",
            consent_on="2024-07-01",
        ),
    ]
    (entry,) = imported(cli_vault, write_csv(tmp_path / "b.csv", later))
    assert (entry["id"], entry["action"]) == (first["id"], "updated")
    assert entry["changes"] == [
        f"procedure {_procedure_ids(cli_vault, cid)[0]} closed (rejected on 2024-09-01)",
        "procedure of 2024-10-01 added (rejected)",
        "consent withdrawn on 2024-12-01",
    ]
    assert candidate_count(cli_vault) == 1
    # Consent withdrawn on 2024-12-01; rejected on 2024-11-15: due at the end of the 30 days' term.
    found = json.loads(cli_vault.ok("status", cid, "--as-of", "2025-01-01", "--json"))[0]
    assert (found["state"], found["due_on"]) == ("due", "2024-12-15")

    # A file that says the first procedure ended otherwise does not rewrite it: that is a correction.
    other = [
        open_row(
            7,
            first_name="Andere",
            outcome="hired",
            ended_on="2024-09-01",
            consent_on="2024-07-01",
            consent_withdrawn_on="2024-12-05",
        )
    ]
    code, out, err = cli_vault("import-csv", str(write_csv(tmp_path / "c.csv", other)), "--json")
    assert code == 0
    assert json.loads(out)[0]["action"] == "unchanged"
    proc = _procedure_ids(cli_vault, cid)[0]
    warning = "candidate-vault: warning: line 2:"
    assert err.splitlines() == [
        f"{warning} procedure {proc} is rejected on 2024-09-01 in the vault; not changed "
        "(correct it with procedure close --correct)",
        f"{warning} the consent of 2024-07-01 was withdrawn on 2024-12-01 in the vault; not changed",
        f"{warning} candidate {cid}: the file gives another first_name than the vault; not changed "
        "(edit the candidate to change it)",
    ]
    assert json.loads(cli_vault.ok("status", cid, "--as-of", "2025-01-01", "--json"))[0] == found
    events = [e["action"] for e in json.loads(cli_vault.ok("audit", "--json"))]
    assert events.count("csv_merged") == 1 and events.count("csv_imported") == 3


def _procedure_ids(cli: Cli, cid: str) -> list[int]:
    with sqlite3.connect(cli.vault_path) as conn:
        return [
            i for (i,) in conn.execute("SELECT id FROM procedures WHERE candidate_id=? ORDER BY id", (cid,))
        ]


def test_a_vault_from_before_ref_fingerprints_finds_its_refs(cli_vault: Cli, tmp_path: Path) -> None:
    cid = cli_vault.ok("add", "--first-name", "Oud", "--last-name", "Record", "--ref", "ATS-1").strip()
    with sqlite3.connect(cli_vault.vault_path) as conn:  # as a vault of an earlier version left it
        conn.execute("DELETE FROM contact_fingerprints WHERE kind='ref'")
        conn.execute("DELETE FROM vault_meta WHERE key='ref_fingerprints'")
    rows = [due_row(1, ref="ATS-1", first_name="Oud", last_name="Record", email="")]
    (entry,) = imported(cli_vault, write_csv(tmp_path / "in.csv", rows))
    assert (str(entry["id"]), entry["action"]) == (cid, "updated")
    assert candidate_count(cli_vault) == 1


def test_the_ref_of_an_erased_person_or_of_two_candidates_is_reported_not_imported(
    cli_vault: Cli, tmp_path: Path
) -> None:
    (gone,) = imported(cli_vault, write_csv(tmp_path / "a.csv", [due_row(1)]))
    cli_vault.ok("erasure-request", str(gone["id"]), "--received", "2025-01-10")
    cli_vault.ok("purge", str(gone["id"]), "--reason", "erasure request")
    for _ in range(2):  # two records with one ref, as re-imports before the fix left them
        cli_vault.ok("add", "--first-name", "Dubbel", "--last-name", "Record", "--ref", "D-2")
    rows = [due_row(1, email="ander@example.be"), due_row(2, ref="D-2")]
    code, out, err = cli_vault("import-csv", str(write_csv(tmp_path / "b.csv", rows)), "--json")
    assert code == 0 and json.loads(out) == []
    ids = ", ".join(str(i) for i in range(gone["id"] + 1, gone["id"] + 3))  # type: ignore[operator]
    assert err.splitlines() == [
        "candidate-vault: warning: skipped line 2: the ref is of a person erased on request: left out",
        f"candidate-vault: warning: skipped line 3: the ref is held by candidates {ids}: left out",
    ]
    assert candidate_count(cli_vault) == 2
