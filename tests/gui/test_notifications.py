"""Issue 9 desktop notifications: counts from a vault with fixed dates (today 2026-03-02)."""

from __future__ import annotations

from pathlib import Path

from app.ui.notifications import counts, message_text
from app.ui.window import MainWindow
from app.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.conftest import unlock
from tests.gui.retention_data import D, seed


def test_counts_and_text_for_fixed_dates(vault: Vault) -> None:
    seed(vault)
    # D's consent ends in the 60-day window; G's request is overdue, C's has 18 days left.
    assert counts(vault, D(2026, 3, 2)) == (1, 1)
    assert counts(vault, D(2026, 3, 14)) == (1, 2)  # C's request now within 7 days
    assert message_text(1, 1) == "Consents ending soon: 1. Rights requests due within 7 days: 1."
    assert message_text(0, 2) == "Rights requests due within 7 days: 2."
    assert message_text(0, 0) == ""


def test_unlock_and_timer_notify_without_names(qtbot, vault: Vault, vault_path: Path) -> None:  # type: ignore[no-untyped-def]
    seed(vault)
    vault.lock()
    win = MainWindow(str(vault_path), vault)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.notifier.notified, timeout=20_000) as first:
        unlock(qtbot, win, PASSPHRASE)
    assert first.args == ["Consents ending soon: 1. Rights requests due within 7 days: 1."]
    assert "Dries" not in first.args[0] and "Gilles" not in first.args[0]
    # The daily timer runs while unlocked (interval injected short) and stops on lock.
    win.notifier.set_interval(10)
    win.notifier.timer.start()
    with qtbot.waitSignal(win.notifier.notified, timeout=20_000) as again:
        pass
    assert again.args == first.args
    win.lock()
    assert not win.notifier.timer.isActive()
    win.close()
