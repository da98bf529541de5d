"""How each figure grows with the data: several runs of ``python -m benchmarks --json`` side by side.

Run: ``python -m benchmarks.scaling small.json full.json large.json`` (any sizes, any order). For each figure
measured in every run: its value at each size, its ratio to the baseline of the same run, and the growth
factor from the smallest size to each larger one beside the growth of the data. A time that grows like the
data is linear; a per-candidate figure or a rate that stays near ×1 does not degrade with size.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from benchmarks.harness import fmt, times


def load(paths: list[Path]) -> list[dict[str, Any]]:
    """The runs, smallest first."""
    runs = [json.loads(path.read_text(encoding="utf-8")) for path in paths]
    return sorted(runs, key=lambda run: int(run["candidates"]))


def table(runs: list[dict[str, Any]]) -> str:
    """Markdown: one row per figure measured in every run."""
    if len(runs) < 2:
        raise ValueError("give at least two runs of different sizes")
    sizes = [int(run["candidates"]) for run in runs]
    by_name = [{f["name"]: f for f in run["figures"] if f["value"] is not None} for run in runs]
    header = ["figure", *(f"{n:,}" for n in sizes), *(f"ratio at {n:,}" for n in sizes)]
    header += [f"growth to {n:,} (data ×{n / sizes[0]:g})" for n in sizes[1:]]
    lines = ["| " + " | ".join(header) + " |", "|---|" + "---:|" * (len(header) - 1)]
    for name in by_name[0]:
        if not all(name in figures for figures in by_name):
            continue
        measured = [figures[name] for figures in by_name]
        unit = measured[0]["unit"]
        cells = [name, *(fmt(f["value"], unit) for f in measured), *(times(f["ratio"]) for f in measured)]
        first = measured[0]["value"]
        cells += [times(f["value"] / first) if first else "–" for f in measured[1:]]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("results", nargs="+", type=Path, help="JSON files of python -m benchmarks --json")
    args = parser.parse_args(argv)
    runs = load(args.results)
    print(", ".join(f"{r['size']}: {int(r['candidates']):,} candidates, {r['seconds']:.0f} s" for r in runs))
    print()
    print(table(runs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
