"""The registry of figure modules. Each exposes ``figures(ctx) -> list[Figure]``.

Modules are run in this order; a name measured by an earlier module is not measured again, and a figure
of the issue that no module measured is named in the run's notes.

What a figure function gets (benchmarks.runner.Context):

- ``ctx.dataset()``: the shared data, built once per run: ``vault`` (its file or URL), ``passphrase_file``,
  ``vault_key`` and ``open_vault()`` (opened and unlocked without the KDF), ``plain_path`` and
  ``plain()`` (the same data as plaintext SQLite + FTS5: tables candidates, procedures, consents,
  documents, candidates_fts, documents_fts), ``candidates``, ``documents``;
- ``ctx.scratch_copy(name)``: a private copy, for figures that change the data (purge, import);
- ``ctx.repeats``, ``ctx.size``; ``harness.paired_runs`` (ours and baseline in turns) and ``median``.

Return ``Figure(name, value, unit, target=..., met=..., note=...).with_baseline(b)`` (ratio = ours
over baseline), or ``Figure.skipped(name, reason)`` when this machine or data cannot give it.
"""

MODULES = (
    "benchmarks.figures.core",  # unlock, list, encryption, sizes, CLI memory
    "benchmarks.figures.search",  # search_1w_p95, search_2w_p95, search_3w_p95, search_page_p95
    "benchmarks.figures.imports",  # import_docs, import_scans, import_hostile_max (benchmarks.doc_import)
    "benchmarks.figures.retention",  # due_all, purge_bulk, facts_check (from benchmarks.retention)
    "benchmarks.figures.gui",  # rss_gui_list, gui_list_load, gui_list_complete, gui_overview, gui_event_gap
    "benchmarks.figures.cli_start",  # cli_start_help, cli_start_status, cli_start_due
)

# Modules that measure vaults of their own (SQLite files), not the shared data, with the first word of
# their figures' names: a run with the vault on PostgreSQL (``--postgres``) leaves them out.
OWN_VAULT_MODULES = {"benchmarks.figures.imports": "import_", "benchmarks.figures.cli_start": "cli_start_"}

# The issue's figures, in the order of its table.
ISSUE_ORDER = (
    "unlock_kdf",
    "unlock_to_first_page",
    "open_first_page",
    "list_all",
    "search_1w_p95",
    "search_2w_p95",
    "search_3w_p95",
    "search_page_p95",
    "import_docs",
    "import_scans",  # split out of import_docs: OCR is Tesseract's work, measured apart
    "encrypt_5mb",
    "edit_one",  # the price of one small write (added with the signed head's per-write cost)
    "due_all",
    "purge_bulk",
    "facts_check",  # split out of purge_bulk: the integrity check every purge by the rules runs first
    "rss_gui_list",
    "rss_cli_peak",
    "bytes_per_candidate",
    "index_vs_text",
    "cli_start_help",
    "cli_start_status",
    "cli_start_due",
)
