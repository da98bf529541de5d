"""The import figures from ``benchmarks.doc_import``: generated CVs and the real corpus, each in a vault
of its own, and the slowest hostile file of the bad corpus."""

from __future__ import annotations

from typing import TYPE_CHECKING

from benchmarks.harness import Figure

if TYPE_CHECKING:
    from benchmarks.runner import Context


def figures(ctx: Context) -> list[Figure]:
    return [*_import_rates(ctx), *_hostile(ctx)]


def _hostile(ctx: Context) -> list[Figure]:
    """The bound the bad-corpus test asserted on wall time until it became this figure."""
    if not ctx.wanted("import_hostile_max"):
        return []
    from benchmarks import doc_import

    took = doc_import.hostile_import_seconds(limit=3 if ctx.size.name == "tiny" else None)
    return [
        Figure(
            "import_hostile_max",
            round(took["bad_s"], 2),
            "s",
            target="< 10 s",
            met=took["bad_s"] < 10,
            note=f"slowest of tests/corpus/bad ({took['bad_name']}), refused or stored without text, one by "
            f"one; baseline: the slowest real text document ({took['good_name']})",
        ).with_baseline(round(took["good_s"], 2))
    ]


def _import_rates(ctx: Context) -> list[Figure]:
    if not (ctx.wanted("import_docs") or ctx.wanted("import_scans")):
        return []
    from benchmarks import doc_import

    tiny = ctx.size.name == "tiny"  # the smoke test: a few files, one (the smallest) scan
    rate = doc_import.import_rates(
        doc_import.CORPUS, generated=10 if tiny else 100, repeats=ctx.repeats, max_scans=1 if tiny else None
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
