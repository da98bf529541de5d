"""The registry of figure modules. Each exposes ``figures(ctx) -> list[Figure]``.

Modules are run in this order; a name measured by an earlier module is not measured again, and
``pending`` (last) adds a "skipped" line for every figure of the issue that nobody measured.
"""

MODULES = (
    "benchmarks.figures.core",  # unlock, list, encryption, sizes, CLI memory
    "benchmarks.docs_search",  # documents + search: import_docs, search_*_p50/p95, index_vs_text
    "benchmarks.retention",  # due_all, purge_bulk
    "benchmarks.gui",  # rss_gui_list
    "benchmarks.figures.pending",
)

# The issue's figures, in the order of its table.
ISSUE_ORDER = (
    "unlock_kdf",
    "unlock_to_first_page",
    "open_first_page",
    "list_all",
    "search_1w_p95",
    "search_2w_p95",
    "search_3w_p95",
    "import_docs",
    "encrypt_5mb",
    "due_all",
    "purge_bulk",
    "rss_gui_list",
    "rss_cli_peak",
    "bytes_per_candidate",
    "index_vs_text",
)
