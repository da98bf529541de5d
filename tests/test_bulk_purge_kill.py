"""Kill a bulk purge (SIGKILL) at many points: every candidate is either whole or fully purged.

No sleeps: the child prints one progress line per purged candidate on stderr (a batch's lines once
it commits); the parent reads a seeded-random number of lines, then kills it mid-run and checks the vault.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import sys
from pathlib import Path

import pytest

from app.clock import FixedClock
from app.retention.bulk import BATCH
from app.vault import Vault
from tests.conftest import PASSPHRASE, Cli
from tests.csvdata import due_row, open_row, write_csv

OWNED = ("candidate_keys", "procedures", "contact_fingerprints", "consents", "search_sources")

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")


def rows_of(conn: sqlite3.Connection, cid: int) -> dict[str, int]:
    found = {"candidates": conn.execute("SELECT count(*) FROM candidates WHERE id=?", (cid,)).fetchone()[0]}
    for table in OWNED:
        query = f"SELECT count(*) FROM {table} WHERE candidate_id=?"
        found[table] = conn.execute(query, (cid,)).fetchone()[0]
    found["purge_records"] = conn.execute(
        "SELECT count(*) FROM purge_records WHERE candidate_id=?", (cid,)
    ).fetchone()[0]
    return found


WHOLE = {"candidates": 1, "candidate_keys": 1, "procedures": 1, "contact_fingerprints": 2}  # e-mail, ref
WHOLE |= {"consents": 0, "search_sources": 1, "purge_records": 0}  # search_sources: 1 = "some"
PURGED = dict.fromkeys(WHOLE, 0) | {"purge_records": 1}


def check_each_whole_or_purged(path: Path, expected: dict[int, str]) -> set[int]:
    """Returns the purged ids; fails on any candidate that is neither whole nor fully purged."""
    purged: set[int] = set()
    with sqlite3.connect(path) as conn:
        for cid in expected:
            found = rows_of(conn, cid)
            found["search_sources"] = min(found["search_sources"], 1)  # the profile's tokens, or none
            assert found in (WHOLE, PURGED), (cid, found)
            if found == PURGED:
                purged.add(cid)
    vault = Vault.open(path, FixedClock.on("2026-03-02"))
    try:
        vault.unlock(PASSPHRASE)
        for record in vault.candidates.list(("last_name", "email")):
            assert record.id not in purged
            if record.id in expected:
                assert record.fields["last_name"] == expected[record.id]
        assert vault.verify().ok, vault.verify().damaged
    finally:
        vault.close()
    return purged


DUE = 4 * BATCH  # four transactions' worth


def test_killed_bulk_purge_leaves_each_candidate_whole_or_purged(cli_vault: Cli, tmp_path: Path) -> None:
    rows = [due_row(i) for i in range(DUE)] + [open_row(i, email=f"blijf{i}@example.be") for i in range(5)]
    out = cli_vault.ok("import-csv", str(write_csv(tmp_path / "in.csv", rows)), "--json")
    ids = [int(r["id"]) for r in json.loads(out)]
    expected = {cid: f"Achternaam{i}" for i, cid in enumerate(ids[:DUE])}
    expected |= {cid: f"Open{i}" for i, cid in enumerate(ids[DUE:])}
    rng = random.Random(20260302)
    purged: set[int] = set()
    kills, partial = 0, 0
    while len(purged) < DUE and kills < 12:
        # At most one batch of lines: the kill lands in the next batch (or the one after).
        wait_for = rng.randint(0, BATCH)
        child = cli_vault.spawn("purge", "--due", "--yes")
        assert child.stderr is not None
        for _ in range(wait_for):
            line = child.stderr.readline()
            assert line.startswith("candidate-vault: "), line
        os.kill(child.pid, signal.SIGKILL)
        child.communicate()
        kills += 1
        now = check_each_whole_or_purged(cli_vault.vault_path, expected)
        assert now >= purged and len(now) >= len(purged) + wait_for
        purged = now
        partial += 0 < len(purged) < DUE
    assert kills >= 2 and partial >= 1
    # A final, uninterrupted run finishes the job; the open candidates are untouched.
    cli_vault.ok("purge", "--due", "--yes")
    assert check_each_whole_or_purged(cli_vault.vault_path, expected) == set(ids[:DUE])
