"""Documents and search figures, each beside a plaintext baseline measured in the same run.

    python benchmarks/docs_search.py [--candidates 10000] [--queries 200] [--json]

- import rate of generated CVs and letters plus the good corpus, text documents and scans apart
  (``benchmarks.doc_import``), each beside the same extraction done in-process without sandbox,
  encryption or index (for scans: Tesseract alone on the same images);
- search latency at N candidates: the blind index (``vault.search.candidate_ids``, and the full
  ``search`` with names decrypted) beside SQLite FTS5 over the same plaintext.

The benchmark harness (``python -m benchmarks``) can call ``import_rate`` and ``search_latency``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("CANDIDATE_VAULT_KDF_SECONDS", "0.05")

from app.candidates import PROFILE_FIELDS  # noqa: E402
from app.clock import FixedClock  # noqa: E402
from app.search import tokens as tk  # noqa: E402
from app.store.models import Candidate, Document, SearchToken  # noqa: E402
from app.vault import Vault  # noqa: E402

PASSPHRASE = "benchmark passphrase 1234"
CORPUS = ROOT.parent / "shared" / "corpus" / "good"
FIRST = ["Jan", "Anna", "Élodie", "Sören", "Marie", "Pieter", "Noël", "Ines", "Lars", "Zoë", "Kees", "Anouk"]
LAST = ["Janssens", "Peeters", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Smet", "Dubois"]


def _vault(folder: Path) -> Vault:
    vault, _ = Vault.create(folder / "vault.sqlite3", PASSPHRASE, clock=FixedClock.on("2026-03-02"))
    return vault


def import_rate(corpus: Path = CORPUS, generated: int = 100) -> dict[str, Any]:
    """Import throughput of text documents and of scans (see ``benchmarks.doc_import``)."""
    from benchmarks.doc_import import import_rates

    return import_rates(corpus, generated)


def _people(n: int, rng: random.Random, vocabulary: list[str]) -> list[dict[str, str]]:
    people = []
    for i in range(n):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        body = " ".join(rng.choices(vocabulary, k=200))  # a short CV's worth of words
        people.append(
            {"first_name": first, "last_name": last, "email": f"c{i}@example.be", "summary": "", "cv": body}
        )
    return people


def _fill_vault(vault: Vault, people: list[dict[str, str]]) -> None:
    """Candidates with a CV each, written the way the services write them, in a few big transactions."""
    sealer = vault.sealer
    for start in range(0, len(people), 1000):
        with vault.write() as session:
            for person in people[start : start + 1000]:
                cand = Candidate(
                    created_on=vault.today(), updated_at=vault.clock.now(), **{f: b"" for f in PROFILE_FIELDS}
                )
                session.add(cand)
                session.flush()
                sealer.new_candidate_key(session, cand.id)
                for name in PROFILE_FIELDS:
                    value = person.get(name) or None
                    setattr(
                        cand, name, sealer.seal_text(session, cand.id, "candidates", name, cand.id, value)
                    )
                vault.search.index_profile(session, cand.id, person)
                doc = Document(
                    candidate_id=cand.id, kind="cv", media_type="text/plain", size=len(person["cv"]),
                    added_on=vault.today(), text_status="ok", file_name=b"", content=b"", text=b"",
                    notes=b"", digest=os.urandom(32),
                )  # fmt: skip
                session.add(doc)
                session.flush()
                doc.text = sealer.seal_text(session, cand.id, "documents", "text", doc.id, person["cv"])
                vault.search.index_document(session, cand.id, doc.id, person["cv"])


def _fts(people: list[dict[str, str]]) -> sqlite3.Connection:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE f USING fts5(name, email, cv, tokenize='unicode61 remove_diacritics 2')")
    db.executemany(
        "INSERT INTO f(rowid, name, email, cv) VALUES (?, ?, ?, ?)",
        [(i + 1, f"{p['first_name']} {p['last_name']}", p["email"], p["cv"]) for i, p in enumerate(people)],
    )
    db.commit()
    return db


def _latency(fn: Any, queries: list[list[str]]) -> dict[str, float]:
    runs = []
    for query in queries:
        start = time.perf_counter()
        fn(query)
        runs.append((time.perf_counter() - start) * 1000)
    runs.sort()
    return {"median_ms": round(statistics.median(runs), 2), "p95_ms": round(runs[int(len(runs) * 0.95)], 2)}


def search_latency(candidates: int = 10_000, queries: int = 200, seed: int = 7) -> dict[str, Any]:
    rng = random.Random(seed)
    # A Zipf-like vocabulary: a few very common words, many rare ones.
    vocabulary = [f"w{i}" for i in range(5000)]
    weights = [1 / (i + 1) for i in range(len(vocabulary))]
    vocabulary = rng.choices(vocabulary, weights, k=50_000)
    people = _people(candidates, rng, vocabulary)
    asked = [[rng.choice(vocabulary) for _ in range(rng.randint(1, 3))] for _ in range(queries)]
    with tempfile.TemporaryDirectory() as tmp:
        vault = _vault(Path(tmp))
        start = time.perf_counter()
        _fill_vault(vault, people)
        fill = time.perf_counter() - start
        ours_ids = _latency(vault.search.candidate_ids, asked)
        ours_full = _latency(vault.search.search, asked[: max(1, queries // 4)])
        with vault.read() as session:
            tokens = session.scalar(select(func.count()).select_from(SearchToken))
        vault.close()
    db = _fts(people)

    def fts(query: list[str]) -> list[int]:
        match = " AND ".join(f'"{w}"' for w in query)
        return [r[0] for r in db.execute("SELECT rowid FROM f WHERE f MATCH ? ORDER BY rowid", (match,))]

    baseline = _latency(fts, asked)
    return {
        "candidates": candidates,
        "queries": queries,
        "token_rows": tokens,
        "fill_seconds": round(fill, 1),
        "blind_index_ids": ours_ids,
        "blind_index_full_search": ours_full,
        "fts5_plaintext": baseline,
        "ratio_median": round(ours_ids["median_ms"] / max(baseline["median_ms"], 1e-6), 1),
        "note": f"query words drawn from a Zipf vocabulary; {tk.TOKEN_BYTES}-byte tokens",
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--candidates", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--skip-import", action="store_true")
    args = parser.parse_args(argv)
    results: dict[str, Any] = {}
    if not args.skip_import and CORPUS.exists():
        results["import"] = import_rate(CORPUS)
    results["search"] = search_latency(args.candidates, args.queries)
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        for name, figures in results.items():
            print(name)
            for key, value in figures.items():
                print(f"  {key:<26} {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
