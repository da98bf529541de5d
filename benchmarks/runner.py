"""``python -m benchmarks``: build the shared data once, run every registered figure, print, save JSON.

Adding a figure: write a module with ``figures(ctx: Context) -> list[Figure]`` and list it in
``benchmarks.figures.MODULES``. A module that is absent, or a figure whose feature is absent, shows
as "skipped" with the reason; a figure that fails shows the error and the run goes on.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks import dataset as data
from benchmarks import postgres
from benchmarks.figures import ISSUE_ORDER, MODULES, OWN_VAULT_MODULES
from benchmarks.harness import SIZES, Figure, Size, load_average, machine, table

APP_DATA = "XDG_DATA_HOME"


@dataclass
class Context:
    """What a figure function gets: the size, a work folder, and the shared data (built on demand)."""

    size: Size
    workdir: Path
    only: set[str] | None = None
    server: postgres.Server | None = None  # ``--postgres``: the vault lives there
    notes: list[str] = field(default_factory=list)
    produced: set[str] = field(default_factory=set)  # names measured so far (stubs skip these)
    _dataset: data.Dataset | None = None

    @property
    def repeats(self) -> int:
        return self.size.repeats

    def wanted(self, name: str) -> bool:
        return self.only is None or name in self.only

    def dataset(self) -> data.Dataset:
        if self._dataset is None:
            url = self.server.new_database("vault") if self.server is not None else None
            self._dataset = data.build(
                self.workdir / "data", self.size.candidates, self.size.document_share, vault_url=url
            )
            self.notes.append(
                f"data: {self._dataset.candidates:,} candidates, {self._dataset.documents:,} documents, "
                f"built in {self._dataset.build_seconds:.0f} s"
            )
        return self._dataset

    @staticmethod
    @contextmanager
    def own_app_data(folder: Path) -> Iterator[None]:
        """The app's data folder in ``folder`` while the block runs (in-process and for child processes).
        A scratch copy is a fork of the shared vault: a write to it moves what the app remembers of that
        vault (its newest signed head, app/integrity/freshness.py) past the shared one, which then looks
        put back. A figure that writes to a copy runs here, as on another computer. (Linux: platformdirs
        reads XDG_DATA_HOME; the test suite does the same.)"""
        before = os.environ.get(APP_DATA)
        os.environ[APP_DATA] = str(folder / "app-data")
        try:
            yield
        finally:
            if before is None:
                os.environ.pop(APP_DATA, None)
            else:
                os.environ[APP_DATA] = before

    def scratch_copy(self, name: str) -> data.Dataset:
        """A private copy of the shared data, for figures that change it (purge, add, ...)."""
        source = self.dataset()
        folder = self.workdir / name
        folder.mkdir(parents=True, exist_ok=True)
        for path in (source.vault_file, source.plain_path, source.passphrase_file):
            if path is not None:
                shutil.copy2(path, folder / path.name)
        if source.vault_file is not None:
            vault = str(folder / source.vault_file.name)
        else:
            assert self.server is not None
            vault = self.server.new_database(name, template=postgres.database_name(source.vault))
        return data.Dataset(
            folder,
            vault,
            folder / source.plain_path.name,
            folder / source.passphrase_file.name,
            source.vault_key,
            source.candidates,
            source.documents,
            source.document_text_bytes,
            0.0,
        )


def _run_module(ctx: Context, module_name: str) -> list[Figure]:
    try:
        found: list[Figure] = importlib.import_module(module_name).figures(ctx)
    except Exception as exc:  # one broken module must not lose the other figures
        traceback.print_exc(file=sys.stderr)
        ctx.notes.append(f"{module_name} failed: {type(exc).__name__}: {exc}")
        return []
    kept = []
    for fig in found:
        if fig.name in ctx.produced:
            ctx.notes.append(f"{module_name}: {fig.name} measured twice; the first is kept")
            continue
        if fig.value is not None or fig.note:
            ctx.produced.add(fig.name)
            kept.append(fig)
    return kept


def _order(fig: Figure) -> tuple[int, int, str]:
    """The issue's order; an extra figure (rss_cli_list) sits with its family (rss_cli_peak)."""
    family = "_".join(fig.name.split("_")[:2])
    for position, name in enumerate(ISSUE_ORDER):
        if fig.name == name:
            return position, 0, fig.name
        if name.startswith(family):
            return position, 1, fig.name
    return len(ISSUE_ORDER), 0, fig.name


