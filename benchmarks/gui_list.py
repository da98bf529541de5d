"""Candidate list at scale: ``python -m benchmarks.gui_list [COUNT]`` (offscreen).

Prints, for COUNT synthetic candidates: the time to decrypt the list columns in a plain loop (the
baseline, no GUI), the time until the GUI list is loaded and sorted, and the longest time the event
loop was blocked meanwhile (a 10 ms timer records the gaps between its ticks).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CANDIDATE_VAULT_KDF_SECONDS", "0.05")

from PySide6.QtCore import QEventLoop, Qt, QTimer

from app.ui import adapters
from app.ui.main import application
from app.ui.window import MainWindow
from app.vault import Vault
from tests.gui.bulk import bulk_add

PASSPHRASE = "benchmark passphrase"


def main() -> int:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    app = application("en")
    location = Path(tempfile.mkdtemp()) / "bench.sqlite3"
    vault, _ = Vault.create(location, PASSPHRASE)
    started = time.perf_counter()
    bulk_add(vault, count)
    print(f"insert {count} candidates: {time.perf_counter() - started:.1f} s")

    vault.lock()
    vault.unlock(PASSPHRASE)
    started = time.perf_counter()
    ids = adapters.candidate_ids(vault)
    for first in range(0, len(ids), 250):
        adapters.candidate_rows(vault, ids[first : first + 250])
    baseline = time.perf_counter() - started
    print(f"baseline, decrypt the list columns in a loop: {baseline:.1f} s")

    vault.lock()
    window = MainWindow(str(location), vault)
    window.show()
    gaps: list[float] = []
    last = [0.0]

    def tick() -> None:
        now = time.perf_counter()
        if last[0]:
            gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(tick)
    loop = QEventLoop()

    def check() -> None:
        if (
            window.workspace is not None
            and window.workspace.list.model.total
            and not (window.workspace.list.model.busy)
        ):
            loop.quit()

    poll = QTimer()
    poll.timeout.connect(check)
    window.unlocked.connect(lambda: timer.start(10))
    screen = window.centralWidget()
    screen.secret.setText(PASSPHRASE)  # type: ignore[attr-defined]
    started = time.perf_counter()
    screen.try_unlock()  # type: ignore[attr-defined]
    poll.start(20)
    loop.exec()
    loaded = time.perf_counter() - started
    gaps.sort()
    print(f"GUI: unlocked, loaded and sorted in {loaded:.1f} s ({loaded / baseline:.2f}x the baseline)")
    print(
        f"event loop: {len(gaps)} ticks, longest gap {gaps[-1] * 1000:.0f} ms, "
        f"99th percentile {gaps[int(len(gaps) * 0.99)] * 1000:.0f} ms (bound: 100 ms)"
    )
    window.close()
    vault.close()
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
