"""The GUI list at the run's size: peak RSS and time to a loaded, sorted list, in a child process,
beside a bare QTableView over the same rows from plaintext SQLite."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Any

from benchmarks.figures.core import run_probe
from benchmarks.harness import Figure

if TYPE_CHECKING:
    from benchmarks.runner import Context

RSS_TARGET_MIB = 400
GAP_BOUND_MS = 100
LIST_TARGET_S = 2  # the "GUI unlock → sorted 100k list ≤ 2 s"


def _child(ctx: Context, mode: str, *args: str) -> tuple[dict[str, Any], float]:
    out = ctx.workdir / f"gui_{mode}.json"
    probe = run_probe([sys.executable, "-m", "benchmarks.gui_list", mode, *args, str(out)])
    if probe["returncode"]:
        raise RuntimeError(f"benchmarks.gui_list {mode} failed: {probe['error']}")
    return json.loads(out.read_text(encoding="utf-8")), probe["maxrss_kib"] / 1024


NAMES = ("rss_gui_list", "gui_list_load", "gui_list_complete", "gui_overview", "gui_event_gap_max")


def figures(ctx: Context) -> list[Figure]:
    if not any(ctx.wanted(name) for name in NAMES):
        return []
    copy = ctx.scratch_copy("gui")  # unlocking writes an audit event
    with ctx.own_app_data(copy.folder):
        ours, ours_mib = _child(ctx, "vault", copy.vault, str(copy.passphrase_file))
    plain, plain_mib = _child(ctx, "plain", str(copy.plain_path))
    rows = f"{ours['rows']:,} rows"
    return [
        Figure(
            "rss_gui_list",
            ours_mib,
            "MiB",
            target=f"< {RSS_TARGET_MIB} MB",
            met=ours_mib < RSS_TARGET_MIB,
            note=f"peak RSS of the app: unlock (Argon2id 64 MiB), dashboard, list of {rows} loaded and "
            "sorted; baseline: a bare QTableView over the same rows from plaintext SQLite",
        ).with_baseline(plain_mib),
        Figure(
            "gui_list_load",
            ours["seconds"],
            "s",
            target=f"≤ {LIST_TARGET_S} s",
            met=ours["seconds"] <= LIST_TARGET_S,
            note=f"unlock click (KDF included) to the sorted list of {rows}, in the background; "
            "baseline: the bare plaintext QTableView",
        ).with_baseline(plain["seconds"]),
        Figure(
            "gui_list_complete",
            ours["complete_seconds"],
            "s",
            note="the same, until every row's retention columns (state, due date, vacancy) are in too: "
            "they are filled in after the sorted names; baseline: the bare plaintext QTableView",
        ).with_baseline(plain["seconds"]),
        Figure(
            "gui_overview",
            ours["overview_seconds"],
            "s",
            note="unlock click to the overview, the start screen, filled (every candidate's state read, "
            "the names of what it shows decrypted); it is queued between the list's names and its states",
        ),
        Figure(
            "gui_event_gap_max",
            ours["max_gap_ms"] / 1000,
            "s",
            target=f"< {GAP_BOUND_MS} ms",
            met=ours["max_gap_ms"] < GAP_BOUND_MS,
            note=f"longest time the event loop was blocked from unlock to the complete list, "
            f"{ours['worst_at_s']:.1f} s in (99th percentile {ours['p99_gap_ms']:.0f} ms; a 10 ms timer)",
        ),
    ]
