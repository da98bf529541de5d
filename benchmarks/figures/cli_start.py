"""CLI start: CPU seconds a command costs before its own work, in a fresh interpreter (issue 21).

``--help`` builds the whole parser; ``status`` and ``due`` open an empty vault (so their work is nil)
without a passphrase, as a scheduled task would. Each is timed beside a baseline in the same run: the bare
interpreter for ``--help``, and the interpreter importing SQLAlchemy's ORM and the AES-GCM binding for
the others: the floor of any command that opens a vault. CPU is user + system time of the child, from
``getrusage``, so a busy machine slows it less than wall time.
"""

from __future__ import annotations

import resource
import subprocess
import sys
from typing import TYPE_CHECKING

from benchmarks.harness import Figure, median

if TYPE_CHECKING:
    from benchmarks.runner import Context

TARGET = 0.3  # seconds of CPU
NAMES = ("cli_start_help", "cli_start_status", "cli_start_due")
BARE = [sys.executable, "-c", "import argparse"]
FLOOR = [sys.executable, "-c", "import sqlalchemy.orm, cryptography.hazmat.primitives.ciphers.aead"]


def _cpu(argv: list[str]) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, timeout=120)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _paired(ours: list[str], base: list[str], repeats: int) -> tuple[list[float], list[float]]:
    ours_runs, base_runs = [], []
    for _ in range(repeats):
        ours_runs.append(_cpu(ours))
        base_runs.append(_cpu(base))
    return ours_runs, base_runs


def figures(ctx: Context) -> list[Figure]:
    if not any(ctx.wanted(name) for name in NAMES):
        return []
    repeats = max(5, ctx.repeats * 2)
    folder = ctx.workdir / "cli_start"
    folder.mkdir(parents=True, exist_ok=True)
    vault = folder / "empty.sqlite3"
    passphrase = folder / "passphrase.txt"
    passphrase.write_text("correct horse battery staple 42\n")
    cli = [sys.executable, "-m", "app", "--vault", str(vault)]
    if not vault.exists():
        subprocess.run(
            [
                *cli,
                "--passphrase-file",
                str(passphrase),
                "init",
                "--recovery-key-out",
                str(folder / "rk.txt"),
            ],
            stdout=subprocess.DEVNULL,
            check=True,
            timeout=300,
        )
    found = []
    for name, args, base, base_name in (
        ("cli_start_help", ["--help"], BARE, "the bare interpreter"),
        ("cli_start_status", ["status"], FLOOR, "the interpreter importing SQLAlchemy's ORM and AES-GCM"),
        ("cli_start_due", ["due"], FLOOR, "the same floor"),
    ):
        ours, baseline = _paired([*cli, *args], base, repeats)
        value = median(ours)
        found.append(
            Figure(
                name,
                round(value, 3),
                "s CPU",
                target=f"≤ {TARGET} s",
                met=value <= TARGET,
                note=f"median of {repeats} fresh interpreters; baseline: {base_name} "
                f"({median(baseline):.3f} s)",
                runs=[round(r, 3) for r in ours],
            ).with_baseline(round(median(baseline), 3))
        )
    return found
