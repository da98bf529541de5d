"""Retention commands end to end: status/due/purge without a passphrase, purge leaves nothing behind,
bulk purge with progress, flag and purge modes, dry run, vacancy filter, consent/hold/restrict commands."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import Cli, assert_absent
from tests.csvdata import due_row, open_row, write_csv


def load(cli: Cli, tmp_path: Path, rows: list[dict[str, str]]) -> list[int]:
    out = cli.ok("import-csv", str(write_csv(tmp_path / "in.csv", rows)), "--json")
    return [int(r["id"]) for r in json.loads(out)]


def locked(cli: Cli, *args: str) -> tuple[int, str, str]:
    """Run a command with no passphrase at all."""
    return cli("--vault", str(cli.vault_path), *args, base=False)


def counts(path: Path, candidate_id: int) -> dict[str, int]:
    tables = ["candidates", "candidate_keys", "procedures", "consents", "legal_holds", "restrictions"]
    tables += ["search_sources", "contact_fingerprints", "field_changes", "documents"]
    with sqlite3.connect(path) as conn:
        found = {}
        for table in tables:
            column = "id" if table == "candidates" else "candidate_id"
            found[table] = conn.execute(
                f"SELECT count(*) FROM {table} WHERE {column}=?", (candidate_id,)
            ).fetchone()[0]
    return found


def test_due_and_status_without_passphrase(cli_vault: Cli, tmp_path: Path) -> None:
    ids = load(cli_vault, tmp_path, [due_row(1), open_row(2), due_row(3, consent_on="2024-02-29")])
    code, out, err = locked(cli_vault, "due", "--as-of", "2025-01-01", "--json")
    assert code == 0, err
    assert json.loads(out) == [
        {
            "id": ids[0],
            "state": "due",
            "due_on": "2024-03-31",
            "reason": "rejected on 2024-03-01, 30 days after the procedure",
        }
    ]
    code, out, _ = locked(cli_vault, "due", "--as-of", "2025-01-01", "--within", "500", "--json")
    assert [(d["id"], d["state"]) for d in json.loads(out)] == [(ids[0], "due"), (ids[2], "pool")]
    code, out, _ = locked(cli_vault, "status", str(ids[2]), "--as-of", "2026-01-10", "--json")
    assert json.loads(out) == [
        {
            "id": ids[2],
            "state": "expiring",
            "due_on": "2026-02-28",
            "reason": "reserve-pool consent of 2024-02-29 ends 2026-02-28",
        }
    ]
    code, out, _ = locked(cli_vault, "status", "--as-of", "2025-01-01")
    assert f"{ids[1]:>6}  active      -           open procedure since 2024-06-01" in out.splitlines()
    code, _, err = locked(cli_vault, "status", "999")
    assert code == 1 and err.strip() == "candidate-vault: there is no candidate 999"
    code, _, err = locked(cli_vault, "due", "--as-of", "1 March")
    assert code == 2 and "YYYY-MM-DD" in err


def test_purge_leaves_only_the_purge_record(cli_vault: Cli, tmp_path: Path) -> None:
    secrets = [
        "Canaryvoornaam",
        "Canaryachternaam",
        "canary.mail@example.be",
        "0499 88 77 66",
        "Geheimstraat 5",
    ]
    rows = [
        due_row(
            1,
            first_name=secrets[0],
            last_name=secrets[1],
            email=secrets[2],
            phone=secrets[3],
            address=secrets[4],
        ),
        open_row(2),
    ]
    gone, kept = load(cli_vault, tmp_path, rows)
    cli_vault.ok("consent", str(gone), "--given", "2024-03-01", "--method", "paper")
    cli_vault.ok("hold", str(gone), "--reason", "Geheime reden")
    code, _, err = cli_vault("purge", str(gone))
    assert code == 1 and "legal hold" in err
    cli_vault.ok("hold", str(gone), "--release")
    cli_vault.ok("erasure-request", str(gone), "--received", "2025-05-01")
    code, _, err = locked(cli_vault, "purge", str(gone), "--reason", "erasure request")
    assert code == 2 and "no passphrase" in err  # only --due runs without one
    code, _, err = cli_vault("purge", str(gone), "--reason", "erasure request")
    assert code == 0, err
    code, _, err = cli_vault("show", str(gone))
    assert code == 1 and "was purged" in err
    listed = cli_vault.ok("list")
    assert secrets[0] not in listed and "Blijver2" in listed
    assert all(n == 0 for n in counts(cli_vault.vault_path, gone).values())
    assert counts(cli_vault.vault_path, kept)["candidate_keys"] == 1
    with sqlite3.connect(cli_vault.vault_path) as conn:
        assert conn.execute("SELECT candidate_id, reason FROM purge_records").fetchall() == [
            (gone, "erasure request")
        ]
        # The register keeps the request (no personal data), the suppression list the keyed hashes.
        assert conn.execute(
            "SELECT kind, outcome, done_on IS NOT NULL FROM rights_requests WHERE candidate_id=?", (gone,)
        ).fetchall() == [("erasure", "erased", 1)]
        assert sorted(conn.execute("SELECT kind FROM suppression")) == [("email",), ("phone",), ("ref",)]
    assert_absent(cli_vault.vault_path.parent, *secrets, "Geheime reden")
    assert cli_vault.ok("verify").startswith("Vault verified")


def test_bulk_purge_with_progress_leaves_the_others_intact(cli_vault: Cli, tmp_path: Path) -> None:
    due = [due_row(i) for i in range(300)]
    keep = [open_row(i) for i in range(20)] + [
        due_row(1000, legal_hold="yes"),
        due_row(1001, restricted="yes"),
    ]
    ids = load(cli_vault, tmp_path, due + keep)
    due_ids, kept_ids = ids[:300], ids[300:]
    code, out, err = locked(cli_vault, "purge", "--due", "--yes")
    assert code == 0, err
    assert out.strip() == "Purged 300 candidate(s); 0 kept."
    progress = err.splitlines()
    assert len(progress) == 300 and progress[0].startswith("candidate-vault: 1/300 candidate ")
    assert progress[-1].startswith("candidate-vault: 300/300 candidate ")
    # Checkpointed: the WAL holds nothing of the purged candidates.
    wal = cli_vault.vault_path.with_name(cli_vault.vault_path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    listed = json.loads(cli_vault.ok("list", "--json"))
    assert [r["id"] for r in listed] == kept_ids
    assert listed[0]["first_name"] == "Blijver0"
    with sqlite3.connect(cli_vault.vault_path) as conn:
        assert sorted(c for (c,) in conn.execute("SELECT candidate_id FROM purge_records")) == due_ids
        assert conn.execute("SELECT count(*) FROM candidate_keys").fetchone() == (22,)
    assert_absent(cli_vault.vault_path.parent, "Achternaam0", "Achternaam299", "kandidaat150@example.be")
    assert cli_vault.ok("verify").startswith("Vault verified")


def test_flag_mode_needs_confirmation_purge_mode_does_not(cli_vault: Cli, tmp_path: Path) -> None:
    ids = load(cli_vault, tmp_path, [due_row(1), due_row(2), open_row(3)])
    code, out, err = locked(cli_vault, "purge", "--due")
    assert code == 0 and err == ""
    assert "2 candidate(s) due and flagged; nothing deleted (flag mode): confirm with --yes" in out
    code, out, _ = locked(cli_vault, "purge", "--due", "--dry-run", "--yes")
    assert out.splitlines()[-1] == "Dry run: 2 candidate(s) would be purged."
    assert f"{ids[0]:>6}  due         2024-03-31  rejected on 2024-03-01, 30 days after the procedure" in out
    assert len(json.loads(cli_vault.ok("list", "--json"))) == 3
    cli_vault.ok("settings", "set", "retention.on_due", "purge")
    code, out, _ = locked(cli_vault, "purge", "--due")
    assert code == 0 and out.strip() == "Purged 2 candidate(s); 0 kept."
    assert [r["id"] for r in json.loads(cli_vault.ok("list", "--json"))] == [ids[2]]


def test_purge_one_vacancy_and_never_ahead_of_time(cli_vault: Cli, tmp_path: Path) -> None:
    ids = load(cli_vault, tmp_path, [due_row(1), due_row(2, vacancy="Lasser"), due_row(3, vacancy="Lasser")])
    code, _, err = locked(cli_vault, "purge", "--due", "--yes", "--vacancy", "Kok")
    assert code == 1 and "no vacancy titled 'Kok'" in err
    code, _, err = locked(cli_vault, "purge", "--due", "--yes", "--as-of", "2999-01-01")
    assert code == 1 and "ahead of time" in err
    code, out, err = locked(cli_vault, "purge", "--due", "--yes", "--vacancy", "Lasser")
    assert code == 0 and out.strip() == "Purged 2 candidate(s); 0 kept.", err
    assert [r["id"] for r in json.loads(cli_vault.ok("list", "--json"))] == [ids[0]]


def test_consent_hold_restrict_commands(cli_vault: Cli, tmp_path: Path) -> None:
    (cid,) = load(cli_vault, tmp_path, [due_row(1)])

    def status() -> tuple[str, str | None]:
        (s,) = json.loads(cli_vault.ok("status", str(cid), "--as-of", "2025-01-01", "--json"))
        return s["state"], s["due_on"]

    cli_vault.ok("consent", str(cid), "--given", "2024-02-29")
    assert status() == ("pool", "2026-02-28")
    cli_vault.ok("consent", str(cid), "--renewed", "2024-06-30")
    assert status() == ("pool", "2026-06-30")
    code, _, err = cli_vault("consent", str(cid), "--given", "2999-01-01")
    assert code == 1 and "in the future" in err
    cli_vault.ok("consent", str(cid), "--declined", "2024-12-01")
    assert status() == ("due", "2024-12-01")
    code, _, err = cli_vault("consent", str(cid), "--renewed", "2024-12-01")
    assert code == 1 and "is the withdrawn one" in err
    cli_vault.ok("restrict", str(cid))
    assert status() == ("restricted", None)
    code, _, err = cli_vault("purge", str(cid))
    assert code == 1 and "restricted" in err
    cli_vault.ok("restrict", str(cid), "--lift")
    cli_vault.ok("hold", str(cid), "--reason", "audit")
    code, out, _ = locked(cli_vault, "purge", "--due", "--yes")
    assert out.strip() == "Purged 0 candidate(s); 0 kept."
    with pytest.raises(SystemExit):
        cli_vault("consent", str(cid))
    code, _, err = locked(cli_vault, "consent", str(cid), "--withdrawn", "2024-12-01")
    assert code == 2 and "no passphrase" in err
