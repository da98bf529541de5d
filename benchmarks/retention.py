"""Retention measurements on the benchmarks' realistic data (``app/demo.py`` through
``benchmarks.dataset``: documents, several procedures, consents, holds, restrictions), each beside a
baseline from the same run on the plaintext twin of the same data:

- ``due`` over every candidate vs. plainly reading the same fact rows;
- the scheduled purge of every candidate due on the data's reference day (the first purge of a vault
  kept three years: about 45 % of it; re-checked, audited, keys destroyed, documents and search index
  with them) vs. a plain ``DELETE`` of the same candidates, their rows, documents and FTS5 entries in
  one transaction;
- the check of every candidate's signed facts that each purge by the rules runs first, vs. verifying one
  Ed25519 signature per candidate and nothing else.

Run: ``python -m benchmarks.retention [--candidates N] [--json]`` (builds its own data), or through
``python -m benchmarks`` on a copy of the shared data.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("CANDIDATE_VAULT_KDF_SECONDS", "0.01")

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import text

from app.clock import FixedClock
from app.demo import REFERENCE_DAY
from app.retention import bulk
from app.vault import Vault
from benchmarks import dataset as data

AS_OF = REFERENCE_DAY  # the day the data describes: "today" for its candidates
DOCUMENT_SHARE = 0.2  # as the full benchmark's data


def timed(action: Any) -> tuple[float, Any]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def plain_delete(path: Path, ids: list[int]) -> None:
    """What a careful plaintext app does: the same candidates, their rows, documents and FTS5 entries
    (external content: removed with the values they indexed), secure delete, one transaction."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("CREATE TEMP TABLE gone (id INTEGER PRIMARY KEY)")
    conn.executemany("INSERT INTO gone VALUES (?)", ((i,) for i in ids))
    conn.execute(
        "INSERT INTO documents_fts (documents_fts, rowid, text) SELECT 'delete', id, text FROM documents "
        "WHERE candidate_id IN (SELECT id FROM gone)"
    )
    conn.execute(
        "INSERT INTO candidates_fts (candidates_fts, rowid, first_name, last_name, email, languages, "
        "summary) SELECT 'delete', id, first_name, last_name, email, languages, summary FROM candidates "
        "WHERE id IN (SELECT id FROM gone)"
    )
    for table in ("documents", "consents", "procedures"):
        conn.execute(f"DELETE FROM {table} WHERE candidate_id IN (SELECT id FROM gone)")
    conn.execute("DELETE FROM candidates WHERE id IN (SELECT id FROM gone)")
    conn.execute("COMMIT")
    conn.close()


def signature_floor(vault: Vault) -> float:
    """Seconds to verify every manifest's Ed25519 signature over a message of its size, and nothing else:
    what any check with a signature per candidate pays (``cryptography`` has no batch verification)."""
    with vault.read() as session:
        rows = session.execute(text("SELECT body FROM fact_manifests")).all()
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


def measure(ds: data.Dataset) -> dict[str, Any]:
    """The figures on ``ds`` (a copy: its due candidates are purged)."""
    vault = Vault.open(ds.vault, FixedClock.on(AS_OF))  # locked: the scheduled purge's way
    try:
        # The first run reads the file from disk; the second is what a user meets on an open vault.
        due_first_s, due = timed(lambda: vault.retention.due(AS_OF))
        due_s, due = timed(lambda: vault.retention.due(AS_OF))
        read_s, _ = timed(lambda: plain_read(ds.plain_path))
        # What every purge by the rules does first: check the signed facts of every candidate
        # (app/integrity/), timed on its own beside the floor of any design with a signature each.
        check_s, untrusted = timed(lambda: bulk.untrusted_facts(vault))
        assert not untrusted, untrusted[:3]
        floor_s = signature_floor(vault)
        purge_s, result = timed(lambda: vault.retention.purge_due(AS_OF, confirmed=True))
        assert len(result.purged) == len(due), (len(result.purged), len(due))
    finally:
        vault.close()
    delete_s, _ = timed(lambda: plain_delete(ds.plain_path, [a.candidate_id for a in due]))
    purged = len(due)
    return {
        "candidates": ds.candidates,
        "documents": ds.documents,
        "due_first_s": round(due_first_s, 3),
        "due_s": round(due_s, 3),
        "due_baseline_plain_select_s": round(read_s, 3),
        "bulk_purge": purged,
        "bulk_purge_s": round(purge_s, 2),
        "bulk_purge_per_s": round(purged / purge_s, 1),
        "facts_check_s": round(check_s, 2),
        "facts_check_us_per_candidate": round(check_s / ds.candidates * 1e6, 1),
        "signature_floor_us_per_candidate": round(floor_s / ds.candidates * 1e6, 1),
        "deletion_per_s": round(purged / max(purge_s - check_s, 1e-9), 1),
        "plain_delete_s": round(delete_s, 3),
        "plain_delete_per_s": round(purged / delete_s, 1),
    }


def run(candidates: int = 100_000, workdir: Path | None = None) -> dict[str, Any]:
    """Build the data (as ``python -m benchmarks`` does), then measure."""
    folder = Path(tempfile.mkdtemp(prefix="cv-bench-", dir=workdir))
    try:
        setup, ds = timed(lambda: data.build(folder, candidates, DOCUMENT_SHARE))
        return {"setup_s": round(setup, 2), **measure(ds)}
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--candidates", type=int, default=100_000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    figures = run(args.candidates)
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        for key, value in figures.items():
            print(f"{key:<34} {value}")


if __name__ == "__main__":
    main()
