"""Documents and search figures from ``benchmarks.docs_search`` (its own vaults and corpus)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from benchmarks.harness import Figure

if TYPE_CHECKING:
    from benchmarks.runner import Context

SEARCH_CANDIDATES = 10_000  # docs_search fills its vault one candidate at a time: capped for time


def figures(ctx: Context) -> list[Figure]:
    from benchmarks import docs_search  # absent until documents + search are merged

    found = []
    if ctx.wanted("import_docs") or ctx.wanted("import_scans"):
        found += _import(ctx)
    if not any(ctx.wanted(n) for n in ("search_p95", "search_1w_p95", "search_2w_p95", "search_3w_p95")):
        return found
    n = min(ctx.size.candidates, SEARCH_CANDIDATES)
    result = docs_search.search_latency(candidates=n, queries=max(50, 2 * ctx.repeats * 20))
    p95, fts = result["blind_index_ids"]["p95_ms"] / 1000, result["fts5_plaintext"]["p95_ms"] / 1000
    fig = Figure(
        "search_p95",
        p95,
        "s",
        target="< 50 ms and ≤ 5× FTS5",
        note=f"1- to 3-word queries mixed, {n:,} candidates (docs_search's own data; median "
        f"{result['blind_index_ids']['median_ms']} ms); baseline: FTS5 over the plaintext",
    ).with_baseline(fts)
    fig.met = p95 < 0.05 and (fig.ratio or 0) <= 5
    found.append(fig)
    note = "skipped: docs_search measures 1–3-word queries together (see search_p95)"
    found += [Figure.skipped(f"search_{w}w_p95", note) for w in (1, 2, 3)]
    return found


def _import(ctx: Context) -> list[Figure]:
    from benchmarks import doc_import, docs_search

    tiny = ctx.size.name == "tiny"  # the smoke test: a few files, one (the smallest) scan
    rate = doc_import.import_rates(
        docs_search.CORPUS, generated=10 if tiny else 100, repeats=ctx.repeats, max_scans=1 if tiny else None
    )
    ours, one = rate["batch_docs_per_s"], rate["one_by_one_docs_per_s"]
    docs = Figure(
        "import_docs",
        round(ours, 2),
        "docs/s",
        target="≥ 20 /s",
        met=ours >= 20,
        note=f"{rate['generated']} generated CVs/letters (PDF, DOCX) + {rate['corpus_text']} real corpus "
        f"files without OCR; add_many on {rate['cores']} cores (sniff, warm sandboxed children, sealing, "
        f"index), one by one {one:.1f} docs/s; baseline: extraction alone, in-process, one core",
    ).with_baseline(round(rate["extraction_alone_docs_per_s"], 2))
    if not rate["scans"]:
        return [docs, Figure.skipped("import_scans", "skipped: no scans in the corpus")]
    scan = rate["scans_docs_per_s"]
    scans = Figure(
        "import_scans",
        round(scan, 2),
        "docs/s",
        target="–",
        note=f"{rate['scans']} real corpus files read by OCR ({', '.join(rate['scan_names'])}); add_many; "
        "baseline: Tesseract alone on the same images, one after another",
    ).with_baseline(round(rate["tesseract_alone_docs_per_s"], 2))
    return [docs, scans]
