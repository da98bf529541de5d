"""Retention measurements, each beside a baseline from the same run:

- ``due`` over N candidates (default 100,000) vs. plainly reading the same fact rows;
- bulk purge of M due candidates (default 10,000; in batches, each re-checked and audited) vs. a plain
  ``DELETE`` of the same rows in one transaction on a copy of the same vault;
- the check of every candidate's signed facts that each purge by the rules runs first, vs. verifying one
  Ed25519 signature per candidate and nothing else.

The candidates are bulk-inserted (random bytes stand in for envelopes: neither ``due`` nor purging opens
them), because sealing 100,000 candidates through the full crypto path would measure the set-up, not
retention. Run: ``python -m benchmarks.retention [--candidates N] [--purge M] [--json]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import os
import random
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("CANDIDATE_VAULT_KDF_SECONDS", "0.01")

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.clock import FixedClock
from app.integrity import manifest
from app.retention import bulk
from app.search import postings
from app.store.models import Candidate
from app.vault import Vault

AS_OF = dt.date(2026, 3, 2)
SEALED = [c.name for c in Candidate.__table__.columns if c.info.get("sealed")]
# The search index as the shared benchmark data has it: ~60 words per candidate from a vocabulary in
# which a few words are in nearly everyone's profile and most are rare (Zipf), so that purging clears
# bits in shared posting rows as it does for real.
TOKENS_PER_CANDIDATE = 60
VOCABULARY = 50_000
OWNED = ("search_sources", "contact_fingerprints", "consents", "procedures", "candidate_keys")


def kind_of(i: int, candidates: int, due: int) -> str:
    """A realistic mix: ``due`` rejected long ago; of the others 40% open, 30% in the reserve pool (their
    procedure long over), 30% retained (rejected days ago)."""
    if i <= due:
        return "due"
    share = (i - due) / max(1, candidates - due)
    return "open" if share <= 0.4 else "pool" if share <= 0.7 else "retained"


def search_words(candidates: int) -> dict[int, set[bytes]]:
    rng = random.Random(candidates)
    vocabulary = [rng.randbytes(8) for _ in range(VOCABULARY)]
    weights = list(itertools.accumulate(1 / rank for rank in range(1, VOCABULARY + 1)))
    return {
        i: set(rng.choices(vocabulary, cum_weights=weights, k=TOKENS_PER_CANDIDATE))
        for i in range(1, candidates + 1)
    }


def populate(path: Path, candidates: int, due: int) -> None:
    """Bulk-insert ``candidates`` candidates of which ``due`` are due on AS_OF (see ``kind_of``)."""
    vault, _ = Vault.create(path, "benchmark passphrase", clock=FixedClock.on(AS_OF))
    vault.close()
    blob = os.urandom(48)
    conn = sqlite3.connect(path)
    with conn:
        conn.executemany(
            f"INSERT INTO candidates (id, version, created_on, updated_at, {', '.join(SEALED)}) "
            f"VALUES (?, 1, '2024-01-01', '2024-01-01 00:00:00', {', '.join('?' * len(SEALED))})",
            ((i, *([blob] * len(SEALED))) for i in range(1, candidates + 1)),
        )
        conn.executemany(
            "INSERT INTO candidate_keys (candidate_id, wrapped_key) VALUES (?, ?)",
            ((i, blob) for i in range(1, candidates + 1)),
        )
        kinds = {i: kind_of(i, candidates, due) for i in range(1, candidates + 1)}
        procedure = {
            "due": ("rejected", "2024-03-01"),
            "pool": ("rejected", "2024-03-01"),
            "open": ("open", None),
            "retained": ("rejected", "2026-02-20"),
        }
        conn.executemany(
            "INSERT INTO procedures (candidate_id, version, stage, outcome, applied_on, ended_on) "
            "VALUES (?, 1, 'applied', ?, '2024-01-02', ?)",
            ((i, *procedure[kind]) for i, kind in kinds.items()),
        )
        conn.executemany(
            "INSERT INTO consents (candidate_id, version, purpose, given_on, method, evidence) "
            "VALUES (?, 1, 'reserve_pool', ?, 'email', ?)",
            (
                (i, "2025-06-01" if kind == "pool" else "2023-01-01", blob)
                for i, kind in kinds.items()
                if kind == "pool" or (kind == "due" and i % 2 == 0)
            ),
        )
        conn.executemany(
            "INSERT INTO contact_fingerprints (candidate_id, kind, digest) VALUES (?, 'email', ?)",
            ((i, os.urandom(32)) for i in range(1, candidates + 1)),
        )
        words = search_words(candidates)
        conn.executemany(
            "INSERT INTO search_sources (candidate_id, source, tokens) VALUES (?, 'summary', ?)",
            ((i, b"".join(sorted(tokens))) for i, tokens in words.items()),
        )
        conn.executemany("INSERT INTO search_postings VALUES (?, ?, ?)", postings.rows_for(words))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    # Rows written behind the service's back are unsigned: sign them as a user's session would, or the
    # unattended purge (rightly) leaves every one of them alone.
    vault = Vault.open(path, FixedClock.on(AS_OF))
    vault.unlock("benchmark passphrase")
    with vault.write() as session:
        manifest.sign_all(session, vault.sealer.keys)
    vault.close()


def timed(action: Any) -> tuple[float, Any]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def plain_delete(path: Path, ids: list[int]) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("CREATE TEMP TABLE gone (id INTEGER PRIMARY KEY)")
    conn.executemany("INSERT INTO gone VALUES (?)", ((i,) for i in ids))
    for table in OWNED:
        conn.execute(f"DELETE FROM {table} WHERE candidate_id IN (SELECT id FROM gone)")
    conn.execute("DELETE FROM candidates WHERE id IN (SELECT id FROM gone)")
    conn.execute("COMMIT")
    conn.close()


def signature_floor(path: Path) -> float:
    """Seconds to verify every manifest's Ed25519 signature over a message of its size, and nothing else:
    what any check with a signature per candidate pays (``cryptography`` has no batch verification)."""
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT body FROM fact_manifests").fetchall()
    conn.close()
    key = Ed25519PrivateKey.generate()
    signed = [(body.encode(), key.sign(body.encode())) for (body,) in rows]
    public = key.public_key()
    start = time.perf_counter()
    for message, signature in signed:
        public.verify(signature, message)
    return time.perf_counter() - start


def plain_read(path: Path) -> int:
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT id, created_on FROM candidates").fetchall()
    rows += conn.execute("SELECT candidate_id, outcome, applied_on, ended_on FROM procedures").fetchall()
    rows += conn.execute("SELECT candidate_id, given_on, ends_on, withdrawn_on FROM consents").fetchall()
    conn.close()
    return len(rows)


def run(candidates: int = 100_000, purge: int = 10_000, workdir: Path | None = None) -> dict[str, Any]:
    """Measure and return the figures (seconds and candidates per second)."""
    folder = Path(tempfile.mkdtemp(prefix="cv-bench-", dir=workdir))
    try:
        path = folder / "vault.sqlite3"
        setup, _ = timed(lambda: populate(path, candidates, purge))
        copy = folder / "copy.sqlite3"
        shutil.copyfile(path, copy)

        vault = Vault.open(path, FixedClock.on(AS_OF))
        # The first run reads the file from disk; the second is what a user meets on an open vault.
        due_first_s, due = timed(lambda: vault.retention.due(AS_OF))
        due_s, due = timed(lambda: vault.retention.due(AS_OF))
        assert len(due) == purge, (len(due), purge)
        status_s, _ = timed(lambda: vault.retention.status(None, AS_OF))
        read_s, _ = timed(lambda: plain_read(path))
        # What every purge by the rules does first: check the signed facts of every candidate
        # (app/integrity/), timed on its own beside the floor of any design with a signature each.
        check_s, untrusted = timed(lambda: bulk.untrusted_facts(vault))
        assert not untrusted, untrusted[:3]
        floor_s = signature_floor(path)
        purge_s, result = timed(lambda: vault.retention.purge_due(AS_OF, confirmed=True))
        assert len(result.purged) == purge
        vault.close()
        delete_s, _ = timed(lambda: plain_delete(copy, [a.candidate_id for a in due]))
        return {
            "candidates": candidates,
            "setup_s": round(setup, 2),
            "due_first_s": round(due_first_s, 3),
            "due_s": round(due_s, 3),
            "due_baseline_plain_select_s": round(read_s, 3),
            "status_all_s": round(status_s, 3),
            "bulk_purge": purge,
            "bulk_purge_s": round(purge_s, 2),
            "bulk_purge_per_s": round(purge / purge_s, 1),
            "facts_check_s": round(check_s, 2),
            "facts_check_us_per_candidate": round(check_s / candidates * 1e6, 1),
            "signature_floor_us_per_candidate": round(floor_s / candidates * 1e6, 1),
            "deletion_per_s": round(purge / max(purge_s - check_s, 1e-9), 1),
            "plain_delete_s": round(delete_s, 3),
            "plain_delete_per_s": round(purge / delete_s, 1),
        }
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--candidates", type=int, default=100_000)
    parser.add_argument("--purge", type=int, default=10_000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    figures = run(args.candidates, args.purge)
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        for key, value in figures.items():
            print(f"{key:<30} {value}")


if __name__ == "__main__":
    main()
