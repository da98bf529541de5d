"""Issue 9 desktop notifications: counts from a vault with fixed dates (today 2026-03-02)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.retention.service import RetentionService
from app.ui.dashboard_data import collect
from app.ui.notifications import counts, message_text
from app.ui.window import MainWindow
from app.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.conftest import unlock
from tests.gui.retention_data import D, seed


def test_counts_and_text_for_fixed_dates(vault: Vault) -> None:
    seed(vault)
    # D's consent ends in the 60-day window; G's request is overdue, C's has 18 days left.
    assert counts(collect(vault, D(2026, 3, 2))) == (1, 1)
    assert counts(collect(vault, D(2026, 3, 14))) == (1, 2)  # C's request now within 7 days
    assert message_text(1, 1) == "Consents ending soon: 1. Rights requests due within 7 days: 1."
    assert message_text(0, 2) == "Rights requests due within 7 days: 2."
    assert message_text(0, 0) == ""


def test_unlock_and_timer_notify_without_names(  # type: ignore[no-untyped-def]
    qtbot, vault: Vault, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed(vault)
    vault.lock()
    win = MainWindow(str(vault_path), vault)
    qtbot.addWidget(win)
    win.show()
    passes: list[object] = []  # reads of every candidate's state (the list reads its own, by page)
    real_status = RetentionService.status
    monkeypatch.setattr(RetentionService, "status", lambda *a, **k: passes.append(1) or real_status(*a, **k))
    order: list[str] = []

    def on_unlocked() -> None:
        assert win.workspace is not None
        win.workspace.pages["dashboard"].loaded.connect(lambda: order.append("overview"))  # type: ignore[attr-defined]
        win.workspace.list.model.loaded.connect(lambda _n: order.append("list states"))

    win.unlocked.connect(on_unlocked)
    with qtbot.waitSignal(win.notifier.notified, timeout=20_000) as first:
        unlock(qtbot, win, PASSPHRASE)
    assert first.args == ["Consents ending soon: 1. Rights requests due within 7 days: 1."]
    assert "Dries" not in first.args[0] and "Gilles" not in first.args[0]
    qtbot.waitUntil(lambda: len(order) == 2, timeout=20_000)
    # The start screen comes before the list's state column, and the message is the overview's counts.
    assert order == ["overview", "list states"]
    assert len(passes) == 1
    # The daily timer runs while unlocked (interval injected short) and stops on lock.
    win.notifier.set_interval(10)
    win.notifier.timer.start()
    with qtbot.waitSignal(win.notifier.notified, timeout=20_000) as again:
        pass
    assert again.args == first.args
    win.lock()
    assert not win.notifier.timer.isActive()
    win.close()
