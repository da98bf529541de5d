"""The GUI candidate list at scale, as a child process (offscreen), so that its peak RSS is its own.

    python -m benchmarks.gui_list vault VAULT PASSPHRASE_FILE OUT_JSON
    python -m benchmarks.gui_list plain PLAIN_SQLITE OUT_JSON

``vault``: the real main window unlocks the vault (with the KDF, as a user would) and the list loads
and sorts every candidate while a 10 ms timer records how long the event loop was blocked. ``plain``:
the baseline, a bare QTableView over the same rows read from the plaintext SQLite copy. Writes
``{"rows", "seconds", "max_gap_ms", "p99_gap_ms"}`` to OUT_JSON; ``vault`` adds ``complete_seconds`` and
``overview_seconds``: ``seconds`` is the sorted list of names, ``complete_seconds`` the list's retention
columns filled in too (and the overview), ``overview_seconds`` the start screen filled.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QAbstractTableModel, QEventLoop, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import QTableView

from app.ui.dashboard import DashboardPage
from app.ui.lockscreen import LockScreen
from app.ui.main import application
from app.ui.window import MainWindow
from app.vault import Vault


class GapMeter:
    """Ticks every 10 ms; the gaps between ticks are how long the event loop was blocked."""

    def __init__(self) -> None:
        self.gaps: list[float] = []
        self.worst = 0.0  # the longest gap so far (a max over the list at every tick grew with the run)
        self.worst_at = 0.0  # seconds after the first tick when the longest gap ended
        self._first = self._last = 0.0
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        if self._last:
            gap = now - self._last
            if gap > self.worst:
                self.worst, self.worst_at = gap, now - self._first
            self.gaps.append(gap)
        else:
            self._first = now
        self._last = now

    def summary(self) -> dict[str, float]:
        gaps = sorted(self.gaps) or [0.0]
        return {
            "max_gap_ms": gaps[-1] * 1000,
            "p99_gap_ms": gaps[int(len(gaps) * 0.99)] * 1000,
            "worst_at_s": self.worst_at,
        }


def run_until(done: Callable[[], bool]) -> None:
    loop = QEventLoop()
    poll = QTimer()
    poll.timeout.connect(lambda: loop.quit() if done() else None)
    poll.start(20)
    loop.exec()


def measure_vault(location: str, passphrase: str) -> dict[str, Any]:
    """``location``: the vault's file or PostgreSQL URL."""
    window = MainWindow(location, Vault.open(location))
    window.show()
    meter = GapMeter()
    listed_at = [0.0]  # when every name is in and sorted (the retention columns follow)

    def on_unlocked() -> None:
        meter.timer.start(10)
        assert window.workspace is not None
        window.workspace.list.model.listed.connect(lambda _n: listed_at.__setitem__(0, time.perf_counter()))

    window.unlocked.connect(on_unlocked)
    screen = window.centralWidget()
    assert isinstance(screen, LockScreen)
    screen.secret.setText(passphrase)
    started = time.perf_counter()
    screen.try_unlock()

    overview_at = [0.0]  # when the start screen (the overview) is filled

    def ready() -> bool:
        ws = window.workspace
        if ws is None:
            return False
        overview = ws.pages["dashboard"]
        assert isinstance(overview, DashboardPage)
        if not overview_at[0] and overview.data is not None and not overview.busy:
            overview_at[0] = time.perf_counter()
        return bool(ws.list.model.total) and not ws.list.model.busy and bool(overview_at[0])

    run_until(ready)
    seconds = time.perf_counter() - started
    assert window.workspace is not None
    rows = window.workspace.list.model.rowCount()
    window.close()
    return {
        "rows": rows,
        "seconds": listed_at[0] - started,
        "complete_seconds": seconds,
        "overview_seconds": overview_at[0] - started,
        **meter.summary(),
    }


class PlainModel(QAbstractTableModel):
    def __init__(self, rows: list[tuple[str, ...]]) -> None:
        super().__init__()
        self.rows = rows

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 2

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        return None


def measure_plain(plain_path: Path) -> dict[str, Any]:
    started = time.perf_counter()
    con = sqlite3.connect(plain_path)
    query = "SELECT last_name || ' ' || first_name, email FROM candidates ORDER BY last_name, first_name"
    rows = con.execute(query).fetchall()
    view = QTableView()
    view.setModel(PlainModel(rows))
    view.show()
    application().processEvents()
    return {"rows": len(rows), "seconds": time.perf_counter() - started, "max_gap_ms": 0.0, "p99_gap_ms": 0.0}


def main(argv: list[str]) -> int:
    app = application("en")
    if argv[0] == "vault":
        result = measure_vault(argv[1], Path(argv[2]).read_text(encoding="utf-8").strip())
    else:
        result = measure_plain(Path(argv[1]))
    Path(argv[-1]).write_text(json.dumps(result), encoding="utf-8")
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
