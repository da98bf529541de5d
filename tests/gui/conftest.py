"""GUI fixtures: the QApplication set up like the real one, QSettings in a temp folder, a main window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QSettings

from app.ui.main import application
from app.ui.window import MainWindow
from app.vault import Vault
from tests.conftest import PASSPHRASE

# The modal-dialog guard's fixtures (modal_dialogs, autouse; expect_dialog):
from tests.gui.modal_guard import _modal_guard, expect_dialog, modal_dialogs  # noqa: F401


@pytest.fixture(scope="session")
def qapp_cls():  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    return QApplication


@pytest.fixture(autouse=True)
def _app_settings(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    application("en")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))


@pytest.fixture
def window(qtbot, vault: Vault, vault_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """A main window on the test vault, unlocked through the lock screen like a user would."""
    vault.lock()
    win = MainWindow(str(vault_path), vault)
    qtbot.addWidget(win)
    win.show()
    unlock(qtbot, win, PASSPHRASE)
    yield win
    win.close()


@pytest.fixture
def win(seeded: dict[str, int], window: MainWindow) -> MainWindow:
    """The main window on a vault that the test module's ``seeded`` fixture filled before it opened."""
    return window


def unlock(qtbot, win: MainWindow, secret: str) -> None:  # type: ignore[no-untyped-def]
    screen = win.centralWidget()
    screen.secret.setText(secret)
    screen.unlock_button.click()
    qtbot.waitUntil(lambda: win.workspace is not None, timeout=20_000)
    qtbot.waitUntil(lambda: not win.workspace.list.model.busy, timeout=20_000)
