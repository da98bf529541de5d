"""Bulk purge of a vault with documents, with and without the foreign-key indexes of migration 0005.

Each deleted document makes SQLite look up the rows that point at it (attachments through
``documents.parent_id``, consent evidence through ``consents.evidence_document_id``), and each deleted
procedure the notes through ``interview_notes.procedure_id``: without an index, a scan of the whole table
for every row, so the purge rate falls as the vault grows. Same vault, same process: one copy keeps the
indexes, the other drops them (the baseline: the schema before issue 21).
Run: ``python -m benchmarks.purge_documents [--sizes 2000 6000] [--json]``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app import demo
from app.clock import FixedClock
from app.retention.purge import delete_rows
from app.store.models import Candidate
from app.vault import Vault

PASSPHRASE = "benchmark passphrase: correct horse battery staple"
BATCH = 200  # as app/retention/bulk.py
INDEXES = ("ix_documents_parent_id", "ix_consents_evidence_document_id", "ix_interview_notes_procedure_id")


def build(path: Path, count: int) -> None:
    vault, _ = Vault.create(path, PASSPHRASE)
    demo.populate_bulk(vault, count, seed=2026, with_documents=True)
    vault.checkpoint()
    vault.close()


def purge_all(path: Path) -> tuple[float, int]:
    """Seconds to purge every candidate, a batch per transaction as a bulk purge does; and the documents."""
    with sqlite3.connect(path) as conn:
        (documents,) = conn.execute("SELECT count(*) FROM documents").fetchone()
    vault = Vault.open(path, FixedClock.on("2026-12-07"))
    vault.unlock(PASSPHRASE)
    with vault.read() as session:
        ids = list(session.scalars(select(Candidate.id).order_by(Candidate.id)))
    start = time.perf_counter()
    for at in range(0, len(ids), BATCH):
        batch = ids[at : at + BATCH]
        with vault.write() as session:
            delete_rows(session, batch, vault.today(), dict.fromkeys(batch, "benchmark"), suppress=set())
    seconds = time.perf_counter() - start
    vault.close()
    return seconds, int(documents)


def run(sizes: tuple[int, ...] = (2000, 6000)) -> dict[str, Any]:
    folder = Path(tempfile.mkdtemp(prefix="cv-bench-purge-"))
    figures: dict[str, Any] = {}
    try:
        for size in sizes:
            path = folder / f"vault-{size}.sqlite3"
            build(path, size)
            baseline = folder / f"no-index-{size}.sqlite3"
            shutil.copyfile(path, baseline)
            with sqlite3.connect(baseline) as conn:
                for index in INDEXES:
                    conn.execute(f"DROP INDEX {index}")
            with_s, documents = purge_all(path)
            without_s, _ = purge_all(baseline)
            figures[str(size)] = {
                "documents": documents,
                "purge_per_s": round(size / with_s, 1),
                "purge_per_s_without_fk_indexes": round(size / without_s, 1),
                "speedup": round(without_s / with_s, 2),
            }
        rates = [figures[str(size)]["purge_per_s"] for size in sizes]
        figures["rate_change_smallest_to_largest"] = round(rates[-1] / rates[0] - 1, 3)
        return figures
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 6000])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    figures = run(tuple(args.sizes))
    print(json.dumps(figures, indent=2) if args.json else "\n".join(f"{k}: {v}" for k, v in figures.items()))


if __name__ == "__main__":
    main()
