"""A "skipped" line for each figure of the issue that no merged module measured yet."""

from __future__ import annotations

from typing import TYPE_CHECKING

from benchmarks.figures import ISSUE_ORDER
from benchmarks.harness import SKIPPED, Figure

if TYPE_CHECKING:
    from benchmarks.runner import Context

WHICH_FEATURE = {
    "search": "documents + search",
    "import_": "documents + search",
    "index_vs_text": "documents + search (blind index)",
    "due_all": "retention",
    "purge_bulk": "retention",
    "rss_gui_list": "GUI",
}


def figures(ctx: Context) -> list[Figure]:
    missing = [name for name in ISSUE_ORDER if name not in ctx.produced]
    found = []
    for name in missing:
        feature = next((f for key, f in WHICH_FEATURE.items() if name.startswith(key)), None)
        found.append(Figure.skipped(name, f"{SKIPPED} ({feature})" if feature else SKIPPED))
    return found
