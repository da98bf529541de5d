"""The benchmark harness: sizes, the Figure record, timing by median, machine facts, table and JSON.

A figure is ours beside a baseline measured in the same run, so that it holds on a noisy machine.
``ratio`` is always ours over the baseline in the figure's own unit: for a time, lower is better
(2.0 = twice as slow as plain SQLite); for a throughput, higher is better (0.8 = 80 % of raw AES-GCM).
The target says which; it reads the same at every size.
"""

from __future__ import annotations

import os
import platform
import sqlite3
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from importlib import metadata
from typing import Any


@dataclass(frozen=True)
class Size:
    name: str
    candidates: int
    document_share: float  # candidates with a CV and (mostly) a letter
    repeats: int  # runs per figure; the median is reported


SIZES = {
    "tiny": Size("tiny", 200, 0.2, 1),  # the smoke test: proves it runs, measures nothing
    "small": Size("small", 10_000, 0.2, 3),
    "full": Size("full", 100_000, 0.2, 5),
    "large": Size("large", 300_000, 0.2, 1),  # a scaling point where 1,000,000 takes too long
    "huge": Size("huge", 1_000_000, 0.2, 1),  # the scaling run: hours on a 2-core machine
}


@dataclass
class Figure:
    name: str
    value: float | None
    unit: str
    baseline: float | None = None
    ratio: float | None = None
    target: str = "–"
    met: bool | None = None
    note: str = ""
    runs: list[float] = field(default_factory=list)
    peer: float | None = None  # the same measure on the encrypted peer (SQLCipher), where one applies
    peer_ratio: float | None = None

    @classmethod
    def skipped(cls, name: str, note: str) -> Figure:
        return cls(name, None, "", note=note)

    def with_baseline(self, baseline: float | None) -> Figure:
        self.baseline = baseline
        if baseline and self.value is not None:
            self.ratio = self.value / baseline
        return self

    def with_peer(self, peer: float | None, *, at_most: float) -> Figure:
        """The peer's measure; the target is met when ours is at most ``at_most`` times it."""
        self.peer = peer
        if peer and self.value is not None:
            self.peer_ratio = self.value / peer
            self.met = self.peer_ratio <= at_most
        return self

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def median_runs(
    fn: Callable[[], object], repeats: int, *, setup: Callable[[], object] | None = None
) -> list[float]:
    """Seconds of ``repeats`` calls of ``fn`` (each after an untimed ``setup``)."""
    runs = []
    for _ in range(max(1, repeats)):
        if setup is not None:
            setup()
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return runs


def paired_runs(
    ours: Callable[[], object],
    base: Callable[[], object],
    repeats: int,
    *,
    setup: Callable[[], object] | None = None,
) -> tuple[list[float], list[float]]:
    """Ours and the baseline in turns, so that a load spike on the shared machine hits both alike."""
    ours_runs: list[float] = []
    base_runs: list[float] = []
    for _ in range(max(1, repeats)):
        ours_runs += median_runs(ours, 1, setup=setup)
        base_runs += median_runs(base, 1)
    return ours_runs, base_runs


def median(runs: list[float]) -> float:
    return statistics.median(runs)


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _ram_gib() -> float | None:
    try:
        return round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1)
    except (ValueError, OSError, AttributeError):
        return None


def _version(package: str) -> str | None:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None


def load_average() -> list[float] | None:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return None


def machine() -> dict[str, Any]:
    return {
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "ram_gib": _ram_gib(),
        "python": platform.python_version(),
        "os": platform.platform(),
        "sqlite": sqlite3.sqlite_version,
        "cryptography": _version("cryptography"),
        "sqlalchemy": _version("SQLAlchemy"),
        "load_average_at_start": load_average(),
    }


def fmt(value: float | None, unit: str = "") -> str:
    if value is None:
        return "–"
    if unit == "s" and value < 1:
        return f"{value * 1000:.1f} ms"
    text = f"{value:,.0f}" if abs(value) >= 1000 else f"{value:.3g}"
    return f"{text} {unit}".strip()


def times(ratio: float | None) -> str:
    return "–" if ratio is None else f"{ratio:.3g}×"


def table(figures: list[Figure]) -> str:
    """Markdown, so that the README's table is this output as it is."""
    lines = [
        "| figure | ours | baseline | ratio | SQLCipher (ratio) | target | met | note |",
        "|---|---:|---:|---:|---:|---|---|---|",
    ]
    for f in figures:
        met = "–" if f.met is None else ("yes" if f.met else "**no**")
        peer = "–" if f.peer is None else f"{fmt(f.peer, f.unit)} ({times(f.peer_ratio)})"
        lines.append(
            f"| {f.name} | {fmt(f.value, f.unit)} | {fmt(f.baseline, f.unit)} | {times(f.ratio)} "
            f"| {peer} | {f.target} | {met} | {f.note} |"
        )
    return "\n".join(lines)
