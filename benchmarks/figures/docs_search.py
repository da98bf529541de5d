"""The import figure from ``benchmarks.docs_search`` (the real corpus, in a vault of its own)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from benchmarks.harness import Figure

if TYPE_CHECKING:
    from benchmarks.runner import Context


def figures(ctx: Context) -> list[Figure]:
    from benchmarks import docs_search  # absent until documents + search are merged

    found = []
    rate = docs_search.import_rate()
    ours, base = rate["ours_files_per_s"], rate["baseline_files_per_s"]
    found.append(
        Figure(
            "import_docs",
            ours,
            "docs/s",
            target="≥ 20 /s",
            met=ours >= 20,
            note=f"{rate['files']} real corpus files (sniff, sandboxed extraction, OCR, sealing, index); "
            "baseline: extraction alone, in-process",
        ).with_baseline(base)
    )
    return found
