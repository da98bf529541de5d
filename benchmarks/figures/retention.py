"""Retention figures from ``benchmarks.retention``, on a copy of the shared realistic data."""

from __future__ import annotations

from typing import TYPE_CHECKING

from benchmarks.harness import Figure

if TYPE_CHECKING:
    from benchmarks.runner import Context

NAMES = ("due_all", "purge_bulk", "facts_check")


def figures(ctx: Context) -> list[Figure]:
    from benchmarks import retention  # absent until the retention feature is merged

    if not any(ctx.wanted(name) for name in NAMES):
        return []
    copy = ctx.scratch_copy("retention")  # its due candidates are purged
    with ctx.own_app_data(copy.folder):
        result = retention.measure(copy)
    purge = result["bulk_purge"]
    due = Figure(
        "due_all",
        result["due_s"],
        "s",
        target="≤ 3× a plain SELECT",
        met=result["due_s"] <= 3 * result["due_baseline_plain_select_s"],
        note=f"`due` over {result['candidates']:,} candidates on an open vault (first run from disk: "
        f"{result['due_first_s']:.2f} s); baseline: a plain SELECT of the same fact rows",
    ).with_baseline(result["due_baseline_plain_select_s"])
    per_s, check_s = result["bulk_purge_per_s"], result["facts_check_s"]
    purged = Figure(
        "purge_bulk",
        per_s,
        "cand/s",
        target="≥ 2,000 /s",
        met=per_s >= 2000,
        note=f"the {purge:,} candidates due on the data's day purged by the scheduled run (re-checked, "
        f"audited, keys destroyed, {result['documents']:,} documents in the vault), {check_s:.1f} s of it "
        f"the check of all {result['candidates']:,} candidates' signed facts, deletion alone "
        f"{result['deletion_per_s']:,.0f}/s; baseline: plain DELETE of the same candidates, rows, documents "
        "and FTS5 entries",
    ).with_baseline(result["plain_delete_per_s"])
    checked = Figure(
        "facts_check",
        result["facts_check_us_per_candidate"],
        "µs/cand",
        note="each purge by the rules and `verify` first check every candidate's manifest (rows digested, "
        "signature verified); baseline: one Ed25519 verification per candidate and nothing else",
    ).with_baseline(result["signature_floor_us_per_candidate"])
    return [due, purged, checked]