def run(
    size: Size, workdir: Path, only: set[str] | None = None, *, on_postgres: bool = False
) -> dict[str, Any]:
    started = time.perf_counter()
    info = machine()
    ctx = Context(size, workdir, only, postgres.Server() if on_postgres else None)
    modules = [name for name in MODULES if not (on_postgres and name in OWN_VAULT_MODULES)]
    if on_postgres:
        ctx.notes.append(
            "vault on PostgreSQL (a local durable cluster, unix socket); the import and CLI start figures "
            "measure vaults of their own, the same whatever the shared vault is on: see the SQLite run"
        )
    figures: list[Figure] = []
    try:
        with ctx.own_app_data(workdir):  # never the user's own
            for module_name in modules:
                for fig in _run_module(ctx, module_name):
                    if ctx.wanted(fig.name):
                        figures.append(fig)
                        print(f"  {fig.name}: {fig.value} {fig.unit} {fig.note}", file=sys.stderr, flush=True)
    finally:
        if ctx.server is not None:
            ctx.server.stop()
    figures.sort(key=_order)
    left_out = tuple(prefix for name, prefix in OWN_VAULT_MODULES.items() if name not in modules)
    missing = [
        name
        for name in ISSUE_ORDER
        if ctx.wanted(name) and name not in ctx.produced and not name.startswith(left_out)
    ]
    if missing:
        ctx.notes.append(f"not measured (see the failures above): {', '.join(missing)}")
    info["load_average_at_end"] = load_average()
    return {
        "machine": info,
        "backend": "postgresql" if on_postgres else "sqlite",
        "size": size.name,
        "candidates": size.candidates,
        "seconds": round(time.perf_counter() - started, 1),
        "notes": ctx.notes,
        "figures": [f.as_json() for f in figures],
    }


def print_report(result: dict[str, Any]) -> None:
    m = result["machine"]
    print(
        f"CandidateVault benchmarks, size {result['size']} ({result['candidates']:,} candidates), "
        f"vault on {result.get('backend', 'sqlite')}, {result['seconds']:.0f} s"
    )
    print(
        f"machine: {m['cpu']}, {m['cores']} cores, {m['ram_gib']} GiB RAM, Python {m['python']}, "
        f"SQLite {m['sqlite']}, {m['os']}; load average {m['load_average_at_start']} at start, "
        f"{m['load_average_at_end']} at end"
    )
    print()
    print(table([Figure(**f) for f in result["figures"]]))
    for note in result["notes"]:
        print(f"- {note}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--size", choices=sorted(SIZES), default="small")
    parser.add_argument("--json", metavar="OUT", help="also write the results as JSON to OUT")
    parser.add_argument("--workdir", metavar="DIR", help="where to build the data (default: a temp folder)")
    parser.add_argument("--keep", action="store_true", help="keep the work folder (the vault) afterwards")
    parser.add_argument("--only", metavar="NAMES", help="comma-separated figure names to keep")
    parser.add_argument(
        "--postgres",
        action="store_true",
        help="the vault on a throwaway PostgreSQL cluster started for the run (initdb and pg_ctl needed)",
    )
    args = parser.parse_args(argv)
    workdir = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="cv-bench-"))
    only = {n.strip() for n in args.only.split(",")} if args.only else None
    os.environ.pop("CANDIDATE_VAULT_PASSPHRASE", None)
    try:
        result = run(SIZES[args.size], workdir, only, on_postgres=args.postgres)
    finally:
        if not args.keep and not args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)
    print_report(result)
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0
